// Entry point of the front end. Contract (other modules rely on it):
//   parse(text) never throws; every input yields statements (possibly partial) plus diagnostics
//   with ranges; one broken statement never hides the statements after it.
// PLACEHOLDER until the Chevrotain parser lands.
import type { Diagnostic } from '../diagnostics.ts';
import type { Statement } from './ast.ts';

export interface ParseResult {
  statements: Statement[];
  diagnostics: Diagnostic[];
}

export function parse(_text: string): ParseResult {
  return { statements: [], diagnostics: [] };
}

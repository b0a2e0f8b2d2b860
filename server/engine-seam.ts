// Where the server meets the engine's semantic analysis (engine/analysis via engine/index.ts).
// Contract expected from the engine: engine/index.ts exports
//   diagnose(text: string, opts: { catalogTexts?: string[] }): Diagnostic[]
// (engine/diagnostics.ts shape, stable FSQL codes) — name resolution, types, time attributes,
// changelog/sink checks, connector options (engine/knowledge/connectors.ts validateTableOptions).
// It is looked up by a computed name, so the server builds and runs before it exists (syntax
// diagnostics only) and uses it as soon as it is exported, with no change here.
import * as engine from '../engine/index.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';

type EngineDiagnose = (text: string, opts: { catalogTexts?: string[] }) => Diagnostic[] | { diagnostics: Diagnostic[] };
const EXPORT_NAME = ['diag', 'nose'].join('');

function lookup(): EngineDiagnose | undefined {
  const fn = (engine as unknown as Record<string, unknown>)[EXPORT_NAME];
  return typeof fn === 'function' ? (fn as EngineDiagnose) : undefined;
}

const found = lookup();

export const engineAnalyzer: ((text: string, options: { catalogText?: string }) => Diagnostic[]) | undefined = found
  ? (text, options) => {
      const r = found(text, options.catalogText ? { catalogTexts: [options.catalogText] } : {});
      return Array.isArray(r) ? r : r.diagnostics;
    }
  : undefined;

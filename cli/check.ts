// flinksql check [--json] [--syntax-only] FILE...
// Exit 0: no file has an error; 1: some file has one; 2: usage error, or a file could not be
// read (the other files are still checked and reported).
import { readFileSync } from 'node:fs';
import { writeOut } from './stdout.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';
import { parse } from '../engine/syntax/parse.ts';
import type { ParseResult } from '../engine/syntax/parse.ts';
import {
  countInto, emptyTotals, formatDiagnostic, formatSummary, sortDiagnostics, style, toJson, wantsColour,
} from './diagnostic-format.ts';
import { LineIndex } from '../engine/line-index.ts';
// the engine's semantic analysis is loaded only when a check wants it: `--syntax-only` loads and
// initialises the parser alone
type Semantic = typeof import('../engine/semantic-diagnostics.ts');
let semantic: Semantic | undefined;

export const CHECK_USAGE = `usage: flinksql check [--json] [--syntax-only] FILE...

  --json          print one JSON object {"files":[{"path","diagnostics":[...]}]} (0-based LSP ranges)
  --syntax-only   report syntax diagnostics only (no semantic analysis)
  FILE            a Flink SQL file, or - for standard input`;

/**
 * node:tty when it is wanted (process.getBuiltinModule is Node 22.3+; the bundle, CommonJS, has
 * require before that). A dynamic import() would fail: the CLI's stub runs the bundle as a
 * vm.Script, which has no dynamic import callback.
 */
function nodeTty(): typeof import('node:tty') {
  return (process.getBuiltinModule?.('node:tty') as typeof import('node:tty') | undefined) ?? (require('node:tty') as typeof import('node:tty'));
}

export interface CheckOptions {
  syntaxOnly: boolean;
}

/**
 * All diagnostics of one text, in source order: the parser's, then (unless syntax-only) the
 * semantic analysis's. The CLI and tests call this; the language server should do the same.
 */
export function diagnose(text: string, opts: CheckOptions): Diagnostic[] {
  if (!opts.syntaxOnly && !semantic) throw new Error('diagnose: call loadSemantic() first');
  const parsed = parse(text, { diagnosticsOnly: opts.syntaxOnly });
  const diags = [...parsed.diagnostics];
  if (!opts.syntaxOnly) diags.push(...analyze(parsed, text));
  return sortDiagnostics(diags);
}

/**
 * The semantic step: the engine's analysis of every statement (catalog, name resolution, types,
 * time attributes, changelog modes and sink rejections), the same path the language server and
 * `flinksql run` use. A statement Flink cannot parse has no semantics and declares nothing, so a
 * query on a table whose CREATE TABLE failed to parse gets Flink's "Object ... not found".
 */
function analyze(parsed: ParseResult, text: string): Diagnostic[] {
  return semantic!.documentDiagnostics(text, { parse: (t) => (t === text ? parsed : parse(t)) });
}

/** Loads the semantic analysis (the engine) that `diagnose` without syntaxOnly needs. */
export async function loadSemantic(): Promise<void> {
  semantic ??= await import('../engine/semantic-diagnostics.ts');
}

interface Args {
  json: boolean;
  syntaxOnly: boolean;
  files: string[];
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { json: false, syntaxOnly: false, files: [] };
  let options = true;
  for (const a of args) {
    if (options && a === '--') options = false;
    else if (options && a === '--json') out.json = true;
    else if (options && a === '--syntax-only') out.syntaxOnly = true;
    else if (options && a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else out.files.push(a);
  }
  if (out.files.length === 0) return 'no input files';
  return out;
}

const IO_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'not a directory',
};

function readSource(path: string): string {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  // An editor does not show the byte order mark, and LSP positions do not count it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function check(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(CHECK_USAGE + '\n');
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`flinksql check: ${parsed}\n\n${CHECK_USAGE}\n`);
    return 2;
  }
  if (!parsed.syntaxOnly) await loadSemantic();
  // fd 1's terminal-ness without creating process.stdout, and only for the human format: node:tty
  // loads node:net and the stream modules (~25 modules, ~8 ms)
  const colour = !parsed.json && wantsColour({ isTTY: nodeTty().isatty(1) }, process.env);
  const st = style(colour);
  const totals = emptyTotals();
  const out: string[] = [];
  const jsonFiles: { path: string; diagnostics: Diagnostic[] }[] = [];
  let ioError = false;

  for (const path of parsed.files) {
    let text: string;
    try {
      text = readSource(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      const reason = IO_REASONS[code] ?? (err instanceof Error ? err.message : String(err));
      process.stderr.write(`flinksql check: cannot read '${path}': ${reason}\n`);
      ioError = true;
      totals.unreadable++;
      continue;
    }
    const diags = diagnose(text, { syntaxOnly: parsed.syntaxOnly });
    totals.files++;
    countInto(totals, diags);
    if (parsed.json) {
      jsonFiles.push({ path, diagnostics: diags.map(toJson) });
    } else if (diags.length > 0) {
      const index = new LineIndex(text);
      for (const d of diags) out.push(formatDiagnostic(path, index, d, st), '');
    }
  }

  if (parsed.json) out.push(JSON.stringify({ files: jsonFiles }));
  else out.push(formatSummary(totals, st));
  void writeOut(out.join('\n') + '\n');
  return ioError ? 2 : totals.counts.error > 0 ? 1 : 0;
}


// THE seam between the server and the engine: given a document's text, every diagnostic it has.
// Syntax diagnostics come from parse(); semantic ones from the engine's analysis when it is
// present (see `semanticAnalyzer` below). Re-analysis is incremental per statement: a statement
// whose text did not change reuses its syntax diagnostics (shifted to its new line), so an edit
// in a 5,000-line file re-parses only the statement that was edited.
import { parse } from '../engine/syntax/parse.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';
import { scan, splitStatements } from './lexer.ts';
import { computeLineStarts, lineOf } from '../engine/line-index.ts';
import { engineAnalyzer, IncrementalEngineAnalysis } from './engine-seam.ts';

export interface DiagnoseOptions {
  /** DDL from `flinksql.catalogFiles`: prepended (virtually) so queries may use its tables. */
  catalogText?: string;
  /** Turn the semantic analysis off (syntax only). */
  syntaxOnly?: boolean;
  maxDiagnostics?: number;
}

/**
 * The engine's semantic analysis. engine/index.ts does not exist yet; when it lands, wire it in
 * server/engine-seam.ts (one import). Tests may replace it with setSemanticAnalyzer().
 */
export type SemanticAnalyzer = (text: string, options: { catalogText?: string }) => Diagnostic[];
let semanticAnalyzer: SemanticAnalyzer | undefined = engineAnalyzer;
/** The engine's analyzer (restore it after a test replaced it). */
export const defaultSemanticAnalyzer: SemanticAnalyzer = engineAnalyzer;

export function setSemanticAnalyzer(fn: SemanticAnalyzer | undefined): void {
  semanticAnalyzer = fn;
}

export function hasSemanticAnalyzer(): boolean {
  return !!semanticAnalyzer;
}

interface CachedStatement {
  diagnostics: Diagnostic[];
}

/** Per-document incremental state: statement text -> its syntax diagnostics (relative lines). */
export class IncrementalDiagnoser {
  private cache = new Map<string, CachedStatement>();
  parsedStatements = 0;
  /** The syntax checker of one statement (parse() by default; tests inject their own). */
  private readonly parseStatement: (text: string) => Diagnostic[];
  private engine: IncrementalEngineAnalysis | undefined;
  constructor(parseStatement: (text: string) => Diagnostic[] = safeParse) {
    this.parseStatement = parseStatement;
  }

  diagnose(text: string, options: DiagnoseOptions = {}): Diagnostic[] {
    const out: Diagnostic[] = [];
    const next = new Map<string, CachedStatement>();
    this.parsedStatements = 0;
    const toks = scan(text);
    const spans = splitStatements(toks);
    const lineStarts = computeLineStarts(text);
    const brokenStatements: [number, number][] = [];
    for (const span of spans) {
      // Parse from the start of the statement's first line, blanking what precedes it on that
      // line, so positions in the statement's result need only a line shift.
      // the comments before the statement belong to it (the parser sees them as in the whole text)
      const start = toks[span.first]!.start;
      const line = lineOf(lineStarts, start);
      const lineStart = lineStarts[line]!;
      const slice = ' '.repeat(start - lineStart) + text.slice(start, span.endWithSemicolon);
      let entry = this.cache.get(slice) ?? next.get(slice);
      if (!entry) {
        this.parsedStatements++;
        entry = { diagnostics: this.parseStatement(slice) };
      }
      next.set(slice, entry);
      for (const d of entry.diagnostics) out.push(shift(d, line));
      if (entry.diagnostics.some((d) => d.severity === 'error')) brokenStatements.push([span.start, span.endWithSemicolon]);
    }
    this.cache = next;
    if (!options.syntaxOnly && semanticAnalyzer) {
      try {
        // the engine's own analysis runs incrementally (per query, per catalog state)
        const sem = semanticAnalyzer === engineAnalyzer
          ? (this.engine ??= new IncrementalEngineAnalysis()).analyze(text, options.catalogText ?? '', { toks, spans, lineStarts })
          : semanticAnalyzer(text, options.catalogText ? { catalogText: options.catalogText } : {});
        // the engine reports syntax too when it parses: keep one of each; and a statement with a
        // syntax error gets no semantic diagnostic (Flink stops at the parse error)
        const seen = new Set(out.map(key));
        const broken = brokenStatements.map(([s, e]) => [positionOf(lineStarts, s), positionOf(lineStarts, e)] as const);
        const inBroken = (d: Diagnostic) => broken.some(([s, e]) => !before(d.range.start, s) && !before(e, d.range.start));
        for (const d of sem) if (!seen.has(key(d)) && !inBroken(d)) out.push(d);
      } catch {
        // a failing analysis never hides the syntax diagnostics
      }
    }
    out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return options.maxDiagnostics && out.length > options.maxDiagnostics ? out.slice(0, options.maxDiagnostics) : out;
  }
}

/** Whole-document diagnostics without incremental state (CLI, tests). */
export function diagnoseText(text: string, options: DiagnoseOptions = {}): Diagnostic[] {
  return new IncrementalDiagnoser().diagnose(text, options);
}

function key(d: Diagnostic): string {
  return `${d.code}:${d.range.start.line}:${d.range.start.character}:${d.message}`;
}

function safeParse(text: string): Diagnostic[] {
  try {
    return parse(text).diagnostics;
  } catch (e) {
    return [{ code: 'FSQL001', severity: 'error', message: `internal parser error: ${e instanceof Error ? e.message : String(e)}`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  }
}

function shift(d: Diagnostic, lines: number): Diagnostic {
  if (lines === 0) return d;
  return {
    ...d,
    // the parser's messages say where, as Flink's do ("at line 3, column 7"): in document lines
    message: d.message.replace(/\bat line (\d+), column (\d+)/g, (_m, l: string, c: string) => `at line ${Number(l) + lines}, column ${c}`),
    range: {
      start: { line: d.range.start.line + lines, character: d.range.start.character },
      end: { line: d.range.end.line + lines, character: d.range.end.character },
    },
  };
}

type Pos = { line: number; character: number };
function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
function positionOf(lineStarts: number[], offset: number): Pos {
  const line = lineOf(lineStarts, offset);
  return { line, character: offset - lineStarts[line]! };
}

export { computeLineStarts, lineOf };

// Where the server meets the engine's semantic analysis: engine/index.ts analyzeDocument() gives,
// per statement, the plan (changelog modes) or Flink's error with its class, message and range.
// Diagnostics, the changelog hover and code actions all read the same analysis, computed once
// per document text (memoized).
//
// Codes: the engine's errors carry Flink's exception class; engine/codes.ts maps it to FSQL100
// (validation) or FSQL110 (planner, e.g. updates into an append-only sink).
// Errors of what the embedded engine does not support yet (NotSupportedYet) are not diagnostics:
// they are not faults of the user's SQL.
import { analyzeDocument } from '../engine/index.ts';
import { newContext, advanceContext, statementDiagnostics, documentDiagnostics } from '../engine/semantic-diagnostics.ts';
import type { Catalog } from '../engine/catalog/catalog.ts';
import type { StatementAnalysis } from '../engine/index.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';
import { parse as defaultParse } from '../engine/syntax/parse.ts';
import { scan, splitStatements } from './lexer.ts';
import type { StatementSpan, Tok } from './lexer.ts';
import { computeLineStarts, lineOf } from '../engine/line-index.ts';

type Parse = NonNullable<Parameters<typeof analyzeDocument>[1]>['parse'];
let parseOverride: Parse | undefined;
/** Tests: analyse with another parser (the engine's mini parser) until the real one lands. */
export function setEngineParser(p: Parse | undefined): void {
  parseOverride = p;
  memo = undefined;
  hoverAnalysis = undefined;
}

export interface DocumentAnalysis {
  statements: StatementAnalysis[];
  catalog?: Catalog;
}

let memo: { text: string; catalogText: string; result: DocumentAnalysis } | undefined;

/** The engine's analysis of a whole document (never throws; memoized on the text). */
export function documentAnalysis(text: string, catalogText = ''): DocumentAnalysis {
  if (memo && memo.text === text && memo.catalogText === catalogText) return memo.result;
  const result = analyzeSafely(text, catalogText, parseOverride);
  memo = { text, catalogText, result };
  return result;
}

function analyzeSafely(text: string, catalogText: string, parse: Parse | undefined): DocumentAnalysis {
  try {
    const opts: NonNullable<Parameters<typeof analyzeDocument>[1]> = {};
    if (catalogText) opts.catalogTexts = [catalogText];
    if (parse) opts.parse = parse;
    const a = analyzeDocument(text, opts);
    return { statements: a.statements, catalog: a.catalog };
  } catch {
    return { statements: [] };
  }
}

// ---------------------------------------------------------------------------------------------
// Incremental semantic analysis. A query's diagnostics depend on its own text and on the
// statements that build the catalog (CREATE, DROP, ALTER, SET, USE, ...). So each query's result
// is cached under (catalog fingerprint, its text); on an edit, only the queries whose key changed
// are planned again: the others are blanked out (spaces, newlines kept, so positions hold) before
// the engine sees the text, and every statement's parse is cached (AST ranges shifted in place
// when the statement moved), so unchanged statements are neither parsed nor planned again.

type Parsed = ReturnType<NonNullable<Parse>>;
interface ParsedEntry { result: Parsed; line: number }

const QUERY_START = new Set(['SELECT', 'INSERT', 'UPSERT', 'WITH', 'VALUES', 'EXECUTE', 'EXPLAIN', 'TABLE', '(']);

function shiftRanges(node: unknown, delta: number, seen: Set<object>): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) { for (const x of node) shiftRanges(x, delta, seen); return; }
  if (seen.has(node)) return;
  seen.add(node);
  const o = node as Record<string, unknown>;
  const r = o['range'] as { start: { line: number }; end: { line: number } } | undefined;
  if (r && typeof r === 'object' && r.start && !seen.has(r)) {
    seen.add(r);
    // (ranges share position objects: a call's range starts with its name's, `ENCODE(x) || y`
    // ends with y's; each position moves once)
    for (const p of [r.start, r.end]) if (!seen.has(p)) { seen.add(p); p.line += delta; }
  }
  for (const k in o) if (k !== 'range') shiftRanges(o[k], delta, seen);
}

export class IncrementalEngineAnalysis {
  private parseCache = new Map<string, ParsedEntry>();
  private semCache = new Map<string, Diagnostic[]>();
  private readonly baseParse: (text: string) => Parsed;
  plannedQueries = 0;

  constructor(baseParse?: (text: string) => Parsed) {
    this.baseParse = baseParse ?? ((t) => (parseOverride ?? defaultParse)(t));
  }

  /** parse() of the given statements with a per-statement cache; positions are the whole text's. */
  private parseSpans(text: string, toks: Tok[], spans: StatementSpan[], lineStarts: number[]): Parsed {
    const statements: unknown[] = [];
    const diagnostics: Parsed['diagnostics'] = [];
    const next = new Map<string, ParsedEntry>();
    for (const span of spans) {
      const start = toks[span.first]!.start;
      const line = lineOf(lineStarts, start);
      const slice = ' '.repeat(start - lineStarts[line]!) + text.slice(start, span.endWithSemicolon);
      // a statement text seen twice in one document gets its own tree (ranges are shifted in place)
      let e = next.has(slice) ? undefined : this.parseCache.get(slice);
      if (!e) {
        e = { result: this.baseParse(slice), line: 0 };
        shiftRanges(e.result, line, new Set());
        e.line = line;
      } else if (e.line !== line) {
        shiftRanges(e.result, line - e.line, new Set());
        e.line = line;
      }
      next.set(slice, e);
      statements.push(...e.result.statements);
      diagnostics.push(...e.result.diagnostics);
    }
    this.parseCache = next;
    return { statements, diagnostics };
  }

  /** The engine's analysis of the one statement starting at `offset` (the catalog statements and it only). */
  analyzeStatement(text: string, offset: number, catalogText = ''): StatementAnalysis | undefined {
    const toks = scan(text);
    const spans = splitStatements(toks);
    const lineStarts = computeLineStarts(text);
    const target = spans.find((sp) => sp.start === offset);
    if (!target) return undefined;
    const kept = spans.filter((sp) => {
      if (sp === target) return true;
      let first: Tok | undefined;
      for (let k = sp.first; k < sp.last && !first; k++) if (toks[k]!.kind !== 'lineComment' && toks[k]!.kind !== 'blockComment') first = toks[k];
      return !!first && !QUERY_START.has(first.upper || first.text);
    });
    const analysis = analyzeSafely(text, catalogText, (t) => (t === text ? this.parseSpans(text, toks, kept, lineStarts) : this.baseParse(t)));
    const line = lineOf(lineStarts, offset);
    const character = offset - lineStarts[line]!;
    return analysis.statements.find((x) => x.statement.range.start.line === line && x.statement.range.start.character === character);
  }

  analyze(text: string, catalogText = '', pre?: { toks: Tok[]; spans: StatementSpan[]; lineStarts: number[] }): Diagnostic[] {
    const toks = pre?.toks ?? scan(text);
    const spans = pre?.spans ?? splitStatements(toks);
    const lineStarts = pre?.lineStarts ?? computeLineStarts(text);
    let fingerprint = hash(catalogText, 0);
    const keep: boolean[] = [];
    const keys: (string | undefined)[] = [];
    const out: Diagnostic[] = [];
    const nextSem = new Map<string, Diagnostic[]>();
    spans.forEach((span, i) => {
      let first: Tok | undefined;
      for (let k = span.first; k < span.last && !first; k++) if (toks[k]!.kind !== 'lineComment' && toks[k]!.kind !== 'blockComment') first = toks[k];
      const stmt = text.slice(span.start, span.endWithSemicolon);
      if (!first || !QUERY_START.has(first.upper || first.text)) {
        // the catalog state after this statement: a hash, so keys stay small
        fingerprint = hash(stmt, fingerprint);
        keep[i] = true;
        return;
      }
      const line = lineOf(lineStarts, span.start);
      const key = fingerprint.toString(36) + '\u0001' + ' '.repeat(span.start - lineStarts[line]!) + stmt;
      keys[i] = key;
      const cached = this.semCache.get(key) ?? nextSem.get(key);
      if (cached) {
        nextSem.set(key, cached);
        for (const d of cached) out.push(shiftDiagnostic(d, line));
        keep[i] = false;
      } else keep[i] = true;
    });
    // the text the engine sees: catalog statements and the queries to plan; the rest blanked
    // (the engine only parses it, through parseKept, which reads the kept spans directly)
    const kept = spans.filter((_, i) => keep[i]);
    const parseKept = (): Parsed => this.parseSpans(text, toks, kept, lineStarts);
    const analysis = analyzeSafely(text, catalogText, (t) => (t === text ? parseKept() : this.baseParse(t)));
    // assign each statement's error to its span
    const byStart = new Map<number, number>();
    spans.forEach((sp, i) => byStart.set(sp.start, i));
    const spanOf = (line: number, character: number): number => {
      const off = (lineStarts[line] ?? 0) + character;
      const exact = byStart.get(off);
      if (exact !== undefined) return exact;
      return spans.findIndex((sp) => sp.start <= off && off <= sp.endWithSemicolon);
    };
    const fresh = new Map<number, Diagnostic[]>();
    const ctx = newContext(analysis.catalog);
    for (const s of analysis.statements) {
      const i = spanOf(s.statement.range.start.line, s.statement.range.start.character);
      if (i >= 0) {
        if (keys[i] !== undefined) this.plannedQueries++;
        const list = fresh.get(i) ?? [];
        list.push(...statementDiagnostics(s, ctx));
        fresh.set(i, list);
      }
      advanceContext(ctx, s.statement);
    }
    spans.forEach((span, i) => {
      if (!keep[i]) return;
      const ds = fresh.get(i) ?? [];
      out.push(...ds);
      const key = keys[i];
      if (key !== undefined) {
        const line = lineOf(lineStarts, span.start);
        nextSem.set(key, ds.map((d) => shiftDiagnostic(d, -line)));
      }
    });
    this.semCache = nextSem;
    return out;
  }
}

/** cyrb53-style 53-bit string hash, chained through `seed`. */
function hash(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function shiftDiagnostic(d: Diagnostic, lines: number): Diagnostic {
  if (lines === 0) return d;
  return { ...d, range: { start: { line: d.range.start.line + lines, character: d.range.start.character }, end: { line: d.range.end.line + lines, character: d.range.end.character } } };
}

let hoverAnalysis: IncrementalEngineAnalysis | undefined;
/** For hovers: the analysis of one statement, sharing a statement parse cache across calls. */
export function statementAnalysis(text: string, offset: number, catalogText = ''): StatementAnalysis | undefined {
  return (hoverAnalysis ??= new IncrementalEngineAnalysis()).analyzeStatement(text, offset, catalogText);
}

/** Whole-document semantic diagnostics, not incremental (tests, CLI-like use). */
export function engineAnalyzer(text: string, options: { catalogText?: string }): Diagnostic[] {
  if (parseOverride) {
    const a = documentAnalysis(text, options.catalogText ?? '');
    return documentDiagnostics(text, {}, a);
  }
  return documentDiagnostics(text, options.catalogText ? { catalogTexts: [options.catalogText] } : {});
}

// Which statement a command runs, and where the CodeLenses go. No `vscode` here (unit-tested).
//
// Spans come from the parser (engine/syntax/parse.ts) when it yields statements; otherwise from
// a lexical split at top-level `;` (strings, back-quoted names and comments respected), which
// keeps Run and the lenses working on text the parser gives up on.
import { parse } from '../engine/syntax/parse.ts';
import type { Position, Range } from '../engine/diagnostics.ts';
import { LineIndex } from '../engine/line-index.ts';

export type StatementKind = 'query' | 'insert' | 'explain' | 'other';

export interface StatementSpan {
  kind: StatementKind;
  range: Range;
  /** offsets into the text: [start, end) of the statement, end past its `;` when there is one */
  start: number;
  end: number;
}

const QUERY_START = new Set(['SELECT', 'WITH', 'VALUES', 'TABLE', '(']);
const INSERT_START = new Set(['INSERT', 'UPSERT', 'EXECUTE']);

function classify(head: string): StatementKind {
  const w = head.toUpperCase();
  if (QUERY_START.has(w)) return 'query';
  if (INSERT_START.has(w)) return 'insert';
  if (w === 'EXPLAIN') return 'explain';
  return 'other';
}

/** Splits at top-level semicolons; each span starts at its first token (comments skipped). */
export function splitStatements(text: string): StatementSpan[] {
  const index = new LineIndex(text);
  const out: StatementSpan[] = [];
  let begin = -1; // offset of the current statement's first token
  let head = '';
  let depth = 0;
  const close = (end: number): void => {
    if (begin >= 0) out.push({ kind: classify(head), start: begin, end, range: { start: index.positionAt(begin), end: index.positionAt(end) } });
    begin = -1; head = ''; depth = 0;
  };
  let lastTokenEnd = 0;
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '-' && text[i + 1] === '-') {
      // a line comment ends at the line's end: \n, \r\n or a lone \r
      let j = i + 2;
      while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
      i = j;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') { const e = text.indexOf('*/', i + 2); i = e < 0 ? text.length : e + 2; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') { i++; continue; }
    if (begin < 0) {
      begin = i;
      const m = /^[A-Za-z_]+/.exec(text.slice(i, i + 32));
      head = m ? m[0] : c;
    }
    if (c === "'" || c === '`' || c === '"') {
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === c) { if (text[j + 1] === c) { j++; continue; } break; }
      }
      i = Math.min(text.length, j + 1);
      lastTokenEnd = i;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) { close(i + 1); i++; lastTokenEnd = i; continue; }
    i++;
    lastTokenEnd = i;
  }
  close(lastTokenEnd);
  return out;
}

function kindOfAst(s: { kind: string; asQuery?: unknown }): StatementKind {
  const kind = s.kind;
  if (kind === 'QueryStatement') return 'query';
  // CREATE TABLE ... AS query runs a job into the new table, as INSERT does
  if (kind === 'Insert' || kind === 'StatementSet' || kind === 'Execute' || (kind === 'CreateTable' && s.asQuery)) return 'insert';
  if (kind === 'Explain') return 'explain';
  return 'other';
}

/** The document's statements, from the parser when it yields them. Never throws. */
export function statementSpans(text: string): StatementSpan[] {
  let statements: { kind: string; range: Range; asQuery?: unknown }[] = [];
  try { statements = parse(text).statements as { kind: string; range: Range; asQuery?: unknown }[]; } catch { statements = []; }
  if (statements.length === 0 || statements.some((s) => !s?.range)) return splitStatements(text);
  const index = new LineIndex(text);
  return statements.map((s) => ({
    kind: kindOfAst(s), range: s.range,
    start: index.offsetAt(s.range.start), end: index.offsetAt(s.range.end),
  }));
}

/** The statements that get a Run | Explain lens: every SELECT and INSERT. */
export function runnableSpans(text: string): StatementSpan[] {
  return statementSpans(text).filter((s) => s.kind === 'query' || s.kind === 'insert');
}

export interface RunTarget {
  /** the text the engine gets: everything up to the end of the chosen statement (its DDL comes before it) */
  text: string;
  /** a position inside the chosen statement, for the engine's `at` */
  at?: Position;
  /** the chosen statement, or undefined when the whole file runs (its last query) */
  statement?: StatementSpan;
}

/**
 * The statement under the cursor (with the DDL before it); when the cursor is not in a SELECT or
 * INSERT, the whole file (the engine runs its last query).
 */
export function runTarget(text: string, cursor?: Position): RunTarget {
  if (!cursor) return { text };
  const spans = statementSpans(text);
  const off = new LineIndex(text).offsetAt(cursor);
  // The cursor belongs to a statement from its first token through the rest of the line after
  // its `;` (a trailing comment included), so a cursor right after `;` still picks it.
  let chosen: StatementSpan | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const nextStart = spans[i + 1]?.start ?? text.length + 1;
    if (off >= s.start && off <= s.end) { chosen = s; break; }
    if (off > s.end && off < nextStart && !text.slice(s.end, off).includes('\n')) { chosen = s; break; }
  }
  if (!chosen || (chosen.kind !== 'query' && chosen.kind !== 'insert')) return { text };
  return { text: text.slice(0, chosen.end), at: chosen.range.start, statement: chosen };
}

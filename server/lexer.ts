// A lossless scanner for editor features: unlike the parser's lexer it keeps comments and
// never needs the grammar, so semantic tokens, folding, statement splitting and completion
// context work on any text, however broken, and in one cheap pass.
import { NON_RESERVED_KEYWORDS, RESERVED_WORDS } from '../engine/syntax/keywords.ts';

export type TokKind =
  | 'word' // plain identifier or keyword (see `keyword`)
  | 'quoted' // `back-quoted`
  | 'string' // '...' including N'..', X'..', _utf8'..', U&'..'
  | 'number'
  | 'lineComment'
  | 'blockComment'
  | 'hintStart' // /*+
  | 'hintEnd' // */ closing a hint
  | 'punct'
  | 'unknown';

export interface Tok {
  kind: TokKind;
  text: string;
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  /** Upper-case text of a word. */
  upper: string;
  /** For a word: 'reserved' | 'nonReserved' keyword, undefined for a plain name. */
  keyword?: 'reserved' | 'nonReserved';
  /** An unterminated string / quoted identifier / comment. */
  open?: boolean;
}

export function isReserved(upper: string): boolean {
  return RESERVED_WORDS.has(upper);
}
export function isKeyword(upper: string): boolean {
  return RESERVED_WORDS.has(upper) || NON_RESERVED_KEYWORDS.has(upper);
}

const isIdentStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
const isIdentPart = (c: number): boolean =>
  isIdentStart(c) || (c >= 48 && c <= 57) || (c > 127 && /[\p{N}\p{M}]/u.test(String.fromCharCode(c)));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const PUNCT2 = new Set(['<>', '!=', '<=', '>=', '||', '=>', '->', '::']);

export function scan(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  let inHint = false;
  const push = (kind: TokKind, start: number, end: number, open?: boolean): void => {
    const t: Tok = { kind, text: text.slice(start, end), start, end, upper: '' };
    if (open) t.open = true;
    out.push(t);
  };
  const quoted = (q: number, quote: number): { end: number; open: boolean } => {
    let j = q + 1;
    while (j < n) {
      if (text.charCodeAt(j) === quote) {
        if (text.charCodeAt(j + 1) === quote) { j += 2; continue; }
        return { end: j + 1, open: false };
      }
      j++;
    }
    return { end: n, open: true };
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) { i++; continue; }
    const start = i;
    if ((c === 45 && text.charCodeAt(i + 1) === 45) || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      push('lineComment', start, i);
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      if (text.charCodeAt(i + 2) === 43 && !inHint) {
        push('hintStart', i, i + 3);
        i += 3;
        inHint = true;
        continue;
      }
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      push('blockComment', start, i, close < 0);
      continue;
    }
    if (inHint && c === 42 && text.charCodeAt(i + 1) === 47) {
      push('hintEnd', i, i + 2);
      i += 2;
      inHint = false;
      continue;
    }
    if (c === 39) {
      const r = quoted(i, 39);
      push('string', start, r.end, r.open);
      i = r.end;
      continue;
    }
    if (c === 96) {
      const r = quoted(i, 96);
      push('quoted', start, r.end, r.open);
      i = r.end;
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46) { j++; while (j < n && isDigit(text.charCodeAt(j))) j++; }
      const e = text.charCodeAt(j);
      if (e === 69 || e === 101) {
        let k = j + 1;
        if (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45) k++;
        if (isDigit(text.charCodeAt(k))) { while (k < n && isDigit(text.charCodeAt(k))) k++; j = k; }
      }
      push('number', start, j);
      i = j;
      continue;
    }
    const ch = text[i]!;
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      const upper = word.toUpperCase();
      const next = text.charCodeAt(j);
      if (next === 39 && (upper === 'X' || upper === 'N' || word.startsWith('_'))) {
        const r = quoted(j, 39);
        push('string', start, r.end, r.open);
        i = r.end;
        continue;
      }
      if (upper === 'U' && next === 38 && text.charCodeAt(j + 1) === 39) {
        const r = quoted(j + 1, 39);
        push('string', start, r.end, r.open);
        i = r.end;
        continue;
      }
      const t: Tok = { kind: 'word', text: word, start, end: j, upper };
      if (RESERVED_WORDS.has(upper)) t.keyword = 'reserved';
      else if (NON_RESERVED_KEYWORDS.has(upper)) t.keyword = 'nonReserved';
      out.push(t);
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (PUNCT2.has(two)) { push('punct', i, i + 2); i += 2; continue; }
    if ('()[]{},.;:?=<>+-*/%|^$'.includes(ch)) { push('punct', i, i + 1); i++; continue; }
    push('unknown', i, i + 1);
    i++;
  }
  return out;
}

export function isTrivia(t: Tok): boolean {
  return t.kind === 'lineComment' || t.kind === 'blockComment';
}

/** The name a word or quoted token stands for (back quotes removed, `` unescaped). */
export function nameOf(t: Tok): string {
  if (t.kind === 'quoted') return t.text.slice(1, t.open ? undefined : -1).replace(/``/g, '`');
  return t.text;
}

export function isNameToken(t: Tok | undefined): boolean {
  return !!t && (t.kind === 'quoted' || (t.kind === 'word' && t.keyword !== 'reserved'));
}

export interface StatementSpan {
  /** Index range into the token array (all tokens, trivia included), end exclusive. */
  first: number;
  last: number;
  /** Offsets of the first and last code token (end exclusive), or of the trivia when empty. */
  start: number;
  end: number;
  /** Offset just after the terminating `;`, or the end of the last token. */
  endWithSemicolon: number;
}

/**
 * Splits at top-level `;`. A statement set (`[EXECUTE|EXPLAIN] STATEMENT SET BEGIN ... END`)
 * keeps its inner `;` until its END, as Flink's parser reads it.
 */
export function splitStatements(toks: Tok[]): StatementSpan[] {
  const spans: StatementSpan[] = [];
  let first = 0;
  let code: Tok[] = [];
  let inSet = false;
  const close = (last: number, semi?: Tok): void => {
    const c = code;
    if (c.length > 0) {
      spans.push({ first, last, start: c[0]!.start, end: c[c.length - 1]!.end, endWithSemicolon: semi ? semi.end : c[c.length - 1]!.end });
    }
    first = last;
    code = [];
    inSet = false;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (isTrivia(t)) continue;
    if (t.kind === 'punct' && t.text === ';') {
      const prev = code[code.length - 1];
      if (inSet && !(prev && prev.upper === 'END')) { code.push(t); continue; }
      close(i + 1, t);
      continue;
    }
    code.push(t);
    if (!inSet && t.upper === 'BEGIN' && code.length >= 3) {
      const a = code[code.length - 3]!, b = code[code.length - 2]!;
      if (a.upper === 'STATEMENT' && b.upper === 'SET' && code.length <= 8) inSet = true;
    }
  }
  close(toks.length);
  return spans;
}

// Semantic tokens from the lossless scanner plus the document model: keywords, types, functions,
// strings, numbers, comments, and names told apart as tables (class) or columns (property) when
// the document (or a catalog file) declares them.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';
import { functionDoc } from '../knowledge/functions.ts';

export const TOKEN_TYPES = ['keyword', 'type', 'function', 'string', 'number', 'comment', 'variable', 'property', 'class', 'operator'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
const T = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<TokenType, number>;

export const TYPE_WORDS = new Set([
  'CHAR', 'VARCHAR', 'STRING', 'BOOLEAN', 'BINARY', 'VARBINARY', 'BYTES', 'DECIMAL', 'DEC', 'NUMERIC', 'TINYINT', 'SMALLINT',
  'INT', 'INTEGER', 'BIGINT', 'FLOAT', 'DOUBLE', 'REAL', 'DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_LTZ', 'ARRAY', 'MAP', 'MULTISET',
  'ROW', 'RAW', 'VARIANT', 'PRECISION', 'ZONE', 'LOCAL', 'CHARACTER', 'VARYING',
]);

export interface ClassifiedToken {
  start: number;
  end: number;
  type: TokenType;
  modifiers: number;
}

export function classify(a: Analysis): ClassifiedToken[] {
  const { model } = a;
  const refs = new Map(model.refs.map((r) => [r.start, r]));
  const toks = model.tokens;
  const out: ClassifiedToken[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let type: TokenType | undefined;
    let mods = 0;
    switch (t.kind) {
      case 'lineComment': case 'blockComment': type = 'comment'; break;
      case 'string': type = 'string'; break;
      case 'number': type = 'number'; break;
      case 'hintStart': case 'hintEnd': type = 'operator'; break;
      case 'punct': if (!'(),.;[]'.includes(t.text)) type = 'operator'; break;
      case 'word': case 'quoted': {
        const ref = refs.get(t.start);
        let next = toks[i + 1];
        let k = i + 1;
        while (next && (next.kind === 'lineComment' || next.kind === 'blockComment')) next = toks[++k];
        const call = next?.kind === 'punct' && next.text === '(';
        if (ref) {
          type = ref.column ? 'property' : 'class';
          if (ref.declaration) mods |= 1;
        } else if (t.kind === 'word' && TYPE_WORDS.has(t.upper) && !(call && functionDoc(t.upper))) {
          type = 'type';
        } else if (call && (functionDoc(t.upper) || !t.keyword)) {
          type = 'function';
          if (functionDoc(t.upper)) mods |= 2;
        } else if (t.kind === 'word' && t.keyword && !(toks[i - 1]?.text === '.')) {
          // non-reserved keywords used as names stay names: only when followed by no name-like use
          type = t.keyword === 'reserved' || !looksLikeName(toks, i) ? 'keyword' : 'variable';
        } else {
          type = 'variable';
        }
        break;
      }
      default: break;
    }
    if (type) out.push({ start: t.start, end: t.end, type, modifiers: mods });
  }
  return out;
}

/** A non-reserved keyword in a name position: after `.`, before `.`, or after AS / a comma in a column list. */
function looksLikeName(toks: Analysis['model']['tokens'], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (next?.text === '.' || prev?.text === '.') return true;
  // `name TYPE` in a column definition: a word directly followed by a type word
  if (next && next.kind === 'word' && TYPE_WORDS.has(next.upper) && (prev?.text === '(' || prev?.text === ',')) return true;
  return false;
}

export function semanticTokens(a: Analysis): SemanticTokens {
  const { doc } = a;
  const data: number[] = [];
  let prevLine = 0, prevChar = 0;
  const emit = (line: number, char: number, length: number, type: number, mods: number) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, type, mods);
    prevLine = line;
    prevChar = char;
  };
  for (const c of classify(a)) {
    const s = doc.positionAt(c.start);
    const e = doc.positionAt(c.end);
    if (s.line === e.line) { emit(s.line, s.character, e.character - s.character, T[c.type], c.modifiers); continue; }
    // multi-line token (block comment, string): one entry per line
    const text = doc.getText().slice(c.start, c.end).split(/\r\n|\r|\n/);
    text.forEach((part, k) => emit(s.line + k, k === 0 ? s.character : 0, part.length, T[c.type], c.modifiers));
  }
  return { data };
}

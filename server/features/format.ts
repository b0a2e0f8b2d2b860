// A conservative formatter. It only changes whitespace and the case of reserved keywords
// (reserved words can never be names unless back-quoted, so their case carries no meaning):
// one statement per block, major clauses on their own lines, CREATE TABLE columns and WITH
// options one per line. Every formatted statement is re-scanned and compared with the
// original token by token; on any difference the statement is kept as written.
import type { FormattingOptions, TextEdit } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';
import { scan } from '../lexer.ts';
import type { Tok } from '../lexer.ts';

const CLAUSES = new Set(['FROM', 'WHERE', 'HAVING', 'LIMIT', 'WINDOW', 'QUALIFY', 'UNION', 'INTERSECT', 'EXCEPT', 'MINUS', 'SELECT', 'VALUES', 'OFFSET', 'FETCH']);
const TWO_WORD = new Map([['GROUP', 'BY'], ['ORDER', 'BY'], ['PARTITIONED', 'BY']]);
const SPACED = new Set(['=', '<>', '!=', '<=', '>=', '||', '=>']);
const JOIN_START = new Set(['JOIN', 'LEFT', 'RIGHT', 'FULL', 'INNER', 'CROSS', 'NATURAL']);

export function formatText(text: string, options: { tabSize: number; insertSpaces: boolean } = { tabSize: 2, insertSpaces: true }): string {
  const unit = options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
  const toks = scan(text);
  const out: string[] = [];
  let i = 0;
  while (i < toks.length) {
    // a statement: up to and including its `;` (trivia before it included)
    let j = i;
    let depth = 0;
    let inSet = false;
    for (; j < toks.length; j++) {
      const t = toks[j]!;
      if (t.upper === 'BEGIN' && toks[j - 1]?.upper === 'SET' && toks[j - 2]?.upper === 'STATEMENT') inSet = true;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (t.kind === 'punct' && t.text === ';' && depth <= 0 && (!inSet || toks[j - 1]?.upper === 'END')) { j++; break; }
    }
    const stmt = toks.slice(i, j);
    const original = text.slice(stmt[0]!.start, stmt[stmt.length - 1]!.end);
    const gap = i === 0 ? '' : text.slice(toks[i - 1]!.end, stmt[0]!.start);
    if (out.length) out.push(/\n[ \t\r]*\n/.test(gap) ? '\n\n' : '\n');
    let formatted = formatStatement(text, stmt, unit);
    if (!sameTokens(original, formatted)) formatted = original;
    out.push(formatted);
    i = j;
  }
  const result = out.join('');
  return result.length ? result + '\n' : text;
}

function sameTokens(a: string, b: string): boolean {
  const x = scan(a), y = scan(b);
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const p = x[k]!, q = y[k]!;
    if (p.kind !== q.kind) return false;
    if (p.kind === 'word' ? p.upper !== q.upper || (p.keyword !== 'reserved' && p.text !== q.text) : p.text.trimEnd() !== q.text.trimEnd()) return false;
  }
  return true;
}

function verbatim(stmt: Tok[]): boolean {
  const code = stmt.filter((t) => t.kind !== 'lineComment' && t.kind !== 'blockComment');
  if (code.some((t) => t.kind === 'unknown' || t.open)) return true;
  const u0 = code[0]?.upper;
  // legacy `SET key = value` / `ADD JAR path` take unquoted text that spacing would change
  if ((u0 === 'SET' || u0 === 'RESET') && code[1] && code[1].kind !== 'string' && code[1].text !== ';') return true;
  if (u0 === 'ADD' || u0 === 'REMOVE' || u0 === 'HELP' || u0 === 'QUIT' || u0 === 'EXIT') return true;
  return false;
}

function formatStatement(text: string, stmt: Tok[], unit: string): string {
  if (verbatim(stmt)) return text.slice(stmt[0]!.start, stmt[stmt.length - 1]!.end);
  const code = stmt.filter((t) => t.kind !== 'lineComment' && t.kind !== 'blockComment');
  const isCreate = code[0]?.upper === 'CREATE';
  let s = '';
  // indent stack: one entry per open paren; `block` parens put their items on their own lines
  const stack: { indent: number; block: boolean }[] = [];
  let indent = 0;
  let atLineStart = true;
  let schemaDone = false;
  let inSet = 0; // 1 inside EXECUTE STATEMENT SET BEGIN ... END: its statements are indented
  const nl = (ind: number) => {
    s = s.replace(/[ \t]+$/, '');
    if (s.length && !s.endsWith('\n')) s += '\n';
    s += unit.repeat(ind);
    atLineStart = true;
  };
  for (let k = 0; k < stmt.length; k++) {
    const t = stmt[k]!;
    const prev = stmt[k - 1];
    const srcGap = prev ? text.slice(prev.end, t.start) : '';
    const hadSpace = srcGap.length > 0;
    const hadNewline = srcGap.includes('\n');
    const top = stack[stack.length - 1];
    // comments keep their place: a line comment on its own line stays on its own line
    if (t.kind === 'lineComment' || t.kind === 'blockComment') {
      if (prev && hadNewline) nl(indent);
      else if (prev && !atLineStart) s += ' ';
      s += t.kind === 'lineComment' ? t.text.trimEnd() : t.text;
      atLineStart = false;
      if (t.kind === 'lineComment') nl(indent);
      continue;
    }
    const word = t.kind === 'word' ? (t.keyword === 'reserved' && prev?.text !== '.' ? t.upper : t.text) : t.text;
    // line breaks before clauses
    let breakBefore = false;
    if (prev && t.kind === 'word' && t.keyword === 'reserved' && prev.text !== '.' && prev.text !== '(') {
      const u = t.upper;
      const blockOk = !top || !top.block || true;
      if (blockOk && (CLAUSES.has(u) || (TWO_WORD.get(u) && stmt[k + 1]?.upper === TWO_WORD.get(u)))) breakBefore = !(u === 'FROM' && ['DISTINCT', 'IS'].includes(prev.upper)) && !(u === 'VALUES' && prev.upper !== 'AS' && prev.text !== ')' );
      if (JOIN_START.has(u) && !JOIN_START.has(prev.upper) && prev.upper !== 'OUTER' && (u === 'JOIN' || stmt.slice(k, k + 4).some((x) => x.upper === 'JOIN'))) breakBefore = true;
      if ((u === 'UNION' || u === 'EXCEPT' || u === 'INTERSECT') && prev.upper === 'MULTISET') breakBefore = false;
    }
    if (t.upper === 'END' && inSet && prev?.text === ';') { inSet = 0; indent = 0; nl(0); s += word; atLineStart = false; continue; }
    if (inSet && prev && (prev.text === ';' || prev.upper === 'BEGIN')) { indent = 1; nl(1); s += word; atLineStart = false; continue; }
    if (t.upper === 'BEGIN' && prev?.upper === 'SET' && stmt[k - 2]?.upper === 'STATEMENT') inSet = 1;
    if (prev && t.text === ')' && top?.block) {
      nl(indent - 1);
    } else if (breakBefore) {
      nl(indent);
    } else if (prev && !atLineStart) {
      const noSpaceBefore = [',', ';', ')', ']', '.'].includes(t.text) || prev.text === '(' || prev.text === '[' || prev.text === '.' || (t.text === '(' && !hadSpace) || (t.text === '[' && !hadSpace);
      if (prev.text === ',') s += ' ';
      else if (SPACED.has(t.text) || SPACED.has(prev.text)) s += ' ';
      else if (!noSpaceBefore && hadSpace) s += ' ';
      else if (!noSpaceBefore && !hadSpace && (t.kind === 'word' || prev.kind === 'word') && t.kind !== 'punct' && prev.kind !== 'punct') s += ' ';
    }
    s += word;
    atLineStart = false;
    if (t.text === '(') {
      // a block paren: the schema of CREATE TABLE, the options of WITH (...) in DDL
      const before = prev?.upper ?? '';
      const block = isCreate && ((!schemaDone && stack.length === 0 && code.indexOf(t) > 0 && isSchemaParen(code, code.indexOf(t))) || (before === 'WITH' && stack.length === 0));
      if (block && before !== 'WITH') schemaDone = true;
      indent++;
      stack.push({ indent, block });
      if (block) nl(indent);
    } else if (t.text === ')') {
      stack.pop();
      indent = Math.max(0, indent - 1);
    } else if (t.text === ',' && top?.block) {
      nl(indent);
    }
  }
  return s.replace(/[ \t]+$/gm, '');
}

/** `CREATE ... TABLE name (` — the paren right after the table name. */
function isSchemaParen(code: Tok[], k: number): boolean {
  const tableAt = code.findIndex((t) => t.upper === 'TABLE');
  if (tableAt < 0 || tableAt > k) return false;
  for (let i = tableAt + 1; i < k; i++) {
    const t = code[i]!;
    if (!(t.kind === 'word' || t.kind === 'quoted' || t.text === '.')) return false;
  }
  return true;
}

export function formatDocument(a: Analysis, options: FormattingOptions): TextEdit[] {
  const text = a.doc.getText();
  const formatted = formatText(text, { tabSize: options.tabSize, insertSpaces: options.insertSpaces });
  if (formatted === text) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: a.doc.positionAt(text.length) }, newText: formatted }];
}

/** Formats the statements that intersect `range` (each statement whole), leaving the rest as is. */
export function formatRange(a: Analysis, range: { start: { line: number; character: number }; end: { line: number; character: number } }, options: FormattingOptions): TextEdit[] {
  const start = a.doc.offsetAt(range.start), end = a.doc.offsetAt(range.end);
  const text = a.doc.getText();
  const edits: TextEdit[] = [];
  for (const st of a.model.statements) {
    const s = st.span.start, e = st.span.endWithSemicolon;
    if (e < start || s > end) continue;
    const original = text.slice(s, e);
    const formatted = formatText(original, { tabSize: options.tabSize, insertSpaces: options.insertSpaces }).replace(/\n$/, '');
    if (formatted !== original) edits.push({ range: { start: a.doc.positionAt(s), end: a.doc.positionAt(e) }, newText: formatted });
  }
  return edits;
}

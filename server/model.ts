// The editor's view of a document: its tokens, statements, the tables/views/functions it
// declares (from CREATE statements) and every name that refers to them. Built from the lossless
// scanner, so it also works on the half-typed statement under the cursor where the parser's
// tree is partial; the engine's catalog stays the authority for diagnostics.
import { isNameToken, isTrivia, nameOf, scan, splitStatements } from './lexer.ts';
import type { StatementSpan, Tok } from './lexer.ts';

export interface ColumnInfo {
  name: string;
  start: number;
  end: number;
  /** Declared type text (physical/metadata) or the expression text (computed). */
  type: string;
  kind: 'physical' | 'computed' | 'metadata';
  expr?: string;
  comment?: string;
}

export interface OptionInfo {
  key: string;
  value: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

export interface WatermarkInfo {
  column: string;
  expr: string;
  /** `INTERVAL '5' SECOND` of `ts - INTERVAL '5' SECOND`, when the strategy has that shape. */
  delay?: string;
  start: number;
  end: number;
}

export interface DeclInfo {
  kind: 'table' | 'view' | 'function' | 'catalog' | 'database' | 'model' | 'materialized table' | 'cte';
  name: string;
  start: number;
  end: number;
  statement: number;
  columns: ColumnInfo[];
  watermark?: WatermarkInfo;
  primaryKey: string[];
  options: OptionInfo[];
  /** Offsets of the schema's `(` and `)` (CREATE TABLE name ( ... )), when present. */
  schema?: { open: number; close: number; lastElementEnd: number };
  /** Start of the WITH ( ... ) contents and its end (offsets), when present. */
  withRange?: { start: number; end: number };
  temporary: boolean;
  className?: string;
  /** Where the declaration came from: undefined for this document, else a file path / uri. */
  source?: string;
  /** The text of that file (to turn offsets into positions there). */
  sourceText?: string;
}

export interface SourceRef {
  table: string;
  alias?: string;
  start: number;
  end: number;
  /** Read through a window TVF (TUMBLE, HOP, CUMULATE, SESSION): adds window_start/end/time. */
  windowTvf?: string;
}

export interface StatementInfo {
  span: StatementSpan;
  /** Code tokens (no comments). */
  tokens: Tok[];
  /** 'CREATE TABLE', 'CREATE VIEW', 'INSERT', 'SELECT', 'SET', ... */
  label: string;
  decl?: DeclInfo;
  /** Tables read in FROM / JOIN / TABLE(...) clauses, with their aliases. */
  sources: SourceRef[];
  /** INSERT target. */
  target?: SourceRef;
}

/** A name token that refers to a declaration (or is its declaration). */
export interface RefInfo {
  start: number;
  end: number;
  table: string;
  column?: string;
  declaration: boolean;
}

export interface DocumentModel {
  text: string;
  tokens: Tok[];
  statements: StatementInfo[];
  decls: DeclInfo[];
  refs: RefInfo[];
}

const CLAUSE_END = new Set(['WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'WINDOW', 'UNION', 'EXCEPT', 'INTERSECT', 'MINUS', 'QUALIFY', 'ON', 'USING', 'SELECT', 'FETCH', 'OFFSET', 'MATCH_RECOGNIZE', 'VALUES', 'SET']);
const JOIN_WORDS = new Set(['JOIN', 'LEFT', 'RIGHT', 'FULL', 'INNER', 'CROSS', 'OUTER', 'NATURAL', 'LATERAL', 'SEMI', 'ANTI']);

const SET_OPS = new Set(['UNION', 'ALL', 'DISTINCT', 'EXCEPT', 'INTERSECT', 'MINUS']);
const TYPE_OPENERS = new Set(['ROW', 'ARRAY', 'MAP', 'MULTISET']);

function isPunct(t: Tok | undefined, p: string): boolean {
  return !!t && t.kind === 'punct' && t.text === p;
}

/** Index of the `)` matching the `(` at `open`, or toks.length when unclosed. */
export function matchParen(toks: Tok[], open: number): number {
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'punct') continue;
    if (t.text === '(') depth++;
    else if (t.text === ')') { depth--; if (depth === 0) return i; }
  }
  return toks.length;
}

/** Reads a dotted name at i; returns its last part and the index after it. */
function readName(toks: Tok[], i: number): { name: string; tok: Tok; next: number } | undefined {
  if (!isNameToken(toks[i])) return undefined;
  let j = i;
  let last = toks[i]!;
  while (isPunct(toks[j + 1], '.') && (isNameToken(toks[j + 2]) || toks[j + 2]?.kind === 'word')) {
    j += 2;
    last = toks[j]!;
  }
  return { name: nameOf(last), tok: last, next: j + 1 };
}

function unquote(s: string): string {
  return s.startsWith("'") ? s.slice(1, s.endsWith("'") && s.length > 1 ? -1 : undefined).replace(/''/g, "'") : s;
}

function textOf(text: string, toks: Tok[], a: number, b: number): string {
  if (a >= b || a >= toks.length) return '';
  return text.slice(toks[a]!.start, toks[Math.min(b, toks.length) - 1]!.end).replace(/\s+/g, ' ');
}

/** Splits toks[a..b) at top-level commas. */
function splitCommas(toks: Tok[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let angle = 0; // ROW<a INT, b STRING>, MAP<K, V>: commas inside a type are not separators
  let s = a;
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (t.kind === 'punct') {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (t.text === '<' && TYPE_OPENERS.has(toks[i - 1]?.upper ?? '')) angle++;
      else if (t.text === '>' && angle > 0) angle--;
      else if (t.text === ',' && depth === 0 && angle === 0) { out.push([s, i]); s = i + 1; }
    }
  }
  if (s < b) out.push([s, b]);
  return out;
}

function parseOptions(toks: Tok[], open: number, close: number): OptionInfo[] {
  const out: OptionInfo[] = [];
  for (const [a, b] of splitCommas(toks, open + 1, close)) {
    const k = toks[a];
    if (!k || k.kind !== 'string') continue;
    const eq = toks[a + 1];
    const v = toks[a + 2];
    if (isPunct(eq, '=') && v && v.kind === 'string' && a + 2 < b) {
      out.push({ key: unquote(k.text), value: unquote(v.text), keyStart: k.start, keyEnd: k.end, valueStart: v.start, valueEnd: v.end });
    } else {
      out.push({ key: unquote(k.text), value: '', keyStart: k.start, keyEnd: k.end, valueStart: k.end, valueEnd: k.end });
    }
  }
  return out;
}

function parseCreate(text: string, toks: Tok[], index: number): DeclInfo | undefined {
  let i = 1;
  let temporary = false;
  let kind: DeclInfo['kind'] | undefined;
  while (i < toks.length && !kind) {
    const u = toks[i]!.upper;
    if (u === 'OR' || u === 'REPLACE' || u === 'ALTER' || u === 'SYSTEM') i++;
    else if (u === 'TEMPORARY') { temporary = true; i++; }
    else if (u === 'TABLE') { kind = 'table'; i++; }
    else if (u === 'VIEW') { kind = 'view'; i++; }
    else if (u === 'FUNCTION') { kind = 'function'; i++; }
    else if (u === 'CATALOG') { kind = 'catalog'; i++; }
    else if (u === 'DATABASE') { kind = 'database'; i++; }
    else if (u === 'MODEL') { kind = 'model'; i++; }
    else if (u === 'MATERIALIZED' && toks[i + 1]?.upper === 'TABLE') { kind = 'materialized table'; i += 2; }
    else return undefined;
  }
  if (!kind) return undefined;
  if (toks[i]?.upper === 'IF' && toks[i + 1]?.upper === 'NOT' && toks[i + 2]?.upper === 'EXISTS') i += 3;
  const nm = readName(toks, i);
  if (!nm) return undefined;
  const decl: DeclInfo = { kind, name: nm.name, start: nm.tok.start, end: nm.tok.end, statement: index, columns: [], primaryKey: [], options: [], temporary };
  i = nm.next;
  if (kind === 'function') {
    if (toks[i]?.upper === 'AS' && toks[i + 1]?.kind === 'string') decl.className = unquote(toks[i + 1]!.text);
    return decl;
  }
  if (isPunct(toks[i], '(')) {
    const close = matchParen(toks, i);
    if (kind === 'view') {
      for (const [a] of splitCommas(toks, i + 1, close)) {
        const t = toks[a];
        if (isNameToken(t)) decl.columns.push({ name: nameOf(t!), start: t!.start, end: t!.end, type: '', kind: 'physical' });
      }
    } else {
      parseSchema(text, toks, i + 1, close, decl);
      if (close < toks.length && close > i + 1) decl.schema = { open: toks[i]!.start, close: toks[close]!.start, lastElementEnd: toks[close - 1]!.end };
    }
    i = close + 1;
  }
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.upper === 'WITH' && isPunct(toks[i + 1], '(')) {
      const close = matchParen(toks, i + 1);
      decl.options = parseOptions(toks, i + 1, close);
      decl.withRange = { start: toks[i + 1]!.end, end: close < toks.length ? toks[close]!.start : text.length };
      i = close;
    } else if (t.upper === 'AS') {
      if (kind === 'view' || decl.columns.length === 0) decl.columns.push(...selectColumns(toks, i + 1));
      break;
    }
  }
  return decl;
}

function parseSchema(text: string, toks: Tok[], a: number, b: number, decl: DeclInfo): void {
  for (const [s, e] of splitCommas(toks, a, b)) {
    const t = toks[s];
    if (!t) continue;
    const u = t.upper;
    if (u === 'WATERMARK' && toks[s + 1]?.upper === 'FOR') {
      const col = readName(toks, s + 2);
      let asAt = col ? col.next : s + 3;
      if (toks[asAt]?.upper === 'AS') asAt++;
      const expr = textOf(text, toks, asAt, e);
      const wm: WatermarkInfo = { column: col?.name ?? '', expr, start: t.start, end: toks[e - 1]!.end };
      const m = /-\s*(INTERVAL\s+'[^']*'\s+\w+(\s+TO\s+\w+)?)/i.exec(expr);
      if (m) wm.delay = m[1]!;
      decl.watermark = wm;
      continue;
    }
    if (u === 'PRIMARY' || u === 'CONSTRAINT' || u === 'UNIQUE') {
      let k = s;
      while (k < e && !isPunct(toks[k], '(')) k++;
      const close = matchParen(toks, k);
      if (u !== 'UNIQUE' && toks.slice(s, k).some((x) => x.upper === 'PRIMARY')) {
        for (const [c] of splitCommas(toks, k + 1, Math.min(close, e))) if (isNameToken(toks[c])) decl.primaryKey.push(nameOf(toks[c]!));
      }
      continue;
    }
    if (u === 'PERIOD' || u === 'LIKE') continue;
    if (!isNameToken(t) && !(t.kind === 'word')) continue;
    const col: ColumnInfo = { name: nameOf(t), start: t.start, end: t.end, type: '', kind: 'physical' };
    if (toks[s + 1]?.upper === 'AS') {
      col.kind = 'computed';
      let end = e;
      const cm = toks.slice(s + 2, e).findIndex((x) => x.upper === 'COMMENT');
      if (cm >= 0) { end = s + 2 + cm; col.comment = unquote(toks[end + 1]?.text ?? ''); }
      col.expr = textOf(text, toks, s + 2, end);
      col.type = col.expr;
    } else {
      let end = e;
      for (let k = s + 1; k < e; k++) {
        const x = toks[k]!;
        if (x.kind === 'punct' && x.text === '(') { k = matchParen(toks, k); continue; }
        if (x.upper === 'METADATA') { col.kind = 'metadata'; end = Math.min(end, k); }
        if (x.upper === 'PRIMARY') { decl.primaryKey.push(col.name); end = Math.min(end, k); }
        if (x.upper === 'COMMENT') { col.comment = unquote(toks[k + 1]?.text ?? ''); end = Math.min(end, k); }
        if (x.upper === 'CONSTRAINT') end = Math.min(end, k);
      }
      col.type = textOf(text, toks, s + 1, end).replace(/\s*([(),<>])\s*/g, (m0, c: string) => (c === ',' ? ', ' : c)).trim();
    }
    decl.columns.push(col);
  }
}

/** Output columns of a `SELECT ...` at i: aliases or the last part of plain names. */
function selectColumns(toks: Tok[], i: number): ColumnInfo[] {
  while (i < toks.length && toks[i]!.upper !== 'SELECT') {
    if (isPunct(toks[i], '(') || toks[i]!.upper === 'WITH') i++;
    else if (toks[i]!.upper === 'SELECT') break;
    else i++;
  }
  if (toks[i]?.upper !== 'SELECT') return [];
  let j = i + 1;
  if (toks[j]?.upper === 'DISTINCT' || toks[j]?.upper === 'ALL') j++;
  if (toks[j]?.kind === 'hintStart') { while (j < toks.length && toks[j]!.kind !== 'hintEnd') j++; j++; }
  let end = j;
  let depth = 0;
  for (; end < toks.length; end++) {
    const t = toks[end]!;
    if (isPunct(t, '(')) depth++;
    else if (isPunct(t, ')')) { if (depth === 0) break; depth--; }
    else if (depth === 0 && t.upper === 'FROM') break;
  }
  const out: ColumnInfo[] = [];
  for (const [a, b] of splitCommas(toks, j, end)) {
    const last = toks[b - 1];
    if (!last) continue;
    if (b - a >= 2 && isNameToken(last) && (toks[b - 2]!.upper === 'AS' || !(toks[b - 2]!.kind === 'punct'))) {
      out.push({ name: nameOf(last), start: last.start, end: last.end, type: '', kind: 'computed' });
    } else if (isNameToken(last)) {
      out.push({ name: nameOf(last), start: last.start, end: last.end, type: '', kind: 'computed' });
    }
  }
  return out;
}

function statementLabel(toks: Tok[], decl: DeclInfo | undefined): string {
  const u0 = toks[0]?.upper ?? '';
  if (decl) return `CREATE ${decl.kind.toUpperCase()}`;
  if (u0 === 'INSERT' || u0 === 'UPSERT') return 'INSERT';
  if (u0 === 'WITH' || u0 === 'SELECT' || u0 === 'VALUES' || u0 === '(') return 'SELECT';
  if (u0 === 'EXECUTE' && toks[1]?.upper === 'STATEMENT') return 'STATEMENT SET';
  return toks.slice(0, 2).map((t) => t.upper || t.text).join(' ').trim() || 'statement';
}

/** FROM / JOIN sources of a statement, and CTE names. */
function collectSources(toks: Tok[]): { sources: SourceRef[]; target?: SourceRef; ctes: DeclInfo[] } {
  const sources: SourceRef[] = [];
  let target: SourceRef | undefined;
  const ctes: DeclInfo[] = [];
  const aliasAt = (k: number): { alias?: string; next: number } => {
    let j = k;
    if (toks[j]?.upper === 'AS') j++;
    const t = toks[j];
    if (isNameToken(t) && !CLAUSE_END.has(t!.upper) && !JOIN_WORDS.has(t!.upper) && t!.upper !== 'FOR' && t!.upper !== 'TABLESAMPLE') return { alias: nameOf(t!), next: j + 1 };
    return { next: k };
  };
  // INSERT INTO target
  if ((toks[0]?.upper === 'INSERT' || toks[0]?.upper === 'UPSERT') && (toks[1]?.upper === 'INTO' || toks[1]?.upper === 'OVERWRITE')) {
    const nm = readName(toks, 2);
    if (nm) target = { table: nm.name, start: nm.tok.start, end: nm.tok.end };
  }
  // DROP / ALTER / DESCRIBE / TRUNCATE / ANALYZE TABLE name, SHOW CREATE TABLE name
  const u0 = toks[0]?.upper ?? '';
  if (['DROP', 'ALTER', 'DESCRIBE', 'DESC', 'TRUNCATE', 'ANALYZE', 'SHOW'].includes(u0)) {
    let k = 1;
    while (k < toks.length && ['TEMPORARY', 'TABLE', 'VIEW', 'MATERIALIZED', 'EXTENDED', 'CREATE', 'IF', 'EXISTS'].includes(toks[k]!.upper)) k++;
    const nm = k > 1 || u0.startsWith('DESC') ? readName(toks, k) : undefined;
    if (nm && nm.tok.keyword !== 'reserved') sources.push({ table: nm.name, start: nm.tok.start, end: nm.tok.end });
  }
  // WITH name AS (...)
  if (toks[0]?.upper === 'WITH') {
    let k = 1;
    if (toks[k]?.upper === 'RECURSIVE') k++;
    while (k < toks.length) {
      const nm = readName(toks, k);
      if (!nm) break;
      k = nm.next;
      if (isPunct(toks[k], '(')) k = matchParen(toks, k) + 1;
      if (toks[k]?.upper !== 'AS' || !isPunct(toks[k + 1], '(')) break;
      const close = matchParen(toks, k + 1);
      ctes.push({ kind: 'cte', name: nm.name, start: nm.tok.start, end: nm.tok.end, statement: -1, columns: selectColumns(toks, k + 2), primaryKey: [], options: [], temporary: true });
      k = close + 1;
      if (!isPunct(toks[k], ',')) break;
      k++;
    }
  }
  const handled = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.upper === 'TABLE' && isPunct(toks[i + 1], '(')) {
      // TABLE(TUMBLE(TABLE t, ...)) [AS] alias: the alias after the TVF names the same rows
      const close = matchParen(toks, i + 1);
      for (let j = i + 2; j < close; j++) {
        if (toks[j]!.upper !== 'TABLE' || isPunct(toks[j + 1], '(')) continue;
        const nm = readName(toks, j + 1);
        if (!nm) break;
        handled.add(j);
        const src: SourceRef = { table: nm.name, start: nm.tok.start, end: nm.tok.end };
        const fn = toks[i + 2]?.upper ?? '';
        if (['TUMBLE', 'HOP', 'CUMULATE', 'SESSION'].includes(fn)) src.windowTvf = fn;
        const al = aliasAt(close + 1);
        if (al.alias) src.alias = al.alias;
        sources.push(src);
        break;
      }
      continue;
    }
    const prev = toks[i - 1];
    const explicitTable = t.upper === 'TABLE' && !handled.has(i) && (!prev || isPunct(prev, '(') || isPunct(prev, ',') || SET_OPS.has(prev.upper));
    const isFrom = t.upper === 'FROM' || t.upper === 'JOIN' || explicitTable;
    if (!isFrom) continue;
    let k = i + 1;
    for (;;) {
      if (isPunct(toks[k], '(') || toks[k]?.upper === 'LATERAL' || toks[k]?.upper === 'UNNEST') break;
      const nm = readName(toks, k);
      if (!nm || nm.tok.keyword === 'reserved') break;
      k = nm.next;
      if (toks[k]?.kind === 'hintStart') while (k < toks.length && toks[k]!.kind !== 'hintEnd') k++;
      if (toks[k]?.kind === 'hintEnd') k++;
      if (toks[k]?.upper === 'FOR' && toks[k + 1]?.upper === 'SYSTEM_TIME') {
        // FOR SYSTEM_TIME AS OF expr: skip to the alias (AS name) or the clause end
        k += 4;
        while (k < toks.length && toks[k]!.upper !== 'AS' && !CLAUSE_END.has(toks[k]!.upper) && !JOIN_WORDS.has(toks[k]!.upper) && !isPunct(toks[k], ',') && !isPunct(toks[k], ')')) k++;
      }
      const al = aliasAt(k);
      const src: SourceRef = { table: nm.name, start: nm.tok.start, end: nm.tok.end };
      if (al.alias) src.alias = al.alias;
      k = al.next;
      sources.push(src);
      if (isPunct(toks[k], ',') && t.upper === 'FROM') { k++; continue; }
      break;
    }
  }
  return target ? { sources, target, ctes } : { sources, ctes };
}

export function buildModel(text: string, external: DeclInfo[] = []): DocumentModel {
  const tokens = scan(text);
  const spans = splitStatements(tokens);
  const statements: StatementInfo[] = [];
  const decls: DeclInfo[] = [];
  for (let si = 0; si < spans.length; si++) {
    const span = spans[si]!;
    const code = tokens.slice(span.first, span.last).filter((t) => !isTrivia(t));
    let decl: DeclInfo | undefined;
    if (code[0]?.upper === 'CREATE' || code[0]?.upper === 'REPLACE') decl = parseCreate(text, code, si);
    const { sources, target, ctes } = collectSources(code);
    const st: StatementInfo = { span, tokens: code, label: statementLabel(code, decl), sources };
    if (decl) { st.decl = decl; decls.push(decl); }
    if (target) st.target = target;
    for (const c of ctes) { c.statement = si; (st as StatementInfo & { ctes?: DeclInfo[] }).ctes = ctes; }
    statements.push(st);
  }
  const model: DocumentModel = { text, tokens, statements, decls, refs: [] };
  model.refs = resolveRefs(model, external);
  return model;
}

/** Declarations visible from statement `si`: this document's (all of them: Flink's catalog is
 *  session-wide, and an editor user expects later DDL to be found too), then external ones. */
const allDecls = new WeakMap<DocumentModel, { external: DeclInfo[]; all: DeclInfo[] }>();
export function visibleDecls(model: DocumentModel, external: DeclInfo[], si: number): DeclInfo[] {
  const st = model.statements[si] as (StatementInfo & { ctes?: DeclInfo[] }) | undefined;
  let cached = allDecls.get(model);
  if (!cached || cached.external !== external) {
    cached = { external, all: [...model.decls, ...external] };
    allDecls.set(model, cached);
  }
  return st?.ctes?.length ? [...st.ctes, ...cached.all] : cached.all;
}

export function findDecl(decls: DeclInfo[], name: string): DeclInfo | undefined {
  if (decls.length > 16) return indexOf(decls).get(name) ?? indexOf(decls).get('\0' + name.toLowerCase());
  return decls.find((d) => d.name === name && (d.kind === 'table' || d.kind === 'view' || d.kind === 'cte' || d.kind === 'materialized table'))
    ?? decls.find((d) => d.name.toLowerCase() === name.toLowerCase() && d.kind === 'function');
}

const declIndex = new WeakMap<DeclInfo[], Map<string, DeclInfo>>();
/** findDecl's answers for a (large) declaration list, built once per list. */
function indexOf(decls: DeclInfo[]): Map<string, DeclInfo> {
  let m = declIndex.get(decls);
  if (m) return m;
  m = new Map();
  for (const d of decls) {
    if (d.kind === 'table' || d.kind === 'view' || d.kind === 'cte' || d.kind === 'materialized table') { if (!m.has(d.name)) m.set(d.name, d); }
    else if (d.kind === 'function' && !m.has('\0' + d.name.toLowerCase())) m.set('\0' + d.name.toLowerCase(), d);
  }
  declIndex.set(decls, m);
  return m;
}

function resolveRefs(model: DocumentModel, external: DeclInfo[]): RefInfo[] {
  const refs: RefInfo[] = [];
  model.statements.forEach((st, si) => {
    const decls = visibleDecls(model, external, si);
    const d = st.decl;
    if (d && (d.kind === 'table' || d.kind === 'view' || d.kind === 'materialized table')) {
      refs.push({ start: d.start, end: d.end, table: d.name, declaration: true });
      for (const c of d.columns) refs.push({ start: c.start, end: c.end, table: d.name, column: c.name, declaration: true });
    }
    // Sources and target
    const srcTables = new Map<string, DeclInfo>();
    for (const s of [...st.sources, ...(st.target ? [st.target] : [])]) {
      const decl = findDecl(decls, s.table);
      if (!decl) continue;
      if (decl.kind !== 'cte') refs.push({ start: s.start, end: s.end, table: decl.name, declaration: false });
      srcTables.set(s.alias ?? s.table, decl);
      srcTables.set(s.table, decl);
    }
    const known = new Set<number>();
    for (let k = refs.length - 1; k >= 0 && refs[k]!.start >= st.span.start; k--) known.add(refs[k]!.start);
    const toks = st.tokens;
    // the table being declared: its WATERMARK FOR / PRIMARY KEY / computed expressions name its columns
    const own = d && d.kind !== 'function' ? d : undefined;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isNameToken(t) && !(t.kind === 'word' && isPunct(toks[i - 1], '.'))) continue;
      if (known.has(t.start)) continue;
      const name = nameOf(t);
      if (isPunct(toks[i - 1], '.')) {
        const q = toks[i - 2];
        const decl = q ? srcTables.get(nameOf(q)) : undefined;
        if (decl && decl.columns.some((c) => c.name === name) && decl.kind !== 'cte') refs.push({ start: t.start, end: t.end, table: decl.name, column: name, declaration: false });
        continue;
      }
      if (isPunct(toks[i + 1], '.')) {
        // a qualifier: the table's own name (`t.a`) refers to the table; an alias does not
        const isAlias = st.sources.some((x) => x.alias === name);
        const decl = !isAlias && st.sources.some((x) => x.table === name) ? findDecl(decls, name) : undefined;
        if (decl && decl.kind !== 'cte') refs.push({ start: t.start, end: t.end, table: decl.name, declaration: false });
        continue;
      }
      if (isPunct(toks[i + 1], '(')) continue; // function call
      if (own && own.columns.some((c) => c.name === name)) {
        refs.push({ start: t.start, end: t.end, table: own.name, column: name, declaration: false });
        continue;
      }
      for (const decl of new Set(srcTables.values())) {
        if (decl.kind === 'cte') continue;
        if (decl.columns.some((c) => c.name === name)) {
          refs.push({ start: t.start, end: t.end, table: decl.name, column: name, declaration: false });
          break;
        }
      }
      // INSERT INTO t (a, b): the column list names the target's columns
    }
  });
  refs.sort((a, b) => a.start - b.start);
  return refs;
}

/** Statement index containing offset (or the one just before it). */
export function statementAt(model: DocumentModel, offset: number): number {
  let best = -1;
  for (let i = 0; i < model.statements.length; i++) {
    const s = model.statements[i]!.span;
    if (s.start <= offset) best = i;
    if (offset <= s.endWithSemicolon && offset >= s.start) return i;
  }
  if (best >= 0 && offset > model.statements[best]!.span.endWithSemicolon) {
    // after a terminated statement: a new one starts here
    const s = model.statements[best]!;
    const semi = s.span.endWithSemicolon > s.span.end;
    if (semi) return -1;
  }
  return best;
}

export function tokenAt(tokens: Tok[], offset: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset > t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

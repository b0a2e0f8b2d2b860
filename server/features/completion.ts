// Completion by context: option keys and values inside WITH (...), columns after `alias.`,
// tables after FROM / JOIN / INTO, columns and functions in a query, types in a column
// definition, statement keywords and DDL snippets at the start of a statement. Keywords come
// from the parser's expected tokens when the parser offers them (see expected.ts), else from
// the clause the cursor is in.
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';
import type { DeclInfo } from '../model.ts';
import { findDecl, matchParen, statementAt, visibleDecls } from '../model.ts';
import { isTrivia, nameOf } from '../lexer.ts';
import type { Tok } from '../lexer.ts';
import { FUNCTIONS, signatureLabel } from '../knowledge/functions.ts';
import { CONNECTORS, FORMATS, knownOptionKeys } from '../../engine/knowledge/connectors.ts';
import { expectedKeywords } from '../expected.ts';
import { columnMarkdown, tableMarkdown } from './hover.ts';

const STATEMENT_STARTS = ['SELECT', 'INSERT INTO', 'CREATE TABLE', 'CREATE TEMPORARY TABLE', 'CREATE VIEW', 'CREATE FUNCTION', 'CREATE CATALOG', 'CREATE DATABASE', 'DROP TABLE', 'ALTER TABLE', 'WITH', 'SET', 'RESET', 'EXPLAIN', 'EXECUTE STATEMENT SET', 'SHOW TABLES', 'DESCRIBE', 'USE'];
const QUERY_KEYWORDS = ['FROM', 'WHERE', 'GROUP BY', 'HAVING', 'ORDER BY', 'LIMIT', 'JOIN', 'LEFT JOIN', 'INNER JOIN', 'ON', 'AS', 'AND', 'OR', 'NOT', 'IN', 'IS NULL', 'IS NOT NULL', 'BETWEEN', 'LIKE', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'DISTINCT', 'UNION ALL', 'OVER', 'PARTITION BY', 'WINDOW', 'TABLE', 'DESCRIPTOR', 'INTERVAL', 'CAST'];
const TYPES = ['STRING', 'INT', 'BIGINT', 'BOOLEAN', 'DOUBLE', 'FLOAT', 'DECIMAL(10, 2)', 'VARCHAR(255)', 'CHAR(1)', 'TINYINT', 'SMALLINT', 'DATE', 'TIME', 'TIMESTAMP(3)', 'TIMESTAMP_LTZ(3)', 'BYTES', 'ARRAY<STRING>', 'MAP<STRING, STRING>', 'ROW<a INT, b STRING>'];
const COLUMN_DEF_KEYWORDS = ['PRIMARY KEY', 'NOT NULL', 'METADATA', 'COMMENT', 'AS PROCTIME()'];

/** The columns a window TVF adds to its input's. */
export const WINDOW_COLUMNS = [
  { name: 'window_start', type: 'TIMESTAMP(3)', doc: 'Start of the window (inclusive).' },
  { name: 'window_end', type: 'TIMESTAMP(3)', doc: 'End of the window (exclusive). GROUP BY window_start, window_end makes a window aggregation: one final row per window, insert-only.' },
  { name: 'window_time', type: 'TIMESTAMP(3) *ROWTIME*', doc: 'window_end - 1 ms, an event-time attribute: a later window TVF or interval join may use it.' },
];

const SNIPPETS: { label: string; detail: string; body: string }[] = [
  { label: 'CREATE TABLE (kafka)', detail: 'Kafka source with an event-time attribute', body: "CREATE TABLE ${1:orders} (\n  ${2:id} BIGINT,\n  ${3:ts} TIMESTAMP(3),\n  WATERMARK FOR ${3:ts} AS ${3:ts} - INTERVAL '5' SECOND\n) WITH (\n  'connector' = 'kafka',\n  'topic' = '${4:topic}',\n  'properties.bootstrap.servers' = '${5:localhost:9092}',\n  'scan.startup.mode' = 'earliest-offset',\n  'format' = '${6:json}'\n);" },
  { label: 'CREATE TABLE (upsert-kafka)', detail: 'Upsert sink keyed by a primary key', body: "CREATE TABLE ${1:results} (\n  ${2:k} STRING,\n  ${3:cnt} BIGINT,\n  PRIMARY KEY (${2:k}) NOT ENFORCED\n) WITH (\n  'connector' = 'upsert-kafka',\n  'topic' = '${4:topic}',\n  'properties.bootstrap.servers' = '${5:localhost:9092}',\n  'key.format' = 'json',\n  'value.format' = 'json'\n);" },
  { label: 'CREATE TABLE (filesystem)', detail: 'Files in a directory', body: "CREATE TABLE ${1:t} (\n  ${2:id} BIGINT,\n  ${3:name} STRING\n) WITH (\n  'connector' = 'filesystem',\n  'path' = '${4:data.csv}',\n  'format' = '${5:csv}'\n);" },
  { label: 'CREATE TABLE (datagen)', detail: 'Generated rows', body: "CREATE TABLE ${1:gen} (\n  ${2:id} BIGINT,\n  ${3:ts} AS PROCTIME()\n) WITH (\n  'connector' = 'datagen',\n  'rows-per-second' = '${4:10}'\n);" },
  { label: 'CREATE TABLE (print)', detail: 'Print sink', body: "CREATE TABLE ${1:out} (\n  ${2:id} BIGINT\n) WITH (\n  'connector' = 'print'\n);" },
  { label: 'TUMBLE window', detail: 'Tumbling window aggregation', body: "SELECT window_start, window_end, COUNT(*) AS cnt\nFROM TABLE(\n  TUMBLE(TABLE ${1:t}, DESCRIPTOR(${2:ts}), INTERVAL '${3:1}' MINUTE))\nGROUP BY window_start, window_end;" },
  { label: 'INSERT INTO ... SELECT', detail: 'Insert a query into a sink', body: 'INSERT INTO ${1:sink}\nSELECT ${2:*}\nFROM ${3:source};' },
];

interface Ctx {
  a: Analysis;
  offset: number;
  /** Code tokens of the statement before the cursor (the word being typed excluded). */
  before: Tok[];
  /** The word or string being typed, if the cursor touches one. */
  current?: Tok;
  si: number;
}

export function complete(a: Analysis, offset: number): CompletionItem[] {
  const { model } = a;
  const toks = model.tokens;
  let current: Tok | undefined;
  for (const t of toks) {
    if (t.start < offset && offset < t.end) { current = t; break; }
    if (t.end === offset && (t.kind === 'word' || t.kind === 'quoted' || (t.kind === 'string' && t.open))) { current = t; break; }
    if (t.start >= offset) break;
  }
  if (current && isTrivia(current)) return [];
  if (current && (current.kind === 'number')) return [];
  const si = statementAt(model, offset);
  const st = si >= 0 ? model.statements[si] : undefined;
  const before = st ? st.tokens.filter((t) => t.end <= offset && t !== current) : [];
  const ctx: Ctx = { a, offset, before, si: Math.max(si, 0) };
  if (current) ctx.current = current;
  const inWith = withContext(ctx);
  if (inWith) return inWith;
  if (current?.kind === 'string') return [];
  return general(ctx);
}

function item(label: string, kind: CompletionItemKind, extra: Partial<CompletionItem> = {}): CompletionItem {
  return { label, kind, ...extra };
}

/** Inside `WITH ( ... )` of a CREATE statement (or an OPTIONS hint): keys and values. */
function withContext(ctx: Ctx): CompletionItem[] | undefined {
  const b = ctx.before;
  let depth = 0;
  let open = -1;
  for (let i = b.length - 1; i >= 0; i--) {
    const t = b[i]!;
    if (t.kind !== 'punct') continue;
    if (t.text === ')') depth++;
    else if (t.text === '(') {
      if (depth === 0) { open = i; break; }
      depth--;
    }
  }
  if (open < 1) return undefined;
  const opener = b[open - 1]!.upper;
  if (opener !== 'WITH' && opener !== 'OPTIONS' && opener !== 'SET') return undefined;
  if (opener === 'WITH' && b[0]?.upper !== 'CREATE' && b[0]?.upper !== 'ALTER') return undefined;
  // the entry being written: tokens after the last comma
  let k = b.length - 1;
  while (k > open && !(b[k]!.kind === 'punct' && b[k]!.text === ',')) k--;
  const entry = b.slice(k + 1);
  const st = ctx.a.model.statements[ctx.si];
  const decl = st?.decl;
  const options: Record<string, string> = Object.fromEntries((decl?.options ?? []).map((o) => [o.key, o.value]));
  const connector = options['connector'];
  const cur = ctx.current;
  const inString = cur?.kind === 'string';
  const range = inString ? stringContentRange(ctx, cur!) : undefined;
  if (entry.length === 0) {
    const present = new Set(Object.keys(options));
    return knownOptionKeys(connector, options)
      .filter((o) => !present.has(o.key) || (inString && cur && o.key === unq(cur.text)))
      .map((o) => {
        const key = o.key.replace('#', inString ? '#' : '${1:field}');
        const doc = `${o.description}${o.default !== undefined ? `\n\nDefault: ${o.default}` : ''}`;
        const base: CompletionItem = {
          label: o.key,
          kind: CompletionItemKind.Property,
          detail: `${o.required ? 'required' : 'optional'} ${o.type}${connector ? ` · ${connector}` : ''}`,
          documentation: doc,
          sortText: (o.required ? '0' : '1') + o.key,
        };
        if (range) return { ...base, textEdit: { range, newText: o.key } };
        const def = o.values?.[0] ?? o.default ?? '';
        return { ...base, insertText: `'${key}' = '\${${key.includes('${1') ? 2 : 1}:${def}}'`, insertTextFormat: InsertTextFormat.Snippet };
      });
  }
  if (entry.length >= 2 && entry[0]!.kind === 'string' && entry[1]!.text === '=') {
    const key = unq(entry[0]!.text);
    let values: { v: string; doc?: string }[] = [];
    if (key === 'connector') values = CONNECTORS.map((c) => ({ v: c.name, doc: c.description }));
    else if (key === 'format' || key === 'key.format' || key === 'value.format') values = FORMATS.map((f) => ({ v: f.name, doc: f.description }));
    else {
      const spec = knownOptionKeys(connector, options).find((o) => o.key === key || (o.key.includes('#') && new RegExp('^' + o.key.split('#').map(escapeRe).join('.+') + '$').test(key)));
      if (spec?.values) values = spec.values.map((v) => ({ v }));
      else if (spec?.type === 'boolean') values = [{ v: 'true' }, { v: 'false' }];
    }
    return values.map(({ v, doc }) => {
      const it: CompletionItem = { label: v, kind: CompletionItemKind.EnumMember };
      if (doc) it.documentation = doc;
      if (range) it.textEdit = { range, newText: v };
      else it.insertText = `'${v}'`;
      return it;
    });
  }
  if (entry.length === 1 && entry[0]!.kind === 'string') return [item('=', CompletionItemKind.Operator)];
  return [];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unq(s: string): string {
  return s.replace(/^'/, '').replace(/'$/, '').replace(/''/g, "'");
}

function stringContentRange(ctx: Ctx, t: Tok) {
  const doc = ctx.a.doc;
  const end = t.open ? t.end : t.end - 1;
  return { start: doc.positionAt(t.start + 1), end: doc.positionAt(Math.max(end, t.start + 1)) };
}

function general(ctx: Ctx): CompletionItem[] {
  const { a, before } = ctx;
  const decls = visibleDecls(a.model, a.external, ctx.si);
  const last = before[before.length - 1];
  const prev2 = before[before.length - 2];
  const st = a.model.statements[ctx.si];
  // alias.  -> that source's columns
  if (last?.text === '.' && prev2 && (prev2.kind === 'word' || prev2.kind === 'quoted')) {
    const q = nameOf(prev2);
    const src = st?.sources.find((s) => s.alias === q) ?? st?.sources.find((s) => s.table === q) ?? (st?.target?.table === q ? st.target : undefined);
    const d = src ? findDecl(decls, src.table) : findDecl(decls, q);
    return d ? columnItems(d) : [];
  }
  if (before.length === 0) return [...STATEMENT_STARTS.map((k) => item(k, CompletionItemKind.Keyword, { sortText: '3' + k })), ...snippetItems()];
  const lu = last?.upper ?? '';
  if (['FROM', 'JOIN', 'INTO', 'UPDATE', 'DESCRIBE', 'DESC', 'OVERWRITE'].includes(lu) || (lu === 'TABLE' && before.length > 1 && before[0]!.upper !== 'CREATE') || (lu === 'EXISTS' && before[0]?.upper === 'DROP')) {
    return tableItems(decls);
  }
  if (lu === 'CREATE') return ['TABLE', 'TEMPORARY TABLE', 'VIEW', 'TEMPORARY VIEW', 'FUNCTION', 'TEMPORARY FUNCTION', 'CATALOG', 'DATABASE', 'MATERIALIZED TABLE', 'MODEL'].map((k) => item(k, CompletionItemKind.Keyword)).concat(snippetItems());
  if (lu === 'DESCRIPTOR' || (last?.text === '(' && prev2?.upper === 'DESCRIPTOR')) return sourceColumns(ctx, decls);
  // a column definition in CREATE TABLE ( ... ): after the column name, a type
  const colDef = inColumnDefinition(before);
  if (colDef === 'type') return TYPES.map((t, i) => item(t, CompletionItemKind.TypeParameter, { sortText: String(i).padStart(2, '0') }));
  if (colDef === 'after-type') return COLUMN_DEF_KEYWORDS.map((k) => item(k, CompletionItemKind.Keyword));
  if (colDef === 'name') return [item('WATERMARK FOR', CompletionItemKind.Keyword), item('PRIMARY KEY', CompletionItemKind.Keyword)];
  const out: CompletionItem[] = [];
  const inQuery = before.some((t) => t.upper === 'SELECT');
  if (inQuery) {
    out.push(...sourceColumns(ctx, decls));
    out.push(...FUNCTIONS.filter((f) => f.category !== 'tvf').map((f) => item(f.name, CompletionItemKind.Function, { detail: signatureLabel(f), documentation: f.description, insertText: functionSnippet(f.name), insertTextFormat: InsertTextFormat.Snippet, sortText: '2' + f.name })));
    if (lu === 'TABLE' || last?.text === '(' && prev2?.upper === 'TABLE') {
      out.push(...FUNCTIONS.filter((f) => f.category === 'tvf').map((f) => item(f.name, CompletionItemKind.Function, { detail: signatureLabel(f), documentation: f.description })));
    }
  }
  const expected = expectedKeywords(a.model.text.slice(st?.span.start ?? 0, ctx.current ? ctx.current.start : ctx.offset));
  const kws = expected ?? (inQuery ? clauseKeywords(before) : STATEMENT_STARTS);
  out.push(...kws.map((k) => item(k, CompletionItemKind.Keyword, { sortText: '4' + k, detail: expected ? 'keyword (follow set)' : 'keyword' })));
  return out;
}

const NO_PARENS = new Set(['CURRENT_TIMESTAMP', 'CURRENT_DATE', 'LOCALTIMESTAMP', 'CURRENT_TIME', 'LOCALTIME']);
function functionSnippet(name: string): string {
  if (NO_PARENS.has(name)) return name;
  if (name === 'CAST' || name === 'TRY_CAST') return `${name}(\${1:value} AS \${2:STRING})`;
  return `${name}($1)`;
}

/** Keywords that may follow in the clause the cursor is in (until the parser's follow sets land). */
const NEXT_BY_CLAUSE: Record<string, string[]> = {
  SELECT: ['FROM', 'AS', 'DISTINCT', 'CASE', 'CAST', 'OVER', 'AND', 'OR', 'NOT', 'IN', 'IS NULL', 'IS NOT NULL', 'LIKE', 'BETWEEN'],
  FROM: ['WHERE', 'JOIN', 'LEFT JOIN', 'RIGHT JOIN', 'FULL OUTER JOIN', 'CROSS JOIN', 'INNER JOIN', 'ON', 'AS', 'GROUP BY', 'ORDER BY', 'LIMIT', 'UNION ALL', 'FOR SYSTEM_TIME AS OF', 'TABLE', 'LATERAL', 'UNNEST'],
  WHERE: ['AND', 'OR', 'NOT', 'IN', 'EXISTS', 'IS NULL', 'IS NOT NULL', 'LIKE', 'BETWEEN', 'GROUP BY', 'ORDER BY', 'LIMIT', 'UNION ALL'],
  GROUP: ['HAVING', 'ORDER BY', 'LIMIT', 'UNION ALL', 'GROUPING SETS', 'ROLLUP', 'CUBE'],
  HAVING: ['AND', 'OR', 'ORDER BY', 'LIMIT'],
  ORDER: ['ASC', 'DESC', 'LIMIT', 'NULLS FIRST', 'NULLS LAST'],
  ON: ['AND', 'OR', 'WHERE', 'JOIN', 'LEFT JOIN', 'GROUP BY'],
};

function clauseKeywords(before: Tok[]): string[] {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') { if (depth === 0) break; depth--; }
    else if (depth === 0 && NEXT_BY_CLAUSE[t.upper] && t.keyword === 'reserved') return NEXT_BY_CLAUSE[t.upper]!;
  }
  return QUERY_KEYWORDS;
}

function snippetItems(): CompletionItem[] {
  return SNIPPETS.map((s) => item(s.label, CompletionItemKind.Snippet, { detail: s.detail, insertText: s.body, insertTextFormat: InsertTextFormat.Snippet, sortText: '9' + s.label }));
}

function tableItems(decls: DeclInfo[]): CompletionItem[] {
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  for (const d of decls) {
    if (d.kind === 'function' || d.kind === 'catalog' || d.kind === 'database' || d.kind === 'model' || seen.has(d.name)) continue;
    seen.add(d.name);
    out.push(item(d.name, d.kind === 'view' ? CompletionItemKind.Interface : CompletionItemKind.Class, { detail: d.kind + (d.source ? ` (${d.source.split('/').pop()})` : ''), documentation: { kind: 'markdown', value: tableMarkdown(d) } }));
  }
  return out;
}

function columnItems(d: DeclInfo, qualifier?: string): CompletionItem[] {
  return d.columns.map((c) => item(c.name, CompletionItemKind.Field, {
    detail: `${c.kind === 'computed' ? 'AS ' + c.expr : c.type}${qualifier ? ` · ${qualifier}` : ` · ${d.name}`}`,
    documentation: { kind: 'markdown', value: columnMarkdown(d, c) },
    sortText: '1' + c.name,
  }));
}

function sourceColumns(ctx: Ctx, decls: DeclInfo[]): CompletionItem[] {
  const st = ctx.a.model.statements[ctx.si];
  if (!st) return [];
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const s of st.sources) {
    const d = findDecl(decls, s.table);
    if (!d) continue;
    for (const it of columnItems(d, s.alias ?? s.table)) {
      if (seen.has(it.label)) continue;
      seen.add(it.label);
      out.push(it);
    }
    if (s.alias) out.push(item(s.alias, CompletionItemKind.Variable, { detail: `alias of ${s.table}`, sortText: '0' + s.alias }));
    if (s.windowTvf) {
      for (const w of WINDOW_COLUMNS) {
        if (seen.has(w.name)) continue;
        seen.add(w.name);
        out.push(item(w.name, CompletionItemKind.Field, { detail: `${w.type} · ${s.windowTvf} window`, documentation: w.doc, sortText: '1' + w.name }));
      }
    }
  }
  return out;
}

/** Inside CREATE TABLE name ( ... ): is the cursor at a column name, its type, or after it? */
function inColumnDefinition(b: Tok[]): 'name' | 'type' | 'after-type' | undefined {
  if (b[0]?.upper !== 'CREATE') return undefined;
  const tableAt = b.findIndex((t) => t.upper === 'TABLE');
  if (tableAt < 0) return undefined;
  const open = b.findIndex((t, i) => i > tableAt && t.text === '(');
  if (open < 0) return undefined;
  if (matchParen(b, open) < b.length) return undefined; // the schema is closed before the cursor
  let depth = 0, k = b.length - 1;
  for (; k > open; k--) {
    const t = b[k]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') depth--;
    else if (t.text === ',' && depth === 0) break;
  }
  if (depth !== 0) return undefined;
  const entry = b.slice(k + 1);
  if (entry.length === 0) return 'name';
  const u = entry[0]!.upper;
  if (u === 'WATERMARK' || u === 'PRIMARY' || u === 'CONSTRAINT' || entry[1]?.upper === 'AS') return undefined;
  return entry.length === 1 ? 'type' : 'after-type';
}

// Builds the protocol messages the extension would post for a case folder (cases/README
// format): sinks, sources and columns from query.sql, the changes from expected.txt. Until the
// engine exports a run API this is how the panel's tests get REAL changelogs (the ones Flink
// 2.3.0 produced for the case). Column types come from the DDL where a column is referenced
// directly, otherwise from the few aggregate shapes below, else `?`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Change, ChangeKind, ColumnInfo, ErrorMessage, ExtensionToWebview, SinkInfo, SourceInfo,
} from '../../../client/webview/protocol.ts';
import { PROTOCOL_VERSION } from '../../../client/webview/protocol.ts';
import { analyze } from '../../../engine/index.ts';
import { typeToString } from '../../../engine/types/types.ts';

const v = PROTOCOL_VERSION;

export interface CaseData {
  name: string;
  dir: string;
  query: string;
  /** expected.txt lines (changes), or null when the case has none. */
  expected: string[] | null;
  /** final.txt lines, or null. */
  final: string[] | null;
  rejected: { exceptionClass: string; message: string } | null;
  /** A run that fails after some rows (expected.txt: rows, then ERROR lines); `expected` holds the rows. */
  runtimeError: { exceptionClass: string; message: string } | null;
  sink: SinkInfo;
  sources: SourceInfo[];
  changes: Change[];
  /** Line (1-based) of the case's last statement in query.sql. */
  statementLine: number;
  /**
   * A row of expected.txt that no split makes as wide as the query (a string holding `, `:
   * 'Grüße, 東京'): the rows cannot be read back from the text; the suite of the engine's own runs
   * shows the case in the panel.
   */
  ambiguous: boolean;
}

interface TableDdl { name: string; columns: ColumnInfo[]; options: Record<string, string>; primaryKey: string[] }

/** Splits on `sep` at bracket/paren depth 0, outside quotes. */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0, quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === "'" || c === '`') { quote = c; continue; }
    if (c === '(' || c === '[' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '>') depth--;
    else if (depth === 0 && s.startsWith(sep, i)) { out.push(s.slice(start, i)); start = i + sep.length; i += sep.length - 1; }
  }
  out.push(s.slice(start));
  return out;
}

/**
 * `+I[Show A, [Kim, Lee]]` -> kind and Row.toString() field parts (nested brackets kept). The text
 * is ambiguous where a string holds `(`, `[` or `, ` (PRINTF('%(d')): with `arity` (the query's
 * column count) the split that gives that many fields wins, brackets counted, then fewer kinds.
 */
export function parseChangeLine(line: string, arity?: number): { kind: ChangeKind; fields: string[] } {
  const m = /^([+-][IUD])\[(.*)\]$/s.exec(line);
  if (!m) throw new Error(`not a changelog row: ${line}`);
  const body = m[2]!;
  const split = (open: string, close: string): string[] => {
    const fields: string[] = [];
    let depth = 0, start = 0;
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (open.includes(c)) depth++;
      else if (close.includes(c)) depth--;
      else if (depth === 0 && c === ',' && body[i + 1] === ' ') { fields.push(body.slice(start, i)); start = i + 2; i++; }
    }
    if (body.length > 0 || fields.length > 0) fields.push(body.slice(start));
    return fields;
  };
  let fields = split('[{(', ']})');
  for (const [open, close] of [['[{', ']}'], ['{', '}']] as const) {
    if (arity === undefined || fields.length === arity) break;
    const f = split(open, close);
    if (f.length === arity) fields = f;
  }
  return { kind: m[1] as ChangeKind, fields };
}

function stripComments(sql: string): string {
  return sql.split('\n').map((l) => l.replace(/--.*$/, '')).join('\n');
}

function parseTables(sql: string): TableDdl[] {
  const out: TableDdl[] = [];
  const re = /CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?`?(\w+)`?\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sql))) {
    const open = m.index + m[0].length - 1;
    const close = matching(sql, open);
    const body = sql.slice(open + 1, close);
    const columns: ColumnInfo[] = [];
    let primaryKey: string[] = [];
    for (const part of splitTop(body, ',')) {
      const p = part.trim();
      if (!p) continue;
      const pk = /^(?:CONSTRAINT\s+\w+\s+)?PRIMARY\s+KEY\s*\(([^)]*)\)/i.exec(p);
      if (pk) { primaryKey = pk[1]!.split(',').map((s) => s.trim().replace(/`/g, '')); continue; }
      if (/^WATERMARK\s/i.test(p)) continue;
      const col = /^`?(\w+)`?\s+(.*)$/s.exec(p);
      if (!col) continue;
      let type = col[2]!.replace(/\s+/g, ' ').trim();
      const inlinePk = /\s+PRIMARY KEY NOT ENFORCED$/i.exec(type);
      if (inlinePk) { type = type.slice(0, inlinePk.index); primaryKey = [col[1]!]; }
      if (/^AS\s/i.test(type)) type = '?';
      columns.push({ name: col[1]!, type: type.replace(/\s+METADATA.*$/i, '') });
    }
    const withStart = sql.slice(close).search(/WITH\s*\(/i);
    const options: Record<string, string> = {};
    if (withStart >= 0) {
      const o = sql.indexOf('(', close + withStart);
      const oc = matching(sql, o);
      for (const kv of sql.slice(o + 1, oc).matchAll(/'([^']*)'\s*=\s*'([^']*)'/g)) options[kv[1]!] = kv[2]!;
    }
    out.push({ name: m[1]!, columns, options, primaryKey });
  }
  return out;
}

function matching(s: string, open: number): number {
  let depth = 0, quote = '';
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === "'") { quote = c; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return s.length;
}

function selectColumns(select: string, tables: TableDdl[]): { columns: ColumnInfo[]; groupBy: string[] } {
  const s = select.replace(/\s+/g, ' ');
  const from = findTopKeyword(s, 'FROM');
  const listStart = /^\s*SELECT\s+(DISTINCT\s+)?/i.exec(s);
  const list = s.slice(listStart ? listStart[0].length : 0, from < 0 ? s.length : from);
  const typeOf = (name: string): string | undefined => {
    for (const t of tables) { const c = t.columns.find((x) => x.name.toLowerCase() === name.toLowerCase()); if (c) return c.type; }
    return undefined;
  };
  const columns = splitTop(list, ',').map((raw, i) => {
    const e = raw.trim();
    const alias = /\s+(?:AS\s+)?`?(\w+)`?$/i.exec(e);
    const expr = alias && !/^\w+(\.\w+)?$/.test(e) ? e.slice(0, alias.index).trim() : e;
    const name = alias && expr !== e ? alias[1]! : (/(\w+)`?$/.exec(e)?.[1] ?? `EXPR$${i}`);
    let type = '?';
    const ref = /^(?:\w+\.)?`?(\w+)`?$/.exec(expr);
    if (ref) type = /^window_(start|end)$/i.test(ref[1]!) ? 'TIMESTAMP(3) NOT NULL' : (typeOf(ref[1]!) ?? '?');
    else if (/^COUNT\s*\(/i.test(expr)) type = 'BIGINT NOT NULL';
    else if (/^(ARRAY_AGG)\s*\(/i.test(expr)) {
      const arg = /\(\s*(?:DISTINCT\s+)?(?:\w+\.)?(\w+)/i.exec(expr)?.[1];
      type = `ARRAY<${(arg && typeOf(arg)) ?? '?'}>`;
    } else if (/^LISTAGG\s*\(/i.test(expr)) type = 'STRING';
    return { name, type };
  });
  const g = /\bGROUP BY (.*?)(?:\bHAVING\b|\bORDER BY\b|;|$)/i.exec(s);
  const groupBy = g ? splitTop(g[1]!, ',').map((x) => x.trim().replace(/^\w+\./, '').replace(/`/g, '')) : [];
  return { columns, groupBy };
}

function findTopKeyword(s: string, kw: string): number {
  let depth = 0;
  const re = new RegExp(`^${kw}\\b`, 'i');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (i === 0 || /\s/.test(s[i - 1]!)) && re.test(s.slice(i, i + kw.length + 1))) return i;
  }
  return -1;
}

function semanticsOf(connector: string): SinkInfo['semantics'] {
  if (connector === 'upsert-kafka') return 'upsert';
  if (connector === 'print' || connector === 'blackhole') return 'retract';
  return 'append';
}

export function loadCase(dir: string): CaseData {
  const name = basename(dir);
  const query = readFileSync(join(dir, 'query.sql'), 'utf8');
  const read = (f: string): string[] | null => {
    const p = join(dir, f);
    if (!existsSync(p)) return null;
    const t = readFileSync(p, 'utf8');
    return t === '' ? [] : t.replace(/\n$/, '').split('\n');
  };
  const expected = read('expected.txt');
  const final = read('final.txt');
  const sql = stripComments(query);
  const tables = parseTables(sql);
  const statements = splitTop(sql, ';').map((x) => x.trim()).filter(Boolean);
  const last = statements.at(-1) ?? '';
  const statementLine = query.split('\n').findIndex((l) => /^\s*(SELECT|INSERT|WITH)\b/i.test(l)) + 1 || 1;
  const insert = /^INSERT\s+INTO\s+`?(\w+)`?\s*(?:\([^)]*\)\s*)?(.*)$/is.exec(last);
  const body = insert ? insert[2]! : last;
  const { columns, groupBy } = selectColumns(body, tables);
  let sink: SinkInfo;
  let sinkTable: string | undefined;
  if (insert) {
    sinkTable = insert[1]!;
    const t = tables.find((x) => x.name.toLowerCase() === sinkTable!.toLowerCase());
    const connector = t?.options['connector'] ?? '?';
    sink = {
      name: sinkTable, connector, semantics: semanticsOf(connector),
      columns: t?.columns ?? columns,
      keyColumns: t?.primaryKey.length ? t.primaryKey
        : t?.options['key.fields'] ? t.options['key.fields'].split(';').map((x) => x.trim())
          : groupBy.filter((g) => (t?.columns ?? columns).some((c) => c.name === g)),
    };
    if (t?.options['topic']) sink.topic = t.options['topic'];
  } else {
    sink = {
      name: 'collect', connector: 'collect', semantics: 'retract', columns,
      keyColumns: groupBy.filter((g) => columns.some((c) => c.name === g)),
    };
  }
  // a sink whose DDL this reading cannot follow (a CREATE TABLE ... AS target, a LIKE table that
  // inherits its columns and key): the engine's catalog says what the table is
  const declared = insert && tables.some((x) => x.name.toLowerCase() === insert[1]!.toLowerCase() && x.columns.length > 0);
  if (!declared && (insert || /^(CREATE|REPLACE)\b/i.test(last))) {
    const t = analyze(query).sinkTable;
    if (t) {
      const connector = t.options['connector'] ?? '?';
      sinkTable = t.name;
      sink = {
        name: t.name, connector, semantics: semanticsOf(connector),
        columns: t.columns.map((c) => ({ name: c.name, type: typeToString(c.type) })),
        keyColumns: t.primaryKey ?? [],
      };
      if (t.options['topic']) sink.topic = t.options['topic'];
    }
  }
  const sources: SourceInfo[] = tables
    .filter((t) => t.name !== sinkTable && t.options['connector'] === 'filesystem')
    .map((t) => ({ table: t.name, file: t.options['path'] ?? '' }));
  // the query's arity as the engine plans it (a SELECT list's text can hold commas and parentheses)
  const planned = analyze(query);
  const plannedArity = planned.errors.length ? undefined : planned.columns.length;
  let rejected: CaseData['rejected'] = null;
  let runtimeError: CaseData['runtimeError'] = null;
  let changes: Change[] = [];
  const errAt = expected ? expected.findIndex((l) => l.startsWith('ERROR ')) : -1;
  if (expected && errAt > 0) {
    runtimeError = { exceptionClass: expected[errAt]!.slice(6).trim(), message: expected.slice(errAt + 1).join('\n') };
    expected.splice(errAt);
  }
  if (expected && errAt === 0) {
    rejected = { exceptionClass: expected[0]!.slice(6).trim(), message: expected.slice(1).join('\n') };
  } else if (expected) {
    changes = expected.map((l, i) => ({ seq: i + 1, ...parseChangeLine(l, plannedArity) }));
    // Cases whose arity differs from what the SELECT list says (e.g. SELECT *): trust the rows.
    const arity = changes[0]?.fields.length;
    if (arity !== undefined && arity !== sink.columns.length) {
      sink.columns = Array.from({ length: arity }, (_, i) => sink.columns[i] ?? { name: `f${i}`, type: '?' });
      sink.keyColumns = [];
    }
  }
  const ambiguous = plannedArity !== undefined && changes.some((c) => c.fields.length !== plannedArity);
  return { name, dir, query, expected, final, rejected, runtimeError, sink, sources, changes, statementLine, ambiguous };
}

/** Every case folder under the given roots (folders with a query.sql). */
export function caseDirs(...roots: string[]): string[] {
  const out: string[] = [];
  for (const r of roots) {
    if (!existsSync(r)) continue;
    for (const d of readdirSync(r).sort()) {
      const p = join(r, d);
      if (statSync(p).isDirectory() && existsSync(join(p, 'query.sql'))) out.push(p);
    }
  }
  return out;
}

/** The messages the extension posts for a run of this case, pages of `pageSize` changes. */
export function caseMessages(c: CaseData, runId = `run-${c.name}`, pageSize = 5000): ExtensionToWebview[] {
  const uri = pathToFileURL(join(c.dir, 'query.sql')).toString();
  const msgs: ExtensionToWebview[] = [{
    v, type: 'runStarted', runId, document: { uri, label: `${c.name}/query.sql` },
    query: c.query, mode: 'streaming', sinks: [c.sink], sources: c.sources,
  }];
  if (c.rejected) {
    const err: ErrorMessage = {
      v, type: 'error', runId, exceptionClass: c.rejected.exceptionClass, message: c.rejected.message,
      location: { uri, line: c.statementLine, column: 1 },
    };
    msgs.push(err);
    return msgs;
  }
  for (let i = 0; i < c.changes.length; i += pageSize) {
    msgs.push({ v, type: 'rows', runId, sink: 0, changes: c.changes.slice(i, i + pageSize) });
  }
  const rowsRead: Record<string, number> = {};
  for (const s of c.sources) {
    const p = join(c.dir, s.file);
    rowsRead[s.table] = existsSync(p) && statSync(p).isFile()
      ? readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).length - (p.endsWith('.csv') ? 1 : 0)
      : 0;
  }
  const total = Object.values(rowsRead).reduce((a, b) => a + b, 0);
  msgs.push({ v, type: 'progress', runId, rowsRead, emitted: c.changes.length, watermark: null, lateRowsDropped: 0 });
  if (c.runtimeError) msgs.push({ v, type: 'error', runId, exceptionClass: c.runtimeError.exceptionClass, message: c.runtimeError.message });
  else msgs.push({ v, type: 'done', runId, totals: { changes: c.changes.length, rowsRead: total }, durationMs: 0 });
  return msgs;
}

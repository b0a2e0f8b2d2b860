// "Run on Flink Cluster" and `flinksql run --gateway`: the same statements through a Flink SQL
// Gateway's REST API, v2 or later (the newest the gateway lists in GET /api_versions; Flink
// 2.3.0 serves V1..V4). Open a session, submit the DDL/SET statements and the one query in
// order, page through each result with rowFormat=JSON following `nextResultUri` until EOS, and
// on Stop cancel + close the operation (closing is what cancels a running query's job), then
// close the session. Rows come back in the engine's value model (engine/types), so the CLI and
// the panel print them with the same code as local runs. No `vscode` here (unit-tested against
// a fake that answers what Flink 2.3.0's gateway answered; test/flink/README.md lists its ways).
import { splitStatements } from './statements.ts';
import { LineIndex } from '../engine/line-index.ts';
import { clusterFiles } from './cluster-files.ts';
import type { RewrittenStatement } from './cluster-files.ts';
import type { StatementSpan } from './statements.ts';
import { PROTOCOL_VERSION } from './webview/protocol.ts';
import type { Change, ExtensionToWebview, SourceLocation } from './webview/protocol.ts';
import { t, typeToString, MAX_LENGTH } from '../engine/types/types.ts';
import type { SqlType, TypeName } from '../engine/types/types.ts';
import { formatValue, parseTime } from '../engine/types/values.ts';

/** A result column: the engine's Field shape (name + type). */
export interface GatewayColumn { name: string; type: SqlType }
/** A change in the engine's value model; kind 0..3 = +I, -U, +U, -D (engine/runtime/row.ts). */
export interface GatewayChange { kind: 0 | 1 | 2 | 3; fields: unknown[] }

export interface GatewayFailure {
  /** Flink's exception class (the deepest cause with a message), or `SqlGatewayUnreachable` */
  className: string;
  message: string;
  /** 1-based, in the text that was run (Flink counts from the statement's start; mapped here) */
  location?: { line: number; column: number; endLine?: number; endColumn?: number };
  /** nothing answers at the URL (or it is not a SQL Gateway of v2 or later) */
  unreachable?: boolean;
}

export interface ExecuteOptions {
  gatewayUrl: string;
  /** The document (or a prefix of it): its DDL/SET statements run first, then the query. */
  text: string;
  /** 0-based: the query/INSERT under this position runs; default the last one in the text. */
  at?: { line: number; character: number };
  signal?: AbortSignal;
  maxRows?: number;
  /** pause between polls of a result that has nothing new yet (default 100 ms) */
  pollMs?: number;
  /** session properties, e.g. { 'execution.runtime-mode': 'batch' } */
  properties?: Record<string, string>;
  /**
   * The document's folder: its filesystem tables' local paths are sent absolute, and CSV files
   * without their header line, as the embedded engine reads them (cluster-files.ts).
   */
  baseDir?: string;
  log?: (line: string) => void;
  onColumns?: (columns: GatewayColumn[]) => void;
  /** A returned promise holds the fetching until it settles (flow control). */
  onRows?: (rows: GatewayChange[]) => unknown;
}

export interface ExecuteResult {
  changes: number;
  columns: GatewayColumn[];
  /** the REST version used, e.g. `v4` */
  api?: string;
  /** the job of the query or INSERT, when the gateway named one */
  jobId?: string;
  /** the statement that ran last was an INSERT (its rows go to the sink, not back here) */
  insert?: boolean;
  stopped?: boolean;
  maxRowsReached?: number;
  error?: GatewayFailure;
}

const KINDS: Record<string, GatewayChange['kind']> = { INSERT: 0, UPDATE_BEFORE: 1, UPDATE_AFTER: 2, DELETE: 3 };

interface LogicalType {
  type: string; nullable?: boolean; length?: number; precision?: number; scale?: number;
  elementType?: LogicalType; keyType?: LogicalType; valueType?: LogicalType;
  fields?: { name: string; fieldType: LogicalType }[];
}

interface ResultPage {
  resultType: 'NOT_READY' | 'PAYLOAD' | 'EOS';
  isQueryResult?: boolean;
  jobID?: string;
  resultKind?: string;
  results?: { columns?: { name: string; logicalType: LogicalType }[]; data?: { kind: string; fields: unknown[] }[] };
  nextResultUri?: string;
}

/** Flink's serialized LogicalType (the gateway's `logicalType`) as the engine's SqlType. */
export function sqlTypeOf(l: LogicalType | undefined): SqlType {
  if (!l) return t('VARCHAR', true, { precision: MAX_LENGTH });
  const n = l.nullable !== false;
  const names: Record<string, TypeName> = {
    INTEGER: 'INT', TIMESTAMP_WITHOUT_TIME_ZONE: 'TIMESTAMP', TIMESTAMP_WITH_LOCAL_TIME_ZONE: 'TIMESTAMP_LTZ',
    TIME_WITHOUT_TIME_ZONE: 'TIME', INTERVAL_DAY_TIME: 'INTERVAL_DAY_TIME', INTERVAL_YEAR_MONTH: 'INTERVAL_YEAR_MONTH',
  };
  const name = (names[l.type] ?? l.type) as TypeName;
  switch (name) {
    case 'CHAR': case 'VARCHAR': case 'BINARY': case 'VARBINARY': return t(name, n, { precision: l.length ?? MAX_LENGTH });
    case 'DECIMAL': return t(name, n, { precision: l.precision ?? 10, scale: l.scale ?? 0 });
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': case 'TIME': return t(name, n, { precision: l.precision ?? (name === 'TIME' ? 0 : 6) });
    case 'ARRAY': case 'MULTISET': return t(name, n, { element: sqlTypeOf(l.elementType) });
    case 'MAP': return t(name, n, { key: sqlTypeOf(l.keyType), value: sqlTypeOf(l.valueType) });
    case 'ROW': return t(name, n, { fields: (l.fields ?? []).map((f) => ({ name: f.name, type: sqlTypeOf(f.fieldType) })) });
    default: return t(name, n);
  }
}

/**
 * A JSON field (rowFormat=JSON) as the engine's value: epoch millis for TIMESTAMP (the gateway
 * sends `2024-05-01T10:00:00`, seconds always), TIMESTAMP_LTZ (`...Z`), days for DATE, millis
 * of day for TIME, numbers for DECIMAL (the gateway drops trailing zeros: 4.50 arrives as 4.5;
 * the column's scale puts them back), Map for MAP, arrays for ROW (an object by field name),
 * bytes for BINARY (base64).
 */
export function valueOf(v: unknown, ty: SqlType): unknown {
  if (v === null || v === undefined) return null;
  switch (ty.name) {
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return typeof v === 'string' ? isoMillis(v) : v;
    case 'DATE': return typeof v === 'string' ? isoMillis(v) / 86_400_000 : v;
    case 'TIME': return typeof v === 'string' ? parseTime(v) : v;
    case 'DECIMAL': case 'DOUBLE': case 'FLOAT': return typeof v === 'string' ? Number(v) : v;
    case 'ARRAY': return Array.isArray(v) ? v.map((x) => valueOf(x, ty.element!)) : v;
    case 'MULTISET': return typeof v === 'object' ? Object.entries(v as Record<string, number>).map(([k, c]) => [keyOf(k, ty.element!), c]) : v;
    case 'MAP': return typeof v === 'object' ? new Map(Object.entries(v as Record<string, unknown>).map(([k, x]) => [keyOf(k, ty.key!), valueOf(x, ty.value!)])) : v;
    case 'ROW': {
      const fields = ty.fields ?? [];
      if (Array.isArray(v)) return v.map((x, i) => valueOf(x, fields[i]?.type ?? ty));
      return fields.map((f) => valueOf((v as Record<string, unknown>)[f.name], f.type));
    }
    case 'BINARY': case 'VARBINARY': return typeof v === 'string' ? new Uint8Array(Buffer.from(v, 'base64')) : v;
    default: return v;
  }
}

/**
 * `2024-05-01`, `2024-05-01T10:00:00.123`, `...Z` as epoch millis (UTC), years 0..99 included
 * (Date.UTC alone would read them as 1900..1999).
 */
function isoMillis(s: string): number {
  const m = /^([+-]?\d{4,})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?Z?$/.exec(s);
  if (!m) return NaN;
  const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(((m[7] ?? '') + '000').slice(0, 3))));
  d.setUTCFullYear(Number(m[1]));
  return d.getTime();
}

/** JSON object keys are strings: a MAP key back in its type. */
function keyOf(k: string, ty: SqlType): unknown {
  if (k === 'null') return null;
  if (['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL'].includes(ty.name)) return Number(k);
  if (ty.name === 'BOOLEAN') return k === 'true';
  return valueOf(k, ty);
}

/** A field as Flink's Row.toString() prints it, from a JSON value and its column type. */
export function renderField(v: unknown, ty?: SqlType): string {
  if (ty) return formatValue(valueOf(v, ty), ty);
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => renderField(x)).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}=${renderField(x)}`).join(', ')}}`;
  return String(v);
}

// ---- errors ---------------------------------------------------------------------------------

interface Cause { className: string; message: string }

/**
 * The exception chain of the gateway's error text (a 500's `errors` entries hold the server's
 * stack: `<Exception on server side: ... Caused by: ...>`): each header line with the message
 * lines under it, without the `\tat` frames.
 */
export function causesOf(text: string): Cause[] {
  const out: Cause[] = [];
  let cur: Cause | undefined;
  const HEAD = /^([a-z][\w$]*(?:\.[\w$]+)*\.[A-Z][\w$]*)(?:: ([\s\S]*))?$/;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (/^\s+at |^\s+\.\.\. \d+ more|^End of exception on server side>|^<Exception on server side:/.test(line)) { cur = undefined; continue; }
    const caused = line.startsWith('Caused by: ');
    const head = HEAD.exec(caused ? line.slice(11) : line);
    if (head && (caused || !cur)) {
      cur = { className: head[1]!, message: head[2] ?? '' };
      out.push(cur);
      continue;
    }
    if (cur) cur.message += '\n' + line;
  }
  for (const c of out) c.message = c.message.replace(/\s+$/, '');
  return out;
}

const FROM_TO = /From line (\d+), column (\d+) to line (\d+), column (\d+)/;
const AT = /\bline (\d+), column (\d+)/;

/**
 * Flink's rule for what the user sees (the SQL client's): the deepest cause that has a message.
 * When that message has no position but a cause above it says the same thing with one
 * (Calcite's `From line 1, column 18 to line 1, column 25: Column 'x' not found`), that one.
 * Positions are counted from the statement's start (line 1, column 1 = its first character).
 */
export function rootCause(text: string): GatewayFailure & { statementLocation?: { line: number; column: number; endLine?: number; endColumn?: number } } {
  const chain = causesOf(text);
  const withMsg = chain.filter((c) => c.message.trim() !== '');
  const root = withMsg.at(-1) ?? chain.at(-1);
  if (!root) return { className: 'SqlGatewayException', message: text.slice(0, 500) };
  let message = root.message;
  if (!FROM_TO.test(message) && !AT.test(message)) {
    const first = message.split('\n')[0]!;
    const ctx = [...withMsg].reverse().find((c) => c !== root && c.message.endsWith(`: ${first}`) && (FROM_TO.test(c.message) || AT.test(c.message)));
    if (ctx) message = ctx.message.slice((FROM_TO.exec(ctx.message) ?? AT.exec(ctx.message))!.index);
  }
  let statementLocation: { line: number; column: number; endLine?: number; endColumn?: number } | undefined;
  for (const c of [root, ...[...chain].reverse()]) {
    const ft = FROM_TO.exec(c.message);
    if (ft) { statementLocation = { line: +ft[1]!, column: +ft[2]!, endLine: +ft[3]!, endColumn: +ft[4]! + 1 }; break; }
    const at = AT.exec(c.message);
    if (at) { statementLocation = { line: +at[1]!, column: +at[2]! }; break; }
  }
  return statementLocation ? { className: root.className, message, statementLocation } : { className: root.className, message };
}

/**
 * A statement-relative position (1-based) as a position in the whole text (1-based); `sent`: the
 * statement was rewritten before it was sent (cluster-files.ts), and the position is in that.
 */
function toTextPosition(doc: LineIndex, stmtStart: number, line: number, column: number, sent?: RewrittenStatement): { line: number; column: number } {
  const stmt = sent ? sent.sql : doc.text.slice(stmtStart);
  const inStmt = new LineIndex(stmt).offsetAt({ line: line - 1, character: column - 1 });
  const p = doc.positionAt(stmtStart + (sent ? sent.toOriginal(inStmt) : inStmt));
  return { line: p.line + 1, column: p.character + 1 };
}

class HttpError extends Error {
  status: number;
  body: string;
  constructor(message: string, status: number, body: string) { super(message); this.status = status; this.body = body; }
}

// ---- the run --------------------------------------------------------------------------------

/** The statements a run sends: DDL/SET/... in order, and the one query or INSERT (`at`, else the last). */
export function statementsToRun(text: string, at?: { line: number; character: number }): StatementSpan[] {
  const spans = splitStatements(text);
  const runnable = (s: StatementSpan) => s.kind === 'query' || s.kind === 'insert' || s.kind === 'explain';
  let target: StatementSpan | undefined;
  if (at) {
    const off = new LineIndex(text).offsetAt(at);
    target = spans.find((s) => runnable(s) && off >= s.start && off <= s.end);
  }
  target ??= spans.filter(runnable).at(-1);
  const out: StatementSpan[] = [];
  for (const s of spans) {
    if (s === target) { out.push(s); break; }
    if (!runnable(s)) out.push(s);
  }
  return out;
}

export async function executeOnGateway(o: ExecuteOptions): Promise<ExecuteResult> {
  const base = o.gatewayUrl.replace(/\/+$/, '');
  const log = o.log ?? (() => {});
  const pollMs = o.pollMs ?? 100;
  const result: ExecuteResult = { changes: 0, columns: [] };
  let api = 'v4';
  let session: string | undefined;
  let operation: string | undefined;

  const call = async (method: string, path: string, body?: unknown, signal: AbortSignal | undefined = o.signal): Promise<Record<string, unknown>> => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (signal) init.signal = signal;
    const r = await fetch(`${base}${path}`, init);
    const text = await r.text();
    if (!r.ok) throw new HttpError(`${method} ${path}: HTTP ${r.status}`, r.status, text);
    return text ? parseJson(text) as Record<string, unknown> : {};
  };
  const sleep = (ms: number): Promise<void> => new Promise((res) => setTimeout(res, ms));
  const quiet = (): AbortSignal => AbortSignal.timeout(5000);
  const files = o.baseDir !== undefined ? clusterFiles(o.baseDir) : undefined;

  try {
    // Which REST versions the gateway serves; this is also the "is anyone there" probe.
    let versions: string[];
    try {
      const probe = o.signal ? AbortSignal.any([o.signal, AbortSignal.timeout(10_000)]) : AbortSignal.timeout(10_000);
      versions = ((await call('GET', '/api_versions', undefined, probe))['versions'] as string[] | undefined) ?? [];
    } catch (e) {
      if (o.signal?.aborted) throw e;
      return { ...result, error: unreachable(base, e) };
    }
    const usable = versions.map((v) => Number(/^V(\d+)$/i.exec(v)?.[1] ?? 0)).filter((n) => n >= 2).sort((a, b) => b - a);
    if (!usable.length) {
      return { ...result, error: { className: 'SqlGatewayUnreachable', unreachable: true, message: `the server at ${base} lists REST API versions [${versions.join(', ')}]; a Flink SQL Gateway with v2 or later (Flink 1.17+) is needed` } };
    }
    api = `v${usable[0]}`;
    result.api = api;
    session = (await call('POST', `/${api}/sessions`, { sessionName: 'flink-sql-studio', properties: o.properties ?? {} }))['sessionHandle'] as string;
    log(`session ${session} on ${base} (REST ${api})`);

    const doc = new LineIndex(o.text);
    for (const s of statementsToRun(o.text, o.at)) {
      const raw = o.text.slice(s.start, s.end).replace(/;\s*$/, '');
      const sent = files?.rewrite(raw);
      const sql = sent ? sent.sql : raw;
      for (const n of files?.notes.splice(0) ?? []) log(n);
      const isTarget = s.kind !== 'other';
      operation = (await call('POST', `/${api}/sessions/${session}/statements`, { statement: sql }))['operationHandle'] as string;
      let uri: string | undefined = `/${api}/sessions/${session}/operations/${operation}/result/0?rowFormat=JSON`;
      try {
        let waited = false;
        while (uri) {
          const page = (await call('GET', uri)) as unknown as ResultPage;
          if (page.jobID && !result.jobId && isTarget) { result.jobId = page.jobID; log(`job ${page.jobID}`); }
          if (page.resultType === 'NOT_READY') { await sleep(pollMs); uri = page.nextResultUri ?? uri; continue; }
          const cols = page.results?.columns;
          if (isTarget && page.isQueryResult && cols && result.columns.length === 0) {
            result.columns = cols.map((c) => ({ name: c.name, type: sqlTypeOf(c.logicalType) }));
            o.onColumns?.(result.columns);
          }
          if (isTarget && !page.isQueryResult && s.kind === 'insert') result.insert = true;
          const data = page.results?.data ?? [];
          if (isTarget && page.isQueryResult && data.length) {
            const types = result.columns.map((c) => c.type);
            let rows: GatewayChange[] = data.map((d) => ({ kind: KINDS[d.kind] ?? 0, fields: d.fields.map((f, i) => valueOf(f, types[i] ?? sqlTypeOf(undefined))) }));
            if (o.maxRows !== undefined && result.changes + rows.length >= o.maxRows) {
              rows = rows.slice(0, o.maxRows - result.changes);
              result.changes += rows.length;
              if (rows.length) await o.onRows?.(rows);
              result.maxRowsReached = o.maxRows;
              break;
            }
            result.changes += rows.length;
            await o.onRows?.(rows);
          }
          if (page.resultType === 'EOS' || !page.nextResultUri) break;
          uri = page.nextResultUri;
          // An empty page of a running query: the gateway answers at once, so wait a little.
          if (!data.length) { await sleep(waited ? pollMs : 10); waited = true; } else waited = false;
        }
      } catch (e) {
        if (e instanceof HttpError && !o.signal?.aborted) {
          const f = failureOf(e.body);
          if (f.statementLocation) f.location = locate(doc, s.start, f.statementLocation, sent);
          delete f.statementLocation;
          return { ...result, error: f };
        }
        throw e;
      } finally {
        await closeOperation();
      }
      if (result.maxRowsReached !== undefined) break;
    }
    return result;
  } catch (e) {
    if (o.signal?.aborted) return { ...result, stopped: true };
    if (e instanceof HttpError) {
      const f = failureOf(e.body);
      delete f.statementLocation;
      return { ...result, error: f };
    }
    if (isConnectionError(e)) return { ...result, error: unreachable(base, e) };
    return { ...result, error: { className: 'SqlGatewayException', message: e instanceof Error ? e.message : String(e) } };
  } finally {
    await closeOperation();
    if (session) {
      try { await call('DELETE', `/${api}/sessions/${session}`, undefined, quiet()); } catch { /* gone already */ }
    }
    // an INSERT's job reads its files after this run has ended
    if (files?.folder && result.insert) log(`the copies the job reads stay in ${files.folder}`);
    else files?.dispose();
  }

  // Stop, max rows or the end: cancel (Flink 2.3.0 answers 500 "from FINISHED to CANCELED" for
  // a query, whose operation finished when its job was submitted), then close; closing the
  // operation is what cancels the query's job on the cluster.
  async function closeOperation(): Promise<void> {
    if (!session || !operation) return;
    const op = operation;
    operation = undefined;
    try { await call('POST', `/${api}/sessions/${session}/operations/${op}/cancel`, undefined, quiet()); } catch { /* finished */ }
    try { await call('DELETE', `/${api}/sessions/${session}/operations/${op}/close`, undefined, quiet()); } catch { /* closed */ }
  }
}

function failureOf(body: string): ReturnType<typeof rootCause> {
  let text = body;
  try {
    const j = JSON.parse(body) as { errors?: unknown };
    if (Array.isArray(j.errors)) text = j.errors.map(String).join('\n');
  } catch { /* not JSON */ }
  return rootCause(text);
}

function locate(doc: LineIndex, stmtStart: number, p: { line: number; column: number; endLine?: number; endColumn?: number }, sent?: RewrittenStatement): GatewayFailure['location'] {
  const a = toTextPosition(doc, stmtStart, p.line, p.column, sent);
  if (p.endLine === undefined || p.endColumn === undefined) return a;
  const b = toTextPosition(doc, stmtStart, p.endLine, p.endColumn, sent);
  return { ...a, endLine: b.line, endColumn: b.column };
}

function isConnectionError(e: unknown): boolean {
  const code = (e as { cause?: { code?: string } }).cause?.code;
  return e instanceof TypeError || typeof code === 'string';
}

function unreachable(base: string, e: unknown): GatewayFailure {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const why = e instanceof HttpError ? `HTTP ${e.status} for GET /api_versions`
    : cause?.message ? (cause.code && !cause.message.includes(cause.code) ? `${cause.code} ${cause.message}` : cause.message)
    : (e as Error)?.name === 'TimeoutError' ? 'no answer within 10 s' : e instanceof Error ? e.message : String(e);
  return {
    className: 'SqlGatewayUnreachable', unreachable: true,
    message: `no Flink SQL Gateway answers at ${base}: ${why}. Start one (Flink's bin/sql-gateway.sh start, next to a running cluster) or point flinksql.gatewayUrl / --gateway at yours.`,
  };
}

/** JSON.parse that keeps integers beyond 2^53 exact (as their digits), where the runtime can. */
function parseJson(text: string): unknown {
  const reviver = (_k: string, v: unknown, ctx?: { source?: string }): unknown =>
    typeof v === 'number' && !Number.isSafeInteger(v) && Number.isInteger(v) && ctx?.source && /^-?\d+$/.test(ctx.source) ? ctx.source : v;
  return JSON.parse(text, reviver as (k: string, v: unknown) => unknown);
}

// ---- the panel ------------------------------------------------------------------------------

export interface GatewayRunOptions {
  gatewayUrl: string;
  text: string;
  documentUri: string;
  documentLabel: string;
  /** A promise returned for a `rows` message holds the fetching until it settles. */
  post: (m: ExtensionToWebview) => unknown;
  at?: { line: number; character: number };
  signal?: AbortSignal;
  maxRows?: number;
  log?: (line: string) => void;
  runId?: string;
  pollMs?: number;
  mode?: 'streaming' | 'batch';
  /** The document's folder, for its files (ExecuteOptions.baseDir). */
  baseDir?: string;
}

export interface GatewayRunResult { changes: number; error?: string; stopped?: boolean; failure?: GatewayFailure }

/** Runs on the gateway and posts runStarted, rows, progress, then done or error (client/webview/protocol.ts). */
export async function runOnGateway(o: GatewayRunOptions): Promise<GatewayRunResult> {
  const v = PROTOCOL_VERSION;
  const runId = o.runId ?? `cluster-${Date.now().toString(36)}`;
  const started = performance.now();
  const mode = o.mode ?? 'streaming';
  const document = { uri: o.documentUri, label: o.documentLabel };
  const sink = (columns: GatewayColumn[]) => ({ name: 'collect', connector: 'collect', semantics: 'retract' as const, columns: columns.map((c) => ({ name: c.name, type: typeToString(c.type) })) });
  o.post({ v, type: 'runStarted', runId, document, query: o.text, mode, sinks: [sink([])], sources: [] });
  let seq = 0;
  let types: SqlType[] = [];
  const r = await executeOnGateway({
    gatewayUrl: o.gatewayUrl, text: o.text, maxRows: o.maxRows, pollMs: o.pollMs, log: o.log,
    ...(o.baseDir !== undefined ? { baseDir: o.baseDir } : {}),
    ...(o.at ? { at: o.at } : {}), ...(o.signal ? { signal: o.signal } : {}),
    ...(o.mode ? { properties: { 'execution.runtime-mode': o.mode } } : {}),
    onColumns: (columns) => {
      types = columns.map((c) => c.type);
      o.post({ v, type: 'runStarted', runId, document, query: o.text, mode, sinks: [sink(columns)], sources: [] });
    },
    onRows: async (rows) => {
      const changes: Change[] = rows.map((x) => ({ seq: ++seq, kind: (['+I', '-U', '+U', '-D'] as const)[x.kind], fields: x.fields.map((f, i) => formatValue(f, types[i]!)) }));
      await o.post({ v, type: 'rows', runId, sink: 0, changes });
      o.post({ v, type: 'progress', runId, rowsRead: {}, emitted: seq, watermark: null, lateRowsDropped: 0 });
    },
  });
  if (r.insert && r.jobId) o.log?.(`INSERT submitted as job ${r.jobId}: its rows go to the sink on the cluster`);
  if (r.error) {
    const location: SourceLocation | undefined = r.error.location ? { uri: o.documentUri, ...r.error.location } : undefined;
    o.post({ v, type: 'error', runId, exceptionClass: r.error.className, message: r.error.message, ...(location ? { location } : {}) });
    return { changes: r.changes, error: r.error.unreachable ? r.error.message : `${r.error.className}: ${r.error.message}`, failure: r.error };
  }
  o.post({
    v, type: 'done', runId, totals: { changes: r.changes, rowsRead: 0 }, durationMs: performance.now() - started,
    ...(r.stopped ? { stopped: true } : {}), ...(r.maxRowsReached !== undefined ? { maxRowsReached: r.maxRowsReached } : {}),
  });
  return r.stopped ? { changes: r.changes, stopped: true } : { changes: r.changes };
}

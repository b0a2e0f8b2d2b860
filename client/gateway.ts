// "Run on Flink Cluster": the same statements through a Flink SQL Gateway's REST API (v1):
// open a session, execute each statement in order (DDL, SET, then the query), page through the
// query's changelog with rowFormat=JSON, and post it to the changelog panel in the same
// protocol as the embedded engine's runs. No `vscode` here (tested against a fake gateway).
import { splitStatements } from './statements.ts';
import { PROTOCOL_VERSION } from './webview/protocol.ts';
import type { Change, ChangeKind, ExtensionToWebview } from './webview/protocol.ts';

export interface GatewayRunOptions {
  gatewayUrl: string;
  text: string;
  documentUri: string;
  documentLabel: string;
  post: (m: ExtensionToWebview) => void;
  signal?: AbortSignal;
  maxRows?: number;
  log?: (line: string) => void;
  runId?: string;
  /** pause between polls of a result that is not ready yet */
  pollMs?: number;
}

export interface GatewayRunResult { changes: number; error?: string; stopped?: boolean }

const KINDS: Record<string, ChangeKind> = { INSERT: '+I', UPDATE_BEFORE: '-U', UPDATE_AFTER: '+U', DELETE: '-D' };

interface ResultPage {
  resultType: 'NOT_READY' | 'PAYLOAD' | 'EOS';
  isQueryResult?: boolean;
  results?: { columns?: { name: string; logicalType?: { type?: string } }[]; data?: { kind: string; fields: unknown[] }[] };
  nextResultUri?: string;
}

/** A field as Flink's Row.toString() prints it (arrays `[a, b]`, maps `{k=v}`, null). */
export function renderField(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(renderField).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}=${renderField(x)}`).join(', ')}}`;
  return String(v);
}

export async function runOnGateway(o: GatewayRunOptions): Promise<GatewayRunResult> {
  const base = o.gatewayUrl.replace(/\/+$/, '');
  const runId = o.runId ?? `cluster-${Date.now().toString(36)}`;
  const v = PROTOCOL_VERSION;
  const log = o.log ?? (() => {});
  const started = performance.now();
  let seq = 0;
  let session: string | undefined;

  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    if (o.signal) init.signal = o.signal;
    const r = await fetch(`${base}${path}`, init);
    const text = await r.text();
    const json = text ? JSON.parse(text) as Record<string, unknown> : {};
    if (!r.ok) {
      const errs = Array.isArray(json['errors']) ? (json['errors'] as string[]) : [text];
      // The gateway's first entry is generic; the cause (Flink's exception) is in the stack text.
      const cause = errs.map((e) => /Caused by: ([^\n]+)/g.exec(e)?.[1]).filter(Boolean).pop();
      throw new Error(cause ?? errs[0] ?? `HTTP ${r.status}`);
    }
    return json;
  };
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  o.post({ v, type: 'runStarted', runId, document: { uri: o.documentUri, label: o.documentLabel }, query: o.text, mode: 'streaming',
    sinks: [{ name: 'collect', connector: 'collect', semantics: 'retract', columns: [] }], sources: [] });
  try {
    session = ((await call('POST', '/v1/sessions', { sessionName: 'flink-sql-studio' })) as { sessionHandle: string }).sessionHandle;
    log(`session ${session}`);
    const statements = splitStatements(o.text);
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i]!;
      const sql = o.text.slice(s.start, s.end).replace(/;\s*$/, '');
      const op = ((await call('POST', `/v1/sessions/${session}/statements`, { statement: sql })) as { operationHandle: string }).operationHandle;
      let next: string | undefined = `/v1/sessions/${session}/operations/${op}/result/0?rowFormat=JSON`;
      let columnsPosted = false;
      while (next) {
        const page = (await call('GET', next)) as ResultPage;
        if (page.resultType === 'NOT_READY') { await sleep(o.pollMs ?? 200); next = page.nextResultUri ?? next; continue; }
        const data = page.results?.data ?? [];
        const isQuery = page.isQueryResult === true;
        if (isQuery && !columnsPosted && page.results?.columns) {
          columnsPosted = true;
          const columns = page.results.columns.map((c) => ({ name: c.name, type: c.logicalType?.type ?? '' }));
          o.post({ v, type: 'runStarted', runId, document: { uri: o.documentUri, label: o.documentLabel }, query: o.text, mode: 'streaming',
            sinks: [{ name: 'collect', connector: 'collect', semantics: 'retract', columns }], sources: [] });
        }
        if (isQuery && data.length) {
          let changes: Change[] = data.map((d) => ({ seq: ++seq, kind: KINDS[d.kind] ?? '+I', fields: d.fields.map(renderField) }));
          if (o.maxRows !== undefined && seq > o.maxRows) { changes = changes.slice(0, Math.max(0, changes.length - (seq - o.maxRows))); seq = o.maxRows; }
          if (changes.length) o.post({ v, type: 'rows', runId, sink: 0, changes });
          if (o.maxRows !== undefined && seq >= o.maxRows) { next = undefined; break; }
        }
        if (page.resultType === 'EOS') break;
        next = page.nextResultUri;
      }
    }
    o.post({ v, type: 'done', runId, totals: { changes: seq, rowsRead: 0 }, durationMs: performance.now() - started });
    return { changes: seq };
  } catch (e) {
    if (o.signal?.aborted) {
      o.post({ v, type: 'done', runId, totals: { changes: seq, rowsRead: 0 }, durationMs: performance.now() - started, stopped: true });
      return { changes: seq, stopped: true };
    }
    const message = e instanceof Error ? e.message : String(e);
    const m = /^([\w.$]+(?:Exception|Error)): ([\s\S]*)$/.exec(message);
    const what = (e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED'
      ? `no Flink SQL Gateway answers at ${base} (set flinksql.gatewayUrl)` : message;
    o.post({ v, type: 'error', runId, exceptionClass: m?.[1] ?? 'SqlGatewayException', message: m?.[2] ?? what });
    return { changes: seq, error: what };
  } finally {
    if (session) {
      try { await fetch(`${base}/v1/sessions/${session}`, { method: 'DELETE' }); } catch { /* gone */ }
    }
  }
}

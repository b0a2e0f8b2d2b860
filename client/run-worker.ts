// The engine's thread (bundled to dist/run-worker.js): runs one query at a time off the
// extension host's thread, posting the panel's protocol messages as they come. A `stop` aborts
// the run through the engine's AbortSignal; the host also terminates this thread if the abort
// is not honoured within 100 ms. Pages wait for the host's `ack` (run-protocol.ts: flow control).
import { parentPort } from 'node:worker_threads';
import { analyze, explainTree } from '../engine/index.ts';
import { operators, runIntoPanel, sinkInfo } from './panel-feed.ts';
import { PROTOCOL_VERSION } from './webview/protocol.ts';
import type { ExtensionToWebview } from './webview/protocol.ts';
import type { FromWorker, RunRequest, ToWorker } from './run-protocol.ts';
import { MAX_PAGES_IN_FLIGHT } from './run-protocol.ts';

const port = parentPort;
if (!port) throw new Error('run-worker.ts runs in a worker thread');
const controllers = new Map<string, AbortController>();
/** per run: `rows` pages posted and not yet acknowledged, and the run's wake-up when it waits */
const flows = new Map<string, { inFlight: number; wake: (() => void) | undefined }>();
const send = (m: FromWorker): void => port.postMessage(m);

const wake = (runId: string): void => {
  const f = flows.get(runId);
  if (f?.wake) { const w = f.wake; f.wake = undefined; w(); }
};

port.on('message', (m: ToWorker) => {
  if (m.type === 'stop') { controllers.get(m.runId)?.abort(); wake(m.runId); return; }
  if (m.type === 'ack') {
    const f = flows.get(m.runId);
    if (f) { f.inFlight--; if (f.inFlight < MAX_PAGES_IN_FLIGHT) wake(m.runId); }
    return;
  }
  void (m.type === 'explain' ? explainOnly(m) : runOne(m));
});

async function runOne(r: RunRequest): Promise<void> {
  const ac = new AbortController();
  controllers.set(r.runId, ac);
  const flow = { inFlight: 0, wake: undefined as (() => void) | undefined };
  flows.set(r.runId, flow);
  let maxRowsReached = false;
  const post = (message: ExtensionToWebview): void | Promise<void> => {
    if (message.type === 'done' && message.maxRowsReached !== undefined) maxRowsReached = true;
    send({ type: 'panel', message });
    if (message.type !== 'rows' || ++flow.inFlight < MAX_PAGES_IN_FLIGHT || ac.signal.aborted) return;
    return new Promise<void>((res) => { flow.wake = res; });
  };
  try {
    const opts: Parameters<typeof runIntoPanel>[0] = {
      text: r.text, documentUri: r.documentUri, documentLabel: r.documentLabel, baseDir: r.baseDir,
      post, runId: r.runId, signal: ac.signal, maxRows: r.maxRows,
    };
    if (r.mode) opts.mode = r.mode;
    if (r.at) opts.at = r.at;
    await runIntoPanel(opts);
    send({ type: 'end', runId: r.runId, ...(maxRowsReached ? { maxRowsReached } : {}) });
  } catch (e) {
    send({ type: 'crash', runId: r.runId, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  } finally {
    controllers.delete(r.runId);
    flows.delete(r.runId);
  }
}

async function explainOnly(r: RunRequest): Promise<void> {
  const v = PROTOCOL_VERSION;
  try {
    const opts: Parameters<typeof analyze>[1] = {};
    if (r.mode) opts.mode = r.mode;
    if (r.at) opts.at = r.at;
    const started = performance.now();
    const a = analyze(r.text, opts);
    send({ type: 'panel', message: {
      v, type: 'runStarted', runId: r.runId, document: { uri: r.documentUri, label: r.documentLabel },
      query: r.text, mode: a.mode, sinks: a.plan ? [sinkInfo(a)] : [], sources: [], tab: 'explain',
    } });
    const err = a.errors[0];
    if (err) {
      const location = err.range ? {
        uri: r.documentUri, line: err.range.start.line + 1, column: err.range.start.character + 1,
        endLine: err.range.end.line + 1, endColumn: err.range.end.character + 1,
      } : undefined;
      send({ type: 'panel', message: { v, type: 'error', runId: r.runId, exceptionClass: err.className, message: err.message, ...(location ? { location } : {}) } });
      send({ type: 'end', runId: r.runId });
      return;
    }
    const text = a.plan ? explainTree(a.plan) : '';
    if (a.plan) send({ type: 'panel', message: { v, type: 'explain', runId: r.runId, operators: operators(a.plan), text } });
    send({ type: 'panel', message: { v, type: 'done', runId: r.runId, totals: { changes: 0, rowsRead: 0 }, durationMs: performance.now() - started } });
    send({ type: 'end', runId: r.runId, explainText: text });
  } catch (e) {
    send({ type: 'crash', runId: r.runId, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
}

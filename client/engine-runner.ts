// Runs queries on the embedded engine in a worker thread, so the extension host never blocks.
// No `vscode` here: the extension passes the worker's file (dist/run-worker.js), the unit tests
// pass client/run-worker.ts (Node strips its types).
//
// Stop: the run's AbortSignal fires in the worker; if the worker has not reported the end
// within `stopGraceMs` (100 ms), the thread is terminated and a fresh one serves the next run.
// Flow control: each `rows` page is acknowledged to the worker once `onMessage` has delivered it.
import { Worker } from 'node:worker_threads';
import { PROTOCOL_VERSION } from './webview/protocol.ts';
import type { ExtensionToWebview } from './webview/protocol.ts';
import type { FromWorker, RunRequest, RunSummary, ToWorker } from './run-protocol.ts';
import { foldMessage, newSummary } from './run-protocol.ts';
import { isThenable } from '../engine/index.ts';

export interface RunHandle {
  runId: string;
  summary: RunSummary;
  /** settles when the run ended (done, failed or stopped), never rejects */
  finished: Promise<RunSummary>;
  stop(): Promise<void>;
}

/**
 * Takes a run's panel messages. For a `rows` page it may return a promise that settles once the
 * page is delivered (the panel's postMessage): the worker is acknowledged then, which paces it.
 */
export type PanelSink = (m: ExtensionToWebview) => unknown;

export interface EngineRunnerOptions {
  workerFile: string | URL;
  stopGraceMs?: number;
}

let counter = 0;

export class EngineRunner {
  private worker: Worker | undefined;
  private readonly runs = new Map<string, { summary: RunSummary; onMessage: PanelSink; resolve: (s: RunSummary) => void; ended: boolean; maxRowsReached?: boolean; worker: Worker; workerEnded?: () => void }>();
  private readonly workerFile: string | URL;
  private readonly stopGraceMs: number;

  constructor(o: EngineRunnerOptions) {
    this.workerFile = o.workerFile;
    this.stopGraceMs = o.stopGraceMs ?? 100;
  }

  static newRunId(): string {
    return `run-${Date.now().toString(36)}-${++counter}`;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.workerFile);
    w.on('message', (m: FromWorker) => this.onWorkerMessage(m));
    w.on('error', (e) => this.failAll(w, `the engine's thread failed: ${e.message}`));
    w.on('exit', () => {
      if (this.worker === w) this.worker = undefined;
      this.failAll(w, 'the engine\'s thread exited');
    });
    // An idle worker must not keep a test process (or the extension host) alive.
    w.unref();
    this.worker = w;
    return w;
  }

  /** Starts a run; `onMessage` gets every panel message of this run, in order. */
  start(req: Omit<RunRequest, 'runId'> & { runId?: string }, onMessage: PanelSink): RunHandle {
    const runId = req.runId ?? EngineRunner.newRunId();
    const summary = newSummary(runId);
    let resolve!: (s: RunSummary) => void;
    const finished = new Promise<RunSummary>((r) => { resolve = r; });
    const w = this.ensureWorker();
    this.runs.set(runId, { summary, onMessage, resolve, ended: false, worker: w });
    w.ref();
    w.postMessage({ ...req, runId } satisfies RunRequest);
    return { runId, summary, finished, stop: () => this.stop(runId) };
  }

  /**
   * Stops a run: it ends at once for its listeners (a last `done` with `stopped`, nothing after),
   * the engine gets the abort, and its thread is set aside: reused if the engine reports the end
   * within `stopGraceMs`, terminated otherwise (a step that does not look at its signal).
   */
  async stop(runId: string): Promise<void> {
    const r = this.runs.get(runId);
    if (!r || r.ended) return;
    const w = r.worker;
    const workerEnded = new Promise<boolean>((res) => { r.workerEnded = () => res(true); });
    w.postMessage({ type: 'stop', runId });
    if (this.worker === w) this.worker = undefined; // the next run gets a thread that is free
    this.endRun(runId, 'stopped');
    const ended = await Promise.race([workerEnded, new Promise<boolean>((res) => setTimeout(() => res(false), this.stopGraceMs))]);
    if (ended && !this.worker && !this.busyOn(w)) { this.worker = w; if (!this.busy) w.unref(); return; }
    if (this.worker !== w) await w.terminate();
  }

  private busyOn(w: Worker): boolean {
    for (const r of this.runs.values()) if (!r.ended && r.worker === w) return true;
    return false;
  }

  get busy(): boolean {
    for (const r of this.runs.values()) if (!r.ended) return true;
    return false;
  }

  private onWorkerMessage(m: FromWorker): void {
    if (m.type === 'panel') {
      const r = this.runs.get(m.message.runId);
      if (!r || r.ended) return;
      foldMessage(r.summary, m.message);
      const delivered = r.onMessage(m.message);
      if (m.message.type === 'rows') {
        const ack = (): void => { if (!r.ended) r.worker.postMessage({ type: 'ack', runId: m.message.runId } satisfies ToWorker); };
        if (isThenable(delivered)) delivered.then(ack, ack);
        else ack();
      }
    } else if (m.type === 'end') {
      const r = this.runs.get(m.runId);
      r?.workerEnded?.();
      if (r && m.explainText !== undefined) r.summary.explain = m.explainText;
      if (r && m.maxRowsReached) r.maxRowsReached = true;
      this.endRun(m.runId);
    } else if (m.type === 'crash') {
      const r = this.runs.get(m.runId);
      if (r && !r.ended) {
        const msg: ExtensionToWebview = { v: PROTOCOL_VERSION, type: 'error', runId: m.runId, exceptionClass: 'java.lang.RuntimeException', message: m.message.split('\n')[0] ?? m.message };
        foldMessage(r.summary, msg);
        r.onMessage(msg);
      }
      this.endRun(m.runId, 'failed');
    }
  }

  /** Whether a run ended because it reached its maxRows. */
  reachedMaxRows(runId: string): boolean {
    return this.runs.get(runId)?.maxRowsReached === true;
  }

  private endRun(runId: string, state?: RunSummary['state']): void {
    const r = this.runs.get(runId);
    if (!r || r.ended) return;
    r.ended = true;
    if (state && r.summary.state === 'running') {
      r.summary.state = state;
      if (state === 'stopped') {
        // The panel learns that the run ended, as it would from the engine.
        const done: ExtensionToWebview = { v: PROTOCOL_VERSION, type: 'done', runId, totals: { changes: r.summary.changes, rowsRead: r.summary.rowsRead }, durationMs: 0, stopped: true };
        r.onMessage(done);
      }
    }
    if (r.summary.state === 'running') r.summary.state = 'done';
    r.resolve(r.summary);
    if (!this.busyOn(r.worker)) r.worker.unref();
    // Keep finished runs' summaries only briefly: the extension keeps its own.
    setTimeout(() => this.runs.delete(runId), 60_000).unref();
  }

  private failAll(w: Worker, message: string): void {
    for (const [id, r] of this.runs) {
      if (r.ended || r.worker !== w) continue;
      const msg: ExtensionToWebview = { v: PROTOCOL_VERSION, type: 'error', runId: id, exceptionClass: 'java.lang.RuntimeException', message };
      foldMessage(r.summary, msg);
      r.onMessage(msg);
      this.endRun(id, 'failed');
    }
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    const workers = new Set([...this.runs.values()].map((r) => r.worker));
    if (w) workers.add(w);
    for (const id of this.runs.keys()) this.endRun(id, 'stopped');
    for (const x of workers) void x.terminate();
  }
}

// Messages between the extension host and the engine's worker thread, and the run summary the
// status bar, the output channel and the tests read. No `vscode` here (unit-tested).
import type { ExtensionToWebview } from './webview/protocol.ts';

export interface RunRequest {
  type: 'run' | 'explain';
  runId: string;
  text: string;
  documentUri: string;
  documentLabel: string;
  baseDir: string;
  mode?: 'streaming' | 'batch';
  at?: { line: number; character: number };
  /** stop after this many changes (flinksql.run.maxRows) */
  maxRows: number;
}

/**
 * Flow control: the worker keeps at most `MAX_PAGES_IN_FLIGHT` `rows` pages of a run unacknowledged;
 * the host sends `ack` once a page has reached the panel. Without it a fast run floods the
 * extension host (and, in a remote window, the connection to the browser) with pages.
 */
export const MAX_PAGES_IN_FLIGHT = 4;

export type ToWorker = RunRequest | { type: 'stop'; runId: string } | { type: 'ack'; runId: string };

export type FromWorker =
  /** a message for the changelog panel, as client/panel-feed.ts produces it */
  | { type: 'panel'; message: ExtensionToWebview }
  /** the run ended (after its `done` or `error` panel message) */
  | { type: 'end'; runId: string; explainText?: string; maxRowsReached?: boolean }
  /** the worker itself failed (a bug, not a query error) */
  | { type: 'crash'; runId: string; message: string };

export type RunState = 'running' | 'done' | 'failed' | 'stopped';

/** What a run did, folded from its panel messages. */
export interface RunSummary {
  runId: string;
  state: RunState;
  changes: number;
  rowsRead: number;
  /** the first changes as Flink's Row.toString() lines (`+I[Show A, [Kim]]`), at most `keep` */
  lines: string[];
  error?: { exceptionClass: string; message: string; line?: number; column?: number };
  durationMs?: number;
  explain?: string;
}

export function newSummary(runId: string): RunSummary {
  return { runId, state: 'running', changes: 0, rowsRead: 0, lines: [] };
}

/** Folds one panel message into the summary (messages of other runs are ignored). */
export function foldMessage(s: RunSummary, m: ExtensionToWebview, keep = 1000): RunSummary {
  if (m.runId !== s.runId) return s;
  switch (m.type) {
    case 'rows':
      s.changes += m.changes.length;
      for (const c of m.changes) { if (s.lines.length < keep) s.lines.push(`${c.kind}[${c.fields.join(', ')}]`); }
      break;
    case 'progress':
      s.rowsRead = Object.values(m.rowsRead).reduce((a, b) => a + b, 0);
      break;
    case 'explain':
      if (m.text !== undefined) s.explain = m.text;
      break;
    case 'done':
      s.state = m.stopped ? 'stopped' : 'done';
      s.rowsRead = m.totals.rowsRead;
      s.durationMs = m.durationMs;
      break;
    case 'error': {
      s.state = 'failed';
      const e: NonNullable<RunSummary['error']> = { exceptionClass: m.exceptionClass, message: m.message };
      if (m.location) { e.line = m.location.line; e.column = m.location.column; }
      s.error = e;
      break;
    }
    default:
      break;
  }
  return s;
}

/** The status bar's text while a run goes on and after it. */
export function statusText(s: RunSummary): string {
  const n = s.changes.toLocaleString('en-US');
  switch (s.state) {
    case 'running': return `$(sync~spin) Flink SQL: running, ${n} changes`;
    case 'stopped': return `$(debug-stop) Flink SQL: stopped, ${n} changes`;
    case 'failed': return `$(error) Flink SQL: failed`;
    default: return `$(check) Flink SQL: ${n} changes`;
  }
}

/** One line for the output channel when a run ends. */
export function endLine(s: RunSummary, label: string): string {
  const ms = s.durationMs !== undefined ? ` in ${Math.round(s.durationMs)} ms` : '';
  if (s.state === 'failed' && s.error) {
    const at = s.error.line !== undefined ? ` (${label}:${s.error.line}:${s.error.column ?? 1})` : '';
    return `ERROR ${s.error.exceptionClass}: ${s.error.message}${at}`;
  }
  const what = s.state === 'stopped' ? 'stopped after' : 'done:';
  return `${label}: ${what} ${s.changes} changes from ${s.rowsRead} source rows${ms}`;
}

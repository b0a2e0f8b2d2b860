// Runs a query on the embedded engine and turns what it reports into the panel's protocol
// messages (webview/protocol.ts). No `vscode` here: the extension calls it (in its worker or
// host) with `post` = ChangelogPanel.post, and the Chromium test calls it with a recorder, so
// the panel is tested on exactly the messages a user's run produces.
//
//   const panel = ChangelogPanel.show(context, doc.uri);
//   await runIntoPanel({ text: doc.getText(), documentUri: doc.uri.toString(), documentLabel: 'query.sql',
//                        baseDir: dirname(doc.uri.fsPath), post: (m) => panel.post(m), signal });
import { readFileSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { run, formatRow, INSERT, KIND_SHORT, explainTree } from '../engine/index.ts';
import { explainNodes, type ExplainNode } from '../engine/plan/nodes.ts';
import type { Analysis, Change as EngineChange, EngineError, PlanNode, Progress, RunOptions, RunResult, Field } from '../engine/index.ts';
import { typeToString } from '../engine/types/types.ts';
import { localDateTime } from '../engine/types/values.ts';
import { PROTOCOL_VERSION } from './webview/protocol.ts';
import type {
  Change, ChangelogModeLetter, ExtensionToWebview, OperatorInfo, SinkInfo, SourceInfo, SourceLocation, SourceRowRef,
} from './webview/protocol.ts';

const v = PROTOCOL_VERSION;

export interface FeedOptions {
  /** The whole document: DDL and the statement(s). */
  text: string;
  documentUri: string;
  documentLabel: string;
  /** Folder that 'path' options are relative to (the .sql file's folder). */
  baseDir: string;
  /** A promise returned for a `rows` message holds the run until it settles (flow control). */
  post: (m: ExtensionToWebview) => unknown;
  runId?: string;
  mode?: 'streaming' | 'batch';
  /** 0-based position: run the statement under the cursor. */
  at?: { line: number; character: number };
  signal?: AbortSignal;
  /** Stop after this many changes; done then says maxRowsReached. */
  maxRows?: number;
  /** Changes per `rows` message (default 5,000). */
  pageSize?: number;
  /** Source files above this size are not read again for the "source row" texts (default 64 MB). */
  maxSourceTextBytes?: number;
}

let runCounter = 0;

/** Runs the statement and posts runStarted, explain, rows, progress, then done or error. */
export async function runIntoPanel(o: FeedOptions): Promise<RunResult> {
  const runId = o.runId ?? `run-${Date.now().toString(36)}-${++runCounter}`;
  const started = performance.now();
  let seq = 0;
  let startedPosted = false;
  let sourceFiles = new Map<string, string>();
  const lineTexts = new Map<string, string[] | null>();
  const maxBytes = o.maxSourceTextBytes ?? 64 * 1024 * 1024;
  let columns: Field[] = [];

  const textOf = (file: string, line: number): string | undefined => {
    let lines = lineTexts.get(file);
    if (lines === undefined) {
      lines = null;
      try {
        const abs = resolvePath(o.baseDir, file);
        if (statSync(abs).size <= maxBytes) lines = readFileSync(abs, 'utf8').split(/\r?\n/);
      } catch { /* unreadable: no texts */ }
      lineTexts.set(file, lines);
    }
    return lines?.[line - 1];
  };

  const postStart = (a: Analysis | undefined): void => {
    if (startedPosted) return;
    startedPosted = true;
    const sinks: SinkInfo[] = a ? [sinkInfo(a)] : [];
    const sources: SourceInfo[] = a ? sourceInfos(a) : [];
    sourceFiles = new Map(sources.map((s) => [s.table, s.file]));
    columns = a?.columns ?? [];
    o.post({
      v, type: 'runStarted', runId, document: { uri: o.documentUri, label: o.documentLabel },
      query: o.text, mode: a?.mode ?? o.mode ?? 'streaming', sinks, sources,
    });
    if (a?.plan) o.post({ v, type: 'explain', runId, operators: operators(a.plan), text: explainTree(a.plan) });
  };

  const toChange = (c: EngineChange): Change => {
    const fields = c.fields.map((x, i) => formatRow({ kind: INSERT, f: [x] }, [columns[i]!.type]).slice(3, -1));
    const out: Change = { seq: ++seq, kind: KIND_SHORT[c.kind], fields };
    if (c.cause) {
      const file = sourceFiles.get(c.cause.source) ?? '';
      const src: SourceRowRef = { table: c.cause.source, file, line: c.cause.line };
      const t = c.cause.line > 0 && file ? textOf(file, c.cause.line) : undefined;
      if (t !== undefined) src.text = t;
      out.source = src;
    }
    return out;
  };

  const progress = (p: Progress): void => {
    o.post({
      // p.changes, not the changes posted so far: the engine reports progress before it flushes
      // the page that holds the latest changes.
      v, type: 'progress', runId, rowsRead: { ...p.rowsRead }, emitted: Math.max(seq, p.changes),
      watermark: p.watermark === null || !Number.isFinite(p.watermark) ? (p.watermark === Infinity ? '+∞ (end of input)' : null) : localDateTime(p.watermark),
      lateRowsDropped: p.lateDropped,
    });
  };

  const opts: RunOptions = {
    baseDir: o.baseDir,
    pageSize: o.pageSize ?? 5000,
    onStart: (a) => postStart(a),
    onPage: (changes) => {
      postStart(undefined);
      return o.post({ v, type: 'rows', runId, sink: 0, changes: changes.map(toChange) });
    },
    onProgress: progress,
  };
  if (o.mode) opts.mode = o.mode;
  if (o.at) opts.at = o.at;
  if (o.signal) opts.signal = o.signal;
  if (o.maxRows !== undefined) opts.maxRows = o.maxRows;
  const result = await run(o.text, opts);
  postStart(result.analysis);
  if (result.error) {
    o.post({ v, type: 'error', runId, exceptionClass: result.error.className, message: result.error.message, ...locationOf(result.error, o.documentUri) });
  } else {
    const rowsRead = Object.values(result.progress.rowsRead).reduce((a, b) => a + b, 0);
    o.post({
      v, type: 'done', runId, totals: { changes: seq, rowsRead }, durationMs: performance.now() - started,
      ...(result.truncated && o.signal?.aborted ? { stopped: true } : {}),
      ...(result.truncated && !o.signal?.aborted && o.maxRows !== undefined && seq >= o.maxRows ? { maxRowsReached: o.maxRows } : {}),
    });
  }
  return result;
}

function locationOf(e: EngineError, uri: string): { location?: SourceLocation } {
  if (!e.range) return {};
  return {
    location: {
      uri, line: e.range.start.line + 1, column: e.range.start.character + 1,
      endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1,
    },
  };
}

/** The sink as the panel describes it: its connector and how it materializes changes. */
export function sinkInfo(a: Analysis): SinkInfo {
  const cols = a.columns.map((c) => ({ name: c.name, type: typeToString(c.type) }));
  const t = a.sinkTable;
  const connector = t?.options['connector'] ?? 'collect';
  const semantics: SinkInfo['semantics'] = a.sink === 'upsert' ? 'upsert' : a.sink === 'append' ? 'append' : 'retract';
  let keyColumns = t?.primaryKey ?? [];
  // A plain Kafka sink keys its messages by 'key.fields' (semicolon separated), if given.
  if (!keyColumns.length && t?.options['key.fields']) keyColumns = t.options['key.fields'].split(';').map((x) => x.trim()).filter(Boolean);
  if (!keyColumns.length && a.plan) {
    // No primary key: the changes are about the query's upsert key (e.g. the GROUP BY columns).
    const producer = a.plan.kind === 'Sink' ? a.plan.inputs[0] : a.plan;
    const k = producer?.upsertKeys[0];
    if (k && producer) keyColumns = k.map((i) => producer.fields[i]?.name ?? '').filter((n) => cols.some((c) => c.name === n));
  }
  const info: SinkInfo = { name: t?.name ?? 'collect', connector, semantics, columns: cols, keyColumns };
  if (t?.options['topic']) info.topic = t.options['topic'];
  return info;
}

function sourceInfos(a: Analysis): SourceInfo[] {
  const out: { order: number; info: SourceInfo }[] = [];
  for (const obj of a.catalog.objects.values()) {
    if (obj.kind !== 'table' || obj === a.sinkTable) continue;
    const c = obj.options['connector'];
    if (c !== 'filesystem' && c !== 'datagen') continue;
    out.push({ order: obj.order, info: { table: obj.name, file: obj.options['path'] ?? `(${c})` } });
  }
  return out.sort((x, y) => x.order - y.order).map((x) => x.info);
}

/**
 * The plan as the Explain tab lists it, ids in pre-order, inputs by id: the graph `flinksql
 * explain` prints (explainNodes: Flink's node names, the mini-batch assigners and two-phase
 * aggregates the engine runs, no Calc that changes nothing), so the tab and the text agree.
 */
export function operators(root: PlanNode): OperatorInfo[] {
  const out: OperatorInfo[] = [];
  let next = 0;
  const walk = (n: ExplainNode): number => {
    const id = next++;
    const info: OperatorInfo = {
      id, name: n.kind, changelogMode: n.kind === 'Sink' ? [] : modeLetters(n.mode), inputs: [],
    };
    if (n.attrs) info.detail = n.attrs;
    if (n.upsertKeys.length && n.node.kinds.update) info.upsertKeys = n.upsertKeys;
    out.push(info);
    info.inputs = n.inputs.map(walk);
    return id;
  };
  walk(explainNodes(root));
  return out;
}

function modeLetters(s: string): ChangelogModeLetter[] {
  return s.replace(/^\[|\]$/g, '').split(',').filter((x): x is ChangelogModeLetter => ['I', 'UB', 'UA', 'D'].includes(x));
}

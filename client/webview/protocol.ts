// The message protocol between the extension (client/panel.ts) and the changelog panel's UI
// (client/webview/main.ts). Types only, shared by both sides, no runtime dependency on either:
// the webview bundle and the extension bundle each import it.
//
// Every message carries `v: PROTOCOL_VERSION`; a side that receives a version it does not know
// ignores the message (the webview shows a notice). Bump the version on any incompatible change.
//
// A run, as the extension posts it:
//   runStarted -> explain? -> (rows | progress)* -> done | error
// `runId` ties messages to a run: the webview drops messages of a run it is not showing, so a
// new run (or Stop followed by Run) can never mix with the pages of the previous one.
// Lines and columns are 1-based, as Flink prints them ("line 3, column 8"); the extension
// converts to VS Code's 0-based positions when it reveals them.

export const PROTOCOL_VERSION = 1;

/** Flink's RowKind in its short string form, as Row.toString() prints it. */
export type ChangeKind = '+I' | '-U' | '+U' | '-D';

/** Flink's ChangelogMode letters, as `explain` prints them: changelogMode=[I,UB,UA,D]. */
export type ChangelogModeLetter = 'I' | 'UB' | 'UA' | 'D';

export interface ColumnInfo {
  name: string;
  /** Flink's type text, e.g. `STRING`, `BIGINT NOT NULL`, `ARRAY<STRING>`, `TIMESTAMP(3) *ROWTIME*`. */
  type: string;
}

/** How a sink materializes the changelog it receives (GUIDE §3, cases/README convention 4). */
export type SinkSemantics =
  /** SQL client view / TableResult.collect(): the retract stream, -U right before +U. */
  | 'retract'
  /** upsert-kafka and other keyed sinks: +I, +U, -D by primary key, no -U. */
  | 'upsert'
  /** kafka, filesystem, ...: inserts only. */
  | 'append';

export interface SinkInfo {
  /** The sink table's name, or `collect` for a bare SELECT. */
  name: string;
  /** The `'connector'` option (`kafka`, `upsert-kafka`, `filesystem`, `print`, ...) or `collect`. */
  connector: string;
  semantics: SinkSemantics;
  /** Columns of the rows this sink receives. */
  columns: ColumnInfo[];
  /**
   * Column names that identify what a change is about: the sink's PRIMARY KEY, otherwise the
   * query's upsert key (e.g. the GROUP BY columns). Empty or absent: the whole row.
   */
  keyColumns?: string[];
  /** For Kafka connectors: the topic name, shown in the Sink tab. */
  topic?: string;
}

export interface SourceInfo {
  /** The source table's name. */
  table: string;
  /** The file it reads, as the `'path'` option names it (relative to the .sql file). */
  file: string;
}

/** The source row whose arrival caused a change. */
export interface SourceRowRef {
  table: string;
  file: string;
  /** 1-based line number in `file` (the CSV header is line 1). */
  line: number;
  /** The raw text of that line, shown as text. */
  text?: string;
}

export interface Change {
  /** 1-based sequence number over the whole run, contiguous across pages and sinks. */
  seq: number;
  kind: ChangeKind;
  /** Field values, each rendered as Flink's Row.toString() renders it (`null`, `[Kim, Lee]`, `2024-05-01T10:00`). */
  fields: string[];
  source?: SourceRowRef;
}

export interface SourceLocation {
  /** The document's URI string (as vscode.Uri.toString() gives it). */
  uri: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface OperatorInfo {
  id: number;
  /** Flink's operator name: `TableSourceScan`, `Join`, `GroupAggregate`, `Sink`, ... */
  name: string;
  /** The rest of explain's line for it, e.g. `groupBy=[program_name], select=[...]`. */
  detail?: string;
  changelogMode: ChangelogModeLetter[];
  /** Upsert keys by column name, e.g. [["program_name"]]. */
  upsertKeys?: string[][];
  /** ids of the operators feeding it. */
  inputs: number[];
}

export interface LateRow {
  source: SourceRowRef;
  /** The watermark the row was behind, rendered like a TIMESTAMP. */
  watermark: string;
}

// ---- extension -> webview ---------------------------------------------------------------

export interface RunStartedMessage {
  v: number;
  type: 'runStarted';
  runId: string;
  document: { uri: string; label: string };
  /** The statement that runs (with the DDL before it, as the extension sends it to the engine). */
  query: string;
  mode: 'streaming' | 'batch';
  sinks: SinkInfo[];
  sources: SourceInfo[];
  /** The tab to bring to front (e.g. `explain` for "Explain Changelog"); default: keep the user's. */
  tab?: TabId;
}

export interface RowsMessage {
  v: number;
  type: 'rows';
  runId: string;
  /** Index into runStarted.sinks. */
  sink: number;
  changes: Change[];
}

export interface ProgressMessage {
  v: number;
  type: 'progress';
  runId: string;
  /** Rows read so far, per source table. */
  rowsRead: Record<string, number>;
  /** Changes emitted so far (the sequence number reached). */
  emitted: number;
  /** The current watermark rendered like a TIMESTAMP, or null before the first one. */
  watermark: string | null;
  /** Late rows dropped so far (total). */
  lateRowsDropped: number;
  /** Late rows dropped since the previous progress message, for the timeline. */
  lateRows?: LateRow[];
}

export interface ExplainMessage {
  v: number;
  type: 'explain';
  runId: string;
  operators: OperatorInfo[];
  /** The plan as `flinksql explain` prints it, shown below the operator list. */
  text?: string;
}

export interface DoneMessage {
  v: number;
  type: 'done';
  runId: string;
  totals: { changes: number; rowsRead: number };
  durationMs: number;
  /** True when the user stopped the run. */
  stopped?: boolean;
  /** Set when the run stopped at a row limit (the `flinksql.run.maxRows` setting): the limit. */
  maxRowsReached?: number;
}

export interface ErrorMessage {
  v: number;
  type: 'error';
  runId: string;
  /** Flink's exception class, e.g. `org.apache.flink.table.api.TableException`. */
  exceptionClass: string;
  message: string;
  location?: SourceLocation;
}

export type ExtensionToWebview =
  | RunStartedMessage
  | RowsMessage
  | ProgressMessage
  | ExplainMessage
  | DoneMessage
  | ErrorMessage;

// ---- webview -> extension ---------------------------------------------------------------

/** Sent once the UI listens; the extension queues its messages until it arrives. */
export interface ReadyMessage {
  v: number;
  type: 'ready';
  /** The state the panel was revived with (after a reload), if any. */
  restored?: PanelState;
}

export interface RevealMessage {
  v: number;
  type: 'reveal';
  location: SourceLocation;
}

export interface StopMessage {
  v: number;
  type: 'stop';
  runId: string;
}

export type WebviewToExtension = ReadyMessage | RevealMessage | StopMessage;

/**
 * What the webview keeps with setState (and a serializer revives): small UI state only, never
 * rows. Rows come back by running the query again.
 */
export interface PanelState {
  v: number;
  documentUri?: string;
  documentLabel?: string;
  tab: TabId;
  /** Replay step, or null to follow the end of the changelog. */
  step: number | null;
  /** Selected sink for the Final table and Sink tabs. */
  sink: number;
}

export type TabId = 'changelog' | 'final' | 'sink' | 'explain';

export function isExtensionToWebview(m: unknown): m is ExtensionToWebview {
  return typeof m === 'object' && m !== null && (m as { v?: unknown }).v === PROTOCOL_VERSION &&
    typeof (m as { type?: unknown }).type === 'string';
}

export function isWebviewToExtension(m: unknown): m is WebviewToExtension {
  if (typeof m !== 'object' || m === null || (m as { v?: unknown }).v !== PROTOCOL_VERSION) return false;
  const t = (m as { type?: unknown }).type;
  return t === 'ready' || t === 'reveal' || t === 'stop';
}

// The public engine API (CLI, language server and extension use only this module):
//   analyze(text)  -> catalog, the plan of the query statement with changelog modes, errors
//   run(text, opts) -> executes that plan on the embedded engine, rows in pages, progress events
//   explain(text)  -> the operator tree as `flinksql explain` prints it
// Errors carry Flink's exception class, Flink's message and the source range.
import { statSync } from 'node:fs';
import { dirname, resolve as resolvePath, relative } from 'node:path';
import { parse as defaultParse } from './syntax/parse.ts';
import type * as A from './syntax/ast.ts';
import type { Range } from './diagnostics.ts';
import { Catalog, DEFAULT_PATH, type CatalogTable } from './catalog/catalog.ts';
import { CompactingSinkMaterializer, SinkUpsertMaterializer } from './runtime/sink-materializer.ts';
import { CALCITE, FlinkError, ILLEGAL_STATE, PARSE, TABLE, TABLE_EXISTS, UNSUPPORTED_OPERATION, VALIDATION, calcitePos, notSupported } from './analysis/errors.ts';
import { hasWindowOperator, planQuery, scannedTables, typeComputedColumns, type PlanEnv } from './plan/planner.ts';
import {
  changeProducer, changelogModeString, explainTree, isInsertOnly, kindsDescription, nodeName, requireUpdateBefore,
  type PlanNode,
} from './plan/nodes.ts';
import type { RunContext } from './plan/run-context.ts';
import type { Operator } from './runtime/operator.ts';
import { DELETE, INSERT, KIND_NAME, KIND_SHORT, UPDATE_AFTER, UPDATE_BEFORE, formatRow, rowWriter, LineBytes, type Row, type RowKind } from './runtime/row.ts';
import { csvSource, datagenSource, jsonSource, SourceError, type SourceBatch, type TableSource } from './connectors/sources.ts';
import { isNumeric, isString, isTimestamp, typeToString, withoutTimeAttr, type SqlType } from './types/types.ts';
import { jsonValue, keyOf, valuesEqual } from './types/values.ts';
import { castFn, relRange, toSqlType, type Field } from './analysis/expressions.ts';
import { parseDuration } from './knowledge/connectors.ts';
import { LineIndex } from './line-index.ts';

export { formatRow, KIND_SHORT, KIND_NAME, LineBytes, explainTree, changelogModeString };
export type { PlanNode, Row, RowKind, Field, SqlType, Range };
export { FlinkError };

/** How the sink consumes the query's changes. */
export type SinkKind = 'collect' | 'retract' | 'upsert' | 'append' | 'blackhole';

export interface EngineError {
  /** Flink's exception class (or `NotSupportedYet`) */
  className: string;
  message: string;
  range?: Range;
}

export interface Analysis {
  catalog: Catalog;
  /** the statement that runs: the query, or the INSERT */
  statement?: A.QueryStatement | A.Insert;
  /** the plan root (a Sink node) with inferred changelog modes */
  plan?: PlanNode;
  /** output columns of what is printed */
  columns: Field[];
  sink: SinkKind;
  sinkTable?: CatalogTable;
  errors: EngineError[];
  mode: 'streaming' | 'batch';
}

export interface AnalyzeOptions {
  mode?: 'streaming' | 'batch';
  /** pick the query statement containing this (0-based) position; default: the last one */
  at?: { line: number; character: number };
  /** clock for PROCTIME()/CURRENT_TIMESTAMP (default: a fixed 2024-01-01T00:00 so runs repeat) */
  now?: () => number;
  /** extra DDL documents whose CREATE statements are visible (catalog files) */
  catalogTexts?: string[];
  /** the parser (default: engine/syntax's parse); tests may inject another */
  parse?: (text: string) => { statements: unknown[]; diagnostics: { severity: string; message: string; range: Range }[] };
  /** where the statement to run is an EXECUTE STATEMENT SET: run its INSERT of this index (0-based)
   *  (`flinksql run` runs each in turn, statementSetTargets) */
  setInsert?: number;
}

const FIXED_NOW = Date.UTC(2024, 0, 1);

function contains(r: Range, p: { line: number; character: number }): boolean {
  const after = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(p, r.start) && after(r.end, p);
}

function toError(e: unknown): EngineError {
  if (e instanceof FlinkError) return { className: e.className, message: e.message, range: e.range };
  if (e instanceof SourceError) return { className: e.className, message: e.message };
  return { className: 'java.lang.RuntimeException', message: e instanceof Error ? e.message : String(e) };
}

const KNOWN_SETTINGS = new Set([
  'execution.runtime-mode', 'parallelism.default', 'sql-client.execution.result-mode', 'table.exec.resource.default-parallelism',
  'pipeline.name', 'table.dml-sync', 'sql-client.verbose', 'table.local-time-zone', 'execution.checkpointing.interval',
  'table.exec.mini-batch.enabled',
  // state TTL is processing time: a run over sample files takes milliseconds, so nothing expires
  'table.exec.state.ttl',
]);

/**
 * Operators whose mini-batch form Flink 2.3.0 runs differently and the engine does not replay yet
 * (window operators, rowtime OVER aggregations, temporal and window joins but feeding only
 * projections, filters and those, aggregations over outer joins and unions, upsert sinks with ON
 * CONFLICT DO NOTHING / DO ERROR over window operators): refused, so
 * a run never prints another changelog than Flink's. Found with random.mjs --mini-batch 2 / 1000.
 */
function miniBatchGap(root: PlanNode, s: A.QueryStatement | A.Insert, latency: number): { what: string; range?: A.Range } | null {
  // ON CONFLICT DO NOTHING / DO ERROR compact on watermarks: behind Flink's processing-time
  // mini-batch assigner (a plan without window operators) none reaches the sink's materializer
  // before the end of input, which the engine replays; behind the rowtime one it is not replayed.
  // (DO DEDUPLICATE's SinkUpsertMaterializer needs no watermark.)
  if (s.kind === 'Insert' && (s.onConflict === 'NOTHING' || s.onConflict === 'ERROR') && hasWindowOperator(root)) return { what: `ON CONFLICT DO ${s.onConflict} over window operators`, range: s.range };
  // an outer join's updates, or a UNION's branches, reach the two-phase aggregation with timing not replayed
  const below = (n: PlanNode): boolean => n.inputs.some((i) => i.kind === 'Union' || (i.kind === 'Join' && (i.kinds.update || i.kinds.delete)) || below(i));
  const what: Record<string, string> = {
    WindowAggregate: 'a window aggregation', WindowRank: 'a window Top-N', WindowDeduplicate: 'a window deduplication',
    WindowJoin: 'a window join', OverAggregate: 'an OVER aggregation', TemporalJoin: 'a temporal join',
  };
  // window aggregations, Top-N and deduplications (and a GROUP BY over them) run behind Flink's rowtime mini-batch assigner
  // (mini-batch.ts) when they are the plan's only stateful operators over one source (what else
  // the assigner's watermarks would reach, or another source's, is not replayed)
  // an event-time OVER aggregation carries the rowtime assigner (planner.ts, miniBatchOf)
  const rowtimeOver = (n: PlanNode) => n.kind === 'OverAggregate' && n.miniBatch?.rowtime === true;
  const windowsOnly = latency > 0 && (() => {
    // (a GROUP BY over window operators closes its bundles on the watermarks that assigner passes)
    const simple = (n: PlanNode): boolean =>
      (['Sink', 'Calc', 'WindowTableFunction', 'WatermarkAssigner', 'TableSourceScan', 'WindowAggregate', 'WindowRank', 'WindowDeduplicate'].includes(n.kind) ||
        (n.kind === 'GroupAggregate' && hasWindowOperator(n)) || rowtimeOver(n) || n.kind === 'TemporalJoin' || n.kind === 'WindowJoin') &&
      (n.inputs.length <= 1 || n.kind === 'TemporalJoin' || n.kind === 'WindowJoin') && n.inputs.every(simple);
    return simple(root);
  })();
  const visit = (n: PlanNode): { what: string; range?: A.Range } | null => {
    if (windowsOnly && (['WindowAggregate', 'WindowRank', 'WindowDeduplicate', 'TemporalJoin', 'WindowJoin'].includes(n.kind) || rowtimeOver(n))) return null;
    if (what[n.kind]) return { what: what[n.kind]!, range: n.range };
    if (n.kind === 'GroupAggregate' && below(n)) return { what: 'an aggregation over an outer join or a UNION', range: n.range };
    for (const i of n.inputs) { const g = visit(i); if (g) return g; }
    return null;
  };
  return visit(root);
}

/** Parses, builds the catalog and plans the statement to run. Never throws. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const catalog = new Catalog();
  const errors: EngineError[] = [];
  let mode: 'streaming' | 'batch' = opts.mode ?? 'streaming';
  const res: Analysis = { catalog, columns: [], sink: 'collect', errors, mode };
  const parse = opts.parse ?? defaultParse;
  for (const extra of opts.catalogTexts ?? []) {
    for (const s of parse(extra).statements as A.Statement[]) {
      try { if (s.kind === 'CreateTable') catalog.addTable(s); else if (s.kind === 'CreateView') catalog.addView(s); } catch { /* reported in its own document */ }
    }
  }
  const parsed = parse(text);
  const syntax = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (syntax.length) {
    const d = syntax[0]!;
    errors.push({ className: PARSE, message: statementRelative(d.message, d.range, parsed.statements as A.Statement[]), range: d.range });
    return res;
  }
  const statements = parsed.statements as A.Statement[];
  const invalid = statements.find((s) => s.kind === 'InvalidStatement');
  if (invalid) {
    errors.push({ className: PARSE, message: `The statement could not be parsed: ${(invalid as A.InvalidStatement).text.split('\n')[0]!.slice(0, 80)}`, range: invalid.range });
    return res;
  }
  const queries = statements.filter((s) => s.kind === 'QueryStatement' || s.kind === 'Insert' || s.kind === 'StatementSet' || isDml(s) || (s.kind === 'CreateTable' && s.asQuery));
  let chosen = queries[queries.length - 1];
  if (opts.at) chosen = queries.find((q) => contains(q.range, opts.at!)) ?? chosen;
  let miniBatch = false;
  let miniBatchSize = 0;
  let onePhase = false;
  let miniBatchLatency = 0;
  /** The chosen statement's plan, with the settings so far (a CREATE TABLE ... AS runs as its INSERT). */
  const planRunnable = (s: A.QueryStatement | A.Insert, isChosen: boolean): void => {
    if (!isChosen) return;
    planStatement(s, res, mode, { ...opts, miniBatchSize: miniBatch ? (miniBatchSize > 0 ? miniBatchSize : Infinity) : undefined, miniBatchLatency, onePhase });
    const gap = miniBatch && mode === 'streaming' && res.plan ? miniBatchGap(res.plan, s, miniBatchLatency) : null;
    if (gap) throw notSupported(`mini-batch (SET 'table.exec.mini-batch.enabled' = 'true') with ${gap.what}`, gap.range ?? s.range);
  };
  for (const s of statements) {
    try {
      switch (s.kind) {
        case 'CreateTable':
          if (!s.asQuery) { createTable(s, catalog, mode, opts); break; }
          planRunnable(createTableAs(s, s.asQuery, catalog, mode), s === chosen);
          break;
        case 'CreateView': createView(s, catalog, mode, opts); break;
        case 'Drop': if (s.objectType === 'TABLE' || s.objectType === 'VIEW') catalog.drop(s.name); break;
        case 'Set': {
          if (!s.key) break;
          if (s.key === 'execution.runtime-mode') { mode = s.value === 'batch' ? 'batch' : 'streaming'; if (opts.mode) mode = opts.mode; break; }
          if (s.key === 'table.exec.mini-batch.enabled') { miniBatch = s.value === 'true'; break; }
          if (s.key === 'table.exec.mini-batch.size') { miniBatchSize = Number(s.value); break; }
          // ONE_PHASE keeps mini-batch aggregations in one phase (AUTO / TWO_PHASE: two when the
          // functions can merge; without mini-batch streaming aggregations have one phase anyway)
          // the engine renders TIMESTAMP_LTZ and the clock in UTC (as the oracle's JVM runs)
          if (s.key === 'table.local-time-zone' && !/^(utc|gmt|z|etc\/utc|default|\+00:00)$/i.test(s.value ?? '')) throw notSupported(`SET 'table.local-time-zone' to '${s.value}' (the engine works in UTC)`, s.range);
          if (s.key === 'table.optimizer.agg-phase-strategy') { onePhase = (s.value ?? '').toUpperCase() === 'ONE_PHASE'; break; }
          // allow-latency: in processing time a run over sample files ends long before it elapses
          // (bundles flush on size and end of input); it is also the event-time interval of the
          // rowtime mini-batch assigner Flink puts before a rowtime deduplication
          if (s.key === 'table.exec.mini-batch.allow-latency') { miniBatchLatency = parseDuration(s.value ?? '') ?? 0; break; }
          if (!KNOWN_SETTINGS.has(s.key)) throw notSupported(`SET '${s.key}'`, s.range);
          break;
        }
        case 'Reset': case 'Use': case 'Show': case 'Describe': case 'CreateFunction':
          if (s.kind === 'CreateFunction') throw notSupported('CREATE FUNCTION (user-defined functions)', s.range);
          break;
        case 'QueryStatement': case 'Insert':
          planRunnable(s, s === chosen);
          break;
        case 'StatementSet':
          // what Flink rejects in one of its INSERTs rejects the set, before any runs (case
          // statement-set-append-rejected); then one INSERT runs (setInsert): Flink runs them all
          // as one job, and each sink's changelog is the one of its INSERT run alone
          checkStatementSet(s, catalog, mode, opts);
          if (s !== chosen) break;
          if (opts.setInsert === undefined || !s.statements[opts.setInsert]) throw notSupported("EXECUTE STATEMENT SET here (`flinksql run` shows each sink's changelog in turn)", s.range);
          planRunnable(s.statements[opts.setInsert]!, true);
          break;
        case 'Update': case 'Delete': case 'Merge': case 'Truncate':
          if (s === chosen) rejectDml(s, catalog, mode, text);
          break;
        default:
          break;
      }
    } catch (e) {
      errors.push(toError(e));
      if (s === chosen || s.kind === 'CreateTable') break;
    }
  }
  res.mode = mode;
  if (!chosen && errors.length === 0) errors.push({ className: VALIDATION, message: 'No query to run: the document has no SELECT or INSERT statement.' });
  return res;
}

/**
 * The sink tables of the INSERTs of the statement set a run takes (the document's last runnable
 * statement), in order; null when it is not a statement set.
 */
export function statementSetTargets(text: string, opts: AnalyzeOptions = {}): string[] | null {
  const statements = (opts.parse ?? defaultParse)(text).statements as A.Statement[];
  const last = statements.filter((s) => s.kind === 'QueryStatement' || s.kind === 'Insert' || s.kind === 'StatementSet' || isDml(s) || (s.kind === 'CreateTable' && s.asQuery)).at(-1);
  return last?.kind === 'StatementSet' ? last.statements.map((i) => i.table.map((p) => p.value).join('.')) : null;
}

export interface StatementAnalysis {
  statement: A.Statement;
  /** the plan (a Sink root) with changelog modes, for SELECT and INSERT statements that plan */
  plan?: PlanNode;
  columns: Field[];
  sink?: SinkKind;
  /** what Flink would reject in this statement (or what the engine does not support yet) */
  error?: EngineError;
}

/**
 * Every statement of a document, in order, each with its plan or its error: what the language
 * server reads its diagnostics, hovers (changelog modes) and code actions from. Never throws.
 */
export function analyzeDocument(text: string, opts: AnalyzeOptions = {}): { catalog: Catalog; statements: StatementAnalysis[]; syntaxErrors: EngineError[] } {
  const parse = opts.parse ?? defaultParse;
  const parsed = parse(text);
  const catalog = new Catalog();
  for (const extra of opts.catalogTexts ?? []) {
    for (const s of parse(extra).statements as A.Statement[]) {
      try { if (s.kind === 'CreateTable') catalog.addTable(s); else if (s.kind === 'CreateView') catalog.addView(s); } catch { /* its own document reports it */ }
    }
  }
  const syntaxErrors = parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ className: PARSE, message: d.message, range: d.range }));
  let mode: 'streaming' | 'batch' = opts.mode ?? 'streaming';
  const out: StatementAnalysis[] = [];
  for (const s of parsed.statements as A.Statement[]) {
    const entry: StatementAnalysis = { statement: s, columns: [] };
    out.push(entry);
    try {
      switch (s.kind) {
        case 'CreateView': createView(s, catalog, mode, opts); break;
        case 'Drop': if (s.objectType === 'TABLE' || s.objectType === 'VIEW') catalog.drop(s.name); break;
        case 'Set': if (s.key === 'execution.runtime-mode' && !opts.mode) mode = s.value === 'batch' ? 'batch' : 'streaming'; break;
        case 'Update': case 'Delete': case 'Merge': case 'Truncate': rejectDml(s, catalog, mode, text); break;
        case 'StatementSet':
          // (run takes one query: it refuses the set)
          checkStatementSet(s, catalog, mode, opts);
          break;
        case 'CreateTable': case 'QueryStatement': case 'Insert': {
          if (s.kind === 'CreateTable' && !s.asQuery) { createTable(s, catalog, mode, opts); break; }
          // (CREATE TABLE ... AS is planned as its INSERT)
          const a: Analysis = { catalog, columns: [], sink: 'collect', errors: [], mode };
          planStatement(s.kind === 'CreateTable' ? createTableAs(s, s.asQuery!, catalog, mode) : s, a, mode, opts);
          entry.plan = a.plan;
          entry.columns = a.columns;
          entry.sink = a.sink;
          break;
        }
        default: break;
      }
    } catch (e) {
      entry.error = toError(e);
      if (!entry.error.range) entry.error.range = s.range;
    }
  }
  return { catalog, statements: out, syntaxErrors };
}

/**
 * Flink parses each statement on its own, so its "at line L, column C" counts from the start of
 * the statement; the document's parser counts from the start of the file.
 */
function statementRelative(message: string, at: Range, statements: A.Statement[]): string {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const s = statements.find((x) => x.range && before(x.range.start, at.start) && before(at.start, x.range.end));
  if (!s) return message;
  const st = s.range.start;
  return message.replace(/at line (\d+), column (\d+)/, (_m, l: string, c: string) => {
    const line = Number(l) - 1, col = Number(c) - 1;
    const rl = line - st.line, rc = line === st.line ? col - st.character : col;
    return rl >= 0 && rc >= 0 ? `at line ${rl + 1}, column ${rc + 1}` : _m;
  });
}

/**
 * CREATE [OR REPLACE] TABLE t [(columns, PRIMARY KEY, WATERMARK)] WITH (...) AS query, as Flink
 * 2.3.0 runs it (cases ctas-*): t's columns are the declared ones the query lacks, then the
 * query's (in its order; a declared type replaces the query's); a primary key column must be NOT
 * NULL in the query (it is not made so, as CREATE TABLE does); then the query runs into t as
 * INSERT INTO t (the query's columns) query, which this returns. Over a table that exists: IF NOT
 * EXISTS inserts into it, OR REPLACE replaces it, REPLACE needs it.
 */
function createTableAs(s: A.CreateTable, query: A.Query, catalog: Catalog, mode: 'streaming' | 'batch'): A.Insert {
  const name = Catalog.key(s.name);
  const exists = catalog.get(s.name);
  const insert = (columns: A.Identifier[]): A.Insert => ({ kind: 'Insert', mode: 'INTO', table: s.name, hints: [], columns, source: query, range: s.range });
  if (s.replace === 'REPLACE' && !exists) {
    throw new FlinkError(TABLE, `The table \`default_catalog\`.\`default_database\`.\`${name}\` to be replaced doesn't exist. You can try to use CREATE TABLE AS statement or CREATE OR REPLACE TABLE AS statement.`, s.range);
  }
  if (exists && !s.replace) {
    if (s.ifNotExists) return insert([]);
    throw new FlinkError(TABLE_EXISTS, `Table (or view) default_database.${name} already exists in Catalog default_catalog.`, s.range);
  }
  if (s.like) throw notSupported('CREATE TABLE ... LIKE ... AS', s.like.range);
  const env = planEnv(catalog, s, mode);
  const q = planQuery(query, env);
  // declared computed and metadata columns (cases ctas-computed-column*, ctas-metadata-*): a
  // computed column may not take a query column's name; a metadata column that does takes its
  // place, and its type must take the query's (MergeTableAsUtil's messages, probed on Flink 2.3.0)
  for (const c of s.columns) {
    const i = q.fields.findIndex((f) => f.name === c.name.value);
    if (i < 0) continue;
    if (c.kind === 'ComputedColumn') throw new FlinkError(VALIDATION, `A column named '${c.name.value}' already exists in the source schema. Computed columns cannot overwrite columns from source.`, c.range);
    if (c.kind === 'MetadataColumn') {
      const from = withoutTimeAttr(q.fields[i]!.type), to = toSqlType(c.type);
      if (!assignable(from, to)) throw new FlinkError(VALIDATION, `Incompatible types for sink column '${c.name.value}' at position ${i}. The source column has type '${typeToString(from)}', while the target column has type '${typeToString(to)}'.`, c.range);
    }
  }
  if (exists) catalog.drop(s.name);
  const table = catalog.addTable(s, q.fields.map((f) => ({ name: f.name, type: withoutTimeAttr(f.type), kind: 'physical', range: query.range })));
  try {
    typeComputedColumns(table, env);
  } catch (e) {
    // (Flink validates them as the table's schema: Calcite's 'Unknown identifier')
    if (e instanceof FlinkError) e.message = e.message.replace(/Column '([^']*)' not found in any table$/, "Unknown identifier '$1'");
    throw e;
  }
  return insert(q.fields.map((f) => ({ kind: 'Identifier', value: f.name, quoted: false, range: query.range }) as A.Identifier));
}

type Dml = A.Update | A.Delete | A.Merge | A.Truncate;
const isDml = (s: A.Statement): s is Dml => s.kind === 'Update' || s.kind === 'Delete' || s.kind === 'Merge' || s.kind === 'Truncate';
const ABILITIES = 'org.apache.flink.table.connector.sink.abilities';

/**
 * UPDATE, DELETE, MERGE and TRUNCATE as Flink 2.3.0 answers them (probed on Flink: cases
 * dml-*-streaming): each is validated first, UPDATE and DELETE as a query over the table
 * (an unknown table or column, a source that cannot be read), then rejected: in streaming mode
 * UPDATE / DELETE / TRUNCATE are not supported; in batch mode they need a sink with row-level
 * update / delete / truncate abilities, which none of the engine's connectors (nor Flink's
 * filesystem, print, kafka) has; MERGE is an "Unsupported query" in both modes. Always throws.
 */
function rejectDml(s: Dml, catalog: Catalog, mode: 'streaming' | 'batch', text: string): never {
  const name = s.table.map((p) => p.value).join('.');
  if (s.kind === 'Truncate') {
    if (!catalog.get(s.table)) throw new FlinkError(VALIDATION, `Cannot find table '${DEFAULT_PATH.split('.').map((p) => '`' + p + '`').join('.')}.\`${name}\`' in any of the catalogs [default_catalog], nor as a temporary table.`, s.table[0]!.range);
    if (mode === 'streaming') throw new FlinkError(TABLE, 'TRUNCATE TABLE statement is not supported in streaming mode.', s.range);
    throw new FlinkError(TABLE, `TRUNCATE TABLE statement is not supported for the table ${DEFAULT_PATH}.${name} since the table hasn't implemented the interface ${ABILITIES}.SupportsTruncate.`, s.range);
  }
  if (s.kind === 'Merge') {
    if (!catalog.get(s.table)) throw new FlinkError(CALCITE, `${calcitePos(relRange({ stmtStart: s.range.start }, rangeOf(s.table)))}Object '${s.table.at(-1)!.value}' not found`, rangeOf(s.table));
    const index = new LineIndex(text);
    throw new FlinkError(TABLE, `Unsupported query: ${text.slice(index.offsetAt(s.range.start), index.offsetAt(s.range.end))}`, s.range);
  }
  // the validation Flink does first: the statement as a query over the table
  const from: A.TableName = { kind: 'TableName', name: s.table, hints: [], range: rangeOf(s.table), alias: s.alias && { kind: 'Alias', name: s.alias, columns: [], range: s.alias.range } };
  const values = s.kind === 'Update' ? s.assignments.map((a) => a.value) : [];
  const items: A.SelectItem[] = values.map((expr) => ({ kind: 'SelectItem', expr, range: expr.range }));
  const select: A.Select = { kind: 'Select', hints: [], items: items.length ? items : [{ kind: 'SelectItem', expr: { kind: 'Star', qualifier: [], range: s.range }, range: s.range }], from, where: s.where, windows: [], range: s.range };
  planQuery({ kind: 'Query', body: select, orderBy: [], range: s.range }, planEnv(catalog, s, mode));
  if (s.kind === 'Update') {
    const obj = catalog.get(s.table);
    const columns = obj?.kind === 'table' ? obj.columns.map((c) => c.name) : undefined;
    for (const a of s.assignments) {
      const col = a.column.at(-1)!;
      if (columns && !columns.includes(col.value)) throw new FlinkError(CALCITE, `${calcitePos(relRange({ stmtStart: s.range.start }, col.range))}Unknown target column '${col.value}'`, col.range);
    }
  }
  const what = s.kind === 'Update' ? 'UPDATE' : 'DELETE';
  if (mode === 'streaming') throw new FlinkError(TABLE, `${what} statement is not supported for streaming mode now.`, s.range);
  const ability = s.kind === 'Update' ? 'SupportsRowLevelUpdate' : 'SupportsRowLevelDelete';
  throw new FlinkError(UNSUPPORTED_OPERATION, `Can't perform ${what.toLowerCase()} operation of the table ${DEFAULT_PATH}.${name} because the corresponding dynamic table sink has not yet implemented ${ABILITIES}.${ability}.`, s.range);
}

function rangeOf(parts: A.Identifier[]): Range {
  return { start: parts[0]!.range.start, end: parts.at(-1)!.range.end };
}

/** What planning a statement takes beyond the document's options: the settings its SETs made. */
type PlanOptions = AnalyzeOptions & { miniBatchSize?: number; miniBatchLatency?: number; onePhase?: boolean };

/**
 * CREATE TABLE: Flink 2.3.0 validates the computed columns' expressions against the table's
 * other columns when it creates the table, so `d AS c * 2` over another computed column c, or an
 * unknown name, fails that statement with Calcite's "Unknown identifier 'c'" even if no query
 * reads the table (probed with studio.flink.Explain). As for a view, only the validator's errors
 * are raised here; what code generation refuses waits for a query that reads the column.
 */
function createTable(s: A.CreateTable, catalog: Catalog, mode: 'streaming' | 'batch', opts: PlanOptions): void {
  const table = catalog.addTable(s);
  if (!table.columns.some((c) => c.kind === 'computed')) return;
  try {
    typeComputedColumns(table, planEnv(catalog, s, mode, opts));
  } catch (e) {
    if (!(e instanceof FlinkError) || (e.className !== CALCITE && e.className !== VALIDATION)) return;
    catalog.drop(s.name);
    e.message = e.message.replace(/Column '([^']*)' not found in any table$/, "Unknown identifier '$1'");
    throw e;
  }
}

/**
 * CREATE VIEW: Flink 2.3.0 validates the view's query when it creates the view (Calcite's
 * validator and the conversion to relational algebra), so an unknown column or an expression not
 * grouped fails that statement even if no query reads the view (case view-unknown-column-unused);
 * what only its planner or code generation refuse fails the query that reads it (view-codegen-error).
 * The engine plans the query and raises the validator's errors (CALCITE, VALIDATION) here; any
 * other error, or a construct the engine does not support, waits for a query that reads the view.
 */
function createView(s: A.CreateView, catalog: Catalog, mode: 'streaming' | 'batch', opts: PlanOptions): void {
  try {
    planQuery(s.query, planEnv(catalog, s, mode, opts));
  } catch (e) {
    if (e instanceof FlinkError && (e.className === CALCITE || e.className === VALIDATION)) throw e;
  }
  catalog.addView(s);
}

/** The planner's environment for one statement (positions in messages count from its start). */
function planEnv(catalog: Catalog, s: A.Statement, mode: 'streaming' | 'batch', opts: PlanOptions = {}): PlanEnv {
  return {
    catalog, ctes: new Map(), stmtStart: s.range.start, now: opts.now ?? (() => FIXED_NOW), batch: mode === 'batch',
    miniBatchSize: opts.miniBatchSize, miniBatchLatency: opts.miniBatchLatency, onePhaseAgg: opts.onePhase,
  };
}

/** The statement's columns read by its consumer, then the checks that wait for that (PlanEnv.finish). */
function useAll(q: { fields: { use?: () => void }[] }, env: PlanEnv): void {
  for (const f of q.fields) f.use?.();
  for (const check of env.finish ?? []) check();
}

/** Each INSERT of a statement set planned as on its own: what Flink rejects in one is rejected. */
function checkStatementSet(s: A.StatementSet, catalog: Catalog, mode: 'streaming' | 'batch', opts: AnalyzeOptions): void {
  for (const ins of s.statements) planStatement(ins, { catalog, columns: [], sink: 'collect', errors: [], mode }, mode, opts);
}

function planStatement(s: A.QueryStatement | A.Insert, res: Analysis, mode: 'streaming' | 'batch', opts: PlanOptions): void {
  const env: PlanEnv = { ...planEnv(res.catalog, s, mode, opts), finish: [] };
  res.statement = s;
  if (s.kind === 'QueryStatement') {
    const q = planQuery(s.query, env);
    // the sink reads every column (the planner projects away what nothing reads: Field.use)
    useAll(q, env);
    const sink: PlanNode = {
      kind: 'Sink', inputs: [q.node], fields: q.fields, attrs: `table=[*anonymous_collect$1*], fields=[${q.fields.map((f) => f.name).join(', ')}]`,
      kinds: q.node.kinds, updateBefore: false, upsertKeys: [], passThrough: true, range: s.range,
      build: (out) => [out],
    };
    requireUpdateBefore(sink, true);
    res.plan = sink;
    res.columns = q.fields;
    res.sink = 'collect';
    return;
  }
  // INSERT INTO
  if (s.mode === 'UPSERT') throw notSupported('UPSERT INTO', s.range);
  const obj = res.catalog.get(s.table);
  const tname = s.table.map((p) => p.value).join('.');
  if (!obj) throw new FlinkError(VALIDATION, `Table \`default_catalog\`.\`default_database\`.\`${tname}\` was not found.`, s.table[0]!.range);
  if (obj.kind !== 'table') throw new FlinkError(VALIDATION, `INSERT INTO a view is not allowed: ${tname}`, s.range);
  const full = `${DEFAULT_PATH}.${obj.name}`;
  const connector = obj.options['connector'];
  const sinkCols = obj.columns.filter((c) => c.kind === 'physical' || (c.kind === 'metadata' && !c.virtual));
  let sinkKind: SinkKind;
  switch (connector) {
    case 'upsert-kafka':
      if (!obj.primaryKey) {
        throw new FlinkError(VALIDATION, `'upsert-kafka' tables require to define a PRIMARY KEY constraint. The PRIMARY KEY specifies which columns should be read from or write to the Kafka message key. The PRIMARY KEY also defines records in the 'upsert-kafka' table should update or delete on which keys.`, obj.range);
      }
      sinkKind = 'upsert';
      break;
    case 'kafka': case 'filesystem': sinkKind = 'append'; break;
    case 'print': sinkKind = 'retract'; break;
    case 'blackhole': sinkKind = 'blackhole'; break;
    case 'jdbc': case 'elasticsearch-7': case 'hbase-2.2': sinkKind = obj.primaryKey ? 'upsert' : 'append'; break;
    case undefined:
      throw new FlinkError(VALIDATION, `Table options do not contain an option key 'connector' for discovering a connector.`, obj.range);
    default:
      throw new FlinkError(VALIDATION, `Could not find any factory for identifier '${connector}' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.`, obj.optionRanges['connector'] ?? obj.range);
  }
  if (s.onConflict && s.onConflict !== 'DEDUPLICATE' && sinkKind === 'upsert') {
    // checked on the sources once the query is planned (below)
  }
  const q = planQuery(s.source, env);
  useAll(q, env);
  // INSERT INTO t (a, c): the columns not listed are NULL
  let positions: number[] | null = null;
  if (s.columns.length) {
    const listed = s.columns.map((c) => {
      const i = sinkCols.findIndex((x) => x.name === c.value);
      if (i < 0) throw new FlinkError(VALIDATION, `Unknown target column '${c.value}'`, c.range);
      return i;
    });
    positions = sinkCols.map((_, i) => listed.indexOf(i));
  }
  const target = positions ? s.columns.map((c) => sinkCols.find((x) => x.name === c.value)!) : sinkCols;
  const schema = (fs: { name: string; type: SqlType }[]) => `[${fs.map((f) => `${f.name}: ${typeToString(withoutTimeAttr(f.type))}`).join(', ')}]`;
  if (q.fields.length !== target.length) {
    throw new FlinkError(VALIDATION, `Column types of query result and sink for '${full}' do not match.\nCause: Different number of columns.\n\nQuery schema: ${schema(q.fields)}\nSink schema:  ${schema(sinkCols)}`, s.range);
  }
  q.fields.forEach((f, i) => {
    const to = target[i]!.type;
    const from = f.type;
    if (!assignable(from, to)) {
      throw new FlinkError(VALIDATION, `Column types of query result and sink for '${full}' do not match.\nCause: Incompatible types for sink column '${target[i]!.name}' at position ${i}.\n\nQuery schema: ${schema(q.fields)}\nSink schema:  ${schema(sinkCols)}`, s.range);
    }
  });
  // persisted metadata columns: only kafka and upsert-kafka write metadata (DynamicSinkUtils)
  if (sinkCols.some((c) => c.kind === 'metadata') && connector !== 'kafka' && connector !== 'upsert-kafka') {
    throw new FlinkError(VALIDATION, `Table '${full}' declares persistable metadata columns, but the underlying DynamicTableSink doesn't implement the SupportsWritingMetadata interface. If the column should not be persisted, it can be declared with the VIRTUAL keyword.`, s.range);
  }
  if (sinkKind === 'append' && !isInsertOnly(q.node.kinds)) {
    const producer = changeProducer(q.node);
    throw new FlinkError(TABLE, `Table sink '${full}' doesn't support consuming ${kindsDescription(producer.inferenceKinds ?? q.node.kinds)} changes which is produced by node ${nodeName(producer)}`, s.range);
  }
  // the sink row: every sink column, in the sink's order
  const toSink = (f: unknown[]) => (positions ? positions.map((p) => (p >= 0 ? f[p] : null)) : f);
  const pkIdx = obj.primaryKey?.map((k) => sinkCols.findIndex((c) => c.name === k)) ?? [];
  const queryPk = pkIdx.map((i) => (positions ? positions[i]! : i));
  const upsertMatches = q.node.upsertKeys.some((k) => k.length > 0 && k.every((i) => queryPk.includes(i)));
  if (sinkKind === 'upsert' && !upsertMatches && !s.onConflict) {
    // FlinkRelMdUpsertKeys: a scan without a key has none (null, printed 'none'); a Calc or any
    // other node above one has an empty set (printed ''), e.g. SELECT id, k FROM t WHERE v > 6
    let bottom = q.node;
    while (bottom.kind === 'WatermarkAssigner' && bottom.inputs.length === 1) bottom = bottom.inputs[0]!;
    const keys = bottom.kind === 'TableSourceScan' && isInsertOnly(q.node.kinds) ? 'none' : q.node.upsertKeys.filter((k) => k.length).map((k) => `[${k.map((i) => q.fields[i]!.name).join(', ')}]`).join(', ');
    throw new FlinkError(VALIDATION, `The query has an upsert key that differs from the primary key of the sink table '${full}'. Primary key: [${obj.primaryKey!.join(', ')}], upsert key: ${keys}. This can lead to non-deterministic results when multiple records with different upsert keys map to the same primary key. Please specify an ON CONFLICT clause to define how conflicts should be handled: ON CONFLICT DO DEDUPLICATE (update to the latest record, state intensive, since we need to keep the entire history), or ON CONFLICT DO ERROR (fail on conflict), or ON CONFLICT DO NOTHING (keep first record).`, s.range);
  }
  if (s.onConflict === 'NOTHING' || s.onConflict === 'ERROR') {
    const missing: string[] = [];
    const walk = (n: PlanNode) => { const t = scannedTables.get(n); if (t && !t.watermark && !missing.includes(t.name)) missing.push(t.name); n.inputs.forEach(walk); };
    walk(q.node);
    if (missing.length) {
      throw new FlinkError(VALIDATION, `ON CONFLICT DO ${s.onConflict} requires all source tables to define watermarks, but the following source(s) do not: ${missing.map((m) => `${DEFAULT_PATH}.${m}`).join(', ')}. Please add a WATERMARK declaration to these tables.`, s.range);
    }
  }
  if (s.mode === 'OVERWRITE') {
    // (probed on Flink 2.3.0: of the connectors here only filesystem implements SupportsOverwrite,
    // and its streaming sink refuses it when the job is built; in batch mode it writes the result)
    if (connector !== 'filesystem') throw new FlinkError(VALIDATION, `INSERT OVERWRITE requires that the underlying DynamicTableSink of table '${full}' implements the SupportsOverwrite interface.`, s.range);
    if (!env.batch) throw new FlinkError(ILLEGAL_STATE, 'Streaming mode not support overwrite.', s.range);
  }
  const sink: PlanNode = {
    kind: 'Sink', inputs: [q.node], fields: sinkCols.map((c) => ({ name: c.name, type: c.type })),
    attrs: `table=[${full}], fields=[${q.fields.map((f) => f.name).join(', ')}]${s.onConflict ? `, conflictStrategy=[${s.onConflict}]` : ''}`,
    kinds: q.node.kinds, updateBefore: false, upsertKeys: [], passThrough: true, range: s.range,
    build: (out) => [out],
  };
  // ON CONFLICT DO DEDUPLICATE over an updating input keyed otherwise: SinkUpsertMaterializer (an
  // insert-only input goes to the sink as it is). The sink's materializers take UPDATE_BEFORE.
  const deduplicate = s.onConflict === 'DEDUPLICATE' && sinkKind === 'upsert' && !upsertMatches && !isInsertOnly(q.node.kinds);
  requireUpdateBefore(sink, sinkKind === 'upsert' || sinkKind === 'blackhole' ? !upsertMatches && sinkKind === 'upsert' : true);
  res.plan = sink;
  // the row shown is the physical columns' (persisted metadata goes beside the value, as the
  // oracle's recording sink sees it: case ctas-metadata-column)
  const shown = sinkCols.flatMap((c, i) => (c.kind === 'physical' ? [i] : []));
  const project = shown.length < sinkCols.length ? (f: unknown[]) => shown.map((i) => f[i]) : null;
  res.columns = shown.map((i) => ({ name: sinkCols[i]!.name, type: withoutTimeAttr(sinkCols[i]!.type) }));
  res.sink = sinkKind;
  res.sinkTable = obj;
  const casts = sinkCols.map((c, i) => {
    const qi = positions ? positions[i]! : i;
    if (qi < 0) return null;
    const from = q.fields[qi]!.type;
    return from.name === c.type.name && (from.scale ?? 0) === (c.type.scale ?? 0) ? null : castFn(from, c.type, 'null');
  });
  const conflict = s.onConflict;
  const castRow = (r: unknown[]) => {
    const f = toSink(r);
    return casts.some((c) => c) ? f.map((v, i) => (casts[i] ? casts[i]!(v) : v)) : f;
  };
  // where the query's upsert key is the sink's key, no materializer: every change passes (Flink
  // 2.3.0, case sink-upsert-kafka-on-conflict-nothing-key-matches)
  const materialize = (conflict === 'NOTHING' || conflict === 'ERROR') && !upsertMatches;
  if ((materialize || deduplicate) && project) throw notSupported('ON CONFLICT into a table with metadata columns', s.range);
  if ((materialize || deduplicate) && mode === 'streaming') {
    // the sink's materializer (WatermarkCompactingSinkMaterializer, or SinkUpsertMaterializer for
    // DEDUPLICATE), keyed by the primary key; the input's upsert key (the smallest, as
    // UpsertKeyUtil.getSmallestKey) in sink positions
    const sinkPos = (qi: number) => (positions ? positions.indexOf(qi) : qi);
    const uk = [...q.node.upsertKeys].filter((k) => k.length > 0).sort((a, b) => a.length - b.length || compareLex(a, b))[0];
    const upsertKey = uk && uk.every((i) => sinkPos(i) >= 0) ? uk.map(sinkPos) : null;
    // under mini-batch the processing-time assigner holds every watermark but the last one back
    const spec = { behavior: conflict!, pk: pkIdx, pkNames: obj.primaryKey ?? [], upsertKey, toSink: castRow, finalWatermarkOnly: opts.miniBatchSize !== undefined } as const;
    sink.build = (out) => [deduplicate ? new SinkUpsertMaterializer(out, spec) : new CompactingSinkMaterializer(out, spec)];
    return;
  }
  // batch: the final table, no watermarks; a key's first row is kept (NOTHING) or a second
  // distinct one fails (ERROR)
  const pkNames = obj.primaryKey ?? [];
  const seen = new Map<string, unknown[]>();
  sinkCasts.set(sink, (r) => {
    const out = castRow(r);
    if (materialize) {
      const k = keyOf(pkIdx.map((i) => out[i]));
      const prev = seen.get(k);
      if (prev && !valuesEqual(prev, out)) {
        if (conflict === 'NOTHING') return null;
        throw new FlinkError('org.apache.flink.table.api.TableRuntimeException', `Primary key constraint violation: multiple distinct records with the same primary key detected. Conflicting key: [${pkIdx.map((i, j) => `${pkNames[j]}=${String(out[i])}`).join(', ')}]. Use ON CONFLICT DO NOTHING to keep the first record.`);
      }
      if (prev) return null;
      seen.set(k, out);
    }
    return project ? project(out) : out;
  });
}

const compareLex = (a: number[], b: number[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
};

/** a query column of type `from` goes into a sink column of type `to` */
function assignable(from: SqlType, to: SqlType): boolean {
  return from.name === 'NULL' || from.name === to.name || (isNumeric(from) && isNumeric(to) && numericWidening(from, to)) || (isString(from) && isString(to)) || (isTimestamp(from) && isTimestamp(to));
}

function numericWidening(from: SqlType, to: SqlType): boolean {
  const rank: Record<string, number> = { TINYINT: 1, SMALLINT: 2, INT: 3, BIGINT: 4, DECIMAL: 5, FLOAT: 6, DOUBLE: 7 };
  return (rank[from.name] ?? 9) <= (rank[to.name] ?? 0);
}

const sinkCasts = new WeakMap<PlanNode, (f: unknown[]) => unknown[] | null>();

/** `flinksql explain`: the tree with changelog modes, or the error. */
export function explain(text: string, opts: AnalyzeOptions = {}): { text: string; errors: EngineError[] } {
  const a = analyze(text, opts);
  if (a.errors.length || !a.plan) return { text: '', errors: a.errors };
  return { text: explainTree(a.plan), errors: [] };
}

// ---- running ----------------------------------------------------------------------------------

export interface Change {
  kind: RowKind;
  fields: unknown[];
  /** the source row whose arrival caused this change ({source: table, line}); end-of-input
   *  watermark firings have line 0 */
  cause: { source: string; line: number } | null;
}

export interface Progress {
  /** rows read per source table */
  rowsRead: Record<string, number>;
  /** rows skipped by ignore-parse-errors per source */
  skipped: Record<string, number>;
  watermark: number | null;
  lateDropped: number;
  changes: number;
}

export interface RunOptions extends AnalyzeOptions {
  /** folder that 'path' options are relative to (default: the current directory) */
  baseDir?: string;
  arrival?: 'sequential' | 'interleaved';
  maxRows?: number;
  signal?: AbortSignal;
  /**
   * called with each page of changes, in order. A returned promise is flow control: the run
   * reads no further input until it settles (the extension's worker returns one while the panel
   * is behind, so a fast run cannot flood the extension host).
   */
  onPage?: (changes: Change[]) => unknown;
  /**
   * instead of Change objects and onPage: each change handed to `change` as it is made (no Change
   * object, no cause; the CLI writes it as a changelog line), and `page()` called after every
   * `pageSize` changes and once after the last changes (a returned promise holds the run as
   * onPage's does)
   */
  writer?: ChangeWriter;
  pageSize?: number;
  onProgress?: (p: Progress) => void;
  /** called once the query is planned, before any row is read */
  onStart?: (analysis: Analysis) => void;
}

export interface ChangeWriter {
  change(kind: RowKind, fields: unknown[]): void;
  page(): unknown;
}

export interface RunResult {
  analysis: Analysis;
  /** the changes the sink received (all of them unless a page callback is given) */
  changes: Change[];
  columns: Field[];
  error?: EngineError;
  progress: Progress;
  /** stopped by --max-rows or the abort signal */
  truncated: boolean;
}

class Stop extends Error {}

export function isThenable(x: unknown): x is PromiseLike<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';
}

/** a row's size in bytes when the input has no file to measure (VALUES, datagen) */
const ROW_BYTES = 16;

function hasRegularJoin(n: PlanNode): boolean {
  return n.kind === 'Join' || n.inputs.some(hasRegularJoin);
}

export async function run(text: string, opts: RunOptions = {}): Promise<RunResult> {
  const analysis = analyze(text, opts);
  const progress: Progress = { rowsRead: {}, skipped: {}, watermark: null, lateDropped: 0, changes: 0 };
  const result: RunResult = { analysis, changes: [], columns: analysis.columns, progress, truncated: false };
  if (analysis.errors.length || !analysis.plan) {
    result.error = analysis.errors[0] ?? { className: VALIDATION, message: 'nothing to run' };
    return result;
  }
  opts.onStart?.(analysis);
  const plan = analysis.plan;
  // the source row being processed; its Change.cause object is made at its first change (most
  // rows change nothing in a batch run or a filter, and then make no object)
  let causeSource: string | null = null;
  let causeLine = 0;
  let cause: Change['cause'] = null;
  const pageSize = opts.pageSize ?? 1000;
  let page: Change[] = [];
  let backpressure: PromiseLike<unknown> | undefined;
  const maxRows = opts.maxRows ?? Infinity;
  const sinkKind = analysis.sink;
  // Batch mode emits the final table. A plan that only inserts never retracts a row, so its
  // final table is the rows in arrival order, delivered as they come; any other plan's is held.
  const holdTable = analysis.mode === 'batch' && !isInsertOnly(plan.kinds);
  const cast = sinkCasts.get(plan);
  // the held table, emitted at the end. A multiset in arrival order:
  // a retraction removes the oldest equal row (as a list's first match would), found by key in
  // O(1); the key index is built at the first retraction (an insert-only table needs none).
  const finalRows: (unknown[] | null)[] = [];
  let finalByKey: Map<string, number[]> | null = null;
  const indexFinal = (f: unknown[], at: number) => {
    const k = keyOf(f);
    const l = finalByKey!.get(k);
    if (l) l.push(at); else finalByKey!.set(k, [at]);
  };
  const writer = opts.writer;
  /** changes handed to the writer since its last page() */
  let inPage = 0;
  const deliver = (kind: RowKind, f: unknown[]) => {
    progress.changes++;
    if (writer) {
      writer.change(kind, f);
      if (++inPage >= pageSize) { inPage = 0; const wait = writer.page(); if (isThenable(wait)) backpressure = wait; }
    } else {
      cause ??= causeSource === null ? null : { source: causeSource, line: causeLine };
      const c: Change = { kind, fields: f, cause };
      if (opts.onPage) { page.push(c); if (page.length >= pageSize) { const wait = opts.onPage(page); if (isThenable(wait)) backpressure = wait; page = []; } }
      else result.changes.push(c);
    }
    if (progress.changes >= maxRows) { result.truncated = true; throw new Stop(); }
  };
  const sinkOp: Operator = {
    push(r: Row) {
      const f = cast ? cast(r.f) : r.f;
      if (f === null) return;
      if (holdTable) {
        if (r.kind === INSERT || r.kind === UPDATE_AFTER) {
          finalRows.push(f);
          if (finalByKey) indexFinal(f, finalRows.length - 1);
        } else {
          if (!finalByKey) { finalByKey = new Map(); for (let i = 0; i < finalRows.length; i++) indexFinal(finalRows[i]!, i); }
          const k = keyOf(f);
          const l = finalByKey.get(k);
          if (l) { finalRows[l.shift()!] = null; if (l.length === 0) finalByKey.delete(k); }
        }
        return;
      }
      switch (sinkKind) {
        // BlackHoleSink asks for no UPDATE_BEFORE, but one that a filter above an aggregate needs
        // reaches its writer (Flink 2.3.0: HAVING COUNT(*) > 1 into blackhole gets -U/+U pairs)
        case 'blackhole': break;
        // upsert-kafka writes a tombstone for UPDATE_BEFORE and DELETE
        case 'upsert': if (r.kind === UPDATE_BEFORE) { deliver(DELETE, f); return; } break;
        default: break;
      }
      deliver(r.kind, f);
    },
    watermark() {},
    end() {},
  };
  const rt: RunContext = {
    sources: [],
    now: opts.now ?? (() => FIXED_NOW),
    onWatermark: (ts) => { progress.watermark = ts; },
    onLate: () => { progress.lateDropped++; },
  };
  /** `size`: the input's estimated size in bytes (batch mode reads a join's smaller inputs first) */
  const openSources: { src: TableSource | null; values?: unknown[][]; entry: Operator; complete: ((f: unknown[]) => unknown[]) | null; name: string; order: number; size: number }[] = [];
  try {
    const instantiate = (n: PlanNode, out: Operator) => {
      const ports = n.build(out, rt, n);
      n.inputs.forEach((c, i) => instantiate(c, ports[i]!));
    };
    instantiate(plan, sinkOp);
    // one source per table (Flink reuses a scanned source); fan out when scanned twice
    const byTable = new Map<string, typeof rt.sources>();
    for (const s of rt.sources) {
      const k = s.table ? 't:' + s.table.name : 'v:' + byTable.size;
      const list = byTable.get(k) ?? [];
      list.push(s);
      byTable.set(k, list);
    }
    const baseDir = opts.baseDir ?? process.cwd();
    for (const list of byTable.values()) {
      const s = list[0]!;
      // a table scanned twice: one source, each scan completes the row with the computed columns
      // it reads; the source converts the columns any of them reads
      const entry: Operator = list.length === 1 ? s.entry : {
        push: (r) => { for (const x of list) x.entry.push({ kind: r.kind, f: x.complete ? x.complete(r.f) : r.f }); },
        watermark: (ts) => { for (const x of list) x.entry.watermark(ts); },
        end: () => { for (const x of list) x.entry.end(); },
      };
      const complete = list.length === 1 ? s.complete : null;
      const reads = s.reads && s.reads.map((_, i) => list.some((x) => x.reads?.[i] !== false));
      if (!s.table) { openSources.push({ src: null, values: s.values, entry, complete: null, name: 'VALUES', order: s.order, size: (s.values?.length ?? 0) * ROW_BYTES }); continue; }
      const t = s.table;
      const physical = t.columns.filter((c) => c.kind === 'physical').map((c) => ({ name: c.name, type: c.type }));
      if (t.columns.some((c) => c.kind === 'metadata')) throw notSupported(`metadata columns of table '${t.name}'`, t.range);
      let src: TableSource;
      let size: number;
      if (t.options['connector'] === 'datagen') {
        src = datagenSource(physical, t.options, rt.now);
        size = t.options['number-of-rows'] !== undefined ? Number(t.options['number-of-rows']) * ROW_BYTES : Infinity;
      } else {
        const p = t.options['path'];
        if (!p) throw new FlinkError(VALIDATION, `Missing required options are:\n\npath`, t.range);
        const abs = resolvePath(baseDir, p);
        const display = relative(process.cwd(), abs) || abs;
        const fmt = t.options['format'];
        if (fmt === 'csv') src = csvSource(abs, display, physical, t.options, reads);
        else if (fmt === 'json') src = jsonSource(abs, display, physical, t.options, reads);
        else throw notSupported(`the '${fmt}' format (the engine reads csv and json)`, t.optionRanges['format'] ?? t.range);
        size = statSync(abs).size; // (the source has checked that the file exists)
      }
      openSources.push({ src, entry, complete, name: t.name, order: s.order, size });
    }
    // One source after another in DDL order; in batch mode a plan with a regular join reads its
    // smaller inputs first, as Flink's batch join reads its build side (the smaller input by the
    // planner's estimate, `readOrder` in its plan) before it streams the other through: an input
    // read after the other side has ended is not kept as state (Join's `keep`).
    const bySize = analysis.mode === 'batch' && hasRegularJoin(plan);
    openSources.sort((a, b) => (bySize ? a.size - b.size : 0) || a.order - b.order);
    for (const s of openSources) progress.rowsRead[s.name] = 0;
    const abortCheck = () => { if (opts.signal?.aborted) { result.truncated = true; throw new Stop(); } };
    const pushRow = (s: (typeof openSources)[number], f: unknown[], line: number) => {
      causeSource = s.name; causeLine = line; cause = null;
      progress.rowsRead[s.name]!++;
      s.entry.push({ kind: INSERT, f: s.complete ? s.complete(f) : f });
    };
    // pushRow for a source's batch: the source's fields read once, the batch counted at once (the
    // row that failed counted, as pushRow counts it, the ones after it taken back). Not counted
    // after the loop: that statement would have no type feedback yet when V8 compiles the loop
    // during the first batch, and the compiled code would be thrown away at every batch's end.
    const pushBatch = (s: (typeof openSources)[number], rows: unknown[][], lines: ArrayLike<number>) => {
      const entry = s.entry, complete = s.complete;
      causeSource = s.name;
      progress.rowsRead[s.name]! += rows.length;
      let i = 0;
      try {
        for (; i < rows.length; i++) {
          causeLine = lines[i]!; cause = null;
          const f = rows[i]!;
          entry.push({ kind: INSERT, f: complete ? complete(f) : f });
        }
      } catch (e) {
        progress.rowsRead[s.name]! -= rows.length - i - 1;
        throw e;
      }
    };
    const finish = (s: (typeof openSources)[number]) => {
      causeSource = s.name; causeLine = 0; cause = null;
      s.entry.watermark(Infinity);
      s.entry.end();
      if (s.src) progress.skipped[s.name] = s.src.skipped;
    };
    // Give the event loop a turn every 20 ms of work, so an abort sent by another thread or
    // process (the extension's Stop) is received while a long run is still going.
    let lastTurn = Date.now();
    const yieldTurn = async () => {
      if (backpressure) {
        const wait = backpressure;
        backpressure = undefined;
        await wait;
        lastTurn = Date.now();
        abortCheck();
      }
      if (Date.now() - lastTurn < 20) return;
      await new Promise<void>((r) => setImmediate(r));
      lastTurn = Date.now();
      abortCheck();
    };
    let lastProgress = 0;
    const report = () => {
      if (!opts.onProgress) return;
      const now = Date.now();
      if (now - lastProgress > 50) { lastProgress = now; opts.onProgress({ ...progress }); }
    };
    if (opts.arrival === 'interleaved') {
      const iters = openSources.map((s) => ({ s, buf: { rows: [], lines: [] } as SourceBatch, done: false, pos: 0 }));
      for (const it of iters) if (it.s.values) it.buf = { rows: it.s.values, lines: it.s.values.map((_, i) => i + 1) };
      let active = iters.length;
      while (active > 0) {
        for (const it of iters) {
          if (it.done) continue;
          if (it.pos >= it.buf.rows.length) {
            const next = it.s.src ? await it.s.src.next() : null;
            if (!next) { it.done = true; active--; finish(it.s); continue; }
            it.buf = next; it.pos = 0;
          }
          pushRow(it.s, it.buf.rows[it.pos]!, it.buf.lines[it.pos]!);
          it.pos++;
        }
        abortCheck();
        report();
        await yieldTurn();
      }
    } else {
      for (const s of openSources) {
        if (s.values) s.values.forEach((f, i) => pushRow(s, f, i + 1));
        else {
          for (;;) {
            const batch = await s.src!.next();
            if (!batch) break;
            pushBatch(s, batch.rows, batch.lines);
            abortCheck();
            report();
            await yieldTurn();
          }
        }
        finish(s);
      }
    }
    if (holdTable) {
      causeSource = null; cause = null;
      for (const f of finalRows) { if (f === null) continue; deliver(INSERT, f); if (backpressure) await yieldTurn(); }
    }
  } catch (e) {
    if (!(e instanceof Stop)) result.error = toError(e);
  } finally {
    for (const s of openSources) s.src?.close();
  }
  if (writer) { if (inPage) writer.page(); }
  else if (opts.onPage && page.length) opts.onPage(page);
  opts.onProgress?.({ ...progress });
  return result;
}

// ---- output formats ---------------------------------------------------------------------------

/** changelogLine specialised once for the columns, written as bytes with its line break: the CLI's hot path. */
export function changelogWriter(columns: Field[]): (kind: RowKind, fields: readonly unknown[], out: LineBytes) => void {
  return rowWriter(columns.map((x) => x.type));
}

export function changelogLine(c: Change, columns: Field[]): string {
  return formatRow({ kind: c.kind, f: c.fields }, columns.map((x) => x.type));
}

export function jsonLine(c: Change, columns: Field[]): string {
  return JSON.stringify({ kind: KIND_NAME[c.kind], fields: c.fields.map((v, i) => jsonValue(v, columns[i]!.type)) });
}

/** Column width the SQL client infers from a type (PrintStyle.tableauWithTypeInferredColumnWidths). */
function tableauWidth(ty: SqlType): number {
  const max = 30;
  switch (ty.name) {
    case 'CHAR': case 'VARCHAR': return Math.min(max, ty.precision ?? max);
    case 'BOOLEAN': return 5;
    case 'TINYINT': return 4;
    case 'SMALLINT': return 6;
    case 'INT': return 11;
    case 'BIGINT': return 20;
    case 'DECIMAL': return Math.min(max, (ty.precision ?? 10) + 2);
    case 'DATE': return 10;
    case 'TIME': return 8 + ((ty.precision ?? 0) > 0 ? (ty.precision ?? 0) + 1 : 0);
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return 19 + ((ty.precision ?? 6) > 0 ? (ty.precision ?? 6) + 1 : 0);
    default: return max;
  }
}

/** The SQL client's tableau view in streaming mode: the `op` column, widths from the types. */
export function tableau(changes: Change[], columns: Field[]): string {
  const widths = [2, ...columns.map((c) => Math.max(c.name.length, tableauWidth(c.type)))];
  const cell = (v: string, w: number) => (v.length > w ? v.slice(0, Math.max(0, w - 3)) + '...' : v.padStart(w));
  const line = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const fmt = (r: string[]) => '|' + r.map((v, i) => ' ' + cell(v, widths[i]!) + ' ').join('|') + '|';
  const out = [line, fmt(['op', ...columns.map((c) => c.name)]), line];
  for (const c of changes) out.push(fmt([KIND_SHORT[c.kind], ...c.fields.map((v, i) => (v === null ? '<NULL>' : formatRow({ kind: INSERT, f: [v] }, [columns[i]!.type]).slice(3, -1)))]));
  out.push(line);
  out.push(`Received a total of ${changes.length} ${changes.length > 1 ? "rows" : "row"}`);
  return out.join('\n');
}

export { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, keyOf };
export const SINK_DESCRIPTION: Record<SinkKind, string> = {
  collect: 'SQL client (retract stream)',
  retract: 'retract sink',
  upsert: 'upsert sink (+I, +U, -D by primary key)',
  append: 'append-only sink',
  blackhole: 'blackhole',
};
export function dirOf(file: string): string { return dirname(file); }

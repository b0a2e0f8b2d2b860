// AST -> plan. One function per SQL construct; each returns a PlanNode with its output fields
// and modify kinds. Constructs the engine lacks raise `not supported yet` with their position.
import type * as A from '../syntax/ast.ts';
import type { Range } from '../diagnostics.ts';
import { Catalog, DEFAULT_PATH, type CatalogTable } from '../catalog/catalog.ts';
import {
  AGGREGATES, castFn, compileExpr, exprKey, jsonText, fnName, intervalLiteralMs, isAggregateCall, isConstant, isNondeterministicCall, posPrefix, resolveName, walkExpr,
  type Compiled, type ExprContext, type Field, type Fn,
} from '../analysis/expressions.ts';
import { CALCITE, CODEGEN, FlinkError, RUNTIME, TABLE, UNSUPPORTED_OPERATION, VALIDATION, deferOrThrow, notSupported } from '../analysis/errors.ts';
import { checkSignature } from '../analysis/functions/signatures.ts';
import {
  ALL_CHANGES, INSERT_ONLY, changeProducer, isInsertOnly, kindsDescription, nodeName, unionKinds,
  type ModifyKinds, type PlanNode,
} from './nodes.ts';
import {
  BIGINT, DOUBLE, INT, MAX_LENGTH, STRING, commonType, isApprox, isIntegral, isString, t, typeToString, withNullable, withoutTimeAttr,
  type SqlType,
} from '../types/types.ts';
import { Calc, Correlate, Deduplicate, MiniBatchDeduplicate, RowTimeFirstRow, GroupAggregate, MiniBatchGroupAggregate, TwoPhaseGroupAggregate, Join, Limit, Rank, RetractableTopN, UpdatableTopN, NonTimeOverAggregate, SemiAntiJoin, Sort, Union, BatchAggregate, ARRIVAL_ORDER, type JoinSideState, type SortSpec } from '../runtime/operators.ts';
import { binaryRowHash, decimalString, internalHash } from '../types/values.ts';
import { IntervalJoin, LocalWindowAggregate, OverAggregate, TemporalJoin, TemporalSort, WindowJoin, WindowRank, WatermarkAssigner, WindowAggregate, WindowTableFunction, type WindowSpec } from '../runtime/windows.ts';
import { ProcTimeMiniBatchAssigner, RowtimeMiniBatchAssigner } from '../runtime/mini-batch.ts';
import { GroupWindowAggregate } from '../runtime/group-window.ts';
import * as HLL from '../runtime/hll.ts';
import { BatchOverAggregate, type BatchWindowCall } from '../runtime/batch-over.ts';
import { comparator } from '../runtime/operators.ts';
import * as Agg from '../runtime/aggregates.ts';
import type { Operator } from '../runtime/operator.ts';
import { planMatchRecognize } from './match.ts';

export interface PlanEnv {
  catalog: Catalog;
  ctes: Map<string, { query: A.Query; columns: string[] }>;
  stmtStart?: { line: number; character: number };
  now: () => number;
  batch: boolean;
  /** SET 'table.exec.mini-batch.enabled' = 'true': bundle size in rows */
  miniBatchSize?: number;
  /** SET 'table.exec.mini-batch.allow-latency' in milliseconds */
  miniBatchLatency?: number;
  /** SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE' */
  onePhaseAgg?: boolean;
  /** WHERE conjuncts of the SELECT being planned that inner joins below it may take as join
   *  conditions (Flink's FlinkFilterJoinRule): `FROM a, b WHERE a.k = b.k` is an equi-join */
  pushWhere?: { expr: A.Expression; used: boolean }[];
  /** planning a SELECT whose WHERE Calcite reduces to FALSE: Flink prunes it (an empty Values)
   *  and generates no code for it, so a call its code generation refuses is no error there */
  pruned?: boolean;
  /** checks to run once the statement's consumer has read its columns (Field.use): what depends
   *  on no column being read (a global aggregate's first call); absent, they run at once */
  finish?: (() => void)[];
}

interface Scoped { node: PlanNode; fields: Field[] }

/** the catalog table each TableSourceScan reads */
export const scannedTables = new WeakMap<PlanNode, CatalogTable>();

function ctxOf(env: PlanEnv, fields: Field[], extra: Partial<ExprContext> = {}): ExprContext {
  return { fields, now: env.now, stmtStart: env.stmtStart, ...extra, ...(env.pruned ? { deferred: [] } : {}) };
}

/**
 * Under mini-batch Flink puts a rowtime MiniBatchAssigner (allow-latency) in front of an
 * event-time operator (an OVER aggregation, a window aggregation or Top-N; on each input of a
 * temporal or window join, below the window TVF, which passes watermarks on): the operator sees
 * only the watermarks that assigner passes. Without mini-batch (or in batch mode) the port itself.
 */
function rowtimeMiniBatch(env: PlanEnv, port: Operator): Operator {
  return env.miniBatchSize && !env.batch ? new RowtimeMiniBatchAssigner(port, env.miniBatchLatency ?? 0) : port;
}

function miniBatchOf(env: PlanEnv, rowtime: boolean): Pick<PlanNode, 'miniBatch'> {
  return env.miniBatchSize && !env.batch ? { miniBatch: { intervalMs: env.miniBatchLatency ?? 0, rowtime } } : {};
}

/**
 * Upsert keys of a Top-N (FlinkRelMdUpsertKeys / getRankUniqueKeys): a top-1 keeps one row per
 * partition, so its partition keys (its rank number is the literal 1); otherwise the input's keys
 * that contain the partition keys (a rank only drops rows), and with the rank number column the
 * partition keys plus it.
 */
function rankKeys(partition: (number | undefined)[], inputKeys: number[][], top1: boolean, rankIdx: number): number[][] {
  const part = partition.filter((i): i is number => i !== undefined);
  if (top1) return [part];
  const kept = inputKeys.filter((k) => part.every((p) => k.includes(p)));
  return rankIdx >= 0 ? [[...part, rankIdx], ...kept] : kept;
}

/** Upsert keys of a window Top-N (see its node). */
function windowRankKeys(partition: (number | undefined)[], win: { startIdx: number; endIdx: number }, n: number, outputRank: boolean, rankIdx: number): number[][] {
  const keys = partition.filter((i): i is number => i !== undefined && i !== win.startIdx && i !== win.endIdx);
  if (n === 1) return [keys];
  return outputRank ? [[...keys, rankIdx]] : [];
}

/** A GROUP BY under mini-batch as explain shows it: Global + LocalGroupAggregate when it runs in two phases. */
function groupAggregateExplain(env: PlanEnv, mergeable: boolean, attrs: string): Partial<PlanNode> {
  if (!env.miniBatchSize || env.batch) return {};
  if (!mergeable || env.onePhaseAgg) return miniBatchOf(env, false);
  return { ...miniBatchOf(env, false), explainKind: 'GlobalGroupAggregate', explainChain: [{ kind: 'LocalGroupAggregate', attrs }] };
}

function mk(p: Omit<PlanNode, 'updateBefore' | 'upsertKeys' | 'passThrough'> & Partial<Pick<PlanNode, 'upsertKeys' | 'passThrough'>>): PlanNode {
  return { updateBefore: false, upsertKeys: [], passThrough: false, ...p };
}

const names = (fs: Field[]) => fs.map((f) => f.name).join(', ');

/** Makes output names unique as Calcite does (a, a0, a1 ...). */
function uniqueNames(fs: Field[]): Field[] {
  const seen = new Set<string>();
  return fs.map((f) => {
    let n = f.name; let i = 0;
    while (seen.has(n)) n = f.name + i++;
    seen.add(n);
    return n === f.name ? f : { ...f, name: n };
  });
}

// ---- sources --------------------------------------------------------------------------------

function scanTable(table: CatalogTable, env: PlanEnv, alias: string, range: Range): Scoped {
  const connector = table.options['connector'];
  const physical = table.columns.filter((c) => c.kind !== 'computed');
  // Flink pushes the query's projection into the source: the format converts only the columns
  // the query reads, so a value that does not parse in another column does not fail the run
  // (test/cases/csv-unused-column-bad-value). A name that resolves to a column marks it read
  // (Field.use); a computed column read marks the physical columns its expression reads.
  const reads: boolean[] = physical.map(() => false);
  const physFields: Field[] = physical.map((c, i) => ({ name: c.name, type: withoutTimeAttr(c.type), use: () => { reads[i] = true; } }));
  // computed columns are evaluated on the physical row, in declaration order, when read
  const fields: Field[] = [];
  const computers: (Fn | null)[] = [];
  const computedRead: boolean[] = [];
  let p = 0;
  for (const c of table.columns) {
    if (c.kind !== 'computed') { fields.push({ ...physFields[p++]!, qualifier: alias }); computers.push(null); continue; }
    const deps: (() => void)[] = [];
    // (a computed column no query reads gets no code: Flink's projection prunes it)
    const refused: FlinkError[] = [];
    const compiled = compileExpr(c.expr!, ctxOf(env, physFields.map((f) => ({ ...f, use: () => { deps.push(f.use!); } })), { deferred: refused }));
    c.type = compiled.type;
    const i = fields.length;
    computedRead[i] = false;
    fields.push({ name: c.name, qualifier: alias, type: compiled.type, use: () => { if (refused[0]) throw refused[0]; if (!computedRead[i]) { computedRead[i] = true; for (const d of deps) d(); } } });
    computers.push(compiled.fn);
  }
  const hasComputed = computers.some((x) => x !== null);
  const complete = hasComputed
    ? (f: unknown[]) => {
        const out = new Array(computers.length);
        for (let i = 0, p = 0; i < computers.length; i++) {
          const cmp = computers[i];
          out[i] = cmp ? (computedRead[i] ? cmp(f) : null) : f[p++];
        }
        return out;
      }
    : null;
  let wmFn: Fn | null = null;
  let wmText = '';
  if (table.watermark) {
    const wi = fields.findIndex((f) => f.name === table.watermark!.column);
    if (wi < 0) throw new FlinkError(VALIDATION, `The rowtime attribute field '${table.watermark.column}' is not defined in the table schema, at ${fields.map((f) => f.name).join(', ')}`, table.watermark.range);
    const wt = fields[wi]!.type;
    if (!(wt.name === 'TIMESTAMP' || wt.name === 'TIMESTAMP_LTZ') || (wt.precision ?? 6) > 3) {
      throw new FlinkError(VALIDATION, `Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is ${typeToString(wt)}`, table.watermark.range);
    }
    // Batch mode has no watermarks: Flink plans no WatermarkAssigner there, so the expression
    // reads nothing (it is still checked) and the rowtime column is read only when a query names it.
    const c = compileExpr(table.watermark.strategy, ctxOf(env, env.batch ? fields.map((f) => ({ ...f, use: undefined })) : fields));
    if (!env.batch) wmFn = c.fn;
    wmText = c.text;
    fields[wi] = { ...fields[wi]!, type: { ...wt, timeAttr: 'rowtime' } };
  }
  const scan = mk({
    kind: 'TableSourceScan',
    inputs: [],
    fields,
    attrs: '',
    kinds: INSERT_ONLY,
    ...miniBatchOf(env, false),
    upsertKeys: table.primaryKey ? [table.primaryKey.map((k) => fields.findIndex((f) => f.name === k))] : [],
    range,
    build: (out, rt) => {
      rt.sources.push({ table, entry: out, complete, reads, order: table.order + 1, name: table.name });
      return [];
    },
  });
  // Flink's notation for the pushed-down projection, once the whole query has marked its reads
  Object.defineProperty(scan, 'attrs', {
    get: () => {
      const read = physFields.filter((_, i) => reads[i]);
      const path = `${DEFAULT_PATH.replace('.', ', ')}, ${table.name}`;
      return read.length === physFields.length
        ? `table=[[${path}]], fields=[${names(physFields)}]`
        : `table=[[${path}, project=[${names(read)}], metadata=[]]], fields=[${names(read)}]`;
    },
  });
  scannedTables.set(scan, table);
  if (connector !== 'filesystem' && connector !== 'datagen') {
    const known = ['kafka', 'upsert-kafka', 'jdbc', 'print', 'blackhole', 'elasticsearch-7', 'hbase-2.2', 'mysql-cdc', 'postgres-cdc', 'hive', 'iceberg', 'paimon', 'fluss'];
    // (probed on Flink 2.3.0: a sink-only connector, and a Kafka table in batch mode, are rejected while planning)
    const err = connector === undefined
      ? new FlinkError(VALIDATION, `Table options do not contain an option key 'connector' for discovering a connector. Therefore, Flink assumes a managed table. However, a managed table factory that implements org.apache.flink.table.factories.ManagedTableFactory is not in the classpath.`, table.range)
      : connector === 'print' || connector === 'blackhole'
        ? new FlinkError(VALIDATION, `Connector '${connector}' can only be used as a sink. It cannot be used as a source.`, table.optionRanges['connector'] ?? table.range)
      : env.batch && (connector === 'kafka' || connector === 'upsert-kafka')
        ? new FlinkError(VALIDATION, `Querying an unbounded table '${DEFAULT_PATH}.${table.name}' in batch mode is not allowed. The table source is unbounded.`, table.range)
      : known.includes(connector)
        ? notSupported(`reading table '${table.name}' from the '${connector}' connector (the engine reads filesystem csv/json files and datagen; point a filesystem table at sample data)`, table.optionRanges['connector'] ?? table.range)
        : new FlinkError(VALIDATION, `Could not find any factory for identifier '${connector}' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.`, table.optionRanges['connector'] ?? table.range);
    // Flink rejects an unknown connector while planning; a known one it can read, we cannot yet
    if (err.className === VALIDATION) throw err;
    scan.build = () => { throw err; };
  }
  if (!wmFn) return { node: scan, fields };
  const wf = wmFn;
  const wm = mk({
    kind: 'WatermarkAssigner',
    inputs: [scan],
    fields,
    attrs: `rowtime=[${table.watermark!.column}], watermark=[${wmText}]`,
    kinds: INSERT_ONLY,
    ...miniBatchOf(env, false),
    passThrough: true,
    upsertKeys: scan.upsertKeys,
    build: (out, rt) => {
      const op = new WatermarkAssigner(out, wf);
      op.onAdvance = (ts) => rt.onWatermark(ts);
      return [op];
    },
  });
  return { node: wm, fields };
}

/** A VALUES element Calcite keeps as a literal: a literal, or a signed number. */
function valuesLiteral(e: A.ValuesElement): boolean {
  if (e.kind === 'Unary' && e.op !== 'NOT') return e.operand.kind === 'NumericLiteral';
  return ['NumericLiteral', 'StringLiteral', 'BooleanLiteral', 'BinaryStringLiteral', 'TypedLiteral', 'IntervalLiteral'].includes(e.kind);
}

function planValues(v: A.Values, env: PlanEnv, colNames?: string[]): Scoped {
  const ctx = ctxOf(env, []);
  // Calcite types a VALUES column from its rows' own types: a bare NULL has none (Flink 2.3.0
  // rejects `VALUES (1, 2), (2, NULL)`, even in `INSERT INTO t VALUES`; CAST(NULL AS INT) is fine)
  const bareNull = v.rows.flat().find((e) => e.kind === 'NullLiteral');
  if (bareNull) throw new FlinkError(CALCITE, `${posPrefix(ctx, bareNull.range)}Illegal use of 'NULL'`, bareNull.range);
  const rows = v.rows.map((r) => r.map((e) => compileExpr(e, ctx)));
  const width = rows[0]?.length ?? 0;
  const types: SqlType[] = [];
  for (let i = 0; i < width; i++) {
    const ct = commonType(rows.map((r) => r[i]!.type));
    if (!ct) throw new FlinkError(CALCITE, `${posPrefix(ctx, v.range)}Values passed to VALUES operator must have compatible types`, v.range);
    // CHARs of one length stay CHAR, of several VARCHAR (commonType; Flink 2.3.0: VALUES ('a'), ('b') is CHAR(1))
    types.push(ct);
  }
  const values = rows.map((r) => r.map((c, i) => {
    const x = c.fn([]);
    const ty = types[i]!;
    if (ty.name === 'DECIMAL' && typeof x === 'number') { const f = 10 ** (ty.scale ?? 0); return Math.round(x * f) / f; }
    return x;
  }));
  const fields = types.map((ty, i) => ({ name: colNames?.[i] ?? `EXPR$${i}`, type: ty }));
  const node = mk({
    kind: 'Values',
    inputs: [],
    fields,
    attrs: `tuples=[${rows.map((r) => '{ ' + r.map((c) => c.text.replace(/^_UTF-16LE/, '')).join(', ') + ' }').join(', ')}]`,
    kinds: INSERT_ONLY,
    // Calcite makes VALUES rows that are not all literals (CAST(NULL AS STRING), 1 + 1) a UNION ALL
    // of one-row projections (SqlToRelConverter): explain shows Flink's Union of Calc over Values
    ...(rows.length > 1 && v.rows.some((r) => r.some((e) => !valuesLiteral(e)))
      ? { explainUnionOfRows: rows.map((r) => r.map((c, i) => `${c.text} AS ${fields[i]!.name}`).join(', ')) } : {}),
    range: v.range,
    build: (out, rt) => { rt.sources.push({ table: null, values, entry: out, complete: null, order: 0, name: 'VALUES' }); return []; },
  });
  return { node, fields };
}

// ---- FROM -------------------------------------------------------------------------------------

function aliasName(a: A.Alias | undefined, dflt: string): string {
  return a?.name.value ?? dflt;
}

function renameColumns(s: Scoped, alias: A.Alias | undefined, qualifier: string): Scoped {
  const cols = alias?.columns ?? [];
  if (cols.length && cols.length !== s.fields.length) {
    throw new FlinkError(CALCITE, `List of column aliases must have same degree as table; table has ${s.fields.length} columns, whereas alias list has ${cols.length} columns`, alias!.range);
  }
  return { node: s.node, fields: s.fields.map((f, i) => ({ ...f, name: cols[i]?.value ?? f.name, qualifier })) };
}

/** FROM t (a INT): Calcite's extended columns parse; Flink 2.3.0's planner fails on them ("Cannot extend null"). */
function noExtend(t: A.TableName): A.TableName {
  if (t.extend) throw new FlinkError(RUNTIME, 'Cannot extend null', t.range);
  return t;
}

function planFrom(f: A.FromItem, env: PlanEnv): Scoped {
  switch (f.kind) {
    case 'TableName': {
      noExtend(f);
      if (f.systemTime) {
        // time travel (a constant point in time): the default in-memory catalog keeps no table
        // versions (probed on Flink 2.3.0; case time-travel-unsupported-table)
        let constant = true;
        walkExpr(f.systemTime, (x) => { if (x.kind === 'Name') constant = false; return constant; });
        if (constant && env.catalog.get(f.name)?.kind === 'table') throw new FlinkError(UNSUPPORTED_OPERATION, 'getTable(ObjectPath, long) is not implemented for class org.apache.flink.table.catalog.GenericInMemoryCatalog.', f.systemTime.range);
        throw notSupported('FOR SYSTEM_TIME AS OF (temporal join)', f.systemTime.range);
      }
      const key = Catalog.key(f.name);
      const alias = aliasName(f.alias, f.name[f.name.length - 1]!.value);
      const cte = f.name.length === 1 ? env.ctes.get(key) : undefined;
      if (cte) {
        const s = planQuery(cte.query, env);
        const named = cte.columns.length ? { node: s.node, fields: s.fields.map((x, i) => ({ ...x, name: cte.columns[i] ?? x.name })) } : s;
        return renameColumns(named, f.alias, alias);
      }
      const obj = env.catalog.get(f.name);
      if (!obj) {
        const ctx = ctxOf(env, []);
        const wanted = f.name.map((p) => p.value).join('.');
        const alt = [...env.catalog.objects.keys()].find((k) => k.toLowerCase() === wanted.toLowerCase());
        throw new FlinkError(CALCITE, `${posPrefix(ctx, f.range)}Object '${wanted}' not found${alt ? `; did you mean '${alt}'?` : ''}`, f.range);
      }
      if (obj.kind === 'view') {
        const s = planQuery(obj.query, { ...env, ctes: new Map() });
        const named = obj.columns.length ? { node: s.node, fields: s.fields.map((x, i) => ({ ...x, name: obj.columns[i] ?? x.name })) } : s;
        return renameColumns(named, f.alias, alias);
      }
      return renameColumns(scanTable(obj, env, alias, f.range), f.alias, alias);
    }
    case 'DerivedTable': {
      if (f.lateral) throw notSupported('LATERAL subquery', f.range);
      const body = f.query.body;
      if (body.kind === 'Values' && !f.query.orderBy.length && !f.query.with) {
        const v = planValues(body, env, f.alias?.columns.map((c) => c.value));
        return renameColumns(v, f.alias, aliasName(f.alias, ''));
      }
      const s = planQuery(f.query, env);
      return renameColumns(s, f.alias, aliasName(f.alias, ''));
    }
    case 'TableFunction': return planTableFunction(f, env);
    case 'Join': return planJoin(f, env);
    case 'Unnest': throw notSupported('UNNEST outside of a join with its table', f.range);
    case 'MatchRecognize': return planMatchRecognize(f, env, { planFrom, planAggCall, ctxOf, mk });
    default: throw notSupported(`FROM ${(f as A.FromItem).kind}`, (f as A.FromItem).range);
  }
}

// ---- window TVFs ----------------------------------------------------------------------------

interface WindowInfo { spec: WindowSpec; timeIdx: number; startIdx: number; endIdx: number; text: string }
const windowInfos = new WeakMap<PlanNode, WindowInfo>();
/** The aggregation's columns aggregateFirst reads for an outer column of a correlated scalar subquery (Calcite's misread correlation): planJoin checks the equality's types as Flink's JoinConditionTypeCoerceRule does */
const misreadKeys = new WeakSet<A.Expression>();
/** SELECT DISTINCT queries rewriteScalarSubqueries planned as a GROUP BY (planQuery adds no DISTINCT above them) */
const distinctAsGroupBy = new WeakSet<A.Select>();
/** Subqueries aggregateJoinTranspose moved above an aggregation, and the derived tables joinSubqueries makes of them: the join keeps none of their columns (Flink's Calc(select=[])), so they bring the join no unique key */
const joinedWithoutColumns = new WeakSet<object>();

/** A table's computed columns typed over its other columns (CREATE TABLE ... AS checks them so). */
export function typeComputedColumns(table: CatalogTable, env: PlanEnv): void {
  const fields: Field[] = table.columns.filter((c) => c.kind !== 'computed').map((c) => ({ name: c.name, type: withoutTimeAttr(c.type) }));
  for (const c of table.columns) if (c.kind === 'computed') c.type = compileExpr(c.expr!, ctxOf(env, fields)).type;
}

/**
 * Flink's RelModifiedMonotonicity of a node's fields, where the engine knows it
 * (FlinkRelMdModifiedMonotonicity): a GroupAggregate over insert-only input has its keys CONSTANT,
 * COUNT and MAX INCREASING, MIN DECREASING, the rest NOT_MONOTONIC (a SUM is monotonic in Flink
 * only over a column whose interval a filter bounds: not modelled); a Calc keeps the monotonicity
 * of the columns it projects. It decides a Top-N's UpdateFastStrategy (updateFast).
 */
type Monotonicity = 'CONSTANT' | 'INCREASING' | 'DECREASING' | 'NOT';
const monotonicities = new WeakMap<PlanNode, Monotonicity[]>();
/**
 * A regular join's modified monotonicity (and a Calc's over it), kept apart from `monotonicities`
 * (which decides Top-N strategies): FlinkRelMdModifiedMonotonicity's Join rule, its inputs'
 * monotonicities joined when neither may delete, the equi-keys are CONSTANT on both sides, and
 * the condition is an equi-join when an input updates. The join's own outer-join retractions are
 * not counted (Flink's rule does not count them either). Read by minMaxWithoutRetraction.
 */
const joinMonotonicities = new WeakMap<PlanNode, Monotonicity[]>();
/** A node's modified monotonicity where the engine knows it (null: it may delete, or unknown) */
function modifiedMonotonicity(n: PlanNode): Monotonicity[] | null {
  return monotonicities.get(n) ?? joinMonotonicities.get(n) ?? (isInsertOnly(n.kinds) ? n.fields.map((): Monotonicity => 'CONSTANT') : null);
}

/**
 * RankProcessStrategy.analyzeRankProcessStrategies: over an updating input with an upsert key that
 * holds the partition keys, a sort on fields that cannot move against the order (CONSTANT, or
 * INCREASING sorted DESC, DECREASING sorted ASC) runs as UpdatableTopNFunction (UpdateFastStrategy,
 * the input sends no UPDATE_BEFORE), which the engine does not replay yet.
 */
function updateFast(input: PlanNode, partition: (number | undefined)[], sort: { fieldIndex?: number; desc: boolean }[]): boolean {
  if (isInsertOnly(input.kinds) || !sort.length) return false;
  if (!input.upsertKeys.some((k) => partition.every((p) => p !== undefined && k.includes(p)))) return false;
  // a filter on the way (a Calc over updating input needs UPDATE_BEFORE to retract the rows it let
  // through): Flink's changelog inference cannot spare the input's UPDATE_BEFORE and keeps the
  // RetractStrategy (a HAVING under a Top-N ranked in its SELECT; random seed 703, case
  // topn-over-aggregate-having-retract)
  for (let n: PlanNode | undefined = input; n?.kind === 'Calc'; n = n.inputs[0]) if (n.requiresUpdateBefore) return false;
  const m = monotonicities.get(input);
  if (!m) return false;
  return sort.every(({ fieldIndex: i, desc }) => i !== undefined && (m[i] === 'CONSTANT' || (m[i] === 'INCREASING' && desc) || (m[i] === 'DECREASING' && !desc)));
}

/**
 * Which MIN / MAX calls of a GroupAggregate over an updating input run without retraction, as
 * AggregateUtil.deriveAggCallNeedRetractions decides from the aggregate's modified monotonicity
 * (getRelModifiedMonotonicityOnAggregate over the columns the aggregation reads): group keys
 * CONSTANT, MIN DECREASING, MAX INCREASING, a call whose argument's monotonicity differs made
 * NOT_MONOTONIC when a read column updates. Such a MIN/MAX ignores retractions (MinAggFunction has
 * no retract): over a LEFT JOIN of insert-only tables, the padded row's -D leaves it as it was
 * (case agg-min-max-over-left-join). Unknown shapes (computed keys or arguments, FILTER,
 * DISTINCT) keep retraction.
 */
function minMaxWithoutRetraction(input: PlanNode, keys: Compiled[], aggCalls: A.FunctionCall[], ctx: ExprContext): boolean[] {
  const none = aggCalls.map(() => false);
  if (isInsertOnly(input.kinds)) return none;
  const m = modifiedMonotonicity(input);
  if (!m || keys.some((k) => k.fieldIndex === undefined || m[k.fieldIndex] !== 'CONSTANT')) return none;
  const args: number[][] = [];
  for (const c of aggCalls) {
    if (c.filter || c.quantifier === 'DISTINCT' || c.withinGroup) return none;
    if (c.args.length === 1 && (c.args[0] as A.Expression).kind === 'Star') { args.push([]); continue; }
    const idx: number[] = [];
    for (const a of c.args) {
      let i: number | undefined;
      try { i = compileExpr(a as A.Expression, { ...ctx, deferred: [] }).fieldIndex; } catch { return none; }
      if (i === undefined) return none;
      idx.push(i);
    }
    args.push(idx);
  }
  const read = [...keys.map((k) => k.fieldIndex!), ...args.flat()];
  const updates = read.some((i) => m[i] !== 'CONSTANT');
  return aggCalls.map((c, j) => {
    const name = fnName(c);
    if ((name !== 'MIN' && name !== 'MAX') || args[j]!.length !== 1) return false;
    const mono: Monotonicity = name === 'MIN' ? 'DECREASING' : 'INCREASING';
    return !updates || m[args[j]![0]!] === mono;
  });
}

function planTableFunction(f: A.TableFunction, env: PlanEnv): Scoped {
  const name = fnName(f.call);
  if (!['TUMBLE', 'HOP', 'CUMULATE', 'SESSION'].includes(name)) throw notSupported(`table function ${name}`, f.range);
  const positional: A.FunctionArg[] = [];
  const named = new Map<string, A.FunctionArg>();
  for (const a of f.call.args) {
    if (a.kind === 'NamedArgument') named.set(a.name.value.toUpperCase(), a.value);
    else positional.push(a);
  }
  const order = name === 'TUMBLE' ? ['DATA', 'TIMECOL', 'SIZE', 'OFFSET'] : name === 'HOP' ? ['DATA', 'TIMECOL', 'SLIDE', 'SIZE', 'OFFSET'] : name === 'CUMULATE' ? ['DATA', 'TIMECOL', 'STEP', 'SIZE', 'OFFSET'] : ['DATA', 'TIMECOL', 'GAP'];
  const arg = (k: string) => named.get(k) ?? positional[order.indexOf(k)];
  const data = arg('DATA');
  let input: Scoped;
  let partitionBy: A.Expression[] = [];
  if (data?.kind === 'TableArgument') {
    partitionBy = data.partitionBy;
    input = planFrom({ kind: 'TableName', name: data.table, hints: [], range: data.range }, env);
  } else if (data && (data as A.Expression).kind === 'Subquery') {
    input = planQuery((data as A.SubqueryExpr).query, env);
  } else if (data && (data as A.Expression).kind === 'Name' && (data as A.NameExpr).parts.length === 1) {
    // SESSION(t PARTITION BY k, ...), TUMBLE(t, ...): Flink 2.3.0 validates `t` as a column
    const n = data as A.NameExpr;
    throw new FlinkError(CALCITE, `${posPrefix(ctxOf(env, []), n.range)}Column '${n.parts[0]!.value}' not found in any table`, n.range);
  } else throw notSupported(`${name} without a TABLE argument`, f.range);
  const timecol = arg('TIMECOL');
  if (!timecol || timecol.kind !== 'Descriptor') throw notSupported(`${name} without DESCRIPTOR(time column)`, f.range);
  if (timecol.columns.length !== 1 || timecol.others) throw notSupported(`${name} with other than one column name in DESCRIPTOR`, timecol.range);
  const tcName = timecol.columns[0]!;
  const ctx = ctxOf(env, input.fields);
  const { index: timeIdx } = resolveName(ctx, [tcName], tcName.range);
  const tt = input.fields[timeIdx]!.type;
  if (!tt.timeAttr) {
    throw new FlinkError(VALIDATION, `The window function requires the timecol is a time attribute type, but is ${typeToString(tt)}.`, timecol.range);
  }
  const ms = (k: string): number => {
    const a = arg(k);
    if (!a) return 0;
    if (a.kind !== 'IntervalLiteral') throw notSupported(`a non-literal ${k} in ${name}`, a.range);
    return intervalLiteralMs(a);
  };
  const size = name === 'SESSION' ? 0 : ms('SIZE');
  const step = name === 'HOP' ? ms('SLIDE') : name === 'CUMULATE' ? ms('STEP') : name === 'SESSION' ? ms('GAP') : size;
  const spec: WindowSpec = { kind: name as WindowSpec['kind'], size, step, offset: name === 'SESSION' ? 0 : ms('OFFSET') };
  if (name === 'SESSION' && partitionBy.length) { /* partition keys only group sessions: they must be grouped by anyway */ }
  return buildWindowTvf(input, name, timeIdx, spec, tcName.value, aliasName(f.alias, ''), f.range);
}

function buildWindowTvf(input: Scoped, name: string, timeIdx: number, spec: WindowSpec, tcNameValue: string, alias: string, range: Range): Scoped {
  const tt = input.fields[timeIdx]!.type;
  const size = spec.size, step = spec.step;
  const outTime = { ...tt, precision: 3 };
  const fields: Field[] = [
    ...input.fields.map((x) => ({ ...x, type: x === input.fields[timeIdx] ? x.type : withoutTimeAttr(x.type) })),
    { name: 'window_start', type: t('TIMESTAMP', false, { precision: 3 }) },
    { name: 'window_end', type: t('TIMESTAMP', false, { precision: 3 }) },
    { name: 'window_time', type: { ...withNullable(outTime, false), name: tt.name } },
  ];
  for (const x of fields) x.qualifier = alias || x.qualifier;
  const fmt = (v: number) => (v % 86_400_000 === 0 ? `${v / 86_400_000} d` : v % 3_600_000 === 0 ? `${v / 3_600_000} h` : v % 60_000 === 0 ? `${v / 60_000} min` : v % 1000 === 0 ? `${v / 1000} s` : `${v} ms`);
  const text = name === 'TUMBLE' ? `TUMBLE(time_col=[${tcNameValue}], size=[${fmt(size)}])`
    : name === 'HOP' ? `HOP(time_col=[${tcNameValue}], size=[${fmt(size)}], slide=[${fmt(step)}])`
    : name === 'CUMULATE' ? `CUMULATE(time_col=[${tcNameValue}], max_size=[${fmt(size)}], step=[${fmt(step)}])`
    : `SESSION(time_col=[${tcNameValue}], gap=[${fmt(step)}])`;
  const g = (r: unknown[]) => r[timeIdx];
  const node = mk({
    kind: 'WindowTableFunction',
    inputs: [input.node],
    fields,
    attrs: `window=[${text}]`,
    kinds: input.node.kinds,
    passThrough: true,
    range,
    build: (out) => [new WindowTableFunction(out, spec.kind === 'SESSION' ? { ...spec, kind: 'TUMBLE', size: 1, step: 1 } : spec, g)],
  });
  if (!isInsertOnly(input.node.kinds)) {
    throw new FlinkError(TABLE, `StreamPhysicalWindowTableFunction doesn't support consuming ${kindsDescription(input.node.kinds)} changes which is produced by node ${nodeName(changeProducer(input.node))}`, range);
  }
  windowInfos.set(node, { spec, timeIdx, startIdx: input.fields.length, endIdx: input.fields.length + 1, text });
  return { node, fields };
}

// ---- joins ------------------------------------------------------------------------------------

function conjuncts(e: A.Expression | undefined): A.Expression[] {
  if (!e) return [];
  if (e.kind === 'Binary' && e.op === 'AND') return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}

function andAll(es: A.Expression[]): A.Expression | undefined {
  if (!es.length) return undefined;
  return es.reduce((a, b) => ({ kind: 'Binary', op: 'AND', left: a, right: b, range: a.range }) as A.BinaryExpr);
}

/** What Calcite reduces a WHERE conjunct to, when it does (SimplifyFilterConditionRule,
 *  ReduceExpressionsRule): a constant (NULL is FALSE there: 1 = 0, CAST(NULL AS BOOLEAN)), or a NOT
 *  NULL expression's IS [NOT] NULL; else undefined. */
function reducedCondition(c: A.Expression, ctx: ExprContext): boolean | undefined {
  // (compiled to learn a type: reads no column, raises no refusal)
  const quiet = { ...ctx, fields: ctx.fields.map((f) => ({ ...f, use: undefined })), deferred: [] };
  try {
    if (c.kind === 'Is' && c.test === 'NULL') return compileExpr(c.operand, quiet).type.nullable ? undefined : c.not;
    // RexSimplify.simplifyComparison: x <> x, x < x, x > x are FALSE (NULL when x is); x = x,
    // x <= x, x >= x are x IS NOT NULL (TRUE when x is NOT NULL); NOT (x = x) is FALSE (probed)
    const negated = c.kind === 'Unary' && c.op === 'NOT' ? c.operand : null;
    const cmp = negated ?? c;
    if (cmp.kind === 'Binary' && sameOperands(cmp.left, cmp.right)) {
      const never = ['<>', '!=', '<', '>'].includes(cmp.op), always = ['=', '<=', '>='].includes(cmp.op);
      if ((never && !negated) || (always && negated)) return false;
      if (always && !negated) return compileExpr(cmp.left, quiet).type.nullable ? undefined : true;
    }
    // (an aggregate call reads no column but is no constant: HAVING COUNT(*) > 2)
    let aggregate = false;
    walkExpr(c, (x) => { if (isAggregateCall(x)) aggregate = true; return !aggregate; });
    return isConstant(c) && !aggregate ? compileExpr(c, quiet).fn([]) === true : undefined;
  } catch { return undefined; }
}

/** Two operands Calcite's RexSimplify sees as one expression: the same text, deterministic, no subquery. */
function sameOperands(a: A.Expression, b: A.Expression): boolean {
  let plain = true;
  walkExpr(a, (x) => { if (x.kind === 'Subquery' || isNondeterministicCall(x) || (x.kind === 'FunctionCall' && /^(NOW|CURRENT_.*|LOCALTIME.*|UNIX_TIMESTAMP)$/.test(fnName(x)))) plain = false; return plain; });
  return plain && exprKey(a) === exprKey(b);
}

/**
 * Whether Calcite's RexSimplify.simplifyAnd (unknown as FALSE, as in a WHERE) reduces these
 * conjuncts together to FALSE: `x IS NULL` beside `x IS NOT NULL` or a condition that is never
 * TRUE when x is NULL, or comparisons of one column with constants that no value meets
 * (`x = 'a' AND x = 'b'`, `v > 3 AND v < 2`; probed on Flink 2.3.0).
 */
function contradictory(cs: A.Expression[], ctx: ExprContext): boolean {
  const fieldOf = (e: A.Expression): number | undefined => {
    if (e.kind !== 'Name') return undefined;
    try { const r = resolveName(ctx, e.parts, e.range); return r.rest.length ? undefined : r.index; } catch { return undefined; }
  };
  const nulls = new Set<number>();
  for (const c of cs) if (c.kind === 'Is' && c.test === 'NULL' && !c.not) { const i = fieldOf(c.operand); if (i !== undefined) nulls.add(i); }
  for (const i of nulls) {
    const notNull = (c: A.Expression): boolean => c.kind === 'Unary' && c.op === 'NOT' && c.operand.kind === 'Is' && c.operand.test === 'NULL' && !c.operand.not && fieldOf(c.operand.operand) === i;
    if (cs.some((c) => notNull(c) || (!(c.kind === 'Is' && c.test === 'NULL' && !c.not) && notTrueWhenNull(c, new Set([i]), ctx)))) return true;
  }
  // ranges of one column against literals of its own kind (numbers, or strings without trailing blanks)
  const ranges = new Map<number, { lo?: [number | string, boolean]; hi?: [number | string, boolean]; eq: (number | string)[] }>();
  const flip: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' };
  for (const c of cs) {
    if (c.kind !== 'Binary' || !(c.op in flip)) continue;
    let i = fieldOf(c.left), lit = c.right, op = c.op as string;
    if (i === undefined) { i = fieldOf(c.right); lit = c.left; op = flip[c.op]!; }
    if (i === undefined) continue;
    const t = ctx.fields[i]!.type.name;
    let v: number | string;
    if (lit.kind === 'NumericLiteral' && ['TINYINT', 'SMALLINT', 'INT', 'INTEGER', 'BIGINT', 'DECIMAL', 'DOUBLE', 'FLOAT'].includes(t)) v = Number(lit.text);
    else if (lit.kind === 'StringLiteral' && !lit.prefix && t === 'VARCHAR' && !/\s$/.test(lit.value)) v = lit.value;
    else continue;
    const r = ranges.get(i) ?? { eq: [] };
    ranges.set(i, r);
    if (op === '=') r.eq.push(v);
    else if (op === '>' || op === '>=') { if (!r.lo || v > r.lo[0] || (v === r.lo[0] && op === '>')) r.lo = [v, op === '>=']; }
    else if (!r.hi || v < r.hi[0] || (v === r.hi[0] && op === '<')) r.hi = [v, op === '<='];
  }
  for (const r of ranges.values()) {
    if (r.eq.some((v) => typeof v !== typeof r.eq[0] || v !== r.eq[0])) return true;
    const inRange = (v: number | string): boolean => (!r.lo || (typeof v === typeof r.lo[0] && (v > r.lo[0] || (v === r.lo[0] && r.lo[1])))) && (!r.hi || (typeof v === typeof r.hi[0] && (v < r.hi[0] || (v === r.hi[0] && r.hi[1]))));
    if (r.eq.length && !inRange(r.eq[0]!)) return true;
    if (r.lo && r.hi && typeof r.lo[0] === typeof r.hi[0] && (r.lo[0] > r.hi[0] || (r.lo[0] === r.hi[0] && !(r.lo[1] && r.hi[1])))) return true;
  }
  return false;
}

/** Which field indices an expression reads (resolving against the given fields). */
function fieldRefs(e: A.Expression, ctx: ExprContext): Set<number> {
  const s = new Set<number>();
  walkExpr(e, (x) => {
    if (x.kind === 'Name') {
      try { s.add(resolveName(ctx, x.parts, x.range).index); } catch { s.add(-1); }
      return false;
    }
    return true;
  });
  return s;
}

/**
 * Calcite's Strong.isNotTrue: the condition is never TRUE once every column in `cols` is NULL
 * (comparisons, arithmetic and CASTs of such a column are NULL; AND needs one such part, OR all).
 * Anything else (CASE, COALESCE, IS NULL, functions) counts as possibly true.
 */
function notTrueWhenNull(e: A.Expression, cols: Set<number>, ctx: ExprContext): boolean {
  const isNull = (x: A.Expression): boolean => {
    switch (x.kind) {
      case 'Name': try { const r = resolveName(ctx, x.parts, x.range); return r.rest.length === 0 && cols.has(r.index); } catch { return false; }
      case 'NullLiteral': return true;
      case 'Unary': return x.op !== 'NOT' && isNull(x.operand);
      case 'Cast': return isNull(x.operand);
      case 'Binary': return ['+', '-', '*', '/', '%', '||', '=', '<>', '!=', '<', '<=', '>', '>='].includes(x.op) && (isNull(x.left) || isNull(x.right));
      default: return false;
    }
  };
  switch (e.kind) {
    case 'Binary':
      if (e.op === 'AND') return notTrueWhenNull(e.left, cols, ctx) || notTrueWhenNull(e.right, cols, ctx);
      if (e.op === 'OR') return notTrueWhenNull(e.left, cols, ctx) && notTrueWhenNull(e.right, cols, ctx);
      return isNull(e);
    case 'Unary': return e.op === 'NOT' && isNull(e.operand);
    case 'Is':
      if (e.test === 'NULL' && e.not) return isNull(e.operand);
      if (e.test === 'TRUE' && !e.not) return notTrueWhenNull(e.operand, cols, ctx);
      return false;
    case 'Between': return !e.not && (isNull(e.operand) || isNull(e.low) || isNull(e.high));
    case 'In': return !!e.list && !e.not && isNull(e.operand);
    case 'Like': return isNull(e.operand) || isNull(e.pattern);
    default: return isNull(e);
  }
}

function innerJoin(j: A.Join): boolean {
  return j.joinType === 'INNER' || j.joinType === 'COMMA' || j.joinType === 'CROSS';
}
function hasSubquery(e: A.Expression): boolean {
  let found = false;
  walkExpr(e, (x) => { if ((x as { query?: unknown }).query) found = true; return !found; });
  return found;
}

function planJoin(j: A.Join, env0: PlanEnv): Scoped {
  // The WHERE conjuncts above a join (Flink's FlinkFilterJoinRule): they reach the joins below
  // through a side that never generates NULLs (both sides of an inner join, the left of a LEFT).
  const pushWhere = env0.pushWhere;
  const env: PlanEnv = env0.pushWhere ? { ...env0, pushWhere: undefined } : env0;
  const passLeft = innerJoin(j) || j.joinType === 'LEFT', passRight = innerJoin(j) || j.joinType === 'RIGHT';
  let left = planFrom(j.left, j.left.kind === 'Join' && pushWhere && passLeft ? { ...env, pushWhere } : env);
  if (j.right.kind === 'Unnest') return planUnnest(left, j.right, j, env);
  if (j.right.kind === 'TableName' && j.right.systemTime) return planTemporalJoin(left, noExtend(j.right), j, env);
  if (j.right.kind === 'TableFunction' && j.right.lateral) throw notSupported('LATERAL TABLE(...)', j.right.range);
  let right = planFrom(j.right, j.right.kind === 'Join' && pushWhere && passRight ? { ...env, pushWhere } : env);
  const lw = left.fields.length;
  let type = j.joinType === 'COMMA' || j.joinType === 'CROSS' ? 'INNER' : j.joinType;
  if (type !== 'INNER' && type !== 'LEFT' && type !== 'RIGHT' && type !== 'FULL') throw notSupported(j.joinType, j.range);
  const sideCtx = ctxOf(env, [...left.fields, ...right.fields]);
  const sideOf = (e: A.Expression): 'left' | 'right' | 'both' | null => {
    const refs = fieldRefs(e, sideCtx);
    if (refs.size === 0 || refs.has(-1)) return null;
    const l = [...refs].some((i) => i < lw), r = [...refs].some((i) => i >= lw);
    return l && r ? 'both' : l ? 'left' : 'right';
  };
  // A WHERE conjunct that is never true when one side's columns are all NULL turns that side's
  // NULL padding away: the outer join becomes inner (or one-sided), as Calcite's
  // RelOptUtil.simplifyJoin does (`a LEFT JOIN b ... WHERE b.y > 2` is an inner join, insert-only).
  if (pushWhere && type !== 'INNER') {
    const leftIdx = new Set(left.fields.map((_, i) => i)), rightIdx = new Set(right.fields.map((_, i) => lw + i));
    for (const p of pushWhere) {
      if (p.used || !sideOf(p.expr)) continue;
      if ((type === 'LEFT' || type === 'FULL') && notTrueWhenNull(p.expr, rightIdx, sideCtx)) type = type === 'LEFT' ? 'INNER' : 'RIGHT';
      if ((type === 'RIGHT' || type === 'FULL') && notTrueWhenNull(p.expr, leftIdx, sideCtx)) type = type === 'RIGHT' ? 'INNER' : 'LEFT';
    }
  }
  // Conditions on one side only are filters below the join (FlinkFilterJoinRule): WHERE ones on
  // a side that never generates NULLs, ON ones on a side that may (an inner join's both sides).
  // The join's state then holds only the rows that pass, as Flink's does.
  const below: { left: A.Expression[]; right: A.Expression[] } = { left: [], right: [] };
  const whereTo = (side: 'left' | 'right') => type === 'INNER' || (side === 'left' ? type === 'LEFT' : type === 'RIGHT');
  const onTo = (side: 'left' | 'right') => type === 'INNER' || (side === 'left' ? type === 'RIGHT' : type === 'LEFT');
  const spanning: A.Expression[] = [];
  if (pushWhere) {
    for (const p of pushWhere) {
      if (p.used) continue;
      const side = sideOf(p.expr);
      if (side === 'both' && type === 'INNER') { p.used = true; spanning.push(p.expr); }
      else if ((side === 'left' || side === 'right') && whereTo(side)) { p.used = true; below[side].push(p.expr); }
    }
  }
  const onParts: A.Expression[] = [];
  for (const c of conjuncts(j.on)) {
    const side = hasSubquery(c) ? null : sideOf(c);
    if ((side === 'left' || side === 'right') && onTo(side)) below[side].push(c); else onParts.push(c);
  }
  const filterBelow = (s: Scoped, cs: A.Expression[]): Scoped => {
    if (!cs.length) return s;
    const f = compileExpr(andAll(cs)!, ctxOf(env, s.fields));
    return planCalc(s, f, null, s.fields, env);
  };
  left = filterBelow(left, below.left);
  right = filterBelow(right, below.right);
  const fields: Field[] = [
    ...left.fields.map((f) => ({ ...f, type: withoutTimeAttr(type === 'RIGHT' || type === 'FULL' ? withNullable(f.type, true) : f.type) })),
    ...right.fields.map((f) => ({ ...f, type: withoutTimeAttr(type === 'LEFT' || type === 'FULL' ? withNullable(f.type, true) : f.type) })),
  ];
  const ctx = ctxOf(env, fields);
  let on = andAll([...onParts, ...spanning]);
  // USING (k) / NATURAL (every name both sides have): equalities of each side's column, which
  // usingColumns then makes one column
  const visible = (fs: Field[], n: string) => fs.findIndex((f) => f.name === n && !f.hidden && !f.qualifier?.startsWith('$sq'));
  const usingIds = j.natural
    ? left.fields.filter((f, i) => visible(left.fields, f.name) === i && visible(right.fields, f.name) >= 0).map((f) => ident(f.name, j.range))
    : j.using ?? [];
  const usingPairs = usingIds.map((u) => {
    const l = visible(left.fields, u.value), r = visible(right.fields, u.value);
    if (!left.fields[l]?.qualifier || !right.fields[r]?.qualifier) throw new FlinkError(CALCITE, `${posPrefix(ctx, u.range)}Column '${u.value}' not found in any table`, u.range);
    return { u, l, r };
  });
  if (usingPairs.length) {
    on = andAll(usingPairs.map(({ u, l, r }) => ({
      kind: 'Binary', op: '=', range: u.range,
      left: { kind: 'Name', parts: [{ ...u, value: left.fields[l]!.qualifier! }, u], range: u.range },
      right: { kind: 'Name', parts: [{ ...u, value: right.fields[r]!.qualifier! }, u], range: u.range },
    }) as A.BinaryExpr));
  }
  // (the join's row is the left side's fields, then the right's)
  const finish = (s: Scoped): Scoped => (usingPairs.length ? usingColumns(s, usingPairs.map(({ u, l, r }) => ({ n: u.value, l, r: lw + r })), type, env, j.range) : s);
  const leftKey: Fn[] = [], rightKey: Fn[] = [];
  const keyText: string[] = [];
  const rest: A.Expression[] = [];
  const lKeyIdx: number[] = [], rKeyIdx: number[] = [];
  const lKeys: Compiled[] = [], rKeys: Compiled[] = [];
  for (const c of conjuncts(on)) {
    if (c.kind === 'Binary' && c.op === '=') {
      const lr = fieldRefs(c.left, ctx), rr = fieldRefs(c.right, ctx);
      const inL = (s: Set<number>) => s.size > 0 && [...s].every((i) => i >= 0 && i < lw);
      const inR = (s: Set<number>) => s.size > 0 && [...s].every((i) => i >= lw);
      let le: A.Expression | null = null, re: A.Expression | null = null;
      if (inL(lr) && inR(rr)) { le = c.left; re = c.right; } else if (inR(lr) && inL(rr)) { le = c.right; re = c.left; }
      if (le && re) {
        const lc = compileExpr(le, ctxOf(env, left.fields.map((f) => ({ ...f }))));
        const rc = compileExpr(re, ctxOf(env, right.fields));
        if (misreadKeys.has(le) || misreadKeys.has(re)) misreadKeyTypes(lc.type, rc.type, c.range);
        leftKey.push(lc.fn); rightKey.push(rc.fn);
        lKeys.push(lc); rKeys.push(rc);
        if (lc.fieldIndex !== undefined) lKeyIdx.push(lc.fieldIndex);
        if (rc.fieldIndex !== undefined) rKeyIdx.push(rc.fieldIndex);
        {
          // digest with the join's output names (the right side's duplicates get a suffix)
          const outNames = uniqueNames(fields);
          const ln = lc.fieldIndex !== undefined ? outNames[lc.fieldIndex]!.name : lc.text;
          const rn = rc.fieldIndex !== undefined ? outNames[lw + rc.fieldIndex]!.name : rc.text;
          keyText.push(`(${ln} = ${rn})`);
        }
        continue;
      }
    }
    rest.push(c);
  }
  const lwin = windowInfos.get(left.node), rwin = windowInfos.get(right.node);
  if (lwin && rwin && lKeyIdx.includes(lwin.startIdx) && lKeyIdx.includes(lwin.endIdx) && rKeyIdx.includes(rwin.startIdx) && rKeyIdx.includes(rwin.endIdx)) {
    const cond = rest.length ? compileExpr(andAll(rest)!, ctx) : null;
    const out = uniqueNames(fields);
    const jt = { INNER: 'InnerJoin', LEFT: 'LeftOuterJoin', RIGHT: 'RightOuterJoin', FULL: 'FullOuterJoin' }[type];
    const lw0 = lwin, rw0 = rwin;
    const node = mk({
      kind: 'WindowJoin',
      inputs: [left.node, right.node],
      fields: out,
      attrs: `leftWindow=[${lwin.text}], rightWindow=[${rwin.text}], joinType=[${jt}], where=[${andText([...keyText, ...(cond ? [cond.text] : [])])}], select=[${names(out)}]`,
      kinds: INSERT_ONLY,
      range: j.range,
      build: (o, rt) => {
        const op = new WindowJoin(o, { leftWin: [lw0.startIdx, lw0.endIdx], rightWin: [rw0.startIdx, rw0.endIdx], leftKey, rightKey, cond: cond?.fn ?? null, type, leftWidth: lw, rightWidth: right.fields.length, onLate: () => rt.onLate() });
        return [rowtimeMiniBatch(env, op.left), rowtimeMiniBatch(env, op.right)];
      },
    });
    windowInfos.set(node, { ...lwin });
    return finish({ node, fields: fields.map((f, i) => ({ ...f, type: out[i]!.type })) });
  }
  const interval = extractInterval(rest, left, right, ctx, env);
  if (interval) {
    return finish(planIntervalJoin(j, env, left, right, type, leftKey, rightKey, keyText, interval));
  }
  const cond = rest.length ? compileExpr(andAll(rest)!, ctx) : null;
  if (cond && cond.type.name !== 'BOOLEAN') throw new FlinkError(VALIDATION, 'JOIN ON condition must be a boolean', on?.range);
  const out = uniqueNames(fields);
  const jt = { INNER: 'InnerJoin', LEFT: 'LeftOuterJoin', RIGHT: 'RightOuterJoin', FULL: 'FullOuterJoin' }[type];
  const kinds: ModifyKinds = type === 'INNER' ? unionKinds([left.node.kinds, right.node.kinds]) : ALL_CHANGES;
  const where = [...keyText, ...(cond ? [cond.text] : [])];
  // Flink's record on each side is what its plan keeps below the join: the columns read above
  // it or by its condition (marked while the rest of the query is planned), see joinInput.
  const usedAbove: boolean[] = fields.map(() => false);
  const condRefs = cond ? fieldRefs(andAll(rest)!, ctx) : new Set<number>();
  const inputs = () => [
    joinInput(left, (i) => usedAbove[i]! || condRefs.has(i), lKeys),
    joinInput(right, (i) => usedAbove[lw + i]! || condRefs.has(lw + i), rKeys),
  ] as const;
  const node = mk({
    kind: 'Join',
    inputs: [left.node, right.node],
    fields: out,
    attrs: '',
    kinds,
    upsertKeys: joinUpsertKeys(type, lw, left.node.upsertKeys, joinedWithoutColumns.has(j.right) ? [] : right.node.upsertKeys, lKeys.map((k) => k.fieldIndex), rKeys.map((k) => k.fieldIndex)),
    ...miniBatchOf(env, false),
    range: j.range,
    build: (o) => {
      const [l, r] = inputs();
      const keyHash = (keys: Compiled[]) => { const types = keys.map((k) => k.type); return (f: unknown[]) => binaryRowHash(keys.map((k) => k.fn(f)), types) ?? 0; };
      const miniBatch = env.miniBatchSize && !env.batch ? { size: env.miniBatchSize, leftKeyHash: keyHash(lKeys), rightKeyHash: keyHash(rKeys), rowtime: hasRowtimeMiniBatch(left.node) || hasRowtimeMiniBatch(right.node) } : undefined;
      // batch mode: Flink's batch join (a nested-loop or hash join) meets the build side's rows in
      // the order they were read (probed on Flink 2.3.0: test/engine/cli/sql/batch-join), where
      // the streaming join meets them in its state's HashMap order
      const op = new Join(o, { leftKey, rightKey, cond: cond?.fn ?? null, type, leftWidth: lw, rightWidth: right.fields.length, leftState: env.batch ? ARRIVAL_ORDER : l.state, rightState: env.batch ? ARRIVAL_ORDER : r.state, miniBatch });
      return [op.left, op.right];
    },
  });
  {
    const lm = modifiedMonotonicity(left.node), rm = modifiedMonotonicity(right.node);
    const constantKeys = lKeys.every((k) => k.fieldIndex !== undefined && lm?.[k.fieldIndex] === 'CONSTANT') && rKeys.every((k) => k.fieldIndex !== undefined && rm?.[k.fieldIndex] === 'CONSTANT');
    const equi = rest.every((c) => c.kind === 'BooleanLiteral' && c.value === true);
    if (lm && rm && constantKeys && (equi || [...lm, ...rm].every((m) => m === 'CONSTANT'))) joinMonotonicities.set(node, [...lm, ...rm]);
  }
  Object.defineProperty(node, 'attrs', {
    get: () => {
      const [l, r] = inputs();
      const select = uniqueNames([...l.names, ...r.names].map((name) => ({ name, type: out[0]!.type })));
      return `joinType=[${jt}], where=[${andText(where)}], select=[${names(select)}], leftInputSpec=[${l.spec}], rightInputSpec=[${r.spec}]${env.miniBatchSize ? ', miniBatch=[true]' : ''}`;
    },
  });
  return finish({ node, fields: fields.map((f, i) => ({ ...f, name: f.name, type: out[i]!.type, use: () => { usedAbove[i] = true; f.use?.(); } })) });
}

/** The FROM's columns as WHERE and HAVING see them: a join's USING columns are each side's (Flink
 *  2.3.0: `a JOIN b USING (k) WHERE k <> 'b'` fails, Column 'k' is ambiguous, for every join type;
 *  the SELECT list and GROUP BY take the common column). */
function usingWhereView(fields: Field[]): Field[] {
  return fields.some((f) => f.usingColumn) ? fields.map((f) => (f.usingColumn ? { ...f, hidden: !f.hidden } : f)) : fields;
}

/** numbers the common columns' qualifiers (usingColumns) */
let usingCount = 0;
/**
 * A join's USING / NATURAL columns as Calcite's validator makes them: each name once, first (the
 * left side's value, the right's for a RIGHT JOIN, COALESCE of both for a FULL JOIN), then the
 * others; the sides' own columns stay reachable by qualified name (`Field.hidden`). Flink 2.3.0:
 * SELECT * FROM a FULL JOIN b USING (k) prints [k, x, y] (case join-using-star). `pairs`: each
 * name's column on the left and on the right, as indexes of the join's row.
 */
function usingColumns(s: Scoped, pairs: { n: string; l: number; r: number }[], type: string, env: PlanEnv, range: Range): Scoped {
  const ref = (i: number): Compiled => ({ type: s.fields[i]!.type, fn: (row: unknown[]) => row[i], text: s.fields[i]!.name, fieldIndex: i });
  const commons = pairs.map(({ l, r }): Compiled => {
    if (type === 'RIGHT') return ref(r);
    if (type !== 'FULL') return ref(l);
    const c = ref(l), d = ref(r);
    return { type: withNullable(c.type, c.type.nullable && d.type.nullable), fn: (row: unknown[]) => row[l] ?? row[r], text: `COALESCE(${c.text}, ${d.text})` };
  });
  const hide = new Set(pairs.flatMap((p) => [p.l, p.r]));
  const fields: Field[] = [
    // (qualified by a name of their own, which a join above them by USING reads them with)
    ...pairs.map(({ n, l, r }, i): Field => ({ name: n, qualifier: `$using${++usingCount}`, type: commons[i]!.type, usingColumn: true, use: () => { s.fields[l]!.use?.(); s.fields[r]!.use?.(); } })),
    ...s.fields.map((f, i) => (hide.has(i) ? { ...f, hidden: true, usingColumn: true } : f)),
  ];
  return planCalc(s, null, [...commons, ...s.fields.map((_, i) => ref(i))], fields, env, range);
}

/**
 * A regular join's upsert keys as Flink 2.3.0 derives them (FlinkRelMdUpsertKeys.getJoinUpsertKeys
 * over FlinkRelMdUniqueKeys.getJoinUniqueKeys): each side's keys that contain its equi-join
 * columns (an equi-key computed from an expression is a column of its own), every pair of them
 * combined, and a side's keys alone where the other side is unique on its join columns and the
 * join pads no NULLs on this side (a join with a one-row aggregate keeps the other side's keys).
 */
function joinUpsertKeys(type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL', lw: number, leftKeys: number[][], rightKeys: number[][], lJoin: (number | undefined)[], rJoin: (number | undefined)[]): number[][] {
  const holdsJoinCols = (k: number[], cols: (number | undefined)[]) => cols.every((c) => c !== undefined && k.includes(c));
  const withinJoinCols = (k: number[], cols: (number | undefined)[]) => k.every((i) => cols.includes(i));
  const lk = leftKeys.filter((k) => holdsJoinCols(k, lJoin));
  const rk = rightKeys.filter((k) => holdsJoinCols(k, rJoin)).map((k) => k.map((i) => i + lw));
  const out: number[][] = [];
  for (const r of rk) for (const l of lk) out.push([...new Set([...l, ...r])].sort((a, b) => a - b));
  if (rightKeys.some((k) => withinJoinCols(k, rJoin)) && (type === 'INNER' || type === 'LEFT')) out.push(...lk);
  if (leftKeys.some((k) => withinJoinCols(k, lJoin)) && (type === 'INNER' || type === 'RIGHT')) out.push(...rk);
  const seen = new Set<string>();
  return out.filter((k) => !seen.has(String(k)) && !!seen.add(String(k)));
}

/**
 * One input of a regular join as Flink's plan delivers it (projection push-down below the join,
 * JoinPushExpressionsRule for computed equi-keys) and how the join keeps it (JoinInputSideSpec):
 * the record is the input's columns that `used` says are read above or by the join's condition,
 * in input order, then the computed key values; a unique key survives when its columns do (the
 * smallest one when none is inside the join key). The state's HashMap is keyed by the record
 * (NoUniqueKey, with a count) or the unique key, and hashed as a BinaryRowData.
 */
function joinInput(s: Scoped, used: (i: number) => boolean, keys: Compiled[]): { state: JoinSideState; spec: string; names: string[] } {
  const cols = s.fields.map((_, i) => i).filter((i) => used(i) || keys.some((k) => k.fieldIndex === i));
  const computed = keys.filter((k) => k.fieldIndex === undefined);
  const keyIdx = keys.flatMap((k) => (k.fieldIndex === undefined ? [] : [k.fieldIndex]));
  const uniqueKeys = s.node.upsertKeys.filter((k) => k.length > 0 && k.every((i) => cols.includes(i)));
  const contained = uniqueKeys.find((k) => k.every((i) => keyIdx.includes(i)));
  const uk = contained ?? uniqueKeys.reduce<number[] | undefined>((a, k) => (!a || k.length < a.length ? k : a), undefined);
  const spec = contained ? 'JoinKeyContainsUniqueKey' : uk ? 'HasUniqueKey' : 'NoUniqueKey';
  const names = [...cols.map((i) => s.fields[i]!.name), ...computed.map((_, j) => `$f${s.fields.length + j}`)];
  let state: JoinSideState;
  if (uk) {
    const ukCols = [...uk].sort((a, b) => a - b);
    const types = ukCols.map((i) => s.fields[i]!.type);
    state = { unique: true, contained: !!contained, values: (f) => ukCols.map((i) => f[i]), types };
  } else {
    const types = [...cols.map((i) => s.fields[i]!.type), ...computed.map((k) => k.type)];
    state = { unique: false, values: computed.length ? (f) => [...cols.map((i) => f[i]), ...computed.map((k) => k.fn(f))] : (f) => cols.map((i) => f[i]), types };
  }
  return { state, spec, names };
}

interface IntervalSpec { lower: number; upper: number; leftTime: number; rightTime: number; rest: A.Expression[]; text: string }

/** Finds time bounds between the two sides' rowtime attributes: an interval join. */
function extractInterval(cs: A.Expression[], left: Scoped, right: Scoped, ctx: ExprContext, env: PlanEnv): IntervalSpec | null {
  const lw = left.fields.length;
  const all = [...left.fields, ...right.fields];
  const fieldsT = [...left.fields, ...right.fields];
  const bound = (e: A.Expression): { idx: number; off: number } | null => {
    if (e.kind === 'Name') {
      try {
        const { index, rest } = resolveName(ctxOf(env, fieldsT), e.parts, e.range);
        if (rest.length || !all[index]!.type.timeAttr) return null;
        return { idx: index, off: 0 };
      } catch { return null; }
    }
    if (e.kind === 'Binary' && (e.op === '+' || e.op === '-') && e.right.kind === 'IntervalLiteral') {
      const b = bound(e.left);
      if (!b) return null;
      const ms = intervalLiteralMs(e.right);
      return { idx: b.idx, off: b.off + (e.op === '+' ? ms : -ms) };
    }
    return null;
  };
  let lower = -Infinity, upper = Infinity, lt = -1, rt = -1;
  const rest: A.Expression[] = [];
  const texts: string[] = [];
  const addCmp = (a: A.Expression, op: string, b: A.Expression): boolean => {
    const x = bound(a), y = bound(b);
    if (!x || !y) return false;
    const xl = x.idx < lw, yl = y.idx < lw;
    if (xl === yl) return false;
    // normalize to: right.t - left.t  OP  const
    let r = xl ? y : x, l = xl ? x : y;
    let o = op;
    if (xl) o = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }[op]!;
    // (r.t + r.off) o (l.t + l.off)  =>  r.t - l.t o l.off - r.off
    const c = l.off - r.off;
    if (lt >= 0 && lt !== l.idx) return false;
    if (rt >= 0 && rt !== r.idx) return false;
    lt = l.idx; rt = r.idx;
    if (o === '>=') lower = Math.max(lower, c); else if (o === '>') lower = Math.max(lower, c + 1);
    else if (o === '<=') upper = Math.min(upper, c); else if (o === '<') upper = Math.min(upper, c - 1);
    void l; void r;
    return true;
  };
  for (const c of cs) {
    if (c.kind === 'Between' && !c.not && !c.symmetric) {
      const ok1 = bound(c.operand) && bound(c.low) && bound(c.high);
      if (ok1 && addCmp(c.operand, '>=', c.low) && addCmp(c.operand, '<=', c.high)) { texts.push('between'); continue; }
    }
    if (c.kind === 'Binary' && ['<', '<=', '>', '>='].includes(c.op) && addCmp(c.left, c.op, c.right)) { texts.push(c.op); continue; }
    rest.push(c);
  }
  void ctx;
  if (lt < 0 || lower === -Infinity || upper === Infinity) return null;
  return { lower, upper, leftTime: lt, rightTime: rt - lw, rest, text: `isRowTime=true, leftLowerBound=${-upper}, leftUpperBound=${-lower}, leftTimeIndex=${lt}, rightTimeIndex=${rt - lw}` };
}

function planIntervalJoin(j: A.Join, env: PlanEnv, left: Scoped, right: Scoped, type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL', leftKey: Fn[], rightKey: Fn[], keyText: string[], iv: IntervalSpec): Scoped {
  const lw = left.fields.length;
  if (!isInsertOnly(left.node.kinds) || !isInsertOnly(right.node.kinds)) throw notSupported('an interval join on updating input', j.range);
  const fields: Field[] = [
    ...left.fields.map((f) => ({ ...f, type: type === 'RIGHT' || type === 'FULL' ? withNullable(f.type, true) : f.type })),
    ...right.fields.map((f) => ({ ...f, type: type === 'LEFT' || type === 'FULL' ? withNullable(f.type, true) : f.type })),
  ];
  const ctx = ctxOf(env, fields);
  const cond = iv.rest.length ? compileExpr(andAll(iv.rest)!, ctx) : null;
  const out = uniqueNames(fields);
  const lti = iv.leftTime, rti = iv.rightTime;
  const jt = { INNER: 'InnerJoin', LEFT: 'LeftOuterJoin', RIGHT: 'RightOuterJoin', FULL: 'FullOuterJoin' }[type];
  const node = mk({
    kind: 'IntervalJoin',
    inputs: [left.node, right.node],
    fields: out,
    attrs: `joinType=[${jt}], windowBounds=[${iv.text}], where=[${andText([...keyText, ...(cond ? [cond.text] : [])])}], select=[${names(out)}]`,
    kinds: INSERT_ONLY,
    // an event-time join: Flink's MiniBatchAssigners below it work in event time
    ...miniBatchOf(env, true),
    range: j.range,
    build: (o) => {
      const op = new IntervalJoin(o, { leftKey, rightKey, leftTime: (r) => r[lti], rightTime: (r) => r[rti], lower: iv.lower, upper: iv.upper, cond: cond?.fn ?? null, type, leftWidth: lw, rightWidth: right.fields.length });
      // (under mini-batch each input behind the rowtime MiniBatchAssigner, as a temporal join's)
      return [rowtimeMiniBatch(env, op.left), rowtimeMiniBatch(env, op.right)];
    },
  });
  return { node, fields };
}

function planTemporalJoin(left: Scoped, rt: A.TableName, j: A.Join, env: PlanEnv): Scoped {
  if (j.joinType !== 'INNER' && j.joinType !== 'LEFT') throw notSupported(`${j.joinType} temporal join`, j.range);
  const lctx = ctxOf(env, left.fields);
  const asOf = compileExpr(rt.systemTime!, lctx);
  if (asOf.type.timeAttr === 'proctime') throw new FlinkError(TABLE, 'Processing-time temporal join is not supported yet.', rt.systemTime!.range);
  if (asOf.type.timeAttr !== 'rowtime') throw new FlinkError(VALIDATION, 'Temporal table join currently only supports \'FOR SYSTEM_TIME AS OF\' left table\'s time attribute field', rt.systemTime!.range);
  const right = planFrom({ ...rt, systemTime: undefined }, env);
  const rTimeIdx = right.fields.findIndex((f) => f.type.timeAttr === 'rowtime');
  if (rTimeIdx < 0) throw new FlinkError(VALIDATION, `Event-Time Temporal Table Join requires both primary key and row time attribute in versioned table, but no row time attribute can be found.`, rt.range);
  const lw = left.fields.length;
  const fields: Field[] = [...left.fields, ...right.fields.map((f) => ({ ...f, type: withoutTimeAttr(j.joinType === 'LEFT' ? withNullable(f.type, true) : f.type) }))];
  const ctx = ctxOf(env, fields);
  const leftKey: Fn[] = [], rightKey: Fn[] = [], keyIdx: number[] = [];
  const rest: A.Expression[] = [];
  for (const c of conjuncts(j.on)) {
    if (c.kind === 'Binary' && c.op === '=') {
      const lr = fieldRefs(c.left, ctx), rr = fieldRefs(c.right, ctx);
      const inL = (s: Set<number>) => s.size > 0 && [...s].every((i) => i >= 0 && i < lw);
      const inR = (s: Set<number>) => s.size > 0 && [...s].every((i) => i >= lw);
      let le: A.Expression | null = null, re: A.Expression | null = null;
      if (inL(lr) && inR(rr)) { le = c.left; re = c.right; } else if (inR(lr) && inL(rr)) { le = c.right; re = c.left; }
      if (le && re) {
        leftKey.push(compileExpr(le, lctx).fn);
        const rc = compileExpr(re, ctxOf(env, right.fields));
        rightKey.push(rc.fn);
        if (rc.fieldIndex !== undefined) keyIdx.push(rc.fieldIndex);
        continue;
      }
    }
    rest.push(c);
  }
  const pk = right.node.upsertKeys.find((k) => k.length > 0);
  if (!pk) {
    throw new FlinkError(VALIDATION, `Temporal Table Join requires primary key in versioned table, but no primary key can be found. The physical plan is:\nFlinkLogicalJoin(condition=[...], joinType=[${j.joinType.toLowerCase()}])`, rt.range);
  }
  const cond = rest.length ? compileExpr(andAll(rest)!, ctx) : null;
  const out = uniqueNames(fields);
  const lt = asOf.fn;
  const node = mk({
    kind: 'TemporalJoin',
    inputs: [left.node, right.node],
    fields: out,
    attrs: `joinType=[${j.joinType === 'LEFT' ? 'LeftOuterJoin' : 'InnerJoin'}], where=[__TEMPORAL_JOIN_CONDITION(${asOf.text}, ${right.fields[rTimeIdx]!.name})], select=[${names(out)}]`,
    kinds: INSERT_ONLY,
    range: j.range,
    build: (o) => {
      const op = new TemporalJoin(o, { leftKey, rightKey, leftTime: lt, rightTime: (r) => r[rTimeIdx], cond: cond?.fn ?? null, leftOuter: j.joinType === 'LEFT', rightWidth: right.fields.length });
      return [rowtimeMiniBatch(env, op.left), rowtimeMiniBatch(env, op.right)];
    },
  });
  // the versioned side is consumed as an upsert stream
  node.requiresUpdateBefore = false;
  temporalRights.add(right.node);
  return { node, fields: fields.map((f, i) => ({ ...f, type: out[i]!.type })) };
}

/** right inputs of temporal joins: consumed without UPDATE_BEFORE */
export const temporalRights = new WeakSet<PlanNode>();

function andText(parts: string[]): string {
  return parts.length === 0 ? 'true' : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
}

function planUnnest(left: Scoped, u: A.Unnest, j: A.Join, env: PlanEnv): Scoped {
  if (u.args.length !== 1) throw notSupported('UNNEST of several arrays', u.range);
  const c = compileExpr(u.args[0]!, ctxOf(env, left.fields));
  const ty = c.type;
  let elemFields: Field[];
  const alias = aliasName(u.alias, '');
  const cols = u.alias?.columns.map((x) => x.value) ?? [];
  let expand: (f: unknown[]) => unknown[][];
  const g = c.fn;
  if (ty.name === 'ARRAY') {
    const el = ty.element!;
    if (el.name === 'ROW') {
      elemFields = el.fields!.map((f, i) => ({ name: cols[i] ?? f.name, qualifier: alias, type: f.type }));
      expand = (f) => ((g(f) as unknown[][] | null) ?? []).map((x) => (x === null ? el.fields!.map(() => null) : [...x]));
    } else {
      elemFields = [{ name: cols[0] ?? 'EXPR$0', qualifier: alias, type: el }];
      expand = (f) => ((g(f) as unknown[] | null) ?? []).map((x) => [x]);
    }
  } else if (ty.name === 'MAP') {
    elemFields = [{ name: cols[0] ?? 'KEY', qualifier: alias, type: ty.key! }, { name: cols[1] ?? 'VALUE', qualifier: alias, type: ty.value! }];
    expand = (f) => [...((g(f) as Map<unknown, unknown> | null) ?? new Map())].map(([k, v]) => [k, v]);
  } else if (ty.name === 'MULTISET') {
    elemFields = [{ name: cols[0] ?? 'EXPR$0', qualifier: alias, type: ty.element! }];
    expand = (f) => ((g(f) as [unknown, number][] | null) ?? []).flatMap(([v, n]) => Array.from({ length: n }, () => [v]));
  } else throw new FlinkError(CALCITE, `UNNEST argument must be a collection`, u.range);
  if (u.withOrdinality) {
    elemFields.push({ name: cols[elemFields.length] ?? 'ORDINALITY', qualifier: alias, type: INT(false) });
    const inner = expand;
    expand = (f) => inner(f).map((r, i) => [...r, i + 1]);
  }
  const leftOuter = j.joinType === 'LEFT';
  if (!['CROSS', 'COMMA', 'INNER', 'LEFT'].includes(j.joinType)) throw notSupported(`${j.joinType} JOIN UNNEST`, j.range);
  const on = j.on;
  if (on && !(on.kind === 'BooleanLiteral' && on.value === true)) throw notSupported('JOIN UNNEST with an ON condition other than TRUE', on.range);
  const fields = [...left.fields, ...elemFields.map((f) => ({ ...f, type: leftOuter ? withNullable(f.type, true) : f.type }))];
  const width = elemFields.length;
  const node = mk({
    kind: 'Correlate',
    inputs: [left.node],
    fields,
    attrs: `invocation=[$UNNEST_ROWS$1(${c.text})], correlate=[table($UNNEST_ROWS$1(${c.text}))], select=[${names(fields)}], joinType=[${leftOuter ? 'LEFT' : 'INNER'}]`,
    kinds: left.node.kinds,
    passThrough: true,
    range: u.range,
    build: (out) => [new Correlate(out, expand, leftOuter, width)],
  });
  return { node, fields };
}

// ---- aggregates -------------------------------------------------------------------------------


/** The argument types of Flink's MIN / MAX (AggFunctionFactory), and those a DISTINCT call's one argument may not have (AggregateUtil.createDistinctKeyType; probed on Flink 2.3.0: ARRAY passes). */
const MIN_MAX_TYPES = new Set(['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'BOOLEAN', 'VARCHAR', 'CHAR', 'DECIMAL', 'TIME', 'DATE', 'TIMESTAMP', 'TIMESTAMP_LTZ']);
const DISTINCT_REFUSED = new Set(['BINARY', 'VARBINARY', 'ROW']);

function planAggCall(e: A.FunctionCall, ctx: ExprContext, batch = false): { call: Agg.AggCall; type: SqlType; text: string } {
  const name = fnName(e);
  const star = e.args.length === 1 && (e.args[0] as A.Expression).kind === 'Star';
  const inner = { ...ctx, aggregateNotAllowed: 'Aggregate expressions cannot be nested' };
  // JSON_OBJECTAGG([KEY] k VALUE v): its one argument is a key-value pair, taken as two
  const kv = name === 'JSON_OBJECTAGG' && e.args.length === 1 && (e.args[0] as A.FunctionArg).kind === 'JsonKeyValue' ? e.args[0] as A.JsonKeyValue : null;
  const args = star ? [] : kv ? [compileExpr(kv.key, inner), compileExpr(kv.value, inner)] : (e.args as A.Expression[]).map((a) => compileExpr(a, inner));
  // Flink's operand check of the call (functions/signatures.ts), as for scalar functions
  if (!star && !kv) checkSignature(name, args, () => posPrefix(ctx, e.range), e.range);
  const a0 = args[0];
  let fn: Agg.AggFunction;
  let type: SqlType;
  switch (name) {
    case 'COUNT': fn = Agg.count(star || args.length === 0); type = BIGINT(false); break;
    case 'SUM': {
      const at = a0!.type;
      if (isIntegral(at)) { fn = Agg.sum(true, undefined, at.name === 'INT' ? 32 : at.name === 'SMALLINT' ? 16 : at.name === 'TINYINT' ? 8 : 64); type = t(at.name, true); }
      else if (at.name === 'DECIMAL') { fn = Agg.sum(false, at.scale ?? 0); type = t('DECIMAL', true, { precision: 38, scale: at.scale ?? 0 }); }
      else if (isApprox(at)) { fn = Agg.sum(false); type = t(at.name, true); }
      else throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Cannot apply '${name}' to arguments of type '${name}(<${typeToString(withNullable(at, true))}>)'. Supported form(s): '${name}(<NUMERIC>)'`, e.range);
      break;
    }
    case 'AVG': {
      const at = a0!.type;
      if (isIntegral(at)) { fn = Agg.avg('integral'); type = t(at.name, true); }
      else if (at.name === 'DECIMAL') { const s = Math.max(6, at.scale ?? 0); fn = Agg.avg('decimal', s); type = t('DECIMAL', true, { precision: 38, scale: s }); }
      else if (isApprox(at)) { fn = Agg.avg('approx'); type = t(at.name, true); }
      else throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Cannot apply 'AVG' to arguments of type 'AVG(<${typeToString(withNullable(at, true))}>)'. Supported form(s): 'AVG(<NUMERIC>)'`, e.range);
      break;
    }
    case 'MIN': case 'MAX': {
      fn = Agg.minMax(name === 'MAX'); type = withNullable(withoutTimeAttr(a0!.type), true);
      // AggFunctionFactory's types (its message for the non-retracting form also over updating
      // input: probed): an error of the plan's translation, so none where the optimizer drops the
      // call (ctx.deferred)
      const root = withoutTimeAttr(a0!.type).name;
      if (!MIN_MAX_TYPES.has(root)) {
        const err = new FlinkError(TABLE, `${name === 'MAX' ? 'Max' : 'Min'} aggregate function does not support type: ''${root}''.\nPlease re-check the data type.`, e.range);
        deferOrThrow(ctx, err);
      }
      break;
    }
    case 'FIRST_VALUE': case 'LAST_VALUE': fn = Agg.firstLast(name === 'LAST_VALUE'); type = withNullable(withoutTimeAttr(a0!.type), true); break;
    // Calcite's ARG0_NULLABLE: LISTAGG('a') is CHAR(1) NOT NULL in Flink 2.3.0 (function-types.mjs), of a STRING column STRING
    case 'LISTAGG': fn = Agg.listAggFn((args[1]?.literal as string | undefined) ?? null); type = isString(a0!.type) ? withoutTimeAttr(a0!.type) : STRING(true); break;
    case 'ARRAY_AGG': {
      const el = withoutTimeAttr(a0!.type);
      fn = Agg.arrayAgg(e.nullTreatment === 'IGNORE NULLS');
      // the element keeps a CHAR, the array is nullable as the argument (Flink 2.3.0: ARRAY_AGG('a') is ARRAY<CHAR(1) NOT NULL> NOT NULL)
      type = t('ARRAY', a0!.type.nullable, { element: el });
      break;
    }
    case 'STDDEV_POP': case 'STDDEV_SAMP': case 'VAR_POP': case 'VAR_SAMP': case 'STDDEV': case 'VARIANCE': {
      // an OVER aggregation's (a GROUP BY's are reduced before: reduceVariance)
      const at = withoutTimeAttr(a0!.type);
      if (!isIntegral(at) && !isApprox(at) && at.name !== 'DECIMAL') {
        throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Cannot apply '${name}' to arguments of type '${name}(<${typeToString(withNullable(at, true))}>)'. Supported form(s): '${name}(<NUMERIC>)'`, e.range);
      }
      const scale = Math.max(6, at.scale ?? 0);
      const arg = isIntegral(at) ? { kind: 'int' as const, bits: at.name === 'INT' ? 32 : at.name === 'SMALLINT' ? 16 : at.name === 'TINYINT' ? 8 : 64 }
        : at.name === 'DECIMAL' ? { kind: 'decimal' as const, scale } : at.name === 'FLOAT' ? { kind: 'float' as const } : { kind: 'double' as const };
      type = at.name === 'DECIMAL' ? t('DECIMAL', true, { precision: 38, scale }) : withNullable(at, true);
      // a deviation is a DOUBLE (POWER) cast to the type; an integral variance is a BIGINT quotient
      // cast as Java's (int) long does (it wraps)
      const cast = castFn(DOUBLE(false), type, 'null');
      const stddev = name.startsWith('STDDEV');
      const bits = arg.kind === 'int' ? arg.bits : 64;
      const finish = stddev || arg.kind === 'decimal' || arg.kind === 'float' ? cast
        : bits === 32 ? (x: number) => x | 0 : bits === 16 ? (x: number) => (x << 16) >> 16 : bits === 8 ? (x: number) => (x << 24) >> 24 : (x: number) => x;
      fn = Agg.variance(name === 'STDDEV' ? 'STDDEV_SAMP' : name === 'VARIANCE' ? 'VAR_SAMP' : name, arg, finish);
      break;
    }
    case 'JSON_ARRAYAGG': {
      // ABSENT ON NULL by default; the values in arrival order, written as JSON_ARRAY writes them
      const absent = !(e.jsonClauses ?? []).some((c) => c.clause === 'NULL ON NULL');
      const at = a0!.type;
      fn = { ...Agg.listAgg(absent, (vs) => `[${vs.map((v) => (v === null ? 'null' : jsonText(v, at))).join(',')}]`), onePhase: true };
      // Calcite's VARCHAR_2000 (function-types.mjs on Flink 2.3.0)
      type = t('VARCHAR', false, { precision: 2000 });
      break;
    }
    case 'JSON_OBJECTAGG': {
      // JsonObjectAggFunction: NULL ON NULL by default; a key met twice fails the job, a null key
      // too (its MapView); written with the members sorted by key, as Flink 2.3.0 prints them
      if (!kv) throw notSupported('JSON_OBJECTAGG without KEY ... VALUE ...', e.range);
      const absent = (e.jsonClauses ?? []).some((c) => c.clause === 'ABSENT ON NULL');
      const vt = args[1]!.type;
      fn = Agg.jsonObjectAgg(absent, (v) => jsonText(v, vt));
      type = STRING(false);
      break;
    }
    case '$WELFORD_M2$1': fn = Agg.welfordM2(); type = DOUBLE(true); break;
    // (rewriteScalarSubqueries's; one row at a time: the last value in, with retraction)
    case '$SINGLE_VALUE_RETRACT': fn = Agg.firstLast(true); type = withNullable(a0!.type, true); break;
    case 'APPROX_COUNT_DISTINCT':
      // Flink 2.3.0 plans it in batch (and in a streaming OVER aggregation, planOver); the streaming
      // aggregation rules refuse it (probed: GroupAggregate, window aggregation)
      if (!batch) throw new FlinkError(TABLE, 'APPROX_COUNT_DISTINCT aggregate function does not support yet for streaming.', e.range);
      ({ fn, type } = approxCountDistinctCall(a0!.type, e.range));
      break;
    case 'PERCENTILE': {
      // PercentileAggFunction: PERCENTILE(x, p | ARRAY[p...] [, frequency]), p a literal in [0, 1]
      const pct = args[1];
      const multi = pct?.type.name === 'ARRAY';
      const numeric = (ty: SqlType | undefined) => !!ty && (isIntegral(ty) || isApprox(ty) || ty.name === 'DECIMAL');
      // the percentages must be literals (a number, or an ARRAY of numbers)
      const pNode = (e.args as A.Expression[])[1];
      const isNum = (x: A.Expression | undefined): boolean => !!x && (x.kind === 'NumericLiteral' || (x.kind === 'Unary' && isNum((x as A.UnaryExpr).operand)));
      const constant = isNum(pNode) || (pNode?.kind === 'ArrayConstructor' && !pNode.query && pNode.elements.every(isNum));
      const pv = constant ? pct!.fn([]) : null;
      const ps = pv === null ? null : multi ? pv as unknown[] : [pv];
      if (!numeric(a0?.type) || !ps || ps.some((p) => typeof p !== 'number' || p < 0 || p > 1) || (args.length === 3 && !isIntegral(args[2]!.type)) || args.length > 3) {
        throw new FlinkError(VALIDATION, 'Invalid input arguments.', e.range);
      }
      fn = Agg.percentile(ps as number[], multi, args.length === 3);
      type = multi ? t('ARRAY', true, { element: DOUBLE(true) }) : DOUBLE(true);
      break;
    }
    case 'COLLECT': fn = Agg.collect(); type = t('MULTISET', false, { element: withoutTimeAttr(a0!.type) }); break;
    default: throw notSupported(`the aggregate function ${name}`, e.range);
  }
  if (e.quantifier === 'DISTINCT') {
    const at = args.length === 1 ? args[0]!.type : undefined;
    if (at && DISTINCT_REFUSED.has(withoutTimeAttr(at).name)) {
      const err = new FlinkError(TABLE, `Distinct aggregate function does not support type: ${withoutTimeAttr(at).name}.\nPlease re-check the data type.`, e.range);
      deferOrThrow(ctx, err);
    }
    fn = Agg.distinct(fn, at ? (v) => internalHash(v[0], at) : undefined);
  }
  const filter = e.filter ? compileExpr(e.filter, inner) : null;
  const text = `${name}(${e.quantifier === 'DISTINCT' ? 'DISTINCT ' : ''}${star ? '*' : args.map((a) => a.text).join(', ')})`;
  return { call: { fn, args: args.map((a) => a.fn), filter: filter?.fn, arrayResult: type.name === 'ARRAY' }, type, text };
}

/**
 * VAR_POP, VAR_SAMP (VARIANCE), STDDEV_POP, STDDEV_SAMP (STDDEV) of a GROUP BY as Flink 2.3.0
 * reduces them (its AggregateReduceFunctionsRule): $WELFORD_M2$1(x) and COUNT(x) in the
 * aggregation, and a projection above it, CAST(m2 / CASE WHEN c = 1 THEN NULL ELSE c - 1 END AS
 * <type>), POWER(..., 0.5) for a deviation (plan probed on Flink). So the group emits -U/+U when
 * m2 changes though the cast result does not (case agg-variance-stddev), and an INT's variance is
 * the DOUBLE quotient truncated. Not into subqueries (they are planned with their own scope).
 */
function hasVariance(e: A.Expression | undefined): boolean {
  let found = false;
  walkExpr(e, (x) => { if (x.kind === 'FunctionCall' && !x.over && /^(VAR_POP|VAR_SAMP|VARIANCE|STDDEV_POP|STDDEV_SAMP|STDDEV)$/.test(fnName(x))) found = true; return !found; });
  return found;
}

function reduceVariance<T>(e: T, ctx: ExprContext): T {
  const rw = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(rw);
    if (!x || typeof x !== 'object') return x;
    const n = x as { kind?: string };
    if (n.kind === 'Query' || n.kind === 'Select') return x;
    if (n.kind === 'FunctionCall' && !(x as A.FunctionCall).over) {
      const c = x as A.FunctionCall;
      const name = fnName(c);
      const m = /^(VAR_POP|VAR_SAMP|VARIANCE|STDDEV_POP|STDDEV_SAMP|STDDEV)$/.exec(name);
      if (m && c.args.length === 1 && (c.args[0] as A.Expression).kind !== 'Star') return varianceExpr(c, name, ctx);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = k === 'range' || k === 'query' ? v : rw(v);
    return out;
  };
  return rw(e) as T;
}

function varianceExpr(c: A.FunctionCall, name: string, ctx: ExprContext): A.Expression {
  const range = c.range;
  const arg = c.args[0] as A.Expression;
  const at = withoutTimeAttr(compileExpr(arg, { ...ctx, aggregateNotAllowed: 'Aggregate expressions cannot be nested' }).type);
  if (!isIntegral(at) && !isApprox(at) && at.name !== 'DECIMAL') {
    throw new FlinkError(CALCITE, `${posPrefix(ctx, range)}Cannot apply '${name}' to arguments of type '${name}(<${typeToString(withNullable(at, true))}>)'. Supported form(s): '${name}(<NUMERIC>)'`, range);
  }
  const id = (value: string): A.Identifier => ident(value, range, false);
  const call = (fn: string, args: A.Expression[], agg: boolean): A.FunctionCall => ({
    kind: 'FunctionCall', name: [id(fn)], args, range,
    ...(agg && c.quantifier ? { quantifier: c.quantifier } : {}), ...(agg && c.filter ? { filter: c.filter } : {}),
  });
  const num = (text: string): A.NumericLiteral => ({ kind: 'NumericLiteral', text, numberKind: text.includes('.') ? 'decimal' : 'integer', range });
  const bin = (op: string, left: A.Expression, right: A.Expression): A.Expression => ({ kind: 'Binary', op: op as A.BinaryOp, left, right, range });
  const m2 = call('$WELFORD_M2$1', [arg], true);
  const n = call('COUNT', [arg], true);
  const samp = !name.endsWith('_POP');
  const denominator: A.Expression = samp
    ? { kind: 'Case', whens: [{ when: bin('=', n, num('1')), then: { kind: 'NullLiteral', range } }], else: bin('-', n, num('1')), range }
    : n;
  let r = bin('/', m2, denominator);
  if (name.startsWith('STDDEV')) r = call('POWER', [r, num('0.5')], false);
  if (at.name === 'DOUBLE') return r;
  // the result is the argument's type; a DECIMAL's has AVG's scale (DECIMAL(38, max(6, s)))
  const type: A.BasicType = at.name === 'DECIMAL'
    ? { kind: 'BasicType', name: 'DECIMAL', precision: 38, scale: Math.max(6, at.scale ?? 0), nullable: true, range }
    : { kind: 'BasicType', name: at.name as A.BasicType['name'], nullable: true, range };
  return { kind: 'Cast', op: 'CAST', operand: r, type, range };
}

function collectAggCalls(exprs: (A.Expression | undefined)[]): A.FunctionCall[] {
  const found = new Map<string, A.FunctionCall>();
  for (const e of exprs) {
    if (!e) continue;
    walkExpr(e, (x) => {
      if (isAggregateCall(x)) { found.set(exprKey(x), x); return false; }
      return true;
    });
  }
  return [...found.values()];
}

/** whether the expressions call an aggregate function (not into subqueries; OVER calls are not aggregate calls) */
function hasAggregateCall(es: unknown): boolean {
  let found = false;
  walkExpr(es, (x) => { if (isAggregateCall(x)) found = true; return !found; });
  return found;
}

/** whether a SELECT aggregates (Calcite: a GROUP BY, a HAVING, or an aggregate call in its list) */
function isAggregating(sel: A.Select): boolean {
  return !!sel.groupBy || !!sel.having || hasAggregateCall(sel.items.map((i) => i.expr));
}

function hasOver(e: A.Expression): boolean {
  let found = false;
  walkExpr(e, (x) => { if (x.kind === 'FunctionCall' && x.over) found = true; return !found; });
  return found;
}

// ---- SELECT -----------------------------------------------------------------------------------

function itemName(it: A.SelectItem, i: number): string {
  if (it.alias) return it.alias.value;
  if (it.expr.kind === 'Name') return it.expr.parts[it.expr.parts.length - 1]!.value;
  return `EXPR$${i}`;
}

interface RankPattern { item: A.SelectItem; call: A.FunctionCall; alias: string }

function findRankItem(sel: A.Select): RankPattern | null {
  for (const it of sel.items) {
    const e = it.expr;
    if (e.kind === 'FunctionCall' && e.over && ['ROW_NUMBER', 'RANK', 'DENSE_RANK'].includes(fnName(e))) {
      return { item: it, call: e, alias: it.alias?.value ?? '' };
    }
  }
  return null;
}

/**
 * SELECT items ... QUALIFY f(ROW_NUMBER() OVER (...)) as the Top-N it is in Flink 2.3.0 (case
 * topn-qualify): SELECT <the output columns> FROM (SELECT items, ROW_NUMBER() OVER (...) AS
 * $qualify$rank ...) WHERE f($qualify$rank). Null for other QUALIFY forms (another window
 * function, several, one in the SELECT list, or a name the SELECT list does not output).
 */
function qualifyAsTopN(sel: A.Select, env: PlanEnv): A.Select | null {
  const q = sel.qualify!;
  const calls: A.FunctionCall[] = [];
  const names: string[] = [];
  walkExpr(q, (x) => {
    if (x.kind === 'FunctionCall' && x.over) { calls.push(x); return false; }
    if (x.kind === 'Name') names.push(x.parts[x.parts.length - 1]!.value);
    return true;
  });
  const call = calls[0];
  // (a SELECT DISTINCT's DISTINCT applies to the filtered rows: planQuery adds it over this)
  const base: A.Select = { ...sel, qualify: undefined, quantifier: undefined };
  const r = sel.range;
  const id = (value: string): A.Identifier => ident(value, r);
  const name = (value: string): A.NameExpr => columnRef([value], r);
  const derived = (inner: A.Select, outputs: string[], where: A.Expression): A.Select => ({
    kind: 'Select', hints: [], items: outputs.map((o) => ({ kind: 'SelectItem', expr: name(o), range: r })),
    from: { kind: 'DerivedTable', lateral: false, query: { kind: 'Query', body: inner, orderBy: [], range: r }, alias: { kind: 'Alias', name: id('$qualify'), columns: [], range: r }, range: r },
    where, windows: [], range: r,
  });
  // QUALIFY r <= 2 on the SELECT list's own ROW_NUMBER/RANK/DENSE_RANK() OVER (...) AS r: the
  // Top-N of SELECT * FROM (that SELECT) WHERE r <= 2, as in Flink 2.3.0 (its RANK and DENSE_RANK
  // rejected as the Top-N's: cases topn-qualify-alias*)
  if (calls.length === 0) {
    const ranked = sel.items.find((it) => it.alias && names.includes(it.alias.value) && it.expr.kind === 'FunctionCall' && it.expr.over && ['ROW_NUMBER', 'RANK', 'DENSE_RANK'].includes(fnName(it.expr)));
    if (!ranked) return null;
    // (in an aggregating query Flink 2.3.0 plans the SELECT list's aggregates with the rank's
    // window: it fails in code generation or its OVER check by function and input, and ran one
    // (SUM over a table without a watermark, ranked by a group key) as the Top-N: probed, random
    // template 69)
    if (isAggregating(sel)) throw notSupported('QUALIFY on the rank of an aggregating query', q.range);
    // (the output names with a literal in the rank's place: planned on its own, an OVER
    // ordered by a non-time column is rejected, where the Top-N is not)
    const zero: A.NumericLiteral = { kind: 'NumericLiteral', text: '0', numberKind: 'integer', range: ranked.expr.range };
    const outputs = planSelect({ ...base, items: sel.items.map((it) => (it === ranked ? { ...it, expr: zero } : it)) }, env).fields.map((f) => f.name);
    return derived(base, outputs, q);
  }
  if (calls.length !== 1 || !['ROW_NUMBER', 'RANK', 'DENSE_RANK'].includes(fnName(call!))) return null;
  const outputs = planSelect(base, env).fields.map((f) => f.name);
  if (names.some((n) => !outputs.includes(n))) return null;
  const RANK = '$qualify$rank';
  const replace = (x: unknown): unknown => (x === call ? name(RANK) : Array.isArray(x) ? x.map(replace)
    : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === 'range' ? v : replace(v)])) : x);
  const inner: A.Select = { ...base, items: [...sel.items, { kind: 'SelectItem', expr: call!, alias: id(RANK), range: call!.range }] };
  return derived(inner, outputs, replace(q) as A.Expression);
}

/** The rank range the outer WHERE puts on the rank column (rn <= n, rn < n, rn = 1; rn > m, rn >= m as its start), and the other conditions. */
function rankLimit(where: A.Expression | undefined, alias: string): { n: number; start: number; rest: A.Expression[] } | null {
  const cs = conjuncts(where);
  let n: number | null = null;
  let start = 1;
  const rest: A.Expression[] = [];
  for (const c of cs) {
    if (c.kind === 'Binary' && c.left.kind === 'Name' && c.left.parts[c.left.parts.length - 1]!.value === alias && c.right.kind === 'NumericLiteral') {
      const v = Number(c.right.text);
      if (c.op === '<=' || c.op === '=') { n = c.op === '=' && v !== 1 ? null : v; if (n !== null) continue; }
      if (c.op === '<') { n = v - 1; continue; }
      if (c.op === '>' && Number.isInteger(v) && v >= 0) { start = v + 1; continue; }
      if (c.op === '>=' && Number.isInteger(v) && v >= 1) { start = v; continue; }
    }
    rest.push(c);
  }
  return n === null ? null : { n, start, rest };
}

/** the column names an outer query refers to; null when it selects `*` */
function namesUsed(parts: unknown[]): Set<string> | null {
  const names = new Set<string>();
  let star = false;
  walkExpr(parts, (x) => { if (x.kind === 'Star') star = true; if (x.kind === 'Name') names.add(x.parts[x.parts.length - 1]!.value); });
  return star ? null : names;
}

function selectUsesName(sel: A.Select, name: string): boolean {
  let used = false;
  for (const it of sel.items) {
    if (it.expr.kind === 'Star') return true;
    walkExpr(it.expr, (x) => { if (x.kind === 'Name' && x.parts[x.parts.length - 1]!.value === name) used = true; return !used; });
  }
  return used;
}

function planCalc(input: Scoped, filter: Compiled | null, proj: Compiled[] | null, outFields: Field[], env: PlanEnv, range?: Range): Scoped {
  if (!filter && !proj) return input;
  const pf = proj?.map((p) => p.fn);
  const project = pf ? (pf.length === 1 ? (f: unknown[]) => [pf[0]!(f)] : (f: unknown[]) => { const o = new Array(pf.length); for (let i = 0; i < pf.length; i++) o[i] = pf[i]!(f); return o; }) : null;
  const ff = filter?.fn ?? null;
  // upsert keys survive a projection that keeps their columns
  const keys = proj ? input.node.upsertKeys.map((k) => k.map((i) => proj.findIndex((p) => p.fieldIndex === i))).filter((k) => k.every((i) => i >= 0)) : input.node.upsertKeys;
  const node = mk({
    kind: 'Calc',
    inputs: [input.node],
    fields: outFields,
    attrs: `select=[${proj ? proj.map((p, i) => (p.text === outFields[i]!.name ? p.text : `${p.text} AS ${outFields[i]!.name}`)).join(', ') : names(input.fields)}]${filter ? `, where=[${filter.text}]` : ''}`,
    kinds: input.node.kinds,
    passThrough: true,
    requiresUpdateBefore: !!filter && !isInsertOnly(input.node.kinds),
    upsertKeys: keys,
    range,
    build: (out) => [new Calc(out, ff, project, proj && proj.every((p) => p.fieldIndex !== undefined) ? proj.map((p) => p.fieldIndex!) : null)],
  });
  void env;
  const mono = monotonicities.get(input.node);
  if (mono) monotonicities.set(node, proj ? proj.map((p) => (p.fieldIndex !== undefined ? mono[p.fieldIndex] ?? 'NOT' : 'NOT')) : mono);
  const jm = joinMonotonicities.get(input.node);
  if (jm) joinMonotonicities.set(node, proj ? proj.map((p) => (p.fieldIndex !== undefined ? jm[p.fieldIndex] ?? 'NOT' : 'NOT')) : jm);
  const info = windowInfos.get(input.node);
  if (info) {
    const map = (i: number) => (proj ? proj.findIndex((p) => p.fieldIndex === i) : i);
    const startIdx = map(info.startIdx), endIdx = map(info.endIdx);
    if (startIdx >= 0 && endIdx >= 0) windowInfos.set(node, { ...info, startIdx, endIdx, timeIdx: info.timeIdx >= 0 ? map(info.timeIdx) : -1 });
  }
  return { node, fields: outFields };
}

function expandStar(items: A.SelectItem[], fields: Field[], env: PlanEnv): { expr: A.Expression; name: string; range: Range }[] {
  const out: { expr: A.Expression; name: string; range: Range }[] = [];
  items.forEach((it, i) => {
    if (it.expr.kind === 'Star') {
      const q = it.expr.qualifier.map((p) => p.value).join('.');
      // (a scalar subquery's joined columns, rewriteScalarSubqueries, are no columns of the FROM)
      // (a column USING / NATURAL made common is there once, first: usingColumns)
      const matched = fields.filter((f) => (q ? f.qualifier === q : !f.hidden) && !f.qualifier?.startsWith('$sq'));
      // Flink's parser takes `* AS x`; its validator does not know such an item
      if (it.alias) throw new FlinkError(CALCITE, `${posPrefix(ctxOf(env, fields), it.expr.range)}Unknown ${q ? 'field' : 'identifier'} '*'`, it.expr.range);
      if (q && !matched.length) {
        throw new FlinkError(CALCITE, `${posPrefix(ctxOf(env, fields), it.range)}Unknown identifier '${q}'`, it.range);
      }
      for (const f of matched) {
        out.push({ expr: columnRef(f.qualifier ? [f.qualifier, f.name] : [f.name], it.range), name: f.name, range: it.range });
      }
    } else out.push({ expr: it.expr, name: itemName(it, i), range: it.range });
  });
  return out;
}

/** An identifier the planner writes into a query it rewrites (quoted: taken as written). */
function ident(value: string, range: Range, quoted = true): A.Identifier {
  return { kind: 'Identifier', value, quoted, range };
}
/** A column reference the planner writes: `a` or `t.a`. */
function columnRef(parts: string[], range: Range, quoted = true): A.NameExpr {
  return { kind: 'Name', parts: parts.map((p) => ident(p, range, quoted)), range };
}

/** A copy of an expression tree with some of its nodes replaced (not into subqueries' queries). */
function replaceExpr<T>(e: T, swap: Map<unknown, A.Expression>): T {
  const r = swap.get(e);
  if (r) return r as T;
  if (Array.isArray(e)) return e.map((x) => replaceExpr(x, swap)) as T;
  if (!e || typeof e !== 'object' || (e as { kind?: string }).kind === 'Query' || (e as { kind?: string }).kind === 'Select') return e;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) out[k] = k === 'range' || k === 'query' ? v : replaceExpr(v, swap);
  return out as T;
}

/** The aliases a FROM item's columns are qualified with. */
function fromAliases(f: A.FromItem | undefined, out = new Set<string>()): Set<string> {
  if (!f) return out;
  if (f.kind === 'Join') { fromAliases(f.left, out); fromAliases(f.right, out); }
  else if (f.kind === 'TableName') out.add(f.alias?.name.value ?? f.name[f.name.length - 1]!.value);
  else if (f.kind === 'MatchRecognize') { if (f.alias) out.add(f.alias.name.value); else fromAliases(f.input, out); }
  else if (f.alias) out.add(f.alias.name.value);
  return out;
}

/**
 * The types of an equality aggregateFirst wrote on a misread correlation (left: the
 * aggregation's column): Flink's JoinConditionTypeCoerceRule casts two different types to their
 * common type and fails when there is none (a string and a number); only equal types (but for
 * nullability) are run here.
 */
function misreadKeyTypes(l: SqlType, r: SqlType, range: Range): void {
  const plain = (t: SqlType) => typeToString(withNullable(withoutTimeAttr(t), true));
  if (plain(l) === plain(r)) return;
  const numeric = (t: SqlType) => ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL'].includes(t.name);
  const text = (t: SqlType) => t.name === 'CHAR' || t.name === 'VARCHAR';
  // Calcite's RelDataType text
  const calcite = (t: SqlType) => t.name === 'INT' ? 'INTEGER' : t.name === 'VARCHAR' || t.name === 'CHAR' ? `${t.name}(${t.precision ?? (t.name === 'CHAR' ? 1 : MAX_LENGTH)})` : t.name === 'DECIMAL' ? `DECIMAL(${t.precision ?? 10}, ${t.scale ?? 0})` : t.name;
  if ((numeric(l) && text(r)) || (text(l) && numeric(r))) {
    throw new FlinkError(TABLE, `implicit type conversion between ${calcite(l)} and ${calcite(r)} is not supported on join's condition now`, range);
  }
  throw notSupported(`a scalar subquery correlated with an aggregating query whose join key types differ (${plain(l)} and ${plain(r)})`, range);
}

/**
 * Scalar subqueries (`(SELECT agg(x) FROM t WHERE t.k = o.k)` in the SELECT list or WHERE) as
 * Flink 2.3.0 plans them (Calcite's SubQueryRemoveRule and decorrelator; plans printed by Flink,
 * cases subquery-scalar-*): each is a LEFT JOIN of the FROM with the subquery's aggregate, ON
 * TRUE when it reads nothing of the outer query, else grouped by the inner columns of its
 * equalities with outer columns (rows where they are NULL left out) and joined on them; its value
 * is the joined column, a correlated COUNT's NULL (no group yet) being 0. A WHERE comparison with it is never
 * TRUE on NULL, which makes the join inner (planJoin). WHERE subqueries join first (Calcite
 * converts WHERE before the SELECT list). Other shapes are not supported yet.
 */
function rewriteScalarSubqueries(sel: A.Select, env: PlanEnv): A.Select {
  const found: A.SubqueryExpr[] = [];
  const collect = (e: unknown): void => walkExpr(e, (x) => { if (x.kind === 'Subquery') { found.push(x); return false; } return true; });
  collect(sel.where);
  collect(sel.items.map((i) => i.expr));
  collect(sel.having);
  if (!found.length) return sel;
  const unsupported = (why: string, r: Range): FlinkError => notSupported(`a scalar subquery ${why}`, r);
  if (sel.quantifier === 'DISTINCT' && !isAggregating(sel) && sel.items.every((i) => i.expr.kind === 'Name')) {
    // SELECT DISTINCT is an aggregation for Calcite: the join transposes below it as below GROUP BY's
    const grouped: A.Select = { ...sel, quantifier: undefined, groupBy: { kind: 'GroupBy', items: sel.items.map((i) => i.expr), range: sel.range } };
    const inWhere: A.SubqueryExpr[] = [];
    walkExpr(sel.where, (x) => { if (x.kind === 'Subquery') { inWhere.push(x); return false; } return true; });
    const transposed = aggregateJoinTranspose(grouped, found, inWhere, env);
    if (transposed) { distinctAsGroupBy.add(sel); return rewriteScalarSubqueries(transposed, env); }
  }
  if (isAggregating(sel)) {
    // those in WHERE join the rows below the aggregation (as in a plain query); those in the
    // SELECT list and HAVING join its result
    const inWhere: A.SubqueryExpr[] = [];
    walkExpr(sel.where, (x) => { if (x.kind === 'Subquery') { inWhere.push(x); return false; } return true; });
    const transposed = aggregateJoinTranspose(sel, found, inWhere, env);
    if (transposed) return rewriteScalarSubqueries(transposed, env);
    const joined = inWhere.length ? joinSubqueries(sel, inWhere, env, unsupported) : sel;
    return inWhere.length === found.length ? joined : rewriteScalarSubqueries(aggregateFirst(joined, found.filter((x) => !inWhere.includes(x)), env, unsupported, sel.from), env);
  }
  return joinSubqueries(sel, found, env, unsupported);
}

/**
 * An aggregating query whose one scalar subquery is uncorrelated, in a WHERE conjunct that reads
 * nothing of the FROM (`WHERE (SELECT COUNT(*) FROM dims) > 2`), over aggregate calls Calcite can
 * split (COUNT, SUM, MIN, MAX of columns, without DISTINCT or FILTER) and plain group keys: Flink
 * 2.3.0's AggregateJoinTransposeRule moves the aggregation below the join ON TRUE, so the
 * aggregation runs first and its result joins the subquery's (an update of the subquery's value
 * retracts and re-sends the aggregation's rows, case subquery-scalar-where-constant-group-by).
 * Returned as the query with that conjunct in HAVING, which aggregateFirst plans so; null
 * for any other shape (AVG, LISTAGG, FIRST_VALUE, DISTINCT, FILTER stay under the join in Flink too).
 */
function aggregateJoinTranspose(sel: A.Select, found: A.SubqueryExpr[], inWhere: A.SubqueryExpr[], env: PlanEnv): A.Select | null {
  if (found.length !== 1 || inWhere.length !== 1 || sel.quantifier === 'DISTINCT' || sel.qualify || sel.windows.length) return null;
  if ((sel.groupBy?.items ?? []).some((g) => (g as A.Expression).kind !== 'Name')) return null;
  const sq = inWhere[0]!;
  const body = sq.query.body;
  if (body.kind !== 'Select' || !body.from) return null;
  // uncorrelated: every name of the subquery is a column of its own table
  const innerTable = body.from.kind === 'TableName' && body.from.name.length === 1 ? env.catalog.get(body.from.name) : undefined;
  if (innerTable?.kind !== 'table') return null;
  const inner = fromAliases(body.from);
  const cols = new Set(innerTable.columns.map((c) => c.name));
  let correlated = false;
  walkExpr([body.items, body.where], (x) => {
    if (x.kind === 'Name') correlated ||= x.parts.length >= 2 ? !inner.has(x.parts[0]!.value) : !cols.has(x.parts[0]!.value);
    return !correlated;
  });
  if (correlated) return null;
  const parts = conjuncts(sel.where);
  const constant = parts.find((c) => { let has = false; walkExpr(c, (x) => { if (x === sq) has = true; return !has; }); return has; });
  if (!constant) return null;
  let readsRow = false;
  walkExpr(constant, (x) => { if (x.kind === 'Name') readsRow = true; return x.kind !== 'Subquery' && !readsRow; });
  if (readsRow) return null;
  // a HAVING that reads an aggregate call the SELECT list lacks, all calls COUNT/SUM/MIN/MAX/AVG:
  // Flink 2.3.0 fails planning it (FlinkProjectJoinTransposeRule's RuntimeException, or an
  // ArrayIndexOutOfBoundsException; with a COUNT(DISTINCT v) it runs, the join below)
  const selected = new Set<string>();
  let reducible = true;
  walkExpr([sel.items.map((i) => i.expr), sel.having], (x) => {
    if (!isAggregateCall(x)) return x.kind !== 'Subquery';
    reducible &&= ['COUNT', 'SUM', 'MIN', 'MAX', 'AVG'].includes(fnName(x)) && x.quantifier !== 'DISTINCT' && !x.filter;
    return false;
  });
  walkExpr(sel.items.map((i) => i.expr), (x) => { if (isAggregateCall(x)) { selected.add(exprKey(x)); return false; } return x.kind !== 'Subquery'; });
  let hidden: A.Expression | undefined;
  walkExpr(sel.having, (x) => { if (isAggregateCall(x)) { if (!selected.has(exprKey(x))) hidden ??= x; return false; } return x.kind !== 'Subquery'; });
  if (hidden && reducible) throw notSupported('a scalar subquery compared with constants in the WHERE of an aggregating query whose HAVING reads an aggregate call the SELECT list does not', hidden.range);
  let splittable = true;
  walkExpr([sel.items.map((i) => i.expr), sel.having], (x) => {
    if (x.kind === 'Subquery') return false;
    if (x.kind === 'FunctionCall' && x.over) splittable = false;
    if (isAggregateCall(x)) {
      splittable &&= ['COUNT', 'SUM', 'MIN', 'MAX'].includes(fnName(x)) && x.quantifier !== 'DISTINCT' && !x.filter && !x.withinGroup &&
        x.args.every((a) => a.kind === 'Name' || a.kind === 'Star');
      return false;
    }
    return splittable;
  });
  if (!splittable) return null;
  joinedWithoutColumns.add(sq.query);
  return { ...sel, where: andAll(parts.filter((c) => c !== constant)), having: andAll([...(sel.having ? [sel.having] : []), constant]) };
}

/** rewriteScalarSubqueries for the subqueries `found` of a query's WHERE, SELECT list (not an aggregating one's) or HAVING: each a LEFT JOIN of FROM with its aggregate */
function joinSubqueries(sel: A.Select, found: A.SubqueryExpr[], env: PlanEnv, unsupported: (why: string, r: Range) => FlinkError): A.Select {
  if (!sel.from) throw unsupported('without FROM', found[0]!.range);
  const outer = fromAliases(sel.from);
  const outerFrom = sel.from;
  let from: A.FromItem = sel.from;
  const swap = new Map<unknown, A.Expression>();
  found.forEach((sq, n) => {
    const q = sq.query, body = q.body, r = sq.range;
    if (body.kind !== 'Select' || q.with || q.orderBy.length || q.fetch || q.offset || body.quantifier === 'DISTINCT' || body.groupBy || body.having || body.qualify || !body.from || body.items.length !== 1) {
      throw unsupported('other than SELECT agg(...) FROM ... [WHERE ...]', r);
    }
    const item = body.items[0]!.expr;
    // its value: an aggregate call, or an expression over aggregate calls and constants
    let calls = 0, count = false, bare: A.Expression | undefined;
    walkExpr(item, (x) => {
      if (isAggregateCall(x)) { calls++; count ||= fnName(x) === 'COUNT'; return false; }
      if (x.kind === 'Name' || x.kind === 'Subquery') bare ??= x;
      return !bare;
    });
    if (!calls || bare) throw unsupported('whose value is not an aggregate call or an expression over aggregate calls', item.range);
    const inner = fromAliases(body.from);
    const table = body.from.kind === 'TableName' && body.from.name.length === 1 ? env.catalog.get(body.from.name) : undefined;
    const innerCols = table?.kind === 'table' ? new Set(table.columns.map((c) => c.name)) : null;
    const isOuter = (x: A.NameExpr): boolean => x.parts.length >= 2
      ? !inner.has(x.parts[0]!.value) && outer.has(x.parts[0]!.value)
      : !!innerCols && !innerCols.has(x.parts[0]!.value);
    const readsOuter = (e: unknown): boolean => { let o = false; walkExpr(e, (x) => { if (x.kind === 'Name' && isOuter(x)) o = true; return !o; }); return o; };
    if (readsOuter(item)) throw unsupported('whose aggregate reads the outer query', item.range);
    const corr: { inner: A.NameExpr; outer: A.Expression }[] = [];
    const conds: A.Expression[] = [], correlated: A.Expression[] = [];
    let general: A.Expression | undefined;
    for (const c of conjuncts(body.where)) {
      if (!readsOuter(c)) { conds.push(c); continue; }
      correlated.push(c);
      const eq = c.kind === 'Binary' && c.op === '=' ? c : null;
      const pair = eq && (eq.left.kind === 'Name' && !readsOuter(eq.left) && readsOuter(eq.right) ? [eq.left, eq.right] as const
        : eq.right.kind === 'Name' && !readsOuter(eq.right) && readsOuter(eq.left) ? [eq.right, eq.left] as const : null);
      if (pair) corr.push({ inner: pair[0], outer: pair[1] });
      else general ??= c;
    }
    // (an empty group's COUNT is 0, not NULL: the CASE below does that for a bare COUNT only)
    if (count && correlated.length && !isAggregateCall(item)) throw unsupported('correlated, whose value is an expression over COUNT', item.range);
    const alias = `$sq${n}`;
    const query = (b: A.Select): A.Query => ({ kind: 'Query', orderBy: [], range: r, body: b });
    const derivedOf = (name: string, b: A.Select): A.DerivedTable => ({
      kind: 'DerivedTable', lateral: false, range: r, alias: { kind: 'Alias', name: ident(name, r), columns: [], range: r }, query: query(b),
    });
    const lastName = (x: A.NameExpr): string => x.parts[x.parts.length - 1]!.value;
    let keyNames: string[], grouped: A.Select, outerKeys: A.Expression[];
    if (general) {
      // a correlation other than inner column = outer expression: Calcite's value generator, the
      // distinct outer columns the conditions read (a GroupAggregate without calls over the FROM)
      // joined with the subquery's FROM on all its correlated conditions, grouped by them, then
      // the LEFT JOIN back on their equality (Flink 2.3.0's plan; case subquery-scalar-correlated-non-equi)
      if (outerFrom.kind !== 'TableName') throw unsupported('whose condition on the outer query is not an equality of an inner column with the outer query, over a FROM of other than one table', general.range);
      const reads = new Map<string, A.NameExpr>();
      const toGenerated = new Map<unknown, A.Expression>();
      const dv = `$dv${n}`;
      walkExpr(correlated, (x) => {
        if (x.kind === 'Name' && isOuter(x)) { if (!reads.has(lastName(x))) reads.set(lastName(x), x); toGenerated.set(x, columnRef([dv, lastName(x)], r)); }
        return true;
      });
      keyNames = [...reads.keys()];
      outerKeys = [...reads.values()];
      const generator = derivedOf(dv, {
        kind: 'Select', hints: [], windows: [], range: r, quantifier: 'DISTINCT', from: outerFrom,
        items: keyNames.map((k): A.SelectItem => ({ kind: 'SelectItem', expr: reads.get(k)!, alias: ident(k, r), range: r })),
      });
      const gen = keyNames.map((k) => columnRef([dv, k], r));
      grouped = {
        ...body,
        from: { kind: 'Join', joinType: 'INNER', natural: false, left: body.from, right: generator, on: andAll(correlated.map((c) => replaceExpr(c, toGenerated))), range: r },
        items: [...gen.map((g, j): A.SelectItem => ({ kind: 'SelectItem', expr: g, alias: ident(keyNames[j]!, r), range: r })), { kind: 'SelectItem', expr: item, alias: ident('EXPR$0', r), range: r }],
        where: andAll(conds),
        groupBy: { kind: 'GroupBy', items: gen, range: r },
      };
    } else {
      keyNames = corr.map((c) => lastName(c.inner));
      outerKeys = corr.map((c) => c.outer);
      const notNull = corr.map((c): A.Expression => ({ kind: 'Is', not: true, test: 'NULL', operand: c.inner, range: c.inner.range }));
      grouped = {
        ...body,
        items: [...corr.map((c, j): A.SelectItem => ({ kind: 'SelectItem', expr: c.inner, alias: ident(keyNames[j]!, r), range: r })), { kind: 'SelectItem', expr: item, alias: ident('EXPR$0', r), range: r }],
        where: andAll([...notNull, ...conds]),
        groupBy: corr.length ? { kind: 'GroupBy', items: corr.map((c) => c.inner), range: r } : undefined,
      };
    }
    // an uncorrelated one whose value is an expression over its aggregate calls: Calcite does not
    // know the projection is one row and adds a global SINGLE_VALUE aggregate over it (Flink 2.3.0's
    // plan: GroupAggregate(select=[SINGLE_VALUE_RETRACT(EXPR$0)])), so an update of the value
    // reaches the join as -D and +I (case subquery-scalar-expression-uncorrelated)
    const single = !correlated.length && !isAggregateCall(item);
    const derived = derivedOf(alias, single ? {
      kind: 'Select', hints: [], windows: [], range: r, from: derivedOf('$sv', grouped),
      items: [{ kind: 'SelectItem', expr: { kind: 'FunctionCall', name: [ident('$SINGLE_VALUE_RETRACT', r)], args: [columnRef(['$sv', 'EXPR$0'], r)], range: r }, alias: ident('EXPR$0', r), range: r }],
    } : grouped);
    const on = andAll(outerKeys.map((o, j): A.Expression => ({ kind: 'Binary', op: '=', left: o, right: columnRef([alias, keyNames[j]!], r), range: r })))
      ?? ({ kind: 'BooleanLiteral', value: true, range: r } as A.Expression);
    if (joinedWithoutColumns.has(q)) joinedWithoutColumns.add(derived);
    from = { kind: 'Join', joinType: 'LEFT', natural: false, left: from, right: derived, on, range: sel.from!.range };
    const value = columnRef([alias, 'EXPR$0'], r);
    // (an uncorrelated one's global aggregate is a row of its own: no CASE, as in Calcite's plan)
    swap.set(sq, count && correlated.length
      ? { kind: 'Case', whens: [{ when: { kind: 'Is', not: false, test: 'NULL', operand: value, range: r }, then: { kind: 'NumericLiteral', text: '0', numberKind: 'integer', range: r } }], else: value, range: r }
      : value);
  });
  return { ...sel, from, where: replaceExpr(sel.where, swap), items: sel.items.map((it) => ({ ...it, expr: replaceExpr(it.expr, swap) })), having: replaceExpr(sel.having, swap) };
}

/**
 * An aggregating query as a SELECT over the aggregation (its group keys and aggregate calls as
 * columns; HAVING its WHERE), as Calcite plans what it computes over the aggregate's rows:
 * - uncorrelated scalar subqueries in the SELECT list or HAVING: the aggregation first, then the
 *   LEFT JOIN ON TRUE with each subquery's aggregate (a HAVING comparison with one making it
 *   inner), which rewriteScalarSubqueries then plans as it does those of a plain query;
 * - a Top-N whose ROW_NUMBER is in the SELECT of the GROUP BY (`found` empty): the rank over the
 *   aggregate's rows (planSelect).
 *
 * A correlated subquery (over a FROM of one table, correlated by equalities of an inner column with
 * an outer column) joins the aggregation's result as Flink 2.3.0 does, reading Calcite's correlation
 * wrongly: the outer column's index in the FROM's row (orders(id, k, v): k is 1) picks the column
 * of the aggregation's row (group keys in GROUP BY order, then the aggregate calls of the SELECT
 * list and HAVING in order: GROUP BY k gives (k, SUM(v)), so `d.k = o.k` joins on SUM(v)). Flink
 * then fails when the two types have no common type ("implicit type conversion between INTEGER
 * and VARCHAR(2147483647) is not supported on join's condition now", planJoin), and with an
 * ArrayIndexOutOfBoundsException when the index is past the row (refused here); when the
 * types agree it runs on that column (case subquery-scalar-correlated-group-by-*). Other
 * correlated shapes are not supported yet.
 */
function aggregateFirst(sel: A.Select, found: A.SubqueryExpr[], env: PlanEnv, unsupported: (why: string, r: Range) => FlinkError, from0 = sel.from): A.Select {
  const g = sel.groupBy;
  if (g?.items.some((x) => ['GroupingSets', 'Rollup', 'Cube', 'EmptyGrouping'].includes((x as { kind: string }).kind)) || sel.quantifier === 'DISTINCT' || sel.qualify || sel.windows.length) {
    throw unsupported('in an aggregating query with GROUPING SETS, ROLLUP, CUBE, DISTINCT, QUALIFY or WINDOW', (found[0] ?? g ?? sel).range);
  }
  const outer = fromAliases(sel.from);
  // (the FROM before WHERE's subqueries joined it: the row a correlation reads)
  const outerTable = from0?.kind === 'TableName' && from0.name.length === 1 && !from0.systemTime ? env.catalog.get(from0.name) : undefined;
  const outerCols = outerTable?.kind === 'table' ? outerTable.columns.map((c) => c.name) : null;
  /** each correlated subquery's references to the outer query (null: none) */
  const outerRefs = new Map<A.SubqueryExpr, A.NameExpr[]>();
  for (const sq of found) {
    const body = sq.query.body;
    const inner = body.kind === 'Select' ? fromAliases(body.from) : new Set<string>();
    const innerTable = body.kind === 'Select' && body.from?.kind === 'TableName' && body.from.name.length === 1 ? env.catalog.get(body.from.name) : undefined;
    const innerCols = innerTable?.kind === 'table' ? new Set(innerTable.columns.map((c) => c.name)) : null;
    const refs: A.NameExpr[] = [];
    walkExpr(body.kind === 'Select' ? [body.items, body.where] : [], (x) => {
      if (x.kind === 'Name' && (x.parts.length >= 2 ? outer.has(x.parts[0]!.value) && !inner.has(x.parts[0]!.value)
        : !!innerCols && !!outerCols && !innerCols.has(x.parts[0]!.value) && outerCols.includes(x.parts[0]!.value))) refs.push(x);
      return true;
    });
    if (refs.length) outerRefs.set(sq, refs);
  }
  const r = sel.range;
  const id = (value: string): A.Identifier => ident(value, r);
  const ref = (n: string): A.NameExpr => columnRef(['$agg', n], r);
  // the aggregating query's columns: the group keys, then every aggregate call the items and HAVING read
  const keys = (g?.items ?? []) as A.Expression[];
  // (named as Calcite names the aggregate's fields, which explain prints: a grouped column by its
  // name, a call by the alias of the SELECT item it is, the rest $f<position>; made unique)
  const used = new Set<string>();
  const unique = (n: string): string => {
    let u = n;
    for (let i = 0; used.has(u); i++) u = `${n}${i}`;
    used.add(u);
    return u;
  };
  const keyNames = keys.map((k, i) => unique(k.kind === 'Name' ? k.parts[k.parts.length - 1]!.value : `$f${i}`));
  const inner: A.SelectItem[] = keys.map((k, i) => ({ kind: 'SelectItem', expr: k, alias: id(keyNames[i]!), range: r }));
  const calls = new Map<string, string>();
  const lift = (e: A.Expression): A.Expression => {
    const ki = keys.findIndex((k) => exprKey(k) === exprKey(e));
    if (ki >= 0) return ref(keyNames[ki]!);
    if (isAggregateCall(e)) {
      const key = exprKey(e);
      let n = calls.get(key);
      if (!n) {
        const alias = sel.items.find((it) => it.alias && exprKey(it.expr) === key)?.alias?.value;
        n = unique(alias ?? `$f${inner.length}`);
        calls.set(key, n);
        inner.push({ kind: 'SelectItem', expr: e, alias: id(n), range: r });
      }
      return ref(n);
    }
    if (e.kind === 'Subquery') return e;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) {
      out[k] = k === 'range' || k === 'query' || !v || typeof v !== 'object' ? v
        : Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' && typeof (x as { kind?: unknown }).kind === 'string' ? lift(x as A.Expression) : x))
        : typeof (v as { kind?: unknown }).kind === 'string' ? lift(v as A.Expression) : v;
    }
    return out as unknown as A.Expression;
  };
  const items = sel.items.map((it, i): A.SelectItem => {
    if (it.expr.kind === 'Star') throw unsupported('beside * in an aggregating query', it.range);
    return { ...it, expr: lift(it.expr), alias: it.alias ?? id(itemName(it, i)) };
  });
  let having = sel.having ? lift(sel.having) : undefined;
  if (outerRefs.size) {
    // the correlated ones: each outer column becomes the aggregation's column at its index in the
    // FROM's row (Flink 2.3.0's plans: GROUP BY k over orders(id, k, v) joins `d.k = o.k` on SUM(v))
    const queries = new Map<A.Query, A.Query>();
    for (const [sq, refs] of outerRefs) {
      const body = sq.query.body as A.Select;
      if (!outerCols) throw unsupported('correlated with an aggregating query over other than one table', sq.range);
      const toAgg = new Map<unknown, A.Expression>();
      for (const x of refs) {
        const idx = outerCols.indexOf(x.parts[x.parts.length - 1]!.value);
        // (Flink 2.3.0 fails with an ArrayIndexOutOfBoundsException)
        if (idx < 0 || idx >= inner.length) throw unsupported('correlated with an aggregating query on a column whose index in the FROM is past the aggregation\'s columns', x.range);
        const ref = columnRef(['$agg', inner[idx]!.alias!.value], x.range);
        misreadKeys.add(ref);
        toAgg.set(x, ref);
      }
      // only equalities of an inner column with an outer column correlate
      for (const c of conjuncts(body.where)) {
        let reads = false;
        walkExpr(c, (x) => { if (toAgg.has(x)) reads = true; return !reads; });
        if (!reads) continue;
        const ok = c.kind === 'Binary' && c.op === '=' && c.left.kind === 'Name' && c.right.kind === 'Name' && toAgg.has(c.left) !== toAgg.has(c.right);
        if (!ok) throw unsupported('correlated with an aggregating query other than by equalities of an inner column with an outer column', c.range);
      }
      walkExpr(body.items, (x) => { if (toAgg.has(x)) throw unsupported('whose aggregate reads the outer query', x.range); return true; });
      queries.set(sq.query, { ...sq.query, body: { ...body, where: replaceExpr(body.where, toAgg) } });
    }
    // (by their queries: a WHERE subquery's join copied the expressions around them)
    const swap = new Map<unknown, A.Expression>();
    walkExpr([items.map((i) => i.expr), having], (x) => {
      if (x.kind !== 'Subquery') return true;
      const q = queries.get(x.query);
      if (q) swap.set(x, { ...x, query: q });
      return false;
    });
    for (const it of items) it.expr = replaceExpr(it.expr, swap);
    having = replaceExpr(having, swap);
  }
  // a name left after lifting is a column neither grouped nor aggregated: the inner query says so
  const aggregated: A.Select = { ...sel, items: inner, having: undefined };
  const from: A.DerivedTable = { kind: 'DerivedTable', lateral: false, range: r, alias: { kind: 'Alias', name: id('$agg'), columns: [], range: r }, query: { kind: 'Query', body: aggregated, orderBy: [], range: r } };
  let leftover: A.Expression | undefined;
  walkExpr([items.map((i) => i.expr), having], (x) => { if (!leftover && x.kind === 'Name' && x.parts[0]!.value !== '$agg') leftover = x; return !leftover; });
  // (the items keep generated names there: a SELECT alias among them would make the name ambiguous)
  if (leftover) aggregated.items = [...inner.map((it, i) => ({ ...it, alias: id(`$f${i}`) })), { kind: 'SelectItem', expr: leftover, range: leftover.range }];
  return { kind: 'Select', hints: [], items, from, where: having, windows: [], range: r };
}

function planSelect(sel0: A.Select, env0: PlanEnv): Scoped {
  // a query nested in FROM or WHERE never takes the outer SELECT's conditions
  const env: PlanEnv = env0.pushWhere ? { ...env0, pushWhere: undefined } : env0;
  const sel = rewriteScalarSubqueries(sel0, env);
  if (sel.qualify) {
    // Flink 2.3.0 converts a window function in QUALIFY expecting a Project below it: over an
    // aggregation (or its HAVING) the planner fails (probed; case topn-qualify-over-aggregate),
    // where the same Top-N written as a subquery runs (topn-over-aggregate-same-select)
    if (isAggregating(sel) && hasOver(sel.qualify)) {
      const a = `org.apache.calcite.rel.logical.${sel.having ? 'LogicalFilter' : 'LogicalAggregate'}`, b = 'org.apache.calcite.rel.logical.LogicalProject';
      throw new FlinkError('java.lang.ClassCastException', `class ${a} cannot be cast to class ${b} (${a} and ${b} are in unnamed module of loader org.apache.flink.table.planner.loader.PlannerModule$PlannerComponentClassLoader)`, sel.qualify.range);
    }
    const rewritten = qualifyAsTopN(sel, env);
    if (!rewritten) throw notSupported('QUALIFY other than a filter on one ROW_NUMBER/RANK/DENSE_RANK over the SELECT list', sel.qualify.range);
    return planSelect(rewritten, env);
  }
  // Top-N / deduplication: SELECT ... FROM (SELECT ..., ROW_NUMBER() OVER (...) AS rn FROM t) WHERE rn <= N
  if (sel.from?.kind === 'DerivedTable' && sel.from.query.body.kind === 'Select' && !sel.from.query.orderBy.length) {
    const body = sel.from.query.body;
    const rp0 = findRankItem(body);
    const lim = rp0 && rankLimit(sel.where, rp0.alias);
    // (without a filter on the rank it is an OVER aggregation: planned with the FROM below)
    if (rp0 && lim) {
      // ranked in the same SELECT as its GROUP BY: Calcite aggregates first and ranks the
      // aggregate's rows (Flink 2.3.0: a Rank over the GroupAggregate; case topn-over-aggregate-same-select)
      const aggregating = !!body.groupBy || hasAggregateCall(body.items.map((i) => i.expr));
      const inner = aggregating ? aggregateFirst(body, [], env, (why, r) => notSupported(`a Top-N ${why}`, r)) : body;
      const rp = aggregating ? findRankItem(inner)! : rp0;
      // (SELECT DISTINCT: over the ranked rows, the rank number among its columns; Flink 2.3.0's
      // GroupAggregate over the Rank, case topn-distinct-same-select)
      const distinct = inner.quantifier === 'DISTINCT';
      const ranked0 = planRank(inner, rp, lim.n, distinct || selectUsesName(sel, rp.alias), env, sel.from.query.with, namesUsed([sel.items.map((i) => i.expr), sel.where, sel.groupBy, sel.having]), lim.start);
      const ranked = distinct ? distinctOf(ranked0, env, inner.range) : ranked0;
      const alias = aliasName(sel.from.alias, '');
      const from = renameColumns(ranked, sel.from.alias, alias);
      return planSelectOn(sel, from, andAll(lim.rest), env);
    }
  }
  const down = pushIntoDerived(sel, env);
  if (down) return planSelect(down, env);
  let from: Scoped;
  let where = sel.where;
  if (sel.from?.kind === 'Join' && where) {
    // conditions on both sides of an inner join become its join condition (so an equality is a
    // join key, time bounds make an interval join), conditions on one side filter it below the
    // join, and may make an outer join inner (planJoin); conjuncts with subqueries stay in WHERE
    const parts = conjuncts(where);
    const pushWhere = parts.filter((expr) => !hasSubquery(expr)).map((expr) => ({ expr, used: false }));
    from = planFrom(sel.from, { ...env, pushWhere });
    const pushed = new Set(pushWhere.filter((p) => p.used).map((p) => p.expr));
    where = andAll(parts.filter((c) => !pushed.has(c)));
  } else if (sel.from) from = planFrom(sel.from, env);
  else from = planValues({ kind: 'Values', rows: [[]], range: sel.range }, env);
  return planSelectOn(sel, from, where, env);
}

/**
 * Calcite's FilterProjectTransposeRule: the WHERE conjuncts of a query over one derived table
 * that read only its columns go into the derived query's WHERE, each column replaced by its
 * expression (so a join there filters them below it, planJoin): Flink 2.3.0 keeps fewer records in
 * the join's state, which changes its HashMap's order (case join-derived-where-pushdown). Not
 * through an aggregation, DISTINCT, OVER, set operation, ORDER BY/LIMIT or a nondeterministic or
 * PROCTIME column. null when nothing moves.
 */
function pushIntoDerived(sel: A.Select, env: PlanEnv): A.Select | null {
  if (!sel.where) return null;
  const d = sel.from?.kind === 'TableName' ? asDerived(sel.from, env) : sel.from;
  if (d?.kind !== 'DerivedTable' || d.lateral) return null;
  const q = d.query, body = q.body;
  if (body.kind !== 'Select' || q.orderBy.length || q.fetch || q.offset || body.quantifier === 'DISTINCT' || isAggregating(body) || body.qualify || body.windows.length || !body.from) return null;
  if (body.items.some((it) => it.expr.kind === 'Star' || hasOver(it.expr))) return null;
  const alias = d.alias?.name.value;
  const names = body.items.map((it, i) => d.alias?.columns[i]?.value ?? itemName(it, i));
  const movable = (e: A.Expression): boolean => {
    let volatile = false;
    walkExpr(e, (x) => { if (isNondeterministicCall(x)) volatile = true; return !volatile; });
    return !volatile;
  };
  const pushed: A.Expression[] = [], kept: A.Expression[] = [];
  for (const c of conjuncts(sel.where)) {
    const swap = new Map<unknown, A.Expression>();
    let ok = !hasSubquery(c);
    walkExpr(c, (x) => {
      if (!ok || x.kind !== 'Name') return ok;
      const parts = x.parts.map((p) => p.value);
      const col = parts.length === 1 ? parts[0]! : parts.length === 2 && parts[0] === alias ? parts[1]! : null;
      const i = col === null ? -1 : names.indexOf(col);
      if (i < 0 || names.indexOf(col!, i + 1) >= 0 || !movable(body.items[i]!.expr)) ok = false;
      else swap.set(x, structuredClone(body.items[i]!.expr));
      return ok;
    });
    if (ok) pushed.push(replaceExpr(c, swap)); else kept.push(c);
  }
  if (!pushed.length) return null;
  const inner: A.Select = { ...body, where: andAll([...conjuncts(body.where), ...pushed]) };
  return { ...sel, from: { ...d, query: { ...q, body: inner } }, where: andAll(kept) };
}

/** A WITH query's or a view's name in FROM as the derived table it stands for (as Calcite expands them), or null */
function asDerived(f: A.TableName, env: PlanEnv): A.DerivedTable | null {
  if (f.hints.length || f.systemTime || f.extend?.length) return null;
  const cte = f.name.length === 1 ? env.ctes.get(Catalog.key(f.name)) : undefined;
  // (a view is planned without the query's WITH names: only where there are none)
  const view = cte ? undefined : env.ctes.size ? undefined : env.catalog.get(f.name);
  const def = cte ?? (view?.kind === 'view' ? view : undefined);
  if (!def) return null;
  const r = f.range;
  const columns = f.alias?.columns.length ? f.alias.columns : def.columns.map((c) => ident(c, r));
  return {
    kind: 'DerivedTable', lateral: false, range: r, query: def.query,
    alias: { kind: 'Alias', name: f.alias?.name ?? ident(f.name[f.name.length - 1]!.value, r), columns, range: r },
  };
}

function planSelectOn(sel: A.Select, from: Scoped, where: A.Expression | undefined, env: PlanEnv): Scoped {
  let cur = from;
  const ctx0 = ctxOf(env, cur.fields, { aggregateNotAllowed: 'Aggregate expression is illegal in WHERE clause' });
  const ctxW = usingWhereView(cur.fields) === cur.fields ? ctx0 : { ...ctx0, fields: usingWhereView(cur.fields) };
  // subqueries in WHERE: IN / EXISTS become semi/anti joins
  const whereParts = conjuncts(where);
  const plain: A.Expression[] = [];
  let pruned = false;
  for (const c of whereParts) {
    const sj = trySemiJoin(c, cur, env);
    if (sj) { cur = sj; continue; }
    // (a conjunct Calcite reduces to TRUE goes; to FALSE, it prunes the SELECT: no code is generated for it)
    const reduced = reducedCondition(c, ctxW);
    if (reduced !== true) plain.push(c);
    if (reduced === false) pruned = true;
  }
  if (!pruned && contradictory(plain, ctxW)) pruned = true;
  const refused: FlinkError[] = [];
  const whereFilter = plain.length ? compileExpr(andAll(plain)!, { ...ctxW, deferred: refused }) : null;
  if (whereFilter && whereFilter.type.name !== 'BOOLEAN' && whereFilter.type.name !== 'NULL') {
    throw new FlinkError(CALCITE, `${posPrefix(ctxW, where?.range)}WHERE clause must be a condition`, where?.range);
  }
  if (pruned) env = { ...env, pruned };
  else if (refused[0]) throw refused[0];
  let items = expandStar(sel.items, cur.fields, env);
  // a window function (ROW_NUMBER, LAG, NTILE, ...) called without OVER: Calcite's validator
  // refuses it only as a select item of its own without an alias; aliased or inside an expression
  // it passes and Flink's code generator fails on it (both probed on Flink 2.3.0)
  for (const e of [...items.map((it) => it.expr), sel.having]) {
    walkExpr(e, (x) => {
      if (x.kind === 'FunctionCall' && !x.over && NO_FRAMING.has(fnName(x))) {
        if (sel.items.some((it) => it.expr === x && !it.alias)) throw new FlinkError(CALCITE, `${posPrefix(ctx0, x.range)}OVER clause is necessary for window functions`, x.range);
        const types = (x.args as A.Expression[]).map((a) => typeToString(withoutTimeAttr(compileExpr(a, ctx0).type)));
        throw new FlinkError(CODEGEN, `Unsupported call: ${fnName(x)}(${types.join(', ')})`, x.range);
      }
      return true;
    });
  }
  // (the WHERE filters the OVER aggregation's input; without OVER it is fused into the projection below)
  if (items.some((it) => hasOver(it.expr))) return planOver(whereFilter ? planCalc(cur, whereFilter, null, cur.fields, env) : cur, items, sel, env);
  if (items.some((it) => hasVariance(it.expr)) || hasVariance(sel.having)) {
    const vctx = ctxOf(env, cur.fields);
    items = items.map((it) => ({ ...it, expr: reduceVariance(it.expr, vctx) }));
    if (sel.having) sel = { ...sel, having: reduceVariance(sel.having, vctx) };
  }
  const aggCalls = collectAggCalls([...items.map((i) => i.expr), sel.having]);
  let groupItems = sel.groupBy?.items ?? [];
  // legacy group windows: GROUP BY TUMBLE(ts, INTERVAL ...) -> a window TVF plus window_start/end keys
  const gws = groupItems.filter((g): g is A.FunctionCall => g.kind === 'FunctionCall' && !g.over && ['TUMBLE', 'HOP', 'SESSION'].includes(fnName(g)));
  const gw = gws[0];
  // an auxiliary call (TUMBLE_START, HOP_END, ...) must repeat the GROUP BY's window call, name
  // and arguments (Calcite's validator; probed on Flink 2.3.0)
  for (const e of [...items.map((it) => it.expr), sel.having]) {
    walkExpr(e, (x) => {
      if (x.kind !== 'FunctionCall') return true;
      const m = /^(TUMBLE|HOP|SESSION)_(START|END|ROWTIME|PROCTIME)$/.exec(fnName(x));
      if (m && !gws.some((g) => fnName(g) === m[1] && exprKey(g.args) === exprKey(x.args))) {
        throw new FlinkError(CALCITE, `${posPrefix(ctx0, x.range)}Call to auxiliary group function '${fnName(x)}' must have matching call to group function '$${m[1]}' in GROUP BY clause`, x.range);
      }
      return true;
    });
  }
  if (gws.length > 1) throw new FlinkError(TABLE, 'Only a single window group function may be used in GROUP BY', gws[1]!.range);
  let itemsForAgg = items;
  let havingForAgg = sel.having;
  if (gw) {
    const name = fnName(gw);
    const args = gw.args as A.Expression[];
    const tc = args[0]!;
    if (tc.kind !== 'Name') throw notSupported(`${name} on an expression`, tc.range);
    const { index: timeIdx } = resolveName(ctxOf(env, cur.fields), tc.parts, tc.range);
    const tt = cur.fields[timeIdx]!.type;
    if (!tt.timeAttr) throw new FlinkError(VALIDATION, `Window aggregate can only be defined over a time attribute column, but ${typeToString(tt)} encountered.`, tc.range);
    const ivs = args.slice(1).map((a) => { if (a.kind !== 'IntervalLiteral') throw notSupported(`a non-literal interval in ${name}`, a.range); return intervalLiteralMs(a); });
    const spec: WindowSpec = name === 'TUMBLE' ? { kind: 'TUMBLE', size: ivs[0]!, step: ivs[0]!, offset: 0 }
      : name === 'HOP' ? { kind: 'HOP', size: ivs[1]!, step: ivs[0]!, offset: 0 } : { kind: 'SESSION', size: 0, step: ivs[0]!, offset: 0 };
    cur = buildWindowTvf(cur, name, timeIdx, spec, tc.parts[tc.parts.length - 1]!.value, '', gw.range);
    // TUMBLE / HOP on event time run as Flink's GroupWindowAggregate (panes, per-row timers);
    // SESSION and processing time stay on the window TVF's operator, which prints the same
    if (spec.kind !== 'SESSION' && tt.timeAttr === 'rowtime' && !env.batch) legacyWindows.add(cur.node);
    const nm = (v: string): A.NameExpr => columnRef([v], gw.range);
    groupItems = groupItems.flatMap((g) => (g === gw ? [nm('window_start'), nm('window_end')] : [g]));
    const aux: Record<string, string> = { START: 'window_start', END: 'window_end', ROWTIME: 'window_time', PROCTIME: 'window_time' };
    const rewrite = (e: unknown): unknown => {
      if (Array.isArray(e)) return e.map(rewrite);
      if (!e || typeof e !== 'object') return e;
      const n = e as A.FunctionCall;
      if (n.kind === 'FunctionCall') {
        const m = /^(TUMBLE|HOP|SESSION)_(START|END|ROWTIME|PROCTIME)$/.exec(fnName(n));
        if (m && m[2] === 'ROWTIME' && tt.timeAttr === 'proctime') throw new FlinkError(VALIDATION, 'A proctime window cannot provide a rowtime attribute.', n.range);
        // an event-time window's processing time: Flink 2.3.0 gives null (probed)
        if (m && m[2] === 'PROCTIME' && tt.timeAttr === 'rowtime') {
          return { kind: 'Cast', op: 'CAST', operand: { kind: 'NullLiteral', range: n.range }, type: { kind: 'BasicType', name: 'TIMESTAMP_LTZ', precision: 3, nullable: true, range: n.range }, range: n.range };
        }
        if (m) return nm(aux[m[2]!]!);
      }
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(e)) out[k] = k === 'range' ? v : rewrite(v);
      return out;
    };
    itemsForAgg = items.map((it) => ({ ...it, expr: rewrite(it.expr) as A.Expression }));
    havingForAgg = sel.having ? rewrite(sel.having) as A.Expression : undefined;
  }
  const gs = groupingSets(groupItems);
  const isAgg = aggCalls.length > 0 || sel.groupBy !== undefined;
  if (whereFilter && (isAgg || sel.having)) { cur = planCalc(cur, whereFilter, null, cur.fields, env); }
  if (isAgg) {
    cur = planAggregate(cur, gs.exprs, aggCalls, itemsForAgg, havingForAgg === sel.having ? sel : { ...sel, having: havingForAgg }, env, gs.sets);
  } else if (sel.having) {
    throw new FlinkError(CALCITE, `${posPrefix(ctx0, sel.having.range)}HAVING clause without GROUP BY or aggregates`, sel.having.range);
  } else {
    // an item reads its input columns only when a consumer reads the item (Field.use): Flink
    // prunes a derived table's columns no query above reads (a join below keeps records without
    // them, which places them in its state's HashMap; random seed 614, case join-state-derived-unread),
    // and generates no code for them: a call its code generation refuses fails when the item is read
    const reads: (() => void)[][] = items.map(() => []);
    const refused: FlinkError[][] = items.map(() => []);
    const proj = items.map((it, i) => compileExpr(it.expr, ctxOf(env, cur.fields.map((f) => ({ ...f, use: () => { if (f.use) reads[i]!.push(f.use); } })), { aggregateNotAllowed: 'Aggregate expression is illegal in this clause', deferred: refused[i] })));
    const fields: Field[] = items.map((it, i) => ({
      name: it.name, type: proj[i]!.type, qualifier: proj[i]!.fieldIndex !== undefined ? cur.fields[proj[i]!.fieldIndex!]!.qualifier : undefined,
      use: () => { if (refused[i]![0]) throw refused[i]![0]; for (const u of reads[i]!.splice(0)) u(); },
    }));
    const identity = proj.length === cur.fields.length && proj.every((p, i) => p.fieldIndex === i) && fields.every((f, i) => f.name === cur.fields[i]!.name);
    if (!identity) cur = planCalc(cur, whereFilter, proj, uniqueOut(fields), env);
    else if (whereFilter) cur = planCalc(cur, whereFilter, null, fields, env);
    else cur = { node: cur.node, fields };
  }
  return cur;
}

/** Output column names of a SELECT are made unique (a, a0) as Calcite's validator does. */
function uniqueOut(fs: Field[]): Field[] {
  const u = uniqueNames(fs);
  return u.map((f, i) => ({ ...f, qualifier: fs[i]!.qualifier }));
}

function resolveWindowSpec(spec: A.WindowSpec, sel: A.Select): A.WindowSpec {
  if (!spec.base) return spec;
  const named = sel.windows.find((w) => w.name.value === spec.base!.value);
  if (!named) throw new FlinkError(CALCITE, `Window '${spec.base.value}' not found`, spec.range);
  const base = resolveWindowSpec(named.spec, sel);
  return { ...base, partitionBy: spec.partitionBy.length ? spec.partitionBy : base.partitionBy, orderBy: spec.orderBy.length ? spec.orderBy : base.orderBy, frame: spec.frame ?? base.frame };
}


/** APPROX_COUNT_DISTINCT(x): BIGINT NOT NULL, x hashed as its Java value (BatchApproxCountDistinctAggFunctions). */
function approxCountDistinctCall(ty: SqlType, range: Range): { fn: Agg.AggFunction; type: SqlType } {
  const bits = new DataView(new ArrayBuffer(8));
  const utf8 = new TextEncoder();
  let hash: (v: unknown) => bigint;
  switch (ty.name) {
    case 'TINYINT': case 'SMALLINT': case 'INT': hash = (v) => HLL.hashInt(v as number); break;
    case 'BIGINT': hash = (v) => HLL.hashLong(BigInt(Math.trunc(v as number))); break;
    case 'FLOAT': hash = (v) => { const x = v as number; bits.setFloat32(0, Number.isNaN(x) ? NaN : x === 0 ? 0 : x); return HLL.hashInt(bits.getInt32(0)); }; break;
    case 'DOUBLE': hash = (v) => { const x = v as number; bits.setFloat64(0, Number.isNaN(x) ? NaN : x === 0 ? 0 : x); return HLL.hashLong(bits.getBigInt64(0)); }; break;
    case 'DATE': case 'TIME': case 'TIMESTAMP': case 'TIMESTAMP_LTZ': hash = (v) => HLL.hashLong(BigInt(Math.floor(v as number))); break;
    case 'CHAR': case 'VARCHAR': hash = (v) => HLL.hashBytes(utf8.encode(v as string)); break;
    case 'DECIMAL': {
      // the unscaled value: a long up to 18 digits, else BigInteger.toByteArray's bytes
      const sc = ty.scale ?? 0;
      const unscaled = (v: unknown) => { const t = decimalString(v as number, sc); return t.includes('e') ? BigInt(Math.round((v as number) * 10 ** sc)) : BigInt(t.replace('.', '')); };
      hash = (ty.precision ?? 10) > 18 ? (v) => HLL.hashBytes(HLL.bigIntegerBytes(unscaled(v))) : (v) => HLL.hashLong(unscaled(v));
      break;
    }
    default: throw notSupported(`APPROX_COUNT_DISTINCT of ${typeToString(ty)}`, range);
  }
  return { fn: Agg.approxCountDistinct(hash), type: BIGINT(false) };
}

/** The window functions Calcite gives their own frame (allowsFraming false): an explicit ROWS or
 *  RANGE frame is its validator's error, at the frame's keyword (probed on Flink 2.3.0). */
const NO_FRAMING = new Set(['ROW_NUMBER', 'RANK', 'DENSE_RANK', 'LAG', 'LEAD', 'NTILE', 'CUME_DIST', 'PERCENT_RANK']);

/**
 * LAG(x [, offset [, default]]) OVER (... ORDER BY time) as Flink 2.3.0's OVER aggregation runs it
 * (LagAggFunction): the value `offset` rows (1 by default) before the last row accumulated, so
 * peers of a RANGE window (its only frame) all get the one before the last peer (case over-lag);
 * the default where there is none. The result is x's type, NOT NULL only with a NOT NULL default.
 */
function planLag(c: A.FunctionCall, ctx: ExprContext, batch: boolean): { call: Agg.AggCall; type: SqlType; text: string } {
  const args = (c.args as A.Expression[]).map((a) => compileExpr(a, { ...ctx, aggregateNotAllowed: 'Aggregate expressions cannot be nested' }));
  const vt = withoutTimeAttr(args[0]!.type);
  if (args[2] && args[2].type.name !== 'NULL' && javaClass(args[2].type) !== javaClass(vt)) {
    // LagAggFunction's check names the default's type and, by its own slip, the offset's
    throw new FlinkError(TABLE, `Please explicitly cast default value ${typeToString(args[2].type)} to ${typeToString(args[1]!.type)}.`, c.range);
  }
  // Calcite's type: NOT NULL exactly when a NOT NULL default is given, whatever x's nullability;
  // a null x read back into that NOT NULL result is the code generator's primitive default
  // (Flink 2.3.0 printed -1 for LAG(i, 1, 99) after a row whose i was null: case over-lag)
  const notNull = !!args[2] && !args[2].type.nullable;
  const type = withNullable(vt, !notNull);
  // in batch Flink's LAG is the row offset rows back in the sorted partition, peers or not
  // (probed: LAG over ties 10:00:10, 10:00:10 gives 1, 2 in batch, 2, 2 in streaming)
  const lag = Agg.lag(batch);
  const fn = notNull ? withPrimitiveDefault(lag, vt) : lag;
  return { call: { fn, args: args.map((a) => a.fn) }, type, text: `LAG(${args.map((a) => a.text).join(', ')})` };
}

/** CodeGenUtils.primitiveDefaultValue: what a null becomes in a NOT NULL field of generated code. */
function withPrimitiveDefault(fn: Agg.AggFunction, ty: SqlType): Agg.AggFunction {
  const d = isIntegral(ty) || isApprox(ty) ? -1 : ty.name === 'BOOLEAN' ? false : ty.name === 'VARCHAR' || ty.name === 'CHAR' ? '' : ty.name === 'DATE' || ty.name === 'TIME' ? -1 : null;
  const value = fn.value;
  return { ...fn, value: (a) => { const v = value(a); return v === null ? d : v; } };
}

/** The Java class of a type's internal value, as LagAggFunction compares them (its conversion class). */
function javaClass(ty: SqlType): string {
  switch (ty.name) {
    case 'CHAR': case 'VARCHAR': return 'String';
    case 'BINARY': case 'VARBINARY': return 'byte[]';
    default: return ty.name;
  }
}

/** window functions a batch OVER aggregation computes over the sorted partition (batch-over.ts) */
const BATCH_WINDOW = new Set(['LEAD', 'NTILE', 'CUME_DIST', 'PERCENT_RANK', 'ROW_NUMBER', 'RANK', 'DENSE_RANK']);

/**
 * An OVER aggregation in batch mode with a window function that needs the whole partition or
 * ranks as batch does (probed on Flink 2.3.0's batch mode: RANK over ties 1, 2, 2, 4 where
 * streaming counts 1, 3, 3, 4; LEAD, NTILE, CUME_DIST, PERCENT_RANK, which streaming refuses). The
 * window has no frame here (these functions take none): aggregates beside them use the default.
 */
function planBatchOver(input: Scoped, items: { expr: A.Expression; name: string; range: Range }[], calls: A.FunctionCall[], spec: A.WindowSpec, oc: Compiled, env: PlanEnv): Scoped {
  const ctx = ctxOf(env, input.fields);
  const inner = { ...ctx, aggregateNotAllowed: 'Aggregate expressions cannot be nested' };
  const partition = spec.partitionBy.map((p) => compileExpr(p, ctx));
  const aggCalls: Agg.AggCall[] = [];
  const wcs: BatchWindowCall[] = [];
  const types: SqlType[] = [];
  const texts: string[] = [];
  for (const c of calls) {
    const name = fnName(c);
    const args = (c.args as A.Expression[]).filter((a) => a.kind !== 'Star');
    if (['ROW_NUMBER', 'RANK', 'DENSE_RANK', 'CUME_DIST', 'PERCENT_RANK'].includes(name)) {
      wcs.push({ kind: name as 'RANK' });
      types.push(name === 'CUME_DIST' || name === 'PERCENT_RANK' ? DOUBLE(false) : BIGINT(false));
      texts.push(`${name}()`);
    } else if (name === 'NTILE') {
      const n = compileExpr(args[0]!, inner);
      wcs.push({ kind: 'NTILE', n: n.fn });
      types.push(BIGINT(false));
      texts.push(`NTILE(${n.text})`);
    } else if (name === 'LEAD') {
      const cs = args.map((a) => compileExpr(a, inner));
      const vt = withoutTimeAttr(cs[0]!.type);
      const notNull = !!cs[2] && !cs[2].type.nullable;
      const d = isIntegral(vt) || isApprox(vt) ? -1 : vt.name === 'BOOLEAN' ? false : vt.name === 'VARCHAR' || vt.name === 'CHAR' ? '' : null;
      wcs.push({ kind: 'LEAD', value: cs[0]!.fn, offset: cs[1]?.fn ?? null, dflt: cs[2]?.fn ?? null, nullAs: notNull ? d : null });
      types.push(withNullable(vt, !notNull));
      texts.push(`LEAD(${cs.map((x) => x.text).join(', ')})`);
    } else {
      const a = name === 'LAG' ? planLag(c, ctx, true) : AGGREGATES.has(name) ? planAggCall({ ...c, over: undefined }, ctx, true) : null;
      if (!a) throw notSupported(`${name}() OVER`, c.range);
      wcs.push({ kind: 'agg', index: aggCalls.length });
      aggCalls.push(a.call);
      types.push(a.type);
      texts.push(a.text);
    }
  }
  const fields: Field[] = [...input.fields, ...types.map((type, i) => ({ name: `w0$o${i}`, type }))];
  const subs = new Map<string, number>();
  calls.forEach((c, i) => subs.set(exprKey(c), input.fields.length + i));
  const pfns = partition.map((p) => p.fn);
  const node = mk({
    kind: 'OverAggregate',
    inputs: [input.node],
    fields,
    attrs: `partitionBy=[${partition.map((p) => p.text).join(', ')}], orderBy=[${oc.text} ASC], window=[RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW], select=[${[...names(input.fields).split(', '), ...texts.map((t, i) => `${t} AS w0$o${i}`)].join(', ')}]`,
    kinds: INSERT_ONLY,
    range: spec.range,
    build: (out) => [new BatchOverAggregate(out, { partition: pfns, order: oc.fn, calls: wcs, aggs: aggCalls })],
  });
  const { proj, fields: deferred } = deferredItems(items, ctxOf(env, fields, { substitutions: subs }));
  const res = planCalc({ node, fields }, null, proj, items.map((it, i) => ({ name: it.name, type: proj[i]!.type })), env);
  return { node: res.node, fields: deferred(res.fields) };
}

/**
 * A SELECT list over an aggregation or an OVER window, compiled with each item's code-generation
 * refusal held back (Flink prunes a column no query reads before it generates code, as for a
 * projection over a scan, planSelectOn): `fields` gives each output field a `use` that raises
 * its item's refusal when a consumer reads it. `compile` is compileExpr or a wrapper of it.
 */
function deferredItems(items: { expr: A.Expression }[], ctx: ExprContext, compile: (e: A.Expression, c: ExprContext) => Compiled = compileExpr):
  { proj: Compiled[]; fields: (fs: Field[]) => Field[] } {
  const refused: FlinkError[][] = items.map(() => []);
  const proj = items.map((it, i) => compile(it.expr, ctx.deferred ? ctx : { ...ctx, deferred: refused[i] }));
  return {
    proj,
    fields: (fs) => fs.map((f, i) => (refused[i]?.[0] ? { ...f, use: () => { throw refused[i]![0]!; } } : f)),
  };
}

function planOver(input: Scoped, items: { expr: A.Expression; name: string; range: Range }[], sel: A.Select, env: PlanEnv): Scoped {
  const ctx = ctxOf(env, input.fields);
  const calls: A.FunctionCall[] = [];
  for (const it of items) walkExpr(it.expr, (x) => { if (x.kind === 'FunctionCall' && x.over) { calls.push(x); return false; } return true; });
  const specs = calls.map((c) => resolveWindowSpec(c.over!, sel));
  calls.forEach((c, i) => {
    const fr = specs[i]!.frame;
    if (fr && NO_FRAMING.has(fnName(c))) {
      const r = { start: fr.range.start, end: { line: fr.range.start.line, character: fr.range.start.character + fr.unit.length } };
      throw new FlinkError(CALCITE, `${posPrefix(ctx, r)}ROW/RANGE not allowed with RANK, DENSE_RANK or ROW_NUMBER functions`, r);
    }
  });
  const key = (w: A.WindowSpec) => exprKey({ p: w.partitionBy, o: w.orderBy, f: w.frame });
  if (new Set(specs.map(key)).size > 1) throw new FlinkError(TABLE, 'Over Agg: Unsupported use of OVER windows. All aggregates must be computed on the same window. please re-check the over window statement.', calls[1]!.range);
  const spec = specs[0]!;
  if (spec.orderBy.length !== 1) throw new FlinkError(TABLE, 'The window can only be ordered by a single time column.', spec.range);
  const oc = compileExpr(spec.orderBy[0]!.expr, ctx);
  const ot = oc.type.timeAttr;
  if (!ot && !env.batch) {
    if (spec.frame?.start && spec.frame.start.bound !== 'UNBOUNDED PRECEDING') throw new FlinkError(TABLE, 'Non-time attribute sort is not supported for bounded OVER window.', spec.range);
    if (spec.orderBy[0]!.direction === 'DESC') throw new FlinkError(TABLE, 'The window can only be ordered in ASCENDING mode.', spec.orderBy[0]!.range);
    return planNonTimeOver(input, items, calls, spec, env);
  }
  if (!ot) throw new FlinkError(TABLE, "OVER windows' ordering in stream mode must be defined on a time attribute.", spec.orderBy[0]!.range);
  if (spec.orderBy[0]!.direction === 'DESC') throw new FlinkError(TABLE, 'The window can only be ordered in ASCENDING mode.', spec.orderBy[0]!.range);
  if (!isInsertOnly(input.node.kinds)) throw new FlinkError(TABLE, `StreamPhysicalOverAggregate doesn't support consuming ${kindsDescription(input.node.kinds)} changes which is produced by node ${nodeName(changeProducer(input.node))}`, spec.range);
  const frame = spec.frame;
  // ROW_NUMBER() numbers rows (a ROWS frame); RANK() and DENSE_RANK() count the rows up to the
  // current row's peers (Flink 2.3.0 printed 1, 2, 4, 4 for both over ties: cases over-rank-ties,
  // over-dense-rank-ties); ROW_NUMBER's window is not another call's (over-row-number-with-sum)
  if (env.batch && calls.some((c) => BATCH_WINDOW.has(fnName(c)))) return planBatchOver(input, items, calls, spec, oc, env);
  const ranking = calls.map((c) => ['ROW_NUMBER', 'RANK', 'DENSE_RANK'].includes(fnName(c)));
  const rowNumber = calls.some((c) => fnName(c) === 'ROW_NUMBER');
  if (rowNumber && calls.some((c) => fnName(c) !== 'ROW_NUMBER')) throw new FlinkError(TABLE, 'Over Agg: Unsupported use of OVER windows. All aggregates must be computed on the same window. please re-check the over window statement.', calls.find((c) => fnName(c) !== 'ROW_NUMBER')!.range);
  const unit = rowNumber ? 'ROWS' : frame?.unit ?? 'RANGE';
  let preceding = Infinity;
  const start = frame?.start;
  if (start && start.bound === 'PRECEDING') {
    const off = start.offset!;
    if (off.kind === 'IntervalLiteral') preceding = intervalLiteralMs(off);
    else preceding = Number(compileExpr(off, ctx).literal);
  } else if (start && start.bound === 'CURRENT ROW') preceding = 0;
  if (frame?.end && frame.end.bound !== 'CURRENT ROW') throw notSupported('OVER frames that end after the current row', frame.end.range);
  const partition = spec.partitionBy.map((p) => compileExpr(p, ctx));
  const aggs = calls.map((c, i) => {
    const name = fnName(c);
    if (ranking[i]) return { call: { fn: Agg.count(true), args: [] }, type: BIGINT(false), text: `${name}()` };
    if (['LEAD', 'NTILE', 'CUME_DIST', 'PERCENT_RANK'].includes(name)) {
      // Flink's batch OverAggregate computes them over the sorted partition; the engine does not yet
      if (env.batch) throw notSupported(`${name}() OVER in batch mode`, c.range);
      throw new FlinkError(TABLE, `${name} Function is not supported in stream mode.`, c.range);
    }
    if (name === 'LAG') return planLag(c, ctx, env.batch);
    // a streaming OVER aggregation takes it, unlike GROUP BY and window aggregations, and Flink
    // 2.3.0 counts there the non-null values, distinct or not (measured: 400 for 400 rows of 370
    // distinct strings; 1, 1 over 5 and a null: case over-approx-count-distinct)
    if (name === 'APPROX_COUNT_DISTINCT' && c.args.length === 1 && (c.args[0] as A.Expression).kind !== 'Star' && !c.quantifier && !c.filter) {
      const arg = compileExpr(c.args[0] as A.Expression, ctx);
      return { call: { fn: Agg.count(false), args: [arg.fn] }, type: BIGINT(false), text: `COUNT(APPROXIMATE DISTINCT ${arg.text})` };
    }
    if (!AGGREGATES.has(name)) throw notSupported(`${name}() OVER`, c.range);
    return planAggCall({ ...c, over: undefined }, ctx);
  });
  const fields: Field[] = [...input.fields, ...aggs.map((a, i) => ({ name: `w0$o${i}`, type: a.type }))];
  const subs = new Map<string, number>();
  calls.forEach((c, i) => subs.set(exprKey(c), input.fields.length + i));
  const pfns = partition.map((p) => p.fn);
  const tfn = ot === 'rowtime' ? oc.fn : null;
  const aggCalls = aggs.map((a) => a.call);
  const node = mk({
    kind: 'OverAggregate',
    ...(tfn ? miniBatchOf(env, true) : {}),
    inputs: [input.node],
    fields,
    attrs: `partitionBy=[${partition.map((p) => p.text).join(', ')}], orderBy=[${oc.text} ASC], window=[${unit} BETWEEN ${preceding === Infinity ? 'UNBOUNDED' : unit === 'RANGE' ? preceding : preceding} PRECEDING AND CURRENT ROW], select=[${[...names(input.fields).split(', '), ...aggs.map((a, i) => `${a.text} AS w0$o${i}`)].join(', ')}]`,
    kinds: INSERT_ONLY,
    range: spec.range,
    build: (out, rt) => {
      const op = new OverAggregate(out, { partition: pfns, time: tfn, unit, preceding, calls: aggCalls });
      op.onLate = () => rt.onLate();
      // event-time only: a proctime OVER aggregation under mini-batch is refused (index.ts)
      return [tfn ? rowtimeMiniBatch(env, op) : op];
    },
  });
  const { proj, fields: deferred } = deferredItems(items, ctxOf(env, fields, { substitutions: subs }));
  const projFields = items.map((it, i) => ({ name: it.name, type: proj[i]!.type }));
  const res = planCalc({ node, fields }, null, proj, projFields, env);
  return { node: res.node, fields: deferred(res.fields) };
}

/**
 * An unbounded OVER aggregation ordered by other than a time attribute (Flink 2.1+: an
 * OverAggregate over NonTimeRows/RangeUnboundedPrecedingFunction, [I,UB,UA,D], also over an
 * updating input): rows are numbered and aggregated in sort order, and the rows after a new or
 * retracted one are updated (cases over-non-time-*). ROW_NUMBER is a ROWS frame, the other calls
 * RANGE unless the frame says ROWS.
 */
function planNonTimeOver(input: Scoped, items: { expr: A.Expression; name: string; range: Range }[], calls: A.FunctionCall[], spec: A.WindowSpec, env: PlanEnv): Scoped {
  const ctx = ctxOf(env, input.fields);
  const rowNumber = calls.some((c) => fnName(c) === 'ROW_NUMBER');
  if (rowNumber && calls.some((c) => fnName(c) !== 'ROW_NUMBER')) throw new FlinkError(TABLE, 'Over Agg: Unsupported use of OVER windows. All aggregates must be computed on the same window. please re-check the over window statement.', calls.find((c) => fnName(c) !== 'ROW_NUMBER')!.range);
  if (spec.frame?.end && spec.frame.end.bound !== 'CURRENT ROW') throw notSupported('OVER frames that end after the current row', spec.frame.end.range);
  const unit = rowNumber ? 'ROWS' : spec.frame?.unit ?? 'RANGE';
  const sort: SortSpec[] = [];
  const sortText: string[] = [];
  for (const o of spec.orderBy) {
    const c = compileExpr(o.expr, ctx);
    const desc = o.direction === 'DESC';
    sort.push({ get: c.fn, desc, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !desc });
    sortText.push(`${c.text} ${desc ? 'DESC' : 'ASC'}`);
  }
  const partition = spec.partitionBy.map((p) => compileExpr(p, ctx));
  const sumArgs: ({ kind: 'SUM' | 'AVG'; arg: Fn } | null)[] = [];
  let rawAcc = false;
  const aggs = calls.map((c) => {
    const name = fnName(c);
    sumArgs.push(null);
    // LAG's accumulator holds a raw value Flink cannot compare: the job fails at the first
    // comparison of accumulators (case over-non-time-lag-fails)
    if (name === 'LAG') { rawAcc = true; return planLag(c, ctx, false); }
    if (['ROW_NUMBER', 'RANK', 'DENSE_RANK'].includes(name)) return { call: { fn: Agg.count(true), args: [] }, type: BIGINT(false), text: `${name}(*)` };
    if (['LEAD', 'NTILE', 'CUME_DIST', 'PERCENT_RANK'].includes(name)) throw new FlinkError(TABLE, `${name} Function is not supported in stream mode.`, c.range);
    if (!['COUNT', 'SUM', 'AVG', 'MIN', 'MAX'].includes(name) || c.filter || c.quantifier) throw notSupported(`${name}() OVER ordered by a non-time column`, c.range);
    const a = planAggCall({ ...c, over: undefined }, ctx);
    // (Calcite's SUM over a nullable column is COUNT(x) and $SUM0(x), over a NOT NULL one $SUM0(x):
    // a zero then changes no accumulator, case over-non-time-range-updating-peers)
    const arg = name === 'SUM' || name === 'AVG' ? compileExpr(c.args[0] as A.Expression, ctx) : null;
    if (arg && (name === 'AVG' || arg.type.nullable !== false)) sumArgs[sumArgs.length - 1] = { kind: name as 'SUM' | 'AVG', arg: arg.fn };
    return a;
  });
  const fields: Field[] = [...input.fields, ...aggs.map((a, i) => ({ name: `w0$o${i}`, type: a.type }))];
  const subs = new Map<string, number>();
  calls.forEach((c, i) => subs.set(exprKey(c), input.fields.length + i));
  const pfns = partition.map((p) => p.fn);
  const aggCalls = aggs.map((a) => a.call);
  const updating = !isInsertOnly(input.node.kinds);
  const node = mk({
    kind: 'OverAggregate',
    inputs: [input.node],
    fields,
    attrs: `${partition.length ? `partitionBy=[${partition.map((p) => p.text).join(', ')}], ` : ''}orderBy=[${sortText.join(', ')}], window=[ ${unit} BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW], select=[${[...names(input.fields).split(', '), ...aggs.map((a, i) => `${a.text} AS w0$o${i}`)].join(', ')}]`,
    kinds: ALL_CHANGES,
    requiresUpdateBefore: updating,
    upsertKeys: updating ? input.node.upsertKeys : [],
    range: spec.range,
    build: (out) => [new NonTimeOverAggregate(out, { partition: pfns, sort, rows: unit === 'ROWS', calls: aggCalls, sumArgs, rawAcc })],
  });
  const { proj, fields: deferred } = deferredItems(items, ctxOf(env, fields, { substitutions: subs }));
  const projFields = items.map((it, i) => ({ name: it.name, type: proj[i]!.type }));
  const res = planCalc({ node, fields }, null, proj, projFields, env);
  return { node: res.node, fields: deferred(res.fields) };
}

/** GROUP BY items -> the distinct group expressions and, for GROUPING SETS/ROLLUP/CUBE, the sets. */
function groupingSets(items: A.GroupingElement[]): { exprs: A.Expression[]; sets: number[][] | null } {
  const exprs: A.Expression[] = [];
  const idx = (e: A.Expression) => {
    const k = exprKey(e);
    let i = exprs.findIndex((x) => exprKey(x) === k);
    if (i < 0) { exprs.push(e); i = exprs.length - 1; }
    return i;
  };
  const flat = (g: A.GroupingElement): number[] => {
    if (g.kind === 'EmptyGrouping') return [];
    if (g.kind === 'RowConstructor' && !g.explicit) return g.fields.flatMap((f) => flat(f));
    return [idx(g as A.Expression)];
  };
  // each item expands to a list of sets; the GROUP BY is their cross product
  const expand = (g: A.GroupingElement): number[][] => {
    if (g.kind === 'GroupingSets') return g.sets.flatMap((x) => expand(x));
    if (g.kind === 'Rollup') { const parts = g.items.map(flat); const res: number[][] = []; for (let n = parts.length; n >= 0; n--) res.push(parts.slice(0, n).flat()); return res; }
    if (g.kind === 'Cube') {
      const parts = g.items.map(flat); const res: number[][] = [];
      for (let m = (1 << parts.length) - 1; m >= 0; m--) res.push(parts.filter((_, i) => m & (1 << (parts.length - 1 - i))).flat());
      return res;
    }
    return [flat(g)];
  };
  const special = items.some((g) => g.kind === 'GroupingSets' || g.kind === 'Rollup' || g.kind === 'Cube');
  let sets: number[][] = [[]];
  for (const g of items) {
    const e = expand(g);
    sets = sets.flatMap((s) => e.map((x) => [...new Set([...s, ...x])]));
  }
  return { exprs, sets: special ? sets : null };
}

function planAggregate(input0: Scoped, groupExprs: A.Expression[], aggCalls: A.FunctionCall[], items: { expr: A.Expression; name: string; range: Range }[], sel: A.Select, env: PlanEnv, sets: number[][] | null = null): Scoped {
  let input = input0;
  /** per call, whether a query above reads it (null: every call is kept) */
  let callUsed: boolean[] | null = null;
  const ctx = ctxOf(env, input.fields, { aggregateNotAllowed: 'Aggregate expressions cannot be nested' });
  const win0 = findWindow(input.node);
  let keys = groupExprs.map((g) => compileExpr(g, ctx));
  // a window aggregate groups by window_start and window_end; with GROUPING SETS, both must be
  // in every set (Flink then plans Expand under the WindowAggregate, insert-only)
  let winKeys: { startKey: number; endKey: number } | null = null;
  if (win0) {
    const startKey = keys.findIndex((k) => k.fieldIndex === win0.info.startIdx);
    const endKey = keys.findIndex((k) => k.fieldIndex === win0.info.endIdx);
    if (startKey >= 0 && endKey >= 0 && (!sets || sets.every((s) => s.includes(startKey) && s.includes(endKey)))) winKeys = { startKey, endKey };
  }
  const win = winKeys ? win0 : null;
  if (win && sets && win.info.spec.kind === 'SESSION') throw notSupported('GROUPING SETS, ROLLUP or CUBE in a SESSION window aggregate', sel.groupBy?.range ?? sel.range);
  const groupingCalls: A.FunctionCall[] = [];
  /** a grouping set's index by its $e */
  let setOfExpandId: Map<number, number> | undefined;
  if (sets) {
    // Expand: one row per grouping set, the keys outside the set nulled, plus the set id $e
    const base = input.fields.length;
    const kfns = keys.map((k) => k.fn);
    const ss = sets;
    // the set's id $e as Flink's ExpandUtil.genExpandId makes it: a bit per grouping key, the
    // first key's the highest, set where the key is outside the set (ROLLUP(a, b): 0, 1, 3). It
    // is part of the aggregation's key, so of a mini-batch bundle's HashMap order
    const expandIds = ss.map((set) => { let v = 0; for (let i = 0; i < keys.length; i++) if (!set.includes(i)) v += 2 ** (keys.length - 1 - i); return v; });
    setOfExpandId = new Map(expandIds.map((id, e) => [id, e] as const).reverse());
    const expandFields: Field[] = [...input.fields, ...keys.map((k, i) => ({ name: k.fieldIndex !== undefined ? input.fields[k.fieldIndex]!.name : `$f${i}`, type: withNullable(withoutTimeAttr(k.type), true) })), { name: '$e', type: BIGINT(false) }];
    const expand = mk({
      kind: 'Expand', inputs: [input.node], fields: expandFields,
      attrs: `projects=[${ss.map((s) => '{' + keys.map((k, i) => (s.includes(i) ? k.text : 'null')).join(', ') + '}').join(', ')}]`,
      kinds: input.node.kinds, passThrough: true, range: sel.groupBy?.range,
      build: (out) => [{
        push: (r: import('../runtime/row.ts').Row) => {
          const kv = kfns.map((g) => g(r.f));
          ss.forEach((s, e) => out.push({ kind: r.kind, f: [...r.f, ...kv.map((v, i) => (s.includes(i) ? v : null)), expandIds[e]] }));
        },
        watermark: (ts: number) => out.watermark(ts),
        end: () => out.end(),
      }],
    });
    input = { node: expand, fields: expandFields };
    const eAt = base + keys.length;
    keys = [...keys.map((k, i) => ({ ...k, fn: ((r: unknown[]) => r[base + i]) as Fn, fieldIndex: base + i })), { type: BIGINT(false), fn: (r: unknown[]) => r[eAt], text: '$e', fieldIndex: eAt }];
    for (const it of [...items.map((i) => i.expr), sel.having]) walkExpr(it, (x) => { if (x.kind === 'FunctionCall' && ['GROUPING', 'GROUPING_ID'].includes(fnName(x))) { groupingCalls.push(x); return false; } return true; });
  }
  if (env.batch && aggCalls.some((c) => fnName(c) === 'APPROX_COUNT_DISTINCT') && aggCalls.some((c) => c.quantifier === 'DISTINCT')) {
    throw new FlinkError(TABLE, 'There are both Distinct AggCall and Approximate Distinct AggCall in one sql statement, it is not supported yet.\nPlease choose one of them.', sel.range);
  }
  // (a call no query above reads gets no code either: its refusals wait for a read, `read` below)
  const refused: FlinkError[][] = aggCalls.map(() => []);
  const aggs = aggCalls.map((c, i) => planAggCall(c, ctx.deferred ? ctx : { ...ctx, deferred: refused[i] }, env.batch));
  const keyFields: Field[] = keys.map((k, i) => {
    const src = k.fieldIndex !== undefined ? input.fields[k.fieldIndex]! : null;
    return { name: src?.name ?? `$f${i}`, qualifier: src?.qualifier, type: withoutTimeAttr(k.type) };
  });
  void groupExprs;
  const subs = new Map<string, number>();
  let windowed: { info: WindowInfo; startKey: number; endKey: number } | null = null;
  if (win && winKeys) windowed = { info: win.info, ...winKeys };
  if (!windowed) {
    // grouping on a time attribute column materializes it
    for (let i = 0; i < groupExprs.length; i++) subs.set(exprKey(groupExprs[i]), i);
  }
  let node: PlanNode;
  let outFields: Field[];
  const aggFields: Field[] = aggs.map((a, i) => {
    const k = exprKey(aggCalls[i]);
    const it = items.find((x) => exprKey(x.expr) === k);
    return { name: it?.name ?? `EXPR$${i}`, type: a.type };
  });
  if (windowed) {
    const w = windowed;
    const otherKeys = keys.map((k, i) => ({ k, i })).filter(({ i }) => i !== w.startKey && i !== w.endKey);
    const wt = input.fields[w.info.timeIdx]!.type;
    outFields = [
      ...otherKeys.map(({ i }) => keyFields[i]!),
      ...aggFields,
      { name: 'window_start', type: t('TIMESTAMP', false, { precision: 3 }) },
      { name: 'window_end', type: t('TIMESTAMP', false, { precision: 3 }) },
      { name: 'window_time', type: { ...t(wt.name, false, { precision: 3 }), timeAttr: 'rowtime' } },
    ];
    otherKeys.forEach(({ i }, j) => subs.set(exprKey(groupExprs[i]), j));
    subs.set(exprKey(groupExprs[w.startKey]), otherKeys.length + aggs.length);
    subs.set(exprKey(groupExprs[w.endKey]), otherKeys.length + aggs.length + 1);
    aggCalls.forEach((c, i) => subs.set(exprKey(c), otherKeys.length + i));
    const windowTimeName = columnRef(['window_time'], sel.range, false);
    subs.set(exprKey(windowTimeName), otherKeys.length + aggs.length + 2);
    const keyFns = otherKeys.map(({ k }) => k.fn);
    const calls = aggs.map((a) => a.call);
    const spec = w.info.spec;
    // the slicing window aggregate needs windows made of whole slices (Flink's SliceAssigners)
    if (spec.kind === 'HOP' && spec.size % spec.step !== 0 && !legacyWindows.has(win!.tvf)) {
      throw new FlinkError(TABLE, `HOP table function based aggregate requires size must be an integral multiple of slide, but got size ${spec.size} ms and slide ${spec.step} ms`, sel.range);
    }
    if (spec.kind === 'CUMULATE' && spec.size % spec.step !== 0) {
      throw new FlinkError(VALIDATION, `CUMULATE table function based aggregate requires maxSize must be an integral multiple of step, but got maxSize ${spec.size} ms and step ${spec.step} ms.`, sel.range);
    }
    // windows made of slices (HOP, CUMULATE) or merged (SESSION) merge accumulators: Flink's code
    // generation fails on a function without merge (FIRST_VALUE, LAST_VALUE), with or without mini-batch
    const noMerge = spec.kind === 'TUMBLE' ? -1 : calls.findIndex((c) => c.fn.onePhase);
    if (noMerge >= 0) {
      const n = fnName(aggCalls[noMerge]!);
      if (n !== 'FIRST_VALUE' && n !== 'LAST_VALUE') throw notSupported(`${n} in a ${spec.kind} window aggregation`, aggCalls[noMerge]!.range);
      throw new FlinkError(VALIDATION, `Could not find an implementation method 'merge' in class 'org.apache.flink.table.runtime.functions.aggregate.${n === 'FIRST_VALUE' ? 'FirstValue' : 'LastValue'}AggFunction' for function '${n}' that matches the following signature:`, sel.range);
    }
    const timeIdx = w.info.timeIdx;
    const tvf = win!.tvf;
    // under mini-batch Flink puts a rowtime MiniBatchAssigner (allow-latency) in front and, for
    // sliced windows whose functions all merge, splits Local/GlobalWindowAggregate
    // (TwoStageOptimizedWindowAggregateRule); mini-batch.size plays no part
    const twoPhaseWindow = spec.kind !== 'SESSION' && !env.onePhaseAgg && calls.every((c) => c.fn.merge && !c.fn.onePhase);
    const windowAttrs = `groupBy=[${otherKeys.map(({ i }) => keyFields[i]!.name).join(', ')}], window=[${w.info.text}]`;
    const legacy = legacyWindows.has(win!.tvf);
    // the TVF's input feeds the window aggregate for SESSION (it merges windows itself)
    node = legacy ? mk({
      kind: 'WindowAggregate',
      explainKind: 'GroupWindowAggregate',
      inputs: [input.node],
      fields: outFields,
      attrs: `groupBy=[${otherKeys.map(({ i }) => keyFields[i]!.name).join(', ')}], window=[${spec.kind === 'TUMBLE' ? `TumblingGroupWindow('w$, ${input.fields[w.info.timeIdx]!.name}, ${spec.size})` : `SlidingGroupWindow('w$, ${input.fields[w.info.timeIdx]!.name}, ${spec.size}, ${spec.step})`}], properties=[w$start, w$end, w$rowtime, w$proctime], select=[${[...otherKeys.map(({ i }) => keyFields[i]!.name), ...aggs.map((a, i) => `${a.text} AS ${aggFields[i]!.name}`), 'start(\'w$) AS w$start', 'end(\'w$) AS w$end', 'rowtime(\'w$) AS w$rowtime', 'proctime(\'w$) AS w$proctime'].join(', ')}]`,
      kinds: INSERT_ONLY,
      // Flink's unique keys: the group keys with each window property (w$start, w$end, w$rowtime,
      // w$proctime; the engine's window_time stands for the last two)
      upsertKeys: [0, 1, 2, 2].map((j) => [...otherKeys.map((_, i) => i), otherKeys.length + aggs.length + j]),
      range: sel.range,
      build: (out, rt) => {
        const op = new GroupWindowAggregate(out, { size: spec.size, slide: spec.step, time: (r) => r[timeIdx], keys: keyFns, calls, startIdx: w.info.startIdx });
        op.onLate = () => rt.onLate();
        return [op];
      },
    }) : mk({
      kind: 'WindowAggregate',
      ...miniBatchOf(env, true),
      ...(env.miniBatchSize && !env.batch && twoPhaseWindow ? { explainKind: 'GlobalWindowAggregate', explainChain: [{ kind: 'LocalWindowAggregate', attrs: windowAttrs }] } : {}),
      inputs: [input.node],
      fields: outFields,
      attrs: `${windowAttrs}, select=[${[...otherKeys.map(({ i }) => keyFields[i]!.name), ...aggs.map((a, i) => `${a.text} AS ${aggFields[i]!.name}`), 'start(\'w$) AS window_start', 'end(\'w$) AS window_end'].join(', ')}]`,
      kinds: INSERT_ONLY,
      range: sel.range,
      build: (out, rt) => {
        const op = new WindowAggregate(out, { spec, time: (r) => r[timeIdx], keys: keyFns, calls });
        op.startIdx = w.info.startIdx;
        op.endIdx = w.info.endIdx;
        op.onLate = () => rt.onLate();
        if (!env.miniBatchSize || env.batch) return [op];
        return [rowtimeMiniBatch(env, twoPhaseWindow ? new LocalWindowAggregate(op, { spec, time: (r) => r[timeIdx], keys: keyFns, calls, endIdx: w.info.endIdx }) : op)];
      },
    });
    void tvf;
    const nk = otherKeys.length + aggs.length;
    windowInfos.set(node, { spec: w.info.spec, timeIdx: nk + 2, startIdx: nk, endIdx: nk + 1, text: w.info.text });
    if (!isInsertOnly(input.node.kinds)) {
      throw new FlinkError(TABLE, `StreamPhysicalWindowAggregate doesn't support consuming ${kindsDescription(input.node.kinds)} changes which is produced by node ${nodeName(changeProducer(input.node))}`, sel.range);
    }
  } else {
    outFields = [...keyFields, ...aggFields];
    aggCalls.forEach((c, i) => subs.set(exprKey(c), keys.length + i));
    const plainMinMax = minMaxWithoutRetraction(input.node, keys, aggCalls, ctx);
    aggs.forEach((a, i) => { if (plainMinMax[i]) a.call = { ...a.call, fn: Agg.minMaxIgnoringRetraction(fnName(aggCalls[i]!) === 'MAX') }; });
    const keyFns = keys.map((k) => k.fn);
    const calls = aggs.map((a) => a.call);
    const kinds: ModifyKinds = { insert: true, update: true, delete: !isInsertOnly(input.node.kinds) };
    const global = keys.length === 0;
    const batch = env.batch;
    // Calcite's ProjectAggregateMergeRule (in Flink's rule sets) projects away the calls no query
    // above reads (marked below, once the whole statement is planned): a row that changes only
    // those leaves the group's result as it was, so no -U/+U (case agg-unused-call-pruned)
    const used = sets ? null : (callUsed = calls.map(() => false));
    const kept = () => aggs.filter((_, i) => !used || used[i]);
    // under mini-batch Flink splits the aggregation in a local and a global phase when every
    // function it keeps can merge accumulators
    const twoPhase = () => kept().every((a) => a.call.fn.merge && !a.call.fn.onePhase);
    // over window operators Flink's mini-batch assigner works in event time (MiniBatchIntervalInferRule)
    const rowtimeBundles = rowtimeBundlesOver(input.node);
    const groupBy = keys.length ? `groupBy=[${keyFields.map((f) => f.name).join(', ')}]` : '';
    node = mk({
      kind: 'GroupAggregate',
      inputs: [input.node],
      fields: outFields,
      attrs: '',
      kinds,
      upsertKeys: keys.length ? [keys.map((_, i) => i)] : [[]],
      ...miniBatchOf(env, false),
      range: sel.range,
      build: (out, _rt, self) => {
        if (batch) return [new BatchAggregate(out, keyFns, calls, global)];
        const unread = used ? used.flatMap((u, i) => (u ? [] : [keys.length + i])) : [];
        return [groupAggregate(out, keyFns, calls, self.updateBefore, env, keyFields.map((f) => f.type), twoPhase(), rowtimeBundles, unread)];
      },
    });
    const explain = () => groupAggregateExplain(env, twoPhase(), groupBy);
    Object.defineProperties(node, {
      // over updating input MAX and MIN run as Flink's Max/MinWithRetractAggFunction (MAX_RETRACT in plans)
      attrs: { get: () => `${groupBy ? `${groupBy}, ` : ''}select=[${[...keyFields.map((f) => f.name), ...kept().map((a) => `${(isInsertOnly(input.node.kinds) || plainMinMax[aggs.indexOf(a)] ? a.text : a.text.replace(/^(MAX|MIN)\(/, '$1_RETRACT(')).replace(/^\$SINGLE_VALUE_RETRACT\(/, 'SINGLE_VALUE_RETRACT(')} AS ${aggFields[aggs.indexOf(a)]!.name}`)].join(', ')}]` },
      explainKind: { get: () => explain().explainKind },
      explainChain: { get: () => explain().explainChain },
    });
  }
  if (!win && !sets && isInsertOnly(input.node.kinds)) {
    monotonicities.set(node, [...keys.map((): Monotonicity => 'CONSTANT'), ...aggs.map((a): Monotonicity => {
      const f = /^(\w+)\(/.exec(a.text)?.[1];
      return f === 'COUNT' || f === 'MAX' ? 'INCREASING' : f === 'MIN' ? 'DECREASING' : 'NOT';
    })]);
  }
  let cur: Scoped = { node, fields: outFields };
  if (sets && groupingCalls.length) {
    // GROUPING(x) / GROUPING_ID(a, b): bits of the keys outside the row's grouping set
    const eIdx = groupExprs.length;
    const gctx = ctxOf(env, input.fields);
    const extra = groupingCalls.map((c) => {
      const argIdx = (c.args as A.Expression[]).map((a) => groupExprs.findIndex((g) => exprKey(g) === exprKey(a)));
      if (argIdx.some((i) => i < 0)) throw new FlinkError(CALCITE, `${posPrefix(gctx, c.range)}Argument to GROUPING operator must be a grouped expression`, c.range);
      const ss = sets;
      const setOf = setOfExpandId!;
      return (r: unknown[]) => { const set = ss[setOf.get(r[eIdx] as number)!]!; let v = 0; for (const i of argIdx) v = v * 2 + (set.includes(i) ? 0 : 1); return v; };
    });
    const base = outFields.length;
    const fs: Field[] = [...outFields, ...groupingCalls.map((_, i) => ({ name: `$g${i}`, type: BIGINT(false) }))];
    groupingCalls.forEach((c, i) => subs.set(exprKey(c), base + i));
    const n0 = node;
    const calc = mk({
      kind: 'Calc', inputs: [n0], fields: fs, attrs: `select=[${names(fs)}]`, kinds: n0.kinds, passThrough: true, upsertKeys: n0.upsertKeys,
      build: (out) => [new Calc(out, null, (f) => [...f, ...extra.map((g) => g(f))])],
    });
    cur = { node: calc, fields: fs };
    outFields = fs;
  }
  // (a global aggregate of no rows still gives one row: what is computed on it is not pruned)
  const post = ctxOf(groupExprs.length ? env : { ...env, pruned: false }, outFields, { substitutions: subs, aggregateNotAllowed: 'Aggregate expressions cannot be nested' });
  const guard = (e: A.Expression, c: ExprContext = post): Compiled => {
    try { return compileExpr(e, c); } catch (err) {
      if (err instanceof FlinkError && /not found in any table|not found in table/.test(err.message)) {
        // a column of the input that is neither grouped nor aggregated
        let bad: A.NameExpr | null = null;
        walkExpr(e, (x) => {
          if (bad) return false;
          if (x.kind === 'Name') {
            try { resolveName(post, x.parts, x.range); } catch { try { resolveName(ctx, x.parts, x.range); bad = x; } catch { /* really unknown */ } }
            return false;
          }
          if (subs.has(exprKey(x))) return false;
          return true;
        });
        if (bad) {
          const b = bad as A.NameExpr;
          throw new FlinkError(CALCITE, `${posPrefix(post, b.range)}Expression '${b.parts.map((p) => p.value).join('.')}' is not being grouped`, b.range);
        }
      }
      throw err;
    }
  };
  // (a join's USING column is ambiguous in HAVING as in WHERE, usingWhereView; probed)
  if (sel.having && input0.fields.some((f) => f.usingColumn)) {
    const seen = { ...ctx, fields: usingWhereView(input0.fields) };
    walkExpr(sel.having, (x) => {
      if (x.kind === 'Name' && x.parts.length === 1) {
        try { resolveName(seen, x.parts, x.range); } catch (err) { if (err instanceof FlinkError && / is ambiguous$/.test(err.message)) throw err; }
      }
      return x.kind !== 'Subquery';
    });
  }
  // HAVING's conjuncts as Calcite simplifies them (reducedCondition, on the aggregate's types: MAX
  // of a NOT NULL argument IS NOT NULL under GROUP BY is TRUE and goes, with its calls, unread);
  // one reduced to FALSE prunes the query: Flink generates no code for its calls (probed)
  let havingFalse = false;
  // (Calcite types MIN / MAX / SUM of a NOT NULL argument NOT NULL under GROUP BY: a group has a row)
  const groupNotNull = (c: A.Expression): boolean | undefined => {
    if (!keys.length || c.kind !== 'Is' || c.test !== 'NULL' || c.operand.kind !== 'FunctionCall') return undefined;
    const call = c.operand;
    if (!['MIN', 'MAX', 'SUM'].includes(fnName(call)) || call.filter || call.over || call.args.length !== 1 || !aggCalls.some((a) => exprKey(a) === exprKey(call))) return undefined;
    try {
      const quiet = { ...ctx, fields: ctx.fields.map((f) => ({ ...f, use: undefined })), deferred: [] };
      return compileExpr(call.args[0] as A.Expression, quiet).type.nullable ? undefined : c.not;
    } catch { return undefined; }
  };
  const havingKept = conjuncts(sel.having).filter((c) => {
    const r = groupNotNull(c) ?? reducedCondition(c, post);
    if (r === false) havingFalse = true;
    return r !== true;
  });
  const havingExpr = havingFalse ? ({ kind: 'BooleanLiteral', value: false, range: sel.having!.range } as A.Expression) : andAll(havingKept);
  if (sel.having && havingExpr !== sel.having) guard(sel.having);
  const having = havingExpr ? guard(havingExpr) : null;
  const { proj, fields: deferred } = deferredItems(items, post, (e, c) => guard(e, c));
  const projFields: Field[] = items.map((it, i) => ({ name: it.name, type: proj[i]!.type, qualifier: proj[i]!.fieldIndex !== undefined ? outFields[proj[i]!.fieldIndex!]!.qualifier : undefined }));
  const identity = proj.length === outFields.length && proj.every((p, i) => p.fieldIndex === i) && projFields.every((f, i) => f.name === outFields[i]!.name);
  let result: Scoped = planCalc(cur, having, identity ? null : proj, identity ? outFields : projFields, env);
  if (identity && !having) result = { node: result.node, fields: outFields };
  // the calls whose code is generated whatever reads them: all when none is pruned (grouping sets,
  // windows), else a global aggregate's first (Calcite keeps it when no query reads any; probed)
  if (havingFalse) return result;
  const r = (!callUsed ? refused : keys.length ? [] : env.finish ? [] : refused.slice(0, 1)).find((x) => x[0]);
  if (r) throw r[0];
  result = { node: result.node, fields: deferred(result.fields) };
  if (!callUsed) return result;
  // which calls each select item reads (HAVING's are read): a query above that names the item marks them
  const usage = callUsed;
  // (a global aggregate keeps its first call when the whole statement reads none: checked once
  // the statement's consumer has read its columns)
  if (!keys.length && refused[0]![0]) env.finish?.push(() => { if (!usage.some((u) => u)) throw refused[0]![0]; });
  const read = (e: A.Expression): void => walkExpr(e, (x) => {
    const i = subs.get(exprKey(x)) ?? (x.kind === 'Name' ? fieldRefs(x, post).values().next().value : undefined);
    if (i !== undefined && i >= keys.length && i < keys.length + usage.length) {
      usage[i - keys.length] = true;
      if (refused[i - keys.length]![0]) throw refused[i - keys.length]![0];
    }
    return i === undefined && x.kind !== 'Name';
  });
  if (havingExpr) read(havingExpr);
  return { node: result.node, fields: result.fields.map((f, i) => ({ ...f, use: () => { read(items[i]!.expr); f.use?.(); } })) };
}

/** The window TVF this node reads through (filters and projections keep window columns). */
/** the window TVF nodes standing for a legacy GROUP BY TUMBLE/HOP on event time (GroupWindowAggregate) */
const legacyWindows = new WeakSet<PlanNode>();

function findWindow(n: PlanNode): { info: WindowInfo; tvf: PlanNode } | null {
  const info = windowInfos.get(n);
  if (info) return { info, tvf: n };
  return null;
}

function planRank(inner: A.Select, rp: RankPattern, n: number, outputRank: boolean, env: PlanEnv, withClause?: A.WithClause, outerNames: Set<string> | null = null, start = 1): Scoped {
  const env2 = withClause ? withCtes(env, withClause) : env;
  let from: Scoped = inner.from ? planFrom(inner.from, env2) : planValues({ kind: 'Values', rows: [[]], range: inner.range }, env2);
  const ctx = ctxOf(env2, from.fields);
  if (inner.where) from = planCalc(from, compileExpr(inner.where, ctx), null, from.fields, env2);
  const over = rp.call.over!;
  const partition = over.partitionBy.map((p) => compileExpr(p, ctx));
  const sort: SortSpec[] = [];
  const sortText: string[] = [];
  const orderCompiled = over.orderBy.map((o) => ({ o, c: compileExpr(o.expr, ctx) }));
  for (const { o, c } of orderCompiled) {
    const desc = o.direction === 'DESC';
    sort.push({ get: c.fn, desc, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !desc });
    sortText.push(`${c.text} ${desc ? 'DESC' : 'ASC'}`);
  }
  const rankType = fnName(rp.call) as 'ROW_NUMBER' | 'RANK' | 'DENSE_RANK';
  const timeOrder = orderCompiled.length === 1 && orderCompiled[0]!.c.fieldIndex !== undefined && !!from.fields[orderCompiled[0]!.c.fieldIndex!]!.type.timeAttr;
  const pfns = partition.map((p) => p.fn);
  // Flink's name for this node while it infers changelog modes (sink and operator errors): the
  // Rank before it becomes a Deduplicate or gets its strategy, over the columns used above it
  // (measured on Flink 2.3.0: select=[id, k, p] for SELECT id, k ... PARTITION BY k ORDER BY p DESC)
  const inferenceName = (): string => {
    const keep = new Set<number>();
    for (const c of [...partition, ...orderCompiled.map((o) => o.c)]) if (c.fieldIndex !== undefined) keep.add(c.fieldIndex);
    const byAlias = new Map<string, A.Expression>();
    let innerStar = false;
    for (const it of inner.items) { if (it.expr.kind === 'Star') innerStar = true; else if (it !== rp.item) byAlias.set(it.alias?.value ?? (it.expr.kind === 'Name' ? it.expr.parts[it.expr.parts.length - 1]!.value : ''), it.expr); }
    const addName = (nm: string) => { const i = from.fields.findIndex((f) => f.name === nm); if (i >= 0) keep.add(i); };
    if (outerNames === null) { if (innerStar) from.fields.forEach((_, i) => keep.add(i)); for (const x of byAlias.values()) namesUsed([x])?.forEach(addName); }
    else for (const nm of outerNames) { const x = byAlias.get(nm); if (x) namesUsed([x])?.forEach(addName); else if (innerStar) addName(nm); }
    const order = orderCompiled.map(({ o, c }) => `${c.fieldIndex !== undefined && from.fields[c.fieldIndex]!.type.timeAttr === 'rowtime' ? 'ROWTIME ' : ''}${c.text} ${o.direction === 'DESC' ? 'DESC' : 'ASC'}`);
    const select = from.fields.filter((_, i) => keep.has(i)).map((f) => f.name);
    return `Rank(strategy=[UndefinedStrategy], rankType=[${rankType}], rankRange=[rankStart=1, rankEnd=${n}], partitionBy=[${partition.map((p) => p.text).join(', ')}], orderBy=[${order.join(', ')}], select=[${select.join(', ')}])`;
  };
  let node: PlanNode;
  let fields: Field[];
  const input = from.node;
  const win = windowInfos.get(input);
  const pIdx = partition.map((p) => p.fieldIndex);
  if (win && pIdx.includes(win.startIdx) && pIdx.includes(win.endIdx) && isInsertOnly(input.kinds)) {
    fields = [...from.fields.map((f) => ({ ...f })), ...(outputRank ? [{ name: rp.alias || 'w0$o0', type: BIGINT(false) }] : [])];
    const cmp = comparator(sort);
    const w0 = win;
    if (start > 1) throw notSupported('a window Top-N with a rank range that does not start at 1', rp.call.range);
    const dedup = rankType === 'ROW_NUMBER' && n === 1 && timeOrder && !outputRank;
    node = mk({
      kind: dedup ? 'WindowDeduplicate' : 'WindowRank',
      inputs: [input],
      fields,
      attrs: dedup ? `window=[${win.text}], keep=[${sort[0]!.desc ? 'LastRow' : 'FirstRow'}], partitionKeys=[${partition.map((p) => p.text).join(', ')}], orderKey=[${sortText[0]}]`
        : `window=[${win.text}], rankType=[${rankType}], rankRange=[rankStart=1, rankEnd=${n}], partitionBy=[${partition.map((p) => p.text).join(', ')}], orderBy=[${sortText.join(', ')}], select=[${names(fields)}]`,
      kinds: INSERT_ONLY,
      // FlinkRelMdUpsertKeys of a WindowRank: the partition keys but the window's bounds, with the
      // rank number when more than one row is kept (as a Rank's)
      ...(dedup ? {} : { upsertKeys: windowRankKeys(pIdx, w0, n, outputRank, fields.length - 1) }),
      ...miniBatchOf(env, true),
      range: rp.call.range,
      build: (out, rt) => {
        const op = new WindowRank(out, { startIdx: w0.startIdx, endIdx: w0.endIdx, partition: pfns, cmp, n, withRank: outputRank, rankType, lastArrivalFirst: dedup && sort[0]!.desc });
        op.onLate = () => rt.onLate();
        // under mini-batch one operator behind the rowtime MiniBatchAssigner (over a window
        // aggregation the watermarks it gets have passed that assigner already: the gate lets them all through)
        return [rowtimeMiniBatch(env, op)];
      },
    });
    windowInfos.set(node, { ...win });
  } else if (rankType !== 'ROW_NUMBER' && !env.batch) {
    throw new FlinkError(TABLE, `${rankType}() on streaming table is not supported currently`, rp.call.range);
  } else if (rankType === 'ROW_NUMBER' && n === 1 && timeOrder && !outputRank) {
    const keepLast = sort[0]!.desc;
    const ti = orderCompiled[0]!.c.fieldIndex!;
    const isRowtime = from.fields[ti]!.type.timeAttr === 'rowtime';
    if (!isInsertOnly(input.kinds)) throw new FlinkError(TABLE, `StreamPhysicalDeduplicate doesn't support consuming ${kindsDescription(input.kinds)} changes which is produced by node ${nodeName(changeProducer(input))}`, rp.call.range);
    fields = from.fields.map((f) => ({ ...f }));
    // keep-first is insert-only unless mini-batch is on (RankUtil.outputInsertOnlyInDeduplicate);
    // on rowtime that is RowTimeDeduplicateKeepFirstRowFunction, which emits on the watermark
    const insertOnly = !keepLast && !env.miniBatchSize;
    const rowtimeFirst = insertOnly && isRowtime;
    node = mk({
      kind: 'Deduplicate',
      inputs: [input],
      fields,
      attrs: `keep=[${keepLast ? 'LastRow' : 'FirstRow'}], key=[${partition.map((p) => p.text).join(', ')}], order=[${isRowtime ? 'ROWTIME' : 'PROCTIME'}], outputInsertOnly=[${insertOnly}]`,
      // any deduplication but an insert-only keep-first is a Rank that provides all changes in
      // Flink's inference (FlinkChangelogModeInferenceProgram): explain prints [I,UB,UA,D]
      kinds: insertOnly ? INSERT_ONLY : ALL_CHANGES,
      ...(insertOnly ? {} : { inferenceName: inferenceName(), inferenceKinds: ALL_CHANGES }),
      upsertKeys: [partition.map((p) => p.fieldIndex!).filter((i) => i !== undefined)],
      ...miniBatchOf(env, isRowtime),
      range: rp.call.range,
      build: (out, rt, self) => {
        const dedup = (o: Operator) => new Deduplicate(o, { key: pfns, keepLast, rowtime: isRowtime ? (r) => r[ti] : null, generateUpdateBefore: self.updateBefore });
        if (env.miniBatchSize) return [new MiniBatchDeduplicate(out, dedup, { size: env.miniBatchSize, key: pfns, keyTypes: partition.map((p) => p.type), rowtimeInterval: isRowtime ? env.miniBatchLatency || 0 : 0 })];
        if (!rowtimeFirst) return [dedup(out)];
        const op = new RowTimeFirstRow(out, { key: pfns, rowtime: (r) => r[ti] });
        op.onLate = () => rt.onLate();
        return [op];
      },
    });
  } else {
    fields = [...from.fields.map((f) => ({ ...f })), ...(outputRank ? [{ name: rp.alias || 'w0$o0', type: BIGINT(false) }] : [])];
    // A ROW_NUMBER top-1 on insert-only input runs as Flink's FastTop1Function: a better row
    // replaces the kept one with UPDATE_BEFORE/UPDATE_AFTER. Flink 2.1+ also infers its changelog
    // as a deduplication's (FlinkChangelogModeInferenceProgram, RankUtil.isDeduplication): unless
    // it is ordered by exactly one key DESC ("keep last"), or mini-batch is on, it is declared
    // insert-only, so no UPDATE_BEFORE is generated and every replacement reaches the sink as a
    // lone +U (test/cases/topn-top1-asc-declared-insert-only; Flink 1.20 declared [I,UB,UA,D]).
    const fast = rankType === 'ROW_NUMBER' && updateFast(input, partition.map((p) => p.fieldIndex), orderCompiled.map(({ o, c }) => ({ fieldIndex: c.fieldIndex, desc: o.direction === 'DESC' })));
    const fastTop1 = rankType === 'ROW_NUMBER' && n === 1 && isInsertOnly(input.kinds);
    const declaredInsertOnly = fastTop1 && !(sort.length === 1 && sort[0]!.desc) && !env.miniBatchSize;
    // StreamPhysicalRank.sortOnRowTime (ordered by one rowtime column): it asks for watermarks
    // (requireWatermark), so under mini-batch Flink's MiniBatchAssigner is a rowtime one
    const sortOnRowTime = timeOrder && from.fields[orderCompiled[0]!.c.fieldIndex!]!.type.timeAttr === 'rowtime';
    node = mk({
      kind: 'Rank',
      inputs: [input],
      fields,
      attrs: `strategy=[${isInsertOnly(input.kinds) ? 'AppendFastStrategy' : fast ? 'UpdateFastStrategy[0]' : 'RetractStrategy'}], rankType=[${rankType}], rankRange=[rankStart=${start}, rankEnd=${n}], partitionBy=[${partition.map((p) => p.text).join(', ')}], orderBy=[${sortOnRowTime ? 'ROWTIME ' : ''}${sortText.join(', ')}], select=[${names(fields)}]`,
      ...(sortOnRowTime ? miniBatchOf(env, true) : {}),
      ...(fast ? { takesNoUpdateBefore: true } : {}),
      kinds: declaredInsertOnly ? INSERT_ONLY : ALL_CHANGES,
      ...(declaredInsertOnly ? {} : { inferenceName: inferenceName(), inferenceKinds: ALL_CHANGES }),
      top1DeclaredInsertOnly: declaredInsertOnly,
      upsertKeys: rankKeys(partition.map((p) => p.fieldIndex), input.upsertKeys, n === 1 && rankType === 'ROW_NUMBER', outputRank ? fields.length - 1 : -1),
      range: rp.call.range,
      build: (out, _rt, self) => {
        const op = fast
          ? new UpdatableTopN(out, { partition: pfns, sort, rowKey: input.upsertKeys[0]!.map((i) => (r: unknown[]) => r[i]), start, end: n, withRank: outputRank, generateUpdateBefore: self.updateBefore })
          : !isInsertOnly(input.kinds) && rankType === 'ROW_NUMBER'
          ? new RetractableTopN(out, { partition: pfns, sort, start, end: n, withRank: outputRank, generateUpdateBefore: self.updateBefore })
          : new Rank(out, { partition: pfns, sort, n, start, withRank: outputRank, rankType, fastTop1, generateUpdateBefore: !declaredInsertOnly && self.updateBefore });
        // (the operators above it see only the watermarks that assigner passes)
        return [sortOnRowTime ? rowtimeMiniBatch(env, op) : op];
      },
    });
  }
  // the inner projection, with the rank column resolvable by its alias
  const scope: Scoped = { node, fields };
  const items = expandStar(inner.items.filter((i) => i !== rp.item), from.fields, env2);
  const ctx2 = ctxOf(env2, fields);
  const proj = items.map((it) => compileExpr(it.expr, ctx2));
  const projFields: Field[] = items.map((it, i) => ({ name: it.name, type: proj[i]!.type }));
  if (outputRank) {
    const ri = fields.length - 1;
    const pos = inner.items.indexOf(rp.item);
    proj.splice(pos, 0, { type: BIGINT(false), fn: (r) => r[ri], text: fields[ri]!.name, fieldIndex: ri });
    projFields.splice(pos, 0, { name: rp.alias || 'EXPR$' + pos, type: BIGINT(false) });
  }
  return planCalc(scope, null, proj, projFields, env2);
}

function trySemiJoin(c: A.Expression, left: Scoped, env: PlanEnv): Scoped | null {
  let not = false;
  let e = c;
  if (e.kind === 'Unary' && e.op === 'NOT') { not = true; e = e.operand; }
  const lctx = ctxOf(env, left.fields);
  const lw = left.fields.length;
  let right: Scoped;
  let lk: Compiled[] = [];
  let rk: Fn[] = [];
  let cond: Fn | null = null;
  let whereText: string[] = [];
  let leftOperands: Compiled[] = [];
  if (e.kind === 'In' && e.query) {
    not = not !== e.not;
    right = planQuery(e.query, env);
    for (const f of right.fields) f.use?.();
    const leftExprs = e.operand.kind === 'RowConstructor' ? e.operand.fields : [e.operand];
    if (right.fields.length !== leftExprs.length) throw new FlinkError(VALIDATION, 'SQL validation failed. Values passed to IN operator must have compatible types', e.range);
    lk = leftExprs.map((x) => compileExpr(x, lctx));
    leftOperands = lk;
    whereText = lk.map((k, i) => `=(${k.text}, ${right.fields[i]!.name})`);
    if (not) {
      // NOT IN is null-aware: a NULL on either side makes the comparison unknown, which excludes the row
      const lfns = lk.map((k) => k.fn);
      const n = lk.length;
      cond = (f) => {
        for (let i = 0; i < n; i++) {
          const l = lfns[i]!(f), r = f[lw + i];
          if (l === null || r === null) return true;
          if (!valuesEqualish(l, r)) return false;
        }
        return true;
      };
      whereText = [`OR(${whereText.join(', ')}, IS NULL(...))`];
      lk = [];
    } else rk = right.fields.map((_, i) => ((r: unknown[]) => r[i]) as Fn);
  } else if (e.kind === 'Exists') {
    const q = e.query;
    if (q.body.kind !== 'Select' || q.with || q.orderBy.length || q.fetch) throw notSupported('this EXISTS subquery', e.range);
    const sel = q.body;
    if (sel.groupBy || collectAggCalls(sel.items.map((i) => i.expr)).length) throw notSupported('EXISTS over an aggregation', e.range);
    let inner: Scoped = sel.from ? planFrom(sel.from, env) : planValues({ kind: 'Values', rows: [[]], range: sel.range }, env);
    const ictx = ctxOf(env, inner.fields);
    const resolves = (x: A.Expression, ctx: ExprContext) => {
      let ok = true;
      walkExpr(x, (y) => { if (y.kind === 'Name') { try { resolveName(ctx, y.parts, y.range); } catch { ok = false; } return false; } return true; });
      return ok;
    };
    const local: A.Expression[] = [];
    const lkeys: Compiled[] = [], rkeys: Compiled[] = [];
    for (const w of conjuncts(sel.where)) {
      if (resolves(w, ictx)) { local.push(w); continue; }
      if (w.kind === 'Binary' && w.op === '=') {
        if (resolves(w.left, ictx) && resolves(w.right, lctx)) { rkeys.push(compileExpr(w.left, ictx)); lkeys.push(compileExpr(w.right, lctx)); continue; }
        if (resolves(w.right, ictx) && resolves(w.left, lctx)) { rkeys.push(compileExpr(w.right, ictx)); lkeys.push(compileExpr(w.left, lctx)); continue; }
      }
      throw notSupported('a correlated condition other than equality in EXISTS', w.range);
    }
    if (local.length) inner = planCalc(inner, compileExpr(andAll(local)!, ictx), null, inner.fields, env);
    right = inner;
    lk = lkeys;
    leftOperands = lkeys;
    rk = rkeys.map((k) => k.fn);
    whereText = lkeys.map((k, i) => `=(${k.text}, ${rkeys[i]!.text})`);
  } else return null;
  return semiAntiJoin(left, right, { leftKey: lk, rightKey: rk, cond, anti: not, whereText, leftOperands, range: e.range });
}

/**
 * A LeftSemiJoin / LeftAntiJoin of `left` with `right` (IN, EXISTS, INTERSECT, EXCEPT): left's
 * rows with (without) a right row of the same key, and `cond` on the two side by side.
 */
function semiAntiJoin(left: Scoped, right: Scoped, o: { leftKey: Compiled[]; rightKey: Fn[]; cond: Fn | null; anti: boolean; whereText: string[]; leftOperands: Compiled[]; range: Range }): Scoped {
  const lkf = o.leftKey.map((k) => k.fn);
  // Flink's inference: a semi join forwards both inputs' changes, an anti join may produce any
  // (FlinkChangelogModeInferenceProgram: only INNER and SEMI forward)
  const kinds = o.anti ? ALL_CHANGES : unionKinds([left.node.kinds, right.node.kinds]);
  // the left record as Flink keeps it (joinInput): the columns read above or by the condition
  const usedAbove: boolean[] = left.fields.map(() => false);
  const leftInput = () => joinInput(left, (i) => usedAbove[i]!, o.leftOperands);
  const node = mk({
    kind: 'Join',
    inputs: [left.node, right.node],
    fields: left.fields,
    attrs: '',
    kinds,
    upsertKeys: left.node.upsertKeys,
    range: o.range,
    build: (out) => {
      const op = new SemiAntiJoin(out, { leftKey: lkf, rightKey: o.rightKey, cond: o.cond, anti: o.anti, leftState: leftInput().state });
      return [op.left, op.right];
    },
  });
  Object.defineProperty(node, 'attrs', {
    get: () => {
      const l = leftInput();
      return `joinType=[${o.anti ? 'LeftAntiJoin' : 'LeftSemiJoin'}], where=[${o.whereText.join(', ') || 'true'}], select=[${l.names.join(', ')}], leftInputSpec=[${l.spec}], rightInputSpec=[NoUniqueKey]`;
    },
  });
  return { node, fields: left.fields.map((f, i) => ({ ...f, use: () => { usedAbove[i] = true; f.use?.(); } })) };
}

function valuesEqualish(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && a === b) || JSON.stringify(a) === JSON.stringify(b);
}

// ---- queries and set operations ---------------------------------------------------------------

function withCtes(env: PlanEnv, w: A.WithClause): PlanEnv {
  if (w.recursive) throw notSupported('WITH RECURSIVE', w.range);
  const ctes = new Map(env.ctes);
  for (const c of w.ctes) ctes.set(c.name.value, { query: c.query, columns: c.columns.map((x) => x.value) });
  return { ...env, ctes };
}

function planBody(b: A.QueryBody, env: PlanEnv): Scoped {
  switch (b.kind) {
    case 'Select': return planSelect(b, env);
    case 'Query': return planQuery(b, env);
    case 'Values': return planValues(b, env);
    case 'ExplicitTable': {
      // TABLE t reads every column, and names none
      const s = planFrom({ kind: 'TableName', name: b.name, hints: [], range: b.range }, env);
      for (const f of s.fields) f.use?.();
      return s;
    }
    case 'SetOperation': {
      const op = b.op === 'MINUS' ? 'EXCEPT' : b.op;
      const l = planBody(b.left, env), r = planBody(b.right, env);
      if (l.fields.length !== r.fields.length) throw new FlinkError(CALCITE, `Column count mismatch in ${op}`, b.range);
      const fields = l.fields.map((f, i) => {
        const ct = commonType([f.type, r.fields[i]!.type]);
        if (!ct) throw new FlinkError(CALCITE, `Type mismatch in column ${i + 1} of ${op}`, b.range);
        // SELECT 'a' UNION ALL SELECT 'b' is CHAR(1), with 'bc' VARCHAR(2) (Flink 2.3.0, commonType)
        return { name: f.name, type: withoutTimeAttr(ct), use: () => { f.use?.(); r.fields[i]!.use?.(); } } as Field;
      });
      if (op !== 'UNION' && b.quantifier === 'ALL') return setOperationAll(l, r, fields, op, env, b.range);
      if (op !== 'UNION') {
        // INTERSECT / EXCEPT: Flink 2.3.0's plan (cases set-intersect, set-except) is a
        // GroupAggregate over all columns on a semi / anti join of the two sides whose condition
        // is every column's null-safe equality (a key that holds NULLs matches NULLs)
        for (const f of [...l.fields, ...r.fields]) f.use?.();
        const cols = l.fields.map((_, i) => ({ type: fields[i]!.type, fn: ((row: unknown[]) => row[i]) as Fn, text: l.fields[i]!.name, fieldIndex: i }));
        const joined = semiAntiJoin(l, r, {
          leftKey: cols, rightKey: r.fields.map((_, i) => ((row: unknown[]) => row[i]) as Fn), cond: null, anti: op === 'EXCEPT',
          whereText: l.fields.map((f, i) => `OR(=(${f.name}, ${r.fields[i]!.name}0), AND(IS NULL(${f.name}), IS NULL(${r.fields[i]!.name}0)))`), leftOperands: cols, range: b.range,
        });
        return distinctOf({ node: joined.node, fields: joined.fields.map((f, i) => ({ ...f, type: fields[i]!.type })) }, env, b.range);
      }
      const keepTime = l.fields.map((f, i) => f.type.timeAttr && f.type.timeAttr === r.fields[i]!.type.timeAttr ? f.type.timeAttr : undefined);
      fields.forEach((f, i) => { if (keepTime[i]) f.type = { ...f.type, timeAttr: keepTime[i] }; });
      const node = mk({
        kind: 'Union',
        inputs: [l.node, r.node],
        fields,
        attrs: `all=[true], union=[${names(fields)}]`,
        kinds: unionKinds([l.node.kinds, r.node.kinds]),
        passThrough: true,
        range: b.range,
        build: (out) => new Union(out, 2).inputs,
      });
      const u: Scoped = { node, fields };
      if (b.quantifier === 'ALL') return u;
      return distinctOf(u, env, b.range);
    }
  }
}

/**
 * INTERSECT ALL / EXCEPT ALL as Flink 2.3.0 plans them (cases set-intersect-all, set-except-all):
 * each side with a marker column, their UNION ALL, a GroupAggregate counting each side's rows per
 * row value, and a Correlate ($REPLICATE_ROWS) that passes each of its changes on min(left, right)
 * times (INTERSECT ALL) or left - right times (EXCEPT ALL), not at all when that is below 1: so a
 * change can reach the sink as a lone +U or several -U.
 */
function setOperationAll(l: Scoped, r: Scoped, fields: Field[], op: 'INTERSECT' | 'EXCEPT', env: PlanEnv, range: Range): Scoped {
  const w = fields.length;
  const bool = t('BOOLEAN', true);
  const marked = (s: Scoped, left: boolean): Scoped => {
    for (const f of s.fields) f.use?.();
    const cols: Compiled[] = s.fields.map((f, i) => ({ type: fields[i]!.type, fn: (row: unknown[]) => row[i], text: f.name, fieldIndex: i }));
    const marker = (on: boolean): Compiled => ({ type: bool, fn: () => (on ? true : null), text: on ? 'true' : 'null:BOOLEAN', literal: on ? true : null });
    const out = [...fields, { name: 'vcol_left_marker', type: bool }, { name: 'vcol_right_marker', type: bool }];
    return planCalc(s, null, [...cols, marker(left), marker(!left)], out, env);
  };
  const ml = marked(l, true), mr = marked(r, false);
  const unionFields = ml.fields.map((f) => ({ ...f, type: withoutTimeAttr(f.type) }));
  const union = mk({
    kind: 'Union', inputs: [ml.node, mr.node], fields: unionFields, attrs: `all=[true], union=[${names(unionFields)}]`,
    kinds: unionKinds([ml.node.kinds, mr.node.kinds]), passThrough: true, range,
    build: (out) => new Union(out, 2).inputs,
  });
  const keyFns = fields.map((_, i) => ((row: unknown[]) => row[i]) as Fn);
  const calls: Agg.AggCall[] = [{ fn: Agg.count(false), args: [(row) => row[w]] }, { fn: Agg.count(false), args: [(row) => row[w + 1]] }];
  const groupBy = `groupBy=[${names(fields)}]`;
  const aggFields = [...fields.map((f) => ({ ...f, type: withoutTimeAttr(f.type) })), { name: 'vcol_left_cnt', type: BIGINT(false) }, { name: 'vcol_right_cnt', type: BIGINT(false) }];
  const agg = mk({
    kind: 'GroupAggregate', inputs: [union], fields: aggFields,
    attrs: `${groupBy}, select=[${names(fields)}, COUNT(vcol_left_marker) AS vcol_left_cnt, COUNT(vcol_right_marker) AS vcol_right_cnt]`,
    kinds: { insert: true, update: true, delete: !isInsertOnly(union.kinds) },
    upsertKeys: [fields.map((_, i) => i)],
    ...groupAggregateExplain(env, true, groupBy),
    range,
    build: (out, _rt, self) => [env.batch ? new BatchAggregate(out, keyFns, calls, false) : groupAggregate(out, keyFns, calls, self.updateBefore, env, fields.map((f) => f.type), true, rowtimeBundlesOver(union))],
  });
  const times = op === 'INTERSECT'
    ? (f: unknown[]) => ((f[w] as number) >= 1 && (f[w + 1] as number) >= 1 ? Math.min(f[w] as number, f[w + 1] as number) : 0)
    : (f: unknown[]) => (f[w] as number) - (f[w + 1] as number);
  const replicated = mk({
    kind: 'Correlate', inputs: [agg], fields: aggFields,
    attrs: `invocation=[$REPLICATE_ROWS$1($0, ${fields.map((_, i) => `$${i + 1}`).join(', ')})], select=[${names(aggFields)}]`,
    kinds: agg.kinds, passThrough: true, range,
    build: (out) => [new Correlate(out, (f) => { const n = times(f); return n >= 1 ? Array.from({ length: n }, () => []) : []; }, false, 0)],
  });
  return planCalc({ node: replicated, fields: aggFields }, null, fields.map((f, i) => ({ type: f.type, fn: (row: unknown[]) => row[i], text: f.name, fieldIndex: i })), fields, env);
}

function distinctOf(s: Scoped, env: PlanEnv, range: Range): Scoped {
  for (const f of s.fields) f.use?.();
  const keyFns = s.fields.map((_, i) => ((r: unknown[]) => r[i]) as Fn);
  const batch = env.batch;
  const groupBy = `groupBy=[${names(s.fields)}]`;
  const node = mk({
    kind: 'GroupAggregate',
    inputs: [s.node],
    fields: s.fields.map((f) => ({ ...f, type: withoutTimeAttr(f.type) })),
    attrs: `${groupBy}, select=[${names(s.fields)}]`,
    kinds: { insert: true, update: true, delete: !isInsertOnly(s.node.kinds) },
    upsertKeys: [s.fields.map((_, i) => i)],
    ...groupAggregateExplain(env, true, groupBy),
    range,
    build: (out, _rt, self) => [batch ? new BatchAggregate(out, keyFns, [], false) : groupAggregate(out, keyFns, [], self.updateBefore, env, s.fields.map((f) => f.type), true, rowtimeBundlesOver(s.node))],
  });
  return { node, fields: node.fields };
}

/** The streaming GROUP BY operator: Flink's mini-batch forms when mini-batch is on (two phases
 *  unless a function cannot merge or agg-phase-strategy is ONE_PHASE), else GroupAggFunction. */
function groupAggregate(out: Operator, keyFns: Fn[], calls: Agg.AggCall[], updateBefore: boolean, env: PlanEnv, keyTypes: SqlType[], mergeable: boolean, rowtimeBundles = false, unread: number[] = []): Operator {
  const mb = env.miniBatchSize;
  if (!mb) return new GroupAggregate(out, keyFns, calls, updateBefore, unread);
  const op = mergeable && !env.onePhaseAgg
    ? new TwoPhaseGroupAggregate(out, keyFns, calls, updateBefore, mb, keyTypes, unread)
    : new MiniBatchGroupAggregate(out, keyFns, calls, updateBefore, mb, keyTypes, unread);
  // in processing time its assigner drops upstream watermarks but the last; behind window
  // operators the rowtime assigner below them paces it
  return rowtimeBundles ? op : new ProcTimeMiniBatchAssigner(op);
}

/** A window aggregation, Top-N or deduplication at or below `n`: Flink's mini-batch assigner is then a rowtime one. */
export function hasWindowOperator(n: PlanNode): boolean {
  return n.kind === 'WindowAggregate' || n.kind === 'WindowRank' || n.kind === 'WindowDeduplicate' || n.inputs.some(hasWindowOperator);
}

/** Whether a mini-batch GROUP BY (or DISTINCT, set operation) over `n` closes its bundles on the
 *  watermarks of Flink's rowtime MiniBatchAssigner: over window operators, and over an event-time
 *  MATCH_RECOGNIZE or Rank, which also ask for watermarks (MiniBatchIntervalInferRule). */
function rowtimeBundlesOver(n: PlanNode): boolean {
  return hasWindowOperator(n) || hasRowtimeMiniBatch(n);
}

/** An operator at or below `n` that asks for watermarks under mini-batch (requireWatermark: a
 *  MATCH_RECOGNIZE or a Rank ordered by event time, ...): Flink's MiniBatchAssigner is then a rowtime one. */
export function hasRowtimeMiniBatch(n: PlanNode): boolean {
  return n.miniBatch?.rowtime === true || n.inputs.some(hasRowtimeMiniBatch);
}

export function planQuery(q: A.Query, env0: PlanEnv): Scoped {
  const env = q.with ? withCtes(env0, q.with) : env0;
  let s = planBody(q.body, env);
  if (q.body.kind === 'Select' && q.body.quantifier === 'DISTINCT' && !distinctAsGroupBy.has(q.body)) s = distinctOf(s, env, q.body.range);
  // ORDER BY what the SELECT list leaves out (a column of the FROM, an aggregate): Calcite sorts
  // on it as a hidden column and projects it away after the sort (case sort-limit-offset-time)
  const outside = (e: A.Expression) => {
    let out = false;
    walkExpr(e, (x) => { if (x.kind === 'Name' && !s.fields.some((f) => f.name === x.parts[x.parts.length - 1]!.value)) out = true; return !out; });
    return out;
  };
  const body = q.body;
  if (body.kind === 'Select' && body.quantifier !== 'DISTINCT' && q.orderBy.some((o) => outside(o.expr))) {
    const r = body.range;
    const hidden = (i: number): A.Identifier => ident(`$order$${i}`, r);
    const extra = q.orderBy.flatMap((o, i) => (outside(o.expr) ? [{ kind: 'SelectItem' as const, expr: o.expr, alias: hidden(i), range: o.range }] : []));
    const orderBy = q.orderBy.map((o, i) => (outside(o.expr) ? { ...o, expr: { kind: 'Name' as const, parts: [hidden(i)], range: o.range } } : o));
    const sorted = planQuery({ ...q, with: undefined, body: { ...body, items: [...body.items, ...extra] }, orderBy }, env);
    const kept = sorted.fields.slice(0, s.fields.length);
    return planCalc(sorted, null, kept.map((f, i) => ({ type: f.type, fn: (row: unknown[]) => row[i], text: f.name, fieldIndex: i })), kept, env);
  }
  const fetch = q.fetch ? compileExpr(q.fetch, ctxOf(env, [])).literal as number : undefined;
  // OFFSET m: the rows (ranks) after the first m (cases sort-limit-offset-*, limit-offset)
  const offset = q.offset ? compileExpr(q.offset, ctxOf(env, [])).literal as number : 0;
  if (q.offset && (fetch === undefined || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)) throw notSupported('OFFSET without LIMIT / FETCH, or not a constant', q.offset.range);
  if (q.orderBy.length) {
    const ctx = ctxOf(env, s.fields);
    const sort: SortSpec[] = [];
    const texts: string[] = [];
    const sortFields: { fieldIndex?: number; desc: boolean }[] = [];
    let firstIsTime = false;
    q.orderBy.forEach((o, i) => {
      let c: Compiled;
      if (o.expr.kind === 'NumericLiteral') { const k = Number(o.expr.text) - 1; c = { type: s.fields[k]!.type, fn: (r) => r[k], text: s.fields[k]!.name, fieldIndex: k }; }
      else c = compileExpr(o.expr, ctx);
      const desc = o.direction === 'DESC';
      if (i === 0) firstIsTime = !!c.type.timeAttr && !desc;
      sort.push({ get: c.fn, desc, nullsFirst: o.nulls ? o.nulls === 'FIRST' : !desc });
      sortFields.push({ fieldIndex: c.fieldIndex, desc });
      texts.push(`${c.text} ${desc ? 'DESC' : 'ASC'}`);
    });
    if (fetch === undefined && !env.batch) {
      if (!firstIsTime) throw new FlinkError(TABLE, 'Sort on a non-time-attribute field is not supported.', q.orderBy[0]!.range);
      const first = sort[0]!.get;
      const restCmp = sort.length > 1 ? comparator(sort.slice(1)) : null;
      const input = s.node;
      const node = mk({
        kind: 'TemporalSort',
        inputs: [input],
        fields: s.fields,
        attrs: `orderBy=[${texts.join(', ')}]`,
        kinds: INSERT_ONLY,
        ...miniBatchOf(env, false),
        range: q.range,
        // under mini-batch Flink puts a processing-time MiniBatchAssigner in front: the rows are
        // sorted at the end of input, none is late (the wall clock's watermark precedes them)
        build: (out) => { const op = new TemporalSort(out, first, restCmp); return [env.miniBatchSize ? new ProcTimeMiniBatchAssigner(op) : op]; },
      });
      const plain = (n: PlanNode): boolean => ['Calc', 'WatermarkAssigner', 'TableSourceScan'].includes(n.kind) && n.inputs.every(plain);
      if (env.miniBatchSize && !plain(input)) throw notSupported("mini-batch (SET 'table.exec.mini-batch.enabled' = 'true') with ORDER BY a time attribute over other than a table's rows", q.range);
      return { node, fields: s.fields };
    }
    const input = s.node;
    const n = (fetch ?? Infinity) + offset;
    const fast = !env.batch && updateFast(input, [], sortFields);
    const node = mk({
      kind: env.batch ? 'Sort' : 'Rank',
      // Flink's plan: a SortLimit (StreamExecSortLimit, which runs a rank function)
      ...(env.batch ? {} : { explainKind: 'SortLimit' }),
      inputs: [input],
      fields: s.fields,
      attrs: env.batch ? `orderBy=[${texts.join(', ')}]` : `strategy=[${isInsertOnly(input.kinds) ? 'AppendFastStrategy' : fast ? 'UpdateFastStrategy[0]' : 'RetractStrategy'}], rankType=[ROW_NUMBER], rankRange=[rankStart=${offset + 1}, rankEnd=${n}], partitionBy=[], orderBy=[${texts.join(', ')}], select=[${names(s.fields)}]`,
      // (Flink's upsert keys of an UpdateFastStrategy SortLimit: the input's that it sorts on)
      ...(fast ? { takesNoUpdateBefore: true, upsertKeys: input.upsertKeys.filter((k) => k.length && k.every((i) => sortFields.some((f) => f.fieldIndex === i))) } : {}),
      kinds: env.batch ? INSERT_ONLY : ALL_CHANGES,
      range: q.range,
      build: (out) => [env.batch ? new Sort(out, sort, n, offset)
        : fast ? new UpdatableTopN(out, { partition: [], sort, rowKey: input.upsertKeys[0]!.map((i) => (r: unknown[]) => r[i]), start: offset + 1, end: n, withRank: false })
        : !isInsertOnly(input.kinds) ? new RetractableTopN(out, { partition: [], sort, start: offset + 1, end: n, withRank: false })
        : new Rank(out, { partition: [], sort, n, start: offset + 1, withRank: false, rankType: 'ROW_NUMBER' })],
    });
    return { node, fields: s.fields };
  }
  if (fetch !== undefined) {
    const input = s.node;
    // over an updating input the limit is a rank without order (RetractableTopNFunction): the
    // rows in arrival order, a retracted one leaves and the next one in state comes in (case
    // limit-updating-input: +I[a, 1], -D[a, 1], +I[b, 2], ...)
    const updating = !isInsertOnly(input.kinds) && !env.batch;
    // (with an OFFSET, RetractableTopNFunction's with-row-number algorithm: rows move by position,
    // and a row once emitted is no longer found by its retraction, cases limit-offset-updating-*)
    const node = mk({
      kind: 'Limit',
      inputs: [input],
      fields: s.fields,
      attrs: `offset=[${offset}], fetch=[${fetch}]`,
      // (Flink's inference declares every kind for it, and the input's upsert keys)
      kinds: updating ? ALL_CHANGES : input.kinds,
      ...(updating ? { upsertKeys: input.upsertKeys } : {}),
      passThrough: !updating,
      range: q.range,
      build: (out) => [updating ? new RetractableTopN(out, { partition: [], sort: [], start: offset + 1, end: offset + fetch, withRank: false }) : new Limit(out, fetch, offset)],
    });
    return { node, fields: s.fields };
  }
  return s;
}

export { AGGREGATES, DOUBLE };
export type { Scoped };
export type { Operator };

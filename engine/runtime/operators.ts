// Stateful and stateless operators over changelog rows, each following the Flink runtime
// operator named in its comment. They share the Operator interface of ./operator.ts.
import { InputCombiner, OneInput, type Operator } from './operator.ts';
import { RowtimeMiniBatchGate } from './mini-batch.ts';
import { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, concatRow, isAccumulate, type Row, type RowKind } from './row.ts';
import { AggState, compileAgg, type AggCall, type CompiledAgg } from './aggregates.ts';
import { binaryRowHash, compareValues, keyOf, keyPart, valuesEqual } from '../types/values.ts';
import type { SqlType } from '../types/types.ts';
import { TimerQueue } from './timers.ts';
import { FlinkError } from '../analysis/errors.ts';
import { HashMapState } from './hash-map-state.ts';

export type Fn = (f: unknown[]) => unknown;

/** Calc: projection and filter; the row kind is kept (Flink's generated Calc). */
export class Calc extends OneInput {
  filter: Fn | null;
  project: ((f: unknown[]) => unknown[]) | null;
  /** a projection of input columns only, without a filter: their indexes (a join writes such a
   *  Calc's rows itself, see Join.emit) */
  picks: number[] | null;
  constructor(out: Operator, filter: Fn | null, project: ((f: unknown[]) => unknown[]) | null, picks: number[] | null = null) {
    super(out);
    this.filter = filter;
    this.project = project;
    this.picks = filter ? null : picks;
  }
  push(r: Row): void {
    if (this.filter && this.filter(r.f) !== true) return;
    this.out.push(this.project ? { kind: r.kind, f: this.project(r.f) } : r);
  }
}

/** Correlate with a table function (UNNEST): one output row per element, kind kept. */
export class Correlate extends OneInput {
  expand: (f: unknown[]) => unknown[][];
  leftOuter: boolean;
  width: number;
  constructor(out: Operator, expand: (f: unknown[]) => unknown[][], leftOuter: boolean, width: number) {
    super(out);
    this.expand = expand;
    this.leftOuter = leftOuter;
    this.width = width;
  }
  push(r: Row): void {
    const rows = this.expand(r.f);
    if (rows.length === 0 && this.leftOuter) {
      this.out.push({ kind: r.kind, f: [...r.f, ...new Array(this.width).fill(null)] });
      return;
    }
    for (const x of rows) this.out.push({ kind: r.kind, f: concatRow(r.f, x) });
  }
}

/**
 * GroupAggregate (GroupAggFunction): first row of a key +I; later -U old / +U new, nothing
 * when the result did not change; -D when the record count of the group drops to zero.
 * Output fields: the group keys, then the aggregate values.
 */
export class GroupAggregate extends OneInput {
  keys: Fn[];
  calls: AggCall[];
  /** keyed state: a single primitive key is the Map key itself, composite keys use keyOf */
  state = new Map<unknown, { key: unknown[]; agg: AggState; prev: unknown[] | null }>();
  generateUpdateBefore: boolean;
  /** how a group's result is compared with its last one (sameResult) */
  cmp: ResultCompare;
  /** AggState's methods generated for these calls */
  private agg: CompiledAgg;
  /** `unread`: the result columns of calls no query above reads (the planner's pruning) */
  constructor(out: Operator, keys: Fn[], calls: AggCall[], generateUpdateBefore = true, unread: number[] = []) {
    super(out);
    this.keys = keys;
    this.calls = calls;
    this.generateUpdateBefore = generateUpdateBefore;
    this.cmp = resultCompare(keys.length, calls, unread);
    this.agg = compileAgg(calls, keys.length);
  }
  stateKey(f: unknown[]): unknown { return stateKeyOf(this.keys, f); }
  push(r: Row): void {
    const k = this.stateKey(r.f);
    let st = this.state.get(k);
    const acc = isAccumulate(r);
    if (!st) {
      if (!acc) return; // retraction for a group that does not exist: ignored, as Flink does
      st = { key: this.keys.map((g) => g(r.f)), agg: new AggState(this.calls), prev: null };
      this.state.set(k, st);
    }
    if (acc) this.agg.accumulate(st.agg, r.f);
    else this.agg.retract(st.agg, r.f);
    if (st.agg.count <= 0) {
      if (st.prev) this.out.push({ kind: DELETE, f: st.prev });
      this.state.delete(k);
      return;
    }
    const next = this.agg.row(st.key, st.agg);
    const prev = st.prev;
    if (prev === null) {
      this.out.push({ kind: INSERT, f: next });
    } else {
      if (sameResult(prev, next, this.cmp)) return;
      if (this.generateUpdateBefore) this.out.push({ kind: UPDATE_BEFORE, f: prev });
      this.out.push({ kind: UPDATE_AFTER, f: next });
    }
    st.prev = next;
  }
}

/**
 * How a group aggregation compares a result with the last: `arrays`, the result columns (after
 * the group keys) that hold ARRAY_AGG's arrays; `compared`, the columns compared (null: all),
 * without those of calls no query above reads: Flink's plan has projected them away (Calcite's
 * ProjectAggregateMergeRule), so a change of theirs alone is no change.
 */
export interface ResultCompare { arrays: number[]; compared: number[] | null }
export function resultCompare(keys: number, calls: AggCall[], unread: number[] = []): ResultCompare {
  const arrays: number[] = [];
  calls.forEach((c, i) => { if (c.arrayResult && !unread.includes(keys + i)) arrays.push(keys + i); });
  const compared = unread.length ? Array.from({ length: keys + calls.length }, (_, i) => i).filter((i) => !unread.includes(i)) : null;
  return { arrays, compared };
}

/**
 * Whether a group's result did not change, as Flink 2.3.0's record equaliser judges it: an ARRAY
 * holding a NULL element is never equal to another (its binary form), so such a group emits -U/+U
 * for a row that left it as it was (ARRAY_AGG(DISTINCT v) over [null, 7] and another 7; case
 * agg-array-agg-distinct-null-unchanged, recorded on Flink).
 */
function sameResult(prev: unknown[], next: unknown[], cmp: ResultCompare): boolean {
  for (const i of cmp.arrays) {
    const v = next[i];
    if (Array.isArray(v) && v.includes(null)) return false;
  }
  if (cmp.compared === null) return sameRow(prev, next);
  for (const i of cmp.compared) if (!sameValue(prev[i], next[i])) return false;
  return true;
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || (typeof a === 'number' ? a !== a && b !== b : valuesEqual(a, b));

/** two rows of one group's results are equal (numbers compared in place, NaN equal to NaN as in valuesEqual) */
function sameRow(prev: unknown[], next: unknown[]): boolean {
  for (let i = 0; i < next.length; i++) if (!sameValue(prev[i], next[i])) return false;
  return true;
}

/**
 * Mini-batch GroupAggregate (MiniBatchGroupAggFunction behind a MapBundleOperator): rows are
 * buffered per key and the bundle is folded when it holds `size` rows, when a watermark arrives
 * and at end of input; each key then emits at most once per bundle (its change since the last).
 */
export class MiniBatchGroupAggregate extends OneInput {
  inner: GroupAggregate;
  size: number;
  /** rows per key; its keys emit in Flink's HashMap order of the grouping key rows */
  bundle: KeyBundle<Row[]>;
  constructor(out: Operator, keys: Fn[], calls: AggCall[], generateUpdateBefore: boolean, size: number, keyTypes: SqlType[] | null = null, unread: number[] = []) {
    super(out);
    this.inner = new GroupAggregate(out, keys, calls, generateUpdateBefore, unread);
    this.size = size;
    this.bundle = new KeyBundle(keyTypes);
  }
  push(r: Row): void {
    this.bundle.at(this.inner.stateKey(r.f), () => this.inner.keys.map((g) => g(r.f)), () => []).push(r);
    if (++this.bundle.count >= this.size) this.flush();
  }
  flush(): void {
    const agg = this.inner;
    for (const { value: rows } of this.bundle.take()) {
      // fold the key's rows silently, then emit the difference once
      const real = agg.out;
      agg.out = DISCARD;
      const k = agg.stateKey(rows[0]!.f);
      const before = agg.state.get(k)?.prev ?? null;
      for (const r of rows) agg.push(r);
      agg.out = real;
      emitGroupChange(real, before, agg.state.get(k)?.prev ?? null, agg.generateUpdateBefore, agg.cmp);
    }
  }
  // Every watermark that reaches it closes the bundle: its mini-batch assigner (in front, built by
  // the planner) lets through only the last one (end of input) in processing time, so a bundle
  // closes on its size and at the end, or each one it passes behind window operators (rowtime).
  override watermark(ts: number): void { this.flush(); this.out.watermark(ts); }
  override end(): void { this.flush(); this.out.end(); }
}

/**
 * A mini-batch bundle (MapBundleOperator's java.util.HashMap of key rows, BinaryRowData): values
 * buffered per key, `count` the rows it took; `take()` hands the keys over in that HashMap's
 * order and empties it, keeping the capacity it grew to (HashMap.clear). First-seen order when a
 * key type is not modelled (every key hashes to 0).
 */
class KeyBundle<V> {
  private map = new HashMapState<{ key: unknown[]; value: V }>();
  private keyTypes: SqlType[] | null;
  count = 0;
  constructor(keyTypes: SqlType[] | null) { this.keyTypes = keyTypes; }
  get(k: unknown): V | undefined { return this.map.get(k)?.value; }
  /** the value under `k`, made with its key row the first time (HashMap.put) */
  at(k: unknown, key: () => unknown[], make: () => V): V {
    const e = this.map.get(k);
    if (e) return e.value;
    const value = make();
    this.set(k, key(), value);
    return value;
  }
  set(k: unknown, key: unknown[], value: V): void {
    this.map.set(k, { key, value }, this.keyTypes ? binaryRowHash(key, this.keyTypes) ?? 0 : 0);
  }
  take(): { k: unknown; key: unknown[]; value: V }[] {
    const out = this.map.entries().map(({ key: k, value: e }) => ({ k, key: e.key, value: e.value }));
    this.map.clear();
    this.count = 0;
    return out;
  }
}

/**
 * Two-phase mini-batch aggregation, which Flink plans under mini-batch when every function can
 * merge (LocalGroupAggregate, an exchange, GlobalGroupAggregate): the local bundle folds each
 * `size` input rows into one accumulator per key and hands them on in its HashMap's key order;
 * the global bundle merges `size` such partial rows before it updates the state and emits each
 * key's change once (MiniBatchLocalGroupAggFunction, MiniBatchGlobalGroupAggFunction). Both
 * bundles also close at the end of input (the only watermark the processing-time assigner passes).
 */
export class TwoPhaseGroupAggregate extends OneInput {
  private keys: Fn[];
  private calls: AggCall[];
  private generateUpdateBefore: boolean;
  private size: number;
  private local: KeyBundle<AggState>;
  private global: KeyBundle<AggState>;
  private state = new Map<unknown, { agg: AggState; prev: unknown[] }>();
  private cmp: ResultCompare;
  constructor(out: Operator, keys: Fn[], calls: AggCall[], generateUpdateBefore: boolean, size: number, keyTypes: SqlType[] | null, unread: number[] = []) {
    super(out);
    this.keys = keys;
    this.calls = calls;
    this.cmp = resultCompare(keys.length, calls, unread);
    this.generateUpdateBefore = generateUpdateBefore;
    this.size = size;
    this.local = new KeyBundle(keyTypes);
    this.global = new KeyBundle(keyTypes);
  }
  push(r: Row): void {
    const acc = this.local.at(stateKeyOf(this.keys, r.f), () => this.keys.map((g) => g(r.f)), () => new AggState(this.calls));
    if (isAccumulate(r)) acc.accumulate(this.calls, r.f); else acc.retract(this.calls, r.f);
    if (++this.local.count >= this.size) this.flushLocal();
  }
  private flushLocal(): void {
    for (const { k, key, value: partial } of this.local.take()) {
      const g = this.global.get(k);
      if (g) g.merge(this.calls, partial); else this.global.set(k, key, partial);
      if (++this.global.count >= this.size) this.flushGlobal();
    }
  }
  private flushGlobal(): void {
    for (const { k, key, value: buf } of this.global.take()) {
      const st = this.state.get(k);
      const agg = st?.agg ?? new AggState(this.calls);
      agg.merge(this.calls, buf);
      const after = agg.count > 0 ? agg.row(key, this.calls) : null;
      emitGroupChange(this.out, st?.prev ?? null, after, this.generateUpdateBefore, this.cmp);
      if (after === null) this.state.delete(k);
      else if (!st) this.state.set(k, { agg, prev: after });
      else if (!valuesEqual(st.prev, after)) st.prev = after;
    }
  }
  /** each watermark its mini-batch assigner passes closes both bundles (MapBundleOperator.processWatermark; see MiniBatchGroupAggregate) */
  override watermark(ts: number): void { this.flushLocal(); this.flushGlobal(); this.out.watermark(ts); }
  override end(): void { this.flushLocal(); this.flushGlobal(); this.out.end(); }
}

const DISCARD: Operator = { push() {}, watermark() {}, end() {} };

/** What a mini-batch aggregation emits for a key once its bundle is folded (MiniBatchGroupAggFunction,
 *  MiniBatchGlobalGroupAggFunction): its result before and after (null: no group). */
function emitGroupChange(out: Operator, before: unknown[] | null, after: unknown[] | null, generateUpdateBefore: boolean, cmp: ResultCompare): void {
  if (before === null) { if (after !== null) out.push({ kind: INSERT, f: after }); return; }
  if (after === null) { out.push({ kind: DELETE, f: before }); return; }
  if (sameResult(before, after, cmp)) return;
  if (generateUpdateBefore) out.push({ kind: UPDATE_BEFORE, f: before });
  out.push({ kind: UPDATE_AFTER, f: after });
}

/** The state key of a row for an operator with key getters (see GroupAggregate.state). */
export function stateKeyOf(keys: Fn[], f: unknown[]): unknown {
  if (keys.length === 1) {
    const v = keys[0]!(f);
    return v !== null && typeof v === 'object' ? keyOf([v]) : v;
  }
  return keyOf(keys.map((g) => g(f)));
}

/** Batch-mode aggregate: accumulates everything, emits +I per group at the end. */
export class BatchAggregate extends OneInput {
  keys: Fn[];
  calls: AggCall[];
  global: boolean;
  /** keyed as GroupAggregate's state (stateKeyOf) */
  state = new Map<unknown, { key: unknown[]; agg: AggState }>();
  /** AggState's methods generated for these calls */
  private agg: CompiledAgg;
  constructor(out: Operator, keys: Fn[], calls: AggCall[], global: boolean) {
    super(out);
    this.keys = keys;
    this.calls = calls;
    this.global = global;
    this.agg = compileAgg(calls, keys.length);
  }
  push(r: Row): void {
    const k = stateKeyOf(this.keys, r.f);
    let st = this.state.get(k);
    if (!st) { st = { key: this.keys.map((g) => g(r.f)), agg: new AggState(this.calls) }; this.state.set(k, st); }
    if (isAccumulate(r)) this.agg.accumulate(st.agg, r.f); else this.agg.retract(st.agg, r.f);
  }
  override watermark(_ts: number): void {}
  override end(): void {
    if (this.state.size === 0 && this.global) {
      const agg = new AggState(this.calls);
      this.out.push({ kind: INSERT, f: agg.values(this.calls) });
    }
    for (const st of this.state.values()) {
      if (st.agg.count > 0 || this.global) this.out.push({ kind: INSERT, f: this.agg.row(st.key, st.agg) });
    }
    this.out.watermark(Infinity);
    this.out.end();
  }
}

// ---- regular joins ------------------------------------------------------------------------

/** a stored record: its row, copies, associations, and its state key (values and keyOf string) */
interface JoinRecord { f: unknown[]; count: number; assoc: number; v: unknown[]; key: string }

/**
 * How one join input is kept (JoinRecordStateViews / OuterJoinRecordStateViews): `values` gives the
 * state's map key of a row (Flink's record as it reaches the join, or its unique key), whose
 * hashCode as a BinaryRowData fixes the order the other side's rows meet it in.
 * `unique`: a record per unique key (put replaces it), else a count per equal record.
 */
export interface JoinSideState {
  /** the state's map key of a row as values: Flink's record, or its unique key */
  values: (f: unknown[]) => unknown[];
  /** their types, for the BinaryRowData hash (null: not modelled, arrival order) */
  types: SqlType[] | null;
  unique: boolean;
  /** the unique key lies inside the join key (JoinKeyContainsUniqueKey): one record per join key */
  contained?: boolean;
}
/** each row its own record, in arrival order */
export const ARRIVAL_ORDER: JoinSideState = { values: (f) => f, types: null, unique: false };

/** A row's map key in a join side's state, and that key's hash as a BinaryRowData. */
function stateEntry(spec: JoinSideState, f: unknown[]): { key: string; hash: number } {
  const v = spec.values(f);
  return { key: keyOf(v), hash: spec.types ? binaryRowHash(v, spec.types) ?? 0 : 0 };
}

/**
 * A join key as a Map key: a single primitive value is itself (its equality is keyPart's: NaN
 * equals NaN, -0 equals 0; a string and a number never meet), anything else its keyPart string.
 */
export function joinKeyOf(v: unknown): unknown {
  if (v === undefined) return null;
  const t = typeof v;
  return v === null || t === 'string' || t === 'number' || t === 'boolean' ? v : keyPart(v);
}

/** keyOf(a) === keyOf(b), without building the strings for primitives */
function sameKeyValues(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    const t = typeof x;
    if (t === typeof y && (t === 'string' || t === 'boolean')) return false;
    if (t === 'number' && typeof y === 'number') { if (x === x || y === y) return false; continue; }
    if (keyPart(x) !== keyPart(y)) return false;
  }
  return true;
}

/**
 * One input's state: per join key (joinKeyOf, or a keyOf string), its records in the HashMap
 * order Flink iterates them in. A join key holding a single record (a dimension row, a unique
 * key) is matched by comparing the values, without building the record's keyOf string.
 */
/** JoinSideStore.finalRows copies a join key's rows up to this many */
const FINAL_ROWS = 64;

class JoinSideStore {
  private byKey = new Map<unknown, HashMapState<JoinRecord>>();
  private spec: JoinSideState;
  constructor(spec: JoinSideState) { this.spec = spec; }
  records(jk: unknown): JoinRecord[] { return this.byKey.get(jk)?.values() ?? []; }
  /** per join key met so far, its records' rows in state order, each as many times as it was
   *  added (null: no record): for a side that has ended, whose state no longer changes */
  private final = new Map<unknown, unknown[][] | null>();
  /**
   * The rows a row of the other input meets once this side has ended, for a join key with at most
   * FINAL_ROWS of them (a dimension's, probed by every row of a large input: one Map lookup each);
   * undefined for a key with more (a large input read first, probed by a few rows: not copied).
   */
  finalRows(jk: unknown): unknown[][] | null | undefined {
    const known = this.final.get(jk);
    if (known !== undefined) return known;
    const m = this.byKey.get(jk);
    if (!m) { this.final.set(jk, null); return null; }
    const rows: unknown[][] = [];
    for (const rec of m.values()) {
      if (rows.length + rec.count > FINAL_ROWS) return undefined;
      for (let i = 0; i < rec.count; i++) rows.push(rec.f);
    }
    this.final.set(jk, rows);
    return rows;
  }
  /** addRecord(record, numOfAssociations) */
  add(jk: unknown, f: unknown[], assoc: number): void {
    const spec = this.spec;
    const v = spec.values(f);
    let m = this.byKey.get(jk);
    if (!m) { m = new HashMapState(); this.byKey.set(jk, m); }
    const only = m.only();
    let e: JoinRecord | undefined, key: string;
    if (only !== undefined && sameKeyValues(only.v, v)) { e = only; key = only.key; } else { key = keyOf(v); e = m.get(key); }
    // the BinaryRowData hash only places a new record
    if (!e) m.set(key, { f, count: 1, assoc, v, key }, spec.types ? binaryRowHash(v, spec.types) ?? 0 : 0);
    else if (this.spec.unique) { e.f = f; e.assoc = assoc; } else { e.count++; e.assoc = assoc; }
  }
  /** retractRecord(record): an emptied map is dropped (HeapMapState) */
  retract(jk: unknown, f: unknown[]): void {
    const m = this.byKey.get(jk);
    if (!m) return;
    const v = this.spec.values(f);
    const only = m.only();
    const key = only !== undefined && sameKeyValues(only.v, v) ? only.key : keyOf(v);
    const e = m.get(key);
    if (!e) return;
    if (this.spec.unique || --e.count <= 0) m.delete(key);
    if (m.size === 0) this.byKey.delete(jk);
  }
}

/**
 * One input's bundle of a mini-batch join (join/stream/bundle), with the order Flink's HashMaps
 * give it: join keys (hashed as the key row) and, below them, records by their hash
 * (InputSideHasNoUniqueKeyBundle), unique keys (InputSideHasUniqueKeyBundle) or a plain list
 * (JoinKeyContainsUniqueKeyBundle). Those maps are filled with computeIfAbsent, which links a new
 * key first in its bucket. A retraction cancels an equal earlier accumulation in the bundle (and
 * the reverse); with a unique key only the last change per key is kept, a retraction followed by
 * an accumulation is handed over as a pair the join suppresses (processElementWithSuppress).
 */
class JoinBundle {
  // the bundle map's table keeps its capacity across bundles (HashMap.clear)
  private bundle = new HashMapState<HashMapState<Row[]> | Row[]>();
  private spec: JoinSideState;
  private keyHash: (f: unknown[]) => number;
  empty = true;
  constructor(spec: JoinSideState, keyHash: (f: unknown[]) => number) { this.spec = spec; this.keyHash = keyHash; }

  add(jk: string, r: Row): void {
    this.empty = false;
    const spec = this.spec;
    if (spec.contained) {
      const list = this.bundle.computeIfAbsent(jk, this.keyHash(r.f), () => []) as Row[];
      if (!this.foldLast(list, r)) list.push(r);
      else if (list.length === 0) this.bundle.delete(jk);
      return;
    }
    const inner = this.bundle.computeIfAbsent(jk, this.keyHash(r.f), () => new HashMapState<Row[]>()) as HashMapState<Row[]>;
    const { key: rec, hash } = stateEntry(spec, r.f);
    if (spec.unique) {
      const list = inner.computeIfAbsent(rec, hash, () => []);
      if (!this.foldLast(list, r)) list.push(r);
      else if (list.length === 0) { inner.delete(rec); if (inner.size === 0) this.bundle.delete(jk); }
      return;
    }
    // records by their hash (Integer keys: the hash is the key)
    const list = inner.computeIfAbsent(hash, hash, () => []);
    for (let i = list.length - 1; i >= 0; i--) {
      const x = list[i]!;
      if (isAccumulate(r) !== isAccumulate(x) && keyOf(spec.values(x.f)) === rec) {
        list.splice(i, 1);
        if (list.length === 0) { inner.delete(hash); if (inner.size === 0) this.bundle.delete(jk); }
        return;
      }
    }
    list.push(r);
  }

  /** foldRecord of the unique-key bundles: true when the row cancelled the last one out */
  private foldLast(list: Row[], r: Row): boolean {
    const last = list[list.length - 1];
    if (!last) return false;
    if (isAccumulate(last)) {
      list.pop();
      return !isAccumulate(r);
    }
    if (!isAccumulate(r)) list.pop();
    return false;
  }

  /** the rows in the order the join processes them, each with its suppress flag; empties the bundle */
  drain(): [Row, boolean][] {
    const out: [Row, boolean][] = [];
    const spec = this.spec;
    if (spec.contained || spec.unique) {
      for (const v of this.bundle.values()) {
        const lists = spec.contained ? [v as Row[]] : (v as HashMapState<Row[]>).values();
        for (const list of lists) withSuppress(list, out);
      }
    } else {
      // getRecords(): a new HashMap of join keys, filled (computeIfAbsent) in the bundle's order
      const result = new HashMapState<Row[]>();
      for (const { key: jk, value } of this.bundle.entries()) {
        const rows = (value as HashMapState<Row[]>).values().flat();
        result.computeIfAbsent(jk, this.keyHash(rows[0]!.f), () => rows);
      }
      for (const rows of result.values()) for (const r of rows) out.push([r, false]);
    }
    this.bundle.clear();
    this.empty = true;
    return out;
  }
}

/** processElementWithSuppress: a retraction directly followed by an accumulation is a pair the
 *  join handles without retracting state or re-sending NULL padding in between */
function withSuppress(rows: Row[], out: [Row, boolean][]): void {
  let pre: Row | null = null;
  for (let i = 0; i < rows.length; i++) {
    const current = rows[i]!;
    if (!isAccumulate(current) && i + 1 < rows.length) {
      const next = rows[++i]!;
      const suppress = isAccumulate(next);
      if (!suppress) pre = next;
      out.push([current, suppress]);
      if (suppress) out.push([next, true]);
    } else {
      let suppress = false;
      if (pre) { suppress = isAccumulate(current); out.push([pre, suppress]); pre = null; }
      out.push([current, suppress]);
    }
  }
}

/**
 * Join (StreamingJoinOperator.processElement, step by step): both inputs kept as state per join
 * key; an input row meets the other side's records in its state's HashMap order, each record as
 * many times as it was added. Inner joins forward the input's kind; outer joins emit +I/-D only,
 * with null padding retracted (-D[null+x]) when the first match arrives and re-sent (+I[null+x])
 * when the last match leaves.
 */
export class Join {
  leftKey: Fn[];
  rightKey: Fn[];
  cond: Fn | null;
  leftOuter: boolean;
  rightOuter: boolean;
  leftWidth: number;
  rightWidth: number;
  out: Operator;
  left: Operator;
  right: Operator;
  private ls: JoinSideStore;
  private rs: JoinSideStore;
  private combiner: InputCombiner;
  /** the output operator when it is a Calc that only picks columns */
  private pickingCalc: Calc | null;
  constructor(out: Operator, o: {
    leftKey: Fn[]; rightKey: Fn[]; cond: Fn | null; type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL';
    leftWidth: number; rightWidth: number; leftState?: JoinSideState; rightState?: JoinSideState;
    /** SET 'table.exec.mini-batch.enabled': the bundle size, and each side's join-key hash */
    miniBatch?: { size: number; leftKeyHash: (f: unknown[]) => number; rightKeyHash: (f: unknown[]) => number; rowtime?: boolean };
  }) {
    this.out = out;
    this.pickingCalc = out instanceof Calc && out.picks ? out : null;
    this.leftKey = o.leftKey;
    this.rightKey = o.rightKey;
    this.cond = o.cond;
    this.leftOuter = o.type === 'LEFT' || o.type === 'FULL';
    this.rightOuter = o.type === 'RIGHT' || o.type === 'FULL';
    this.leftWidth = o.leftWidth;
    this.rightWidth = o.rightWidth;
    this.ls = new JoinSideStore(o.leftState ?? ARRIVAL_ORDER);
    this.rs = new JoinSideStore(o.rightState ?? ARRIVAL_ORDER);
    this.combiner = new InputCombiner(2, (ts) => out.watermark(ts), () => out.end());
    const mb = o.miniBatch;
    if (!mb) {
      this.left = {
        push: (r) => this.process(r, true),
        watermark: (ts) => this.combiner.watermark(0, ts),
        end: () => this.combiner.end(0),
      };
      this.right = {
        push: (r) => this.process(r, false),
        watermark: (ts) => this.combiner.watermark(1, ts),
        end: () => this.combiner.end(1),
      };
      return;
    }
    // MiniBatchStreamingJoinOperator: rows wait in one bundle per side until the inputs together
    // brought `size` rows (CountCoBundleTrigger), or the end of an input (the processing-time
    // mini-batch assigner lets only the last watermark through); then the right bundle, then the
    // left (the left first for a RIGHT join) go through the join as above, in the bundles' order.
    const bundles = [new JoinBundle(o.leftState ?? ARRIVAL_ORDER, mb.leftKeyHash), new JoinBundle(o.rightState ?? ARRIVAL_ORDER, mb.rightKeyHash)] as const;
    let count = 0;
    const finishBundle = () => {
      count = 0;
      if (bundles[0].empty && bundles[1].empty) return;
      const sides = o.type === 'RIGHT' ? [0, 1] : [1, 0];
      for (const side of sides) {
        for (const [r, suppress] of bundles[side]!.drain()) this.process(r, side === 0, suppress);
      }
    };
    const input = (side: 0 | 1): Operator => ({
      push: (r) => {
        const keyFns = side === 0 ? this.leftKey : this.rightKey;
        bundles[side].add(keyOf(keyFns.map((k) => k(r.f))), r);
        if (++count >= mb.size) finishBundle();
      },
      // (behind a rowtime mini-batch assigner, over an event-time MATCH_RECOGNIZE, every watermark
      // it passes reaches the join: processWatermark1/2 finish the bundle)
      watermark: (ts) => {
        if (ts !== Infinity && !mb.rowtime) return;
        finishBundle();
        this.combiner.watermark(side, ts);
      },
      end: () => { finishBundle(); this.combiner.end(side); },
    });
    this.left = input(0);
    this.right = input(1);
  }

  private emit(kind: RowKind, input: unknown[], other: unknown[], inputIsLeft: boolean): void {
    const calc = this.pickingCalc;
    if (calc) {
      // the Calc above projects columns only: its row is picked from the two sides directly
      // (what it would take from the joined row), without the joined row
      const l = inputIsLeft ? input : other, r = inputIsLeft ? other : input;
      const picks = calc.picks!, n = picks.length, lw = l.length;
      const f = new Array(n);
      for (let i = 0; i < n; i++) { const p = picks[i]!; f[i] = p < lw ? l[p] : r[p - lw]; }
      calc.out.push({ kind, f });
      return;
    }
    this.out.push({ kind, f: inputIsLeft ? concatRow(input, other) : concatRow(other, input) });
  }
  private emitPadded(kind: RowKind, rec: unknown[], recIsLeft: boolean): void {
    const nulls = new Array(recIsLeft ? this.rightWidth : this.leftWidth).fill(null);
    this.out.push({ kind, f: recIsLeft ? concatRow(rec, nulls) : concatRow(nulls, rec) });
  }

  /** AssociatedRecords: the other side's matching records, each repeated by its count */
  private matches(input: unknown[], inputIsLeft: boolean, records: JoinRecord[]): JoinRecord[] {
    const res: JoinRecord[] = [];
    const cond = this.cond;
    for (const rec of records) {
      if (cond && cond(inputIsLeft ? concatRow(input, rec.f) : concatRow(rec.f, input)) !== true) continue;
      for (let i = 0; i < rec.count; i++) res.push(rec);
    }
    return res;
  }

  private process(r: Row, inputIsLeft: boolean, isSuppress = false): void {
    const keyFns = inputIsLeft ? this.leftKey : this.rightKey;
    const input = r.f;
    // equi-join keys never match on NULL
    let nullKey: boolean, jk: unknown;
    if (keyFns.length === 1) {
      const v = keyFns[0]!(input);
      nullKey = v === null;
      jk = joinKeyOf(v);
    } else {
      const keyVals = keyFns.map((k) => k(input));
      nullKey = keyVals.some((v) => v === null);
      jk = keyOf(keyVals);
    }
    const mine = inputIsLeft ? this.ls : this.rs;
    const other = inputIsLeft ? this.rs : this.ls;
    const inputIsOuter = inputIsLeft ? this.leftOuter : this.rightOuter;
    const otherIsOuter = inputIsLeft ? this.rightOuter : this.leftOuter;
    // once the other input has ended, this input's state is never read again (only the other
    // side's rows read it): it is not kept (a batch join's probe side, a dimension read first)
    const keep = !this.combiner.hasEnded(inputIsLeft ? 1 : 0);
    if (!inputIsOuter && !otherIsOuter && this.cond === null && isAccumulate(r)) {
      // inner join without a further condition, an accumulation: each matching record, as many
      // times as it was added (the steps below without the list of matches)
      if (nullKey) { if (keep) mine.add(jk, input, 0); return; }
      if (keep) {
        mine.add(jk, input, 0);
        for (const rec of other.records(jk)) for (let i = 0; i < rec.count; i++) this.emit(r.kind, input, rec.f, inputIsLeft);
        return;
      }
      // the other input has ended (a batch join's probe side, a dimension read first): its
      // records are final, and this row is not kept
      const rows = other.finalRows(jk);
      if (rows === undefined) for (const rec of other.records(jk)) for (let i = 0; i < rec.count; i++) this.emit(r.kind, input, rec.f, inputIsLeft);
      else if (rows) for (let i = 0; i < rows.length; i++) this.emit(r.kind, input, rows[i]!, inputIsLeft);
      return;
    }
    const associated = nullKey ? [] : this.matches(input, inputIsLeft, other.records(jk));
    if (isAccumulate(r)) {
      if (inputIsOuter && associated.length === 0) {
        this.emitPadded(INSERT, input, inputIsLeft);
        if (keep) mine.add(jk, input, 0);
        return;
      }
      if (!inputIsOuter && keep) mine.add(jk, input, 0);
      if (otherIsOuter) {
        // each matched outer row that had no match retracts its padded row first; the copies of
        // a record (count > 1) all see the number of associations it had before this input
        const snap = this.assocSnapshot(associated);
        for (const o of associated) {
          const a0 = snap.get(o)!;
          if (a0 === 0 && !isSuppress) this.emitPadded(DELETE, o.f, !inputIsLeft);
          o.assoc = a0 + 1;
          this.emit(INSERT, input, o.f, inputIsLeft);
        }
      } else {
        for (const o of associated) this.emit(inputIsOuter ? INSERT : r.kind, input, o.f, inputIsLeft);
      }
      if (inputIsOuter && keep) mine.add(jk, input, associated.length);
    } else {
      if (!isSuppress && keep) mine.retract(jk, input);
      if (associated.length === 0) {
        if (inputIsOuter) this.emitPadded(DELETE, input, inputIsLeft);
        return;
      }
      const snap = this.assocSnapshot(associated);
      for (const o of associated) {
        this.emit(inputIsOuter ? DELETE : r.kind, input, o.f, inputIsLeft);
        if (otherIsOuter) {
          const a0 = snap.get(o)!;
          if (a0 === 1 && !isSuppress) this.emitPadded(INSERT, o.f, !inputIsLeft);
          o.assoc = a0 - 1;
        }
      }
    }
  }
  /**
   * Each copy of a stored record (count > 1) is handled with the number of associations the
   * record had before this input, as Flink's state view hands them out: identical outer rows each
   * retract (and restore) their null-padded result, and the count is set, not added up per copy.
   */
  private assocSnapshot(associated: JoinRecord[]): Map<JoinRecord, number> {
    const snap = new Map<JoinRecord, number>();
    for (const o of associated) if (!snap.has(o)) snap.set(o, o.assoc);
    return snap;
  }
}

/**
 * SEMI / ANTI join (StreamingSemiAntiJoinOperator): the left row is emitted (semi) when it
 * has a match, (anti) when it has none; right-side changes flip left rows in and out, in the
 * left state's HashMap order, a semi join's with the right row's kind.
 */
export class SemiAntiJoin {
  out: Operator;
  left: Operator;
  right: Operator;
  private ls: JoinSideStore;
  private rs: JoinSideStore;
  private combiner: InputCombiner;
  constructor(out: Operator, o: { leftKey: Fn[]; rightKey: Fn[]; cond: Fn | null; anti: boolean; leftState?: JoinSideState; rightState?: JoinSideState }) {
    this.out = out;
    this.ls = new JoinSideStore(o.leftState ?? ARRIVAL_ORDER);
    this.rs = new JoinSideStore(o.rightState ?? ARRIVAL_ORDER);
    this.combiner = new InputCombiner(2, (ts) => out.watermark(ts), () => out.end());
    const matchCount = (lf: unknown[], records: JoinRecord[]) => {
      let n = 0;
      for (const rec of records) if (!o.cond || o.cond(concatRow(lf, rec.f)) === true) n += rec.count;
      return n;
    };
    this.left = {
      push: (r) => {
        const kv = o.leftKey.map((k) => k(r.f));
        const jk = keyOf(kv);
        const n = kv.some((v) => v === null) ? 0 : matchCount(r.f, this.rs.records(jk));
        if ((n > 0) !== o.anti) out.push(r);
        if (isAccumulate(r)) this.ls.add(jk, r.f, n);
        else this.ls.retract(jk, r.f);
      },
      watermark: (ts) => this.combiner.watermark(0, ts),
      end: () => this.combiner.end(0),
    };
    this.right = {
      push: (r) => {
        const kv = o.rightKey.map((k) => k(r.f));
        if (kv.some((v) => v === null)) return;
        const jk = keyOf(kv);
        const acc = isAccumulate(r);
        if (acc) this.rs.add(jk, r.f, 0); else this.rs.retract(jk, r.f);
        for (const le of this.ls.records(jk)) {
          if (o.cond && o.cond(concatRow(le.f, r.f)) !== true) continue;
          const before = le.assoc;
          le.assoc += acc ? 1 : -1;
          for (let i = 0; i < le.count; i++) {
            if (acc && before === 0) out.push({ kind: o.anti ? DELETE : r.kind, f: le.f });
            if (!acc && le.assoc === 0) out.push({ kind: o.anti ? INSERT : r.kind, f: le.f });
          }
        }
      },
      watermark: (ts) => this.combiner.watermark(1, ts),
      end: () => this.combiner.end(1),
    };
  }
}

/** Union (UNION ALL): rows pass through; watermark is the minimum of the inputs. */
export class Union {
  inputs: Operator[];
  constructor(out: Operator, n: number) {
    const c = new InputCombiner(n, (ts) => out.watermark(ts), () => out.end());
    this.inputs = Array.from({ length: n }, (_, i) => ({
      push: (r: Row) => out.push(r),
      watermark: (ts: number) => c.watermark(i, ts),
      end: () => c.end(i),
    }));
  }
}

// ---- Top-N and deduplication ----------------------------------------------------------------

export interface SortSpec { get: Fn; desc: boolean; nullsFirst: boolean }

export function comparator(specs: SortSpec[]): (a: unknown[], b: unknown[]) => number {
  return (a, b) => {
    for (const s of specs) {
      const x = s.get(a), y = s.get(b);
      let c: number;
      if (x === null || y === null) {
        if (x === y) continue;
        c = x === null ? (s.nullsFirst ? -1 : 1) : (s.nullsFirst ? 1 : -1);
        return c;
      }
      c = compareValues(x, y);
      if (c !== 0) return s.desc ? -c : c;
    }
    return 0;
  };
}

/**
 * Rank (Top-N): RetractableTopNFunction semantics, specialised for append-only input as
 * AppendOnlyTopNFunction behaves. Without the rank number: a row entering the top N is +I and
 * the row it pushes out is -D. With the rank number: every rank whose row changed is updated
 * (-U old / +U new), a newly filled rank is +I.
 */
export class Rank extends OneInput {
  partition: Fn[];
  cmp: (a: unknown[], b: unknown[]) => number;
  n: number;
  withRank: boolean;
  rankType: 'ROW_NUMBER' | 'RANK' | 'DENSE_RANK';
  state = new Map<string, unknown[][]>();
  generateUpdateBefore: boolean;
  /** FastTop1Function: top-1 of insert-only input; a replacement is an update, rank number or not */
  fastTop1: boolean;
  /** rankStart: the ranks below it are not output (OFFSET, rn > m) */
  start: number;
  constructor(out: Operator, o: { partition: Fn[]; sort: SortSpec[]; n: number; start?: number; withRank: boolean; rankType: 'ROW_NUMBER' | 'RANK' | 'DENSE_RANK'; fastTop1?: boolean; generateUpdateBefore?: boolean }) {
    super(out);
    this.start = o.start ?? 1;
    this.generateUpdateBefore = o.generateUpdateBefore ?? true;
    this.fastTop1 = o.fastTop1 ?? false;
    this.partition = o.partition;
    this.cmp = comparator(o.sort);
    this.n = o.n;
    this.withRank = o.withRank;
    this.rankType = o.rankType;
  }
  private ranked(rows: unknown[][]): { f: unknown[]; rank: number }[] {
    const res: { f: unknown[]; rank: number }[] = [];
    let rank = 0, dense = 0;
    for (let i = 0; i < rows.length; i++) {
      const same = i > 0 && this.cmp(rows[i - 1]!, rows[i]!) === 0;
      if (this.rankType === 'ROW_NUMBER') rank = i + 1;
      else if (this.rankType === 'RANK') { if (!same) rank = i + 1; }
      else { if (!same) dense++; rank = dense; }
      if (rank > this.n) break;
      if (rank >= this.start) res.push({ f: rows[i]!, rank });
    }
    return res;
  }
  push(r: Row): void {
    const k = keyOf(this.partition.map((p) => p(r.f)));
    let rows = this.state.get(k);
    if (!rows) { rows = []; this.state.set(k, rows); }
    const before = this.ranked(rows);
    if (isAccumulate(r)) {
      // insert after all equal rows (stable: earlier arrivals rank first)
      let i = rows.length;
      while (i > 0 && this.cmp(rows[i - 1]!, r.f) > 0) i--;
      rows.splice(i, 0, r.f);
    } else {
      const i = rows.findIndex((x) => valuesEqual(x, r.f));
      if (i < 0) return;
      rows.splice(i, 1);
    }
    if (rows.length > this.n * 2 + 16 && this.rankType === 'ROW_NUMBER') rows.length = this.n * 2 + 16;
    const after = this.ranked(rows);
    this.diff(before, after);
  }
  private diff(before: { f: unknown[]; rank: number }[], after: { f: unknown[]; rank: number }[]): void {
    const row = (x: { f: unknown[]; rank: number }) => (this.withRank ? [...x.f, x.rank] : x.f);
    // A top-1's rank number is the constant 1 (Flink drops the column from the Rank and adds it
    // back as a literal): it changes rows as a Rank without rank number does. With a rank start
    // above 1 rows change by position, rank number or not (AppendOnlyTopNFunction's
    // processElementWithRowNumber; cases sort-limit-offset-value, topn-rank-range).
    if (this.fastTop1 || (this.withRank && this.n > 1) || this.start > 1) {
      const len = Math.max(before.length, after.length);
      for (let i = 0; i < len; i++) {
        const b = before[i], a = after[i];
        if (b && a) {
          if (b.rank === a.rank && valuesEqual(b.f, a.f)) continue;
          if (this.generateUpdateBefore) this.out.push({ kind: UPDATE_BEFORE, f: row(b) });
          this.out.push({ kind: UPDATE_AFTER, f: row(a) });
        } else if (a) this.out.push({ kind: INSERT, f: row(a) });
        else if (b) this.out.push({ kind: DELETE, f: row(b) });
      }
      return;
    }
    // without the rank number: set difference, deletes of rows pushed out after the insert
    const inBefore = (f: unknown[]) => before.some((x) => x.f === f);
    const inAfter = (f: unknown[]) => after.some((x) => x.f === f);
    for (const b of before) if (!inAfter(b.f)) this.out.push({ kind: DELETE, f: row(b) });
    for (const a of after) if (!inBefore(a.f)) this.out.push({ kind: INSERT, f: row(a) });
  }
}

/**
 * RetractableTopNFunction (Flink 2.3.0): a Top-N over an updating input, statement for statement.
 * Per partition, a sorted map of sort key -> count and a data state of sort key -> rows in arrival
 * order (the two drift apart when a retraction finds no row). A row is found for a retraction by
 * Flink's generated equaliser, which compares the RowKind too; and a stored row is the very object
 * that was emitted: without the rank number, emitting it sets its kind (createOutputRow), so a row
 * once emitted as -D or +U is no longer found by a retraction (it stays in state, and the rows after
 * it keep their ranks: cases limit-offset-updating-*). With an offset or the rank number the
 * with-row-number algorithm runs (rows change by position), otherwise the one without.
 */
export class RetractableTopN extends OneInput {
  private partition: Fn[];
  private sortKey: Fn[];
  private keyCmp: (a: unknown[], b: unknown[]) => number;
  private rankStart: number;
  private rankEnd: number;
  private outputRankNumber: boolean;
  private generateUpdateBefore: boolean;
  private state = new Map<string, { sorted: { key: unknown[]; id: string; count: number }[]; data: Map<string, { f: unknown[]; kind: RowKind }[]> }>();
  /** the rank column of a range of one rank (Flink's RedundantRankNumberColumnRemoveRule: a Rank
   *  without it, the constant projected above) */
  private constantRank: number | null;
  constructor(out: Operator, o: { partition: Fn[]; sort: SortSpec[]; start: number; end: number; withRank: boolean; generateUpdateBefore?: boolean }) {
    super(out);
    this.constantRank = o.withRank && o.start === o.end ? o.start : null;
    if (this.constantRank !== null) o = { ...o, withRank: false };
    this.partition = o.partition;
    this.sortKey = o.sort.map((s) => s.get);
    this.keyCmp = comparator(o.sort.map((s, i) => ({ ...s, get: (k: unknown[]) => k[i] })));
    this.rankStart = o.start;
    this.rankEnd = o.end;
    this.outputRankNumber = o.withRank;
    this.generateUpdateBefore = o.generateUpdateBefore ?? true;
  }
  private inRange(rank: number): boolean { return rank <= this.rankEnd && rank >= this.rankStart; }
  /** collect* with a rank: in range only; without the rank number the stored row takes the kind */
  private emit(kind: RowKind, r: { f: unknown[]; kind: RowKind }, rank: number): void {
    if (!this.inRange(rank)) return;
    if (kind === UPDATE_BEFORE && !this.generateUpdateBefore) return;
    if (this.outputRankNumber) { this.out.push({ kind, f: [...r.f, rank] }); return; }
    r.kind = kind;
    this.out.push({ kind, f: this.constantRank === null ? r.f : [...r.f, this.constantRank] });
  }
  push(input: Row): void {
    const pk = keyOf(this.partition.map((p) => p(input.f)));
    let st = this.state.get(pk);
    if (!st) { st = { sorted: [], data: new Map() }; this.state.set(pk, st); }
    const key = this.sortKey.map((g) => g(input.f));
    const id = keyOf(key);
    const row = { f: input.f, kind: INSERT as RowKind };
    const withNumber = this.outputRankNumber || this.rankStart > 1;
    let at = st.sorted.findIndex((e) => e.id === id);
    if (isAccumulate(input)) {
      if (at >= 0) st.sorted[at]!.count++;
      else {
        let i = 0;
        while (i < st.sorted.length && this.keyCmp(st.sorted[i]!.key, key) < 0) i++;
        st.sorted.splice(i, 0, { key, id, count: 1 });
      }
      if (withNumber) this.emitWithRowNumber(st, id, row);
      else this.emitWithoutRowNumber(st, id, row);
      let rows = st.data.get(id);
      if (!rows) { rows = []; st.data.set(id, rows); }
      rows.push(row);
      return;
    }
    const removed = withNumber ? this.retractWithRowNumber(st, id, row) : this.retractWithoutRowNumber(st, id, row);
    at = st.sorted.findIndex((e) => e.id === id);
    if (at >= 0 && --st.sorted[at]!.count === 0) st.sorted.splice(at, 1);
    if (!removed) {
      const rows = st.data.get(id);
      if (rows) {
        const i = rows.findIndex((x) => x.kind === INSERT && valuesEqual(x.f, row.f));
        if (i >= 0) rows.splice(i, 1);
        if (!rows.length) st.data.delete(id);
      }
    }
  }
  private emitWithRowNumber(st: { sorted: { id: string; count: number }[]; data: Map<string, { f: unknown[]; kind: RowKind }[]> }, id: string, input: { f: unknown[]; kind: RowKind }): void {
    let rank = 0;
    let current: { f: unknown[]; kind: RowKind } | null = null;
    let found = false;
    for (const e of st.sorted) {
      if (rank > this.rankEnd) break;
      if (!found && e.id === id) { rank += e.count; current = input; found = true; }
      else if (found) {
        const rows = st.data.get(e.id) ?? [];
        for (let i = 0; i < rows.length && rank <= this.rankEnd; i++) {
          const prev = rows[i]!;
          this.emit(UPDATE_BEFORE, prev, rank);
          this.emit(UPDATE_AFTER, current!, rank);
          current = prev;
          rank++;
        }
      } else rank += e.count;
    }
    if (rank <= this.rankEnd) this.emit(INSERT, current!, rank);
  }
  private emitWithoutRowNumber(st: { sorted: { id: string; count: number }[]; data: Map<string, { f: unknown[]; kind: RowKind }[]> }, id: string, input: { f: unknown[]; kind: RowKind }): void {
    let rank = 0;
    let found = false;
    let collect = false;
    let toDelete: unknown[] | null = null;
    for (const e of st.sorted) {
      if (rank > this.rankEnd) break;
      if (!found && e.id === id) { rank += e.count; if (this.inRange(rank)) collect = true; found = true; }
      else if (found) {
        const rows = st.data.get(e.id) ?? [];
        const last = rank + e.count;
        if (last <= this.rankEnd) rank = last;
        else { toDelete = rows[this.rankEnd - rank]?.f ?? null; break; }
      } else rank += e.count;
    }
    // (the deleted row is a copy: its stored kind stays)
    const f = (x: unknown[]) => (this.constantRank === null ? x : [...x, this.constantRank]);
    if (toDelete) this.out.push({ kind: DELETE, f: f(toDelete) });
    if (collect) { input.kind = INSERT; this.out.push({ kind: INSERT, f: f(input.f) }); }
  }
  private retractWithRowNumber(st: { sorted: { id: string; count: number }[]; data: Map<string, { f: unknown[]; kind: RowKind }[]> }, id: string, input: { f: unknown[]; kind: RowKind }): boolean {
    let rank = 0;
    let prev: { f: unknown[]; kind: RowKind } | null = null;
    let found = false;
    for (const e of st.sorted) {
      if (rank > this.rankEnd) break;
      if (!found && e.id === id) {
        const rows = st.data.get(e.id);
        if (!rows) continue;
        for (let i = 0; i < rows.length && rank <= this.rankEnd; i++) {
          const cur = rows[i]!;
          if (!found && cur.kind === input.kind && valuesEqual(cur.f, input.f)) { prev = cur; found = true; rows.splice(i--, 1); }
          else if (found) { this.emit(UPDATE_BEFORE, prev!, rank); this.emit(UPDATE_AFTER, cur, rank); prev = cur; }
          rank++;
        }
        if (!rows.length) st.data.delete(e.id);
      } else if (found) {
        const rows = st.data.get(e.id) ?? [];
        for (let i = 0; i < rows.length && rank <= this.rankEnd; i++) {
          const cur = rows[i]!;
          this.emit(UPDATE_BEFORE, prev!, rank);
          this.emit(UPDATE_AFTER, cur, rank);
          prev = cur;
          rank++;
        }
      } else rank += e.count;
    }
    if (rank <= this.rankEnd && prev) this.emit(DELETE, prev, rank);
    return found;
  }
  private retractWithoutRowNumber(st: { sorted: { id: string; count: number }[]; data: Map<string, { f: unknown[]; kind: RowKind }[]> }, id: string, input: { f: unknown[]; kind: RowKind }): boolean {
    let next = 1;
    let found = false;
    for (const e of st.sorted) {
      if (next > this.rankEnd) break;
      if (!found && e.id === id) {
        const rows = st.data.get(e.id);
        if (!rows) continue;
        for (let i = 0; i < rows.length && next <= this.rankEnd; i++) {
          const cur = rows[i]!;
          if (!found && cur.kind === input.kind && valuesEqual(cur.f, input.f)) {
            this.emit(DELETE, cur, next);
            next--;
            found = true;
            rows.splice(i--, 1);
          } else if (found && next === this.rankEnd) this.emit(INSERT, cur, next);
          next++;
        }
        if (!rows.length) st.data.delete(e.id);
      } else if (found) {
        const last = next + e.count - 1;
        if (last < this.rankEnd) next = last + 1;
        else {
          const rows = st.data.get(e.id);
          if (!rows) continue;
          const add = rows[this.rankEnd - next];
          if (add) { add.kind = INSERT; this.out.push({ kind: INSERT, f: this.constantRank === null ? add.f : [...add.f, this.constantRank] }); }
          break;
        }
      } else next += e.count;
    }
    return found;
  }
}

/**
 * UpdatableTopNFunction (Flink 2.3.0's UpdateFastStrategy; FastTop1Function for a top-1): a Top-N over an input whose rows are
 * updated in place by a unique key (no UPDATE_BEFORE) and whose sort keys only move up (a group
 * key, COUNT or MAX descending, MIN ascending). A buffer of the top rows by sort key (rows of one
 * sort key in arrival order); a row that falls out of it is forgotten. Without the rank number an
 * update of a kept row is -U/+U of that row and a new row +I (the row it pushes out -D); with the
 * rank number (or an offset) the ranks it passes are updated by position.
 */
export class UpdatableTopN extends OneInput {
  private partition: Fn[];
  private sortKey: Fn[];
  private rowKey: Fn[];
  private keyCmp: (a: unknown[], b: unknown[]) => number;
  private rankStart: number;
  private rankEnd: number;
  private outputRankNumber: boolean;
  private constantRank: number | null;
  private generateUpdateBefore: boolean;
  private state = new Map<string, { buffer: { key: unknown[]; rows: string[] }[]; count: number; rows: Map<string, unknown[]> }>();
  constructor(out: Operator, o: { partition: Fn[]; sort: SortSpec[]; rowKey: Fn[]; start: number; end: number; withRank: boolean; generateUpdateBefore?: boolean }) {
    super(out);
    this.partition = o.partition;
    this.sortKey = o.sort.map((x) => x.get);
    this.rowKey = o.rowKey;
    this.keyCmp = comparator(o.sort.map((x, i) => ({ ...x, get: (k: unknown[]) => k[i] })));
    this.rankStart = o.start;
    this.rankEnd = o.end;
    this.constantRank = o.withRank && o.start === o.end ? o.start : null;
    this.outputRankNumber = o.withRank && this.constantRank === null;
    this.generateUpdateBefore = o.generateUpdateBefore ?? true;
  }
  private inRange(rank: number): boolean { return rank <= this.rankEnd && rank >= this.rankStart; }
  private row(f: unknown[], rank: number): unknown[] { return this.outputRankNumber ? [...f, rank] : this.constantRank !== null ? [...f, this.constantRank] : f; }
  /** collect* with a rank (range checked); without one (rank < 0) always */
  private emit(kind: RowKind, f: unknown[], rank = -1): void {
    if (rank >= 0 && !this.inRange(rank)) return;
    if (kind === UPDATE_BEFORE && !this.generateUpdateBefore) return;
    this.out.push({ kind, f: this.row(f, rank) });
  }
  private put(st: { buffer: { key: unknown[]; rows: string[] }[]; count: number }, key: unknown[], rk: string): number {
    let i = 0;
    while (i < st.buffer.length && this.keyCmp(st.buffer[i]!.key, key) < 0) i++;
    const e = st.buffer[i];
    if (e && this.keyCmp(e.key, key) === 0) {
      if (!e.rows.includes(rk)) { e.rows.push(rk); st.count++; }
      return e.rows.length;
    }
    st.buffer.splice(i, 0, { key, rows: [rk] });
    st.count++;
    return 1;
  }
  private removeRow(st: { buffer: { key: unknown[]; rows: string[] }[]; count: number }, key: unknown[], rk: string): void {
    const i = st.buffer.findIndex((e) => this.keyCmp(e.key, key) === 0);
    if (i < 0) return;
    const e = st.buffer[i]!;
    const j = e.rows.indexOf(rk);
    if (j >= 0) { e.rows.splice(j, 1); st.count--; }
    if (!e.rows.length) st.buffer.splice(i, 1);
  }
  /** checkSortKeyInBufferRange */
  private inBuffer(st: { buffer: { key: unknown[]; rows: string[] }[]; count: number }, key: unknown[]): boolean {
    const worst = st.buffer[st.buffer.length - 1];
    if (!worst) return true;
    return this.keyCmp(key, worst.key) < 0 || st.count < this.rankEnd;
  }
  push(r: Row): void {
    const pk = keyOf(this.partition.map((p) => p(r.f)));
    let st = this.state.get(pk);
    if (!st) { st = { buffer: [], count: 0, rows: new Map() }; this.state.set(pk, st); }
    const key = this.sortKey.map((g) => g(r.f));
    // a top-1 is FastTop1Function: a row replaces the kept one only with a better sort key (an
    // update of the kept row that leaves its sort key is not sent: case topn-update-fast-top1)
    if (this.rankStart === 1 && this.rankEnd === 1) {
      const prev = st.rows.get('');
      if (!prev) { st.rows.set('', r.f); this.emit(INSERT, r.f, 1); return; }
      if (this.keyCmp(key, this.sortKey.map((g) => g(prev))) < 0) {
        st.rows.set('', r.f);
        this.emit(UPDATE_BEFORE, prev, 1);
        this.emit(UPDATE_AFTER, r.f, 1);
      }
      return;
    }
    const rk = keyOf(this.rowKey.map((g) => g(r.f)));
    if (this.outputRankNumber || this.rankStart > 1) this.withRowNumber(st, r.f, key, rk);
    else this.withoutRowNumber(st, r.f, key, rk);
  }
  private withoutRowNumber(st: { buffer: { key: unknown[]; rows: string[] }[]; count: number; rows: Map<string, unknown[]> }, f: unknown[], key: unknown[], rk: string): void {
    const old = st.rows.get(rk);
    if (old) {
      const oldKey = this.sortKey.map((g) => g(old));
      if (!valuesEqual(oldKey, key)) { this.removeRow(st, oldKey, rk); this.put(st, key, rk); }
      st.rows.set(rk, f);
      this.emit(UPDATE_BEFORE, old);
      this.emit(UPDATE_AFTER, f);
    } else if (this.inBuffer(st, key)) {
      this.put(st, key, rk);
      st.rows.set(rk, f);
      if (st.count > this.rankEnd) {
        const last = st.buffer[st.buffer.length - 1]!;
        const lastKey = last.rows.pop()!;
        st.count--;
        if (!last.rows.length) st.buffer.pop();
        const lastRow = st.rows.get(lastKey)!;
        st.rows.delete(lastKey);
        this.emit(DELETE, lastRow);
      }
      this.emit(INSERT, f);
    }
  }
  private rowNumber(st: { buffer: { key: unknown[]; rows: string[] }[] }, key: unknown[], rk: string): number {
    let cur = 1;
    for (const e of st.buffer) {
      if (valuesEqual(e.key, key)) {
        for (const x of e.rows) { if (x === rk) return cur; cur++; }
      } else cur += e.rows.length;
    }
    throw new FlinkError('java.lang.RuntimeException', 'Failed to find the sortKey, rowkey in the buffer. This should never happen');
  }
  private withRowNumber(st: { buffer: { key: unknown[]; rows: string[] }[]; count: number; rows: Map<string, unknown[]> }, f: unknown[], key: unknown[], rk: string): void {
    const old = st.rows.get(rk);
    if (old) {
      const oldKey = this.sortKey.map((g) => g(old));
      const compare = this.keyCmp(key, oldKey);
      if (compare === 0) {
        const rank = this.rowNumber(st, key, rk);
        st.rows.set(rk, f);
        this.emit(UPDATE_BEFORE, old, rank);
        this.emit(UPDATE_AFTER, f, rank);
        return;
      }
      const oldRank = this.rowNumber(st, oldKey, rk);
      this.removeRow(st, oldKey, rk);
      this.put(st, key, rk);
      st.rows.set(rk, f);
      if (compare < 0) this.emitWithRowNumber(st, key, f, oldKey, old, oldRank);
      else this.emitIgnoreStateError(st, f, this.rowNumber(st, key, rk), old, oldRank);
    } else if (this.inBuffer(st, key)) {
      this.put(st, key, rk);
      st.rows.set(rk, f);
      this.emitWithRowNumber(st, key, f, null, null, -1);
    }
  }
  private emitIgnoreStateError(st: { buffer: { key: unknown[]; rows: string[] }[]; rows: Map<string, unknown[]> }, newRow: unknown[], newRank: number, oldRow: unknown[], oldRank: number): void {
    let currentRank = 0;
    let prev: unknown[] | null = null;
    for (const e of st.buffer) {
      if (currentRank > newRank) break;
      for (const x of e.rows) {
        currentRank++;
        const cur = st.rows.get(x)!;
        if (oldRank <= currentRank) {
          if (currentRank === oldRank) this.emit(UPDATE_BEFORE, oldRow, oldRank);
          else {
            this.emit(UPDATE_BEFORE, prev!, currentRank);
            this.emit(UPDATE_AFTER, prev!, currentRank - 1);
            if (currentRank === newRank) this.emit(UPDATE_AFTER, newRow, currentRank);
          }
        }
        prev = cur;
      }
    }
  }
  private emitWithRowNumber(st: { buffer: { key: unknown[]; rows: string[] }[]; count: number; rows: Map<string, unknown[]> }, key: unknown[], input: unknown[], oldKey: unknown[] | null, oldRow: unknown[] | null, oldRank: number): void {
    let currentRank = 0;
    let currentRow: unknown[] | null = null;
    let found = false;
    let oldRetracted = false;
    let ei = 0;
    outer: for (; ei < st.buffer.length && currentRank <= this.rankEnd;) {
      const e = st.buffer[ei++]!;
      if (!found && valuesEqual(e.key, key)) { currentRank += e.rows.length; currentRow = input; found = true; continue; }
      if (!found) { currentRank += e.rows.length; continue; }
      const step = (x: string) => {
        const prev = st.rows.get(x)!;
        this.emit(UPDATE_BEFORE, prev, currentRank);
        if (currentRow === input && oldRow && !oldRetracted) { this.emit(UPDATE_BEFORE, oldRow, oldRank); oldRetracted = true; }
        this.emit(UPDATE_AFTER, currentRow!, currentRank);
        currentRow = prev;
        currentRank++;
      };
      if (!oldKey) {
        for (let j = 0; j < e.rows.length && currentRank <= this.rankEnd; j++) step(e.rows[j]!);
      } else if (this.keyCmp(e.key, oldKey) <= 0) {
        for (let j = 0; j < e.rows.length && currentRank < oldRank; j++) step(e.rows[j]!);
      } else break outer;
    }
    if (currentRank <= this.rankEnd) {
      if (!oldRow) this.emit(INSERT, currentRow!, currentRank);
      else {
        if (!oldRetracted) this.emit(UPDATE_BEFORE, oldRow, oldRank);
        this.emit(UPDATE_AFTER, currentRow!, currentRank);
      }
      return;
    }
    // the sort keys after the Top-N leave the buffer
    for (const e of st.buffer.splice(ei)) { for (const x of e.rows) st.rows.delete(x); st.count -= e.rows.length; }
  }
}

/** one running aggregation of a non-time OVER: the values, and the accumulator Flink compares */
class OverAcc {
  st: AggState;
  nn: number[];
  sums: number[];
  private calls: AggCall[];
  private sumArgs: ({ kind: 'SUM' | 'AVG'; arg: Fn } | null)[];
  constructor(calls: AggCall[], sumArgs: ({ kind: 'SUM' | 'AVG'; arg: Fn } | null)[]) {
    this.calls = calls; this.sumArgs = sumArgs; this.st = new AggState(calls); this.nn = sumArgs.map(() => 0); this.sums = sumArgs.map(() => 0);
  }
  add(f: unknown[]): void {
    this.st.accumulate(this.calls, f);
    for (let i = 0; i < this.sumArgs.length; i++) {
      const a = this.sumArgs[i];
      if (!a) continue;
      const v = a.arg(f);
      if (v !== null) { this.nn[i]!++; this.sums[i]! += Number(v); }
    }
  }
  snap(): { vals: unknown[]; key: unknown[] } {
    const vals = this.st.values(this.calls);
    // a SUM is Flink's COUNT(x) and $SUM0(x) (NULL where the count is 0), an AVG's accumulator
    // its sum and count
    return { vals, key: [...vals.map((v, i) => (this.sumArgs[i]?.kind === 'AVG' ? this.sums[i] : this.sumArgs[i] && v === null ? 0 : v)), ...this.nn] };
  }
}

/**
 * An OVER aggregation ordered by a non-time column (Flink 2.3.0's NonTimeRowsUnboundedPrecedingFunction
 * and NonTimeRangeUnboundedPrecedingFunction, AbstractNonTimeUnboundedPrecedingOver), statement for
 * statement: per partition a list of sort keys in order, each with its rows' ids in arrival order,
 * and an accumulator per row (ROWS) or per sort key (RANGE). A row comes in with its value (+I, or
 * +U for an UPDATE_AFTER), then the rows after it get -U/+U until one whose accumulator did not
 * change (the rest are taken to be unchanged); a retraction sends -D of the row with its old value
 * and updates the rows after it the same way. RANGE peers share their sort key's value. (Flink's
 * accumulators are read again from state; the engine computes them again from the rows before.)
 */
export class NonTimeOverAggregate extends OneInput {
  private partition: Fn[];
  private sortKey: Fn[];
  private keyCmp: (a: unknown[], b: unknown[]) => number;
  private rows: boolean;
  private calls: AggCall[];
  private sumArgs: ({ kind: 'SUM' | 'AVG'; arg: Fn } | null)[];
  private state = new Map<string, { list: { key: unknown[]; ids: number[] }[]; values: Map<number, unknown[]>; accs: Map<unknown, { vals: unknown[]; key: unknown[] }>; nextId: number }>();
  /** LAG's accumulator holds a raw value, which Flink's equals cannot compare: the job fails at the first comparison */
  private rawAcc: boolean;
  constructor(out: Operator, o: { partition: Fn[]; sort: SortSpec[]; rows: boolean; calls: AggCall[]; sumArgs: ({ kind: 'SUM' | 'AVG'; arg: Fn } | null)[]; rawAcc?: boolean }) {
    super(out);
    this.rawAcc = o.rawAcc ?? false;
    this.partition = o.partition;
    this.sortKey = o.sort.map((s) => s.get);
    this.keyCmp = comparator(o.sort.map((s, i) => ({ ...s, get: (k: unknown[]) => k[i] })));
    this.rows = o.rows;
    this.calls = o.calls;
    this.sumArgs = o.sumArgs;
  }
  private same(a: unknown[], b: unknown[]): boolean {
    if (this.rawAcc) throw new FlinkError('java.lang.UnsupportedOperationException', 'Unmaterialized BinaryRawValueData cannot be compared.');
    return valuesEqual(a, b);
  }
  private acc(): OverAcc { return new OverAcc(this.calls, this.sumArgs); }
  private emit(kind: RowKind, f: unknown[], vals: unknown[]): void { this.out.push({ kind, f: concatRow(f, vals) }); }
  /** the running aggregation over the groups before `gi` and the first `j` rows of group gi */
  private before(st: { list: { ids: number[] }[]; values: Map<number, unknown[]> }, gi: number, j = 0): OverAcc {
    const a = this.acc();
    for (let g = 0; g < gi; g++) for (const id of st.list[g]!.ids) a.add(st.values.get(id)!);
    const g = st.list[gi];
    if (g) for (let x = 0; x < j; x++) a.add(st.values.get(g.ids[x]!)!);
    return a;
  }
  /** findIndexOfSortKey: [index, insert?], -1 at the end */
  private find(list: { key: unknown[] }[], key: unknown[], isEquals: boolean): [number, boolean] {
    for (let i = 0; i < list.length; i++) {
      const cur = list[i]!.key;
      if (isEquals && valuesEqual(cur, key)) return [i, true];
      const c = this.keyCmp(cur, key);
      if (c === 0) return [i, false];
      if (c > 0) return [i, true];
    }
    return [-1, true];
  }
  push(r: Row): void {
    const pk = keyOf(this.partition.map((p) => p(r.f)));
    let st = this.state.get(pk);
    if (!st) { st = { list: [], values: new Map(), accs: new Map(), nextId: 0 }; this.state.set(pk, st); }
    if (isAccumulate(r)) this.insert(st, r); else this.remove(st, r.f);
  }
  private insert(st: { list: { key: unknown[]; ids: number[] }[]; values: Map<number, unknown[]>; accs: Map<unknown, { vals: unknown[]; key: unknown[] }>; nextId: number }, r: Row): void {
    const id = st.nextId++;
    const key = this.sortKey.map((g) => g(r.f));
    let [index, isInsert] = this.find(st.list, key, false);
    let cur: OverAcc;
    if (isInsert) {
      if (index === -1) { st.list.push({ key, ids: [id] }); index = st.list.length - 1; } else st.list.splice(index, 0, { key, ids: [id] });
      cur = this.before(st, index);
      cur.add(r.f);
      this.emit(r.kind, r.f, cur.snap().vals);
    } else {
      const g = st.list[index]!;
      g.ids = [...g.ids, id];
      cur = this.before(st, index, g.ids.length - 1);
      cur.add(r.f);
      const prev = this.rows ? st.accs.get(g.ids[g.ids.length - 2]!)! : st.accs.get(keyOf(key))!;
      this.emitUpdates(st, g.ids, g.ids.length - 1, prev, cur.snap(), r.kind, r.f);
    }
    st.values.set(id, r.f);
    st.accs.set(this.rows ? id : keyOf(key), cur.snap());
    this.remaining(st, index + 1, cur);
  }
  /** emitUpdatesForIds */
  private emitUpdates(st: { values: Map<number, unknown[]> }, ids: number[], changed: number, prev: { vals: unknown[]; key: unknown[] }, curr: { vals: unknown[]; key: unknown[] }, kind: RowKind, row: unknown[]): void {
    const changedRow = () => (kind === DELETE ? this.emit(DELETE, row, prev.vals) : this.emit(kind, row, curr.vals));
    if (this.same(prev.key, curr.key) || this.rows) { changedRow(); return; }
    for (let j = 0; j < ids.length; j++) {
      if (j === changed) { changedRow(); continue; }
      const v = st.values.get(ids[j]!)!;
      this.emit(UPDATE_BEFORE, v, prev.vals);
      this.emit(UPDATE_AFTER, v, curr.vals);
    }
  }
  /** processRemainingElements */
  private remaining(st: { list: { key: unknown[]; ids: number[] }[]; values: Map<number, unknown[]>; accs: Map<unknown, { vals: unknown[]; key: unknown[] }> }, start: number, cur: OverAcc): void {
    for (let i = start; i < st.list.length; i++) {
      const g = st.list[i]!;
      if (this.rows) {
        for (const id of g.ids) {
          const v = st.values.get(id)!;
          cur.add(v);
          const now = cur.snap(), before = st.accs.get(id)!;
          if (this.same(now.key, before.key)) return;
          this.emit(UPDATE_BEFORE, v, before.vals);
          this.emit(UPDATE_AFTER, v, now.vals);
          st.accs.set(id, now);
        }
        continue;
      }
      for (const id of g.ids) cur.add(st.values.get(id)!);
      const now = cur.snap(), before = st.accs.get(keyOf(g.key))!;
      if (this.same(now.key, before.key)) return;
      for (const id of g.ids) {
        const v = st.values.get(id)!;
        this.emit(UPDATE_BEFORE, v, before.vals);
        this.emit(UPDATE_AFTER, v, now.vals);
      }
      st.accs.set(keyOf(g.key), now);
    }
  }
  private remove(st: { list: { key: unknown[]; ids: number[] }[]; values: Map<number, unknown[]>; accs: Map<unknown, { vals: unknown[]; key: unknown[] }> }, row: unknown[]): void {
    const key = this.sortKey.map((g) => g(row));
    let [i] = this.find(st.list, key, true);
    if (i === -1) return;
    const g = st.list[i]!;
    const ids = [...g.ids];
    let cur: OverAcc;
    let removeIndex = -1;
    if (this.rows) {
      removeIndex = ids.findIndex((id) => valuesEqual(st.values.get(id)!, row));
      if (removeIndex < 0) return;
      cur = this.before(st, i, removeIndex);
      // reAccumulateIdsAndEmitUpdates (its early out leaves the rest of the group out of the sum)
      for (let j = removeIndex; j < ids.length; j++) {
        const v = st.values.get(ids[j]!)!;
        if (j === removeIndex) { this.emit(DELETE, v, st.accs.get(ids[j]!)!.vals); continue; }
        cur.add(v);
        const now = cur.snap(), before = st.accs.get(ids[j]!)!;
        if (this.same(now.key, before.key)) break;
        this.emit(UPDATE_BEFORE, v, before.vals);
        this.emit(UPDATE_AFTER, v, now.vals);
        st.accs.set(ids[j]!, now);
      }
    } else {
      cur = this.before(st, i);
      // (every equal row is left out of the sum; the last one is removed)
      ids.forEach((id, j) => { const v = st.values.get(id)!; if (valuesEqual(v, row)) removeIndex = j; else cur.add(v); });
      if (removeIndex < 0) return;
      this.emitUpdates(st, ids, removeIndex, st.accs.get(keyOf(g.key))!, cur.snap(), DELETE, row);
    }
    const deleted = ids.splice(removeIndex, 1)[0]!;
    if (!ids.length) st.list.splice(i, 1);
    else { st.list[i] = { key: g.key, ids }; i++; }
    st.values.delete(deleted);
    if (this.rows) st.accs.delete(deleted);
    else if (!ids.length) st.accs.delete(keyOf(g.key));
    else st.accs.set(keyOf(g.key), cur.snap());
    this.remaining(st, i, cur);
  }
}

/**
 * Deduplicate (ProcTime/RowTimeDeduplicateFunction): keep the first row per key (insert-only
 * when ordered by processing time), or the last row (+I, then -U old / +U new).
 * For event time, "first"/"last" compare the rowtime; a tie keeps the stored row for first,
 * takes the new row for last.
 */
export class Deduplicate extends OneInput {
  key: Fn[];
  keepLast: boolean;
  rowtime: Fn | null;
  generateUpdateBefore: boolean;
  state = new Map<string, unknown[]>();
  constructor(out: Operator, o: { key: Fn[]; keepLast: boolean; rowtime: Fn | null; generateUpdateBefore?: boolean }) {
    super(out);
    this.key = o.key;
    this.keepLast = o.keepLast;
    this.rowtime = o.rowtime;
    this.generateUpdateBefore = o.generateUpdateBefore ?? true;
  }
  push(r: Row): void {
    const k = keyOf(this.key.map((p) => p(r.f)));
    const prev = this.state.get(k);
    if (!prev) {
      this.state.set(k, r.f);
      this.out.push({ kind: INSERT, f: r.f });
      return;
    }
    let replace: boolean;
    if (this.rowtime) {
      const pt = this.rowtime(prev) as number, ct = this.rowtime(r.f) as number;
      replace = this.keepLast ? ct >= pt : ct < pt;
    } else replace = this.keepLast;
    if (!replace) return;
    this.state.set(k, r.f);
    if (this.generateUpdateBefore) this.out.push({ kind: UPDATE_BEFORE, f: prev });
    this.out.push({ kind: UPDATE_AFTER, f: r.f });
  }
}

/**
 * Deduplication under mini-batch (a MapBundleOperator over RowTime/ProcTimeMiniBatchDeduplicate
 * functions): rows wait per key and a bundle goes through the deduplication key by key, in the
 * order of its HashMap of key rows, when it holds `size` rows or at the end of input; on rowtime,
 * also on each watermark the rowtime mini-batch assigner lets through (RowTimeMiniBatchAssginerOperator:
 * the first at or past the end of the current `rowtimeInterval`, then once per interval).
 */
export class MiniBatchDeduplicate extends OneInput {
  private inner: Deduplicate;
  private size: number;
  private key: Fn[];
  /** the rowtime assigner's watermark filter (none on proctime: only the end passes) */
  private gate: RowtimeMiniBatchGate | null;
  private bundle: KeyBundle<Row[]>;
  constructor(out: Operator, make: (out: Operator) => Deduplicate, o: { size: number; key: Fn[]; keyTypes: SqlType[]; rowtimeInterval: number }) {
    super(out);
    this.inner = make(out);
    this.size = o.size;
    this.key = o.key;
    this.bundle = new KeyBundle(o.keyTypes);
    this.gate = o.rowtimeInterval ? new RowtimeMiniBatchGate(o.rowtimeInterval) : null;
  }
  push(r: Row): void {
    const key = this.key.map((p) => p(r.f));
    this.bundle.at(keyOf(key), () => key, () => []).push(r);
    if (++this.bundle.count >= this.size) this.flush();
  }
  private flush(): void {
    for (const { value: rows } of this.bundle.take()) for (const r of rows) this.inner.push(r);
  }
  override watermark(ts: number): void {
    const w = ts === Infinity ? ts : this.gate ? this.gate.pass(ts) : null;
    if (w === null) return;
    this.flush();
    this.out.watermark(w);
  }
  override end(): void { this.flush(); this.out.end(); }
}

/**
 * Deduplicate keep-first-row on rowtime with insert-only output (Flink 2.1+
 * RowTimeDeduplicateKeepFirstRowFunction, chosen when the input is insert-only and mini-batch is
 * off): a key's earliest row waits until the watermark passes its timestamp and is emitted once;
 * a row behind the watermark is late and dropped; once a key has emitted, its rows are ignored.
 * Each key's timer is at its earliest row (an earlier row deletes it and sets a new one); keys
 * due on one watermark come out in the order of Flink's timer heap (timers.ts).
 */
export class RowTimeFirstRow extends OneInput {
  key: Fn[];
  rowtime: Fn;
  waiting = new Map<string, { f: unknown[]; ts: number }>();
  emitted = new Set<string>();
  current = -Infinity;
  timers = new TimerQueue<string>();
  onLate: (() => void) | null = null;
  constructor(out: Operator, o: { key: Fn[]; rowtime: Fn }) {
    super(out);
    this.key = o.key;
    this.rowtime = o.rowtime;
  }
  push(r: Row): void {
    const ts = this.rowtime(r.f) as number;
    if (ts < this.current) { this.onLate?.(); return; }
    const k = keyOf(this.key.map((p) => p(r.f)));
    if (this.emitted.has(k)) return;
    const prev = this.waiting.get(k);
    if (prev && ts >= prev.ts) return;
    if (prev) this.timers.remove(k, prev.ts);
    this.timers.add(k, ts, k);
    this.waiting.set(k, { f: r.f, ts });
  }
  override watermark(wm: number): void {
    if (wm <= this.current) return;
    this.current = wm;
    this.timers.advance(wm, ({ payload: k }) => {
      const w = this.waiting.get(k);
      if (!w) return;
      this.waiting.delete(k);
      this.emitted.add(k);
      this.out.push({ kind: INSERT, f: w.f });
    });
    this.out.watermark(wm);
  }
}

/** Sort in batch mode (and streaming ORDER BY on a time attribute, which Flink sorts by
 *  watermark): buffers rows and emits them sorted at the end / when the watermark passes. */
export class Sort extends OneInput {
  cmp: (a: unknown[], b: unknown[]) => number;
  rows: unknown[][] = [];
  limit: number;
  offset: number;
  /** `limit`: the rows up to that position (OFFSET included); the first `offset` are left out */
  constructor(out: Operator, sort: SortSpec[], limit = Infinity, offset = 0) {
    super(out);
    this.cmp = comparator(sort);
    this.limit = limit;
    this.offset = offset;
  }
  push(r: Row): void { this.rows.push(r.f); }
  override watermark(_ts: number): void {}
  override end(): void {
    const sorted = this.rows.map((f, i) => ({ f, i })).sort((a, b) => this.cmp(a.f, b.f) || a.i - b.i);
    for (const { f } of sorted.slice(this.offset, this.limit)) this.out.push({ kind: INSERT, f });
    this.out.watermark(Infinity);
    this.out.end();
  }
}

/** Limit without ORDER BY in streaming (StreamExecLimit is a Rank without order): the first N. */
export class Limit extends OneInput {
  n: number;
  offset: number;
  seen = 0;
  /** the rows after the first `offset`, at most n of them */
  constructor(out: Operator, n: number, offset = 0) { super(out); this.n = n; this.offset = offset; }
  push(r: Row): void {
    if (this.seen >= this.offset + this.n) return;
    if (this.seen++ < this.offset) return;
    this.out.push(r);
  }
}

// Event-time machinery: the WatermarkAssigner, window assignment (TUMBLE, HOP, CUMULATE,
// SESSION) and the WindowAggregate that fires when the watermark reaches window end - 1 ms.
import { InputCombiner, OneInput, type Operator } from './operator.ts';
import { INSERT, type Row } from './row.ts';
import { AggState, compileAgg, type AggCall, type CompiledAgg } from './aggregates.ts';
import { javaHashMapCapacity, javaHashMapOrder, javaLongHash, keyOf } from '../types/values.ts';
import { TimerQueue, WindowBuffer } from './timers.ts';
import type { Fn } from './operators.ts';

/**
 * WatermarkAssigner: after each row, watermark = max(watermark expression so far); emitted
 * only when it advances (as Flink's WatermarkAssignerOperator with an emit interval of 0).
 */
export class WatermarkAssigner extends OneInput {
  wmExpr: Fn;
  current = -Infinity;
  onAdvance: ((ts: number) => void) | null = null;
  constructor(out: Operator, wmExpr: Fn) {
    super(out);
    this.wmExpr = wmExpr;
  }
  push(r: Row): void {
    this.out.push(r);
    const w = this.wmExpr(r.f);
    if (typeof w === 'number' && w > this.current) {
      this.current = w;
      this.onAdvance?.(w);
      this.out.watermark(w);
    }
  }
  override watermark(ts: number): void {
    // only the end-of-input watermark (+inf) passes through from the source
    if (ts === Infinity) { this.current = ts; this.onAdvance?.(ts); this.out.watermark(ts); }
  }
}

export interface WindowSpec {
  kind: 'TUMBLE' | 'HOP' | 'CUMULATE' | 'SESSION';
  size: number;
  /** HOP slide, CUMULATE step, SESSION gap */
  step: number;
  offset: number;
}

/** The start of the `size` ms unit (counted from `offset`) holding `t`. */
function floorTo(t: number, size: number, offset: number): number {
  // the remainder by a floored division: a modulo of doubles (epoch millis are past int32) is a
  // call into C. Exact (the only one in [0, size)) unless a fraction below the quotient's
  // precision rounded it, which the modulo then decides.
  const x = t - offset;
  const m = x - Math.floor(x / size) * size;
  if (m >= 0 && m < size) return t - m;
  const r = x % size; // in (-size, size)
  return r < 0 ? t - r - size : t - r;
}

/** A fired timer's (window, key) state, removed from `windows` (and the window once it has no key left). */
function takeKey<K, W, V>(windows: Map<K, W>, wk: K, k: string, keysOf: (w: W) => Map<string, V>): V | undefined {
  const w = windows.get(wk);
  const v = w && keysOf(w).get(k);
  if (!w || v === undefined) return undefined;
  keysOf(w).delete(k);
  if (keysOf(w).size === 0) windows.delete(wk);
  return v;
}

/** The windows [start, end) a timestamp belongs to, ordered by end, written to `out` as start, end
 *  pairs (a buffer the caller reuses); returns how many. */
export function assignWindows(w: WindowSpec, ts: number, out: number[]): number {
  let n = 0;
  switch (w.kind) {
    case 'TUMBLE': { const s = floorTo(ts, w.size, w.offset); out[0] = s; out[1] = s + w.size; return 1; }
    case 'HOP':
      // HoppingWindowAssigner: from the last window start down, by slide, while the window still
      // covers the row (so a size that is no multiple of the slide works, as in the bare TVF)
      for (let s = floorTo(ts, w.step, w.offset); s > ts - w.size; s -= w.step) { out[2 * n] = s; out[2 * n + 1] = s + w.size; n++; }
      return n;
    case 'CUMULATE': {
      const s = floorTo(ts, w.size, w.offset);
      for (let e = s + w.step; e <= s + w.size; e += w.step) if (e > ts) { out[2 * n] = s; out[2 * n + 1] = e; n++; }
      return n;
    }
    case 'SESSION': out[0] = ts; out[1] = ts + w.step; return 1;
  }
}

/**
 * Window TVF without aggregation (WindowTableFunction): appends window_start, window_end,
 * window_time to each row (one row per window for HOP/CUMULATE). Insert-only.
 */
export class WindowTableFunction extends OneInput {
  spec: WindowSpec;
  time: Fn;
  private bounds: number[] = [];
  constructor(out: Operator, spec: WindowSpec, time: Fn) {
    super(out);
    this.spec = spec;
    this.time = time;
  }
  push(r: Row): void {
    const ts = this.time(r.f);
    if (ts === null) return;
    const b = this.bounds;
    const n = assignWindows(this.spec, ts as number, b);
    for (let i = 0; i < n; i++) {
      const s = b[2 * i]!, e = b[2 * i + 1]!;
      // the row and the window's start, end and time attribute, copied in one loop (a spread costs more)
      const f = r.f, n = f.length;
      const out = new Array(n + 3);
      for (let j = 0; j < n; j++) out[j] = f[j];
      out[n] = s; out[n + 1] = e; out[n + 2] = e - 1;
      this.out.push({ kind: r.kind, f: out });
    }
  }
}


/** the group key of an aggregation without GROUP BY keys (shared: a key is never written to) */
const NO_KEY: unknown[] = [];

/**
 * WindowAggregate (SlicingWindowOperator / UnslicingWindowOperator for SESSION): accumulates
 * per window and key; a window fires once the watermark reaches end - 1, emitting +I per key;
 * windows fire in the order of their end, and the keys of one end in the order of Flink's timer
 * heap (see `buffer` and `sessionTimers`). Rows whose windows have all fired are late and
 * dropped (counted in `late`).
 * Output fields: group keys, aggregate values, window_start, window_end, window_time.
 */
export class WindowAggregate extends OneInput {
  spec: WindowSpec;
  time: Fn;
  keys: Fn[];
  calls: AggCall[];
  /** TUMBLE, HOP, CUMULATE: the accumulator of each key and slice, by key + '\u0001' + slice end
   *  (Flink's window state: for CUMULATE the first slice of a window holds the slices fired so far) */
  slices = new Map<string, { key: unknown[]; agg: AggState }>();
  sessions = new Map<string, { key: unknown[]; list: { start: number; end: number; agg: AggState }[] }>();
  current = -Infinity;
  late = 0;
  onLate: (() => void) | null = null;
  /** AggState's accumulate generated for these calls (a sliced window's rows) */
  private agg: CompiledAgg;
  constructor(out: Operator, o: { spec: WindowSpec; time: Fn; keys: Fn[]; calls: AggCall[] }) {
    super(out);
    this.spec = o.spec;
    this.time = o.time;
    this.keys = o.keys;
    this.calls = o.calls;
    this.agg = compileAgg(o.calls, 0);
  }
  /** window bounds read from the row (the window TVF appended them); SESSION assigns itself */
  startIdx = -1;
  endIdx = -1;
  /**
   * TUMBLE, HOP and CUMULATE as SlicingWindowOperator runs them, so keys fire in Flink's order:
   * a row's slice (of `slice` ms) goes into RecordsWindowBuffer; its flush registers a timer
   * per (key, slice end) in insertion order (AggCombiner); a timer fires the key's window ending
   * there and, for HOP (unless that window was empty) and CUMULATE (up to the largest window),
   * registers the next window's timer (SliceSharedSyncStateWindowAggProcessor.fireWindow).
   * A window's value merges its slices as Flink's slice assigners do (order shows in LISTAGG):
   * HOP from its last slice back to its first, into a new accumulator; CUMULATE appends the
   * fired slice to its first slice's state, which a late row of a fired slice also goes into.
   */
  private buffer: WindowBuffer<{ k: string; end: number }> | null = null;
  private slice = 0;
  private sliceEndOf(ts: number): number {
    return floorTo(ts, this.slice, this.spec.offset) + this.slice;
  }
  private fireSliced(k: string, end: number): void {
    this.lastSlice = null;
    const sp = this.spec, slices = this.slices, calls = this.calls;
    const id = (slice: number) => k + '\u0001' + slice;
    let next: number | null = null;
    if (sp.kind === 'TUMBLE') {
      const w = slices.get(id(end));
      slices.delete(id(end));
      if (w) this.emit(w.key, w.agg, end - sp.size, end);
    } else if (sp.kind === 'HOP') {
      // HoppingSlicesIterable: the window's slices from its last back to its first
      const start = end - sp.size;
      const agg = new AggState(calls);
      let key: unknown[] | null = null;
      for (let s = end; s > start; s -= sp.step) { const w = slices.get(id(s)); if (w) { key = w.key; agg.merge(calls, w.agg); } }
      slices.delete(id(start + sp.step));
      if (key && agg.count > 0) { this.emit(key, agg, start, end); next = end + sp.step; }
    } else {
      const start = floorTo(end - 1, sp.size, sp.offset), first = start + sp.step;
      let base = slices.get(id(first));
      if (end !== first) {
        const w = slices.get(id(end));
        if (w) {
          if (!base) { base = { key: w.key, agg: new AggState(calls) }; slices.set(id(first), base); }
          base.agg.merge(calls, w.agg);
        }
        slices.delete(id(end));
      }
      if (base && base.agg.count > 0) this.emit(base.key, base.agg, start, end);
      if (end === start + sp.size) slices.delete(id(first));
      else next = end + sp.step;
    }
    if (next !== null) this.buffer!.addTimer(id(next), next - 1, { k, end: next });
  }
  push(r: Row): void {
    const key = this.keys.length === 0 ? NO_KEY : this.keys.map((k) => k(r.f));
    const k = keyOf(key);
    if (this.spec.kind === 'SESSION') {
      const ts = this.time(r.f);
      if (ts === null) return;
      return this.pushSession(ts as number, key, k, r);
    }
    if (!this.buffer) this.initSlices();
    // one of the TVF's copies of the row: the one of the window ending with the row's slice
    const sliceEnd = this.sliceEndOf(this.time(r.f) as number);
    if (r.f[this.endIdx] !== sliceEnd) return;
    const agg = this.into(key, k, sliceEnd);
    if (agg) this.agg.accumulate(agg, r.f);
  }
  private initSlices(): WindowBuffer<{ k: string; end: number }> {
    const sp = this.spec;
    this.slice = sp.kind === 'TUMBLE' ? sp.size : sp.step;
    return (this.buffer = new WindowBuffer((wm) => floorTo(wm, this.slice, sp.offset) + this.slice - 1));
  }
  /**
   * GlobalWindowAggregate's input: a local aggregate's accumulator of the rows of one key and
   * slice (the slice ending at `sliceEnd`), merged into each window holding that slice, as the
   * rows would be (in the order the window TVF sends a row's windows).
   */
  pushPartial(key: unknown[], sliceEnd: number, partial: AggState): void {
    if (!this.buffer) this.initSlices();
    const agg = this.into(key, keyOf(key), sliceEnd);
    if (agg) agg.merge(this.calls, partial);
  }
  /** the state a row (or a local accumulator) of key `k` in the slice ending at `sliceEnd` goes
   *  into, registering its slice and timers as the slicing processor's processElement does; null
   *  when it is late (the last window holding its slice has fired) */
  private into(key: unknown[], k: string, sliceEnd: number): AggState | null {
    const buffer = this.buffer ?? this.initSlices();
    const sp = this.spec;
    let target = sliceEnd;
    if (sliceEnd - 1 <= this.current) {
      const lastEnd = sp.kind === 'HOP' ? sliceEnd - this.slice + sp.size : sp.kind === 'CUMULATE' ? floorTo(sliceEnd - 1, sp.size, sp.offset) + sp.size : sliceEnd;
      if (lastEnd - 1 <= this.current) { this.late++; this.onLate?.(); return null; }
      // late for its slice, not for its last window: into the slice's merge target (CUMULATE: the
      // window's first slice), and a timer for the first open window now
      if (sp.kind === 'CUMULATE') target = floorTo(sliceEnd - 1, sp.size, sp.offset) + sp.step;
      let open = sliceEnd;
      while (open - 1 <= this.current) open += this.slice;
      buffer.addTimer(k + '\u0001' + open, open - 1, { k, end: open });
    }
    // consecutive rows mostly go to one key and slice: its id and state are kept from the last
    // row (the state until a timer fires, which may delete or replace slices)
    let id: string;
    if (k === this.lastK && target === this.lastTarget) id = this.lastId;
    else { id = k + '\u0001' + target; this.lastK = k; this.lastTarget = target; this.lastId = id; this.lastSlice = null; }
    if (!buffer.has(id)) buffer.add(id, target, { k, end: target });
    let w = this.lastSlice ?? this.slices.get(id);
    if (!w) { w = { key, agg: new AggState(this.calls) }; this.slices.set(id, w); }
    this.lastSlice = w;
    return w.agg;
  }
  private lastK: string | null = null;
  private lastTarget = NaN;
  private lastId = '';
  private lastSlice: { key: unknown[]; agg: AggState } | null = null;
  private pushSession(ts: number, key: unknown[], k: string, r: Row): void {
    // late only if the session it merges into has fired: a row behind the watermark that joins
    // a session still open extends it (Flink checks the merged window, UnsliceAssigner)
    // sessions of a key never touch one another, so those it merges with are those touching its own
    const gap = this.spec.step;
    const touching = (this.sessions.get(k)?.list ?? []).filter((w) => w.start <= ts + gap && ts <= w.end);
    const end = Math.max(ts + gap, ...touching.map((w) => w.end));
    if (end - 1 <= this.current) { this.late++; this.onLate?.(); return; }
    let s = this.sessions.get(k);
    if (!s) { s = { key, list: [] }; this.sessions.set(k, s); }
    this.sessionTimers(k, ts, touching, Math.min(ts, ...touching.map((w) => w.start)), end);
    // MergingWindowSet.addWindow: the merged session keeps the state of the first session it takes
    // in (the order of SessionWindowAssigner.mergeWindows' HashSet, ceiling then floor inserted),
    // the others' accumulators merge into it in that order, then the row accumulates
    const isCeiling = (w: { start: number; end: number }) => w.start > ts || (w.start === ts && w.end >= ts + gap);
    const ordered = touching.length > 1 ? javaHashMapOrder([...touching.filter(isCeiling), ...touching.filter((w) => !isCeiling(w))], (w) => timeWindowHash(w.start, w.end)) : touching;
    const agg = ordered.length ? ordered[0]!.agg : new AggState(this.calls);
    for (const w of ordered.slice(1)) {
      for (let i = 0; i < this.calls.length; i++) {
        const m = this.calls[i]!.fn.merge;
        agg.accs[i] = m ? m(agg.accs[i], w.agg.accs[i]) : agg.accs[i];
      }
      agg.count += w.agg.count;
    }
    agg.accumulate(this.calls, r.f);
    s.list = s.list.filter((w) => !touching.includes(w));
    s.list.push({ start: Math.min(ts, ...touching.map((w) => w.start)), end, agg });
  }
  /**
   * The timer operations of UnsliceSyncStateWindowAggProcessor.processElement for a row at `ts`
   * (MergingWindowSet.addWindow): a merge registers the merged window's timer (trigger onMerge),
   * then deletes those of the sessions it absorbed, in the order of the HashSet that
   * SessionWindowAssigner.mergeWindows collects them in (ceiling, then floor); then the row's
   * window registers its timer. Not when the row falls inside one session without extending it.
   * `touching`: the key's sessions the row's window [ts, ts + gap) touches; [start, end): the merge.
   */
  private sessionTimers(k: string, ts: number, touching: { start: number; end: number }[], start: number, end: number): void {
    const gap = this.spec.step;
    const id = (a: number, b: number) => k + '\u0001' + a + ':' + b;
    if (touching.length && !(touching.length === 1 && touching[0]!.start === start && touching[0]!.end === end)) {
      this.sessionQueue.add(id(start, end), end - 1, { k, start, end });
      const isCeiling = (w: { start: number; end: number }) => w.start > ts || (w.start === ts && w.end >= ts + gap);
      const inserted = [...touching.filter(isCeiling), ...touching.filter((w) => !isCeiling(w))];
      for (const w of javaHashMapOrder(inserted, (w) => timeWindowHash(w.start, w.end))) this.sessionQueue.remove(id(w.start, w.end), w.end - 1);
    }
    this.sessionQueue.add(id(start, end), end - 1, { k, start, end });
  }
  private sessionQueue = new TimerQueue<{ k: string; start: number; end: number }>();
  private fireSlice = ({ k, end }: { k: string; end: number }): void => this.fireSliced(k, end);
  override watermark(ts: number): void {
    if (ts <= this.current) return;
    const before = this.current;
    this.current = ts;
    if (this.spec.kind !== 'SESSION') {
      this.buffer?.advance(before, ts, this.fireSlice);
    } else {
      this.sessionQueue.advance(ts, ({ payload: { k, start, end } }) => {
        const s = this.sessions.get(k);
        const i = s ? s.list.findIndex((w) => w.start === start && w.end === end) : -1;
        if (!s || i < 0) return;
        const [w] = s.list.splice(i, 1);
        if (!s.list.length) this.sessions.delete(k);
        this.emit(s.key, w!.agg, w!.start, w!.end);
      });
    }
    this.out.watermark(ts);
  }
  private emit(key: unknown[], agg: AggState, start: number, end: number): void {
    this.out.push({ kind: INSERT, f: [...key, ...agg.values(this.calls), start, end, end - 1] });
  }
}

/**
 * LocalWindowAggregate (LocalSlicingWindowAggOperator), the first phase Flink plans for TUMBLE,
 * HOP and CUMULATE aggregations under mini-batch when every function can merge: each row's
 * (key, slice) accumulator waits in a RecordsWindowBuffer (insertion order; no row is late
 * here) until a watermark reaches the next slice boundary while a buffered slice has ended
 * (the same trigger as the global buffer's); then every accumulator goes to the global
 * WindowAggregate (`pushPartial`), before the watermark. The rowtime mini-batch assigner in
 * front decides which watermarks arrive. Input: the window TVF's rows (one per window; the one
 * of the window ending with the row's slice is taken).
 */
export class LocalWindowAggregate implements Operator {
  private global: WindowAggregate;
  private spec: WindowSpec;
  private time: Fn;
  private keys: Fn[];
  private calls: AggCall[];
  private endIdx: number;
  private slice: number;
  private buffer = new Map<string, { key: unknown[]; sliceEnd: number; agg: AggState }>();
  private minSliceEnd = Infinity;
  private current = 0;
  private nextTrigger = 0;
  constructor(global: WindowAggregate, o: { spec: WindowSpec; time: Fn; keys: Fn[]; calls: AggCall[]; endIdx: number }) {
    this.global = global;
    this.spec = o.spec;
    this.time = o.time;
    this.keys = o.keys;
    this.calls = o.calls;
    this.endIdx = o.endIdx;
    this.slice = o.spec.kind === 'TUMBLE' ? o.spec.size : o.spec.step;
  }
  push(r: Row): void {
    const ts = this.time(r.f);
    if (ts === null) return;
    const sliceEnd = floorTo(ts as number, this.slice, this.spec.offset) + this.slice;
    if (r.f[this.endIdx] !== sliceEnd) return;
    const key = this.keys.map((g) => g(r.f));
    const id = keyOf(key) + '\u0001' + sliceEnd;
    let e = this.buffer.get(id);
    if (!e) { e = { key, sliceEnd, agg: new AggState(this.calls) }; this.buffer.set(id, e); }
    e.agg.accumulate(this.calls, r.f);
    if (sliceEnd < this.minSliceEnd) this.minSliceEnd = sliceEnd;
  }
  private flush(): void {
    const entries = [...this.buffer.values()];
    this.buffer.clear();
    this.minSliceEnd = Infinity;
    for (const e of entries) this.global.pushPartial(e.key, e.sliceEnd, e.agg);
  }
  watermark(ts: number): void {
    if (ts > this.current) {
      this.current = ts;
      if (ts >= this.nextTrigger) {
        if (this.minSliceEnd - 1 <= ts) this.flush();
        // TimeWindowUtil.getNextTriggerWatermark (slice boundaries counted from 0)
        if (ts === Infinity) this.nextTrigger = ts;
        else { const t = floorTo(ts, this.slice, 0) + this.slice - 1; this.nextTrigger = t > ts ? t : t + this.slice; }
      }
    }
    this.global.watermark(ts);
  }
  end(): void { this.flush(); this.global.end(); }
}

/** TimeWindow.hashCode (flink-table-runtime): (int) (start + modInverse((int) (end << 1) + 1)) */
function timeWindowHash(start: number, end: number): number {
  const x = (Number(BigInt.asIntN(32, BigInt(end) * 2n)) + 1) | 0;
  let inv = Math.imul(Math.imul(x, x), x);
  for (let i = 0; i < 3; i++) inv = Math.imul(inv, (2 - Math.imul(x, inv)) | 0);
  return Number(BigInt.asIntN(32, BigInt(start) + BigInt(inv)));
}

/**
 * OverAggregate (RowTime*BoundedPrecedingFunction / AbstractRowTimeUnboundedPrecedingOver /
 * ProcTime*): each input row is emitted once with the aggregates over its frame. Event time:
 * rows wait for the watermark, then are processed in timestamp order per partition; partitions
 * fire in the order of Flink's timer heap (timers.ts), replaying the functions' timers:
 * - bounded frames: a timer per (partition, timestamp) when its first row arrives; a row at or
 *   behind the partition's last processed timestamp (lastTriggeringTs, 0 at first) is late;
 *   RANGE also keeps a cleanup timer (ts + 1.5 * preceding + 1) that clears an idle partition;
 * - unbounded frames (RowTimeUnboundedPrecedingOverFunctionV2, what Flink 2.3.0 plans; its
 *   output on test/cases/over-unbounded-keys-heap-order is this model's, not the older
 *   AbstractRowTimeUnboundedPrecedingOver's): a row at or behind the watermark is late; a timer
 *   per (partition, timestamp) as for bounded frames.
 * ROWS frames count rows; RANGE frames include every row with a timestamp in [ts - preceding,
 * ts], peers included. Output fields: input fields, then the aggregate values.
 */
export class OverAggregate extends OneInput {
  partition: Fn[];
  time: Fn | null;
  unit: 'ROWS' | 'RANGE';
  preceding: number;
  calls: AggCall[];
  /** per partition: rows waiting for the watermark, by timestamp */
  pending = new Map<string, Map<number, unknown[][]>>();
  parts = new Map<string, { frame: { ts: number; f: unknown[] }[]; agg: AggState; all: AggState | null }>();
  current = -Infinity;
  /** per partition: the last timestamp processed (Flink's keyed lastTriggeringTs state) */
  lastFired = new Map<string, number>();
  /** per partition: RANGE's cleanup time (cleanupTsState) */
  cleanup = new Map<string, number>();
  timers = new TimerQueue<string>();
  late = 0;
  onLate: (() => void) | null = null;
  constructor(out: Operator, o: { partition: Fn[]; time: Fn | null; unit: 'ROWS' | 'RANGE'; preceding: number; calls: AggCall[] }) {
    super(out);
    this.partition = o.partition;
    this.time = o.time;
    this.unit = o.unit;
    this.preceding = o.preceding;
    this.calls = o.calls;
  }
  push(r: Row): void {
    const k = keyOf(this.partition.map((p) => p(r.f)));
    if (!this.time) { this.process(k, [{ ts: 0, f: r.f }]); return; }
    const ts = this.time(r.f) as number | null;
    if (ts === null) return;
    const unbounded = this.preceding === Infinity;
    if (unbounded ? ts <= this.current : ts <= (this.lastFired.get(k) ?? 0)) { this.late++; this.onLate?.(); return; }
    let p = this.pending.get(k);
    if (!p) { p = new Map(); this.pending.set(k, p); }
    const rows = p.get(ts);
    if (rows) rows.push(r.f); else p.set(ts, [r.f]);
    if (!rows) this.timers.add(k, ts, k);
    if (!unbounded && this.unit === 'RANGE') {
      const cur = this.cleanup.get(k);
      if (cur === undefined || cur < ts + this.preceding + 1) {
        const max = ts + Math.trunc(this.preceding * 1.5) + 1;
        this.timers.add(k, max, k);
        this.cleanup.set(k, max);
      }
    }
  }
  private fire(k: string, ts: number): void {
    const p = this.pending.get(k);
    const c = this.cleanup.get(k);
    if (c !== undefined && c <= ts) {
      // an idle RANGE partition: all its state goes (lastTriggeringTs too)
      this.pending.delete(k); this.parts.delete(k); this.lastFired.delete(k); this.cleanup.delete(k);
      return;
    }
    // every timer moves lastTriggeringTs, a RANGE cleanup timer too: a row at or before it is late
    if (this.preceding !== Infinity) this.lastFired.set(k, ts);
    const rows = p?.get(ts);
    if (!p || !rows) return;
    p.delete(ts);
    if (!p.size) this.pending.delete(k);
    this.process(k, rows.map((f) => ({ ts, f })));
  }
  private process(k: string, group: { ts: number; f: unknown[] }[]): void {
    let st = this.parts.get(k);
    if (!st) { st = { frame: [], agg: new AggState(this.calls), all: null }; this.parts.set(k, st); }
    const emit = (f: unknown[]) => this.out.push({ kind: INSERT, f: [...f, ...st!.agg.values(this.calls)] });
    if (this.unit === 'ROWS') {
      for (const row of group) {
        st.agg.accumulate(this.calls, row.f);
        st.frame.push(row);
        if (this.preceding !== Infinity && st.frame.length > this.preceding + 1) st.agg.retract(this.calls, st.frame.shift()!.f);
        emit(row.f);
      }
      return;
    }
    // RANGE: all peers (same timestamp) first, then emit each
    const ts = group[0]!.ts;
    for (const row of group) { st.agg.accumulate(this.calls, row.f); st.frame.push(row); }
    if (this.preceding !== Infinity) {
      while (st.frame.length && st.frame[0]!.ts < ts - this.preceding) st.agg.retract(this.calls, st.frame.shift()!.f);
    }
    for (const row of group) emit(row.f);
  }
  override watermark(ts: number): void {
    if (ts <= this.current) return;
    this.current = ts;
    this.timers.advance(ts, (t) => this.fire(t.payload, t.ts));
    this.out.watermark(ts);
  }
}

/**
 * Temporal sort (StreamExecTemporalSort): ORDER BY a rowtime attribute ascending; rows wait for
 * the watermark and are emitted in timestamp order (then by the other sort keys, then arrival).
 */
export class TemporalSort extends OneInput {
  time: Fn;
  cmp: ((a: unknown[], b: unknown[]) => number) | null;
  buf: { ts: number; f: unknown[]; i: number }[] = [];
  current = -Infinity;
  seq = 0;
  constructor(out: Operator, time: Fn, cmp: ((a: unknown[], b: unknown[]) => number) | null) {
    super(out);
    this.time = time;
    this.cmp = cmp;
  }
  lastFired = -Infinity;
  push(r: Row): void {
    const ts = this.time(r.f) as number;
    // late only behind what has been emitted (RowTimeSortOperator's last triggering timestamp)
    if (ts <= this.lastFired) return;
    this.buf.push({ ts, f: r.f, i: this.seq++ });
  }
  override watermark(ts: number): void {
    if (ts <= this.current) return;
    this.current = ts;
    const ready = this.buf.filter((x) => x.ts <= ts).sort((a, b) => a.ts - b.ts || (this.cmp ? this.cmp(a.f, b.f) : 0) || a.i - b.i);
    this.buf = this.buf.filter((x) => x.ts > ts);
    for (const x of ready) { this.lastFired = Math.max(this.lastFired, x.ts); this.out.push({ kind: INSERT, f: x.f }); }
    this.out.watermark(ts);
  }
}

/**
 * Interval join (RowTimeIntervalJoin over TimeIntervalJoin): l.key = r.key AND l.t + lower <=
 * r.t <= l.t + upper. Replayed as Flink runs it, keyed by the join key:
 * - an arriving row joins the other side's cached rows of its key (+I per match), in the
 *   iteration order of that cache (a java.util.HashMap by row time, as the heap MapState), and
 *   drops the other side's rows past the operator-wide expiration time (outer ones padded);
 * - it is cached while the other side can still match it, and its key then gets one cleanup
 *   timer per side (time + the other side's reach + 1 ms); otherwise an outer row is padded at once;
 * - a cleanup timer pads and drops the rows it expires and re-arms for the earliest left;
 * - timers fire in the order of Flink's timer heap; the output watermark is held back by the
 *   larger reach (KeyedCoProcessOperatorWithWatermarkDelay).
 */
type Cached = { f: unknown[]; emitted: boolean };
class TimeCache {
  /** row time -> rows, with each time's insertion number (its place in the HashMap's buckets) */
  private map = new Map<number, { rows: Cached[]; seq: number }>();
  private seq = 0;
  private capacity = 16;
  add(t: number, c: Cached): void {
    const e = this.map.get(t);
    if (e) { e.rows.push(c); return; }
    this.map.set(t, { rows: [c], seq: this.seq++ });
    this.capacity = javaHashMapCapacity(this.map.size, this.capacity);
  }
  delete(t: number): void { this.map.delete(t); }
  /** HeapMapState.clear drops the map: a new one starts at the default capacity */
  clear(): void { this.map.clear(); this.capacity = 16; }
  /** entries in java.util.HashMap<Long, ..> iteration order */
  entries(): [number, Cached[]][] {
    const es = [...this.map.entries()].sort((a, b) => a[1].seq - b[1].seq);
    return javaHashMapOrder(es, ([t]) => javaLongHash(t), this.capacity).map(([t, e]) => [t, e.rows]);
  }
}

export class IntervalJoin {
  out: Operator;
  left: Operator;
  right: Operator;
  private keys = new Map<string, { lc: TimeCache; rc: TimeCache; leftTimer: number | null; rightTimer: number | null }>();
  private timers = new TimerQueue<string>();
  private current = -Infinity;
  constructor(out: Operator, o: {
    leftKey: Fn[]; rightKey: Fn[]; leftTime: Fn; rightTime: Fn; lower: number; upper: number;
    cond: Fn | null; type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL'; leftWidth: number; rightWidth: number;
  }) {
    this.out = out;
    const leftOuter = o.type === 'LEFT' || o.type === 'FULL', rightOuter = o.type === 'RIGHT' || o.type === 'FULL';
    // Flink's sizes: how far a left row reaches forward (L) and a right row (R)
    const L = o.upper, R = -o.lower;
    const padL = (f: unknown[]) => out.push({ kind: INSERT, f: [...f, ...new Array(o.rightWidth).fill(null)] });
    const padR = (f: unknown[]) => out.push({ kind: INSERT, f: [...new Array(o.leftWidth).fill(null), ...f] });
    let leftExpiration = 0, rightExpiration = 0;
    const opTime = () => (this.current > 0 ? this.current : 0);
    const expiration = (t: number, size: number) => (t === Infinity ? Infinity : t - size - 1);
    const state = (k: string) => {
      let st = this.keys.get(k);
      if (!st) { st = { lc: new TimeCache(), rc: new TimeCache(), leftTimer: null, rightTimer: null }; this.keys.set(k, st); }
      return st;
    };
    // registerCleanUpTimer: a cached left row arms rightTimer (time + L + 1), a right row leftTimer
    const cleanUp = (k: string, st: { leftTimer: number | null; rightTimer: number | null }, t: number, leftRow: boolean) => {
      const at = t + (leftRow ? L : R) + 1;
      this.timers.add(k, at, k);
      if (leftRow) st.rightTimer = at; else st.leftTimer = at;
    };
    const arrive = (side: 'l' | 'r', r: Row) => {
      const isL = side === 'l';
      const t = (isL ? o.leftTime : o.rightTime)(r.f) as number | null;
      if (t === null) return;
      const kv = (isL ? o.leftKey : o.rightKey).map((g) => g(r.f));
      const nullKey = kv.some((v) => v === null);
      const k = nullKey ? '\u0000null' : keyOf(kv);
      const st = state(k);
      const other = isL ? st.rc : st.lc;
      const lo = isL ? t - R : t - L, hi = isL ? t + L : t + R;
      const otherOuter = isL ? rightOuter : leftOuter;
      let emitted = false;
      if ((isL ? rightExpiration : leftExpiration) < hi) {
        const exp = expiration(opTime(), isL ? R : L);
        if (isL) rightExpiration = exp; else leftExpiration = exp;
        for (const [ot, rows] of other.entries()) {
          if (!nullKey && ot >= lo && ot <= hi) {
            for (const c of rows) {
              const f = isL ? [...r.f, ...c.f] : [...c.f, ...r.f];
              if (o.cond && o.cond(f) !== true) continue;
              out.push({ kind: INSERT, f });
              emitted = true;
              if (otherOuter) c.emitted = true;
            }
          }
          if (ot <= exp) {
            if (otherOuter) for (const c of rows) if (!c.emitted) (isL ? padR : padL)(c.f);
            other.delete(ot);
          }
        }
      }
      if (opTime() < hi) {
        (isL ? st.lc : st.rc).add(t, { f: r.f, emitted });
        if ((isL ? st.rightTimer : st.leftTimer) === null) cleanUp(k, st, t, isL);
      } else if (!emitted && (isL ? leftOuter : rightOuter)) (isL ? padL : padR)(r.f);
    };
    const removeExpired = (k: string, st: NonNullable<ReturnType<typeof this.keys.get>>, exp: number, removeLeft: boolean) => {
      const cache = removeLeft ? st.lc : st.rc;
      let earliest = -1;
      for (const [t, rows] of cache.entries()) {
        if (t <= exp) {
          if (removeLeft && leftOuter) { for (const c of rows) if (!c.emitted) padL(c.f); }
          else if (!removeLeft && rightOuter) { for (const c of rows) if (!c.emitted) padR(c.f); }
          cache.delete(t);
        } else if (t < earliest || earliest < 0) earliest = t;
      }
      if (earliest > 0) cleanUp(k, st, earliest, removeLeft);
      else { if (removeLeft) st.rightTimer = null; else st.leftTimer = null; cache.clear(); }
    };
    const onTimer = (k: string, ts: number) => {
      const st = this.keys.get(k);
      if (!st) return;
      if (st.leftTimer === ts) {
        rightExpiration = expiration(opTime(), R);
        removeExpired(k, st, rightExpiration, false);
      }
      if (st.rightTimer === ts) {
        leftExpiration = expiration(opTime(), L);
        removeExpired(k, st, leftExpiration, true);
      }
    };
    const delay = Math.max(L, R);
    const inputs = new InputCombiner(2, (m) => {
      this.current = m;
      this.timers.advance(m, (t) => onTimer(t.payload, t.ts));
      out.watermark(m === Infinity ? m : m - delay);
    }, () => out.end());
    this.left = { push: (r) => arrive('l', r), watermark: (ts) => inputs.watermark(0, ts), end: () => inputs.end(0) };
    this.right = { push: (r) => arrive('r', r), watermark: (ts) => inputs.watermark(1, ts), end: () => inputs.end(1) };
  }
}

/**
 * WindowRank / WindowDeduplicate: rows of a window (its bounds are fields of the row) wait for
 * the window to fire, then the top N of each partition are emitted as inserts, in rank order.
 */
export class WindowRank extends OneInput {
  startIdx: number;
  endIdx: number;
  partition: Fn[];
  cmp: (a: unknown[], b: unknown[]) => number;
  n: number;
  withRank: boolean;
  rankType: 'ROW_NUMBER' | 'RANK' | 'DENSE_RANK';
  windows = new Map<string, { end: number; start: number; parts: Map<string, unknown[][]> }>();
  current = -Infinity;
  onLate: (() => void) | null = null;
  /** window deduplication keeping the last row: of rows with one timestamp the latest arrival
   *  wins (RowTimeDeduplicateRecordsCombiner keeps the current row when its time is >=) */
  lastArrivalFirst: boolean;
  constructor(out: Operator, o: { startIdx: number; endIdx: number; partition: Fn[]; cmp: (a: unknown[], b: unknown[]) => number; n: number; withRank: boolean; rankType: 'ROW_NUMBER' | 'RANK' | 'DENSE_RANK'; lastArrivalFirst?: boolean }) {
    super(out);
    this.startIdx = o.startIdx; this.endIdx = o.endIdx; this.partition = o.partition; this.cmp = o.cmp;
    this.n = o.n; this.withRank = o.withRank; this.rankType = o.rankType;
    this.lastArrivalFirst = o.lastArrivalFirst ?? false;
  }
  push(r: Row): void {
    const s = r.f[this.startIdx] as number, e = r.f[this.endIdx] as number;
    if (e - 1 <= this.current) { this.onLate?.(); return; }
    const wk = s + ':' + e;
    let w = this.windows.get(wk);
    if (!w) { w = { start: s, end: e, parts: new Map() }; this.windows.set(wk, w); }
    const k = keyOf(this.partition.map((p) => p(r.f)));
    const list = w.parts.get(k);
    if (list) list.push(r.f); else w.parts.set(k, [r.f]);
    this.buffer.add(k + '\u0001' + wk, e, { k, wk });
  }
  /** partitions of a window fire in Flink's timer order (timers.ts: WindowBuffer) */
  private buffer = new WindowBuffer<{ k: string; wk: string }>();
  override watermark(ts: number): void {
    if (ts <= this.current) return;
    const before = this.current;
    this.current = ts;
    this.buffer.advance(before, ts, ({ k, wk }) => {
      const rows = takeKey(this.windows, wk, k, (w) => w.parts);
      if (!rows) return;
      const sorted = rows.map((f, i) => ({ f, i })).sort((a, b) => this.cmp(a.f, b.f) || (this.lastArrivalFirst ? b.i - a.i : a.i - b.i)).map((x) => x.f);
      let rank = 0, dense = 0;
      for (let i = 0; i < sorted.length; i++) {
        const same = i > 0 && this.cmp(sorted[i - 1]!, sorted[i]!) === 0;
        if (this.rankType === 'ROW_NUMBER') rank = i + 1;
        else if (this.rankType === 'RANK') { if (!same) rank = i + 1; }
        else { if (!same) dense++; rank = dense; }
        if (rank > this.n) break;
        this.out.push({ kind: INSERT, f: this.withRank ? [...sorted[i]!, rank] : sorted[i]! });
      }
    });
    this.out.watermark(ts);
  }
}

/**
 * WindowJoin (WindowJoinOperator): both sides buffered per window; when the window fires, each
 * left row is joined with the matching right rows (outer sides padded with nulls).
 */
export class WindowJoin {
  out: Operator;
  left: Operator;
  right: Operator;
  private windows = new Map<string, { start: number; end: number; keys: Map<string, { l: unknown[][]; r: unknown[][] }> }>();
  private timers = new TimerQueue<{ k: string; wk: string }>();
  private current = -Infinity;
  constructor(out: Operator, o: {
    leftWin: [number, number]; rightWin: [number, number]; leftKey: Fn[]; rightKey: Fn[]; cond: Fn | null;
    type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL'; leftWidth: number; rightWidth: number; onLate: () => void;
  }) {
    this.out = out;
    const add = (f: unknown[], side: 'l' | 'r') => {
      const [si, ei] = side === 'l' ? o.leftWin : o.rightWin;
      const s = f[si] as number, e = f[ei] as number;
      if (e - 1 <= this.current) { o.onLate(); return; }
      const wk = s + ':' + e;
      let w = this.windows.get(wk);
      if (!w) { w = { start: s, end: e, keys: new Map() }; this.windows.set(wk, w); }
      const k = keyOf((side === 'l' ? o.leftKey : o.rightKey).map((g) => g(f)));
      let b = w.keys.get(k);
      if (!b) { b = { l: [], r: [] }; w.keys.set(k, b); }
      b[side].push(f);
      // a timer per element (WindowJoinHelper.processElement), so keys fire in Flink's order
      this.timers.add(k + '\u0001' + wk, e - 1, { k, wk });
    };
    const lo = o.type === 'LEFT' || o.type === 'FULL', ro = o.type === 'RIGHT' || o.type === 'FULL';
    const fire = (ts: number) => {
      this.timers.advance(ts, ({ payload: { k, wk } }) => {
        const b = takeKey(this.windows, wk, k, (w) => w.keys);
        if (!b) return;
        const rMatched = new Array(b.r.length).fill(false);
        for (const l of b.l) {
          let m = false;
          b.r.forEach((r, j) => {
            if (o.cond && o.cond([...l, ...r]) !== true) return;
            m = true; rMatched[j] = true;
            out.push({ kind: INSERT, f: [...l, ...r] });
          });
          if (!m && lo) out.push({ kind: INSERT, f: [...l, ...new Array(o.rightWidth).fill(null)] });
        }
        if (ro) b.r.forEach((r, j) => { if (!rMatched[j]) out.push({ kind: INSERT, f: [...new Array(o.leftWidth).fill(null), ...r] }); });
      });
    };
    const inputs = new InputCombiner(2, (m) => { this.current = m; fire(m); out.watermark(m); }, () => out.end());
    this.left = { push: (r) => add(r.f, 'l'), watermark: (ts) => inputs.watermark(0, ts), end: () => inputs.end(0) };
    this.right = { push: (r) => add(r.f, 'r'), watermark: (ts) => inputs.watermark(1, ts), end: () => inputs.end(1) };
  }
}

/**
 * Event-time temporal join (TemporalRowTimeJoinOperator): the right side is a versioned table
 * (versions by key and time); left rows wait until the watermark passes their time, then join
 * the version valid at that time (the latest version with time <= the left row's time, unless it
 * is a deletion). LEFT JOIN pads when there is no version. A key's rows come out in arrival
 * order when its timer fires, and keys in the order of Flink's timer heap; versions older than
 * the one valid at the watermark are dropped then (so a later left row cannot see them).
 */
export class TemporalJoin {
  out: Operator;
  left: Operator;
  right: Operator;
  /** per join key, as TemporalRowTimeJoinOperator keeps it: left rows in arrival order, right
   *  versions by time, and the one timer the key has registered */
  private keys = new Map<string, { left: { t: number; f: unknown[] }[]; right: Map<number, unknown[] | null>; timer: number | null }>();
  private timers = new TimerQueue<string>();
  constructor(out: Operator, o: { leftKey: Fn[]; rightKey: Fn[]; leftTime: Fn; rightTime: Fn; cond: Fn | null; leftOuter: boolean; rightWidth: number }) {
    this.out = out;
    const state = (k: string) => {
      let st = this.keys.get(k);
      if (!st) { st = { left: [], right: new Map(), timer: null }; this.keys.set(k, st); }
      return st;
    };
    // registerSmallestTimer: one timer per key, moved earlier when an earlier row arrives
    const register = (k: string, st: { timer: number | null }, t: number) => {
      if (st.timer !== null && st.timer <= t) return;
      if (st.timer !== null) this.timers.remove(k, st.timer);
      st.timer = t;
      this.timers.add(k, t, k);
    };
    // onEventTime: the key's left rows at or before the watermark, in arrival order, each with
    // the version valid at its time; versions older than the one valid at the watermark go
    const onTimer = (k: string, wm: number) => {
      const st = this.keys.get(k);
      if (!st) return;
      st.timer = null;
      const versions = [...st.right.entries()].sort((a, b) => a[0] - b[0]);
      let rest = Infinity;
      const keep: typeof st.left = [];
      for (const l of st.left) {
        if (l.t > wm) { keep.push(l); rest = Math.min(rest, l.t); continue; }
        let r: unknown[] | null = null;
        for (const [t, f] of versions) { if (t <= l.t) r = f; else break; }
        if (r && (!o.cond || o.cond([...l.f, ...r]) === true)) out.push({ kind: INSERT, f: [...l.f, ...r] });
        else if (o.leftOuter) out.push({ kind: INSERT, f: [...l.f, ...new Array(o.rightWidth).fill(null)] });
      }
      st.left = keep;
      const newer = versions.findIndex(([t]) => t > wm);
      const firstToKeep = newer < 0 ? versions.length - 1 : newer - 1;
      for (let i = 0; i < firstToKeep; i++) st.right.delete(versions[i]![0]);
      if (rest < Infinity) register(k, st, rest);
    };
    const inputs = new InputCombiner(2, (m) => { this.timers.advance(m, (t) => onTimer(t.payload, m)); out.watermark(m); }, () => out.end());
    this.left = {
      push: (r) => {
        const kv = o.leftKey.map((g) => g(r.f));
        const t = o.leftTime(r.f) as number | null;
        if (t === null) return;
        if (kv.some((v) => v === null) && !o.leftOuter) return;
        const k = kv.some((v) => v === null) ? '\u0000null' : keyOf(kv);
        const st = state(k);
        st.left.push({ t, f: r.f });
        register(k, st, t);
      },
      watermark: (ts) => inputs.watermark(0, ts),
      end: () => inputs.end(0),
    };
    this.right = {
      push: (r) => {
        const k = keyOf(o.rightKey.map((g) => g(r.f)));
        const t = o.rightTime(r.f) as number;
        const st = state(k);
        // UPDATE_BEFORE: the versioned table is an upsert stream; the row still sets a timer
        if (r.kind !== 1) st.right.set(t, r.kind === 3 ? null : r.f);
        register(k, st, t);
      },
      watermark: (ts) => inputs.watermark(1, ts),
      end: () => inputs.end(1),
    };
  }
}

// The legacy group window aggregation, GROUP BY TUMBLE(ts, size) / HOP(ts, slide, size) on event
// time, as Flink 2.3.0 runs it: StreamExecGroupWindowAggregate's WindowOperator (flink-table-runtime
// operators.window.groupwindow), not the window TVF's SlicingWindowOperator. What differs:
// - HOP keeps an accumulator per pane (gcd(size, slide) ms: PanedWindowAssigner), and a window's
//   value merges its panes from the first to the last into a new accumulator
//   (PanedWindowProcessFunction.getWindowAggregationResult): LISTAGG lists the rows in time order
//   of their panes (the TVF merges from the last slice back);
// - each row registers, as it arrives, one timer per (key, window) at the window's end - 1, for
//   each of its windows from the latest start back (SlidingWindowAssigner.assignWindows; the
//   trigger's timer and the cleanup timer are one, allowed lateness being 0), so the keys firing
//   on one watermark come out in the order of that timer heap (case group-window-legacy-hop);
// - a row is late when the last window of its pane is (its cleanup time <= the watermark): it is
//   dropped; a window already fired among its windows is skipped, the others still get it.
// Output fields as the planner's window aggregation: group keys, aggregate values, window_start,
// window_end, window_time (end - 1).
import { OneInput, type Operator } from './operator.ts';
import { INSERT, isAccumulate, type Row } from './row.ts';
import { AggState, compileAgg, type AggCall, type CompiledAgg } from './aggregates.ts';
import { keyOf } from '../types/values.ts';
import { TimerQueue } from './timers.ts';
import type { Fn } from './operators.ts';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** TimeWindow.getWindowStartWithOffset with offset 0 */
const startOf = (ts: number, size: number) => ts - (((ts % size) + size) % size);

export class GroupWindowAggregate extends OneInput {
  private readonly size: number;
  private readonly slide: number;
  private readonly pane: number;
  private readonly time: Fn;
  private readonly keys: Fn[];
  private readonly calls: AggCall[];
  /** the TVF row that stands for the input row: the copy whose window starts at the latest start */
  private readonly startIdx: number;
  /** per key: its values and its panes' accumulators by pane start */
  private state = new Map<string, { kv: unknown[]; panes: Map<number, AggState> }>();
  private timers = new TimerQueue<{ k: string; start: number }>();
  private current = -Infinity;
  private agg: CompiledAgg;
  late = 0;
  onLate: (() => void) | null = null;

  constructor(out: Operator, o: { size: number; slide: number; time: Fn; keys: Fn[]; calls: AggCall[]; startIdx: number }) {
    super(out);
    this.size = o.size;
    this.slide = o.slide;
    this.pane = gcd(o.size, o.slide);
    this.time = o.time;
    this.keys = o.keys;
    this.calls = o.calls;
    this.startIdx = o.startIdx;
    this.agg = compileAgg(o.calls, 0);
  }

  push(r: Row): void {
    const ts = this.time(r.f) as number | null;
    if (ts === null) return;
    const lastStart = startOf(ts, this.slide);
    if (r.f[this.startIdx] !== lastStart) return; // another window's copy of the row
    const kv = this.keys.map((g) => g(r.f));
    const k = keyOf(kv);
    // the pane's last window (the one starting at the pane's slide start) decides lateness
    const paneStart = startOf(ts, this.pane);
    const paneLast = startOf(paneStart, this.slide);
    if (paneLast + this.size - 1 <= this.current) { this.late++; this.onLate?.(); return; }
    let ks = this.state.get(k);
    if (!ks) { ks = { kv, panes: new Map() }; this.state.set(k, ks); }
    let st = ks.panes.get(paneStart);
    if (!st) { st = new AggState(this.calls); ks.panes.set(paneStart, st); }
    if (isAccumulate(r)) this.agg.accumulate(st, r.f);
    else this.agg.retract(st, r.f);
    for (let start = lastStart; start > ts - this.size; start -= this.slide) {
      const maxTs = start + this.size - 1;
      if (maxTs <= this.current) continue;
      this.timers.add(k + '\u0001' + start, maxTs, { k, start });
    }
  }

  private fire(k: string, start: number): void {
    const ks = this.state.get(k);
    if (!ks) return;
    const acc = new AggState(this.calls);
    const end = start + this.size;
    for (let p = start; p < end; p += this.pane) {
      const st = ks.panes.get(p);
      if (st) acc.merge(this.calls, st);
    }
    this.out.push({ kind: INSERT, f: [...acc.row(ks.kv, this.calls), start, end, end - 1] });
    // a pane goes once its last window has fired
    for (let p = start; p < end; p += this.pane) if (startOf(p, this.slide) === start) ks.panes.delete(p);
    if (ks.panes.size === 0) this.state.delete(k);
  }

  override watermark(wm: number): void {
    if (wm <= this.current) { this.out.watermark(wm); return; }
    this.current = wm;
    this.timers.advance(wm, (t) => this.fire(t.payload.k, t.payload.start));
    this.out.watermark(wm);
  }

  override end(): void {
    this.current = Infinity;
    this.timers.advance(Infinity, (t) => this.fire(t.payload.k, t.payload.start));
    this.out.end();
  }
}

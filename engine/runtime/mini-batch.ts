// The rowtime mini-batch assigner Flink puts under mini-batch operators of event-time plans
// (MiniBatchAssigner(mode=[RowTime]) in a plan: RowTimeMiniBatchAssginerOperator).
import { OneInput, type Operator } from './operator.ts';
import type { Row } from './row.ts';

/**
 * Which watermarks RowTimeMiniBatchAssginerOperator lets through: the first at or past the end of
 * the current `interval` (ms, counted from 0 as Flink's getMiniBatchStart does; its watermark
 * starts at 0), then once per interval; the end of input (Infinity) always.
 */
export class RowtimeMiniBatchGate {
  private interval: number;
  private current = 0;
  private next: number;
  constructor(interval: number) {
    this.interval = interval;
    this.next = interval - 1;
  }
  /** the watermark to forward when `ts` arrives, or null when it is held back */
  pass(ts: number): number | null {
    if (ts === Infinity) { this.current = ts; return ts; }
    if (this.current === Infinity) return null;
    this.current = Math.max(this.current, ts);
    if (this.current < this.next) return null;
    const i = this.interval;
    const start = this.current - (((this.current + i) % i) + i) % i;
    const end = start + i - 1;
    this.next = end > this.current ? end : end + i;
    return this.current;
  }
}

/** The assigner as an operator: rows pass, watermarks through the gate. */
export class RowtimeMiniBatchAssigner extends OneInput {
  private gate: RowtimeMiniBatchGate;
  constructor(out: Operator, interval: number) {
    super(out);
    this.gate = new RowtimeMiniBatchGate(interval);
  }
  push(r: Row): void { this.out.push(r); }
  override watermark(ts: number): void {
    const w = this.gate.pass(ts);
    if (w !== null) this.out.watermark(w);
  }
}

/**
 * ProcTimeMiniBatchAssignerOperator as a run over sample files sees it: it drops the watermarks
 * from upstream and emits processing-time ones (a first one, the wall clock, before any row;
 * the next only when the clock crosses an allow-latency boundary), so downstream event time
 * jumps past every row at once and nothing fires before the end of input, whose watermark passes.
 */
export class ProcTimeMiniBatchAssigner extends OneInput {
  push(r: Row): void { this.out.push(r); }
  override watermark(ts: number): void { if (ts === Infinity) this.out.watermark(ts); }
}

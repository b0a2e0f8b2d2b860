// The one interface every operator shares (GUIDE §3): rows in, watermarks in, end of input.
// Operators push their output to `out`; a two-input operator exposes one Operator per input.
import type { Row } from './row.ts';

export interface Operator {
  push(row: Row): void;
  /** the combined watermark of this input advanced to ts (epoch ms; Infinity at end of input) */
  watermark(ts: number): void;
  /** every input of this operator has ended */
  end(): void;
}

/** Base for single-input operators: forwards watermarks and end by default. */
export abstract class OneInput implements Operator {
  out: Operator;
  constructor(out: Operator) { this.out = out; }
  abstract push(row: Row): void;
  watermark(ts: number): void { this.out.watermark(ts); }
  end(): void { this.out.end(); }
}

/**
 * Combines the watermarks and end-of-input of n inputs as Flink's StreamTwoInputProcessor /
 * multiple-input operators do: the watermark is the minimum over inputs, end when all ended.
 */
export class InputCombiner {
  private wms: number[];
  private ended: boolean[];
  private current = -Infinity;
  onWatermark: (ts: number) => void;
  onEnd: () => void;
  constructor(n: number, onWatermark: (ts: number) => void, onEnd: () => void) {
    this.wms = new Array(n).fill(-Infinity);
    this.ended = new Array(n).fill(false);
    this.onWatermark = onWatermark;
    this.onEnd = onEnd;
  }
  watermark(i: number, ts: number): void {
    if (ts <= this.wms[i]!) return;
    this.wms[i] = ts;
    let m = Infinity;
    for (const w of this.wms) if (w < m) m = w;
    if (m > this.current) { this.current = m; this.onWatermark(m); }
  }
  /** input i has ended: it sends nothing more */
  hasEnded(i: number): boolean { return this.ended[i]!; }
  end(i: number): void {
    if (this.ended[i]) return;
    this.ended[i] = true;
    if (this.ended.every(Boolean)) this.onEnd();
  }
}

/** Fan-out to several consumers (a source or a view used twice). */
export class Broadcast implements Operator {
  outs: Operator[];
  constructor(outs: Operator[]) { this.outs = outs; }
  push(row: Row): void { for (const o of this.outs) o.push(row.f === undefined ? row : { kind: row.kind, f: row.f }); }
  watermark(ts: number): void { for (const o of this.outs) o.watermark(ts); }
  end(): void { for (const o of this.outs) o.end(); }
}

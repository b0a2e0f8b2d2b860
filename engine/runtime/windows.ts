// Event-time machinery: the WatermarkAssigner, window assignment (TUMBLE, HOP, CUMULATE,
// SESSION) and the WindowAggregate that fires when the watermark reaches window end - 1 ms.
import { OneInput, type Operator } from './operator.ts';
import { INSERT, type Row } from './row.ts';
import { AggState, type AggCall } from './aggregates.ts';
import { keyOf } from '../types/values.ts';
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
    if (ts === Infinity) { this.current = ts; this.out.watermark(ts); }
  }
}

export interface WindowSpec {
  kind: 'TUMBLE' | 'HOP' | 'CUMULATE' | 'SESSION';
  size: number;
  /** HOP slide, CUMULATE step, SESSION gap */
  step: number;
  offset: number;
}

/** The windows [start, end) a timestamp belongs to, ordered by end. */
export function assignWindows(w: WindowSpec, ts: number): [number, number][] {
  const floorTo = (t: number, size: number) => t - (((t - w.offset) % size) + size) % size;
  switch (w.kind) {
    case 'TUMBLE': { const s = floorTo(ts, w.size); return [[s, s + w.size]]; }
    case 'HOP': {
      const res: [number, number][] = [];
      const lastStart = floorTo(ts, w.step);
      for (let s = lastStart - w.size + w.step; s <= lastStart; s += w.step) {
        if (s + w.size > ts) res.push([s, s + w.size]);
      }
      return res;
    }
    case 'CUMULATE': {
      const s = floorTo(ts, w.size);
      const res: [number, number][] = [];
      for (let e = s + w.step; e <= s + w.size; e += w.step) if (e > ts) res.push([s, e]);
      return res;
    }
    case 'SESSION': return [[ts, ts + w.step]];
  }
}

/**
 * Window TVF without aggregation (WindowTableFunction): appends window_start, window_end,
 * window_time to each row (one row per window for HOP/CUMULATE). Insert-only.
 */
export class WindowTableFunction extends OneInput {
  spec: WindowSpec;
  time: Fn;
  constructor(out: Operator, spec: WindowSpec, time: Fn) {
    super(out);
    this.spec = spec;
    this.time = time;
  }
  push(r: Row): void {
    const ts = this.time(r.f);
    if (ts === null) return;
    for (const [s, e] of assignWindows(this.spec, ts as number)) {
      this.out.push({ kind: r.kind, f: [...r.f, s, e, e - 1] });
    }
  }
}

interface WindowState { start: number; end: number; groups: Map<string, { key: unknown[]; agg: AggState }> }

/**
 * WindowAggregate (SlicingWindowOperator / UnslicingWindowOperator for SESSION): accumulates
 * per window and key; a window fires once the watermark reaches end - 1, emitting +I per key
 * in first-seen order; windows fire in the order of their end. Rows whose windows have all
 * fired are late and dropped (counted in `late`).
 * Output fields: group keys, aggregate values, window_start, window_end, window_time.
 */
export class WindowAggregate extends OneInput {
  spec: WindowSpec;
  time: Fn;
  keys: Fn[];
  calls: AggCall[];
  windows = new Map<string, WindowState>();
  sessions = new Map<string, { key: unknown[]; list: { start: number; end: number; agg: AggState }[] }>();
  current = -Infinity;
  late = 0;
  onLate: (() => void) | null = null;
  constructor(out: Operator, o: { spec: WindowSpec; time: Fn; keys: Fn[]; calls: AggCall[] }) {
    super(out);
    this.spec = o.spec;
    this.time = o.time;
    this.keys = o.keys;
    this.calls = o.calls;
  }
  /** window bounds read from the row (the window TVF appended them); SESSION assigns itself */
  startIdx = -1;
  endIdx = -1;
  push(r: Row): void {
    const key = this.keys.map((k) => k(r.f));
    const k = keyOf(key);
    if (this.spec.kind === 'SESSION') {
      const ts = this.time(r.f);
      if (ts === null) return;
      return this.pushSession(ts as number, key, k, r);
    }
    const s = r.f[this.startIdx] as number, e = r.f[this.endIdx] as number;
    if (e - 1 <= this.current) { this.late++; this.onLate?.(); return; }
    const wk = s + ':' + e;
    let w = this.windows.get(wk);
    if (!w) { w = { start: s, end: e, groups: new Map() }; this.windows.set(wk, w); }
    let g = w.groups.get(k);
    if (!g) { g = { key, agg: new AggState(this.calls) }; w.groups.set(k, g); }
    g.agg.accumulate(this.calls, r.f);
  }
  private pushSession(ts: number, key: unknown[], k: string, r: Row): void {
    if (ts + this.spec.step - 1 <= this.current) { this.late++; this.onLate?.(); return; }
    let s = this.sessions.get(k);
    if (!s) { s = { key, list: [] }; this.sessions.set(k, s); }
    let win = { start: ts, end: ts + this.spec.step, agg: new AggState(this.calls) };
    win.agg.accumulate(this.calls, r.f);
    const keep: typeof s.list = [];
    for (const w of s.list) {
      if (w.start < win.end && win.start < w.end) {
        const merged = { start: Math.min(w.start, win.start), end: Math.max(w.end, win.end), agg: w.agg };
        for (let i = 0; i < this.calls.length; i++) {
          const m = this.calls[i]!.fn.merge;
          merged.agg.accs[i] = m ? m(merged.agg.accs[i], win.agg.accs[i]) : merged.agg.accs[i];
        }
        merged.agg.count += win.agg.count;
        win = merged;
      } else keep.push(w);
    }
    keep.push(win);
    s.list = keep;
  }
  override watermark(ts: number): void {
    if (ts <= this.current) return;
    this.current = ts;
    if (this.spec.kind === 'SESSION') {
      const fired: { end: number; start: number; key: unknown[]; agg: AggState }[] = [];
      for (const [k, s] of this.sessions) {
        const rest = [];
        for (const w of s.list) {
          if (w.end - 1 <= ts) fired.push({ ...w, key: s.key }); else rest.push(w);
        }
        if (rest.length) s.list = rest; else this.sessions.delete(k);
      }
      fired.sort((a, b) => a.end - b.end);
      for (const w of fired) this.emit(w.key, w.agg, w.start, w.end);
    } else {
      const due = [...this.windows.values()].filter((w) => w.end - 1 <= ts).sort((a, b) => a.end - b.end || a.start - b.start);
      for (const w of due) {
        this.windows.delete(w.start + ':' + w.end);
        for (const g of w.groups.values()) this.emit(g.key, g.agg, w.start, w.end);
      }
    }
    this.out.watermark(ts);
  }
  private emit(key: unknown[], agg: AggState, start: number, end: number): void {
    this.out.push({ kind: INSERT, f: [...key, ...agg.values(this.calls), start, end, end - 1] });
  }
}

// An OVER aggregation in batch mode whose functions need the whole partition (LEAD, NTILE,
// CUME_DIST, PERCENT_RANK) or rank it as batch does (ROW_NUMBER, RANK, DENSE_RANK), as Flink 2.3.0's
// batch OverAggregate computes them over each partition sorted by the window's ORDER BY (stable:
// peers keep their arrival order): ROW_NUMBER the position, RANK 1 + the rows before the current
// row's peers, DENSE_RANK the distinct keys up to it, CUME_DIST the rows up to and including its
// peers over the partition's rows, PERCENT_RANK (RANK - 1) / (rows - 1) (0 for one row), NTILE(n)
// n buckets of rows / n rows, the first rows % n one larger, LEAD(x, k, d) the row k ahead; the
// aggregates (and LAG) over the default frame, RANGE UNBOUNDED PRECEDING: the peers included.
// Rows come out at the end, partition by partition in the order they were first seen.
import { OneInput, type Operator } from './operator.ts';
import { INSERT, type Row } from './row.ts';
import { AggState, type AggCall } from './aggregates.ts';
import { keyOf } from '../types/values.ts';
import type { Fn } from './operators.ts';

export type BatchWindowCall =
  | { kind: 'agg'; index: number }
  | { kind: 'ROW_NUMBER' | 'RANK' | 'DENSE_RANK' | 'CUME_DIST' | 'PERCENT_RANK' }
  | { kind: 'NTILE'; n: Fn }
  | { kind: 'LEAD'; value: Fn; offset: Fn | null; dflt: Fn | null; nullAs: unknown };

export class BatchOverAggregate extends OneInput {
  private parts = new Map<string, unknown[][]>();
  private o: { partition: Fn[]; order: Fn; calls: BatchWindowCall[]; aggs: AggCall[] };
  constructor(out: Operator, o: { partition: Fn[]; order: Fn; calls: BatchWindowCall[]; aggs: AggCall[] }) { super(out); this.o = o; }

  push(r: Row): void {
    const k = keyOf(this.o.partition.map((p) => p(r.f)));
    let rows = this.parts.get(k);
    if (!rows) { rows = []; this.parts.set(k, rows); }
    rows.push(r.f);
  }

  override watermark(): void { /* batch: everything at the end */ }

  override end(): void {
    const { order, calls, aggs } = this.o;
    for (const rows of this.parts.values()) {
      const keys = rows.map((f) => order(f) as number);
      const idx = rows.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
      const sorted = idx.map((i) => rows[i]!);
      const sk = idx.map((i) => keys[i]!);
      const n = sorted.length;
      const st = new AggState(aggs);
      let rank = 1, dense = 0;
      for (let g = 0; g < n;) {
        let e = g;
        while (e < n && sk[e] === sk[g]) e++;
        // the peers [g, e): the aggregates take them all before any of them is read
        for (let i = g; i < e; i++) st.accumulate(aggs, sorted[i]!);
        dense++;
        rank = g + 1;
        const values = sorted.slice(g, e).map(() => aggs.map((c, j) => c.fn.value(st.accs[j])));
        for (let i = g; i < e; i++) {
          const f = sorted[i]!;
          const av = values[i - g]!;
          const out = calls.map((c) => {
            switch (c.kind) {
              case 'agg': return av[c.index];
              case 'ROW_NUMBER': return i + 1;
              case 'RANK': return rank;
              case 'DENSE_RANK': return dense;
              case 'CUME_DIST': return e / n;
              case 'PERCENT_RANK': return n === 1 ? 0 : (rank - 1) / (n - 1);
              case 'NTILE': {
                const b = c.n(f) as number;
                const size = Math.floor(n / b), extra = n % b;
                const big = extra * (size + 1);
                return i < big ? Math.floor(i / (size + 1)) + 1 : extra + Math.floor((i - big) / size) + 1;
              }
              case 'LEAD': {
                const off = c.offset ? c.offset(f) as number : 1;
                const v = i + off < n ? c.value(sorted[i + off]!) : (c.dflt ? c.dflt(f) : null);
                return v === null ? c.nullAs : v;
              }
            }
          });
          this.out.push({ kind: INSERT, f: [...f, ...out] });
        }
        g = e;
      }
    }
    this.parts.clear();
    this.out.end();
  }
}

// The operators Flink 2.3.0's planner puts in front of an upsert sink whose primary key is not the
// query's upsert key (flink-table-runtime, operators/sink), keyed by the sink's primary key.
//
// ON CONFLICT DO DEDUPLICATE over an updating input: SinkUpsertMaterializer. It keeps every row
// the key holds (a row of the same upsert key replaces its entry; the whole row is compared when
// the input has none) and writes the newest: an addition is written as +I when the key held
// nothing, else +U; a retraction removes the first matching row and writes -D when none is left,
// or the new newest row as +U when it removed the newest one, else nothing.
//
// INSERT ... ON CONFLICT DO NOTHING / DO ERROR: Flink 2.3.0's WatermarkCompactingSinkMaterializer
// (flink-table-runtime, operators/sink; FLIP-558), the operator its planner puts in front of the
// sink writer, keyed by the sink's primary key.
//
// - Each row is stamped with the watermark current when it arrives (WatermarkTimestampAssigner,
//   the operator before it; Long.MIN_VALUE before the first watermark) and buffered under its key
//   and that stamp, where it cancels an opposite row of equal content already buffered there
//   (addOrCompactSingleRecord); an event-time timer is registered for the key at stamp + 1.
// - A watermark fires the due timers in Flink's timer-heap order (TimerQueue: so several keys
//   compacted by one watermark come out in Flink's order, e.g. rows of keys b, x, m, c stamped
//   with one watermark are written b, c, m, x). A timer compacts the key: its last written row
//   plus the buffered rows up to the stamp (additions replace the row with the same upsert key,
//   or are appended when the input has none; retractions remove the first equal row). More than
//   one row left is a conflict: DO ERROR fails the job (TableRuntimeException naming the key),
//   DO NOTHING writes the first row if the key had none and otherwise keeps the old one; one row
//   is written as +I or +U when it differs from the last one; none deletes the last one (-D).
import type { Operator } from './operator.ts';
import { TimerQueue } from './timers.ts';
import { DELETE, INSERT, UPDATE_AFTER } from './row.ts';
import type { Row, RowKind } from './row.ts';
import { keyOf, valuesEqual } from '../types/values.ts';
import { FlinkError } from '../analysis/errors.ts';

export interface MaterializerSpec {
  behavior: 'NOTHING' | 'ERROR' | 'DEDUPLICATE';
  /** the primary key's positions in the sink row, and its column names (for the error) */
  pk: number[];
  pkNames: string[];
  /** the input's upsert key in sink-row positions, or null when it has none */
  upsertKey: number[] | null;
  /** the query's row as the sink's row (column order, casts) */
  toSink: (f: unknown[]) => unknown[];
  /** mini-batch: Flink's processing-time MiniBatchAssigner lets no watermark through before the
   *  end of input (a run ends long before allow-latency), so every row is compacted at the end */
  finalWatermarkOnly?: boolean;
}

type Pending = { kind: RowKind; f: unknown[] };
interface KeyState {
  /** the key's rows by stamp, in the order the stamps were first used */
  buffer: Map<number, Pending[]>;
  /** the row last written for the key */
  current: unknown[] | null;
  keyValues: unknown[];
}

const isAddition = (k: RowKind) => k === INSERT || k === UPDATE_AFTER;

/** same row for the input's upsert key (or the whole row when it has none), row kinds aside */
function sameRow(upsertKey: number[] | null, a: unknown[], b: unknown[]): boolean {
  return upsertKey ? upsertKey.every((i) => valuesEqual([a[i]], [b[i]])) : valuesEqual(a, b);
}

export class SinkUpsertMaterializer implements Operator {
  private out: Operator;
  private spec: MaterializerSpec;
  private keys = new Map<string, unknown[][]>();

  constructor(out: Operator, spec: MaterializerSpec) {
    this.out = out;
    this.spec = spec;
  }

  push(row: Row): void {
    const f = this.spec.toSink(row.f);
    const k = keyOf(this.spec.pk.map((i) => f[i]));
    let rows = this.keys.get(k);
    if (!rows) this.keys.set(k, (rows = []));
    const uk = this.spec.upsertKey;
    const at = rows.findIndex((r) => sameRow(uk, f, r));
    if (isAddition(row.kind)) {
      const kind = rows.length === 0 ? INSERT : UPDATE_AFTER;
      if (uk && at >= 0) rows[at] = f;
      else rows.push(f);
      this.out.push({ kind, f });
      return;
    }
    // a retraction of a row the key does not hold (state expired in Flink) changes nothing
    if (at < 0) return;
    rows.splice(at, 1);
    if (rows.length === 0) {
      this.keys.delete(k);
      this.out.push({ kind: DELETE, f });
    } else if (at === rows.length) this.out.push({ kind: UPDATE_AFTER, f: rows[rows.length - 1]! });
  }

  watermark(ts: number): void { this.out.watermark(ts); }
  end(): void { this.out.end(); }
}

export class CompactingSinkMaterializer implements Operator {
  private out: Operator;
  private spec: MaterializerSpec;
  private keys = new Map<string, KeyState>();
  private timers = new TimerQueue<string>();
  private wm = -Infinity;

  constructor(out: Operator, spec: MaterializerSpec) {
    this.out = out;
    this.spec = spec;
  }

  push(row: Row): void {
    const f = this.spec.toSink(row.f);
    const keyValues = this.spec.pk.map((i) => f[i]);
    const k = keyOf(keyValues);
    let st = this.keys.get(k);
    if (!st) this.keys.set(k, (st = { buffer: new Map(), current: null, keyValues }));
    const stamp = this.wm;
    let list = st.buffer.get(stamp);
    if (!list) st.buffer.set(stamp, (list = []));
    // addOrCompactSingleRecord: a row cancels an opposite row of equal content in its stamp's list
    const opposite = list.findIndex((p) => isAddition(p.kind) !== isAddition(row.kind) && valuesEqual(p.f, f));
    if (opposite >= 0) list.splice(opposite, 1);
    else list.push({ kind: row.kind, f });
    // a timer at Long.MIN_VALUE + 1 fires on any watermark, as -Infinity does here
    this.timers.add(k, stamp + 1, k);
  }

  watermark(ts: number): void {
    if (ts <= this.wm || (this.spec.finalWatermarkOnly && ts !== Infinity)) return;
    this.wm = ts;
    if (this.timers.due(ts)) this.timers.advance(ts, (t) => this.compact(t.payload, t.ts - 1));
    this.out.watermark(ts);
  }

  end(): void {
    // a bounded input ends with Long.MAX_VALUE's watermark
    if (this.wm < Infinity) this.watermark(Infinity);
    this.out.end();
  }

  private compact(k: string, upTo: number): void {
    const st = this.keys.get(k)!;
    const previous = st.current;
    const rows: unknown[][] = previous ? [previous] : [];
    for (const [stamp, list] of st.buffer) {
      if (stamp > upTo) continue;
      for (const p of list) {
        const at = rows.findIndex((r) => sameRow(this.spec.upsertKey, p.f, r));
        if (isAddition(p.kind)) {
          if (this.spec.upsertKey && at >= 0) rows[at] = p.f;
          else rows.push(p.f);
        } else if (at >= 0) rows.splice(at, 1);
      }
      st.buffer.delete(stamp);
    }
    if (rows.length > 1) {
      if (this.spec.behavior === 'ERROR') {
        const key = this.spec.pkNames.map((n, j) => `${n}=${st.keyValues[j] === null ? 'null' : String(st.keyValues[j])}`).join(', ');
        throw new FlinkError('org.apache.flink.table.api.TableRuntimeException', `Primary key constraint violation: multiple distinct records with the same primary key detected. Conflicting key: [${key}]. Use ON CONFLICT DO NOTHING to keep the first record.`);
      }
      if (previous === null) this.write(INSERT, (st.current = rows[0]!));
    } else if (rows.length === 0) {
      if (previous !== null) { st.current = null; this.write(DELETE, previous); }
    } else {
      const row = rows[0]!;
      if (previous === null) this.write(INSERT, (st.current = row));
      else if (!valuesEqual(previous, row)) this.write(UPDATE_AFTER, (st.current = row));
    }
  }

  private write(kind: RowKind, f: unknown[]): void {
    this.out.push({ kind, f });
  }
}


// Aggregate functions with Flink's retraction semantics (the *WithRetract* functions of
// flink-table-runtime): each keeps an accumulator that can take a value back.
import { compareValues, javaHashMapOrder, keyOf, valuesEqual } from '../types/values.ts';
import { FlinkError } from '../analysis/errors.ts';
import { hllMerge, hllQuery, hllUpdate, newRegisters } from './hll.ts';
import { javaPow } from '../analysis/functions/java-math.ts';

export interface AggFunction {
  create(): unknown;
  accumulate(acc: unknown, args: unknown[]): unknown;
  retract(acc: unknown, args: unknown[]): unknown;
  value(acc: unknown): unknown;
  /** accumulate/retract with the one argument's value (no args array): for a 1-argument call */
  accumulate1?(acc: unknown, v: unknown): unknown;
  retract1?(acc: unknown, v: unknown): unknown;
  /** merge another accumulator into acc (window slices, HOP/CUMULATE) */
  merge?(acc: unknown, other: unknown): unknown;
  /** Flink's function has no merge, so a mini-batch aggregation using it stays one-phase
   *  (FIRST_VALUE, LAST_VALUE, JSON_ARRAYAGG), although the engine's accumulator can merge */
  onePhase?: true;
}

type Num = { sum: number; n: number };

/** COUNT(*) and COUNT(x): counts non-null arguments; never null. */
export const count = (star: boolean): AggFunction => ({
  create: () => 0,
  accumulate: (a, args) => (star || args[0] !== null ? (a as number) + 1 : a),
  retract: (a, args) => (star || args[0] !== null ? (a as number) - 1 : a),
  accumulate1: (a, v) => (star || v !== null ? (a as number) + 1 : a),
  retract1: (a, v) => (star || v !== null ? (a as number) - 1 : a),
  value: (a) => a,
  merge: (a, b) => (a as number) + (b as number),
});

/** SUM: null while no non-null value is in the group (SumWithRetractAggFunction). */
export const sum = (integral: boolean, scale?: number, bits = 64): AggFunction => ({
  create: () => ({ sum: 0, n: 0 }),
  accumulate: (a, args) => { const v = args[0]; if (v !== null) { (a as Num).sum += v as number; (a as Num).n++; } return a; },
  retract: (a, args) => { const v = args[0]; if (v !== null) { (a as Num).sum -= v as number; (a as Num).n--; } return a; },
  accumulate1: (a, v) => { if (v !== null) { (a as Num).sum += v as number; (a as Num).n++; } return a; },
  retract1: (a, v) => { if (v !== null) { (a as Num).sum -= v as number; (a as Num).n--; } return a; },
  value: (a) => {
    const x = a as Num;
    if (x.n === 0) return null;
    if (integral) return intWrap(x.sum, bits);
    return scale !== undefined ? roundTo(x.sum, scale) : x.sum;
  },
  merge: (a, b) => { (a as Num).sum += (b as Num).sum; (a as Num).n += (b as Num).n; return a; },
});


const intWrap = (x: number, bits: number) => (bits === 32 ? x | 0 : bits === 16 ? (x << 16) >> 16 : bits === 8 ? (x << 24) >> 24 : x);
const roundTo = (x: number, s: number) => { const f = 10 ** s; return Math.round(x * f) / f; };

/** AVG: integral types divide as Java longs do (AVG of INT is INT); DECIMAL rounds HALF_UP. */
export const avg = (kind: 'integral' | 'approx' | 'decimal', scale = 0): AggFunction => ({
  create: () => ({ sum: 0, n: 0 }),
  accumulate: (a, args) => { const v = args[0]; if (v !== null) { (a as Num).sum += v as number; (a as Num).n++; } return a; },
  retract: (a, args) => { const v = args[0]; if (v !== null) { (a as Num).sum -= v as number; (a as Num).n--; } return a; },
  accumulate1: (a, v) => { if (v !== null) { (a as Num).sum += v as number; (a as Num).n++; } return a; },
  retract1: (a, v) => { if (v !== null) { (a as Num).sum -= v as number; (a as Num).n--; } return a; },
  value: (a) => {
    const x = a as Num;
    if (x.n === 0) return null;
    if (kind === 'integral') return Math.trunc(x.sum / x.n);
    if (kind === 'decimal') return roundTo(x.sum / x.n, scale);
    return x.sum / x.n;
  },
  merge: (a, b) => { (a as Num).sum += (b as Num).sum; (a as Num).n += (b as Num).n; return a; },
});

/**
 * STDDEV_POP/SAMP, VAR_POP/SAMP of an OVER aggregation as Flink 2.3.0 plans them (probed): Calcite's
 * older reduction, $SUM0(x * x), $SUM0(x), COUNT(x) over the window and a projection doing the
 * arithmetic in the argument's type: (q - s * s / n) / (n - 1 | n), POWER(.., 0.5) for a deviation,
 * cast to the result type. `kind` of the argument: an integral type of `bits` bits (Java's
 * wrapping multiply and truncating division: VAR_SAMP of INT 1, 2 is (5 - 9 / 2) / 1 = 1), DOUBLE,
 * FLOAT (each step rounded to float), or DECIMAL with the scale every step is rounded to (a
 * DECIMAL(38, s) product or quotient keeps s digits, HALF_UP). retract takes a value back (a
 * bounded frame). A GROUP BY reduces these functions otherwise (reduceVariance in planner.ts).
 */
type Var = { s: number | bigint; q: number | bigint; n: number };
export const variance = (fn: 'STDDEV_POP' | 'STDDEV_SAMP' | 'VAR_POP' | 'VAR_SAMP', arg: { kind: 'int'; bits: number } | { kind: 'double' } | { kind: 'float' } | { kind: 'decimal'; scale: number }, finish: (x: number) => unknown): AggFunction => {
  const big = arg.kind === 'int' && arg.bits === 64;
  const wrap = (x: number) => (arg.kind !== 'int' ? x : arg.bits === 32 ? x | 0 : arg.bits === 16 ? (x << 16) >> 16 : (x << 24) >> 24);
  const f = arg.kind === 'decimal' ? 10 ** arg.scale : 1;
  const round = arg.kind === 'float' ? Math.fround : arg.kind === 'decimal' ? (x: number) => Math.sign(x) * Math.round(Math.abs(x) * f) / f : (x: number) => x;
  const mul = (a: number, b: number) => (arg.kind === 'int' ? (arg.bits === 32 ? Math.imul(a, b) : wrap(a * b)) : round(a * b));
  const add = (a: number, b: number) => (arg.kind === 'int' ? wrap(a + b) : round(a + b));
  const step = (a: Var, v: number, sign: 1 | -1) => {
    if (big) {
      const x = BigInt(Math.trunc(v));
      a.s = BigInt.asIntN(64, (a.s as bigint) + BigInt(sign) * x);
      a.q = BigInt.asIntN(64, (a.q as bigint) + BigInt(sign) * BigInt.asIntN(64, x * x));
    } else {
      a.s = add(a.s as number, sign * v);
      a.q = add(a.q as number, sign * mul(v, v));
    }
    a.n += sign;
  };
  const samp = fn.endsWith('SAMP');
  return {
    create: (): Var => ({ s: big ? 0n : 0, q: big ? 0n : 0, n: 0 }),
    accumulate: (a, args) => { const v = args[0] as number | null; if (v !== null) step(a as Var, v, 1); return a; },
    retract: (a, args) => { const v = args[0] as number | null; if (v !== null) step(a as Var, v, -1); return a; },
    value: (a) => {
      const x = a as Var;
      if (x.n <= 0 || (samp && x.n === 1)) return null;
      const d = samp ? x.n - 1 : x.n;
      let div: number;
      if (big) {
        const s = x.s as bigint, q = x.q as bigint;
        const diff = BigInt.asIntN(64, q - BigInt.asIntN(64, s * s) / BigInt(x.n));
        div = Number(diff / BigInt(d));
      } else if (arg.kind === 'int') {
        const s = x.s as number, q = x.q as number;
        const diff = wrap(q - Math.trunc(mul(s, s) / x.n));
        div = Math.trunc(diff / d);
      } else {
        const s = x.s as number, q = x.q as number;
        div = round(round(q - round(round(s * s) / x.n)) / d);
      }
      return finish(fn.startsWith('STDDEV') ? javaPow(div, 0.5) : div); // POWER(v, 0.5): Java's Math.pow
    },
  };
};

/**
 * $WELFORD_M2$1 (WelfordM2AggFunction), the m2 term of Welford's online algorithm that Flink 2.3.0
 * reduces the variance functions to: n, mean, m2 as doubles, updated in Flink's order of
 * operations (so the same roundings); null while n <= 0 or m2 < 0 (an unmatched retraction).
 * n keeps counting below zero, as the COUNT beside it does.
 */
type Welford = { n: number; mean: number; m2: number };
export const welfordM2 = (): AggFunction => ({
  create: (): Welford => ({ n: 0, mean: 0, m2: 0 }),
  accumulate: (a, args) => welfordAdd(a as Welford, args[0] as number | null),
  retract: (a, args) => welfordSub(a as Welford, args[0] as number | null),
  accumulate1: (a, v) => welfordAdd(a as Welford, v as number | null),
  retract1: (a, v) => welfordSub(a as Welford, v as number | null),
  value: (a) => { const x = a as Welford; return x.n <= 0 || x.m2 < 0 ? null : x.m2; },
  merge: (a, b) => {
    const acc = a as Welford, o = b as Welford;
    let negative = 0;
    if (o.n <= 0) negative += o.n;
    else if (acc.n === 0) { acc.n = o.n; acc.mean = o.mean; acc.m2 = o.m2; }
    else {
      const n = acc.n + o.n;
      const dm = o.mean - acc.mean;
      const mean = acc.mean + o.n / n * dm;
      const m2 = acc.m2 + o.m2 + acc.n * o.n / n * dm * dm;
      acc.n = n; acc.mean = mean; acc.m2 = m2;
    }
    acc.n += negative;
    if (acc.n <= 0) { acc.mean = 0; acc.m2 = 0; }
    return a;
  },
});
function welfordAdd(acc: Welford, v: number | null): Welford {
  if (v === null) return acc;
  acc.n += 1;
  if (acc.n <= 0) return acc;
  const delta = v - acc.mean;
  acc.mean += delta / acc.n;
  const delta2 = v - acc.mean;
  acc.m2 += delta * delta2;
  return acc;
}
function welfordSub(acc: Welford, v: number | null): Welford {
  if (v === null) return acc;
  acc.n -= 1;
  if (acc.n <= 0) { if (acc.n === 0) { acc.mean = 0; acc.m2 = 0; } return acc; }
  const delta2 = v - acc.mean;
  acc.mean -= delta2 / acc.n;
  const delta = v - acc.mean;
  acc.m2 -= delta * delta2;
  return acc;
}

/**
 * LAG (LagAggFunction): the last offset + 1 values in a buffer; the value is the buffer's first
 * when it is full, else the default. The offset and default are taken from each row's arguments.
 * Accumulate only (an OVER aggregation's unbounded frame).
 */
type LagAcc = { offset: number; dflt: unknown; buf: unknown[]; pending: unknown[] };
const lagValue = (x: LagAcc) => {
  if (x.buf.length < x.offset + 1) return x.dflt;
  if (x.buf.length === x.offset + 1) return x.buf[0];
  throw new FlinkError('org.apache.flink.table.api.TableException', 'Too more elements: ' + String(x));
};
/** `rowBased` (batch): each row's own value, taken as it was accumulated: the OVER aggregation
 *  accumulates a timestamp's peers, then reads one value per peer in the same order. */
export const lag = (rowBased = false): AggFunction => ({
  create: (): LagAcc => ({ offset: 1, dflt: null, buf: [], pending: [] }),
  accumulate: (a, args) => {
    const x = a as LagAcc;
    if (args.length >= 3) x.dflt = args[2];
    if (args.length >= 2) {
      const o = args[1] as number;
      if (o < 0) throw new FlinkError('org.apache.flink.table.api.TableException', `Offset(${o}) should be positive.`);
      x.offset = o;
    }
    x.buf.push(args[0]);
    while (x.buf.length > x.offset + 1) x.buf.shift();
    if (rowBased) x.pending.push(lagValue(x));
    return a;
  },
  retract: (a) => a,
  value: (a) => {
    const x = a as LagAcc;
    return rowBased && x.pending.length ? x.pending.shift() : lagValue(x);
  },
});

/**
 * PERCENTILE (PercentileAggFunction): a count per value (as a double; a frequency argument adds
 * that many, a null or non-positive one nothing), sorted when read; the percentile at position
 * p * (n - 1) + 1 interpolated linearly between its neighbours. The percentages are the first
 * accumulated row's. Null for no values.
 */
type PctAcc = { ps: number[] | null; counts: Map<number, number> };
export const percentile = (literal: number[], multi: boolean, frequency: boolean): AggFunction => {
  const update = (x: PctAcc, v: unknown, n: number) => {
    if (v === null) return;
    const d = v as number;
    const c = (x.counts.get(d) ?? 0) + n;
    if (c !== 0) x.counts.set(d, c); else x.counts.delete(d);
  };
  const freq = (args: unknown[]) => {
    if (!frequency) return 1;
    const f = args[2] as number | null;
    return f === null || Math.trunc(f) <= 0 ? 0 : Math.trunc(f);
  };
  return {
    create: (): PctAcc => ({ ps: null, counts: new Map() }),
    accumulate: (a, args) => {
      const x = a as PctAcc;
      if (x.ps === null) x.ps = literal;
      const n = freq(args);
      if (n > 0) update(x, args[0], n);
      return a;
    },
    retract: (a, args) => {
      const x = a as PctAcc;
      const n = freq(args);
      if (n > 0) update(x, args[0], -n);
      return a;
    },
    value: (a) => {
      const x = a as PctAcc;
      if (x.ps === null || (multi && x.ps.length === 0)) return null;
      const r = percentiles(x.ps, x.counts);
      return r === null ? null : multi ? r : r[0];
    },
    merge: (a, b) => {
      const x = a as PctAcc, y = b as PctAcc;
      if (x.ps === null && y.ps !== null) x.ps = y.ps;
      for (const [v, n] of y.counts) { const c = (x.counts.get(v) ?? 0) + n; if (c !== 0) x.counts.set(v, c); else x.counts.delete(v); }
      return a;
    },
  };
};
function percentiles(ps: number[], counts: Map<number, number>): number[] | null {
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total <= 0) return null;
  // Double.compareTo order (-0.0 before 0.0)
  const sorted = [...counts].sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : Object.is(p[0], -0) && !Object.is(q[0], -0) ? -1 : Object.is(q[0], -0) && !Object.is(p[0], -0) ? 1 : 0));
  const positions = ps.map((p, i) => [p * (total - 1) + 1, i] as const).sort((p, q) => p[0] - q[0]);
  const out = new Array<number>(ps.length);
  let pre = sorted[0]![1];
  let j = 0;
  for (const [pos, i] of positions) {
    const lower = Math.floor(pos), higher = Math.ceil(pos);
    while (pre < lower) { j++; pre += sorted[j]![1]; }
    out[i] = pre >= higher ? sorted[j]![0] : (higher - pos) * sorted[j]![0] + (pos - lower) * sorted[j + 1]![0];
  }
  return out;
}

/** APPROX_COUNT_DISTINCT (HyperLogLog++ registers, see hll.ts): accumulate and merge only. */
export const approxCountDistinct = (hash: (v: unknown) => bigint): AggFunction => ({
  create: () => newRegisters(),
  accumulate: (a, args) => { const v = args[0]; if (v !== null) hllUpdate(a as Uint8Array, hash(v)); return a; },
  retract: (a) => a,
  value: (a) => hllQuery(a as Uint8Array),
  merge: (a, b) => { hllMerge(a as Uint8Array, b as Uint8Array); return a; },
});

/** MIN / MAX without retraction (MinAggFunction / MaxAggFunction where Flink derives that no retraction is needed): a retraction leaves the value as it was. */
export const minMaxIgnoringRetraction = (isMax: boolean): AggFunction => ({
  create: () => ({ v: null as unknown }),
  accumulate: (a, args) => {
    const v = args[0]; if (v === null) return a;
    const acc = a as { v: unknown };
    if (acc.v === null) acc.v = v; else { const c = compareValues(v, acc.v); if (isMax ? c > 0 : c < 0) acc.v = v; }
    return a;
  },
  retract: (a) => a,
  value: (a) => (a as { v: unknown }).v,
  merge: (a, b) => {
    const acc = a as { v: unknown }, v = (b as { v: unknown }).v;
    if (v !== null && (acc.v === null || (isMax ? compareValues(v, acc.v) > 0 : compareValues(v, acc.v) < 0))) acc.v = v;
    return a;
  },
});

/** MIN / MAX with retraction: a multiset of the values (MaxWithRetractAggFunction). */
export const minMax = (isMax: boolean): AggFunction => ({
  create: () => new Map<string, { v: unknown; n: number }>(),
  accumulate: (a, args) => {
    const v = args[0]; if (v === null) return a;
    const m = a as Map<string, { v: unknown; n: number }>; const k = keyOf([v]);
    const e = m.get(k); if (!e) m.set(k, { v, n: 1 }); else if (++e.n === 0) m.delete(k);
    return a;
  },
  // a value not held is counted below zero (MaxWithRetractAggFunction's map): a mini-batch bundle
  // may retract what the group's state holds, and the merge settles it
  retract: (a, args) => {
    const v = args[0]; if (v === null) return a;
    const m = a as Map<string, { v: unknown; n: number }>; const k = keyOf([v]);
    const e = m.get(k); if (!e) m.set(k, { v, n: -1 }); else if (--e.n === 0) m.delete(k);
    return a;
  },
  value: (a) => {
    let best: unknown = null; let has = false;
    for (const { v, n } of (a as Map<string, { v: unknown; n: number }>).values()) {
      if (n <= 0) continue;
      if (!has) { best = v; has = true; continue; }
      const c = compareValues(v, best);
      if (isMax ? c > 0 : c < 0) best = v;
    }
    return best;
  },
  merge: (a, b) => {
    const m = a as Map<string, { v: unknown; n: number }>;
    for (const [k, e] of b as Map<string, { v: unknown; n: number }>) {
      const x = m.get(k); if (!x) m.set(k, { ...e }); else if ((x.n += e.n) === 0) m.delete(k);
    }
    return a;
  },
});

/**
 * Values in arrival order; retract removes the first equal element (ListView semantics), or, when
 * there is none, keeps the retraction for a merge (ArrayAggFunction / ListAggWithRetract's
 * retractList): a mini-batch bundle's partial accumulator may retract a value that the group's
 * state holds. A merge appends the other list, then applies both retract lists to the result.
 */
type ListAcc = { vs: unknown[]; retracted: unknown[]; last: unknown[] };
export function listAgg(skipNulls: boolean, finish: (vs: unknown[], args: unknown[]) => unknown): AggFunction {
  const removeFirst = (list: unknown[], v: unknown) => {
    const i = list.findIndex((y) => valuesEqual(y, v));
    if (i >= 0) list.splice(i, 1);
    return i >= 0;
  };
  return {
    create: (): ListAcc => ({ vs: [], retracted: [], last: [] }),
    accumulate: (a, args) => {
      const v = args[0]; if (skipNulls && v === null) return a;
      const x = a as ListAcc;
      x.vs.push(v); x.last = args;
      return a;
    },
    retract: (a, args) => {
      const v = args[0]; if (skipNulls && v === null) return a;
      const x = a as ListAcc;
      if (!removeFirst(x.vs, v)) x.retracted.push(v);
      return a;
    },
    value: (a) => { const x = a as ListAcc; return finish(x.vs, x.last); },
    merge: (a, b) => {
      const x = a as ListAcc, y = b as ListAcc;
      x.vs.push(...y.vs);
      const pending = [...x.retracted, ...y.retracted];
      x.retracted = pending.filter((v) => !removeFirst(x.vs, v));
      if (y.last.length) x.last = y.last;
      return a;
    },
  };
}

/** ARRAY_AGG: null for an empty group; nulls respected unless IGNORE NULLS. */
export const arrayAgg = (ignoreNulls: boolean): AggFunction =>
  listAgg(ignoreNulls, (vs) => (vs.length === 0 ? null : vs.slice()));

/** LISTAGG(x [, sep]): nulls skipped, ',' by default, null for an empty group. */
export const listAggFn = (sep: string | null): AggFunction =>
  listAgg(true, (vs, last) => (vs.length === 0 ? null : vs.join(sep ?? (last[1] as string | undefined) ?? ',')));

/**
 * JSON_OBJECTAGG (JsonObjectAggFunction): key -> the value's JSON text, in a map view; a key
 * already present fails, a null key fails (Flink's MapView takes none), retraction removes the key.
 */
export function jsonObjectAgg(absentOnNull: boolean, json: (v: unknown) => string): AggFunction {
  const put = (m: Map<string, string | null>, k: unknown, v: string | null) => {
    if (k === null) throw new FlinkError('org.apache.flink.table.api.TableRuntimeException', "Map views don't support null keys.");
    if (m.has(k as string)) throw new FlinkError('org.apache.flink.table.api.TableException', `Key '${k as string}' is already present. Duplicate keys are not allowed in JSON_OBJECTAGG. Please ensure that keys are unique.`);
    m.set(k as string, v);
  };
  return {
    create: () => new Map<string, string | null>(),
    accumulate: (a, args) => {
      const m = a as Map<string, string | null>;
      const [k, v] = args;
      // a null value is left out under ABSENT ON NULL, but a null key fails either way
      if (v !== null) put(m, k, json(v));
      else if (!absentOnNull || k === null) put(m, k, null);
      return a;
    },
    retract: (a, args) => { (a as Map<string, string | null>).delete(args[0] as string); return a; },
    value: (a) => {
      const m = a as Map<string, string | null>;
      return `{${[...m.keys()].sort().map((k) => `${JSON.stringify(k)}:${m.get(k) ?? 'null'}`).join(',')}}`;
    },
    merge: (a, b) => {
      const m = a as Map<string, string | null>;
      for (const [k, v] of b as Map<string, string | null>) put(m, k, v);
      return a;
    },
  };
}

/** COLLECT: a MULTISET as [value, count] pairs in first-seen order. */
export const collect = (): AggFunction => ({
  create: () => new Map<string, [unknown, number]>(),
  accumulate: (a, args) => {
    const v = args[0]; if (v === null) return a;
    const m = a as Map<string, [unknown, number]>; const k = keyOf([v]);
    const e = m.get(k); if (e) e[1]++; else m.set(k, [v, 1]);
    return a;
  },
  // CollectAggFunction: a value not held is counted -1 (a mini-batch bundle may retract what the
  // group's state holds); a merge adds counts and keeps an entry that reaches 0, which Flink 2.3.0
  // prints ({1=0, 2=1}: case mini-batch-collect-retract-across-bundles)
  retract: (a, args) => {
    const v = args[0]; if (v === null) return a;
    const m = a as Map<string, [unknown, number]>; const k = keyOf([v]);
    const e = m.get(k);
    if (!e) m.set(k, [v, -1]); else if (e[1] === 1) m.delete(k); else e[1]--;
    return a;
  },
  value: (a) => [...(a as Map<string, [unknown, number]>).values()].map(([v, n]) => [v, n]),
  merge: (a, b) => {
    const m = a as Map<string, [unknown, number]>;
    for (const [k, [v, n]] of b as Map<string, [unknown, number]>) { const e = m.get(k); if (e) e[1] += n; else m.set(k, [v, n]); }
    return a;
  },
});

/** FIRST_VALUE / LAST_VALUE with retraction: non-null values in arrival order. */
export const firstLast = (last: boolean): AggFunction =>
  ({ ...listAgg(true, (vs) => (vs.length === 0 ? null : last ? vs[vs.length - 1] : vs[0])), onePhase: true });

/**
 * DISTINCT: the wrapped function sees a value only when it enters or leaves the set. `hash`: the
 * Java hashCode of a distinct value (a single argument of a modelled type), for the merge order.
 */
export function distinct(inner: AggFunction, hash?: (args: unknown[]) => number | null): AggFunction {
  type Acc = { seen: Map<string, { n: number; args: unknown[] }>; acc: unknown };
  return {
    create: (): Acc => ({ seen: new Map(), acc: inner.create() }),
    // a value's count may go below zero (a mini-batch bundle retracting what the state holds);
    // the wrapped function sees the value enter at 0 -> 1 and leave at 1 -> 0
    accumulate: (a, args) => {
      const x = a as Acc;
      const k = keyOf(args); const e = x.seen.get(k);
      if (!e) { x.seen.set(k, { n: 1, args }); x.acc = inner.accumulate(x.acc, args); } else if (++e.n === 0) x.seen.delete(k); else if (e.n === 1) x.acc = inner.accumulate(x.acc, args);
      return a;
    },
    retract: (a, args) => {
      const x = a as Acc;
      const k = keyOf(args); const e = x.seen.get(k);
      if (!e) x.seen.set(k, { n: -1, args });
      else if (--e.n === 0) { x.seen.delete(k); x.acc = inner.retract(x.acc, args); }
      return a;
    },
    value: (a) => inner.value((a as Acc).acc),
    ...(inner.onePhase ? { onePhase: true as const } : {}),
    // two-phase aggregation: another accumulator's distinct values join the set in its MapView's
    // HashMap order (the local phase's heap map; it matters to ordered functions: ARRAY_AGG(DISTINCT
    // v) gets [0, 1, 9] from a bundle that saw 1, 9, 0, as Flink 2.3.0 prints), else in the order
    // they came to it
    merge: (a, b) => {
      const x = a as Acc;
      let entries = [...(b as Acc).seen];
      if (hash && entries.length > 1) {
        const hs = entries.map(([, o]) => hash(o.args));
        if (!hs.includes(null)) entries = javaHashMapOrder(entries, (_, i) => hs[i]!);
      }
      for (const [k, o] of entries) {
        const e = x.seen.get(k);
        if (!e) { x.seen.set(k, { n: o.n, args: o.args }); if (o.n > 0) x.acc = inner.accumulate(x.acc, o.args); continue; }
        const before = e.n;
        e.n += o.n;
        if (before > 0 && e.n <= 0) x.acc = inner.retract(x.acc, o.args);
        else if (before <= 0 && e.n > 0) x.acc = inner.accumulate(x.acc, o.args);
        if (e.n === 0) x.seen.delete(k);
      }
      return a;
    },
  };
}

/** One aggregate call of a plan: the function, its argument getters, its FILTER. */
export interface AggCall {
  fn: AggFunction;
  args: ((f: unknown[]) => unknown)[];
  filter?: (f: unknown[]) => unknown;
  /** the result is an ARRAY (ARRAY_AGG): see sameResult in operators.ts */
  arrayResult?: boolean;
}

const NO_ARGS: unknown[] = [];
/** The call's arguments for one row. A fresh array: list-like accumulators keep them. */
function argsOf(c: AggCall, f: unknown[]): unknown[] {
  const a = c.args;
  if (a.length === 0) return NO_ARGS;
  if (a.length === 1) return [a[0]!(f)];
  return a.map((g) => g(f));
}

/**
 * AggState's accumulate, retract and row for one operator's calls, generated once (per query, as
 * expressions are compiled): each call's function, arguments and filter are constants of the code
 * instead of a loop's loads and checks per row, and the output row is an array literal. The same
 * calls in the same order as AggState's methods make them (accumulate1 / retract1 for a call of
 * one argument, else accumulate / retract with a fresh argument array).
 */
export interface CompiledAgg {
  accumulate(s: AggState, f: unknown[]): void;
  retract(s: AggState, f: unknown[]): void;
  /** the output row: the group key (of `keys` values), then the aggregate values */
  row(key: unknown[], s: AggState): unknown[];
}
export function compileAgg(calls: AggCall[], keys: number): CompiledAgg {
  const step = (method: 'accumulate' | 'retract') => calls.map((c, i) => {
    const one = method === 'accumulate' ? c.fn.accumulate1 : c.fn.retract1;
    const body = one !== undefined && c.args.length === 1
      ? `a[${i}] = calls[${i}].fn.${method}1(a[${i}], calls[${i}].args[0](f));`
      : `a[${i}] = calls[${i}].fn.${method}(a[${i}], argsOf(calls[${i}], f));`;
    return c.filter ? `if (calls[${i}].filter(f) === true) { ${body} }` : body;
  }).join('\n');
  const key = Array.from({ length: keys }, (_, i) => `key[${i}]`);
  const values = calls.map((_, i) => `calls[${i}].fn.value(a[${i}])`);
  const src = `return {
  accumulate(s, f) { s.count++; const a = s.accs;\n${step('accumulate')}\n},
  retract(s, f) { s.count--; const a = s.accs;\n${step('retract')}\n},
  row(key, s) { const a = s.accs; return [${[...key, ...values].join(', ')}]; },
};`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('calls', 'argsOf', src)(calls, argsOf) as CompiledAgg;
}

/** The accumulators of all calls of one group, plus the record counter Flink keeps. */
export class AggState {
  accs: unknown[];
  count = 0;
  constructor(calls: AggCall[]) { this.accs = calls.map((c) => c.fn.create()); }
  accumulate(calls: AggCall[], f: unknown[]): void {
    this.count++;
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i]!;
      if (c.filter && c.filter(f) !== true) continue;
      const a1 = c.fn.accumulate1;
      this.accs[i] = a1 !== undefined && c.args.length === 1 ? a1(this.accs[i], c.args[0]!(f)) : c.fn.accumulate(this.accs[i], argsOf(c, f));
    }
  }
  retract(calls: AggCall[], f: unknown[]): void {
    this.count--;
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i]!;
      if (c.filter && c.filter(f) !== true) continue;
      const r1 = c.fn.retract1;
      this.accs[i] = r1 !== undefined && c.args.length === 1 ? r1(this.accs[i], c.args[0]!(f)) : c.fn.retract(this.accs[i], argsOf(c, f));
    }
  }
  values(calls: AggCall[]): unknown[] {
    return calls.map((c, i) => c.fn.value(this.accs[i]));
  }
  /** merge another group's accumulators in (two-phase aggregation; every call has `merge`) */
  merge(calls: AggCall[], other: AggState): void {
    this.count += other.count;
    for (let i = 0; i < calls.length; i++) this.accs[i] = calls[i]!.fn.merge!(this.accs[i], other.accs[i]);
  }
  /** the output row: the group key, then the aggregate values (one allocation) */
  row(key: unknown[], calls: AggCall[]): unknown[] {
    const nk = key.length, n = calls.length;
    const out = new Array(nk + n);
    for (let i = 0; i < nk; i++) out[i] = key[i];
    for (let i = 0; i < n; i++) out[nk + i] = calls[i]!.fn.value(this.accs[i]);
    return out;
  }
}

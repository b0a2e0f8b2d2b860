// java.lang.Math's sin, cos, tan, exp, log, log10 and pow as Flink runs them: on HotSpot x86_64 (JDK 17)
// these are Intel LIBM intrinsics whose results are nearly always the correctly rounded double of the
// exact value, where V8's Math.* (fdlibm) is one ulp off on 1-7% of inputs (TAN(4): 1.1578212823495775
// in Java, 1.1578212823495777 in V8; LN(3)). So these round the exact value once (to nearest, ties to
// even): a double-double evaluation (~2^-90) decides the rounding in a few hundred ns, and where it
// cannot (about 1 input in 20,000, |x| >= 2^20 for sin/cos/tan, subnormal results) a BigInt
// fixed-point evaluation (2^-256) does, in ~10 us. Java's special cases (NaN, infinities, signed
// zeros) are V8's, which agree there. Java's intrinsics are not correctly rounded on ~0.15% of inputs
// (error up to 0.51-0.54 ulp): there the engine differs from Flink by one ulp
// (test/engine/data/java-math-known.txt lists those of the probe's inputs).
// The other Math functions Flink calls are StrictMath's fdlibm: asin, acos, atan are V8's own
// (identical), sinh, cosh, tanh, atan2 fdlibm ports in text.ts (test/engine/java-math.test.ts).

const P = 256n; // fractional bits of the fixed-point values
const ONE = 1n << P;

const bitLength = (m: bigint): number => { const h = m.toString(16); return (h.length - 1) * 4 + 32 - Math.clz32(parseInt(h[0]!, 16)); }; // m > 0

/** A double's exact value: m * 2^e with m an integer (sign in m). */
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function decompose(x: number): [bigint, number] {
  f64[0] = x;
  const bits = u64[0]!;
  const be = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (be === 0) e = -1074; else { m |= 1n << 52n; e = be - 1075; }
  return [bits >> 63n ? -m : m, e];
}

/** m * 2^e (m > 0), rounded to the nearest double (ties to even), sign applied. */
function roundToDouble(m: bigint, e: number, negative: boolean): number {
  const L = bitLength(m);
  const ue = L - 1 + e;
  let r: number;
  if (ue > 1023) r = Infinity;
  else {
    const s = ue >= -1022 ? L - 53 : -1074 - e;
    if (s <= 0) r = Number(m) * 2 ** e; // exact (m has at most 53 bits here)
    else {
      const bs = BigInt(s);
      let q = m >> bs;
      const rem = m - (q << bs);
      const half = 1n << (bs - 1n);
      if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
      r = Number(q) * 2 ** (e + s);
      if (!Number.isFinite(r) || (e + s > 971 && Number(q) * 2 ** 971 * 2 ** (e + s - 971) === Infinity)) r = Infinity;
    }
  }
  return negative ? -r : r;
}

// ---------------------------------------------------------------- constants

/** atan(1/n) * 2^bits, by its series. */
function atanInv(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / n; let sum = term; const n2 = n * n; let k = 1n; let sign = -1n;
  while (term !== 0n) { term /= n2; k += 2n; sum += sign * (term / k); sign = -sign; }
  return sum;
}
const QBITS = 1536n; // pi/2 for the reduction of arguments up to 2^1024
let PI2Q: bigint | undefined; // pi/2 * 2^QBITS
function pi2q(): bigint {
  // Machin: pi/4 = 4 atan(1/5) - atan(1/239)
  if (PI2Q === undefined) { const g = 16n; PI2Q = ((4n * atanInv(5n, QBITS + g) - atanInv(239n, QBITS + g)) * 2n) >> g; }
  return PI2Q;
}
let LN2: bigint | undefined; // ln 2 * 2^P
let LN10: bigint | undefined;
function ln2(): bigint {
  // ln 2 = 2 atanh(1/3)
  if (LN2 === undefined) LN2 = atanhInv(3n, P + 16n) * 2n >> 16n;
  return LN2;
}
function ln10(): bigint {
  // ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9)
  if (LN10 === undefined) LN10 = 3n * ln2() + ((atanhInv(9n, P + 16n) * 2n) >> 16n);
  return LN10;
}
function atanhInv(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / n; let sum = term; const n2 = n * n; let k = 1n;
  while (term !== 0n) { term /= n2; k += 2n; sum += term / k; }
  return sum;
}

// ---------------------------------------------------------------- fixed-point kernels (2^-P units)

// truncated toward zero, so that series of negative terms reach 0
const mul = (a: bigint, b: bigint): bigint => { const p = a * b; return p < 0n ? -(-p >> P) : p >> P; };

/** exp(r) * 2^P for |r| <= ~0.35 (r in 2^-P units). */
function expSmall(r: bigint): bigint {
  let sum = ONE; let term = ONE; let k = 1n;
  while (term !== 0n) { term = mul(term, r) / k; sum += term; k++; }
  return sum;
}

/** exp of a fixed-point value t (2^-P units): [m, e] with exp(t) ~ m * 2^e. */
function expFixed(t: bigint): [bigint, number] {
  const l2 = ln2();
  // k = round(t / ln2)
  let k = t / l2; const rem = t - k * l2;
  if (rem * 2n > l2) k += 1n; else if (rem * 2n < -l2) k -= 1n;
  const r = t - k * l2;
  return [expSmall(r), Number(k) - Number(P)];
}

/** log of m * 2^e (m > 0) in 2^-P units. */
function logFixed(m: bigint, e: number): bigint {
  const L = bitLength(m);
  // value = f * 2^(e + L - 1), f = m / 2^(L-1) in [1, 2); use [sqrt(1/2), sqrt(2)) for a faster series
  let k = e + L - 1;
  let f = L - 1 > Number(P) ? m >> BigInt(L - 1 - Number(P)) : m << BigInt(Number(P) - (L - 1));
  // f in [1, 2) * 2^P; f > sqrt 2: halve
  if (f * f > 2n * ONE * ONE) { f >>= 1n; k += 1; }
  // log f = 2 atanh(s), s = (f - 1) / (f + 1)
  const s = ((f - ONE) << P) / (f + ONE);
  const s2 = mul(s, s);
  let term = s; let sum = s; let j = 1n;
  while (term !== 0n) { term = mul(term, s2); j += 2n; sum += term / j; }
  return 2n * sum + BigInt(k) * ln2();
}

/** sin and cos of a fixed-point |r| <= ~pi/4 (2^-P units). */
function sinCosSmall(r: bigint): [bigint, bigint] {
  const r2 = mul(r, r);
  let s = r; let ts = r; let c = ONE; let tc = ONE; let k = 1n;
  while (ts !== 0n || tc !== 0n) {
    tc = -mul(tc, r2) / (k * (k + 1n)); c += tc;
    ts = -mul(ts, r2) / ((k + 1n) * (k + 2n)); s += ts;
    k += 2n;
  }
  return [s, c];
}

/** x = k pi/2 + r: [k mod 4, r in 2^-P units]. */
function reduce(x: number): [number, bigint] {
  const [m, e] = decompose(x);
  const pi2 = pi2q();
  const xq = e + Number(QBITS) >= 0 ? m << BigInt(e + Number(QBITS)) : m >> BigInt(-(e + Number(QBITS)));
  let k = xq / pi2; let rq = xq - k * pi2;
  if (2n * rq > pi2) { k += 1n; rq -= pi2; } else if (2n * rq < -pi2) { k -= 1n; rq += pi2; }
  return [Number(((k % 4n) + 4n) % 4n), rq >> (QBITS - P)];
}

/** a fixed-point value (2^-P units) rounded to a double. */
function fixedToDouble(v: bigint): number {
  if (v === 0n) return 0;
  return v < 0n ? roundToDouble(-v, -Number(P), true) : roundToDouble(v, -Number(P), false);
}
function quotientToDouble(a: bigint, b: bigint): number {
  // a / b, both fixed point; 2P+ bits of quotient
  const neg = (a < 0n) !== (b < 0n);
  const aa = a < 0n ? -a : a; const bb = b < 0n ? -b : b;
  if (aa === 0n) return neg ? -0 : 0;
  const q = (aa << (2n * P)) / bb;
  return roundToDouble(q | 1n, -2 * Number(P), neg); // |1: the quotient is not exact (sticky bit)
}

// ---------------------------------------------------------------- the exact (slow) functions

const TINY = 2 ** -27;

function slowSin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return Number.isFinite(x) ? x : NaN;
  const [q, r] = reduce(x);
  const [s, c] = sinCosSmall(r);
  return fixedToDouble(q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c);
}

function slowCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return 1;
  const [q, r] = reduce(x);
  const [s, c] = sinCosSmall(r);
  return fixedToDouble(q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s);
}

function slowTan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < TINY) return Number.isFinite(x) ? x : NaN;
  const [q, r] = reduce(x);
  const [s, c] = sinCosSmall(r);
  return (q & 1) === 0 ? quotientToDouble(s, c) : quotientToDouble(-c, s);
}

function slowExp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 2 ** -54) return 1;
  const [m, e] = decompose(x);
  const t = e + Number(P) >= 0 ? m << BigInt(e + Number(P)) : m >> BigInt(-(e + Number(P)));
  const [v, ve] = expFixed(t);
  return roundToDouble(v, ve, false);
}

function logOf(x: number): bigint | number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  const [m, e] = decompose(x);
  return logFixed(m, e);
}

function slowLog(x: number): number {
  const l = logOf(x);
  return typeof l === 'number' ? l : fixedToDouble(l);
}

function slowLog10(x: number): number {
  const l = logOf(x);
  return typeof l === 'number' ? l : quotientToDouble10(l);
}
function quotientToDouble10(l: bigint): number {
  // exact powers of ten: log10 is an integer, which the quotient's sticky bit must not disturb
  const neg = l < 0n; const a = neg ? -l : l;
  const q = (a << (2n * P)) / ln10();
  const nearest = (q + (1n << (2n * P - 1n))) >> (2n * P);
  if (q - (nearest << (2n * P)) < (1n << (2n * P - 200n)) && (nearest << (2n * P)) - q < (1n << (2n * P - 200n))) return neg ? -Number(nearest) : Number(nearest);
  return roundToDouble(q | 1n, -2 * Number(P), neg);
}

function slowPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || Number.isNaN(x) || Number.isNaN(y)) return Math.pow(x, y);
  if (y === 1) return x;
  let negative = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    negative = Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
    x = -x;
  }
  if (x === 1) return negative ? -1 : 1;
  const [m, e] = decompose(x);
  // an integer exponent: the exact power, rounded once
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const n = BigInt(Math.abs(y));
    // strip the mantissa's trailing zeros
    let mm = m; let ee = e; while ((mm & 1n) === 0n) { mm >>= 1n; ee++; }
    const pm = mm ** n; const pe = ee * Number(n);
    if (y > 0) return roundToDouble(pm, pe, negative);
    // 1 / (pm * 2^pe)
    const bits = BigInt(bitLength(pm) + 2 * Number(P));
    const q = (1n << bits) / pm; const exact = q * pm === 1n << bits;
    return roundToDouble(exact ? q : q | 1n, -Number(bits) - pe, negative);
  }
  const l = logFixed(m, e);
  const [ym, yeRaw] = decompose(y);
  // y * log x (2^-P units)
  let t = ym * l; const ye = yeRaw;
  t = ye >= 0 ? t << BigInt(ye) : t >> BigInt(-ye);
  if (t > 710n << P) return negative ? -Infinity : Infinity;
  if (t < -746n << P) return negative ? -0 : 0;
  const [v, ve] = expFixed(t);
  return roundToDouble(v, ve, negative);
}

// ---------------------------------------------------------------- double-double fast paths
// Error-free transformations (TwoSum, Dekker's TwoProduct): a value hi + lo with |lo| <= ulp(hi)/2.
// Each function computes its value to ~2^-90 relative or better (the leading terms of each series in
// double-double, the small tail in double) and rounds it once when that error cannot change the
// rounding (decide, ERR); otherwise the exact BigInt evaluation above decides (~1 input in 20,000).

const R = new Float64Array(2); // the result (hi, lo) of the dd operations: no allocation, no TDZ checks
const SPLIT = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a; const ah = t - (t - a); const al = a - ah;
  t = SPLIT * b; const bh = t - (t - b); const bl = b - bh;
  R[0] = p; R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLIT * ah; const a1 = t - (t - ah); const a2 = ah - a1;
  t = SPLIT * bh; const b1 = t - (t - bh); const b2 = bh - b1;
  const e = (((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2) + (ah * bl + al * bh);
  const s = p + e; R[0] = s; R[1] = e - (s - p);
}
/** (ah, al) + (bh, bl), accurate also when they cancel. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh; const bb = s - ah; const e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl; const tb = t - al; const f = (al - (t - tb)) + (bl - tb);
  const e2 = e + t; const s2 = s + e2; const e3 = e2 - (s2 - s) + f;
  const h = s2 + e3; R[0] = h; R[1] = e3 - (h - s2);
}
/** (ah, al) + (bh, bl) when |bh| >= |ah| or they have one sign (Horner steps: no cancellation). */
function ddAddFast(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh; const bb = s - ah; const e = (ah - (s - bb)) + (bh - bb) + al + bl;
  const h = s + e; R[0] = h; R[1] = e - (h - s);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl); ddAdd(ah, al, -R[0]!, -R[1]!);
  const q2 = R[0]! / bh;
  ddMul(q2, 0, bh, bl); ddAdd(R[0]!, R[1]!, -R[0]!, -R[1]!);
  const q3 = R[0]! / bh;
  const s = q1 + q2; const e = q2 - (s - q1) + q3;
  const h = s + e; R[0] = h; R[1] = e - (h - s);
}

/** a fixed-point BigInt (2^-P units) as a double-double [hi, lo]. */
function ddOf(v: bigint): [number, number] {
  const hi = fixedToDouble(v);
  return [hi, fixedToDouble(v - ddBig(hi))];
}
function ddBig(x: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  return e + Number(P) >= 0 ? m << BigInt(e + Number(P)) : m >> BigInt(-(e + Number(P)));
}

const ERR = 2 ** -80;
/** hi + lo rounded once, or NaN when an error of ERR * |hi| could change the rounding. */
function decide(hi: number, lo: number): number {
  const d = ERR * Math.abs(hi);
  const a = hi + (lo + d); const b = hi + (lo - d);
  return a === b ? a : NaN;
}

// Series: coefficients in dd pairs for the head (terms above 2^-30 relative), doubles for the tail.
const EXP_HEAD = 5, EXP_TERMS = 15; // 1/n!, of r/32 (|r/32| <= 0.011)
const LOG_HEAD = 6, LOG_TERMS = 24; // 1/(2n+1), of s^2 (s^2 <= 0.03)
const SC_HEAD = 7, SC_TERMS = 16; // (-1)^n/(2n+1)! and (-1)^n/(2n)!, of r^2 (r^2 <= 0.62)
let C: Float64Array | undefined; // every constant, laid out as below
const EXPC = 0, LOGC = EXPC + 2 * EXP_TERMS, SINC = LOGC + 2 * LOG_TERMS, COSC = SINC + 2 * SC_TERMS, K_LN2 = COSC + 2 * SC_TERMS,
  K_PI2 = K_LN2 + 3, K_INVLN10 = K_PI2 + 3, C_SIZE = K_INVLN10 + 2;
function init(): Float64Array {
  const c = new Float64Array(C_SIZE);
  const put = (at: number, v: bigint) => { const [h, l] = ddOf(v); c[at] = h; c[at + 1] = l; };
  let f = 1n;
  for (let n = 0; n < EXP_TERMS; n++) { if (n) f *= BigInt(n); put(EXPC + 2 * n, ONE / f); }
  for (let n = 0; n < LOG_TERMS; n++) put(LOGC + 2 * n, ONE / BigInt(2 * n + 1));
  f = 1n;
  for (let n = 0; n < 2 * SC_TERMS; n++) {
    if (n) f *= BigInt(n);
    const v = ((n >> 1) & 1 ? -ONE : ONE) / f;
    put((n & 1 ? SINC : COSC) + 2 * (n >> 1), v);
  }
  const three = (at: number, v: bigint) => { const [a, b] = ddOf(v); c[at] = a; c[at + 1] = b; c[at + 2] = fixedToDouble(v - ddBig(a) - ddBig(b)); };
  three(K_LN2, ln2());
  // pi/2 to 2^-(P+64), its three parts (Machin at that precision: the 1536 bits wait for a huge argument)
  const g = 16n;
  const p2 = ((4n * atanInv(5n, P + 64n + g) - atanInv(239n, P + 64n + g)) * 2n) >> g;
  const [x1, x2] = ddOf(p2 >> 64n);
  c[K_PI2] = x1; c[K_PI2 + 1] = x2; c[K_PI2 + 2] = fixedToDouble((p2 - ((ddBig(x1) + ddBig(x2)) << 64n)) >> 64n);
  put(K_INVLN10, (ONE << P) / ln10());
  return c;
}

let EK = 0; // the power of two expDD leaves out
/** exp(th + tl) = (R[0] + R[1]) * 2^EK, |th| < 710. */
function expDD(c: Float64Array, th: number, tl: number): void {
  const a = c[K_LN2]!, b = c[K_LN2 + 1]!, cc = c[K_LN2 + 2]!;
  const k = Math.round(th / a);
  // r = t - k ln2 (exact products, dd sums), then / 32
  twoProd(k, a); ddAdd(th, tl, -R[0]!, -R[1]!);
  const r1h = R[0]!, r1l = R[1]!;
  twoProd(k, b); ddAdd(r1h, r1l, -R[0]!, -R[1]! - k * cc);
  const rh = R[0]! * 0.03125, rl = R[1]! * 0.03125;
  // Horner: the tail in double, the head in dd
  let p = c[EXPC + 2 * (EXP_TERMS - 1)]!;
  for (let n = EXP_TERMS - 2; n >= EXP_HEAD; n--) p = p * rh + c[EXPC + 2 * n]!;
  let ph = p, pl = 0;
  for (let n = EXP_HEAD - 1; n >= 0; n--) { ddMul(ph, pl, rh, rl); ddAddFast(R[0]!, R[1]!, c[EXPC + 2 * n]!, c[EXPC + 2 * n + 1]!); ph = R[0]!; pl = R[1]!; }
  for (let i = 0; i < 5; i++) { ddMul(ph, pl, ph, pl); ph = R[0]!; pl = R[1]!; }
  EK = k;
}

export function javaExp(x: number): number {
  if (!(Math.abs(x) < 708) || Math.abs(x) < 2 ** -54) return slowExp(x);
  expDD(C ??= init(), x, 0);
  const r = decide(R[0]!, R[1]!);
  return r !== r || EK < -1020 ? slowExp(x) : r * 2 ** EK;
}

const w32 = new Int32Array(f64.buffer);
/** log x as (R[0], R[1]) for a positive normal x. */
function logDD(c: Float64Array, x: number): void {
  // x = m 2^k, m in [sqrt(1/2), sqrt(2))
  f64[0] = x;
  let k = (w32[1]! >>> 20) - 1023;
  let m = x * 2 ** -k;
  if (m > Math.SQRT2) { m *= 0.5; k++; }
  // s = (m - 1) / (m + 1); log m = 2 (s + s^3/3 + ...)
  const dh = m + 1; const dl = m - (dh - 1); // m + 1 = dh + dl exactly
  ddDiv(m - 1, 0, dh, dl); // m - 1 is exact
  const sh = R[0]!, sl = R[1]!;
  ddMul(sh, sl, sh, sl); const s2h = R[0]!, s2l = R[1]!;
  let p = c[LOGC + 2 * (LOG_TERMS - 1)]!;
  for (let n = LOG_TERMS - 2; n >= LOG_HEAD; n--) p = p * s2h + c[LOGC + 2 * n]!;
  let ph = p, pl = 0;
  for (let n = LOG_HEAD - 1; n >= 0; n--) { ddMul(ph, pl, s2h, s2l); ddAddFast(R[0]!, R[1]!, c[LOGC + 2 * n]!, c[LOGC + 2 * n + 1]!); ph = R[0]!; pl = R[1]!; }
  ddMul(ph, pl, 2 * sh, 2 * sl);
  if (k === 0) return;
  const lh = R[0]!, ll = R[1]!;
  twoProd(k, c[K_LN2]!); const kh = R[0]!, kl = R[1]!;
  twoProd(k, c[K_LN2 + 1]!); ddAdd(kh, kl, R[0]!, R[1]! + k * c[K_LN2 + 2]!);
  ddAdd(R[0]!, R[1]!, lh, ll);
}

function normalPositive(x: number): boolean { return x >= 2.2250738585072014e-308 && x < Infinity; }

export function javaLog(x: number): number {
  if (!normalPositive(x) || x === 1) return slowLog(x);
  logDD(C ??= init(), x);
  const r = decide(R[0]!, R[1]!);
  return r !== r ? slowLog(x) : r;
}

export function javaLog10(x: number): number {
  if (!normalPositive(x) || x === 1) return slowLog10(x);
  const c = C ??= init();
  logDD(c, x);
  ddMul(R[0]!, R[1]!, c[K_INVLN10]!, c[K_INVLN10 + 1]!);
  const r = decide(R[0]!, R[1]!);
  return r !== r ? slowLog10(x) : r;
}

export function javaPow(x: number, y: number): number {
  if (y === 2) return x * x;
  // a negative base with an integer exponent: the power of |x|, negated for an odd exponent
  if (x < 0 && x > -Infinity && Number.isInteger(y) && Math.abs(y) < 2 ** 40 && y !== 1) { const r = javaPow(-x, y); return y % 2 === 0 ? r : -r; }
  if (!normalPositive(x) || !Number.isFinite(y) || y === 0 || y === 1 || x === 1 || Math.abs(y) > 2 ** 40) return slowPow(x, y);
  const c = C ??= init();
  logDD(c, x);
  ddMul(R[0]!, R[1]!, y, 0);
  if (!(Math.abs(R[0]!) < 708)) return slowPow(x, y);
  expDD(c, R[0]!, R[1]!);
  const r = decide(R[0]!, R[1]!);
  return r !== r || EK < -1020 ? slowPow(x, y) : r * 2 ** EK;
}

let Q = 0; // x = k pi/2 + r: k mod 4
/** r = x - k pi/2 as (R[0], R[1]), Q = k mod 4, for |x| < 2^20. */
function reduceDD(c: Float64Array, x: number): void {
  const a = c[K_PI2]!;
  const k = Math.round(x / a);
  twoProd(k, a); ddAdd(x, 0, -R[0]!, -R[1]!);
  const r1h = R[0]!, r1l = R[1]!;
  twoProd(k, c[K_PI2 + 1]!); ddAdd(r1h, r1l, -R[0]!, -R[1]!);
  const r2h = R[0]!, r2l = R[1]!;
  twoProd(k, c[K_PI2 + 2]!); ddAdd(r2h, r2l, -R[0]!, -R[1]!);
  Q = k & 3;
}
/** sin r (odd) or cos r (even) for the dd r, |r| <= pi/4, as (R[0], R[1]). */
function sinCosSeries(c: Float64Array, rh: number, rl: number, r2h: number, r2l: number, odd: boolean): void {
  const base = odd ? SINC : COSC;
  let p = c[base + 2 * (SC_TERMS - 1)]!;
  for (let n = SC_TERMS - 2; n >= SC_HEAD; n--) p = p * r2h + c[base + 2 * n]!;
  let ph = p, pl = 0;
  for (let n = SC_HEAD - 1; n >= 0; n--) { ddMul(ph, pl, r2h, r2l); ddAddFast(R[0]!, R[1]!, c[base + 2 * n]!, c[base + 2 * n + 1]!); ph = R[0]!; pl = R[1]!; }
  if (odd) ddMul(ph, pl, rh, rl); else { R[0] = ph; R[1] = pl; }
}

const SMALL_TRIG = 2 ** 20;
function sinOrCos(x: number, cos: boolean): number {
  const c = C ??= init();
  reduceDD(c, x);
  const rh = R[0]!, rl = R[1]!;
  ddMul(rh, rl, rh, rl);
  const q = cos ? (Q + 1) & 3 : Q; // cos x = sin(x + pi/2)
  sinCosSeries(c, rh, rl, R[0]!, R[1]!, (q & 1) === 0);
  return decide(q & 2 ? -R[0]! : R[0]!, q & 2 ? -R[1]! : R[1]!);
}

export function javaSin(x: number): number {
  if (!(Math.abs(x) < SMALL_TRIG) || Math.abs(x) < TINY) return slowSin(x);
  const r = sinOrCos(x, false);
  return r !== r ? slowSin(x) : r;
}

export function javaCos(x: number): number {
  if (!(Math.abs(x) < SMALL_TRIG) || Math.abs(x) < TINY) return slowCos(x);
  const r = sinOrCos(x, true);
  return r !== r ? slowCos(x) : r;
}

export function javaTan(x: number): number {
  if (!(Math.abs(x) < SMALL_TRIG) || Math.abs(x) < TINY) return slowTan(x);
  const c = C ??= init();
  reduceDD(c, x);
  const rh = R[0]!, rl = R[1]!;
  ddMul(rh, rl, rh, rl); const r2h = R[0]!, r2l = R[1]!;
  sinCosSeries(c, rh, rl, r2h, r2l, true); const sh = R[0]!, sl = R[1]!;
  sinCosSeries(c, rh, rl, r2h, r2l, false);
  // tan = sin r / cos r, or -cos r / sin r for odd k
  if (Q & 1) ddDiv(-R[0]!, -R[1]!, sh, sl); else ddDiv(sh, sl, R[0]!, R[1]!);
  const r = decide(R[0]!, R[1]!);
  return r !== r ? slowTan(x) : r;
}

/** Math.toDegrees / toRadians (DEGREES, RADIANS): one product by Java's constant since JDK 9. */
export const javaToDegrees = (x: number): number => x * 57.29577951308232;
export const javaToRadians = (x: number): number => x * 0.017453292519943295;

/** The exact evaluation alone (tests, benchmarks). */
export const exactMath = { sin: slowSin, cos: slowCos, tan: slowTan, exp: slowExp, log: slowLog, log10: slowLog10, pow: slowPow };

// java.lang.Math's sin, cos, tan, exp, log, log10 and pow as Flink runs them: on HotSpot x86_64 these
// are Intel LIBM intrinsics whose results are (on every input of test/engine/data/java-math.txt.gz)
// the correctly rounded double of the exact value, where V8's Math.* (fdlibm) is one ulp off on 1-8%
// of inputs (TAN(4): 1.1578212823495775 in Java, 1.1578212823495777 in V8; LN(3)). So these compute
// the exact value to ~2^-190 relative in BigInt fixed point and round it once (round to nearest
// even), with Java's special cases (NaN, infinities, signed zeros) taken from V8, which agrees there.
// Slow (tens of microseconds a call; bench/java-math.mjs), hence a cache per function.
// The other Math functions Flink calls (sinh, cosh, tanh, asin, acos, atan, atan2) are StrictMath's
// fdlibm and stay with V8 (see test/engine/java-math.test.ts for which agree).

const P = 256n; // fractional bits of the fixed-point values
const ONE = 1n << P;

const bitLength = (m: bigint): number => m.toString(2).length;

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
// Each function computes its value to ~2^-95 relative or better and rounds it once when the rounding
// is decided with that error (ERR, inflated); otherwise the exact BigInt evaluation above decides.

let H = 0, L = 0; // results of the dd operations (no allocation)
const SPLIT = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a; const ah = t - (t - a); const al = a - ah;
  t = SPLIT * b; const bh = t - (t - b); const bl = b - bh;
  H = p; L = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const e = L + (ah * bl + al * bh);
  const s = H + e; L = e - (s - H); H = s;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh; const bb = s - ah; const e = (ah - (s - bb)) + (bh - bb);
  const t = al + bl; const tb = t - al; const f = (al - (t - tb)) + (bl - tb);
  const e2 = e + t; const s2 = s + e2; const e3 = e2 - (s2 - s) + f;
  H = s2 + e3; L = e3 - (H - s2);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl); ddAdd(ah, al, -H, -L);
  const q2 = H / bh;
  ddMul(q2, 0, bh, bl); ddAdd(H, L, -H, -L);
  // H, L now the remainder after q1 + q2: third correction
  const rh = H; const q3 = rh / bh;
  const s = q1 + q2; const e = q2 - (s - q1) + q3;
  H = s + e; L = e - (H - s);
}

/** a fixed-point BigInt (2^-P units) as a double-double [hi, lo]. */
function ddOf(v: bigint): [number, number] {
  const hi = fixedToDouble(v);
  const [m, e] = decompose(hi);
  const hv = e + Number(P) >= 0 ? m << BigInt(e + Number(P)) : m >> BigInt(-(e + Number(P)));
  return [hi, fixedToDouble(v - hv)];
}

const ERR = 2 ** -80;
/** hi + lo rounded once, or NaN when an error of ERR * |hi| could change the rounding. */
function decide(hi: number, lo: number): number {
  const d = ERR * Math.abs(hi);
  const a = hi + (lo + d); const b = hi + (lo - d);
  return a === b ? a : NaN;
}

let K: Float64Array | undefined; // Taylor coefficients 1/n! (dd pairs), n = 0..EXP_TERMS
const EXP_TERMS = 14;
let LN2D: [number, number, number] | undefined; // ln 2 in three parts
let ATANH: Float64Array | undefined; // 1/(2n+1), dd pairs
const LOG_TERMS = 24;
let INV_LN10: [number, number] | undefined;
let PI2D: [number, number, number] | undefined;
let SC: Float64Array | undefined; // (-1)^n / (2n+1)! and (-1)^n / (2n)! dd pairs
const SC_TERMS = 16;
function init(): void {
  K = new Float64Array(2 * (EXP_TERMS + 1));
  let f = 1n;
  for (let n = 0; n <= EXP_TERMS; n++) { if (n) f *= BigInt(n); const [h, l] = ddOf(ONE / f); K[2 * n] = h; K[2 * n + 1] = l; }
  const l2 = ln2(); const [a, b] = ddOf(l2); const [bh] = decompose(b);
  const c = fixedToDouble(l2 - ddBig(a) - ddBig(b)); void bh;
  LN2D = [a, b, c];
  ATANH = new Float64Array(2 * LOG_TERMS);
  for (let n = 0; n < LOG_TERMS; n++) { const [h, l] = ddOf(ONE / BigInt(2 * n + 1)); ATANH[2 * n] = h; ATANH[2 * n + 1] = l; }
  INV_LN10 = ddOf((ONE << P) / ln10());
  const p2 = pi2q() >> (QBITS - P - 64n); // pi/2 in 2^-(P+64)
  const p1d = Number(p2 >> (P + 64n - 53n)) * 2 ** -53 * 2 ** 0; // not used
  void p1d;
  const [x1, x2] = ddOf(p2 >> 64n); const x3 = fixedToDouble((p2 - ((ddBig(x1) + ddBig(x2)) << 64n)) >> 64n);
  PI2D = [x1, x2, x3];
  SC = new Float64Array(4 * SC_TERMS);
  f = 1n;
  for (let n = 0; n < 2 * SC_TERMS; n++) {
    if (n) f *= BigInt(n);
    const sign = (n >> 1) & 1 ? -1n : 1n;
    const [h, l] = ddOf(sign * ONE / f); SC[2 * n] = h; SC[2 * n + 1] = l;
  }
}
function ddBig(x: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  return e + Number(P) >= 0 ? m << BigInt(e + Number(P)) : m >> BigInt(-(e + Number(P)));
}

/** exp(th + tl) * 2^-k ... as (H, L) and the power of two in EK; false when out of the fast range. */
let EK = 0;
function expDD(th: number, tl: number): void {
  const [a, b, c] = LN2D!;
  const k = Math.round(th / a);
  // r = t - k ln2 (exact products, dd sums)
  twoProd(k, a); ddAdd(th, tl, -H, -L);
  let rh = H, rl = L;
  twoProd(k, b); ddAdd(rh, rl, -H, -L); rh = H; rl = L;
  ddAdd(rh, rl, -k * c, 0); rh = H * 2 ** -5; rl = L * 2 ** -5;
  // exp(r / 32) by Horner, then squared 5 times
  const Kc = K!;
  let ph = Kc[2 * EXP_TERMS]!, pl = Kc[2 * EXP_TERMS + 1]!;
  for (let n = EXP_TERMS - 1; n >= 0; n--) { ddMul(ph, pl, rh, rl); ddAdd(H, L, Kc[2 * n]!, Kc[2 * n + 1]!); ph = H; pl = L; }
  for (let i = 0; i < 5; i++) { ddMul(ph, pl, ph, pl); ph = H; pl = L; }
  H = ph; L = pl; EK = k;
}

export function javaExp(x: number): number {
  if (!(Math.abs(x) < 708) || Math.abs(x) < 2 ** -54) return slowExp(x);
  if (K === undefined) init();
  expDD(x, 0);
  const r = decide(H, L);
  return Number.isNaN(r) || EK < -1020 ? slowExp(x) : r * 2 ** EK;
}

/** log x as (H, L) for a positive normal x. */
function logDD(x: number): void {
  // x = m 2^k, m in [sqrt(1/2), sqrt(2))
  f64[0] = x;
  let k = Number((u64[0]! >> 52n) & 0x7ffn) - 1023;
  let m = x * 2 ** -k;
  if (m > Math.SQRT2) { m *= 0.5; k++; }
  // s = (m - 1) / (m + 1); log m = 2 (s + s^3/3 + ...)
  const num = m - 1; // exact
  const dh = m + 1; const dl = (m - (dh - 1)) ; // m + 1 = dh + dl exactly (|m| < 2)
  ddDiv(num, 0, dh, dl);
  const sh = H, sl = L;
  ddMul(sh, sl, sh, sl); const s2h = H, s2l = L;
  const A = ATANH!;
  let ph = A[2 * LOG_TERMS - 2]!, pl = A[2 * LOG_TERMS - 1]!;
  for (let n = LOG_TERMS - 2; n >= 0; n--) { ddMul(ph, pl, s2h, s2l); ddAdd(H, L, A[2 * n]!, A[2 * n + 1]!); ph = H; pl = L; }
  ddMul(ph, pl, 2 * sh, 2 * sl);
  if (k === 0) return;
  const lh = H, ll = L;
  const [a, b, c] = LN2D!;
  twoProd(k, a); const kh = H, kl = L; twoProd(k, b); ddAdd(kh, kl, H, L); ddAdd(H, L, k * c, 0);
  ddAdd(H, L, lh, ll);
}

function normalPositive(x: number): boolean { return x >= 2.2250738585072014e-308 && x < Infinity; }

export function javaLog(x: number): number {
  if (!normalPositive(x) || x === 1) return slowLog(x);
  if (K === undefined) init();
  logDD(x);
  const r = decide(H, L);
  return Number.isNaN(r) ? slowLog(x) : r;
}

export function javaLog10(x: number): number {
  if (!normalPositive(x) || x === 1) return slowLog10(x);
  if (K === undefined) init();
  logDD(x);
  ddMul(H, L, INV_LN10![0], INV_LN10![1]);
  const r = decide(H, L);
  return Number.isNaN(r) ? slowLog10(x) : r;
}

export function javaPow(x: number, y: number): number {
  if (y === 2) return x * x;
  if (!normalPositive(x) || !Number.isFinite(y) || y === 0 || y === 1 || x === 1 || Math.abs(y) > 2 ** 40) return slowPow(x, y);
  if (K === undefined) init();
  logDD(x);
  ddMul(H, L, y, 0);
  if (!(Math.abs(H) < 708)) return slowPow(x, y);
  expDD(H, L);
  const r = decide(H, L);
  return Number.isNaN(r) || EK < -1020 ? slowPow(x, y) : r * 2 ** EK;
}

/** sin (which 0) or cos (1) of x as (H, L), through x = k pi/2 + r; Q = k mod 4. */
function sinCosDD(x: number, which: number): void {
  const [a, b, c] = PI2D!;
  const k = Math.round(x / a);
  twoProd(k, a); ddAdd(x, 0, -H, -L);
  let rh = H, rl = L;
  twoProd(k, b); ddAdd(rh, rl, -H, -L); rh = H; rl = L;
  twoProd(k, c); ddAdd(rh, rl, -H, -L); rh = H; rl = L;
  const q = ((k % 4) + 4) % 4;
  // sin(r) (odd terms) or cos(r) (even terms) by Horner in r^2
  const f = (q + which) & 1; // 0: sin r, 1: cos r
  const neg = ((q + which) & 2) !== 0;
  ddMul(rh, rl, rh, rl); const r2h = H, r2l = L;
  const S = SC!; const o = 1 - f; // sin: 1/n! of odd n, cos: of even n
  let ph = S[2 * (2 * SC_TERMS - 2 + o)]!, pl = S[2 * (2 * SC_TERMS - 2 + o) + 1]!;
  for (let n = SC_TERMS - 2; n >= 0; n--) { ddMul(ph, pl, r2h, r2l); ddAdd(H, L, S[2 * (2 * n + o)]!, S[2 * (2 * n + o) + 1]!); ph = H; pl = L; }
  if (f === 0) ddMul(ph, pl, rh, rl); else { H = ph; L = pl; }
  if (neg) { H = -H; L = -L; }
}

const SMALL_TRIG = 2 ** 20;
export function javaSin(x: number): number {
  if (!(Math.abs(x) < SMALL_TRIG) || Math.abs(x) < TINY) return slowSin(x);
  if (K === undefined) init();
  sinCosDD(x, 0);
  const r = decide(H, L);
  return Number.isNaN(r) ? slowSin(x) : r;
}

export function javaCos(x: number): number {
  if (!(Math.abs(x) < SMALL_TRIG) || Math.abs(x) < TINY) return slowCos(x);
  if (K === undefined) init();
  sinCosDD(x, 1);
  const r = decide(H, L);
  return Number.isNaN(r) ? slowCos(x) : r;
}

export function javaTan(x: number): number {
  if (!(Math.abs(x) < SMALL_TRIG) || Math.abs(x) < TINY) return slowTan(x);
  if (K === undefined) init();
  sinCosDD(x, 0); const sh = H, sl = L;
  sinCosDD(x, 1);
  ddDiv(sh, sl, H, L);
  const r = decide(H, L);
  return Number.isNaN(r) ? slowTan(x) : r;
}

/** The exact evaluation alone (tests, benchmarks). */
export const exactMath = { sin: slowSin, cos: slowCos, tan: slowTan, exp: slowExp, log: slowLog, log10: slowLog10, pow: slowPow };

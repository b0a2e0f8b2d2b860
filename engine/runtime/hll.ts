// APPROX_COUNT_DISTINCT as Flink 2.3.0 computes it (BatchApproxCountDistinctAggFunctions, used by
// its batch aggregations and streaming OVER aggregations): HyperLogLog++ (HyperLogLogPlusPlus, from
// Spark) with relative SD 0.01, so precision 14 (16384 six-bit registers), over XXH64 hashes (seed
// 42) of each value's Java form: hashInt for TINYINT/SMALLINT/INT and a FLOAT's bits, hashLong for
// BIGINT, a DOUBLE's bits, DATE days, TIME and TIMESTAMP milliseconds, a DECIMAL(p <= 18)'s
// unscaled long, the UTF-8 bytes of a string. The estimate is linear counting, round(m * ln(m / V))
// with V the empty registers, as long as that is at most 15500 (or the raw estimate at most 2.5 m);
// beyond it Flink corrects the raw estimate with HLL++'s bias tables, which the engine does not
// carry: such a count fails as not supported yet.
import { notSupported } from '../analysis/errors.ts';

const M64 = (1n << 64n) - 1n;
const P1 = 0x9E3779B185EBCA87n;
const P2 = 0xC2B2AE3D27D4EB4Fn;
const P3 = 0x165667B19E3779F9n;
const P4 = 0x85EBCA77C2B2AE63n;
const P5 = 0x27D4EB2F165667C5n;
const SEED = 42n;

const mul = (a: bigint, b: bigint) => (a * b) & M64;
const add = (a: bigint, b: bigint) => (a + b) & M64;
const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & M64;
function fmix(h: bigint): bigint {
  h ^= h >> 33n; h = mul(h, P2);
  h ^= h >> 29n; h = mul(h, P3);
  h ^= h >> 32n;
  return h;
}

/** XXH64.hashInt(v, 42) */
export function hashInt(v: number): bigint {
  let h = add(add(SEED, P5), 4n);
  h ^= mul(BigInt(v >>> 0), P1);
  h = add(mul(rotl(h, 23n), P2), P3);
  return fmix(h);
}

/** XXH64.hashLong(v, 42) */
export function hashLong(v: bigint): bigint {
  let h = add(add(SEED, P5), 8n);
  h ^= mul(rotl(mul(BigInt.asUintN(64, v), P2), 31n), P1);
  h = add(mul(rotl(h, 27n), P1), P4);
  return fmix(h);
}

/** XXH64.hashUnsafeBytes(bytes, 42), little-endian words as MemorySegment reads them on x86 */
export function hashBytes(b: Uint8Array): bigint {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const len = b.length;
  let off = 0;
  let h: bigint;
  const round = (acc: bigint, lane: bigint) => mul(rotl(add(acc, mul(lane, P2)), 31n), P1);
  if (len >= 32) {
    const limit = len - 32;
    let v1 = add(add(SEED, P1), P2), v2 = add(SEED, P2), v3 = SEED, v4 = BigInt.asUintN(64, SEED - P1);
    do {
      v1 = round(v1, dv.getBigUint64(off, true));
      v2 = round(v2, dv.getBigUint64(off + 8, true));
      v3 = round(v3, dv.getBigUint64(off + 16, true));
      v4 = round(v4, dv.getBigUint64(off + 24, true));
      off += 32;
    } while (off <= limit);
    h = add(add(add(rotl(v1, 1n), rotl(v2, 7n)), rotl(v3, 12n)), rotl(v4, 18n));
    for (const v of [v1, v2, v3, v4]) {
      h ^= mul(rotl(mul(v, P2), 31n), P1);
      h = add(mul(h, P1), P4);
    }
  } else h = add(SEED, P5);
  h = add(h, BigInt(len));
  while (off <= len - 8) {
    h ^= mul(rotl(mul(dv.getBigUint64(off, true), P2), 31n), P1);
    h = add(mul(rotl(h, 27n), P1), P4);
    off += 8;
  }
  if (off + 4 <= len) {
    h ^= mul(BigInt(dv.getUint32(off, true)), P1);
    h = add(mul(rotl(h, 23n), P2), P3);
    off += 4;
  }
  while (off < len) {
    h ^= mul(BigInt(b[off]!), P5);
    h = mul(rotl(h, 11n), P1);
    off++;
  }
  return fmix(h);
}

const P = 14;
const M = 1 << P;

/** HyperLogLogPlusPlus.updateByHashcode on one register array */
export function hllUpdate(regs: Uint8Array, hash: bigint): void {
  const idx = Number(hash >> BigInt(64 - P));
  const w = ((hash << BigInt(P)) & M64) | (1n << BigInt(P - 1));
  const pw = 64 - w.toString(2).length + 1;
  if (pw > regs[idx]!) regs[idx] = pw;
}

export function hllMerge(a: Uint8Array, b: Uint8Array): void {
  for (let i = 0; i < M; i++) if (b[i]! > a[i]!) a[i] = b[i]!;
}

/** HyperLogLogPlusPlus.query (its linear-counting branch) */
export function hllQuery(regs: Uint8Array): number {
  let zInverse = 0, v = 0;
  for (let i = 0; i < M; i++) { const r = regs[i]!; zInverse += 1 / (1 << r); if (r === 0) v++; }
  const e = ((0.7213 / (1 + 1.079 / M)) * M * M) / zInverse;
  if (v > 0) {
    const h = M * Math.log(M / v);
    if (h <= 15500 || e <= 2.5 * M) return javaRound(h);
  }
  throw notSupported('APPROX_COUNT_DISTINCT over more than about 15,000 distinct values (HyperLogLog++ bias correction)');
}

/** Math.round(double): floor(x + 0.5) */
const javaRound = (x: number) => Math.floor(x + 0.5);

export const newRegisters = () => new Uint8Array(M);

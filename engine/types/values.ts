// Values: rendering exactly as Flink's Row.toString() prints the Java objects that
// TableResult.collect() hands out, parsing of text (CSV/JSON/literals), ordering and keys.
import type { SqlType } from './types.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Java's Double.toString. */
export function javaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const a = Math.abs(d);
  if (a >= 1e-3 && a < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : s + '.0';
  }
  const [m, e] = d.toExponential().split('e') as [string, string];
  return `${m.includes('.') ? m : m + '.0'}E${e.startsWith('+') ? e.slice(1) : e}`;
}

/** Java's Float.toString (shortest digits that read back as the same float). */
export function javaFloat(x: number): string {
  // FLOAT arithmetic runs in doubles: the value is the float nearest the result (CAST(1 AS FLOAT) / 3
  // is 0.33333334 in Java, not 0.33333333)
  const f = Math.fround(x);
  if (!Number.isFinite(f) || f === 0) return javaDouble(f);
  let digits = String(f);
  for (let p = 1; p <= 9; p++) {
    const s = f.toPrecision(p);
    if (Math.fround(Number(s)) === Math.fround(f)) { digits = String(Number(s)); break; }
  }
  return javaDouble(Number(digits));
}

function fraction(ms: number, nanosOfMilli = 0): string {
  const nanos = ms * 1_000_000 + nanosOfMilli;
  if (nanos === 0) return '';
  if (nanos % 1_000_000 === 0) return '.' + pad(nanos / 1_000_000, 3);
  if (nanos % 1000 === 0) return '.' + pad(nanos / 1000, 6);
  return '.' + pad(nanos, 9);
}

function datePart(dt: Date): string {
  const y = dt.getUTCFullYear();
  const ys = y >= 0 && y <= 9999 ? pad(y, 4) : y > 9999 ? '+' + y : '-' + pad(-y, 4);
  return `${ys}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

/** Java's LocalDateTime.toString for epoch millis read as UTC. */
export function localDateTime(ms: number): string {
  const dt = new Date(ms);
  const sec = dt.getUTCSeconds(), milli = dt.getUTCMilliseconds();
  let s = `${datePart(dt)}T${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}`;
  if (sec !== 0 || milli !== 0) s += ':' + pad(sec) + fraction(milli);
  return s;
}

/** Java's Instant.toString (ISO_INSTANT: seconds always printed). */
export function instant(ms: number): string {
  const dt = new Date(ms);
  return `${datePart(dt)}T${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}:${pad(dt.getUTCSeconds())}${fraction(dt.getUTCMilliseconds())}Z`;
}

export function localDate(days: number): string {
  return datePart(new Date(days * 86_400_000));
}

export function localTime(msOfDay: number): string {
  const h = Math.floor(msOfDay / 3_600_000), m = Math.floor(msOfDay / 60_000) % 60;
  const sec = Math.floor(msOfDay / 1000) % 60, milli = msOfDay % 1000;
  let s = `${pad(h)}:${pad(m)}`;
  if (sec !== 0 || milli !== 0) s += ':' + pad(sec) + fraction(milli);
  return s;
}

/** Java's BigDecimal.toString for a value of the given scale. */
/** Java's BigDecimal.toString: scientific when the adjusted exponent is below -6 (0 at scale 12 is 0E-12). */
export function javaBigDecimal(v: number, scale: number): string {
  const plain = decimalString(v, scale);
  if (scale <= 0) return plain;
  const neg = plain.startsWith('-');
  const digits = plain.replace(/^-/, '').replace('.', '').replace(/^0+(?=\d)/, '');
  const adjusted = -scale + (digits.length - 1);
  if (adjusted >= -6) return plain;
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${neg ? '-' : ''}${m}E${adjusted}`;
}

export function decimalString(v: number, scale: number): string {
  if (scale <= 0) return String(Math.round(v));
  return v.toFixed(scale);
}

/** Java's Duration.toString, as Flink hands out INTERVAL DAY TO SECOND. */
function duration(ms: number): string {
  if (ms === 0) return 'PT0S';
  const neg = ms < 0; let r = Math.abs(ms);
  const h = Math.floor(r / 3_600_000); r -= h * 3_600_000;
  const m = Math.floor(r / 60_000); r -= m * 60_000;
  const sgn = neg ? '-' : '';
  let s = 'PT';
  if (h) s += sgn + h + 'H';
  if (m) s += sgn + m + 'M';
  if (r) s += sgn + (r % 1000 === 0 ? String(r / 1000) : (r / 1000).toFixed(3).replace(/0+$/, '')) + 'S';
  return s;
}

/** Long.hashCode: (int) (v ^ (v >>> 32)) */
export function javaLongHash(v: number): number {
  const b = BigInt.asUintN(64, BigInt(Math.trunc(v)));
  return Number(BigInt.asIntN(32, b ^ (b >> 32n)));
}

/** Java's hashCode of a value as its boxed Java object (String, Integer, Long, Boolean, Double). */
function javaHash(v: unknown, ty: SqlType): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') { let h = 0; for (let i = 0; i < v.length; i++) h = (Math.imul(h, 31) + v.charCodeAt(i)) | 0; return h; }
  if (typeof v === 'boolean') return v ? 1231 : 1237;
  if (typeof v === 'number') {
    if (ty.name === 'BIGINT') return javaLongHash(v);
    if (ty.name === 'DOUBLE' || ty.name === 'FLOAT') { const dv = new DataView(new ArrayBuffer(8)); dv.setFloat64(0, v); return (dv.getInt32(0) ^ dv.getInt32(4)) | 0; }
    return v | 0;
  }
  return 0;
}

/**
 * The hashCode of a value as Flink holds it internally (Integer, Long, Boolean, Double,
 * BinaryStringData), or null for a type not modelled here (DECIMAL, TIMESTAMP, rows, ...).
 */
export function internalHash(v: unknown, ty: SqlType): number | null {
  if (v === null || v === undefined) return 0;
  switch (ty.name) {
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': case 'BOOLEAN': case 'DOUBLE':
      return javaHash(v, ty);
    case 'CHAR': case 'VARCHAR':
      return binaryStringHash(v as string);
    default:
      return null;
  }
}

/** The capacity of a java.util.HashMap (default 16, or one it already grew to) holding `size` keys. */
export function javaHashMapCapacity(size: number, capacity = 16): number {
  while (size > capacity * 0.75) capacity *= 2;
  return capacity;
}

/**
 * The iteration order of a java.util.HashMap filled with these entries in this order: by bucket
 * ((h ^ h >>> 16) & (capacity - 1)), then insertion order. `hash` gives each entry's key's Java
 * hashCode; `minCapacity` is a capacity the map already grew to.
 */
export function javaHashMapOrder<T>(entries: T[], hash: (e: T, i: number) => number, minCapacity = 16): T[] {
  const cap = javaHashMapCapacity(entries.length, minCapacity);
  return entries
    .map((e, i) => { const h = hash(e, i); return { e, i, b: (h ^ (h >>> 16)) & (cap - 1) }; })
    .sort((a, b) => a.b - b.b || a.i - b.i)
    .map((x) => x.e);
}

// BinaryRowData.hashCode: MurmurHash3 (x86, 32 bit, seed 42) over the row's bytes, by words
const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
const mixK1 = (k: number) => Math.imul(rotl(Math.imul(k, 0xcc9e2d51), 15), 0x1b873593);
const mixH1 = (h: number, k: number) => (Math.imul(rotl(h ^ k, 13), 5) + 0xe6546b64) | 0;
/** MurmurHashUtil.hashBytes (seed 42) over bytes [0, len) of `scratch`: the 4-byte words, then
 *  each tail byte; a BinaryRowData's bytes (8-byte aligned) have no tail, so it is also
 *  BinaryRowData.hashCode's hashBytesByWords. */
function murmurScratch(len: number): number {
  const aligned = len - (len % 4);
  const v = scratchView;
  let h = 42;
  for (let i = 0; i < aligned; i += 4) h = mixH1(h, mixK1(v.getInt32(i, true)));
  for (let i = aligned; i < len; i++) h = mixH1(h, mixK1(v.getInt8(i)));
  h ^= len;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h;
}

// the bytes being hashed, written in place (no Buffer per row): grown as needed, never shrunk
let scratch = new Uint8Array(256);
let scratchView = new DataView(scratch.buffer);
const utf8 = new TextEncoder();
function scratchRoom(n: number): void {
  if (n <= scratch.length) return;
  const next = new Uint8Array(Math.max(n, scratch.length * 2));
  next.set(scratch);
  scratch = next;
  scratchView = new DataView(next.buffer);
}
/** s's UTF-8 bytes at `at` (room for 3 bytes per character is there); returns their count */
function utf8At(s: string, at: number): number {
  const n = s.length;
  const b = scratch;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return i + utf8.encodeInto(i === 0 ? s : s.slice(i), b.subarray(at + i)).written;
    b[at + i] = c;
  }
  return n;
}
/** an integral number (a long) as 8 little-endian bytes at `at` */
function longAt(t: number, at: number): void {
  if (Number.isSafeInteger(t)) {
    const hi = Math.floor(t / 4294967296);
    scratchView.setUint32(at, t - hi * 4294967296, true);
    scratchView.setInt32(at + 4, hi, true);
  } else {
    // beyond 2^53: the Buffer's range check (a long that does not fit throws, as before)
    const b = Buffer.alloc(8);
    b.writeBigInt64LE(BigInt(t));
    scratch.set(b, at);
  }
}

/** BinaryStringData.hashCode: murmur over the UTF-8 bytes. */
export function binaryStringHash(s: string): number {
  scratchRoom(3 * s.length);
  return murmurScratch(utf8At(s, 0));
}

/**
 * Java's hashCode of a BinaryRowData holding these values (a grouping key as Flink's key
 * selectors build it): the header and null bits, one 8-byte slot per field (strings of up to 7
 * bytes inline, longer ones in the variable part), in BinaryWriter's layout. null when a type is
 * not modelled here.
 */
export function binaryRowHash(values: unknown[], types: SqlType[]): number | null {
  const n = values.length;
  const nullBytes = Math.floor((n + 63 + 8) / 64) * 8;
  const fixed = nullBytes + 8 * n;
  scratchRoom(fixed);
  for (let i = 0; i < fixed; i++) scratch[i] = 0;
  let end = fixed; // the variable part's end
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const at = nullBytes + 8 * i;
    if (v === null || v === undefined) { scratch[(i + 8) >> 3]! |= 1 << ((i + 8) & 7); continue; }
    const view = scratchView;
    switch (types[i]!.name) {
      case 'VARCHAR': case 'CHAR': {
        const s = typeof v === 'string' ? v : String(v);
        const sn = s.length;
        if (sn <= 7) {
          // ASCII written in the slot itself
          const b = scratch;
          let j = 0;
          for (; j < sn; j++) { const c = s.charCodeAt(j); if (c >= 128) break; b[at + j] = c; }
          if (j === sn) { b[at + 7] = 0x80 | sn; break; }
        }
        scratchRoom(end + 3 * sn + 8);
        const len = utf8At(s, end);
        const b = scratch;
        if (len <= 7) {
          for (let j = 0; j < len; j++) b[at + j] = b[end + j]!;
          for (let j = len; j < 7; j++) b[at + j] = 0;
          b[at + 7] = 0x80 | len;
          break;
        }
        scratchView.setUint32(at, len, true);
        scratchView.setUint32(at + 4, end, true);
        const padded = Math.ceil(len / 8) * 8;
        b.fill(0, end + len, end + padded);
        end += padded;
        break;
      }
      case 'BOOLEAN': scratch[at] = v ? 1 : 0; break;
      case 'TINYINT': view.setInt8(at, v as number); break;
      case 'SMALLINT': view.setInt16(at, v as number, true); break;
      case 'INT': case 'DATE': view.setInt32(at, v as number, true); break;
      case 'BIGINT': longAt(Math.trunc(v as number), at); break;
      case 'DOUBLE': view.setFloat64(at, v as number, true); break;
      case 'FLOAT': view.setFloat32(at, v as number, true); break;
      case 'TIME': view.setInt32(at, v as number, true); break;
      // compact forms only: a millisecond TIMESTAMP is its epoch millis, a DECIMAL of up to 18
      // digits its unscaled long (wider ones live in the variable part: not modelled)
      case 'TIMESTAMP': case 'TIMESTAMP_LTZ':
        if ((types[i]!.precision ?? 6) > 3) return null;
        longAt(Math.trunc(v as number), at); break;
      case 'DECIMAL':
        if ((types[i]!.precision ?? 10) > 18) return null;
        longAt(Math.round((v as number) * 10 ** (types[i]!.scale ?? 0)), at); break;
      default: return null;
    }
  }
  return murmurScratch(end);
}

/** One value as Row.toString prints it (StringUtils.arrayAwareToString). */
export function formatValue(v: unknown, ty: SqlType): string {
  if (v === null || v === undefined) return 'null';
  switch (ty.name) {
    case 'DOUBLE': return javaDouble(v as number);
    case 'FLOAT': return javaFloat(v as number);
    case 'DECIMAL': return javaBigDecimal(v as number, ty.scale ?? 0);
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return String(v);
    case 'TIMESTAMP': return localDateTime(v as number);
    case 'TIMESTAMP_LTZ': return instant(v as number);
    case 'DATE': return localDate(v as number);
    case 'TIME': return localTime(v as number);
    case 'INTERVAL_DAY_TIME': return duration(v as number);
    case 'INTERVAL_YEAR_MONTH': {
      const mo = v as number; const y = Math.trunc(mo / 12), m = mo % 12;
      return mo === 0 ? 'P0D' : `P${y ? y + 'Y' : ''}${m ? m + 'M' : ''}`;
    }
    case 'ARRAY': return '[' + (v as unknown[]).map((x) => formatValue(x, ty.element!)).join(', ') + ']';
    case 'MULTISET': return '{' + javaHashMapOrder(v as [unknown, number][], (e) => javaHash(e[0], ty.element!)).map(([x, n]) => `${formatValue(x, ty.element!)}=${n}`).join(', ') + '}';
    case 'MAP': return '{' + javaHashMapOrder([...(v as Map<unknown, unknown>)], (e) => javaHash(e[0], ty.key!)).map(([k, x]) => `${formatValue(k, ty.key!)}=${formatValue(x, ty.value!)}`).join(', ') + '}';
    case 'ROW': return '+I[' + (v as unknown[]).map((x, i) => formatValue(x, ty.fields![i]!.type)).join(', ') + ']';
    case 'BINARY': case 'VARBINARY': return '[' + Array.from(v as Uint8Array).map((b) => (b << 24) >> 24).join(', ') + ']';
    default: return String(v);
  }
}

/** JSON form of a value, as Flink's SQL Gateway returns rows (strings for temporal types). */
export function jsonValue(v: unknown, ty: SqlType): unknown {
  if (v === null || v === undefined) return null;
  switch (ty.name) {
    // as the SQL Gateway sends it (rowFormat=JSON, Java's ISO_LOCAL_DATE_TIME): seconds always,
    // fraction only if non-zero, without trailing zeros
    case 'TIMESTAMP': { const t = instant(v as number).slice(0, -1); return t.length > 19 ? t.replace(/0+$/, '') : t; }
    case 'TIMESTAMP_LTZ': return instant(v as number);
    case 'DATE': return localDate(v as number);
    case 'TIME': return localTime(v as number);
    case 'DECIMAL': return Number(decimalString(v as number, ty.scale ?? 0));
    case 'ARRAY': return (v as unknown[]).map((x) => jsonValue(x, ty.element!));
    case 'ROW': return Object.fromEntries((v as unknown[]).map((x, i) => [ty.fields![i]!.name, jsonValue(x, ty.fields![i]!.type)]));
    case 'MAP': return Object.fromEntries([...(v as Map<unknown, unknown>)].map(([k, x]) => [String(k), jsonValue(x, ty.value!)]));
    default: return v;
  }
}

// ---- parsing text -------------------------------------------------------------------------

const TS_RE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?)?\s*$/;

/** days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil) */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const d2 = (s: string, i: number) => { const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48; return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1; };

/** Does s[i, i + 19) have the separators of 'yyyy-MM-dd HH:mm:ss' (or with 'T')? */
const timestampSeparatorsAt = (s: string, i: number) =>
  s.charCodeAt(i + 4) === 45 && s.charCodeAt(i + 7) === 45 && (s.charCodeAt(i + 10) === 32 || s.charCodeAt(i + 10) === 84) && s.charCodeAt(i + 13) === 58 && s.charCodeAt(i + 16) === 58;

/** the last valid date timestampAt read (yyyymmdd) and its day number: consecutive timestamps of a file mostly share their date */
let lastDate = -1, lastDays = 0;

/** The canonical 19-character form at s[i] (separators checked by the caller) to epoch millis; NaN when a part is not valid. */
function timestampAt(s: string, i: number): number {
  return civilMillis(d2(s, i), d2(s, i + 2), d2(s, i + 5), d2(s, i + 8), d2(s, i + 11), d2(s, i + 14), d2(s, i + 17));
}

/** The two-digit parts of 'yyyy-MM-dd HH:mm:ss' (-1 where not two digits) to epoch millis; NaN when not a valid date-time. */
function civilMillis(y1: number, y2: number, mo: number, d: number, h: number, mi: number, se: number): number {
  if (y1 >= 0 && y2 >= 0 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && se >= 0 && se <= 59) {
    const y = y1 * 100 + y2;
    const date = y * 10000 + mo * 100 + d;
    if (date !== lastDate) {
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      if (d > (mo === 2 && leap ? 29 : DIM[mo - 1]!)) return NaN;
      lastDays = daysFromCivil(y, mo, d);
      lastDate = date;
    }
    return lastDays * 86_400_000 + ((h * 60 + mi) * 60 + se) * 1000;
  }
  return NaN;
}

/**
 * timestampAt on bytes: the 19 bytes at b[i] in the canonical form 'yyyy-MM-dd HH:mm:ss' (or
 * with 'T'), separators checked here, to epoch millis; NaN when anything differs (the caller then
 * takes the text path, which decides). The csv source's byte-level reader uses it.
 */
export function timestampBytesAt(b: Uint8Array, i: number): number {
  if (b[i + 4] !== 45 || b[i + 7] !== 45 || (b[i + 10] !== 32 && b[i + 10] !== 84) || b[i + 13] !== 58 || b[i + 16] !== 58) return NaN;
  return civilMillis(b2(b, i), b2(b, i + 2), b2(b, i + 5), b2(b, i + 8), b2(b, i + 11), b2(b, i + 14), b2(b, i + 17));
}
const b2 = (s: Uint8Array, i: number) => { const a = s[i]! - 48, b = s[i + 1]! - 48; return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1; };

/** 'yyyy-MM-dd HH:mm:ss[.fff]' (also with 'T') to epoch millis; NaN when malformed. */
export function parseTimestamp(s: string): number {
  // fast path for the canonical 19-character form
  if (s.length === 19 && timestampSeparatorsAt(s, 0)) return timestampAt(s, 0);
  const m = TS_RE.exec(s);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', se = '0', fr = ''] = m;
  const ms = fr ? Math.floor(Number((fr + '000').slice(0, 3))) : 0;
  const month = Number(mo), day = Number(d), hour = Number(h), min = Number(mi), sec = Number(se);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 59) return NaN;
  const year = Number(y);
  if (day > daysInMonth(year, month)) return NaN;
  // arithmetic, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999
  return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + min) * 60 + sec) * 1000 + ms;
}

function daysInMonth(y: number, mo: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return mo === 2 && leap ? 29 : DIM[mo - 1]!;
}

export function parseDate(s: string): number {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(s);
  if (!m) return NaN;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  return daysFromCivil(y, mo, d); // not Date.UTC: it maps years 0-99 to 1900-1999

}

export function parseTime(s: string): number {
  const m = /^\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?\s*$/.exec(s);
  if (!m) return NaN;
  const h = Number(m[1]), mi = Number(m[2]), se = Number(m[3] ?? 0);
  if (h > 23 || mi > 59 || se > 59) return NaN;
  return ((h * 60 + mi) * 60 + se) * 1000 + (m[4] ? Number((m[4] + '000').slice(0, 3)) : 0);
}

export const INT_RANGE: Record<string, [number, number]> = {
  TINYINT: [-128, 127], SMALLINT: [-32768, 32767], INT: [-2147483648, 2147483647],
  BIGINT: [-9223372036854775808, 9223372036854775807],
};

export const INVALID = Symbol('invalid');

/** s[a, b) as a plain integer (an optional '-', then 1 to 9 digits, 10 characters at most); NaN when it is not one. */
function plainInt(s: string, a: number, b: number): number {
  if (b - a < 1 || b - a >= 10) return NaN;
  let i = a;
  const neg = s.charCodeAt(i) === 45;
  if (neg) i++;
  if (i === b) return NaN;
  let v = 0;
  for (; i < b; i++) { const c = s.charCodeAt(i) - 48; if (c < 0 || c > 9) return NaN; v = v * 10 + c; }
  return neg ? -v : v;
}

/**
 * parseText specialised once for a type, on the text s[a, b) (the csv source's per-column
 * converter reads fields in place): the canonical forms of integers and timestamps are read
 * without a substring, anything else goes to parseText.
 */
export function textRangeParser(ty: SqlType): (s: string, a: number, b: number) => unknown {
  switch (ty.name) {
    case 'CHAR': case 'VARCHAR': return (s, a, b) => s.slice(a, b);
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': {
      const [lo, hi] = INT_RANGE[ty.name]!;
      return (s, a, b) => {
        const v = plainInt(s, a, b);
        if (v === v) return v < lo || v > hi ? INVALID : v;
        return parseText(s.slice(a, b), ty);
      };
    }
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ':
      return (s, a, b) => {
        const v = b - a === 19 && timestampSeparatorsAt(s, a) ? timestampAt(s, a) : NaN;
        return v === v ? v : parseText(s.slice(a, b), ty);
      };
    default: return (s, a, b) => parseText(s.slice(a, b), ty);
  }
}

/** Text to a value of the type (Flink's CSV/JSON/CAST rules, loosely); INVALID when it cannot. */
export function parseText(s: string, ty: SqlType): unknown {
  switch (ty.name) {
    case 'CHAR': case 'VARCHAR': return s;
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': {
      const v = plainInt(s, 0, s.length);
      if (v === v) { const [lo, hi] = INT_RANGE[ty.name]!; return v < lo || v > hi ? INVALID : v; }
      const x = s.trim();
      if (!/^[+-]?\d+$/.test(x)) return INVALID;
      const n = Number(x); const [lo, hi] = INT_RANGE[ty.name]!;
      return n < lo || n > hi ? INVALID : n;
    }
    case 'FLOAT': case 'DOUBLE': {
      const x = s.trim();
      if (x === 'NaN') return NaN;
      if (/^[+-]?Infinity$/.test(x)) return Number(x);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(x)) return INVALID;
      return ty.name === 'FLOAT' ? Math.fround(Number(x)) : Number(x);
    }
    case 'DECIMAL': {
      const x = s.trim();
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(x)) return INVALID;
      const sc = ty.scale ?? 0; const f = 10 ** sc;
      const v = Math.round(Number(x) * f) / f;
      if (Math.abs(v) >= 10 ** ((ty.precision ?? 10) - sc)) return null; // Flink: overflow -> null
      return v;
    }
    case 'BOOLEAN': {
      const x = s.trim().toLowerCase();
      return x === 'true' ? true : x === 'false' ? false : INVALID;
    }
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': {
      const v = parseTimestamp(s.endsWith('Z') ? s.slice(0, -1) : s);
      return Number.isNaN(v) ? INVALID : v;
    }
    case 'DATE': { const v = parseDate(s); return Number.isNaN(v) ? INVALID : v; }
    case 'TIME': { const v = parseTime(s); return Number.isNaN(v) ? INVALID : v; }
    default: return INVALID;
  }
}

// ---- ordering and keys ---------------------------------------------------------------------

/** Total order used by ORDER BY, MIN/MAX, Top-N: nulls first (Flink's default for ASC). */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareValues(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const sa = String(a), sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Arrays of strings a json source made. Flink holds those strings as BinaryStringData
 * still carrying their Java String, and BinaryStringData.compareTo compares two such with
 * String.compareTo (UTF-16 units) where it compares all others by their UTF-8 bytes: ARRAY_SORT of
 * a json ARRAY<STRING> puts '😀' before 'ﬀ', of SPLIT's result after (case
 * function-array-sort-json-utf16; engine/analysis/functions/collections.ts asks this set). A json
 * map's keys compare by bytes (measured), so maps are not marked.
 */
export const JAVA_STRINGS = new WeakSet<object>();

export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map && b instanceof Map) return keyOf([a]) === keyOf([b]);
  return false;
}

/** keyOf([v]) without the array */
export function keyPart(v: unknown): string {
  if (v === null || v === undefined) return '\u0000';
  switch (typeof v) {
    case 'string': return 's' + v;
    case 'number': return 'n' + v;
    case 'boolean': return v ? 'T' : 'F';
    default:
      if (Array.isArray(v)) return '[' + v.map(keyPart).join('\u0002') + ']';
      if (v instanceof Map) return '{' + [...v].map(([k, x]) => keyPart(k) + '=' + keyPart(x)).join('\u0002') + '}';
      return 'o' + String(v);
  }
}

/** A string that is equal for equal value lists: the key of keyed state. */
export function keyOf(values: readonly unknown[]): string {
  if (values.length === 1) return keyPart(values[0]);
  let s = '';
  for (let i = 0; i < values.length; i++) s += (i ? '\u0001' : '') + keyPart(values[i]);
  return s;
}

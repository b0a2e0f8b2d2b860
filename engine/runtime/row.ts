// Changelog rows: a kind and the fields (values as in engine/types/types.ts).
import type { SqlType } from '../types/types.ts';
import { formatValue } from '../types/values.ts';

/** Flink's RowKind, as a small int: +I, -U, +U, -D. */
export const INSERT = 0, UPDATE_BEFORE = 1, UPDATE_AFTER = 2, DELETE = 3;
export type RowKind = 0 | 1 | 2 | 3;
export const KIND_SHORT = ['+I', '-U', '+U', '-D'] as const;
export const KIND_NAME = ['INSERT', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'DELETE'] as const;

export interface Row {
  kind: RowKind;
  f: unknown[];
}

export const row = (kind: RowKind, f: unknown[]): Row => ({ kind, f });
/** a's fields then b's, in a new array (a copy loop: Array.prototype.concat and spreads cost
 *  several times more on the short rows of a join or a window function) */
export function concatRow(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const n = a.length, m = b.length;
  const out = new Array(n + m);
  for (let i = 0; i < n; i++) out[i] = a[i];
  for (let i = 0; i < m; i++) out[n + i] = b[i];
  return out;
}

/** +I and +U add to the table, -U and -D take away (Flink's RowDataUtil.isAccumulateMsg). */
export const isAccumulate = (r: Row) => r.kind === INSERT || r.kind === UPDATE_AFTER;

/** Row.toString(): `+I[a, 1]`. */
export function formatRow(r: Row, types: readonly SqlType[]): string {
  let s = KIND_SHORT[r.kind] + '[';
  for (let i = 0; i < r.f.length; i++) s += (i ? ', ' : '') + formatValue(r.f[i], types[i]!);
  return s + ']';
}

/**
 * Changelog lines as UTF-8 bytes, written in place: the bytes are those of the lines' strings
 * (formatRow), without making the strings. The buffer grows to hold what is written before
 * `take()` hands it out.
 */
export class LineBytes {
  buf = new Uint8Array(1 << 16);
  pos = 0;
  private static encoder = new TextEncoder();
  /** room for n more bytes */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  /** a string's UTF-8 bytes (ASCII copied, the rest encoded from the first non-ASCII character) */
  str(s: string): void {
    const n = s.length;
    this.ensure(3 * n);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) { this.pos = pos + LineBytes.encoder.encodeInto(i === 0 ? s : s.slice(i), buf.subarray(pos)).written; return; }
      buf[pos++] = c;
    }
    this.pos = pos;
  }
  /** a number as String(v) prints it; int32 values digit by digit */
  num(v: number): void {
    if ((v | 0) !== v) { this.str(String(v)); return; }
    this.ensure(11);
    const buf = this.buf;
    if (v < 0) { buf[this.pos++] = 45; v = -v; }
    const len = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 1e4 ? 4 : v < 1e5 ? 5 : v < 1e6 ? 6 : v < 1e7 ? 7 : v < 1e8 ? 8 : v < 1e9 ? 9 : 10;
    let at = this.pos + len;
    this.pos = at;
    // the digits from the last, with integer division
    do { const q = (v / 10) | 0; buf[--at] = 48 + (v - q * 10); v = q; } while (v !== 0);
  }
  /** the bytes written so far, in the writer's buffer (`pos = 0` then writes over them) */
  written(): Uint8Array { return this.buf.subarray(0, this.pos); }
  /** the bytes written so far; the writer starts over with a new buffer (the old one may still be in use by the consumer) */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    this.buf = new Uint8Array(Math.max(1 << 16, this.buf.length));
    this.pos = 0;
    return out;
  }
}

/** the kind's two characters at 2 * kind */
const KIND_BYTES = new Uint8Array(KIND_SHORT.flatMap((k) => [k.charCodeAt(0), k.charCodeAt(1)]));
/** the two digits of 0..99 at 2 * n */
const DIGIT_PAIRS = new Uint8Array(200).map((_, i) => 48 + (i & 1 ? (i >> 1) % 10 : Math.floor((i >> 1) / 10)));
/** bytes a field takes at most when written here (', ' and an int32's 11) and the line's end (']\n') */
const FIELD_ROOM = 13, END_ROOM = 2;

/**
 * formatRow specialised once for a list of column types, as bytes: (kind, fields) -> `+I[a, 1]` and
 * a line break. The line's code is generated for the columns (compiled once per query, as
 * expressions are): an ASCII string of a character column and an int32 of an integer column are
 * written inline with the buffer and position in locals, anything else by the column's writer
 * (LineBytes.str/num, formatValue). A row with another number of fields than columns (extra
 * fields formatted without a type) gets a line function of its own length.
 */
export function rowWriter(types: readonly SqlType[]): (kind: RowKind, f: readonly unknown[], out: LineBytes) => void {
  const writerOf = (i: number): ((v: unknown, out: LineBytes) => void) => {
    const ty = types[i];
    switch (ty?.name) {
      case 'CHAR': case 'VARCHAR': return (v, out) => out.str(v === null || v === undefined ? 'null' : typeof v === 'string' ? v : String(v));
      case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return (v, out) => (typeof v === 'number' ? out.num(v) : out.str(formatValue(v, ty)));
      default: return (v, out) => out.str(formatValue(v, ty!));
    }
  };
  const codeOf = (i: number) => {
    const name = types[i]?.name;
    return name === 'CHAR' || name === 'VARCHAR' ? W_STRING : name === 'TINYINT' || name === 'SMALLINT' || name === 'INT' || name === 'BIGINT' ? W_INT : W_OTHER;
  };
  const byLength: LineFn[] = [];
  const other: LineFn = (kind, f, out) => (byLength[f.length] ??= compileLine(f.length, codeOf, writerOf, other))(kind, f, out);
  return byLength[types.length] = compileLine(types.length, codeOf, writerOf, other);
}

type LineFn = (kind: RowKind, f: readonly unknown[], out: LineBytes) => void;

/**
 * The line function for rows of m fields. One room check makes room for the kind, every field as
 * far as written inline but a string's characters, and the end; a string makes room for its
 * characters and the fields after it, and so does the line after a column's writer wrote (which
 * makes room for itself only).
 */
function compileLine(m: number, codeOf: (i: number) => number, writerOf: (i: number) => (v: unknown, out: LineBytes) => void, other: LineFn): LineFn {
  const writers = Array.from({ length: m }, (_, i) => writerOf(i));
  const first = 3 + m * FIELD_ROOM + END_ROOM;
  let src = `if (f.length !== ${m}) return other(kind, f, out);
let buf = out.buf, pos = out.pos, v, x, at, len, j, ch;
if (pos + ${first} > buf.length) { out.ensure(${first}); buf = out.buf; }
buf[pos] = KIND_BYTES[2 * kind]; buf[pos + 1] = KIND_BYTES[2 * kind + 1]; buf[pos + 2] = 91; pos += 3;
`;
  for (let i = 0; i < m; i++) {
    const room = (m - i) * FIELD_ROOM + END_ROOM;
    const byWriter = `{ out.pos = pos; writers[${i}](v, out); pos = out.pos; if (pos + ${room} > out.buf.length) out.ensure(${room}); buf = out.buf; }`;
    if (i) src += 'buf[pos] = 44; buf[pos + 1] = 32; pos += 2;\n'; // ', '
    src += `v = f[${i}];\n`;
    switch (codeOf(i)) {
      case W_INT:
        // as an unsigned 32-bit integer (-2^31 becomes 2^31), divided as one, two digits at a
        // time from the last
        src += `if (typeof v === 'number' && (v | 0) === v) {
  if (v < 0) { buf[pos++] = 45; x = -v >>> 0; } else x = v >>> 0;
  len = x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 1e4 ? 4 : x < 1e5 ? 5 : x < 1e6 ? 6 : x < 1e7 ? 7 : x < 1e8 ? 8 : x < 1e9 ? 9 : 10;
  at = pos + len; pos = at;
  while (x >= 100) { const q = (x / 100) >>> 0; const r = 2 * (x - q * 100); buf[--at] = DIGIT_PAIRS[r + 1]; buf[--at] = DIGIT_PAIRS[r]; x = q; }
  if (x >= 10) { buf[--at] = DIGIT_PAIRS[2 * x + 1]; buf[--at] = DIGIT_PAIRS[2 * x]; } else buf[--at] = 48 + x;
} else ${byWriter}
`;
        break;
      case W_STRING:
        // ASCII copied; from the first other character on, UTF-8 by LineBytes.str
        src += `if (typeof v === 'string') {
  len = v.length;
  if (pos + len + ${room} > buf.length) { out.pos = pos; out.ensure(len + ${room}); buf = out.buf; }
  for (j = 0; j < len; j++) { ch = v.charCodeAt(j); if (ch >= 128) break; buf[pos + j] = ch; }
  pos += j;
  if (j !== len) { out.pos = pos; out.str(j === 0 ? v : v.slice(j)); pos = out.pos; if (pos + ${room} > out.buf.length) out.ensure(${room}); buf = out.buf; }
} else ${byWriter}
`;
        break;
      default:
        src += byWriter + '\n';
    }
  }
  src += 'buf[pos] = 93; buf[pos + 1] = 10; out.pos = pos + 2;'; // ']\n'
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('KIND_BYTES', 'DIGIT_PAIRS', 'writers', 'other', `return function changelogLine(kind, f, out) {\n${src}\n};`)(KIND_BYTES, DIGIT_PAIRS, writers, other) as LineFn;
}
const W_STRING = 0, W_INT = 1, W_OTHER = 2;

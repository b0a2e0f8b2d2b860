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

const KIND_BYTES = KIND_SHORT.map((k) => [k.charCodeAt(0), k.charCodeAt(1)]);

/** formatRow specialised once for a list of column types, as bytes: (kind, fields) -> `+I[a, 1]` and a line break. */
export function rowWriter(types: readonly SqlType[]): (kind: RowKind, f: readonly unknown[], out: LineBytes) => void {
  const writers = types.map((ty): ((v: unknown, out: LineBytes) => void) => {
    switch (ty.name) {
      case 'CHAR': case 'VARCHAR': return (v, out) => out.str(v === null || v === undefined ? 'null' : typeof v === 'string' ? v : String(v));
      case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return (v, out) => (typeof v === 'number' ? out.num(v) : out.str(formatValue(v, ty)));
      default: return (v, out) => out.str(formatValue(v, ty));
    }
  });
  const n = writers.length;
  // the common values are written here with the buffer and position in locals: an ASCII string of
  // a character column, an int32 of an integer column; the rest by the column's writer
  const code = types.map((ty) => (ty.name === 'CHAR' || ty.name === 'VARCHAR' ? W_STRING : ty.name === 'TINYINT' || ty.name === 'SMALLINT' || ty.name === 'INT' || ty.name === 'BIGINT' ? W_INT : W_OTHER));
  return (kind, f, out) => {
    const nf = f.length;
    out.ensure(3);
    let buf = out.buf, pos = out.pos;
    const k = KIND_BYTES[kind]!;
    buf[pos] = k[0]!; buf[pos + 1] = k[1]!; buf[pos + 2] = 91; // '['
    pos += 3;
    for (let i = 0; i < nf; i++) {
      const v = f[i];
      // room for ', ', the value's bytes as far as written here (int32: 11), and ']\n'
      const c = i < n ? code[i]! : W_OTHER;
      const room = c === W_STRING && typeof v === 'string' ? v.length + 4 : 15;
      if (pos + room > buf.length) { out.pos = pos; out.ensure(room); buf = out.buf; }
      if (i) { buf[pos++] = 44; buf[pos++] = 32; } // ', '
      if (c === W_STRING && typeof v === 'string') {
        const len = v.length;
        let j = 0;
        for (; j < len; j++) { const ch = v.charCodeAt(j); if (ch >= 128) break; buf[pos++] = ch; }
        if (j === len) continue;
        out.pos = pos; out.str(j === 0 ? v : v.slice(j)); buf = out.buf; pos = out.pos;
        continue;
      }
      if (c === W_INT && typeof v === 'number' && (v | 0) === v) {
        let x = v;
        if (x < 0) { buf[pos++] = 45; x = -x; }
        const len = x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 1e4 ? 4 : x < 1e5 ? 5 : x < 1e6 ? 6 : x < 1e7 ? 7 : x < 1e8 ? 8 : x < 1e9 ? 9 : 10;
        let at = pos + len;
        pos = at;
        do { const q = (x / 10) | 0; buf[--at] = 48 + (x - q * 10); x = q; } while (x !== 0);
        continue;
      }
      out.pos = pos;
      if (i < n) writers[i]!(v, out); else out.str(formatValue(v, types[i]!));
      buf = out.buf; pos = out.pos;
    }
    if (pos + 2 > buf.length) { out.pos = pos; out.ensure(2); buf = out.buf; }
    buf[pos++] = 93; // ']'
    buf[pos++] = 10; // '\n'
    out.pos = pos;
  };
}
const W_STRING = 0, W_INT = 1, W_OTHER = 2;

// Table sources: filesystem (csv, json) and datagen. Each yields batches of rows, read in
// chunks from the file (never the whole file), so that the driver can interleave sources.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import type { SqlType } from '../types/types.ts';
import { INT_RANGE, INVALID, JAVA_STRINGS, binaryStringHash, javaHashMapOrder, parseText, parseTimestamp, textRangeParser, timestampBytesAt } from '../types/values.ts';
import { typeToString } from '../types/types.ts';
import { useScanWorker, workerSource } from './worker-source.ts';

const isCharType = (ty: SqlType) => ty.name === 'VARCHAR' || ty.name === 'CHAR';

export interface SourceColumn { name: string; type: SqlType }

/** Rows as read, with where each came from: rows[i] is on 1-based line lines[i] of the file. */
export interface SourceBatch { rows: unknown[][]; lines: ArrayLike<number> }

export interface TableSource {
  /** next batch of rows (never empty), or null at end of input */
  next(): Promise<SourceBatch | null>;
  close(): void;
  /** rows skipped because of parse errors (ignore-parse-errors) */
  skipped: number;
  /** a description for messages: the file path or connector */
  name: string;
}

/** A bad input: the run fails with this (Flink: a RuntimeException from the format). */
export class SourceError extends Error {
  file: string;
  line: number;
  column: number;
  /** the Java exception Flink's format throws for the same input */
  className: string;
  constructor(file: string, line: number, column: number, message: string, className = 'java.io.IOException') {
    super(line > 0 ? `${message} (${file}:${line}:${column})` : message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.className = className;
  }
}

/** What Java says when the text of a field cannot be parsed as the column's type. */
function javaParseFailure(v: string, ty: SqlType): { className: string; message: string } {
  switch (ty.name) {
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT':
      return { className: 'java.lang.NumberFormatException', message: `For input string: "${v}"` };
    case 'FLOAT': case 'DOUBLE': case 'DECIMAL':
      return { className: 'java.lang.NumberFormatException', message: v.trim() === '' ? 'empty String' : `For input string: "${v}"` };
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': case 'DATE': case 'TIME':
      return { className: 'java.time.format.DateTimeParseException', message: `Text '${v}' could not be parsed at index 0` };
    default:
      return { className: 'java.io.IOException', message: `cannot parse '${v}'` };
  }
}

/**
 * How a file format turns a record into a row: the record is text[a, b) (its line break and a CR
 * before it left out), starting on 1-based line `line`; `plain`: its chunk has no quote
 * character, so it needs no CSV unquoting. Returns the row, or null to skip the record; throws a
 * SourceError to fail the run.
 */
export type RecordParser = (text: string, a: number, b: number, line: number, plain: boolean, src: TableSource) => unknown[] | null;

/**
 * A file's text in 64 KB chunks, decoded as UTF-8 (a character split between reads is completed
 * by the next; a BOM is kept, as Node's stream decoder keeps it). Synchronous reads: the engine
 * gives the event loop its turns itself (index.ts), and a short run then never loads Node's
 * stream modules. `next(keep)` hands out the previous text from index `keep` (the incomplete
 * record the reader carries over) followed by the next chunk. While the file is ASCII, the kept
 * bytes move to the front of the buffer and the text is the buffer read as Latin-1: one flat
 * string (a concatenation is a rope, whose charCodeAt, used by every number and timestamp
 * parser, costs several times more); after the first other byte, the decoder's text is appended.
 */
export function* texts(path: string, view: ChunkBytes): Generator<string, void, number> {
  const fd = openSync(path, 'r');
  try {
    const CHUNK = 1 << 16;
    let buf = Buffer.allocUnsafe(CHUNK);
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let ascii = true;
    let len = 0; // while ASCII: the previous text is buf[0, len)
    let text = '';
    let keep = 0;
    for (;;) {
      let d: string;
      if (ascii) {
        const tail = len - keep;
        if (tail + CHUNK > buf.length) {
          const next = Buffer.allocUnsafe(Math.max(2 * buf.length, tail + CHUNK));
          buf.copy(next, 0, keep, len);
          buf = next;
        } else if (tail > 0 && keep > 0) buf.copyWithin(0, keep, len);
        const n = readSync(fd, buf, tail, CHUNK, null);
        if (n === 0) break;
        if (isAscii(buf.subarray(tail, tail + n))) {
          len = tail + n;
          text = buf.toString('latin1', 0, len);
          view.bytes = buf;
          keep = yield text;
          continue;
        }
        // the kept part is ASCII, so the decoder, fresh, starts at a character boundary
        ascii = false;
        view.bytes = null;
        text = buf.toString('latin1', 0, tail);
        keep = 0;
        d = decoder.decode(buf.subarray(tail, tail + n), { stream: true });
      } else {
        const n = readSync(fd, buf, 0, CHUNK, null);
        if (n === 0) break;
        d = decoder.decode(buf.subarray(0, n), { stream: true });
      }
      if (d) { text = text.slice(keep) + d; keep = yield text; }
    }
    if (!ascii) {
      const rest = decoder.decode();
      if (rest) yield text.slice(keep) + rest;
    }
  } finally {
    closeSync(fd);
  }
}

/** The bytes of texts()' current text while the file is ASCII (text[i] is bytes[i]), else null. */
export interface ChunkBytes { bytes: Uint8Array | null }

/**
 * A format's reader of a whole chunk of plain records (no quote character in it), byte by byte:
 * turns the complete records of text[start, text.length) into rows (pushed with their lines) and
 * returns where the incomplete one at the end begins; `line` is the 1-based line at `start` and,
 * after the call, at the returned position. A record it does not read itself goes to the format's
 * RecordParser, so both give the same rows and the same errors.
 */
export interface ChunkReader {
  line: number;
  read(text: string, bytes: Uint8Array, start: number, rows: unknown[][], lines: number[], src: TableSource): number;
}

/**
 * The complete records of one chunk of text, read by the record parser (batches' and the scan
 * worker's path where chunkReader does not read): each record's row, with the line it begins on,
 * to `row`. Without a quote character in the chunk records are lines; with one, a quoted field
 * may hold line breaks. Returns where the incomplete tail begins and its line: the next chunk
 * begins with it, and counts its line breaks again.
 */
export function chunkRecords(text: string, lineNo: number, quote: string | null, parse: RecordParser, src: TableSource, row: (f: unknown[], line: number) => void): { keep: number; line: number } {
  let start = 0;
  if (quote === null || text.indexOf(quote) < 0) {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const f = parse(text, start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, lineNo, true, src);
      if (f !== null) row(f, lineNo);
      lineNo++;
      start = nl + 1;
    }
    return { keep: start, line: lineNo };
  }
  const q = quote.charCodeAt(0);
  let inQuote = false;
  let startLine = lineNo;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === q) inQuote = !inQuote;
    else if (c === 10 && !inQuote) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      const f = parse(text, start, end, startLine, false, src);
      if (f !== null) row(f, startLine);
      start = i + 1;
      lineNo++;
      startLine = lineNo;
    } else if (c === 10) lineNo++;
  }
  return { keep: start, line: startLine };
}

/** The file's last record when no line break ends it (`carry`: what the last chunk left), or null. */
export function lastRecord(carry: string, lineNo: number, quote: string | null, parse: RecordParser, src: TableSource): unknown[] | null {
  if (carry.length === 0 || carry === '\r') return null;
  const last = carry.replace(/\r$/, '');
  return parse(last, 0, last.length, lineNo, quote === null || last.indexOf(quote) < 0, src);
}

/** Reads a file in chunks and yields the rows of each chunk's complete records (CSV quoting may span lines). */
async function* batches(path: string, quote: string | null, parse: RecordParser, src: TableSource, chunkReader: ChunkReader | null): AsyncGenerator<SourceBatch> {
  const view: ChunkBytes = { bytes: null };
  const reader = texts(path, view);
  // the incomplete record at the end of a text: text.slice(keep) (texts() carries it over)
  let text = '';
  let keep = 0;
  let lineNo = 1;
  try {
    for (let r = reader.next(); !r.done; r = reader.next(keep)) {
      text = r.value;
      const rows: unknown[][] = [];
      const lines: number[] = [];
      if (chunkReader !== null && view.bytes !== null && (quote === null || text.indexOf(quote) < 0)) {
        chunkReader.line = lineNo;
        keep = chunkReader.read(text, view.bytes, 0, rows, lines, src);
        lineNo = chunkReader.line;
      } else {
        const got = chunkRecords(text, lineNo, quote, parse, src, (f, line) => { rows.push(f); lines.push(line); });
        keep = got.keep;
        lineNo = got.line;
      }
      if (rows.length) yield { rows, lines };
    }
    const f = lastRecord(text.slice(keep), lineNo, quote, parse, src);
    if (f !== null) yield { rows: [f], lines: [lineNo] };
  } finally {
    reader.return(undefined);
  }
}

/** Splits one CSV record; returns fields with their 1-based start columns. */
export function splitCsv(s: string, delim: string, quote: string | null): { v: string; col: number; quoted: boolean }[] {
  const out: { v: string; col: number; quoted: boolean }[] = [];
  let i = 0;
  const n = s.length;
  for (;;) {
    const col = i + 1;
    if (quote !== null && s[i] === quote) {
      let v = '';
      i++;
      for (;;) {
        const j = s.indexOf(quote, i);
        if (j < 0) { v += s.slice(i); i = n; break; }
        v += s.slice(i, j);
        if (s[j + 1] === quote) { v += quote; i = j + 2; continue; }
        i = j + 1;
        break;
      }
      out.push({ v, col, quoted: true });
      const d = s.indexOf(delim, i);
      if (d < 0) return out;
      i = d + delim.length;
    } else {
      const d = s.indexOf(delim, i);
      if (d < 0) { out.push({ v: s.slice(i), col, quoted: false }); return out; }
      out.push({ v: s.slice(i, d), col, quoted: false });
      i = d + delim.length;
    }
  }
}

/** the converter of a column the query does not read */
const unread = (): unknown => null;

function opt(options: Record<string, string>, key: string): string | undefined {
  return options[key];
}

function unescapeDelimiter(d: string): string {
  if (d === '\\t') return '\t';
  return d;
}

/** The source of a file format: the file read in chunks, each record turned into a row by `parse`. */
function lineSource(path: string, display: string, quote: string | null, parse: RecordParser, chunkReader: ChunkReader | null = null): TableSource {
  let it: AsyncGenerator<SourceBatch> | null = null;
  const src: TableSource = {
    skipped: 0,
    name: display,
    async next() {
      it ??= batches(path, quote, parse, src, chunkReader);
      const r = await it.next();
      return r.done ? null : r.value;
    },
    close() { void it?.return(undefined); },
  };
  return src;
}

/**
 * filesystem + csv. The first line is a header (the cases' convention) and is skipped.
 * `reads[i] === false`: the query does not read column i; it is left null, never converted (Flink
 * pushes the projection into the format).
 */
export function csvSource(path: string, display: string, columns: SourceColumn[], options: Record<string, string>, reads?: boolean[], scanWorker?: boolean): TableSource {
  const size = fileSize(path, display);
  if (scanWorker ?? useScanWorker(size)) {
    const w = workerSource(path, display, columns, options, reads);
    if (w) return w;
  }
  const fmt = csvFormat(display, columns, options, reads);
  return lineSource(path, display, fmt.quote, fmt.parse, fmt.chunkReader());
}

/** The size of a source's file; a SourceError when it is not a file. */
function fileSize(path: string, display: string): number {
  const st = existsSync(path) ? statSync(path) : null;
  if (!st?.isFile()) throw new SourceError(display, 0, 0, `File ${display} does not exist`);
  return st.size;
}

/** What csvSource reads a file with (also the scan worker's, scan-worker.ts: the same records give the same rows and errors). */
export interface CsvFormat {
  quote: string | null;
  parse: RecordParser;
  /** true while the next record is the header */
  header: () => boolean;
  /** the whole-chunk reader, or null when the options leave none (a delimiter of more than one byte, a null literal) */
  chunkReader: () => ChunkReader | null;
  /** the fast path's column kinds, bounds and converters (when chunkReader() is not null) */
  fast: { kinds: number[]; lo: number[]; hi: number[]; delim: number; allowComments: boolean; conv: ((s: string, a: number, b: number) => unknown)[] } | null;
}

/** csvSource's parser of the options: the record parser and the fast path's setup. */
export function csvFormat(display: string, columns: SourceColumn[], options: Record<string, string>, reads?: boolean[]): CsvFormat {
  const delim = unescapeDelimiter(opt(options, 'csv.field-delimiter') ?? ',');
  const dl = delim.length;
  const quote = opt(options, 'csv.disable-quote-character') === 'true' ? null : (opt(options, 'csv.quote-character') ?? '"');
  const nullLiteral = opt(options, 'csv.null-literal');
  const ignore = opt(options, 'csv.ignore-parse-errors') === 'true';
  const allowComments = opt(options, 'csv.allow-comments') === 'true';
  const nc = columns.length;
  // one converter per column, chosen once: text[a, b) -> value, or INVALID
  const conv = columns.map((c, i): ((s: string, a: number, b: number) => unknown) => {
    if (reads?.[i] === false) return unread;
    const p = textRangeParser(c.type);
    return c.type.name === 'BOOLEAN' ? (s, a, b) => (s.slice(a, b).trim() === '' ? false : p(s, a, b)) : p;
  });
  /** f[i] from the field text[a, b), at column `col` of the record */
  const field = (f: unknown[], i: number, text: string, a: number, b: number, src: TableSource, line: number, col: number): void => {
    if (nullLiteral !== undefined && text.slice(a, b) === nullLiteral) { f[i] = null; return; } // quoted or not (Flink 2.3.0: "NA" is NULL too)
    const x = conv[i]!(text, a, b);
    if (x !== INVALID) { f[i] = x; return; }
    // Flink's csv format: with ignore-parse-errors the field becomes NULL, else the job fails
    if (ignore) { f[i] = null; src.skipped++; return; }
    const c = columns[i]!;
    const v = text.slice(a, b);
    const j = javaParseFailure(v, c.type);
    throw new SourceError(display, line, col,
      `${j.message}: column '${c.name}' expects ${typeToString({ ...c.type, nullable: true, timeAttr: undefined } as SqlType)}`, j.className);
  };
  // Jackson's CsvParser reads the record first: a value past the last column fails it ("Too many
  // entries"), before any field is converted; with ignore-parse-errors the row is dropped
  const tooMany = (v: string, col: number, line: number, src: TableSource): null => {
    if (ignore) { src.skipped++; return null; }
    throw new SourceError(display, line, col, `Too many entries: expected at most ${nc} (value #${nc} (${v.length} chars) "${v}")`, 'org.apache.flink.shaded.jackson2.com.fasterxml.jackson.dataformat.csv.CsvReadException');
  };
  // the fast path converts in place: no null literal to compare with
  const plainConv = nullLiteral === undefined;
  let first = true;
  // where each field of a record ends (the record is scanned once for its delimiters)
  const fieldEnds: number[] = new Array(nc).fill(0);
  const parse: RecordParser = (text, a, b, line, plain, src) => {
    if (first) { first = false; return null; }
    if (a === b) return null;
    if (allowComments && text.charCodeAt(a) === 35) return null;
    const f = new Array(nc);
    let q: number;
    if (plain || (q = text.indexOf(quote!, a)) < 0 || q >= b) {
      // fast path: no quote character in the record, fields read in place
      let pos = a, found = 0;
      for (; found < nc && pos <= b; found++) {
        let e = text.indexOf(delim, pos);
        if (e < 0 || e + dl > b) e = b;
        fieldEnds[found] = e;
        pos = e + dl;
      }
      if (pos <= b) {
        let e = text.indexOf(delim, pos);
        if (e < 0 || e + dl > b) e = b;
        return tooMany(text.slice(pos, e), pos - a + 1, line, src);
      }
      let start = a;
      for (let i = 0; i < nc; i++) {
        if (i >= found) { f[i] = null; continue; }
        const end = fieldEnds[i]!;
        if (plainConv) {
          const x = conv[i]!(text, start, end);
          if (x !== INVALID) f[i] = x; else field(f, i, text, start, end, src, line, start - a + 1);
        } else field(f, i, text, start, end, src, line, start - a + 1);
        start = end + dl;
      }
    } else {
      const parts = splitCsv(text.slice(a, b), delim, quote!);
      if (parts.length > nc) return tooMany(parts[nc]!.v, parts[nc]!.col, line, src);
      for (let i = 0; i < nc; i++) {
        const p = parts[i];
        if (p === undefined) { f[i] = null; continue; }
        field(f, i, p.v, 0, p.v.length, src, line, p.col);
      }
    }
    return f;
  };
  // a one-byte delimiter and no null literal: whole chunks are read byte by byte (chunkReader)
  const d0 = delim.charCodeAt(0);
  const chunks = dl === 1 && d0 < 128 && d0 !== 10 && d0 !== 13 && plainConv;
  const header = () => first;
  return {
    quote, parse, header,
    chunkReader: () => (chunks ? chunkReader(columns, reads, conv, d0, allowComments, parse, header) : null),
    fast: chunks && fastDelimiter(d0) ? { kinds: columnKinds(columns, reads), lo: columns.map((c) => INT_RANGE[c.type.name]?.[0] ?? 0), hi: columns.map((c) => INT_RANGE[c.type.name]?.[1] ?? 0), delim: d0, allowComments, conv } : null,
  };
}

/** the string cache's hash of bytes[s, e) */
export function hashBytes(bytes: Uint8Array, s: number, e: number): number {
  let h = 0;
  for (let j = s; j < e; j++) h = (Math.imul(h, 31) + bytes[j]!) | 0;
  return h;
}

type FastRecord = (text: string, bytes: Uint8Array, words: DataView<ArrayBufferLike>, a: number, end: number) => unknown[] | null;

/**
 * What a generated record scanner does with each field it reads (fieldScanner): `fail`, the
 * statement that gives up on the record; the statements that store a string (its bytes s..e,
 * their hash h), a number read in place (v), and a value another converter reads (s..e).
 */
export interface FieldStore {
  fail: string;
  string(k: number): string;
  number(k: number): string;
  other(k: number): string;
  unread(k: number): string;
}

/**
 * The source of a scan of one record, field by field in one pass (chunkReader's fast path and the
 * scan worker's): a string hashed as it is scanned, an integer's digits converted as they are met
 * (plainInt's canonical form: an optional '-' and 1 to 9 digits in all, in the column's range), a
 * canonical timestamp read in place and stepped over (its 19 bytes hold no delimiter: the
 * delimiter is none of its characters), other values four bytes at a time while none of them is
 * the delimiter or a line break (a word with a zero byte after the XOR has one), then byte by byte.
 * It takes only a record of exactly kinds.length fields in those forms; `store` says what is kept.
 * Variables: s (the field's start), i, c, e, h, v, d0; bytes, words, end; s ends past the record.
 */
export function fieldScanner(kinds: number[], delim: number, lo: number[], hi: number[], store: FieldStore): string {
  const nc = kinds.length;
  const { fail } = store;
  // a field read in place ends at the delimiter, the last one at the line break (a CR before it left out)
  const term = (last: boolean) => (last
    ? `c = bytes[i];\nif (c !== 10) { if (c !== 13 || bytes[i + 1] !== 10) ${fail}; i++; }\n`
    : `if (bytes[i] !== ${delim}) ${fail};\n`);
  let src = '';
  for (let k = 0; k < nc; k++) {
    const last = k === nc - 1;
    switch (kinds[k]) {
      case K_STRING:
        src += `i = s; h = 0; c = 0;
for (; i < end; i++) { c = bytes[i]; if (c === ${delim} || c === 10) break; h = (Math.imul(h, 31) + c) | 0; }
if (i >= end || c !== ${last ? 10 : delim}) ${fail};
e = i;
${last ? 'if (bytes[e - 1] === 13 && e > s) { e--; h = hashBytes(bytes, s, e); }' : ''}
${store.string(k)}
`;
        break;
      case K_INT:
        src += `i = s; v = 0;
const neg${k} = bytes[i] === 45;
if (neg${k}) i++;
d0 = i;
for (; i < end; i++) { const d = bytes[i] - 48; if (d < 0 || d > 9) break; v = v * 10 + d; }
if (i >= end || i === d0 || i - s >= 10) ${fail};
if (neg${k}) v = -v;
if (v < ${lo[k]} || v > ${hi[k]}) ${fail};
${store.number(k)}
${term(last)}`;
        break;
      case K_TIMESTAMP:
        src += `if (s + 20 >= end) ${fail};
v = timestampBytesAt(bytes, s);
if (v !== v) ${fail};
i = s + 19;
${store.number(k)}
${term(last)}`;
        break;
      default:
        src += `i = s;
for (; i + 4 <= end; i += 4) {
  const w = words.getUint32(i, true), xd = w ^ ${Math.imul(delim, 0x01010101)}, xl = w ^ 0x0a0a0a0a;
  if ((((xd - 0x01010101) & ~xd) | ((xl - 0x01010101) & ~xl)) & 0x80808080) break;
}
c = 0;
for (; i < end; i++) { c = bytes[i]; if (c === ${delim} || c === 10) break; }
if (i >= end || c !== ${last ? 10 : delim}) ${fail};
${kinds[k] === K_UNREAD ? store.unread(k) : `e = ${last ? 'bytes[i - 1] === 13 && i > s ? i - 1 : i' : 'i'};
${store.other(k)}`}
`;
    }
    src += 's = i + 1;\n';
  }
  return src;
}

/**
 * The csv fast path's record reader for a list of column kinds, generated once per source (as
 * expressions are compiled once per query): the record at a, field by field (see chunkReader),
 * as a row, its end (past its line break) in end[0]; null when it is not a record the fast path
 * reads. Each column's code is its kind's, with its index, bounds and whether it is the last
 * written in.
 */
function compileFastRecord(kinds: number[], delim: number, lo: number[], hi: number[], fastEnd: Float64Array,
  use: { cachedString: (text: string, bytes: Uint8Array, s: number, e: number, k: number, h: number) => string; useCache: boolean[];
    hashBytes: (bytes: Uint8Array, s: number, e: number) => number; conv: ((s: string, a: number, b: number) => unknown)[]; INVALID: unknown;
    timestampBytesAt: (b: Uint8Array, i: number) => number }): FastRecord {
  const nc = kinds.length;
  let src = 'let s = a, i = 0, c = 0, e = 0, h = 0, v = 0, d0 = 0;\n';
  src += kinds.map((_, k) => `let x${k};\n`).join('');
  src += fieldScanner(kinds, delim, lo, hi, {
    fail: 'return null',
    string: (k) => `x${k} = e - s <= 12 && useCache[${k}] ? cachedString(text, bytes, s, e, ${k}, h) : text.slice(s, e);`,
    number: (k) => `x${k} = v;`,
    other: (k) => `x${k} = conv[${k}](text, s, e);\nif (x${k} === INVALID) return null;`,
    unread: (k) => `x${k} = null;`,
  });
  // a row as the scan below makes it (new Array(nc), then its fields): rows of one shape, so the
  // operators' code that reads them is not made for two
  src += `fastEnd[0] = s;\nconst f = new Array(${nc});\n${kinds.map((_, k) => `f[${k}] = x${k};`).join(' ')}\nreturn f;`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('fastEnd', 'cachedString', 'useCache', 'hashBytes', 'conv', 'INVALID', 'timestampBytesAt',
    `return function fastRecord(text, bytes, words, a, end) {\n${src}\n};`)(fastEnd, use.cachedString, use.useCache, use.hashBytes, use.conv, use.INVALID, use.timestampBytesAt) as FastRecord;
}


// how chunkReader converts a column
export const K_UNREAD = 0, K_STRING = 1, K_INT = 2, K_TIMESTAMP = 3, K_OTHER = 4;

function columnKinds(columns: SourceColumn[], reads: boolean[] | undefined): number[] {
  return columns.map((c, i) => {
    if (reads?.[i] === false) return K_UNREAD;
    switch (c.type.name) {
      case 'CHAR': case 'VARCHAR': return K_STRING;
      case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return K_INT;
      case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return K_TIMESTAMP;
      default: return K_OTHER;
    }
  });
}

/** whether the fast path can read records with this delimiter (a canonical integer or timestamp holds none of digits, '-', ':', ' ', 'T') */
export function fastDelimiter(delim: number): boolean {
  return !(delim >= 48 && delim <= 57) && delim !== 45 && delim !== 58 && delim !== 32 && delim !== 84;
}

/**
 * The csv format's ChunkReader: one pass over a chunk's bytes finds each record's delimiters and
 * its end; strings are sliced from the text, integers and timestamps in their canonical forms are
 * read from the bytes, other values by the column's converter. The header, an empty or comment
 * record, one with more fields than columns and one with a value that does not convert go to
 * `parse` (the same record, so the same row, skip count or error).
 */
function chunkReader(columns: SourceColumn[], reads: boolean[] | undefined, conv: ((s: string, a: number, b: number) => unknown)[],
  delim: number, allowComments: boolean, parse: RecordParser, header: () => boolean): ChunkReader {
  const nc = columns.length;
  const kinds = columnKinds(columns, reads);
  const lo = columns.map((c) => INT_RANGE[c.type.name]?.[0] ?? 0);
  const hi = columns.map((c) => INT_RANGE[c.type.name]?.[1] ?? 0);
  // ends[k]: where field k ends (its delimiter), for the fields before the last
  const ends = new Array<number>(nc).fill(0);
  // Short strings are handed out from a per-column cache of the last one seen in each of SLOTS
  // slots (by a hash of the bytes): a column of few distinct values (a key) then gives the same
  // string object for the same text, whose hash V8 keeps, so a Map lookup by it neither hashes
  // a new string nor compares characters. A column that misses more than half of its first
  // lookups (many distinct values) stops using it. Up to 12 characters only: V8 copies such a
  // slice, where a longer one would be a view of the whole chunk, which the cache would keep.
  const SLOTS = 4096, PROBE = 16384;
  // A slot keeps its string, the string's hash and its bytes (up to 12, at slot * 12): a lookup
  // compares bytes with bytes (a string's charCodeAt costs several times a byte read).
  const cached: (string | undefined)[] = new Array(nc * SLOTS).fill(undefined);
  const cachedHash = new Int32Array(nc * SLOTS);
  const cachedBytes = new Uint8Array(nc * SLOTS * 12);
  const useCache = kinds.map((k) => k === K_STRING);
  const lookups = new Array<number>(nc).fill(0), misses = new Array<number>(nc).fill(0);
  const cachedString = (text: string, bytes: Uint8Array, s: number, e: number, k: number, h: number): string => {
    const n = e - s;
    const slot = k * SLOTS + ((h ^ (h >>> 12)) & (SLOTS - 1));
    const c = cached[slot];
    const at = slot * 12;
    if (c !== undefined && cachedHash[slot] === h && c.length === n) {
      let j = 0;
      while (j < n && cachedBytes[at + j] === bytes[s + j]) j++;
      if (j === n) { if (lookups[k]! < PROBE) lookups[k]!++; return c; }
    }
    const x = text.slice(s, e);
    cached[slot] = x;
    cachedHash[slot] = h;
    for (let j = 0; j < n; j++) cachedBytes[at + j] = bytes[s + j]!;
    if (lookups[k]! < PROBE) {
      lookups[k]!++;
      if (++misses[k]! * 2 > PROBE) useCache[k] = false;
    }
    return x;
  };
  // The fast path reads a record field by field in one pass: a string hashed as it is scanned, an
  // integer's digits converted as they are met, a canonical timestamp read in place and stepped
  // over (its 19 bytes hold no delimiter: the delimiter is none of its characters). It takes only
  // a record of exactly nc fields whose values are all in the forms above (or convert with the
  // column's converter); any other record is read by the scan below, from its start, as before.
  // A source whose records keep missing it (say, integers of 10 digits) stops trying it.
  /** the chunk's bytes as the fast path's word-wise scan reads them (set per chunk) */
  let words: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  let fast = fastDelimiter(delim);
  let fastTries = 0, fastMisses = 0;
  /** where the record fastRecord read ends: past its line break */
  const fastEnd = new Float64Array(1);
  const fastRecord = compileFastRecord(kinds, delim, lo, hi, fastEnd, {
    cachedString, useCache, hashBytes, conv, INVALID, timestampBytesAt,
  });
  // the line, kept in a variable of this closure: read() stores it after its loop, where a
  // property store would have no type feedback yet when V8 compiles the loop on its first chunk
  // (on-stack replacement) and would throw that code away at every chunk's end
  let lineNo = 1;
  return {
    get line() { return lineNo; },
    set line(n: number) { lineNo = n; },
    read(text, bytes, start, rows, lines, src) {
      const end = text.length;
      let line = lineNo;
      let a = start;
      if (fast && (words.buffer !== bytes.buffer || words.byteOffset !== bytes.byteOffset || words.byteLength !== bytes.byteLength)) words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (;;) {
        if (fast && a < end && !header()) {
          const c0 = bytes[a];
          if (c0 !== 10 && c0 !== 13 && !(allowComments && c0 === 35)) {
            const f = fastRecord(text, bytes, words, a, end);
            if (f !== null) {
              rows.push(f); lines.push(line);
              line++;
              a = fastEnd[0]!;
              if (fastTries < PROBE) fastTries++;
              continue;
            }
            if (fastTries < PROBE) { fastTries++; if (++fastMisses * 8 > PROBE) fast = false; }
          }
        }
        let i = a, found = 0;
        while (i < end) {
          const c = bytes[i]!;
          if (c === 10) break;
          if (c === delim) { if (found < nc) ends[found] = i; found++; }
          i++;
        }
        if (i >= end) break; // the incomplete record waits for the next chunk
        const b = i > a && bytes[i - 1] === 13 ? i - 1 : i;
        let f: unknown[] | null = null;
        if (found < nc && a < b && !header() && !(allowComments && bytes[a] === 35)) {
          f = new Array(nc);
          let s = a;
          for (let k = 0; k < nc; k++) {
            if (k > found) { f[k] = null; continue; }
            const e = k < found ? ends[k]! : b;
            let x: unknown;
            switch (kinds[k]) {
              case K_UNREAD: x = null; break;
              case K_STRING: x = e - s <= 12 && useCache[k] ? cachedString(text, bytes, s, e, k, hashBytes(bytes, s, e)) : text.slice(s, e); break;
              case K_INT: {
                // plainInt's canonical form: an optional '-' and 1 to 9 digits in all
                let j = s, v = 0;
                const neg = bytes[j] === 45;
                if (neg) j++;
                let ok = e - s < 10 && j < e;
                for (; ok && j < e; j++) { const d = bytes[j]! - 48; if (d < 0 || d > 9) ok = false; else v = v * 10 + d; }
                if (neg) v = -v;
                x = ok && v >= lo[k]! && v <= hi[k]! ? v : conv[k]!(text, s, e);
                break;
              }
              case K_TIMESTAMP: {
                const v = e - s === 19 ? timestampBytesAt(bytes, s) : NaN;
                x = v === v ? v : conv[k]!(text, s, e);
                break;
              }
              default: x = conv[k]!(text, s, e);
            }
            if (x === INVALID) { f = null; break; }
            f[k] = x;
            s = e + 1;
          }
          if (f === null) f = parse(text, a, b, line, true, src);
        } else f = parse(text, a, b, line, true, src);
        if (f !== null) { rows.push(f); lines.push(line); }
        line++;
        a = i + 1;
      }
      lineNo = line;
      return a;
    },
  };
}

function jsonToValue(v: unknown, ty: SqlType, iso = false): unknown {
  if (v === null || v === undefined) return null;
  switch (ty.name) {
    case 'VARCHAR': case 'CHAR': return typeof v === 'string' ? v : JSON.stringify(v);
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT':
      if (typeof v === 'number' && Number.isInteger(v)) return v;
      // JsonToRowDataConverters: INT and BIGINT take any number in range, truncated (canConvertToInt,
      // asInt: 0.75 -> 0); TINYINT/SMALLINT parse the node's text; text is trimmed
      if (typeof v === 'number' && (ty.name === 'INT' ? Math.abs(v) < 2 ** 31 : ty.name === 'BIGINT' ? Math.abs(v) < 2 ** 63 : false)) return Math.trunc(v) || 0;
      if (typeof v === 'string') return parseText(v.trim(), ty);
      return INVALID;
    case 'FLOAT': case 'DOUBLE': case 'DECIMAL':
      if (typeof v === 'number') return ty.name === 'DECIMAL' ? parseText(String(v), ty) : v;
      if (typeof v === 'string') return parseText(v, ty);
      return INVALID;
    case 'BOOLEAN':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string') return parseText(v, ty);
      return INVALID;
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': {
      // json.timestamp-format.standard: SQL is 'yyyy-MM-dd HH:mm:ss[.s]', ISO-8601 has a 'T'; a
      // TIMESTAMP_LTZ needs the trailing 'Z', a TIMESTAMP must not have one (Flink 2.3.0)
      if (typeof v !== 'string') return INVALID;
      const ltz = ty.name === 'TIMESTAMP_LTZ';
      if (v.endsWith('Z') !== ltz || v.charAt(10) !== (iso ? 'T' : ' ')) return INVALID;
      const t = parseTimestamp(ltz ? v.slice(0, -1) : v);
      return Number.isNaN(t) ? INVALID : t;
    }
    case 'DATE': case 'TIME':
      return typeof v === 'string' ? parseText(v, ty) : INVALID;
    case 'ARRAY': {
      if (!Array.isArray(v)) return INVALID;
      const res = v.map((x) => jsonToValue(x, ty.element!, iso));
      if (res.includes(INVALID)) return INVALID;
      if (isCharType(ty.element!)) JAVA_STRINGS.add(res);
      return res;
    }
    case 'MAP': {
      if (typeof v !== 'object') return INVALID;
      const m = new Map<unknown, unknown>();
      // a GenericMapData over a Java HashMap: its keys iterate in hash order (BinaryStringData's
      // murmur hash; Flink 2.3.0 unnests {"x","y","z"} as x, z, y)
      const entries = Object.entries(v as object);
      const ordered = ty.key && (ty.key.name === 'VARCHAR' || ty.key.name === 'CHAR') ? javaHashMapOrder(entries, ([k]) => binaryStringHash(k)) : entries;
      for (const [k, x] of ordered) m.set(k, jsonToValue(x, ty.value!, iso));
      return m;
    }
    case 'ROW': {
      if (typeof v !== 'object' || Array.isArray(v)) return INVALID;
      return (ty.fields ?? []).map((fd) => jsonToValue((v as Record<string, unknown>)[fd.name], fd.type, iso));
    }
    default: return INVALID;
  }
}

/** filesystem + json: one object per line; missing fields are null; `reads` as for csv. */
export function jsonSource(path: string, display: string, columns: SourceColumn[], options: Record<string, string>, reads?: boolean[]): TableSource {
  const ignore = options['json.ignore-parse-errors'] === 'true';
  const iso = options['json.timestamp-format.standard'] === 'ISO-8601';
  const failOnMissing = options['json.fail-on-missing-field'] === 'true';
  fileSize(path, display);
  return lineSource(path, display, null, (chunk, a, b, line, _plain, src) => {
    const text = chunk.slice(a, b);
    if (text.trim() === '') return null;
    let obj: unknown;
    try { obj = JSON.parse(text); } catch (e) {
      if (ignore) { src.skipped++; return null; }
      throw new SourceError(display, line, 1, `malformed JSON: ${(e as Error).message}`);
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      if (ignore) { src.skipped++; return null; }
      throw new SourceError(display, line, 1, 'expected a JSON object');
    }
    const f = new Array(columns.length);
    let bad: SourceError | null = null;
    for (let i = 0; i < columns.length; i++) {
      if (reads?.[i] === false) { f[i] = null; continue; }
      const c = columns[i]!;
      const raw = (obj as Record<string, unknown>)[c.name];
      if (raw === undefined && failOnMissing) { bad = new SourceError(display, line, 1, `missing field '${c.name}'`); break; }
      const x = jsonToValue(raw, c.type, iso);
      // json.ignore-parse-errors: a field that does not convert is NULL, the row stays (Flink 2.3.0)
      if (x === INVALID && ignore) { f[i] = null; continue; }
      if (x === INVALID) {
        const at = text.indexOf(JSON.stringify(c.name));
        bad = new SourceError(display, line, at >= 0 ? at + 1 : 1,
          `cannot parse ${JSON.stringify(raw)} as ${typeToString({ ...c.type, nullable: true, timeAttr: undefined } as SqlType)} for column '${c.name}'`);
        break;
      }
      f[i] = x;
    }
    if (bad) { if (ignore) { src.skipped++; return null; } throw bad; }
    return f;
  });
}

/** A small seeded PRNG (mulberry32) so datagen runs, and generated sample files, repeat. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** datagen: `number-of-rows` bounds it; without it the source is unbounded, as in Flink (stop it
 *  with --max-rows or the abort signal). Sequence fields end the source when they run out. */
export function datagenSource(columns: SourceColumn[], options: Record<string, string>, clock: () => number): TableSource {
  const total = options['number-of-rows'] !== undefined ? Number(options['number-of-rows']) : Infinity;
  const rand = prng(Number(options['seed'] ?? '42'));
  let seqEnd = Infinity;
  const gens = columns.map((c) => {
    const p = `fields.${c.name}.`;
    const kind = options[p + 'kind'] ?? 'random';
    const tn = c.type.name;
    if (kind === 'sequence') {
      const start = Number(options[p + 'start'] ?? '0'), end = Number(options[p + 'end'] ?? String(total));
      let cur = start;
      seqEnd = Math.min(seqEnd, end - start + 1);
      return () => { const v = cur <= end ? cur : null; cur++; return tn === 'VARCHAR' || tn === 'CHAR' ? (v === null ? null : String(v)) : v; };
    }
    const min = Number(options[p + 'min'] ?? (tn === 'TINYINT' ? -128 : tn === 'SMALLINT' ? -32768 : 0));
    const max = Number(options[p + 'max'] ?? (tn === 'TINYINT' ? 127 : tn === 'SMALLINT' ? 32767 : 1000));
    const len = Number(options[p + 'length'] ?? '10');
    const nullRate = Number(options[p + 'null-rate'] ?? '0');
    return () => {
      if (nullRate > 0 && rand() < nullRate) return null;
      switch (tn) {
        case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT':
          return min + Math.floor(rand() * (max - min + 1));
        case 'FLOAT': case 'DOUBLE': case 'DECIMAL': return min + rand() * (max - min);
        case 'BOOLEAN': return rand() < 0.5;
        case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return clock() - Math.floor(rand() * Number(options[p + 'max-past'] ?? '0'));
        case 'DATE': return Math.floor(clock() / 86_400_000);
        default: {
          let s = '';
          for (let i = 0; i < len; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
          return s;
        }
      }
    };
  });
  let produced = 0;
  const limit = Math.min(total, seqEnd);
  return {
    skipped: 0,
    name: 'datagen',
    async next() {
      if (produced >= limit) return null;
      const n = Math.min(4096, limit - produced);
      const rows: unknown[][] = [];
      const lines: number[] = [];
      for (let i = 0; i < n; i++) { rows.push(gens.map((g) => g())); lines.push(++produced); }
      return { rows, lines };
    },
    close() {},
  };
}

// The scan worker (bundled to dist/scan-worker.js; worker-source.ts starts it and says why): reads
// one CSV file with sources.ts's texts() and csvFormat() and posts its rows in batches of whole
// chunks, as binary columns. The loop below is batches()'s (sources.ts) record for record: the same
// chunks, the same records, each turned into a row by the same parser, so the rows, their lines,
// the skip count and the error are the engine thread's. Where batches() hands a plain ASCII chunk
// to chunkReader, the fast path here writes a record's values straight into the columns (no row
// array, a short string as its dictionary id: no string made but a value's first time); a record
// it does not take goes to csvFormat's parser, as chunkReader's do.
import { parentPort, workerData } from 'node:worker_threads';
import { chunkRecords, csvFormat, fieldScanner, hashBytes, lastRecord, K_UNREAD, SourceError, texts, type ChunkBytes, type TableSource } from './sources.ts';
import { INVALID, timestampBytesAt } from '../types/values.ts';
import { layout, RING, T_DICT, T_FALSE, T_LIST, T_NULL, T_NUMBER, T_SLICE, T_TRUE, type ScanJob, type ScanMessage } from './worker-source.ts';

const port = parentPort;
if (!port) throw new Error('scan-worker.ts runs in a worker thread');
const job = workerData as ScanJob;
const ctl = new Int32Array(job.ctl);
const fmt = csvFormat(job.display, job.columns, job.options, job.reads);
const nc = job.columns.length;
const read = job.columns.flatMap((_, k) => (job.reads?.[k] === false ? [] : [k]));
const m = read.length;
const src = { skipped: 0, name: job.display } as TableSource;

// The batch being filled, in its slot of the ring (layout()): per read column k, tags
// T[k], numbers N[k] (other than string columns), dictionary ids or slice starts I[k] and slice
// ends E[k] (string columns); lines L. Whole chunks: a batch is posted after the chunk that brings
// it to job.batchRows rows (or at the end, or before an error: without the failing chunk's rows).
const CAP = 2 * job.batchRows;
const str = read.map((k) => job.columns[k]!.type.name === 'VARCHAR' || job.columns[k]!.type.name === 'CHAR');
let cap = CAP;
let n = 0;
/** the batch's own buffer when it outgrew its slot of the ring */
let own: ArrayBuffer | null = null;
const T: Uint8Array<ArrayBufferLike>[] = [], N: Float64Array<ArrayBufferLike>[] = [], I: Int32Array<ArrayBufferLike>[] = [], E: Int32Array<ArrayBufferLike>[] = [];
let L: Int32Array<ArrayBufferLike> = new Int32Array(0);
/** values of any other form, in the order the decoder meets them (row by row, column by column) */
let vals: unknown[] = [];
/** whether the batch holds slices of its chunk's text (a batch with slices is that one chunk) */
const slices = new Uint8Array(1);
/** batches posted */
let sent = 0;
const slotBytes = layout(CAP, str).size;
/** the batch's columns: in its slot of the ring (once the engine's thread has taken the batch that was there), or, past CAP rows, in a buffer of its own with the first n rows copied */
const alloc = (): void => {
  const at = layout(cap, str);
  let next: ArrayBufferLike, base = 0;
  if (cap === CAP) {
    // a full ring: sleep until half of it is taken (ctl[1], the engine's thread wakes the worker
    // then: a wake-up per batch costs that thread a system call and often its core)
    for (let taken = Atomics.load(ctl, 0); sent - taken >= RING; taken = Atomics.load(ctl, 0)) {
      Atomics.store(ctl, 1, sent - RING / 2);
      Atomics.wait(ctl, 0, taken);
    }
    next = job.ring;
    base = (sent % RING) * slotBytes;
    own = null;
  } else next = own = new ArrayBuffer(at.size);
  read.forEach((k, j) => {
    const t = new Uint8Array(next, base + at.tag[j]!, cap);
    if (n) t.set(T[k]!.subarray(0, n));
    T[k] = t;
    if (str[j]) {
      const i = new Int32Array(next, base + at.id[j]!, cap), e = new Int32Array(next, base + at.end[j]!, cap);
      if (n) { i.set(I[k]!.subarray(0, n)); e.set(E[k]!.subarray(0, n)); }
      I[k] = i; E[k] = e;
    } else {
      const x = new Float64Array(next, base + at.num[j]!, cap);
      if (n) x.set(N[k]!.subarray(0, n));
      N[k] = x;
    }
  });
  const l = new Int32Array(next, base + at.lines, cap);
  if (n) l.set(L.subarray(0, n));
  L = l;
  fastRow?.bind(T, N, I, E);
};

// Dictionaries: per column, the distinct short strings numbered in order of first shipping; `adds`
// holds the new ones until the next batch is posted. A column stops using it (its strings are
// slices or list values) when more than half of its first PROBE lookups are new values (many
// distinct values, the string cache's rule), or past MAX_DICT entries.
const PROBE = 16384, MAX_DICT = 1 << 18;
const useDict = job.columns.map((c) => c.type.name === 'VARCHAR' || c.type.name === 'CHAR');
const dictSize = new Array<number>(nc).fill(0);
let adds: (string[] | null)[] = new Array(nc).fill(null);
const lookups = new Array<number>(nc).fill(0), misses = new Array<number>(nc).fill(0);
const newId = (k: number, s: string): number => {
  (adds[k] ??= []).push(s);
  const id = dictSize[k]!++;
  if (dictSize[k]! >= MAX_DICT) useDict[k] = false;
  return id;
};
const count = (k: number, miss: boolean): void => {
  if (lookups[k]! >= PROBE) return;
  lookups[k]!++;
  if (miss && ++misses[k]! * 2 > PROBE) useDict[k] = false;
};
// The fast path's lookup by bytes: per column an open-addressing table (linear probing, at most
// half full) of ids with their hashes; an id's bytes (up to 12) at id * 12 of the column's arena.
const tabIds: Int32Array[] = [], tabHash: Int32Array[] = [], arena: Uint8Array[] = [], arenaLen: Uint8Array[] = [];
for (let k = 0; k < nc; k++) {
  tabIds.push(new Int32Array(useDict[k] ? 4096 : 0).fill(-1)); tabHash.push(new Int32Array(useDict[k] ? 4096 : 0));
  arena.push(new Uint8Array(useDict[k] ? 4096 * 12 : 0)); arenaLen.push(new Uint8Array(useDict[k] ? 4096 : 0));
}
const mix = (h: number): number => Math.imul(h ^ (h >>> 16), 0x45d9f3b) ^ (h >>> 13);
const dictId = (text: string, bytes: Uint8Array, s: number, e: number, k: number, h: number): number => {
  const len = e - s;
  const ids = tabIds[k]!, hs = tabHash[k]!, ar = arena[k]!, al = arenaLen[k]!;
  const mask = ids.length - 1;
  let i = mix(h) & mask;
  for (let id = ids[i]!; id >= 0; i = (i + 1) & mask, id = ids[i]!) {
    if (hs[i] !== h || al[id] !== len) continue;
    const at = id * 12;
    let j = 0;
    while (j < len && ar[at + j] === bytes[s + j]) j++;
    if (j === len) {
      if (lookups[k]! < PROBE) lookups[k]!++;
      return id;
    }
  }
  return addId(text, bytes, s, e, k, h);
};
/** dictId's new value: numbered, and kept in the table (grown when half full) */
function addId(text: string, bytes: Uint8Array, s: number, e: number, k: number, h: number): number {
  const len = e - s;
  const x = newId(k, text.slice(s, e));
  count(k, true);
  if (!useDict[k]) return x;
  let ids = tabIds[k]!, hs = tabHash[k]!;
  if (2 * (x + 1) > ids.length) {
    // twice the slots (rehashed) and the arena
    const size = 2 * ids.length, mask = size - 1;
    const ni = new Int32Array(size).fill(-1), nh = new Int32Array(size);
    for (let o = 0; o < ids.length; o++) {
      const id = ids[o]!;
      if (id < 0) continue;
      let p = mix(hs[o]!) & mask;
      while (ni[p]! >= 0) p = (p + 1) & mask;
      ni[p] = id; nh[p] = hs[o]!;
    }
    const na = new Uint8Array(size * 12); na.set(arena[k]!);
    const nl = new Uint8Array(size); nl.set(arenaLen[k]!);
    tabIds[k] = ids = ni; tabHash[k] = hs = nh; arena[k] = na; arenaLen[k] = nl;
  }
  const mask = ids.length - 1;
  let i = mix(h) & mask;
  while (ids[i]! >= 0) i = (i + 1) & mask;
  ids[i] = x; hs[i] = h;
  arenaLen[k]![x] = len;
  const dst = arena[k]!, at = x * 12;
  for (let j = 0; j < len; j++) dst[at + j] = bytes[s + j]!;
  return x;
}
// the parser's strings (a slow-path record's) by value
const byValue: Map<string, number>[] = job.columns.map(() => new Map());

/** row f (the parser's) into the batch, at line `line` */
const emit = (f: unknown[], line: number): void => {
  if (n === cap) { cap *= 2; alloc(); }
  for (let j = 0; j < m; j++) {
    const k = read[j]!;
    const v = f[k];
    const t = T[k]!;
    if (v === null) t[n] = T_NULL;
    else if (str[j]) {
      if (typeof v === 'string' && v.length <= 12 && useDict[k]) {
        let id = byValue[k]!.get(v);
        count(k, id === undefined);
        if (id === undefined) { id = newId(k, v); byValue[k]!.set(v, id); }
        t[n] = T_DICT; I[k]![n] = id;
      } else { t[n] = T_LIST; vals.push(v); }
    } else if (typeof v === 'number') { t[n] = T_NUMBER; N[k]![n] = v; }
    else if (v === true) t[n] = T_TRUE;
    else if (v === false) t[n] = T_FALSE;
    else { t[n] = T_LIST; vals.push(v); }
  }
  L[n++] = line;
};

interface FastRow { bind(t: Uint8Array<ArrayBufferLike>[], x: Float64Array<ArrayBufferLike>[], i: Int32Array<ArrayBufferLike>[], e: Int32Array<ArrayBufferLike>[]): void; row(text: string, bytes: Uint8Array, words: DataView<ArrayBufferLike>, a: number, end: number, r: number): boolean }
const fastEnd = new Float64Array(1);

/**
 * chunkReader's fast path (sources.ts compileFastRecord, the same scan per column kind) writing
 * row r's values into the columns: true when it read the record (its end, past its line break,
 * in fastEnd[0]), false when the record is not one it reads.
 */
function compileFastRow(kinds: number[], delim: number, lo: number[], hi: number[]): FastRow {
  let src = 'let s = a, i = 0, c = 0, e = 0, h = 0, v = 0, d0 = 0, x = null;\n';
  src += fieldScanner(kinds, delim, lo, hi, {
    fail: 'return false',
    string: (k) => `if (e - s <= 12 && useDict[${k}]) { T${k}[r] = ${T_DICT}; I${k}[r] = dictId(text, bytes, s, e, ${k}, h); }
else { T${k}[r] = ${T_SLICE}; I${k}[r] = s; E${k}[r] = e; slices[0] = 1; }`,
    number: (k) => `T${k}[r] = ${T_NUMBER}; N${k}[r] = v;`,
    other: (k) => `x = conv[${k}](text, s, e);
if (typeof x === 'number') { T${k}[r] = ${T_NUMBER}; N${k}[r] = x; }
else if (x === null) T${k}[r] = ${T_NULL};
else if (x === true) T${k}[r] = ${T_TRUE};
else if (x === false) T${k}[r] = ${T_FALSE};
else return false;`,
    unread: () => '',
  });
  src += 'fastEnd[0] = s;\nreturn true;';
  const cols = kinds.flatMap((kd, k) => (kd === K_UNREAD ? [] : [k]));
  const decl = cols.map((k) => `T${k}, N${k}, I${k}, E${k}`).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('fastEnd', 'dictId', 'useDict', 'hashBytes', 'conv', 'INVALID', 'timestampBytesAt', 'slices', `${decl ? `let ${decl};` : ''}
return {
  bind(T, N, I, E) { ${cols.map((k) => `T${k} = T[${k}]; N${k} = N[${k}]; I${k} = I[${k}]; E${k} = E[${k}];`).join(' ')} },
  row(text, bytes, words, a, end, r) {\n${src}\n},
};`)(fastEnd, dictId, useDict, hashBytes, fmt.fast!.conv, INVALID, timestampBytesAt, slices) as FastRow;
}

const fastRow: FastRow | null = fmt.fast ? compileFastRow(fmt.fast.kinds, fmt.fast.delim, fmt.fast.lo, fmt.fast.hi) : null;
alloc();

/** the batch's state when the current chunk began: a failing chunk's rows are taken back */
let chunkRows = 0, chunkVals = 0;
/** posts the batch (if it has rows) and starts the next */
const post = (text: string): void => {
  if (n === 0) return;
  const msg: ScanMessage = { t: 'b', n, cap, slot: sent % RING, buf: own, text: slices[0] ? text : null, adds: adds.some((a) => a !== null) ? adds : null, vals: vals.length ? vals : null, skipped: src.skipped };
  port.postMessage(msg, own ? [own] : []);
  sent++;
  n = 0;
  vals = [];
  slices[0] = 0;
  if (msg.adds) adds = new Array(nc).fill(null);
  cap = CAP;
  alloc();
};
/** after a chunk: the batch posted once it is full, or when it holds slices of this chunk's text */
const chunkDone = (text: string): void => {
  if (n >= job.batchRows || slices[0]) post(text);
  chunkRows = n;
  chunkVals = vals.length;
};

// chunkReader's state: the fast path's tries and misses (a source missing on more than 1/8 of its first records stops trying it)
let fast = fastRow !== null;
let fastTries = 0, fastMisses = 0;
let words: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
const allowComments = fmt.fast?.allowComments ?? false;

/** chunkReader.read: the complete records of text[start..) into the batch; returns where the incomplete one begins */
function readChunk(text: string, bytes: Uint8Array, start: number, line: number): { keep: number; line: number } {
  const end = text.length;
  let a = start;
  if (words.buffer !== bytes.buffer || words.byteOffset !== bytes.byteOffset || words.byteLength !== bytes.byteLength) words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (;;) {
    if (fast && a < end && !fmt.header()) {
      const c0 = bytes[a];
      if (c0 !== 10 && c0 !== 13 && !(allowComments && c0 === 35)) {
        if (n === cap) { cap *= 2; alloc(); }
        if (fastRow!.row(text, bytes, words, a, end, n)) {
          L[n++] = line;
          line++;
          a = fastEnd[0]!;
          if (fastTries < PROBE) fastTries++;
          continue;
        }
        if (fastTries < PROBE) { fastTries++; if (++fastMisses * 8 > PROBE) fast = false; }
      }
    }
    const i = text.indexOf('\n', a);
    if (i < 0) break; // the incomplete record waits for the next chunk
    const b = i > a && bytes[i - 1] === 13 ? i - 1 : i;
    const f = fmt.parse(text, a, b, line, true, src);
    if (f !== null) emit(f, line);
    line++;
    a = i + 1;
  }
  return { keep: a, line };
}

/** batches() (sources.ts), each chunk's rows posted as a batch */
function scan(): void {
  const quote = fmt.quote, parse = fmt.parse;
  const view: ChunkBytes = { bytes: null };
  const reader = texts(job.path, view);
  let text = '';
  let keep = 0;
  let lineNo = 1;
  try {
    for (let r = reader.next(); !r.done; r = reader.next(keep)) {
      text = r.value;
      if (fmt.fast !== null && view.bytes !== null && (quote === null || text.indexOf(quote) < 0)) {
        const got = readChunk(text, view.bytes, 0, lineNo);
        keep = got.keep;
        lineNo = got.line;
      } else {
        const got = chunkRecords(text, lineNo, quote, parse, src, emit);
        keep = got.keep;
        lineNo = got.line;
      }
      chunkDone(text);
    }
    const f = lastRecord(text.slice(keep), lineNo, quote, parse, src);
    if (f !== null) emit(f, lineNo);
    post(text);
  } finally {
    reader.return(undefined);
  }
}

try {
  scan();
  port.postMessage({ t: 'e', skipped: src.skipped } satisfies ScanMessage);
} catch (e) {
  // the chunks before the failing one are delivered, none of its rows (as batches() throws before yielding them)
  n = chunkRows;
  vals.length = chunkVals;
  post('');
  const s = e instanceof SourceError;
  port.postMessage({
    t: 'x', skipped: src.skipped,
    error: { message: e instanceof Error ? e.message : String(e), source: s, file: s ? e.file : '', line: s ? e.line : 0, column: s ? e.column : 0, className: s ? e.className : '' },
  } satisfies ScanMessage);
}

// The engine's side of the scan worker (scan-worker.ts): a large CSV file is read and parsed in a
// worker thread by the same code as on the engine's thread (sources.ts csvFormat: the same
// records, rows, lines, skip counts and errors), one chunk after the other, so rows keep their
// order. A batch is the rows of whole chunks; a record that fails the run fails its chunk, whose
// rows before it are not delivered, as batches() does. The worker writes each batch as binary
// columns into a slot of a ring of shared memory (layout(), RING below) and posts a short message;
// this side only turns the columns into rows (decoder()). Strings of up to 12 characters are
// dictionary-encoded: the worker numbers each column's distinct values and ships new entries with
// the batch that first uses them, so a value is one string object here for the whole run (a Map
// lookup by it neither hashes nor compares again, as the string cache of sources.ts gives). A
// longer string is a slice of the chunk's text (shipped then), a value of any other form (a
// slow-path record's) rides in a list. Closing the source (the end of a run, an error, an abort)
// terminates the worker.
// FLINKSQL_SCAN_WORKER=0 never starts a worker, =1 always (tests force it on small files);
// otherwise a file of SCAN_WORKER_MIN_BYTES or more is read by one when the machine has a second
// core. It pays where that core is free: on a machine busier than its cores the process's two
// threads hand batches to each other late and its CPU time (about 10% more in all) is what counts.
import type { Worker as WorkerThread } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { SourceError, type SourceBatch, type SourceColumn, type TableSource } from './sources.ts';

/** a file at least this large is read by a scan worker (FLINKSQL_SCAN_WORKER overrides) */
export const SCAN_WORKER_MIN_BYTES = 8 << 20;

export function useScanWorker(size: number): boolean {
  const s = process.env['FLINKSQL_SCAN_WORKER'];
  if (s === '0') return false;
  if (s === '1') return true;
  // one core: the worker would only add its own work
  return size >= SCAN_WORKER_MIN_BYTES && availableParallelism() > 1;
}

/**
 * Batches are written in a ring of RING slots of shared memory, each of cap = 2 * batchRows rows:
 * the worker fills the slot of batch i (i % RING) once batch i - RING is taken (ctl[0] counts the
 * batches the engine's thread has taken; ctl[1], when not 0, the count at which the worker wants
 * to be woken), so it runs at most RING batches ahead. No memory is
 * allocated or transferred per batch (fresh memory is slow at first touch, and transferred
 * buffers are external memory that makes V8 collect more often); a batch of more than cap rows
 * (a chunk of tiny records) comes in an ArrayBuffer of its own instead. A batch is posted after
 * the chunk that brings it to batchRows rows: up to 4096, fewer for wide rows (a slot of at most
 * 512 KB); smaller batches than that cost the engine's thread more garbage collection.
 */
export const RING = 16;
export function batchRows(str: boolean[]): number {
  return Math.max(256, Math.min(4096, Math.floor((256 << 10) / layout(1, str).size)));
}

// a value's tag (one byte per row and read column)
export const T_NULL = 0, T_NUMBER = 1, T_DICT = 2, T_SLICE = 3, T_TRUE = 4, T_FALSE = 5, T_LIST = 6;

/**
 * Where a batch of up to `cap` rows keeps its columns in its ArrayBuffer, per read column j
 * (`str[j]`: a string column): a string column's dictionary ids or slice starts (Int32) and slice
 * ends (Int32), another column's numbers (Float64, so -0 stays -0); the rows' lines (Int32); then
 * each column's tags (bytes).
 */
export interface Layout { num: number[]; id: number[]; end: number[]; lines: number; tag: number[]; size: number }
export function layout(cap: number, str: boolean[]): Layout {
  const num: number[] = [], id: number[] = [], end: number[] = [], tag: number[] = [];
  let off = 0;
  str.forEach((s, j) => { if (!s) { num[j] = off; off += 8 * cap; } });
  str.forEach((s, j) => { if (s) { id[j] = off; end[j] = off + 4 * cap; off += 8 * cap; } });
  const lines = off;
  off += 4 * cap;
  str.forEach((_, j) => { tag[j] = off; off += cap; });
  return { num, id, end, lines, tag, size: off };
}

/** what the worker posts */
export type ScanMessage =
  | { t: 'b'; n: number; cap: number; slot: number; buf: ArrayBuffer | null; text: string | null; adds: (string[] | null)[] | null; vals: unknown[] | null; skipped: number }
  | { t: 'e'; skipped: number }
  | { t: 'x'; skipped: number; error: { message: string; source: boolean; file: string; line: number; column: number; className: string } }
  | { t: 'crash'; message: string };

export interface ScanJob { path: string; display: string; columns: SourceColumn[]; options: Record<string, string>; reads: boolean[] | undefined; ctl: SharedArrayBuffer; ring: SharedArrayBuffer; batchRows: number }

/** dist/scan-worker.js beside the bundle (dist/*.js are CommonJS); from the sources (tests), the .ts */
function workerFile(): string | URL {
  return typeof __filename === 'string' ? join(dirname(__filename), 'scan-worker.js') : new URL('./scan-worker.ts', import.meta.url);
}

type Decode = (n: number, cap: number, buf: ArrayBufferLike, base: number, text: string, vals: unknown[] | null, dicts: string[][], rows: unknown[][]) => Int32Array;

/**
 * The rows of a batch, generated once per source for its read columns (as the worker's fast
 * path is): each row a new Array(nc) filled field by field, the rows' shape on the engine's
 * own path; a column's usual tag is tested first. Returns the rows' lines.
 */
function decoder(kinds: ('string' | 'number' | 'unread')[]): Decode {
  const nc = kinds.length, read = kinds.flatMap((k, i) => (k === 'unread' ? [] : [i]));
  const str = read.map((k) => kinds[k] === 'string');
  let src = `const L = layout(cap, str);\nlet t = 0, vi = 0;\n`;
  read.forEach((k, j) => {
    src += str[j]
      ? `const T${k} = new Uint8Array(buf, base + L.tag[${j}], n), I${k} = new Int32Array(buf, base + L.id[${j}], n), E${k} = new Int32Array(buf, base + L.end[${j}], n), D${k} = dicts[${k}];\n`
      : `const T${k} = new Uint8Array(buf, base + L.tag[${j}], n), N${k} = new Float64Array(buf, base + L.num[${j}], n);\n`;
  });
  // the tags a column's writer can give (worker: emit, the fast path)
  const any = (k: number, s: boolean) => (s
    ? `t === ${T_NULL} ? null : t === ${T_SLICE} ? text.slice(I${k}[r], E${k}[r]) : vals[vi++]`
    : `t === ${T_NULL} ? null : t === ${T_TRUE} ? true : t === ${T_FALSE} ? false : vals[vi++]`);
  src += `for (let r = 0; r < n; r++) {\nconst f = new Array(${nc});\n`;
  for (let k = 0; k < nc; k++) {
    if (kinds[k] === 'unread') src += `f[${k}] = null;\n`;
    else if (kinds[k] === 'string') src += `f[${k}] = (t = T${k}[r]) === ${T_DICT} ? D${k}[I${k}[r]] : ${any(k, true)};\n`;
    else src += `f[${k}] = (t = T${k}[r]) === ${T_NUMBER} ? N${k}[r] : ${any(k, false)};\n`;
  }
  src += 'rows.push(f);\n}\nreturn new Int32Array(buf, base + L.lines, n).slice();';
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('layout', 'str', `return function decode(n, cap, buf, base, text, vals, dicts, rows) {\n${src}\n};`)(layout, str) as Decode;
}

/** A csv source read by a scan worker (csvSource decides); null when the worker's file is missing (a bundle copied without it): the engine's thread reads it then. */
export function workerSource(path: string, display: string, columns: SourceColumn[], options: Record<string, string>, reads: boolean[] | undefined): TableSource | null {
  const file = workerFile();
  if (typeof file === 'string' && !existsSync(file)) return null;
  // process.getBuiltinModule (below) is Node 22.3's: on an older Node the engine's thread reads the file
  if (typeof process.getBuiltinModule !== 'function') return null;
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  const str = columns.filter((_, i) => reads?.[i] !== false).map((c) => c.type.name === 'VARCHAR' || c.type.name === 'CHAR');
  const rowsPerBatch = batchRows(str), cap = 2 * rowsPerBatch;
  const slotBytes = layout(cap, str).size;
  const ring = new SharedArrayBuffer(RING * slotBytes);
  const job: ScanJob = { path, display, columns, options, reads, ctl: ctl.buffer as SharedArrayBuffer, ring, batchRows: rowsPerBatch };
  // started now: the worker loads while the run sets up and reads other sources
  // node:worker_threads is loaded here, not with the module: loading it costs every run ~40M
  // instructions (a sixth of a small query's) and only a large file starts a worker
  const { Worker } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  const worker: WorkerThread = new Worker(file, { workerData: job });
  const queue: ScanMessage[] = [];
  let wake: (() => void) | null = null;
  let last = false; // the end or the error received: nothing follows
  const put = (m: ScanMessage) => {
    queue.push(m);
    if (wake) { const w = wake; wake = null; w(); }
  };
  worker.on('message', (m: ScanMessage) => { if (m.t === 'e' || m.t === 'x') last = true; put(m); });
  worker.on('error', (e: Error) => { if (!last) { last = true; put({ t: 'crash', message: e.message }); } });
  worker.on('exit', (code) => { if (!last) { last = true; put({ t: 'crash', message: `the scan worker of ${display} stopped (exit code ${code})` }); } });
  const dicts: string[][] = columns.map(() => []);
  const decode = decoder(columns.map((c, i) => (reads?.[i] === false ? 'unread' : c.type.name === 'VARCHAR' || c.type.name === 'CHAR' ? 'string' : 'number')));
  let done = false;
  const src: TableSource = {
    skipped: 0,
    name: display,
    async next(): Promise<SourceBatch | null> {
      if (done) return null;
      while (queue.length === 0) await new Promise<void>((r) => { wake = r; });
      const m = queue.shift()!;
      switch (m.t) {
        case 'b': {
          src.skipped = m.skipped;
          if (m.adds) for (let k = 0; k < m.adds.length; k++) { const a = m.adds[k]; if (a) { const d = dicts[k]!; for (const s of a) d.push(s); } }
          const rows: unknown[][] = [];
          const lines = m.buf ? decode(m.n, m.cap, m.buf, 0, m.text ?? '', m.vals, dicts, rows) : decode(m.n, cap, ring, m.slot * slotBytes, m.text ?? '', m.vals, dicts, rows);
          // the slot is free for the worker, woken once the count it waits for is reached
          const taken = Atomics.add(ctl, 0, 1) + 1, want = Atomics.load(ctl, 1);
          if (want > 0 && taken >= want) { Atomics.store(ctl, 1, 0); Atomics.notify(ctl, 0); }
          return { rows, lines };
        }
        case 'e':
          src.skipped = m.skipped;
          done = true;
          return null;
        case 'x': {
          src.skipped = m.skipped;
          done = true;
          const e = m.error;
          if (!e.source) throw new Error(e.message);
          // the message as made in the worker (its position already in it)
          const err = new SourceError(e.file, 0, 0, e.message, e.className);
          err.line = e.line;
          err.column = e.column;
          throw err;
        }
        default:
          done = true;
          throw new Error(m.message);
      }
    },
    close() { done = true; void worker.terminate(); },
  };
  return src;
}

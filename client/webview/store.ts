// The panel's compact in-memory changelog: one entry per change in typed arrays, with each
// distinct row text stored once (a changelog repeats rows: the -U of a row is the row of the
// +I/+U before it). A 1M-change run costs a few typed arrays plus its distinct rows, not a
// million objects. No DOM here: the replay logic and the unit tests use it under Node.
import type { Change, ChangeKind, SinkInfo, SourceRowRef } from './protocol.ts';

export const KINDS: readonly ChangeKind[] = ['+I', '-U', '+U', '-D'];
export const KIND_INSERT = 0, KIND_UPDATE_BEFORE = 1, KIND_UPDATE_AFTER = 2, KIND_DELETE = 3;
const KIND_CODE: Record<string, number> = { '+I': 0, '-U': 1, '+U': 2, '-D': 3 };

/** CSS class of an op cell, per kind code: the colour a person sees. */
export const KIND_CLASS: readonly string[] = ['op-insert', 'op-update-before', 'op-update-after', 'op-delete'];

const SEP = '\u001f';
const JSON_MARK = '\u0000';

/** Joins a row's fields into one string; rows with the separator inside a field fall back to JSON. */
export function encodeFields(fields: readonly string[]): string {
  let s = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.includes(SEP) || f.charCodeAt(0) === 0) return JSON_MARK + JSON.stringify(fields);
    s = i === 0 ? f : s + SEP + f;
  }
  return s;
}

export function decodeFields(s: string, arity: number): string[] {
  if (s.startsWith(JSON_MARK)) return JSON.parse(s.slice(1)) as string[];
  if (arity === 0) return [];
  return s.split(SEP);
}

/** Flink's Row.toString(): `+I[a, 1]`. */
export function rowToString(kind: ChangeKind, fields: readonly string[]): string {
  return `${kind}[${fields.join(', ')}]`;
}

function grow<T extends Int32Array | Uint8Array | Int16Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let n = Math.max(1024, a.length * 2);
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) { i = this.values.length; this.values.push(s); this.index.set(s, i); }
    return i;
  }
  clear(): void { this.values.length = 0; this.index.clear(); }
}

export class ChangeStore {
  /** Changes beyond this many are counted but not kept (memory stays bounded). */
  readonly limit: number;
  count = 0;
  /** Changes received but not kept because of `limit`. */
  dropped = 0;
  private kinds = new Uint8Array(0);
  private rowIds = new Int32Array(0);
  private sinkIds = new Uint8Array(0);
  private seqs = new Int32Array(0);
  private srcIds = new Int32Array(0);
  private srcLines = new Int32Array(0);
  private srcTexts = new Int32Array(0);
  private readonly rows = new Interner();
  private readonly sources = new Interner();
  /** Source row texts, in arrival order (not interned: most are distinct). */
  private readonly texts: string[] = [];
  private sinks: SinkInfo[] = [];
  private lastTable = ''; private lastFile = ''; private lastSrcId = -1;
  private lastText: string | undefined; private lastTextId = -1;

  constructor(limit = 5_000_000) { this.limit = limit; }

  reset(sinks: SinkInfo[]): void {
    this.sinks = sinks;
    this.count = 0;
    this.dropped = 0;
    this.rows.clear(); this.sources.clear(); this.texts.length = 0;
    this.lastTable = this.lastFile = ''; this.lastSrcId = -1; this.lastText = undefined; this.lastTextId = -1;
    this.kinds = new Uint8Array(0); this.rowIds = new Int32Array(0); this.sinkIds = new Uint8Array(0);
    this.seqs = new Int32Array(0); this.srcIds = new Int32Array(0); this.srcLines = new Int32Array(0);
    this.srcTexts = new Int32Array(0);
  }

  /** Appends a page of changes for one sink. Returns how many were kept. */
  add(sink: number, changes: readonly Change[]): number {
    const room = Math.max(0, this.limit - this.count);
    const n = Math.min(room, changes.length);
    this.dropped += changes.length - n;
    if (n === 0) return 0;
    const need = this.count + n;
    this.kinds = grow(this.kinds, need); this.rowIds = grow(this.rowIds, need);
    this.sinkIds = grow(this.sinkIds, need); this.seqs = grow(this.seqs, need);
    this.srcIds = grow(this.srcIds, need); this.srcLines = grow(this.srcLines, need);
    this.srcTexts = grow(this.srcTexts, need);
    for (let k = 0; k < n; k++) {
      const c = changes[k]!;
      const i = this.count++;
      const code = KIND_CODE[c.kind];
      this.kinds[i] = code === undefined ? 0 : code;
      this.rowIds[i] = this.rows.id(encodeFields(c.fields));
      this.sinkIds[i] = sink;
      this.seqs[i] = c.seq;
      const s = c.source;
      if (s) {
        // Consecutive changes mostly share their source table, and often their source row
        // (a -U/+U pair): reuse the previous ids instead of hashing again.
        if (s.table !== this.lastTable || s.file !== this.lastFile) {
          this.lastTable = s.table; this.lastFile = s.file;
          this.lastSrcId = this.sources.id(s.table + SEP + s.file);
        }
        this.srcIds[i] = this.lastSrcId;
        this.srcLines[i] = s.line;
        if (s.text === undefined) this.srcTexts[i] = -1;
        else {
          if (s.text !== this.lastText) { this.lastText = s.text; this.lastTextId = this.texts.push(s.text) - 1; }
          this.srcTexts[i] = this.lastTextId;
        }
      } else {
        this.srcIds[i] = -1;
      }
    }
    return n;
  }

  get sinkList(): readonly SinkInfo[] { return this.sinks; }
  get distinctRows(): number { return this.rows.values.length; }
  kindCode(i: number): number { return this.kinds[i]!; }
  kind(i: number): ChangeKind { return KINDS[this.kinds[i]!]!; }
  rowId(i: number): number { return this.rowIds[i]!; }
  sink(i: number): number { return this.sinkIds[i]!; }
  seq(i: number): number { return this.seqs[i]!; }
  arity(sink: number): number { return this.sinks[sink]?.columns.length ?? 0; }
  rowFields(rowId: number, arity: number): string[] { return decodeFields(this.rows.values[rowId]!, arity); }
  fields(i: number): string[] { return this.rowFields(this.rowIds[i]!, this.arity(this.sinkIds[i]!)); }
  /** Row.toString() of change i: `-U[Show A, [Kim]]`. */
  text(i: number): string { return rowToString(this.kind(i), this.fields(i)); }
  source(i: number): SourceRowRef | undefined {
    const id = this.srcIds[i]!;
    if (id < 0) return undefined;
    const [table, file] = this.sources.values[id]!.split(SEP) as [string, string];
    const t = this.srcTexts[i]!;
    const ref: SourceRowRef = { table, file, line: this.srcLines[i]! };
    if (t >= 0) ref.text = this.texts[t]!;
    return ref;
  }
  /** Index of the last kept change with seq <= `seq` (sequence numbers ascend), or -1. */
  indexOfSeq(seq: number): number {
    let lo = 0, hi = this.count - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.seqs[mid]! <= seq) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }
}

/** `appearances.csv:3  Show A,3`: how the panel shows the source row of a change. */
export function sourceText(s: SourceRowRef | undefined): string {
  if (!s) return '';
  if (s.line <= 0) return `${s.file || s.table}: end of input (final watermark)`;
  return s.text === undefined ? `${s.file}:${s.line}` : `${s.file}:${s.line}  ${s.text}`;
}

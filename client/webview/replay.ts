// Replay: the final table as of step N, and what a sink receives up to step N. Pure logic over
// a ChangeStore (no DOM), so the unit tests check it against the cases' final.txt.
//
// Materialization follows cases/README convention 6: for retract and append sinks the table is
// a multiset (+I/+U add the row, -U/-D remove one equal row); for an upsert sink +I/+U put the
// row under its primary key and -D deletes the key. Steps move both ways in O(distance): each
// applied change records how to undo itself.
import type { SinkInfo } from './protocol.ts';
import { ChangeStore, KIND_DELETE, KIND_INSERT, KIND_UPDATE_AFTER, KIND_UPDATE_BEFORE, rowToString } from './store.ts';

function keyIndices(sink: SinkInfo): number[] {
  const names = sink.keyColumns ?? [];
  const idx = names.map((n) => sink.columns.findIndex((c) => c.name === n)).filter((i) => i >= 0);
  return idx.length === names.length ? idx : [];
}

/** Maps rows to key ids for one sink (the whole row when the sink names no key). */
class Keys {
  private readonly ids = new Map<string, number>();
  /** key id per row id, -1 = not computed yet. */
  private cache = new Int32Array(0);
  readonly store: ChangeStore;
  readonly sink: number;
  readonly indices: number[];
  constructor(store: ChangeStore, sink: number) {
    this.store = store;
    this.sink = sink;
    this.indices = keyIndices(store.sinkList[sink]!);
  }
  of(rowId: number): number {
    if (this.indices.length === 0) return rowId;
    if (rowId >= this.cache.length) {
      const c = new Int32Array(Math.max(1024, rowId + 1, this.cache.length * 2)).fill(-1);
      c.set(this.cache);
      this.cache = c;
    }
    let k = this.cache[rowId]!;
    if (k >= 0) return k;
    const f = this.store.rowFields(rowId, this.store.arity(this.sink));
    const text = this.indices.length === 1 ? f[this.indices[0]!]! : JSON.stringify(this.indices.map((i) => f[i]));
    let id = this.ids.get(text);
    if (id === undefined) { id = this.ids.size; this.ids.set(text, id); }
    this.cache[rowId] = k = id;
    return k;
  }
  text(rowId: number): string {
    const f = this.store.rowFields(rowId, this.store.arity(this.sink));
    return (this.indices.length ? this.indices.map((i) => f[i]!) : f).join(', ');
  }
}

export class Materializer {
  readonly store: ChangeStore;
  readonly sink: number;
  readonly upsert: boolean;
  /** Changes applied: the store's first `step` changes (those of this sink count). */
  step = 0;
  /** Retractions that found no equal row (a changelog Flink would never produce). */
  unmatched = 0;
  private readonly keys: Keys;
  private readonly multiset = new Map<number, number>();
  private readonly byKey = new Map<number, number>();
  private undo = new Int32Array(0);
  private version = 0;
  private sorted: { version: number; rows: number[] } | null = null;

  constructor(store: ChangeStore, sink: number) {
    this.store = store;
    this.sink = sink;
    this.upsert = store.sinkList[sink]?.semantics === 'upsert';
    this.keys = new Keys(store, sink);
  }

  /** Moves to step `n` (0 = nothing applied, store.count = everything). */
  seek(n: number): void {
    n = Math.max(0, Math.min(n, this.store.count));
    if (this.undo.length < n) {
      const u = new Int32Array(Math.max(n, this.undo.length * 2, 1024));
      u.set(this.undo);
      this.undo = u;
    }
    while (this.step < n) this.apply(this.step++);
    while (this.step > n) this.revert(--this.step);
  }

  private apply(i: number): void {
    const s = this.store;
    if (s.sink(i) !== this.sink) return;
    this.version++;
    const kind = s.kindCode(i), row = s.rowId(i);
    if (this.upsert) {
      if (kind === KIND_UPDATE_BEFORE) { this.undo[i] = -2; return; } // upsert sinks never get -U
      const key = this.keys.of(row);
      const prev = this.byKey.get(key);
      this.undo[i] = prev === undefined ? -1 : prev;
      if (kind === KIND_DELETE) this.byKey.delete(key);
      else this.byKey.set(key, row);
      return;
    }
    if (kind === KIND_INSERT || kind === KIND_UPDATE_AFTER) {
      this.multiset.set(row, (this.multiset.get(row) ?? 0) + 1);
      this.undo[i] = 1;
    } else {
      const c = this.multiset.get(row) ?? 0;
      if (c === 0) { this.unmatched++; this.undo[i] = 0; return; }
      if (c === 1) this.multiset.delete(row); else this.multiset.set(row, c - 1);
      this.undo[i] = 1;
    }
  }

  private revert(i: number): void {
    const s = this.store;
    if (s.sink(i) !== this.sink) return;
    this.version++;
    const kind = s.kindCode(i), row = s.rowId(i), u = this.undo[i]!;
    if (this.upsert) {
      if (u === -2) return;
      const key = this.keys.of(row);
      if (u === -1) this.byKey.delete(key); else this.byKey.set(key, u);
      return;
    }
    if (kind === KIND_INSERT || kind === KIND_UPDATE_AFTER) {
      const c = this.multiset.get(row) ?? 0;
      if (c <= 1) this.multiset.delete(row); else this.multiset.set(row, c - 1);
    } else if (u === 0) {
      this.unmatched--;
    } else {
      this.multiset.set(row, (this.multiset.get(row) ?? 0) + 1);
    }
  }

  /** Number of rows in the table (with multiplicity). */
  get size(): number {
    if (this.upsert) return this.byKey.size;
    let n = 0;
    for (const c of this.multiset.values()) n += c;
    return n;
  }

  /**
   * The table's rows as row ids, one entry per row (a row held twice appears twice), sorted by
   * plain string order of `+I[...]` as final.txt is; past `sortLimit` rows, in arrival order.
   */
  rows(sortLimit = 200_000): number[] {
    if (this.sorted && this.sorted.version === this.version) return this.sorted.rows;
    const out: number[] = [];
    if (this.upsert) for (const r of this.byKey.values()) out.push(r);
    else for (const [r, c] of this.multiset) for (let k = 0; k < c; k++) out.push(r);
    if (out.length <= sortLimit) {
      const arity = this.store.arity(this.sink);
      const text = new Map<number, string>();
      for (const r of out) if (!text.has(r)) text.set(r, rowToString('+I', this.store.rowFields(r, arity)));
      out.sort((a, b) => { const x = text.get(a)!, y = text.get(b)!; return x < y ? -1 : x > y ? 1 : 0; });
    }
    this.sorted = { version: this.version, rows: out };
    return out;
  }

  /** The table as final.txt prints it. */
  lines(): string[] {
    const arity = this.store.arity(this.sink);
    return this.rows().map((r) => rowToString('+I', this.store.rowFields(r, arity)));
  }
}

/**
 * What one sink receives, message by message: the retract stream for the SQL client view,
 * +I/+U/-D (no -U) for an upsert sink, +I for an append-only one. Built incrementally as pages
 * arrive; counts as of any step by binary search.
 */
export class SinkMessages {
  readonly store: ChangeStore;
  readonly sink: number;
  readonly info: SinkInfo;
  /** Store indices of the changes that are messages, ascending. */
  private at = new Int32Array(0);
  length = 0;
  /** Message positions where a key shows up for the first time, ascending. */
  private newKeyAt = new Int32Array(0);
  private newKeys = 0;
  private builtUpTo = 0;
  private readonly seen = new Set<number>();
  private readonly keys: Keys;

  constructor(store: ChangeStore, sink: number) {
    this.store = store;
    this.sink = sink;
    this.info = store.sinkList[sink]!;
    this.keys = new Keys(store, sink);
  }

  private accepts(kind: number): boolean {
    switch (this.info.semantics) {
      case 'upsert': return kind !== KIND_UPDATE_BEFORE;
      case 'append': return kind === KIND_INSERT;
      default: return true;
    }
  }

  /** Takes in changes that arrived since the last call. */
  update(): void {
    const s = this.store;
    for (let i = this.builtUpTo; i < s.count; i++) {
      if (s.sink(i) !== this.sink || !this.accepts(s.kindCode(i))) continue;
      if (this.length === this.at.length) { const a = new Int32Array(Math.max(1024, this.at.length * 2)); a.set(this.at); this.at = a; }
      const key = this.keys.of(s.rowId(i));
      if (!this.seen.has(key)) {
        this.seen.add(key);
        if (this.newKeys === this.newKeyAt.length) { const a = new Int32Array(Math.max(1024, this.newKeyAt.length * 2)); a.set(this.newKeyAt); this.newKeyAt = a; }
        this.newKeyAt[this.newKeys++] = this.length;
      }
      this.at[this.length++] = i;
    }
    this.builtUpTo = s.count;
  }

  /** Store index of message m. */
  index(m: number): number { return this.at[m]!; }
  /** The message's key, as text (`Show A`), or the whole row when the sink has no key. */
  keyText(m: number): string { return this.keys.text(this.store.rowId(this.at[m]!)); }

  /** Messages among the first `step` changes. */
  countAt(step: number): number { return upperBound(this.at, this.length, step - 1); }
  /** Distinct keys among the first `step` changes. */
  keysAt(step: number): number { return upperBound(this.newKeyAt, this.newKeys, this.countAt(step) - 1); }

  /** True when messages are keyed (a primary key, an upsert key or Kafka's key.fields). */
  get keyed(): boolean { return this.keys.indices.length > 0; }

  /** "6 messages for 2 keys"; "3 messages" when the sink has no key. */
  summary(step: number): string {
    const n = this.countAt(step), k = this.keysAt(step);
    if (!this.keyed) return `${fmt(n)} message${n === 1 ? '' : 's'}`;
    return `${fmt(n)} message${n === 1 ? '' : 's'} for ${fmt(k)} key${k === 1 ? '' : 's'}`;
  }
}

const fmt = (x: number): string => x.toLocaleString('en-US');

/** Number of entries of the ascending a[0..len) that are <= x. */
function upperBound(a: Int32Array, len: number, x: number): number {
  let lo = 0, hi = len;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid]! <= x) lo = mid + 1; else hi = mid; }
  return lo;
}

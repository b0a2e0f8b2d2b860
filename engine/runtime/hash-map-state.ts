// The per-key MapState of Flink's heap state backend, as far as its iteration order goes: a
// java.util.HashMap per key (HeapMapState), iterated bucket by bucket ((h ^ h >>> 16) &
// (capacity - 1)), in insertion order within a bucket; the capacity starts at 16 and doubles once
// the size passes 0.75 of it, never shrinking; a map that becomes empty is dropped
// (HeapMapState.remove clears the state), so the next one starts at 16 again.
// Not modelled: a bucket of 9+ colliding keys (Java resizes a table under 64 buckets, or turns
// the bucket into a tree); unmodelled key types hash to 0 and keep insertion order.
// The entries are kept in that order (bucket, then insertion number): new ones wait in `pending`
// until the order is read, then go in by binary search when they are few (a key probed after
// every insert costs no sort) or with one sort when they are many (a side filled before it is
// probed).
import { javaHashMapCapacity } from '../types/values.ts';

interface Entry<V> { key: unknown; value: V; hash: number; bucket: number; seq: number }

const bucketOf = (h: number, capacity: number) => (h ^ (h >>> 16)) & (capacity - 1);

export class HashMapState<V> {
  private byKey = new Map<unknown, Entry<V>>();
  /** the placed entries, in iteration order */
  private ordered: Entry<V>[] = [];
  /** entries inserted since the order was last read, not placed yet */
  private pending: Entry<V>[] = [];
  /** the capacity grew since the order was last read: every bucket changes */
  private resized = false;
  private capacity = 16;
  // chain positions: put appends (`last` counts up), computeIfAbsent prepends (`first` counts down)
  private last = 0;
  private first = 0;
  /** values() since the last change */
  private valuesCache: V[] | null = null;

  get size(): number { return this.byKey.size; }

  get(key: unknown): V | undefined { return this.byKey.get(key)?.value; }

  /** the value of the only entry, or undefined when there are none or several */
  only(): V | undefined {
    if (this.byKey.size !== 1) return undefined;
    return (this.pending.length ? this.pending[0] : this.ordered[0])!.value;
  }

  /** put(key, value): a new key goes last in its bucket; an existing one keeps its place */
  set(key: unknown, value: V, hash: number): void {
    this.insert(key, value, hash, false);
  }

  /** computeIfAbsent(key, ...): a new key goes first in its bucket (HashMap links it before the
   *  bin's head, where put appends); returns the value now under the key */
  computeIfAbsent(key: unknown, hash: number, make: () => V): V {
    const e = this.byKey.get(key);
    if (e) return e.value;
    const value = make();
    this.insert(key, value, hash, true);
    return value;
  }

  /** clear(): the entries go, the table keeps its capacity */
  clear(): void {
    this.valuesCache = null;
    this.byKey.clear();
    this.ordered = [];
    this.pending = [];
    this.resized = false;
  }

  private insert(key: unknown, value: V, hash: number, atHead: boolean): void {
    this.valuesCache = null;
    const e = this.byKey.get(key);
    if (e) { e.value = value; return; }
    const entry: Entry<V> = { key, value, hash, bucket: 0, seq: atHead ? --this.first : this.last++ };
    this.byKey.set(key, entry);
    const capacity = javaHashMapCapacity(this.byKey.size, this.capacity);
    if (capacity !== this.capacity) { this.capacity = capacity; this.resized = true; }
    this.pending.push(entry);
  }

  /** places the pending entries: ordered by (bucket, insertion number) under the current capacity */
  private settle(): void {
    const pending = this.pending;
    if (pending.length === 0 && !this.resized) return;
    const capacity = this.capacity;
    this.pending = [];
    if (this.resized || pending.length > 8 && pending.length * 8 > this.ordered.length) {
      // a resize splits every bucket, keeping the order within each: one sort
      const all = this.ordered;
      for (const x of pending) all.push(x);
      if (this.resized) for (const x of all) x.bucket = bucketOf(x.hash, capacity);
      else for (const x of pending) x.bucket = bucketOf(x.hash, capacity);
      all.sort((a, b) => a.bucket - b.bucket || a.seq - b.seq);
      this.resized = false;
      return;
    }
    for (const x of pending) {
      x.bucket = bucketOf(x.hash, capacity);
      this.ordered.splice(this.position(x.bucket, x.seq), 0, x);
    }
  }

  delete(key: unknown): void {
    const e = this.byKey.get(key);
    if (!e) return;
    this.settle();
    this.valuesCache = null;
    this.byKey.delete(key);
    this.ordered.splice(this.position(e.bucket, e.seq), 1);
  }

  /** the values in java.util.HashMap's iteration order (an array kept until the map changes: not to be modified) */
  values(): V[] {
    this.settle();
    return this.valuesCache ??= this.ordered.map((e) => e.value);
  }

  /** the entries in java.util.HashMap's iteration order */
  entries(): { key: unknown; value: V }[] {
    this.settle();
    return this.ordered.map((e) => ({ key: e.key, value: e.value }));
  }

  /** the index of (bucket, seq) in `ordered`, or where it goes */
  private position(bucket: number, seq: number): number {
    let lo = 0, hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.ordered[mid]!;
      if (m.bucket < bucket || (m.bucket === bucket && m.seq < seq)) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}

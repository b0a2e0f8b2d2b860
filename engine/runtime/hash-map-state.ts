// The per-key MapState of Flink's heap state backend, as far as its iteration order goes: a
// java.util.HashMap per key (HeapMapState), iterated bucket by bucket ((h ^ h >>> 16) &
// (capacity - 1)), in insertion order within a bucket; the capacity starts at 16 and doubles once
// the size passes 0.75 of it, never shrinking; a map that becomes empty is dropped
// (HeapMapState.remove clears the state), so the next one starts at 16 again.
// Not modelled: a bucket of 9+ colliding keys (Java resizes a table under 64 buckets, or turns
// the bucket into a tree); unmodelled key types hash to 0 and keep insertion order.
// The entries are kept in that order as they come and go (a binary search by bucket, then
// insertion number), so a key probed after every insert costs no sort.
import { javaHashMapCapacity } from '../types/values.ts';

interface Entry<V> { key: unknown; value: V; hash: number; bucket: number; seq: number }

const bucketOf = (h: number, capacity: number) => (h ^ (h >>> 16)) & (capacity - 1);

export class HashMapState<V> {
  private byKey = new Map<unknown, Entry<V>>();
  private ordered: Entry<V>[] = [];
  private capacity = 16;
  // chain positions: put appends (`last` counts up), computeIfAbsent prepends (`first` counts down)
  private last = 0;
  private first = 0;

  get size(): number { return this.byKey.size; }

  get(key: unknown): V | undefined { return this.byKey.get(key)?.value; }

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
    this.byKey.clear();
    this.ordered = [];
  }

  private insert(key: unknown, value: V, hash: number, atHead: boolean): void {
    const e = this.byKey.get(key);
    if (e) { e.value = value; return; }
    const entry: Entry<V> = { key, value, hash, bucket: 0, seq: atHead ? --this.first : this.last++ };
    this.byKey.set(key, entry);
    const capacity = javaHashMapCapacity(this.byKey.size, this.capacity);
    if (capacity !== this.capacity) {
      // a resize splits every bucket, keeping the order within each
      this.capacity = capacity;
      this.ordered.push(entry);
      for (const x of this.ordered) x.bucket = bucketOf(x.hash, capacity);
      this.ordered.sort((a, b) => a.bucket - b.bucket || a.seq - b.seq);
      return;
    }
    entry.bucket = bucketOf(hash, capacity);
    this.ordered.splice(this.position(entry.bucket, entry.seq), 0, entry);
  }

  delete(key: unknown): void {
    const e = this.byKey.get(key);
    if (!e) return;
    this.byKey.delete(key);
    this.ordered.splice(this.position(e.bucket, e.seq), 1);
  }

  /** the values in java.util.HashMap's iteration order */
  values(): V[] {
    return this.ordered.map((e) => e.value);
  }

  /** the entries in java.util.HashMap's iteration order */
  entries(): { key: unknown; value: V }[] {
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

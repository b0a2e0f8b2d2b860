// The per-key MapState of Flink's heap state backend, as far as its iteration order goes: a
// java.util.HashMap per key (HeapMapState), iterated bucket by bucket ((h ^ h >>> 16) &
// (capacity - 1)), in insertion order within a bucket; the capacity starts at 16 and doubles once
// the size passes 0.75 of it, never shrinking; a map that becomes empty is dropped
// (HeapMapState.remove clears the state), so the next one starts at 16 again.
// Not modelled: a bucket of 9+ colliding keys (Java resizes a table under 64 buckets, or turns
// the bucket into a tree); unmodelled key types hash to 0 and keep insertion order.
import { javaHashMapCapacity, javaHashMapOrder } from '../types/values.ts';

export class HashMapState<V> {
  private entries = new Map<string, { value: V; hash: number }>();
  private capacity = 16;
  private ordered: V[] | null = null;

  get size(): number { return this.entries.size; }

  get(key: string): V | undefined { return this.entries.get(key)?.value; }

  /** put(key, value): a new key goes last in its bucket; an existing one keeps its place */
  set(key: string, value: V, hash: number): void {
    const e = this.entries.get(key);
    if (e) { e.value = value; if (this.ordered) this.ordered = null; return; }
    this.entries.set(key, { value, hash });
    this.capacity = javaHashMapCapacity(this.entries.size, this.capacity);
    this.ordered = null;
  }

  delete(key: string): void {
    if (this.entries.delete(key)) this.ordered = null;
  }

  /** the values in java.util.HashMap's iteration order */
  values(): V[] {
    if (!this.ordered) this.ordered = javaHashMapOrder([...this.entries.values()], (e) => e.hash, this.capacity).map((e) => e.value);
    return this.ordered;
  }
}

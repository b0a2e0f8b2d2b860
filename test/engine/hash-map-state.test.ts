// HashMapState iterates as java.util.HashMap does: by bucket ((h ^ h >>> 16) & (capacity - 1)),
// then insertion order; a resize past 0.75 of the capacity re-buckets every key; a removed key
// that comes back goes last in its bucket. Integer keys hash to themselves (Integer.hashCode).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HashMapState } from '../../engine/runtime/hash-map-state.ts';
import { javaHashMapOrder } from '../../engine/types/values.ts';

function map(keys: number[]): HashMapState<number> {
  const m = new HashMapState<number>();
  for (const k of keys) m.set(String(k), k, k);
  return m;
}

test('keys of one bucket come in insertion order; a resize splits the bucket', () => {
  // capacity 16: 17, 1, 33 share bucket 1
  const m = map([17, 1, 33, 2]);
  assert.deepEqual(m.values(), [17, 1, 33, 2]);
  // 13 keys pass 0.75 * 16: capacity 32, where 17 has its own bucket after 1 and 33 (bucket 1)
  for (const k of [3, 4, 5, 6, 7, 8, 9, 10, 11]) m.set(String(k), k, k);
  assert.deepEqual(m.values(), [1, 33, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 17]);
});

test('a key put again keeps its place; removed and put again it goes last in its bucket', () => {
  const m = map([17, 1, 33]);
  m.set('1', 100, 1);
  assert.deepEqual(m.values(), [17, 100, 33]);
  m.delete('17');
  m.set('17', 17, 17);
  assert.deepEqual(m.values(), [100, 33, 17]);
  assert.equal(m.size, 3);
});

test('large hashes are spread by h ^ (h >>> 16)', () => {
  // 65536 -> bucket (65536 ^ 1) & 15 = 1, after 0 and before 2
  const m = map([2, 65536, 0]);
  assert.deepEqual(m.values(), [0, 65536, 2]);
});

test('random puts and removes agree with the order recomputed from scratch', () => {
  let seed = 7;
  const rand = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  const m = new HashMapState<number>();
  let live: { k: number; h: number }[] = [];
  let capacity = 16;
  for (let step = 0; step < 3000; step++) {
    const k = rand(200);
    const h = Math.imul(k, 0x9e3779b1) | 0;
    if (rand(3) === 0) { m.delete(String(k)); live = live.filter((e) => e.k !== k); }
    else if (!live.some((e) => e.k === k)) { m.set(String(k), k, h); live.push({ k, h }); }
    while (live.length > capacity * 0.75) capacity *= 2;
    if (live.length === 0) continue;
    assert.deepEqual(m.values(), javaHashMapOrder(live, (e) => e.h, capacity).map((e) => e.k), `step ${step}`);
  }
});

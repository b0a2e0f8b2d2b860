// Window functions of a batch OVER aggregation (test/flink's cases run in streaming, where Flink
// 2.3.0 refuses LEAD, NTILE, CUME_DIST, PERCENT_RANK and ranks peers otherwise): the rows below are
// what a batch TableEnvironment of Flink 2.3.0 printed for these queries over test/cases/over-lag's
// data (probed 2026-11-24); the engine's BatchOverAggregate must print the same multiset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changelogLine, run } from '../../engine/index.ts';

const dir = join(new URL('../..', import.meta.url).pathname, 'test/cases/over-lag');
const ddl = readFileSync(join(dir, 'query.sql'), 'utf8').split('\n').filter((l) => !l.startsWith('--')).join('\n').replace(/;[\s\S]*$/, ';\n');
const rows = async (sql: string) => {
  const res = await run(ddl + sql, { mode: 'batch', baseDir: dir });
  assert.equal(res.error, undefined, res.error?.message);
  return res.changes.map((c) => changelogLine(c, res.columns)).sort();
};

test('batch OVER: LEAD, NTILE, CUME_DIST, PERCENT_RANK, ROW_NUMBER, RANK as Flink 2.3.0 batch', async () => {
  assert.deepEqual(await rows("SELECT k, i, ts, LEAD(i) OVER w AS ld, NTILE(2) OVER w AS nt, CUME_DIST() OVER w AS cd, PERCENT_RANK() OVER w AS pr, ROW_NUMBER() OVER w AS rn, RANK() OVER w AS rk FROM t WINDOW w AS (PARTITION BY k ORDER BY ts);"), [
    '+I[a, 1, 2024-05-01T10:00, 2, 1, 0.16666666666666666, 0.0, 1, 1]',
    '+I[a, 2, 2024-05-01T10:00:10, 3, 1, 0.5, 0.2, 2, 2]',
    '+I[a, 3, 2024-05-01T10:00:10, 4, 1, 0.5, 0.2, 3, 2]',
    '+I[a, 4, 2024-05-01T10:01:30, 10, 2, 0.6666666666666666, 0.6, 4, 4]',
    '+I[a, 10, 2024-05-01T10:03, 6, 2, 0.8333333333333334, 0.8, 5, 5]',
    '+I[a, 6, 2024-05-01T10:03:40, null, 2, 1.0, 1.0, 6, 6]',
    '+I[b, 5, 2024-05-01T10:00:20, null, 1, 0.3333333333333333, 0.0, 1, 1]',
    '+I[b, null, 2024-05-01T10:02, -7, 1, 0.6666666666666666, 0.5, 2, 2]',
    '+I[b, -7, 2024-05-01T10:02:30, null, 2, 1.0, 1.0, 3, 3]',
  ].sort());
});

test('batch OVER: LEAD with offset and default, NTILE(4), DENSE_RANK beside SUM, LAG, COUNT', async () => {
  assert.deepEqual(await rows("SELECT k, i, ts, LEAD(i, 2, -1) OVER w AS l2, LEAD(s) OVER w AS ls, NTILE(4) OVER w AS n4, DENSE_RANK() OVER w AS dr, SUM(i) OVER w AS si, LAG(i) OVER w AS lg, COUNT(*) OVER w AS c, PERCENT_RANK() OVER w AS pr FROM t WINDOW w AS (PARTITION BY k ORDER BY ts);"), [
    '+I[a, 1, 2024-05-01T10:00, 3, y, 1, 1, 1, null, 1, 0.0]',
    '+I[a, 2, 2024-05-01T10:00:10, 4, z, 1, 2, 6, 1, 3, 0.2]',
    '+I[a, 3, 2024-05-01T10:00:10, 10, w, 2, 2, 6, 2, 3, 0.2]',
    '+I[a, 4, 2024-05-01T10:01:30, 6, u, 2, 3, 10, 3, 4, 0.6]',
    '+I[a, 10, 2024-05-01T10:03, -1, q, 3, 4, 20, 4, 5, 0.8]',
    '+I[a, 6, 2024-05-01T10:03:40, -1, null, 4, 5, 26, 10, 6, 1.0]',
    '+I[b, 5, 2024-05-01T10:00:20, -7, v, 1, 1, 5, null, 1, 0.0]',
    '+I[b, null, 2024-05-01T10:02, -1, ü, 2, 2, 5, 5, 2, 0.5]',
    '+I[b, -7, 2024-05-01T10:02:30, -1, null, 3, 3, -2, null, 3, 1.0]',
  ].sort());
});

test('batch OVER without PARTITION BY: NTILE(3), ROW_NUMBER, CUME_DIST', async () => {
  assert.deepEqual(await rows("SELECT k, i, NTILE(3) OVER (ORDER BY ts) AS n3, ROW_NUMBER() OVER (ORDER BY ts) AS rn, CUME_DIST() OVER (ORDER BY ts) AS cd FROM t;"), [
    '+I[a, 1, 1, 1, 0.1111111111111111]',
    '+I[a, 2, 1, 2, 0.3333333333333333]',
    '+I[a, 3, 1, 3, 0.3333333333333333]',
    '+I[b, 5, 2, 4, 0.4444444444444444]',
    '+I[a, 4, 2, 5, 0.5555555555555556]',
    '+I[b, null, 2, 6, 0.6666666666666666]',
    '+I[b, -7, 3, 7, 0.7777777777777778]',
    '+I[a, 10, 3, 8, 0.8888888888888888]',
    '+I[a, 6, 3, 9, 1.0]',
  ].sort());
});

// LAG in batch mode (test/flink's cases run in streaming): Flink 2.3.0's batch OverAggregate takes
// the row `offset` rows back in the sorted partition, peers or not, where streaming gives every
// peer of a timestamp the value before the last peer (case over-lag). The rows below are what a
// batch TableEnvironment of Flink 2.3.0 printed for over-lag's query (probed 2026-11-24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changelogLine, run } from '../../engine/index.ts';

const dir = join(new URL('../..', import.meta.url).pathname, 'test/cases/over-lag');

test('LAG in batch: the row offset rows back, peers or not (Flink 2.3.0 batch)', async () => {
  const res = await run(readFileSync(join(dir, 'query.sql'), 'utf8'), { mode: 'batch', baseDir: dir });
  assert.equal(res.error, undefined, res.error?.message);
  const got = res.changes.map((c) => changelogLine(c, res.columns)).sort();
  const flink = [
    '+I[a, 1, 2024-05-01T10:00, null, null, 1, null, 99, null, 1, 1]',
    '+I[a, 2, 2024-05-01T10:00:10, 1, null, 2, 2024-05-01T10:00, 1, null, 3, 6]',
    '+I[a, 3, 2024-05-01T10:00:10, 2, x, 3, 2024-05-01T10:00:10, 2, null, 3, 6]',
    '+I[a, 4, 2024-05-01T10:01:30, 3, y, 4, 2024-05-01T10:00:10, 3, 2.50, 4, 10]',
    '+I[a, 10, 2024-05-01T10:03, 4, z, 10, 2024-05-01T10:01:30, 4, 3.25, 5, 20]',
    '+I[a, 6, 2024-05-01T10:03:40, 10, w, 6, 2024-05-01T10:03, 10, 3.25, 6, 26]',
    '+I[b, 5, 2024-05-01T10:00:20, null, null, 5, null, 99, null, 1, 5]',
    '+I[b, null, 2024-05-01T10:02, 5, null, null, 2024-05-01T10:00:20, 5, null, 2, 5]',
    '+I[b, -7, 2024-05-01T10:02:30, null, null, -7, 2024-05-01T10:02, -1, null, 3, -2]',
  ].sort();
  assert.deepEqual(got, flink);
});

// The ARRAY_* / MAP_* functions (engine/analysis/functions/collections.ts) beyond what the
// Flink-recorded cases function-array-*, function-map-*, function-collection-types show: the
// editor's message for a known function called with the wrong arguments, a bare NULL by argument
// position, and ARRAY_SORT's tie order (Flink 2.3.0 measured by probes, noted beside each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentDiagnostics } from '../../engine/semantic-diagnostics.ts';
import { run, changelogLine } from '../../engine/index.ts';
import { compareCodePoints, implicitCastable, sqlEquals } from '../../engine/analysis/functions/collections.ts';
import { t, INT, DOUBLE, BIGINT } from '../../engine/types/types.ts';

const DDL = `CREATE TABLE s (id INT, a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '1');\n`;

async function rows(select: string): Promise<string[]> {
  const res = await run(`${DDL}${select}`, {});
  if (res.error) return [`ERROR ${res.error.className}: ${res.error.message}`];
  return res.changes.map((c) => changelogLine(c, res.columns));
}

test('a known function with arguments it does not take gets no "Did you mean" itself', () => {
  const d = documentDiagnostics(`${DDL}SELECT ARRAY_UNION(ARRAY[a]) FROM s;`).filter((x) => x.severity === 'error');
  assert.equal(d.length, 1);
  assert.match(d[0]!.message, /No match found for function signature ARRAY_UNION\(/);
  assert.doesNotMatch(d[0]!.message, /Did you mean/);
});

test('a bare NULL: fine where Flink infers its type, Illegal use of NULL for an array argument', async () => {
  // Flink 2.3.0: ARRAY_APPEND(ARRAY[1], NULL) is [1, null] (ARRAY<INT>), ARRAY_SORT(ARRAY[1], NULL) NULL,
  // ARRAY_JOIN(ARRAY['a'], ',', NULL) NULL; ARRAY_UNION(ARRAY[1], NULL) and MAP_KEYS(NULL) are rejected
  assert.deepEqual(await rows(`SELECT ARRAY_APPEND(ARRAY[1], NULL), ARRAY_PREPEND(ARRAY[1], NULL), ARRAY_POSITION(ARRAY[1], NULL), ARRAY_REMOVE(ARRAY[1, 2], NULL), ARRAY_SLICE(ARRAY[1], NULL), ARRAY_JOIN(ARRAY['a'], ',', NULL), ARRAY_SORT(ARRAY[1], NULL) FROM s;`),
    ['+I[[1, null], [null, 1], null, [1, 2], null, null, null]']);
  for (const bad of ['ARRAY_UNION(ARRAY[1], NULL)', 'MAP_KEYS(NULL)', 'ARRAY_APPEND(NULL, 1)', 'ARRAY_CONCAT(ARRAY[1], NULL)']) {
    const r = await rows(`SELECT ${bad} FROM s;`);
    assert.match(r[0]!, /SqlValidatorException: .*Illegal use of 'NULL'/, bad);
  }
});

test('ARRAY_SORT replays TimSort with a comparator answering -1 for ties', async () => {
  // measured on Flink 2.3.0: [1.0, -0.0, -1.0, 0.0, 0.0, null] sorts to [null, -1.0, 0.0, 0.0, -0.0, 1.0]
  assert.deepEqual(await rows(`SELECT ARRAY_SORT(ARRAY[1.0, CAST('-0.0' AS DOUBLE), -1.0, 0.0, 0.0, CAST(NULL AS DOUBLE)]) FROM s;`),
    ['+I[[null, -1.0, 0.0, 0.0, -0.0, 1.0]]']);
  // 36 elements: TimSort's merges (cases function-array-sort-timsort, -contract-error replay ties)
  const xs = [5, 3, 1, 4, 2, 6, 8, 7, 9, 0, 11, 10, 15, 13, 12, 14, 19, 18, 17, 16, 20, 25, 21, 22, 23, 24, 30, 29, 28, 27, 26, 31, 33, 32, 35, 34];
  assert.deepEqual(await rows(`SELECT ARRAY_SORT(ARRAY[${xs.join(', ')}], FALSE) FROM s;`), [`+I[[${[...xs].sort((a, b) => b - a).join(', ')}]]`]);
});

test('helpers: code point order, implicit casts, equality', () => {
  assert.ok(compareCodePoints('\uFB00', '\u{1F600}') < 0); // 'ﬀ' before '😀' (UTF-16 says otherwise)
  assert.ok(compareCodePoints('Z', 'z') < 0 && compareCodePoints('a', 'ab') < 0 && compareCodePoints('é', 'é') === 0);
  assert.ok(implicitCastable(INT(), BIGINT()) && !implicitCastable(BIGINT(), INT()));
  assert.ok(implicitCastable(t('DECIMAL', true, { precision: 4, scale: 2 }), t('DECIMAL', true, { precision: 2, scale: 1 })));
  assert.ok(!implicitCastable(t('VARCHAR', true, { precision: 5 }), t('CHAR', true, { precision: 3 })));
  assert.ok(!sqlEquals(NaN, NaN, DOUBLE()) && sqlEquals(0, -0, DOUBLE()) && !sqlEquals(0, -0, DOUBLE(), true));
  const m = t('MAP', true, { key: t('VARCHAR', true), value: INT() });
  assert.ok(sqlEquals(new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]), m));
  assert.ok(!sqlEquals(new Map([['a', null]]), new Map([['a', null]]), m));
  assert.ok(sqlEquals([1, null], [1, null], t('ARRAY', true, { element: INT() })));
});

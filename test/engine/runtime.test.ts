// Operators driven by hand-built graphs (no parser): exact changelogs as Flink prints them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Calc, GroupAggregate, Join, Rank, Deduplicate } from '../../engine/runtime/operators.ts';
import { WatermarkAssigner, WindowAggregate, WindowTableFunction } from '../../engine/runtime/windows.ts';
import * as Agg from '../../engine/runtime/aggregates.ts';
import { INSERT, DELETE, formatRow, type Row } from '../../engine/runtime/row.ts';
import type { Operator } from '../../engine/runtime/operator.ts';
import { BIGINT, INT, STRING, TIMESTAMP, t, type SqlType } from '../../engine/types/types.ts';
import { javaDouble, javaFloat, localDateTime, instant, parseTimestamp, formatValue } from '../../engine/types/values.ts';
import { splitCsv } from '../../engine/connectors/sources.ts';

function collector(types: SqlType[]): { op: Operator; lines: string[] } {
  const lines: string[] = [];
  return { lines, op: { push: (r: Row) => { lines.push(formatRow(r, types)); }, watermark() {}, end() {} } };
}
const ins = (...f: unknown[]): Row => ({ kind: INSERT, f });

test('Java rendering of doubles, floats, timestamps', () => {
  assert.equal(javaDouble(1), '1.0');
  assert.equal(javaDouble(2.5e-4), '2.5E-4');
  assert.equal(javaDouble(1e7), '1.0E7');
  assert.equal(javaDouble(123456.789), '123456.789');
  assert.equal(javaDouble(0.1 + 0.2), '0.30000000000000004');
  assert.equal(javaDouble(-0), '-0.0');
  assert.equal(javaFloat(Math.fround(0.1)), '0.1');
  const ts = parseTimestamp('2024-05-01 10:00:00');
  assert.equal(localDateTime(ts), '2024-05-01T10:00');
  assert.equal(localDateTime(parseTimestamp('2024-05-01 10:00:05')), '2024-05-01T10:00:05');
  assert.equal(localDateTime(parseTimestamp('2024-05-01 10:00:05.25')), '2024-05-01T10:00:05.250');
  assert.equal(instant(ts), '2024-05-01T10:00:00Z');
  assert.equal(formatValue(12.5, t('DECIMAL', true, { precision: 10, scale: 2 })), '12.50');
  assert.equal(formatValue(['a', null], t('ARRAY', true, { element: STRING() })), '[a, null]');
});

test('CSV splitting with quotes', () => {
  assert.deepEqual(splitCsv('a,"b,c",,"d""e"', ',', '"').map((p) => p.v), ['a', 'b,c', '', 'd"e']);
  assert.deepEqual(splitCsv('x;y', ';', '"').map((p) => p.col), [1, 3]);
});

test('GroupAggregate: word count retract stream', () => {
  const c = collector([STRING(), BIGINT(false)]);
  const agg = new GroupAggregate(c.op, [(f) => f[0]], [{ fn: Agg.count(true), args: [] }]);
  for (const w of ['hello', 'world', 'hello', 'flink', 'hello']) agg.push(ins(w));
  assert.deepEqual(c.lines, ['+I[hello, 1]', '+I[world, 1]', '-U[hello, 1]', '+U[hello, 2]', '+I[flink, 1]', '-U[hello, 2]', '+U[hello, 3]']);
});

test('GroupAggregate: unchanged result emits nothing, empty group emits -D', () => {
  const c = collector([STRING(), INT()]);
  const agg = new GroupAggregate(c.op, [(f) => f[0]], [{ fn: Agg.minMax(true), args: [(f) => f[1]] }]);
  agg.push(ins('a', 5));
  agg.push(ins('a', 3));
  agg.push({ kind: DELETE, f: ['a', 3] });
  agg.push({ kind: DELETE, f: ['a', 5] });
  assert.deepEqual(c.lines, ['+I[a, 5]', '-D[a, 5]']);
});

test('seed: join then ARRAY_AGG per program', () => {
  const c = collector([STRING(), t('ARRAY', true, { element: STRING() })]);
  const agg = new GroupAggregate(c.op, [(f) => f[0]], [{ fn: Agg.arrayAgg(false), args: [(f) => f[3]] }]);
  // join output: program_name, person_id, person_id, person_name
  const join = new Join(agg, { leftKey: [(f) => f[1]], rightKey: [(f) => f[0]], cond: null, type: 'INNER', leftWidth: 2, rightWidth: 2 });
  // appearances first? the cases read sources in CREATE TABLE order: people, then appearances
  for (const p of [[1, 'Kim'], [2, 'Lee'], [3, 'Park']]) join.right.push(ins(...p));
  join.right.watermark(Infinity); join.right.end();
  for (const a of [['Show A', 1], ['Show A', 2], ['Show B', 3], ['Show A', 3]]) join.left.push(ins(...a));
  assert.deepEqual(c.lines, [
    '+I[Show A, [Kim]]', '-U[Show A, [Kim]]', '+U[Show A, [Kim, Lee]]', '+I[Show B, [Park]]',
    '-U[Show A, [Kim, Lee]]', '+U[Show A, [Kim, Lee, Park]]',
  ]);
});

test('LEFT JOIN: null padding retracted when the match arrives, restored when it leaves', () => {
  const c = collector([INT(), STRING(), INT(), STRING()]);
  const join = new Join(c.op, { leftKey: [(f) => f[0]], rightKey: [(f) => f[0]], cond: null, type: 'LEFT', leftWidth: 2, rightWidth: 2 });
  join.left.push(ins(1, 'a'));
  join.right.push(ins(1, 'x'));
  join.right.push(ins(1, 'y'));
  join.right.push({ kind: DELETE, f: [1, 'x'] });
  join.right.push({ kind: DELETE, f: [1, 'y'] });
  assert.deepEqual(c.lines, ['+I[1, a, null, null]', '-D[1, a, null, null]', '+I[1, a, 1, x]', '+I[1, a, 1, y]', '-D[1, a, 1, x]', '-D[1, a, 1, y]', '+I[1, a, null, null]']);
});

test('TUMBLE window aggregate fires on the watermark, drops late rows', () => {
  const types = [BIGINT(false), TIMESTAMP(3), TIMESTAMP(3), TIMESTAMP(3)];
  const c = collector(types);
  const spec = { kind: 'TUMBLE' as const, size: 60_000, step: 60_000, offset: 0 };
  const wa = new WindowAggregate(c.op, { spec, time: (f) => f[1], keys: [], calls: [{ fn: Agg.count(true), args: [] }] });
  wa.startIdx = 2; wa.endIdx = 3;
  const tvf = new WindowTableFunction(wa, spec, (f) => f[1]);
  const wm = new WatermarkAssigner(tvf, (f) => (f[1] as number) - 5000);
  const rows: [string, string][] = [['u1', '2024-05-01 10:00:10'], ['u2', '2024-05-01 10:00:40'], ['u1', '2024-05-01 10:01:03'], ['u3', '2024-05-01 10:01:20'], ['u0', '2024-05-01 10:00:59'], ['u2', '2024-05-01 10:02:30']];
  for (const [u, ts] of rows) wm.push(ins(u, parseTimestamp(ts)));
  wm.watermark(Infinity);
  assert.deepEqual(c.lines, ['+I[2, 2024-05-01T10:00, 2024-05-01T10:01, 2024-05-01T10:00:59.999]', '+I[2, 2024-05-01T10:01, 2024-05-01T10:02, 2024-05-01T10:01:59.999]', '+I[1, 2024-05-01T10:02, 2024-05-01T10:03, 2024-05-01T10:02:59.999]']);
  assert.equal(wa.late, 1);
});

test('Top-N with rank number and deduplication keep-last', () => {
  const c = collector([STRING(), INT(), BIGINT(false)]);
  const rank = new Rank(c.op, { partition: [(f) => f[0]], sort: [{ get: (f) => f[1], desc: true, nullsFirst: false }], n: 2, withRank: true, rankType: 'ROW_NUMBER' });
  rank.push(ins('a', 1)); rank.push(ins('a', 3)); rank.push(ins('a', 2));
  assert.deepEqual(c.lines, ['+I[a, 1, 1]', '-U[a, 1, 1]', '+U[a, 3, 1]', '+I[a, 1, 2]', '-U[a, 1, 2]', '+U[a, 2, 2]']);
  const d = collector([STRING(), INT()]);
  const dedup = new Deduplicate(d.op, { key: [(f) => f[0]], keepLast: true, rowtime: null });
  dedup.push(ins('k', 1)); dedup.push(ins('k', 2));
  assert.deepEqual(d.lines, ['+I[k, 1]', '-U[k, 1]', '+U[k, 2]']);
  const calc = collector([INT()]);
  new Calc(calc.op, (f) => (f[0] as number) > 1, (f) => [(f[0] as number) * 10]).push(ins(2));
  assert.deepEqual(calc.lines, ['+I[20]']);
});

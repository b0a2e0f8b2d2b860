// client/sample-data.ts: CSV rows for a table from its DDL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../engine/syntax/parse.ts';
import { sampleCsv, sampleTargets } from '../../client/sample-data.ts';

// The catalog comes from the parser: while engine/syntax/parse.ts is the placeholder these wait.
const skip = parse('SELECT 1').statements.length === 0 ? 'waits for the real parser in engine/syntax/parse.ts' : false;

const DDL = `CREATE TABLE payments (
  payment_id BIGINT,
  customer STRING,
  amount DECIMAL(10, 2),
  ok BOOLEAN,
  paid_at TIMESTAMP(3),
  total AS amount * 2,
  WATERMARK FOR paid_at AS paid_at - INTERVAL '2' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'data/payments.csv', 'format' = 'csv');
CREATE TABLE gen (k INT, s STRING) WITH ('connector' = 'datagen', 'fields.k.kind' = 'sequence', 'fields.k.start' = '7', 'fields.s.length' = '3');`;

test('sampleTargets: tables, their path and physical columns', { skip }, () => {
  const t = sampleTargets(DDL);
  assert.deepEqual(t.map((x) => [x.name, x.path, x.columns.map((c) => c.name), x.rowtime]), [
    ['payments', 'data/payments.csv', ['payment_id', 'customer', 'amount', 'ok', 'paid_at'], 'paid_at'],
    ['gen', undefined, ['k', 's'], undefined],
  ]);
});

test('sampleCsv: header, typed values, event time ascending, repeatable', { skip }, () => {
  const csv = sampleCsv(DDL, 'payments', 50);
  const lines = csv.trimEnd().split('\n');
  assert.equal(lines[0], 'payment_id,customer,amount,ok,paid_at');
  assert.equal(lines.length, 51);
  let prev = '';
  for (const l of lines.slice(1)) {
    const m = /^(\d+),([a-z]+),(\d+\.\d{2}),(true|false),(2024-01-01 \d{2}:\d{2}:\d{2}\.\d{3})$/.exec(l);
    assert.ok(m, l);
    assert.ok(m[5]! > prev, `${m[5]} after ${prev}`);
    prev = m[5]!;
  }
  assert.equal(sampleCsv(DDL, 'payments', 50), csv);
  assert.notEqual(sampleCsv(DDL, 'payments', 50, 7), csv);
});

test("sampleCsv honours the datagen table's fields.* options", { skip }, () => {
  const lines = sampleCsv(DDL, 'GEN', 3).trimEnd().split('\n');
  assert.equal(lines[0], 'k,s');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), ['7', '8', '9']);
  for (const l of lines.slice(1)) assert.match(l.split(',')[1]!, /^[a-z]{3}$/);
});

test('sampleCsv: an unknown table is an error', { skip }, () => {
  assert.throws(() => sampleCsv(DDL, 'nope', 1), /no table nope/);
});

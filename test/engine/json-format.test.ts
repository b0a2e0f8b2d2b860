// `run --format json` prints values as Flink 2.3.0's SQL Gateway sends them (rowFormat=JSON,
// see test/flink/README.md): TIMESTAMP ISO with seconds always, DECIMAL and DOUBLE as numbers,
// ROW as an object keyed by field name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonValue, parseTimestamp, parseDate } from '../../engine/types/values.ts';
import type { SqlType } from '../../engine/types/types.ts';

const t = (name: string, extra: object = {}) => ({ name, nullable: true, ...extra }) as unknown as SqlType;

test('json values as the SQL Gateway sends them', () => {
  assert.equal(jsonValue(parseTimestamp('2024-05-01 10:00:00'), t('TIMESTAMP', { precision: 3 })), '2024-05-01T10:00:00');
  assert.equal(jsonValue(parseTimestamp('2024-05-01 10:00'), t('TIMESTAMP', { precision: 3 })), '2024-05-01T10:00:00');
  assert.equal(jsonValue(parseTimestamp('2024-05-01 10:00:00.120'), t('TIMESTAMP', { precision: 3 })), '2024-05-01T10:00:00.12');
  assert.equal(jsonValue(parseDate('0042-01-01'), t('DATE')), '0042-01-01');
  assert.equal(JSON.stringify(jsonValue(1.5e10, t('DOUBLE'))), '15000000000');
  assert.equal(JSON.stringify(jsonValue(['apple', 1], t('ROW', { fields: [{ name: 'EXPR$0', type: t('STRING') }, { name: 'EXPR$1', type: t('INT') }] }))), '{"EXPR$0":"apple","EXPR$1":1}');
});

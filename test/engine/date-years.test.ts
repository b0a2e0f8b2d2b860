// Years 0-99: Flink's DATE '0042-01-01' is year 42 (proleptic Gregorian), not 1942
// (Date.UTC maps years 0-99 to 1900-1999; values.ts uses day arithmetic instead).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate, parseTimestamp } from '../../engine/types/values.ts';

test('DATE and TIMESTAMP literals with years 0-99 keep their year', () => {
  assert.equal(new Date(parseDate('0042-01-01') * 86_400_000).toISOString(), '0042-01-01T00:00:00.000Z');
  assert.equal(new Date(parseDate('0000-03-01') * 86_400_000).toISOString(), '0000-03-01T00:00:00.000Z');
  assert.equal(new Date(parseTimestamp('0042-01-01 10:00:00.5')).toISOString(), '0042-01-01T10:00:00.500Z');
  assert.equal(new Date(parseTimestamp('0099-12-31T23:59')).toISOString(), '0099-12-31T23:59:00.000Z');
  assert.equal(parseDate('2024-02-29'), 19782);
  assert.ok(Number.isNaN(parseDate('2023-02-29')));
  assert.ok(Number.isNaN(parseTimestamp('0100-02-29 00:00')));
});

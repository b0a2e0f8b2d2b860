// How the Flink harness compares a run with a case's recording (test/flink/lib.mjs compareExact):
// exact by default; with racyPrefix, the rows a failed job printed before its error may be more
// or fewer than recorded, never different.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: plain ESM helpers without types
import { compareExact } from '../flink/lib.mjs';

const err = ['ERROR java.security.NoSuchAlgorithmException', 'SHA-5 MessageDigest not available'];
const row1 = '+I[1, ab]', row2 = '+I[2, cd]';

test('rows before an error: exact unless racyPrefix', () => {
  assert.equal(compareExact(err, err), null);
  assert.equal(compareExact(err, [row1, ...err]), 'rows before the error differ');
  assert.equal(compareExact(err, [row1, ...err], { racyPrefix: true }), null);
  assert.equal(compareExact([row1, row2, ...err], [row1, ...err], { racyPrefix: true }), null);
  assert.equal(compareExact([row1, ...err], [row2, ...err], { racyPrefix: true }), 'rows before the error differ');
  assert.equal(compareExact([row1, ...err], [row2, row1, ...err], { racyPrefix: true }), 'rows before the error differ');
});

test('the error itself is compared with or without racyPrefix', () => {
  assert.equal(compareExact(err, [row1], { racyPrefix: true }), 'expected an error, got rows');
  assert.match(compareExact(err, ['ERROR java.lang.RuntimeException', 'x'], { racyPrefix: true }) ?? '', /^error class differs/);
  assert.match(compareExact(err, [err[0], 'SHA-6 MessageDigest not available'], { racyPrefix: true }) ?? '', /^error text differs/);
});

// client/commands.ts and client/run-protocol.ts: command arguments, settings, run summaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS, documentLabel, effectiveMode, lensArgs, maxRowsSetting, parseRunArgs } from '../../client/commands.ts';
import { endLine, foldMessage, newSummary, statusText } from '../../client/run-protocol.ts';
import { readFileSync } from 'node:fs';

test('parseRunArgs: CodeLens, menus (Uri), strings, palette', () => {
  assert.deepEqual(parseRunArgs(lensArgs('file:///w/q.fsql', { line: 3, character: 0 })), { uri: 'file:///w/q.fsql', position: { line: 3, character: 0 } });
  const uriLike = { scheme: 'file', path: '/w/q.fsql', toString: () => 'file:///w/q.fsql' };
  assert.deepEqual(parseRunArgs(uriLike), { uri: 'file:///w/q.fsql' });
  assert.deepEqual(parseRunArgs('file:///w/q.fsql'), { uri: 'file:///w/q.fsql' });
  assert.deepEqual(parseRunArgs(undefined), {});
  assert.deepEqual(parseRunArgs(null), {});
  assert.deepEqual(parseRunArgs(42), {});
  assert.deepEqual(parseRunArgs({ uri: uriLike, mode: 'batch' }), { uri: 'file:///w/q.fsql', mode: 'batch' });
  assert.deepEqual(parseRunArgs({ uri: 'u', position: { line: 2, character: 4 } }), { uri: 'u', position: { line: 2, character: 4 } });
  assert.deepEqual(parseRunArgs({ uri: 'u', line: -1, mode: 'fast' }), { uri: 'u' });
});

test('effectiveMode and maxRowsSetting', () => {
  assert.equal(effectiveMode({}, undefined), 'streaming');
  assert.equal(effectiveMode({}, 'batch'), 'batch');
  assert.equal(effectiveMode({ mode: 'streaming' }, 'batch'), 'streaming');
  assert.equal(maxRowsSetting(undefined), 100_000);
  assert.equal(maxRowsSetting(0), 100_000);
  assert.equal(maxRowsSetting('5'), 100_000);
  assert.equal(maxRowsSetting(12.7), 12);
});

test('documentLabel: the file name, decoded', () => {
  assert.equal(documentLabel('file:///w/my%20query.fsql'), 'my query.fsql');
  assert.equal(documentLabel('untitled:Untitled-1'), 'untitled:Untitled-1');
});

test('package.json contributes every command the extension registers, with the settings it reads', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(contributed, Object.values(COMMANDS).sort());
  const props = pkg.contributes.configuration.properties;
  assert.deepEqual(props['flinksql.catalogFiles'].default, []);
  assert.equal(props['flinksql.gatewayUrl'].default, 'http://127.0.0.1:8083');
  assert.equal(props['flinksql.run.maxRows'].default, 100000);
  assert.deepEqual(props['flinksql.run.defaultMode'].enum, ['streaming', 'batch']);
  assert.deepEqual(props['flinksql.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('foldMessage: rows, progress, done, error; other runs ignored', () => {
  const s = newSummary('r1');
  foldMessage(s, { v: 1, type: 'rows', runId: 'r1', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['Show A', '[Kim]'] }, { seq: 2, kind: '-U', fields: ['Show A', '[Kim]'] }] });
  foldMessage(s, { v: 1, type: 'rows', runId: 'other', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['x'] }] });
  foldMessage(s, { v: 1, type: 'progress', runId: 'r1', rowsRead: { a: 2, b: 3 }, emitted: 2, watermark: null, lateRowsDropped: 0 });
  assert.deepEqual(s.lines, ['+I[Show A, [Kim]]', '-U[Show A, [Kim]]']);
  assert.equal(s.changes, 2);
  assert.equal(s.rowsRead, 5);
  assert.equal(statusText(s), '$(sync~spin) Flink SQL: running, 2 changes');
  foldMessage(s, { v: 1, type: 'done', runId: 'r1', totals: { changes: 2, rowsRead: 7 }, durationMs: 12.4 });
  assert.equal(s.state, 'done');
  assert.equal(endLine(s, 'q.fsql'), 'q.fsql: done: 2 changes from 7 source rows in 12 ms');
  const e = newSummary('r2');
  foldMessage(e, { v: 1, type: 'error', runId: 'r2', exceptionClass: 'org.apache.flink.table.api.ValidationException', message: 'bad', location: { uri: 'u', line: 3, column: 5 } });
  assert.equal(e.state, 'failed');
  assert.equal(endLine(e, 'q.fsql'), 'ERROR org.apache.flink.table.api.ValidationException: bad (q.fsql:3:5)');
  const st = newSummary('r3');
  foldMessage(st, { v: 1, type: 'done', runId: 'r3', totals: { changes: 0, rowsRead: 0 }, durationMs: 1, stopped: true });
  assert.equal(statusText(st), '$(debug-stop) Flink SQL: stopped, 0 changes');
});

test('foldMessage keeps at most `keep` lines but counts every change', () => {
  const s = newSummary('r');
  const changes = Array.from({ length: 50 }, (_, i) => ({ seq: i + 1, kind: '+I' as const, fields: [String(i)] }));
  foldMessage(s, { v: 1, type: 'rows', runId: 'r', sink: 0, changes }, 10);
  assert.equal(s.lines.length, 10);
  assert.equal(s.changes, 50);
});

// The panel's message handling: runs, pages, stale runs, versions, progress and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PanelModel, isPanelState } from '../../client/webview/model.ts';
import { PROTOCOL_VERSION, isExtensionToWebview, isWebviewToExtension } from '../../client/webview/protocol.ts';
import type { ExtensionToWebview, RunStartedMessage } from '../../client/webview/protocol.ts';

const v = PROTOCOL_VERSION;
const start = (runId: string, uri = 'file:///w/q.sql'): RunStartedMessage => ({
  v, type: 'runStarted', runId, document: { uri, label: 'q.sql' }, query: 'SELECT 1', mode: 'streaming',
  sinks: [{ name: 'collect', connector: 'collect', semantics: 'retract', columns: [{ name: 'w', type: 'STRING' }, { name: 'c', type: 'BIGINT' }], keyColumns: ['w'] }],
  sources: [{ table: 'words', file: 'words.csv' }],
});

test('a run: pages append in order; done sets totals; the step follows the end', () => {
  const m = new PanelModel();
  assert.equal(m.status, 'idle');
  m.receive(start('a'));
  assert.equal(m.status, 'running');
  m.receive({ v, type: 'rows', runId: 'a', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['hello', '1'], source: { table: 'words', file: 'words.csv', line: 2, text: 'hello' } }] });
  assert.equal(m.step, 1);
  m.receive({ v, type: 'rows', runId: 'a', sink: 0, changes: [{ seq: 2, kind: '-U', fields: ['hello', '1'] }, { seq: 3, kind: '+U', fields: ['hello', '2'] }] });
  assert.equal(m.store.count, 3);
  assert.equal(m.step, 3);
  m.receive({ v, type: 'done', runId: 'a', totals: { changes: 3, rowsRead: 2 }, durationMs: 4 });
  assert.equal(m.status, 'done');
  assert.equal(m.rowsRead, 2);
  assert.deepEqual(m.materializer().lines(), ['+I[hello, 2]']);
});

test('messages of another run or another protocol version are ignored', () => {
  const m = new PanelModel();
  m.receive(start('a'));
  assert.equal(m.receive({ v, type: 'rows', runId: 'old', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['x', '1'] }] }), false);
  assert.equal(m.receive({ v: 99, type: 'rows', runId: 'a', sink: 0, changes: [] } as unknown as ExtensionToWebview), false);
  assert.equal(m.receive({ v, type: 'rows', runId: 'a', sink: 3, changes: [] }), false);
  assert.equal(m.store.count, 0);
  assert.equal(m.ignored, 3);
  assert.equal(isExtensionToWebview({ v: 2, type: 'rows' }), false);
  assert.equal(isExtensionToWebview({ v, type: 'rows' }), true);
  assert.equal(isWebviewToExtension({ v, type: 'reveal', location: { uri: 'x', line: 1, column: 1 } }), true);
  assert.equal(isWebviewToExtension({ v, type: 'eval' }), false);
});

test('a new run resets rows, error and replay step; the sink choice survives for the same document', () => {
  const m = new PanelModel();
  m.receive(start('a'));
  m.receive({ v, type: 'rows', runId: 'a', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['x', '1'] }, { seq: 2, kind: '+I', fields: ['y', '1'] }] });
  m.receive({ v, type: 'done', runId: 'a', totals: { changes: 2, rowsRead: 2 }, durationMs: 1 });
  m.setStep(1);
  assert.equal(m.step, 1);
  m.setTab('final');
  m.receive(start('b'));
  assert.equal(m.store.count, 0);
  assert.equal(m.state.step, null);
  assert.equal(m.state.tab, 'final');
  assert.equal(m.state.documentUri, 'file:///w/q.sql');
  m.receive({ v, type: 'error', runId: 'b', exceptionClass: 'org.apache.flink.table.api.ValidationException', message: 'boom', location: { uri: 'file:///w/q.sql', line: 3, column: 8 } });
  assert.equal(m.status, 'failed');
  assert.equal(m.error?.location?.line, 3);
});

test('stepping: past the end means follow; below zero clamps', () => {
  const m = new PanelModel();
  m.receive(start('a'));
  m.receive({ v, type: 'rows', runId: 'a', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['x', '1'] }] });
  m.setStep(-4);
  assert.equal(m.step, 0);
  m.setStep(7);
  assert.equal(m.state.step, null);
  m.receive({ v, type: 'rows', runId: 'a', sink: 0, changes: [{ seq: 2, kind: '+I', fields: ['y', '1'] }] });
  assert.equal(m.step, 2);
});

test('progress: watermark advances and late rows become timeline marks, bounded', () => {
  const m = new PanelModel();
  m.receive(start('a'));
  m.receive({ v, type: 'progress', runId: 'a', rowsRead: { words: 1 }, emitted: 0, watermark: null, lateRowsDropped: 0 });
  m.receive({ v, type: 'progress', runId: 'a', rowsRead: { words: 2 }, emitted: 1, watermark: '2024-05-01T10:00:05', lateRowsDropped: 0 });
  m.receive({ v, type: 'progress', runId: 'a', rowsRead: { words: 3 }, emitted: 1, watermark: '2024-05-01T10:00:05', lateRowsDropped: 1,
    lateRows: [{ source: { table: 'words', file: 'words.csv', line: 4, text: 'u1,2024-05-01 10:00:01' }, watermark: '2024-05-01T10:00:05' }] });
  assert.deepEqual(m.watermarks, [{ at: 1, label: '2024-05-01T10:00:05' }]);
  assert.deepEqual(m.lateRows, [{ at: 1, label: 'late row dropped: words.csv:4 u1,2024-05-01 10:00:01 (watermark 2024-05-01T10:00:05)' }]);
  for (let i = 0; i < 2000; i++) m.receive({ v, type: 'progress', runId: 'a', rowsRead: { words: i }, emitted: i, watermark: `w${i}`, lateRowsDropped: 1 });
  assert.ok(m.watermarks.length <= 513, `${m.watermarks.length}`);
  assert.equal(m.watermarks.at(-1)!.label, 'w1999');
});

test('saved state is small and validated', () => {
  const m = new PanelModel();
  m.receive(start('a'));
  m.receive({ v, type: 'rows', runId: 'a', sink: 0, changes: Array.from({ length: 10_000 }, (_, i) => ({ seq: i + 1, kind: '+I' as const, fields: [`w${i}`, '1'] })) });
  const saved = JSON.stringify(m.state);
  assert.ok(saved.length < 300, saved);
  assert.equal(isPanelState(JSON.parse(saved)), true);
  assert.equal(isPanelState({ v, tab: 'rows', step: 0, sink: 0 }), false);
  assert.equal(isPanelState(undefined), false);
});

test('runStarted may bring a tab to front; done may report the row limit', () => {
  const m = new PanelModel();
  m.setTab('sink');
  m.receive({ ...start('a'), tab: 'explain' });
  assert.equal(m.state.tab, 'explain');
  m.receive(start('b'));
  assert.equal(m.state.tab, 'explain', 'without tab: keep the current one');
  m.receive({ v, type: 'done', runId: 'b', totals: { changes: 10, rowsRead: 10 }, durationMs: 1, maxRowsReached: 10 });
  assert.equal(m.maxRowsReached, 10);
  m.receive(start('c'));
  assert.equal(m.maxRowsReached, null);
});

test('late rows counted without details still become timeline marks', () => {
  const m = new PanelModel();
  m.receive(start('a'));
  m.receive({ v, type: 'progress', runId: 'a', rowsRead: { clicks: 4 }, emitted: 1, watermark: '2024-05-01T10:01:15', lateRowsDropped: 0 });
  m.receive({ v, type: 'progress', runId: 'a', rowsRead: { clicks: 7 }, emitted: 2, watermark: '2024-05-01T10:02:25', lateRowsDropped: 2 });
  m.receive({ v, type: 'progress', runId: 'a', rowsRead: { clicks: 8 }, emitted: 2, watermark: '2024-05-01T10:02:25', lateRowsDropped: 2 });
  assert.deepEqual(m.lateRows, [{ at: 2, label: '2 late rows dropped (watermark 2024-05-01T10:02:25)' }]);
});

// The panel's replay logic against real changelogs: every case's expected.txt, fed through the
// protocol into PanelModel, must materialize to the case's final.txt, and stepping backwards
// must give exactly what a fresh replay to the same step gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PanelModel } from '../../client/webview/model.ts';
import { Materializer, SinkMessages } from '../../client/webview/replay.ts';
import { ChangeStore } from '../../client/webview/store.ts';
import type { SinkInfo } from '../../client/webview/protocol.ts';
import { caseDirs, caseMessages, loadCase } from '../e2e/webview/cases.ts';

const root = new URL('../..', import.meta.url).pathname;
const dirs = caseDirs(join(root, '../shared/cases'), join(root, 'test/cases'));

test('there are cases to replay', () => assert.ok(dirs.length >= 4, `found ${dirs.length}`));

for (const dir of dirs) {
  const c = loadCase(dir);
  if (!c.expected || c.rejected || c.runtimeError || !c.final) continue;
  // Flink's changelog itself retracts rows it never emitted (RetractableTopNFunction with an
  // offset: cases sort-limit-offset-updating*); the panel shows them as unmatched
  if (c.final.some((l) => l.includes('!retract of missing row'))) {
    test(`replay ${c.name}: final table equals final.txt`, (t) => { t.skip('Flink retracts rows it never emitted: the materialized table has unmatched retractions'); });
    continue;
  }
  test(`replay ${c.name}: final table equals final.txt`, () => {
    const model = new PanelModel();
    for (const m of caseMessages(c, 'r1', 3)) assert.equal(model.receive(m), true);
    assert.equal(model.status, 'done');
    assert.equal(model.store.count, c.expected!.length);
    for (let i = 0; i < model.store.count; i++) assert.equal(model.store.text(i), c.expected![i]);
    const m = model.materializer();
    assert.deepEqual(m.lines(), c.final);
    assert.equal(m.unmatched, 0);
    // backwards, one step at a time, against a fresh replay to the same step
    for (let s = model.store.count; s >= 0; s--) {
      m.seek(s);
      const fresh = new Materializer(model.store, 0);
      fresh.seek(s);
      assert.deepEqual(m.lines(), fresh.lines(), `step ${s}`);
    }
  });
}

const seed = loadCase(join(root, '../shared/cases/seed-join-array-agg'));

test('seed: the SQL client view receives 6 messages for 2 keys; at step 3, 3 messages for 1 key', () => {
  const model = new PanelModel();
  for (const m of caseMessages(seed)) model.receive(m);
  const v = model.sinkMessages();
  assert.deepEqual(seed.sink.keyColumns, ['program_name']);
  assert.equal(v.summary(model.step), '6 messages for 2 keys');
  assert.equal(v.summary(3), '3 messages for 1 key');
  assert.equal(v.summary(0), '0 messages for 0 keys');
  model.setStep(3);
  assert.deepEqual(model.materializer().lines(), ['+I[Show A, [Kim, Lee]]']);
  model.setStep(4);
  assert.deepEqual(model.materializer().lines(), ['+I[Show A, [Kim, Lee]]', '+I[Show B, [Park]]']);
});

function upsertStore(): { store: ChangeStore; sink: SinkInfo } {
  const sink: SinkInfo = {
    name: 'word_cnt', connector: 'upsert-kafka', semantics: 'upsert', topic: 'word_cnt',
    columns: [{ name: 'word', type: 'STRING NOT NULL' }, { name: 'cnt', type: 'BIGINT' }], keyColumns: ['word'],
  };
  const store = new ChangeStore();
  store.reset([sink]);
  const rows: [string, string, string][] = [
    ['+I', 'hello', '1'], ['+I', 'world', '1'], ['-U', 'hello', '1'], ['+U', 'hello', '2'], ['-D', 'world', '1'], ['+I', 'world', '5'],
  ];
  store.add(0, rows.map(([kind, w, n], i) => ({ seq: i + 1, kind: kind as '+I', fields: [w, n] })));
  return { store, sink };
}

test('upsert sink: +I/+U replace by key, -D deletes, -U is not a message; undo restores the previous value', () => {
  const { store } = upsertStore();
  const m = new Materializer(store, 0);
  m.seek(6);
  assert.deepEqual(m.lines(), ['+I[hello, 2]', '+I[world, 5]']);
  m.seek(5);
  assert.deepEqual(m.lines(), ['+I[hello, 2]']);
  m.seek(3);
  assert.deepEqual(m.lines(), ['+I[hello, 1]', '+I[world, 1]']);
  m.seek(0);
  assert.deepEqual(m.lines(), []);
  const v = new SinkMessages(store, 0);
  v.update();
  assert.equal(v.length, 5);
  assert.equal(v.summary(6), '5 messages for 2 keys');
  assert.equal(v.keyText(2), 'hello');
  assert.equal(store.kind(v.index(3)), '-D');
});

test('append sink: only inserts are messages', () => {
  const { store } = upsertStore();
  const s = store.sinkList[0]!;
  store.reset([{ ...s, connector: 'kafka', semantics: 'append', keyColumns: [] }]);
  store.add(0, [{ seq: 1, kind: '+I', fields: ['a', '1'] }, { seq: 2, kind: '+I', fields: ['a', '1'] }, { seq: 3, kind: '+I', fields: ['b', '1'] }]);
  const v = new SinkMessages(store, 0);
  v.update();
  // no key (no primary key, no key.fields): messages are counted, not keys
  assert.equal(v.summary(3), '3 messages');
  assert.equal(v.keyed, false);
  const m = new Materializer(store, 0);
  m.seek(3);
  assert.deepEqual(m.lines(), ['+I[a, 1]', '+I[a, 1]', '+I[b, 1]']);
});

test('store: bounded by its limit, counts what it dropped, fields with the separator survive', () => {
  const store = new ChangeStore(2);
  store.reset([{ name: 'collect', connector: 'collect', semantics: 'retract', columns: [{ name: 'a', type: 'STRING' }, { name: 'b', type: 'STRING' }] }]);
  assert.equal(store.add(0, [
    { seq: 1, kind: '+I', fields: ['x\u001fy', 'z'], source: { table: 't', file: 't.csv', line: 2, text: 'x,z' } },
    { seq: 2, kind: '-D', fields: ['<img src=x onerror=alert(1)>', 'null'] },
    { seq: 3, kind: '+I', fields: ['c', 'd'] },
  ]), 2);
  assert.equal(store.count, 2);
  assert.equal(store.dropped, 1);
  assert.deepEqual(store.fields(0), ['x\u001fy', 'z']);
  assert.equal(store.text(1), '-D[<img src=x onerror=alert(1)>, null]');
  assert.deepEqual(store.source(0), { table: 't', file: 't.csv', line: 2, text: 'x,z' });
  assert.equal(store.source(1), undefined);
  assert.equal(store.indexOfSeq(2), 1);
  assert.equal(store.indexOfSeq(0), -1);
});

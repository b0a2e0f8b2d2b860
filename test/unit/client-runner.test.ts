// client/engine-runner.ts: runs in a worker thread; Stop aborts, and terminates a thread that
// does not honour the abort. A stand-in worker (client-fixtures/busy-worker.ts) plays the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EngineRunner } from '../../client/engine-runner.ts';
import type { ExtensionToWebview } from '../../client/webview/protocol.ts';
import { MAX_PAGES_IN_FLIGHT } from '../../client/run-protocol.ts';

const workerFile = new URL('./client-fixtures/busy-worker.ts', import.meta.url);
const req = (text: string) => ({ type: 'run' as const, text, documentUri: 'file:///q.fsql', documentLabel: 'q.fsql', baseDir: '/', maxRows: 1000 });
const until = async (f: () => boolean): Promise<void> => { while (!f()) await new Promise((r) => setTimeout(r, 2)); };

test('a finite run: messages in order, summary done', async () => {
  const r = new EngineRunner({ workerFile });
  const seen: string[] = [];
  const h = r.start(req('finite'), (m) => seen.push(m.type));
  const s = await h.finished;
  assert.equal(s.state, 'done');
  assert.deepEqual(s.lines, ['+I[1]', '+I[2]', '+I[3]']);
  assert.deepEqual(seen, ['runStarted', 'rows', 'rows', 'rows', 'done']);
  r.dispose();
});

test('stop: the abort is honoured, the run ends as stopped and nothing arrives after', async () => {
  const r = new EngineRunner({ workerFile });
  const msgs: ExtensionToWebview[] = [];
  const h = r.start(req('endless'), (m) => msgs.push(m));
  await until(() => h.summary.changes >= 5);
  await h.stop();
  const s = await h.finished;
  assert.equal(s.state, 'stopped');
  const n = msgs.length;
  assert.equal(msgs[n - 1]!.type, 'done');
  assert.equal((msgs[n - 1] as { stopped?: boolean }).stopped, true);
  await new Promise((res) => setTimeout(res, 30));
  assert.equal(msgs.length, n);
  assert.equal(r.busy, false);
  // the same thread serves the next run
  const again = await r.start(req('finite'), () => {}).finished;
  assert.equal(again.state, 'done');
  r.dispose();
});

test('stop: a thread that ignores the abort is terminated; a new one runs the next query', async () => {
  const r = new EngineRunner({ workerFile, stopGraceMs: 50 });
  const msgs: ExtensionToWebview[] = [];
  const h = r.start(req('ignoreStop'), (m) => msgs.push(m));
  await until(() => h.summary.changes >= 1);
  const stopping = h.stop();
  // The run has ended for its listeners before the thread is gone.
  assert.equal(h.summary.state, 'stopped');
  assert.deepEqual(msgs.map((m) => m.type), ['runStarted', 'rows', 'done']);
  await stopping;
  const s = await h.finished;
  assert.equal(s.state, 'stopped');
  assert.deepEqual(msgs.map((m) => m.type), ['runStarted', 'rows', 'done']);
  const next = await r.start(req('finite'), () => {}).finished;
  assert.equal(next.state, 'done');
  assert.equal(next.changes, 3);
  r.dispose();
});

test('a worker that crashes fails the run with a message instead of hanging', async () => {
  const r = new EngineRunner({ workerFile });
  const s = await r.start(req('crash'), () => {}).finished;
  assert.equal(s.state, 'failed');
  assert.match(s.error?.message ?? '', /engine's thread (failed|exited)/);
  r.dispose();
});

test('flow control: the real engine worker waits while MAX_PAGES_IN_FLIGHT pages are undelivered, and goes on as they are', async () => {
  const r = new EngineRunner({ workerFile: new URL('../../client/run-worker.ts', import.meta.url) });
  const text = "CREATE TABLE n (k INT) WITH ('connector' = 'datagen', 'fields.k.min' = '1', 'fields.k.max' = '9');\nSELECT k, COUNT(*) FROM n GROUP BY k;";
  const pending: (() => void)[] = [];
  let pages = 0;
  const h = r.start({ ...req(text), maxRows: 1e12 }, (m) => {
    if (m.type !== 'rows') return undefined;
    pages++;
    return new Promise<void>((res) => pending.push(res));
  });
  await until(() => pages >= MAX_PAGES_IN_FLIGHT);
  // The engine would fill many pages a second; held back, it posts no more than the limit.
  await new Promise((res) => setTimeout(res, 300));
  assert.equal(pages, MAX_PAGES_IN_FLIGHT);
  assert.equal(h.summary.state, 'running');
  // Two pages delivered: two more come, then it waits again.
  pending.splice(0, 2).forEach((f) => f());
  await until(() => pages >= MAX_PAGES_IN_FLIGHT + 2);
  await new Promise((res) => setTimeout(res, 300));
  assert.equal(pages, MAX_PAGES_IN_FLIGHT + 2);
  // A run that waits on the panel still stops at once.
  await h.stop();
  assert.equal((await h.finished).state, 'stopped');
  assert.equal(r.busy, false);
  r.dispose();
});

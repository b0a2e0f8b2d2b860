// A stand-in for client/run-worker.ts in the EngineRunner tests: emits a page of rows every few
// milliseconds until stopped. With `ignoreStop` in the request's text it never looks at the
// stop message and spins (an engine step that does not check its signal), so the host must
// terminate the thread.
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../../../client/run-protocol.ts';

const port = parentPort!;
const send = (m: FromWorker): void => port.postMessage(m);
const stopped = new Set<string>();
port.on('message', (m: ToWorker) => {
  if (m.type === 'stop') { stopped.add(m.runId); return; }
  if (m.type === 'ack') return;
  const runId = m.runId;
  send({ type: 'panel', message: { v: 1, type: 'runStarted', runId, document: { uri: m.documentUri, label: m.documentLabel }, query: m.text, mode: 'streaming', sinks: [], sources: [] } });
  let seq = 0;
  if (m.text === 'ignoreStop') {
    send({ type: 'panel', message: { v: 1, type: 'rows', runId, sink: 0, changes: [{ seq: ++seq, kind: '+I', fields: ['x'] }] } });
    for (;;) { /* busy: never yields to the event loop */ }
  }
  if (m.text === 'crash') throw new Error('boom');
  const tick = (): void => {
    if (stopped.has(runId)) {
      send({ type: 'panel', message: { v: 1, type: 'done', runId, totals: { changes: seq, rowsRead: seq }, durationMs: 1, stopped: true } });
      send({ type: 'end', runId });
      return;
    }
    if (m.text === 'finite' && seq >= 3) {
      send({ type: 'panel', message: { v: 1, type: 'done', runId, totals: { changes: seq, rowsRead: seq }, durationMs: 1 } });
      send({ type: 'end', runId });
      return;
    }
    send({ type: 'panel', message: { v: 1, type: 'rows', runId, sink: 0, changes: [{ seq: ++seq, kind: '+I', fields: [String(seq)] }] } });
    setTimeout(tick, 2);
  };
  tick();
});

// runIntoPanel: the engine's run, as the protocol messages the panel receives. Whatever the
// engine can or cannot do yet, the message stream must be well formed: runStarted first, then
// explain/rows/progress, and exactly one done or error at the end, all accepted by the panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { runIntoPanel } from '../../client/panel-feed.ts';
import { PanelModel } from '../../client/webview/model.ts';
import { isExtensionToWebview } from '../../client/webview/protocol.ts';
import type { ExtensionToWebview } from '../../client/webview/protocol.ts';
import { caseDirs, loadCase } from '../e2e/webview/cases.ts';

const root = new URL('../..', import.meta.url).pathname;

async function feed(dir: string): Promise<ExtensionToWebview[]> {
  const msgs: ExtensionToWebview[] = [];
  await runIntoPanel({
    text: readFileSync(join(dir, 'query.sql'), 'utf8'), documentUri: pathToFileURL(join(dir, 'query.sql')).toString(),
    documentLabel: 'query.sql', baseDir: dir, post: (m) => msgs.push(structuredClone(m)), runId: 'r', pageSize: 2,
  });
  return msgs;
}

for (const dir of caseDirs(join(root, '../shared/cases'))) {
  const c = loadCase(dir);
  test(`runIntoPanel ${c.name}: a well-formed message stream the panel accepts`, async () => {
    const msgs = await feed(dir);
    assert.equal(msgs[0]!.type, 'runStarted');
    const ends = msgs.filter((m) => m.type === 'done' || m.type === 'error');
    assert.equal(ends.length, 1);
    assert.equal(msgs.at(-1), ends[0]);
    const model = new PanelModel();
    for (const m of msgs) {
      assert.ok(isExtensionToWebview(m), JSON.stringify(m));
      assert.equal(model.receive(m), true, JSON.stringify(m));
    }
    const seqs = msgs.flatMap((m) => (m.type === 'rows' ? m.changes.map((x) => x.seq) : []));
    assert.deepEqual(seqs, seqs.map((_, i) => i + 1));
    const err = ends[0]!.type === 'error' ? ends[0] : null;
    if (err?.type === 'error' && err.location) {
      assert.ok(err.location.line >= 1 && err.location.column >= 1);
      assert.equal(err.location.uri, pathToFileURL(join(dir, 'query.sql')).toString());
    }
  });
}

// The Explain tab's operators are the graph `flinksql explain` prints: under mini-batch a two-phase
// GROUP BY shows Flink's MiniBatchAssigner, LocalGroupAggregate and GlobalGroupAggregate, in the
// text's order, with its changelog modes (case set-mini-batch, recorded on Flink).
test('runIntoPanel: the Explain tab lists the nodes explain prints, with their modes', async () => {
  const dir = join(root, 'test/cases/set-mini-batch');
  const msgs = await feed(dir);
  const ex = msgs.find((m) => m.type === 'explain');
  assert.ok(ex && ex.type === 'explain' && ex.text !== undefined);
  const text = ex.text;
  const fromText = text.split('\n').map((l) => l.replace(/^[\s:+-]*/, '').replace(/\(.*$/, ''));
  assert.deepEqual(ex.operators.map((o) => o.name), fromText);
  assert.ok(ex.operators.some((o) => o.name === 'MiniBatchAssigner'), text);
  const modes = text.split('\n').map((l) => /changelogMode=\[([^\]]*)\]/.exec(l)![1]!.split(',').filter((x) => x !== 'NONE'));
  assert.deepEqual(ex.operators.map((o) => o.changelogMode), modes);
});

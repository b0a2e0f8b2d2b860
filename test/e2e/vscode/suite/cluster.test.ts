// Run on Flink Cluster in the real extension host: the statements go to a SQL Gateway (a fake on
// 127.0.0.1 that answers what Flink 2.3.0's gateway answered; the real one is exercised by
// npm run test:gateway), rows reach the run summary and the panel, Stop closes the operation,
// and an unreachable gateway is a clear error.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openFixture, runIt, waitFor } from './helpers.ts';
import { fakeGateway } from '../../../unit/fixtures/fake-gateway.ts';

interface Summary { runId: string; state: string; changes: number; lines: string[]; error?: { exceptionClass: string; message: string } }
interface Api { lastRun(): Summary | undefined; isRunning(uri?: vscode.Uri): boolean }

const S = '125c1922-5c38-4323-bc23-a9729c4f575d';

describe('run on a Flink cluster', () => {
  let api: Api;
  before(async () => { api = (await activateExtension()).exports as Api; });

  async function withGateway(url: string, uri: vscode.Uri, fn: () => Promise<void>): Promise<void> {
    const config = vscode.workspace.getConfiguration('flinksql', uri);
    await config.update('gatewayUrl', url, vscode.ConfigurationTarget.Workspace);
    try { await fn(); } finally { await config.update('gatewayUrl', undefined, vscode.ConfigurationTarget.Workspace); }
  }

  runIt('runs the statement through the SQL Gateway and shows its changelog', async () => {
    const editor = await openFixture('cluster.fsql');
    const g = await fakeGateway();
    try {
      await withGateway(g.url, editor.document.uri, async () => {
        const s = await vscode.commands.executeCommand<Summary>('flinksql.runOnCluster', { uri: editor.document.uri.toString() });
        assert.equal(s.error, undefined, JSON.stringify(s.error));
        assert.equal(s.state, 'done');
        assert.deepEqual(s.lines, [
          '+I[1, 4.50, 2024-05-01T10:00, 1.5E10, [a, b], {k=1}, +I[apple, 1], 0042-01-01, 2024-05-01T10:00:00Z]',
          '-U[1, 4.50, 2024-05-01T10:00, 1.5E10, [a, b], {k=1}, +I[apple, 1], 0042-01-01, 2024-05-01T10:00:00Z]',
          '+U[2, 10.00, 2024-05-01T10:00:00.123, 0.1, [], {k=2}, +I[pear, 2], 2024-05-01, 2024-05-01T10:00:00.123Z]',
          '-D[3, null, null, null, null, {k=null}, +I[null, 3], null, null]',
        ]);
        assert.deepEqual(g.statements, ["CREATE TABLE t (id INT) WITH ('connector' = 'datagen')", 'SELECT id FROM t']);
        assert.equal(g.requests.at(-1), `DELETE /v4/sessions/${S}`);
        assert.equal(api.isRunning(editor.document.uri), false);
      });
    } finally { await g.close(); }
  });

  runIt('Flink SQL: Stop ends a cluster run and closes its operation', async () => {
    const editor = await openFixture('cluster.fsql');
    const uri = editor.document.uri;
    const g = await fakeGateway({ endless: true });
    try {
      await withGateway(g.url, uri, async () => {
        const running = Promise.resolve(vscode.commands.executeCommand<Summary>('flinksql.runOnCluster', { uri: uri.toString() }));
        await waitFor('the cluster run to deliver rows', () => api.isRunning(uri) && (api.lastRun()?.changes ?? 0) >= 4);
        await vscode.commands.executeCommand('flinksql.stop', { uri: uri.toString() });
        const s = await running;
        assert.equal(s.state, 'stopped');
        assert.equal(s.changes, 4);
        assert.equal(api.isRunning(uri), false);
        assert.ok(g.requests.includes(`DELETE /v4/sessions/${S}/operations/op2/close`), g.requests.join('\n'));
        assert.equal(g.requests.at(-1), `DELETE /v4/sessions/${S}`);
      });
    } finally { await g.close(); }
  });

  runIt('an unreachable gateway fails the run with a message naming its URL', async () => {
    const editor = await openFixture('cluster.fsql');
    const g = await fakeGateway();
    const url = g.url;
    await g.close(); // nothing listens there any more
    await withGateway(url, editor.document.uri, async () => {
      const s = await vscode.commands.executeCommand<Summary>('flinksql.runOnCluster', { uri: editor.document.uri.toString() });
      assert.equal(s.state, 'failed');
      assert.match(s.error?.message ?? '', new RegExp(`no Flink SQL Gateway answers at ${url.replace(/[.]/g, '\\.')}: connect ECONNREFUSED`));
    });
  }, false);
});

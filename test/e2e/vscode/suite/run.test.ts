// Running queries: the Run CodeLens, Run Query on the seed example into the changelog panel,
// Explain, batch mode, Stop on a long run, Generate Sample Data.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activateExtension, fixtureUri, openFixture, parserIt, runIt, screenshot, sleep, waitFor, webviewTexts, workspaceDir } from './helpers.ts';

interface Summary { runId: string; state: string; changes: number; rowsRead: number; lines: string[]; error?: { exceptionClass: string; message: string }; explain?: string }
interface Api { lastRun(): Summary | undefined; isRunning(uri?: vscode.Uri): boolean; clientReady: Promise<void>; lastStopMs(): number | undefined }

// The seed incident (examples/seed): every intermediate ARRAY_AGG list is emitted.
const SEED_CHANGELOG = [
  '+I[Show A, [Kim]]',
  '-U[Show A, [Kim]]',
  '+U[Show A, [Kim, Lee]]',
  '+I[Show B, [Park]]',
  '-U[Show A, [Kim, Lee]]',
  '+U[Show A, [Kim, Lee, Park]]',
];

describe('running queries', () => {
  let api: Api;
  before(async () => {
    api = (await activateExtension()).exports as Api;
  });

  it('puts Run | Explain lenses above every SELECT and INSERT', async () => {
    const editor = await openFixture('seed/query.sql');
    await vscode.languages.setTextDocumentLanguage(editor.document, 'flinksql');
    const lenses = await waitFor('code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      return l && l.length ? l : undefined;
    });
    const select = editor.document.getText().split('\n').findIndex((l) => l.startsWith('SELECT'));
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]), [
      [select, '$(play) Run', 'flinksql.runQuery'],
      [select, 'Explain', 'flinksql.explainChangelog'],
    ]);
  });

  runIt('reports a file without a query as Flink does, in the panel and the status bar', async () => {
    const editor = await openFixture('ddl-only.fsql');
    const s = await vscode.commands.executeCommand<Summary>('flinksql.runQuery', { uri: editor.document.uri.toString() });
    assert.equal(s.state, 'failed');
    assert.deepEqual(s.error, { exceptionClass: 'org.apache.flink.table.api.ValidationException', message: 'No query to run: the document has no SELECT or INSERT statement.' });
    assert.equal(api.isRunning(), false);
    const texts = await webviewTexts();
    if (texts) {
      await waitFor('the panel to show the error', async () => ((await webviewTexts()) ?? []).find((t) => t.includes('No query to run')));
      await screenshot('panel-error');
    }
  }, false);

  runIt('runs the seed example and the panel shows its changelog', async () => {
    const editor = await openFixture('seed/query.sql');
    await vscode.languages.setTextDocumentLanguage(editor.document, 'flinksql');
    const s = await vscode.commands.executeCommand<Summary>('flinksql.runQuery', { uri: editor.document.uri.toString() });
    assert.ok(s, 'Run Query returns the run summary');
    assert.equal(s.error, undefined, JSON.stringify(s.error));
    assert.equal(s.state, 'done');
    assert.deepEqual(s.lines, SEED_CHANGELOG);
    const texts = await webviewTexts();
    if (texts) {
      const panel = await waitFor('the panel to show the rows', async () => {
        const t = (await webviewTexts()) ?? [];
        return t.find((x) => x.includes('[Kim, Lee]'));
      });
      assert.match(panel, /\+U/);
    }
    await screenshot('panel');
  });

  runIt('explains the changelog modes of the plan', async () => {
    const editor = await openFixture('seed/query.sql');
    const s = await vscode.commands.executeCommand<Summary>('flinksql.explainChangelog', { uri: editor.document.uri.toString() });
    assert.equal(s.error, undefined, JSON.stringify(s.error));
    assert.match(s.explain ?? '', /GroupAggregate/);
    assert.match(s.explain ?? '', /changelogMode=\[I,UB,UA\]/);
  });

  runIt('runs in batch mode: final results only', async () => {
    const editor = await openFixture('seed/query.sql');
    const s = await vscode.commands.executeCommand<Summary>('flinksql.runQueryBatch', { uri: editor.document.uri.toString() });
    assert.equal(s.error, undefined, JSON.stringify(s.error));
    assert.ok(s.lines.every((l) => l.startsWith('+I')), s.lines.join('\n'));
  });

  runIt('stops a long run at once and keeps the extension host responsive', async () => {
    const editor = await openFixture('long-run.fsql');
    const uri = editor.document.uri;
    // The default limit (100,000 changes) would end this run before the Stop.
    const config = vscode.workspace.getConfiguration('flinksql', uri);
    await config.update('run.maxRows', 1_000_000_000, vscode.ConfigurationTarget.Workspace);
    after(async () => { await config.update('run.maxRows', undefined, vscode.ConfigurationTarget.Workspace); });
    let failure: unknown;
    const running = Promise.resolve(vscode.commands.executeCommand<Summary>('flinksql.runQuery', { uri: uri.toString() }))
      .catch((e: unknown) => { failure = e; throw e; });
    await waitFor('the long run to emit changes', () => {
      const r = api.lastRun();
      if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
      if (r && r.state !== 'running') throw new Error(`the run ended: ${JSON.stringify({ ...r, lines: r.lines.slice(0, 3) })}`);
      return api.isRunning(uri) && (r?.changes ?? 0) > 0;
    }, 30_000).catch((e: Error) => {
      const r = api.lastRun();
      throw new Error(`${e.message}; running: ${api.isRunning(uri)}; last run: ${JSON.stringify(r && { ...r, lines: r.lines.slice(0, 3) })}`);
    });
    // The host answers while the engine works in its thread.
    const t0 = Date.now();
    await sleep(10);
    const hostLagMs = Date.now() - t0 - 10;
    await screenshot('running');
    const t1 = Date.now();
    await vscode.commands.executeCommand('flinksql.stop', { uri: uri.toString() });
    const stopMs = Date.now() - t1;
    const s = await running;
    console.log(`  stop took ${Math.round(api.lastStopMs() ?? -1)} ms in the extension (${stopMs} ms through executeCommand); extension host timer lag while running: ${hostLagMs} ms; ${s.changes} changes before the stop`);
    assert.equal(s.state, 'stopped');
    assert.equal(api.isRunning(uri), false);
    const changesAtStop = s.changes;
    await sleep(300);
    assert.equal(api.lastRun()?.changes, changesAtStop, 'no change arrives after Stop');
  });

  parserIt('generates sample CSV data for a table from its DDL', async () => {
    const editor = await openFixture('sample-data.fsql');
    await vscode.commands.executeCommand('flinksql.generateSampleData', { uri: editor.document.uri.toString(), table: 'payments', rows: 5, overwrite: true });
    const file = join(workspaceDir(), 'data/payments.csv');
    await waitFor('data/payments.csv', () => existsSync(file));
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.equal(lines[0], 'payment_id,customer,amount,paid_at');
    assert.equal(lines.length, 6);
    for (const l of lines.slice(1)) assert.match(l, /^\d+,[a-z]+,\d+\.\d{2},2024-01-01 \d{2}:\d{2}:\d{2}\.\d{3}$/);
  });

  runIt('runs the query on the generated sample data', async () => {
    const file = join(workspaceDir(), 'data/payments.csv');
    assert.ok(existsSync(file), 'the previous test generated data/payments.csv');
    const s = await vscode.commands.executeCommand<Summary>('flinksql.runQuery', { uri: fixtureUri('sample-data.fsql').toString() });
    assert.equal(s.error, undefined, JSON.stringify(s.error));
    assert.equal(s.state, 'done');
    assert.equal(s.rowsRead, 5);
    assert.ok(s.lines.length >= 1 && s.lines.every((l) => /^[+-][IUD]\[[a-z]+, \d+\.\d{2}\]$/.test(l)), s.lines.join('\n'));
  });
});

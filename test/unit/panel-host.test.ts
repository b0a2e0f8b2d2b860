// client/panel.ts against a recording stand-in for `vscode`: one panel per document, the HTML
// from the shared builder with a fresh nonce, localResourceRoots, messages queued until the UI
// is ready, reveal handled, and revival by the serializer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerHooks } from 'node:module';

const fake = new URL('./panel-fake-vscode.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, next) {
    return specifier === 'vscode' ? { url: fake, shortCircuit: true } : next(specifier, context);
  },
});
const vscode = await import('./panel-fake-vscode.ts');
const { ChangelogPanel, CHANGELOG_VIEW_TYPE } = await import('../../client/panel.ts');
const { PROTOCOL_VERSION: v } = await import('../../client/webview/protocol.ts');

const context = { extensionUri: vscode.Uri.file('/ext'), subscriptions: [] as { dispose(): void }[] };
type Ctx = Parameters<typeof ChangelogPanel.show>[0];
type DocUri = Parameters<typeof ChangelogPanel.show>[1];
const doc = (p: string): DocUri => vscode.Uri.file(p) as unknown as DocUri;

test('one panel per document; a second show reveals it', () => {
  const a = ChangelogPanel.show(context as unknown as Ctx, doc('/w/a.sql'));
  const again = ChangelogPanel.show(context as unknown as Ctx, doc('/w/a.sql'));
  const b = ChangelogPanel.show(context as unknown as Ctx, doc('/w/b.sql'));
  assert.equal(a, again);
  assert.notEqual(a, b);
  assert.equal(vscode.created.length, 2);
  const p = vscode.created[0]!;
  assert.equal(p.viewType, CHANGELOG_VIEW_TYPE);
  assert.equal(p.title, 'Changelog: a.sql');
  assert.equal(p.revealed, 1);
  const opts = p.webview.options as { enableScripts: boolean; localResourceRoots: unknown[] };
  assert.equal(opts.enableScripts, true);
  assert.deepEqual(opts.localResourceRoots.map(String), ['file:///ext/dist', 'file:///ext/media']);
  const html = p.webview.html.replace(/&#39;/g, "'");
  assert.match(html, /script-src 'nonce-([A-Za-z0-9]{32})'/);
  const nonce = /'nonce-([A-Za-z0-9]{32})'/.exec(html)![1];
  assert.match(p.webview.html, new RegExp(`<script nonce="${nonce}" src="https://file\\+\\.vscode-resource\\.vscode-cdn\\.net/ext/dist/webview\\.js">`));
  assert.notEqual(/nonce="(\w+)"/.exec(vscode.created[1]!.webview.html)![1], nonce, 'a fresh nonce per panel');
  a.dispose(); b.dispose();
  assert.equal(ChangelogPanel.get(doc('/w/a.sql')), undefined);
});

test('post() queues until the UI says ready; webview messages reach onDidReceiveMessage; reveal opens the document', async () => {
  const panel = ChangelogPanel.show(context as unknown as Ctx, doc('/w/c.sql'));
  const fp = vscode.created.at(-1)!;
  const got: unknown[] = [];
  panel.onDidReceiveMessage((m) => got.push(m));
  panel.post({ v, type: 'done', runId: 'r', totals: { changes: 0, rowsRead: 0 }, durationMs: 1 });
  assert.deepEqual(fp.webview.posted, []);
  fp.webview.fromUi.fire({ v, type: 'ready' });
  assert.equal(fp.webview.posted.length, 1);
  panel.post({ v, type: 'done', runId: 'r2', totals: { changes: 0, rowsRead: 0 }, durationMs: 1 });
  assert.equal(fp.webview.posted.length, 2);
  fp.webview.fromUi.fire({ v, type: 'stop', runId: 'r2' });
  fp.webview.fromUi.fire({ v: 99, type: 'stop', runId: 'x' });
  fp.webview.fromUi.fire({ v, type: 'reveal', location: { uri: 'file:///w/c.sql', line: 3, column: 8 } });
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(got.map((m) => (m as { type: string }).type), ['ready', 'stop', 'reveal']);
  const shown = vscode.calls.find((c) => c.kind === 'showTextDocument')!;
  const sel = (shown.args[1] as { selection: { start: { line: number; character: number } } }).selection;
  assert.deepEqual([sel.start.line, sel.start.character], [2, 7], '1-based location -> 0-based position');
  let disposed = 0;
  panel.onDidDispose(() => disposed++);
  fp.dispose(); // the user closed the tab
  assert.equal(disposed, 1);
  assert.equal(ChangelogPanel.get(doc('/w/c.sql')), undefined);
});

test('the serializer revives a panel for the document its saved state names', async () => {
  let revived: unknown[] = [];
  ChangelogPanel.registerSerializer(context as unknown as Ctx, (p, s) => { revived = [p, s]; });
  const s = vscode.serializers.get(CHANGELOG_VIEW_TYPE)!;
  const fp = new vscode.FakePanel(CHANGELOG_VIEW_TYPE, 'Changelog: d.sql', 1, {});
  const state = { v, tab: 'sink', step: 2, sink: 0, documentUri: 'file:///w/d.sql' };
  await s.deserializeWebviewPanel(fp, state);
  assert.equal(revived[1], state);
  assert.match(fp.webview.html, /Content-Security-Policy/);
  const p = ChangelogPanel.show(context as unknown as Ctx, doc('/w/d.sql'));
  assert.equal(p, revived[0], 'Run on the same document reuses the revived panel');
  p.dispose();
});

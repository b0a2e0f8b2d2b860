// The server as an editor drives it, over stdio JSON-RPC: initialize, push diagnostics on open and
// change (incremental sync), pull diagnostics, configuration (catalogFiles), robustness, and
// shutdown/exit — for both dist/server.js and `flinksql lsp --stdio`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './lsp-client.ts';
import { diagnoseText } from '../../server/diagnose.ts';
import { toLspDiagnostic } from '../../server/server.ts';

const DOC = `CREATE TABLE Orders (
  order_id BIGINT,
  ts TIMESTAMP(3)
) WITH ('connector' = 'datagen');
SELECT order_id FROM Orders;
SELECT FROM WHERE;
`;

for (const [name, args] of [['dist/server.js --stdio', ['dist/server.js', '--stdio']], ['flinksql lsp --stdio', ['dist/cli.js', 'lsp', '--stdio']]] as const) {
  test(`${name}: initialize, push diagnostics on open and incremental change, shutdown/exit`, async () => {
    const c = new LspClient([...args]);
    try {
      const init = await c.initialize();
      const caps = init.capabilities;
      assert.deepEqual(caps['textDocumentSync'], { openClose: true, change: 2, save: { includeText: false } });
      for (const k of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider']) assert.equal(caps[k], true, k);
      assert.equal(caps['diagnosticProvider'], undefined, 'no pull diagnostics for a client without the capability');
      const uri = 'file:///t/a.fsql';
      c.open(uri, DOC, 1);
      const d1 = await c.diagnosticsFor(uri, 1);
      const expected = diagnoseText(DOC).map(toLspDiagnostic);
      assert.deepEqual((d1.params as { diagnostics: unknown[] }).diagnostics, expected);
      // incremental edit: rename the column in the query (line 4), then check the server's text
      c.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 4, character: 7 }, end: { line: 4, character: 15 } }, text: 'ts' }],
      });
      const after = DOC.replace('SELECT order_id FROM', 'SELECT ts FROM');
      const d2 = await c.diagnosticsFor(uri, 2);
      assert.deepEqual((d2.params as { diagnostics: unknown[] }).diagnostics, diagnoseText(after).map(toLspDiagnostic));
      const def = await c.request<{ range: { start: { line: number; character: number } } }>('textDocument/definition', { textDocument: { uri }, position: { line: 4, character: 8 } });
      assert.deepEqual(def.range.start, { line: 2, character: 2 }, 'the edit was applied incrementally: `ts` now resolves');
      // requests on unknown documents and odd positions answer, never crash
      assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'file:///nope' }, position: { line: 0, character: 0 } }), null);
      assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } }), null);
      c.notify('textDocument/didClose', { textDocument: { uri } });
      // the clearing push has no version (earlier pushes of version 2 may still be queued)
      const cleared = await c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && (m.params as { version?: number }).version === undefined);
      assert.deepEqual((cleared.params as { diagnostics: unknown[] }).diagnostics, []);
      assert.equal(await c.shutdown(), 0);
    } finally {
      c.kill();
    }
  });
}

test('pull diagnostics when the client supports them (and no push)', async () => {
  const c = new LspClient();
  try {
    const init = await c.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.deepEqual(init.capabilities['diagnosticProvider'], { identifier: 'flinksql', interFileDependencies: true, workspaceDiagnostics: false });
    const uri = 'file:///t/pull.fsql';
    c.open(uri, DOC);
    const report = await c.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items, diagnoseText(DOC).map(toLspDiagnostic));
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(c.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics').length, 0);
    assert.equal(await c.shutdown(), 0);
  } finally {
    c.kill();
  }
});

test('flinksql.catalogFiles through workspace/configuration: tables of another file complete, hover and resolve', async () => {
  const c = new LspClient();
  let asked = 0;
  c.handlers['workspace/configuration'] = () => { asked++; return [{ catalogFiles: ['test/server/catalog/*.ddl.sql'], gatewayUrl: '' }]; };
  c.handlers['client/registerCapability'] = () => null;
  try {
    await c.initialize({ workspace: { configuration: true } });
    const uri = 'file:///t/q.fsql';
    const text = 'SELECT u.name FROM SharedUsers u;\nSELECT * FROM ';
    c.open(uri, text);
    await c.diagnosticsFor(uri);
    // settings are read after `initialized`; poll until the catalog is in
    let labels: string[] = [];
    for (let i = 0; i < 50 && !labels.includes('SharedUsers'); i++) {
      const items = await c.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 14 } });
      labels = items.map((x) => x.label);
      if (!labels.includes('SharedUsers')) await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(asked >= 1);
    assert.deepEqual(labels, ['SharedUsers']);
    const cols = await c.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 9 } });
    assert.deepEqual(cols.map((x) => x.label), ['user_id', 'name']);
    const def = await c.request<{ uri: string; range: unknown }>('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 10 } });
    assert.match(def.uri, /test\/server\/catalog\/shared\.ddl\.sql$/);
    assert.deepEqual(def.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } });
    assert.equal(await c.shutdown(), 0);
  } finally {
    c.kill();
  }
});

test('node-ipc transport (how the extension may start dist/server.js)', async () => {
  const { fork } = await import('node:child_process');
  const { ROOT } = await import('./lsp-client.ts');
  const child = fork('dist/server.js', ['--node-ipc'], { cwd: ROOT, silent: true });
  try {
    const answers = new Map<number, unknown>();
    const notes: { method: string; params: unknown }[] = [];
    let wake: (() => void) | undefined;
    child.on('message', (m: { id?: number; method?: string; params?: unknown; result?: unknown }) => {
      if (m.id !== undefined && !m.method) answers.set(m.id, m.result);
      else if (m.method) notes.push({ method: m.method, params: m.params });
      wake?.();
    });
    const until = async (f: () => boolean) => { while (!f()) await new Promise<void>((r) => { wake = r; }); };
    child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } } });
    await until(() => answers.has(1));
    assert.equal((answers.get(1) as { serverInfo: { name: string } }).serverInfo.name, 'flinksql');
    child.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    child.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///ipc.fsql', languageId: 'flinksql', version: 1, text: 'SELECT 1;' } } });
    await until(() => notes.some((n) => n.method === 'textDocument/publishDiagnostics'));
    child.send({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null });
    await until(() => answers.has(2));
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.send({ jsonrpc: '2.0', method: 'exit', params: null });
    assert.equal(await exit, 0);
  } finally {
    if (child.exitCode === null) child.kill();
  }
});

test('the server exits when the client closes stdin without exit (no orphan servers)', async () => {
  const c = new LspClient(['dist/cli.js', 'lsp', '--stdio']);
  try {
    await c.initialize();
    c.proc.stdin.end();
    assert.equal(await c.exited, 1);
  } finally {
    c.kill();
  }
});

test('catalog files are watched: a changed DDL file is reloaded on didChangeWatchedFiles', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const dir = mkdtempSync(join(tmpdir(), 'fsql-cat-'));
  writeFileSync(join(dir, 'a.ddl.sql'), "CREATE TABLE first_table (x INT) WITH ('connector' = 'datagen');\n");
  const c = new LspClient();
  const registrations: unknown[] = [];
  c.handlers['workspace/configuration'] = () => [{ catalogFiles: ['*.ddl.sql'] }];
  c.handlers['client/registerCapability'] = (p) => { registrations.push(p); return null; };
  try {
    await c.request('initialize', { processId: null, rootUri: pathToFileURL(dir).href, workspaceFolders: null, initializationOptions: { debounceMs: 0 }, capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
    c.notify('initialized', {});
    const uri = 'file:///t/w.fsql';
    c.open(uri, 'SELECT * FROM ');
    const tables = async () => (await c.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 14 } })).map((x) => x.label);
    for (let i = 0; i < 50 && !(await tables()).includes('first_table'); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(await tables(), ['first_table']);
    assert.match(JSON.stringify(registrations), /workspace\/didChangeWatchedFiles.*\*\*\/\*\.ddl\.sql/);
    writeFileSync(join(dir, 'a.ddl.sql'), "CREATE TABLE first_table (x INT) WITH ('connector' = 'datagen');\nCREATE TABLE second_table (y INT) WITH ('connector' = 'datagen');\n");
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'a.ddl.sql')).href, type: 2 }] });
    for (let i = 0; i < 50 && !(await tables()).includes('second_table'); i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(await tables(), ['first_table', 'second_table']);
    assert.equal(await c.shutdown(), 0);
  } finally {
    c.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

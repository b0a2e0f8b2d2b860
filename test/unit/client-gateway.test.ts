// client/gateway.ts against a fake SQL Gateway (REST v1) on 127.0.0.1: sessions, statements in
// order, result pages (NOT_READY, PAYLOAD, EOS) turned into the panel's messages, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderField, runOnGateway } from '../../client/gateway.ts';
import type { ExtensionToWebview } from '../../client/webview/protocol.ts';

interface Fake { url: string; statements: string[]; closed: string[]; close(): Promise<void> }

async function fakeGateway(opts: { failOn?: RegExp } = {}): Promise<Fake> {
  const statements: string[] = [];
  const closed: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const send = (code: number, json: unknown): void => { res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(json)); };
      const url = req.url ?? '';
      if (req.method === 'POST' && url === '/v1/sessions') return send(200, { sessionHandle: 's1' });
      if (req.method === 'DELETE' && url === '/v1/sessions/s1') { closed.push('s1'); return send(200, { status: 'CLOSED' }); }
      if (req.method === 'POST' && url === '/v1/sessions/s1/statements') {
        const sql = (JSON.parse(body) as { statement: string }).statement;
        statements.push(sql);
        if (opts.failOn?.test(sql)) {
          return send(500, { errors: ['Internal server error.', 'org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.\nCaused by: org.apache.flink.table.api.ValidationException: Object \'nope\' not found\n\tat ...'] });
        }
        return send(200, { operationHandle: `op${statements.length}` });
      }
      const m = /^\/v1\/sessions\/s1\/operations\/(op\d+)\/result\/(\d+)\?rowFormat=JSON$/.exec(url);
      if (req.method === 'GET' && m) {
        const op = m[1]!, token = Number(m[2]);
        const next = (t: number): string => `/v1/sessions/s1/operations/${op}/result/${t}?rowFormat=JSON`;
        const isQuery = statements[Number(op.slice(2)) - 1]!.startsWith('SELECT');
        if (!isQuery) return send(200, { resultType: token === 0 ? 'PAYLOAD' : 'EOS', isQueryResult: false, results: { columns: [{ name: 'result' }], data: [{ kind: 'INSERT', fields: ['OK'] }] }, nextResultUri: next(token + 1) });
        const columns = [{ name: 'program_name', logicalType: { type: 'VARCHAR' } }, { name: 'names', logicalType: { type: 'ARRAY' } }];
        if (token === 0) return send(200, { resultType: 'NOT_READY', isQueryResult: true, nextResultUri: next(1) });
        if (token === 1) return send(200, { resultType: 'PAYLOAD', isQueryResult: true, results: { columns, data: [{ kind: 'INSERT', fields: ['Show A', ['Kim']] }] }, nextResultUri: next(2) });
        if (token === 2) return send(200, { resultType: 'PAYLOAD', isQueryResult: true, results: { columns, data: [{ kind: 'UPDATE_BEFORE', fields: ['Show A', ['Kim']] }, { kind: 'UPDATE_AFTER', fields: ['Show A', ['Kim', 'Lee']] }] }, nextResultUri: next(3) });
        return send(200, { resultType: 'EOS', isQueryResult: true, results: { columns, data: [] } });
      }
      send(404, { errors: [`no route ${req.method} ${url}`] });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, statements, closed, close: () => new Promise((r) => server.close(() => r())) };
}

const DOC = "CREATE TABLE t (a INT) WITH ('connector' = 'datagen');\nSET 'x' = 'y';\nSELECT program_name, names FROM v;\n";

test('runs the statements in order and posts the changelog as the panel protocol', async () => {
  const g = await fakeGateway();
  const msgs: ExtensionToWebview[] = [];
  const r = await runOnGateway({ gatewayUrl: g.url + '/', text: DOC, documentUri: 'file:///q.fsql', documentLabel: 'q.fsql', post: (m) => msgs.push(m), runId: 'c1', pollMs: 1 });
  await g.close();
  assert.deepEqual(r, { changes: 3 });
  assert.deepEqual(g.statements, ["CREATE TABLE t (a INT) WITH ('connector' = 'datagen')", "SET 'x' = 'y'", 'SELECT program_name, names FROM v']);
  assert.deepEqual(g.closed, ['s1']);
  const rows = msgs.flatMap((m) => (m.type === 'rows' ? m.changes.map((c) => `${c.seq} ${c.kind}[${c.fields.join(', ')}]`) : []));
  assert.deepEqual(rows, ['1 +I[Show A, [Kim]]', '2 -U[Show A, [Kim]]', '3 +U[Show A, [Kim, Lee]]']);
  const started = msgs.filter((m) => m.type === 'runStarted');
  assert.deepEqual(started.at(-1)?.type === 'runStarted' && started.at(-1)!.sinks[0]!.columns, [{ name: 'program_name', type: 'VARCHAR' }, { name: 'names', type: 'ARRAY' }]);
  assert.equal(msgs.at(-1)!.type, 'done');
});

test('maxRows cuts the changelog', async () => {
  const g = await fakeGateway();
  const msgs: ExtensionToWebview[] = [];
  const r = await runOnGateway({ gatewayUrl: g.url, text: DOC, documentUri: 'u', documentLabel: 'q', post: (m) => msgs.push(m), maxRows: 2, pollMs: 1 });
  await g.close();
  assert.equal(r.changes, 2);
  assert.equal(msgs.flatMap((m) => (m.type === 'rows' ? m.changes : [])).length, 2);
});

test("a statement Flink rejects: the panel gets Flink's exception class and message", async () => {
  const g = await fakeGateway({ failOn: /^SELECT/ });
  const msgs: ExtensionToWebview[] = [];
  const r = await runOnGateway({ gatewayUrl: g.url, text: DOC, documentUri: 'u', documentLabel: 'q', post: (m) => msgs.push(m), pollMs: 1 });
  await g.close();
  assert.equal(r.error, "org.apache.flink.table.api.ValidationException: Object 'nope' not found");
  const err = msgs.at(-1)!;
  assert.equal(err.type, 'error');
  assert.deepEqual(err.type === 'error' && [err.exceptionClass, err.message], ['org.apache.flink.table.api.ValidationException', "Object 'nope' not found"]);
});

test('no gateway listening: a message that names the setting', async () => {
  const g = await fakeGateway();
  await g.close(); // the port is free now
  const msgs: ExtensionToWebview[] = [];
  const r = await runOnGateway({ gatewayUrl: g.url, text: DOC, documentUri: 'u', documentLabel: 'q', post: (m) => msgs.push(m) });
  assert.equal(r.error, `no Flink SQL Gateway answers at ${g.url} (set flinksql.gatewayUrl)`);
});

test('renderField prints values as Row.toString() does', () => {
  assert.equal(renderField(null), 'null');
  assert.equal(renderField(['a', ['b', null]]), '[a, [b, null]]');
  assert.equal(renderField({ k: 1 }), '{k=1}');
  assert.equal(renderField(1.5), '1.5');
});

// client/gateway.ts against a fake SQL Gateway on 127.0.0.1 that answers what Flink 2.3.0's
// gateway answered (REST v4; recorded with curl against `npm run flink:gateway -- --keep`; the
// error bodies in fixtures/gateway/ are verbatim): /api_versions, sessions, statements in
// order, result pages (NOT_READY, a first PAYLOAD with columns and no rows, PAYLOADs without
// columns, EOS without nextResultUri), 500s with the server's stack, cancel of a FINISHED
// operation answering 500, close. The real gateway is exercised by npm run test:gateway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { causesOf, executeOnGateway, renderField, rootCause, runOnGateway, sqlTypeOf, statementsToRun } from '../../client/gateway.ts';
import type { ExtensionToWebview } from '../../client/webview/protocol.ts';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/gateway/${name}`, import.meta.url), 'utf8');

const COLUMNS = [
  { name: 'id', logicalType: { type: 'INTEGER', nullable: true }, comment: null },
  { name: 'price', logicalType: { type: 'DECIMAL', nullable: true, precision: 10, scale: 2 }, comment: null },
  { name: 'ts', logicalType: { type: 'TIMESTAMP_WITHOUT_TIME_ZONE', nullable: true, precision: 3 }, comment: null },
  { name: 'd', logicalType: { type: 'DOUBLE', nullable: true }, comment: null },
  { name: 'arr', logicalType: { type: 'ARRAY', nullable: true, elementType: { type: 'VARCHAR', nullable: true, length: 2147483647 } }, comment: null },
  { name: 'm', logicalType: { type: 'MAP', nullable: false, keyType: { type: 'CHAR', nullable: false, length: 1 }, valueType: { type: 'INTEGER', nullable: true } }, comment: null },
  { name: 'r', logicalType: { type: 'ROW', nullable: false, fields: [{ name: 'EXPR$0', fieldType: { type: 'VARCHAR', nullable: true, length: 2147483647 } }, { name: 'EXPR$1', fieldType: { type: 'INTEGER', nullable: true } }] }, comment: null },
  { name: 'dt', logicalType: { type: 'DATE', nullable: true }, comment: null },
  { name: 'ltz', logicalType: { type: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE', nullable: true, precision: 3 }, comment: null },
];
// As Flink 2.3.0 sent them: DECIMAL(10, 2) 4.50 as 4.5, TIMESTAMP with seconds always.
const ROWS = [
  { kind: 'INSERT', fields: [1, 4.5, '2024-05-01T10:00:00', 15000000000, ['a', 'b'], { k: 1 }, { EXPR$0: 'apple', EXPR$1: 1 }, '0042-01-01', '2024-05-01T10:00:00Z'] },
  { kind: 'UPDATE_BEFORE', fields: [1, 4.5, '2024-05-01T10:00:00', 15000000000, ['a', 'b'], { k: 1 }, { EXPR$0: 'apple', EXPR$1: 1 }, '0042-01-01', '2024-05-01T10:00:00Z'] },
  { kind: 'UPDATE_AFTER', fields: [2, 10, '2024-05-01T10:00:00.123', 0.1, [], { k: 2 }, { EXPR$0: 'pear', EXPR$1: 2 }, '2024-05-01', '2024-05-01T10:00:00.123Z'] },
  { kind: 'DELETE', fields: [3, null, null, null, null, { k: null }, { EXPR$0: null, EXPR$1: 3 }, null, null] },
];
const DDL_COLUMNS = [{ name: 'result', logicalType: { type: 'VARCHAR', nullable: true, length: 2147483647 }, comment: null }];

interface Fake { url: string; requests: string[]; statements: string[]; close(): Promise<void> }

async function fakeGateway(opts: { failWith?: string; endless?: boolean; versions?: string[] } = {}): Promise<Fake> {
  const requests: string[] = [];
  const statements: string[] = [];
  const S = '125c1922-5c38-4323-bc23-a9729c4f575d';
  const polls = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const url = req.url ?? '';
      requests.push(`${req.method} ${url}`);
      const send = (code: number, json: unknown): void => { res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(json)); };
      const sendRaw = (code: number, text: string): void => { res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' }).end(text); };
      if (req.method === 'GET' && url === '/api_versions') return send(200, { versions: opts.versions ?? ['V1', 'V2', 'V3', 'V4'] });
      if (req.method === 'POST' && url === '/v4/sessions') return send(200, { sessionHandle: S });
      if (req.method === 'DELETE' && url === `/v4/sessions/${S}`) return send(200, { status: 'CLOSED' });
      if (req.method === 'POST' && url === `/v4/sessions/${S}/statements`) {
        statements.push((JSON.parse(body) as { statement: string }).statement);
        return send(200, { operationHandle: `op${statements.length}` });
      }
      let m = /^\/v4\/sessions\/[\w-]+\/operations\/(op\d+)\/(cancel|close)$/.exec(url);
      if (m && m[2] === 'cancel') return send(500, { errors: [`org.apache.flink.runtime.rest.handler.RestHandlerException: Failed to cancelOperation.\n\tat x\nCaused by: org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to convert the Operation Status from FINISHED to CANCELED for ${m[1]}.\n\tat y\n`] });
      if (m && m[2] === 'close') return send(200, { status: 'CLOSED' });
      m = /^\/v4\/sessions\/[\w-]+\/operations\/(op\d+)\/result\/(\d+)\?rowFormat=JSON$/.exec(url);
      if (req.method === 'GET' && m) {
        const op = m[1]!, token = Number(m[2]);
        const next = (t: number): string => `/v4/sessions/${S}/operations/${op}/result/${t}?rowFormat=JSON`;
        const sql = statements[Number(op.slice(2)) - 1]!;
        if (!/^SELECT/.test(sql)) {
          return token === 0
            ? send(200, { resultType: 'PAYLOAD', isQueryResult: false, resultKind: 'SUCCESS', results: { columns: DDL_COLUMNS, rowFormat: 'JSON', data: [{ kind: 'INSERT', fields: ['OK'] }] }, nextResultUri: next(1) })
            : send(200, { resultType: 'EOS', isQueryResult: false, resultKind: 'SUCCESS', results: { columns: DDL_COLUMNS, rowFormat: 'JSON', data: [] } });
        }
        if (opts.failWith) return sendRaw(500, opts.failWith);
        const job = { isQueryResult: true, jobID: '9cdf4053e14bd0e005b82d40eada5367', resultKind: 'SUCCESS_WITH_CONTENT' };
        if (token === 0) {
          const n = (polls.get(op) ?? 0) + 1;
          polls.set(op, n);
          if (n === 1) return send(200, { resultType: 'NOT_READY', nextResultUri: next(0) });
          return send(200, { resultType: 'PAYLOAD', ...job, results: { columns: COLUMNS, rowFormat: 'JSON', data: [] }, nextResultUri: next(1) });
        }
        if (token === 1) return send(200, { resultType: 'PAYLOAD', ...job, results: { rowFormat: 'JSON', data: ROWS.slice(0, 2) }, nextResultUri: next(2) });
        if (token === 2) return send(200, { resultType: 'PAYLOAD', ...job, results: { rowFormat: 'JSON', data: ROWS.slice(2) }, nextResultUri: next(3) });
        if (opts.endless) return send(200, { resultType: 'PAYLOAD', ...job, results: { rowFormat: 'JSON', data: [] }, nextResultUri: next(token + 1) });
        return send(200, { resultType: 'EOS', ...job, results: { columns: COLUMNS, rowFormat: 'JSON', data: [] } });
      }
      send(404, { errors: ['Not found: ' + url] });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, statements, close: () => new Promise((r) => server.close(() => r())) };
}

const DOC = [
  '-- orders',
  "CREATE TABLE t (id INT) WITH ('connector' = 'datagen');",
  'SELECT 1 FROM t;',
  "SET 'table.exec.state.ttl' = '1 h';",
  'SELECT id,',
  '\tnope FROM t;',
  '',
].join('\n');
const rowsOf = (msgs: ExtensionToWebview[]): string[] => msgs.flatMap((m) => (m.type === 'rows' ? m.changes.map((c) => `${c.seq} ${c.kind}[${c.fields.join(', ')}]`) : []));

test('statements: the DDL and SET in order, then the query (an earlier query is skipped)', () => {
  const kinds = statementsToRun(DOC).map((s) => DOC.slice(s.start, s.end));
  assert.deepEqual(kinds, ["CREATE TABLE t (id INT) WITH ('connector' = 'datagen');", "SET 'table.exec.state.ttl' = '1 h';", 'SELECT id,\n\tnope FROM t;']);
  assert.deepEqual(statementsToRun(DOC, { line: 2, character: 3 }).map((s) => DOC.slice(s.start, s.end)), ["CREATE TABLE t (id INT) WITH ('connector' = 'datagen');", 'SELECT 1 FROM t;']);
});

test('a run: REST v4 calls in order, rows rendered as Row.toString() from the column types, panel messages', async () => {
  const g = await fakeGateway();
  const msgs: ExtensionToWebview[] = [];
  const r = await runOnGateway({ gatewayUrl: g.url + '/', text: DOC, documentUri: 'file:///q.fsql', documentLabel: 'q.fsql', post: (m) => msgs.push(m), runId: 'c1', pollMs: 1 });
  await g.close();
  assert.deepEqual(r, { changes: 4 });
  assert.deepEqual(g.statements, ["CREATE TABLE t (id INT) WITH ('connector' = 'datagen')", "SET 'table.exec.state.ttl' = '1 h'", 'SELECT id,\n\tnope FROM t']);
  const S = '125c1922-5c38-4323-bc23-a9729c4f575d';
  const res = (op: string, t: number) => `GET /v4/sessions/${S}/operations/${op}/result/${t}?rowFormat=JSON`;
  const end = (op: string) => [`POST /v4/sessions/${S}/operations/${op}/cancel`, `DELETE /v4/sessions/${S}/operations/${op}/close`];
  assert.deepEqual(g.requests, [
    'GET /api_versions', 'POST /v4/sessions',
    `POST /v4/sessions/${S}/statements`, res('op1', 0), res('op1', 1), ...end('op1'),
    `POST /v4/sessions/${S}/statements`, res('op2', 0), res('op2', 1), ...end('op2'),
    `POST /v4/sessions/${S}/statements`, res('op3', 0), res('op3', 0), res('op3', 1), res('op3', 2), res('op3', 3), ...end('op3'),
    `DELETE /v4/sessions/${S}`,
  ]);
  assert.deepEqual(rowsOf(msgs), [
    '1 +I[1, 4.50, 2024-05-01T10:00, 1.5E10, [a, b], {k=1}, +I[apple, 1], 0042-01-01, 2024-05-01T10:00:00Z]',
    '2 -U[1, 4.50, 2024-05-01T10:00, 1.5E10, [a, b], {k=1}, +I[apple, 1], 0042-01-01, 2024-05-01T10:00:00Z]',
    '3 +U[2, 10.00, 2024-05-01T10:00:00.123, 0.1, [], {k=2}, +I[pear, 2], 2024-05-01, 2024-05-01T10:00:00.123Z]',
    '4 -D[3, null, null, null, null, {k=null}, +I[null, 3], null, null]',
  ]);
  const started = msgs.filter((m) => m.type === 'runStarted');
  assert.equal(started.length, 2);
  assert.deepEqual(started[1]!.type === 'runStarted' && started[1]!.sinks[0]!.columns.map((c) => `${c.name} ${c.type}`), [
    'id INT', 'price DECIMAL(10, 2)', 'ts TIMESTAMP(3)', 'd DOUBLE', 'arr ARRAY<STRING>', 'm MAP<CHAR(1) NOT NULL, INT> NOT NULL',
    'r ROW<`EXPR$0` STRING, `EXPR$1` INT> NOT NULL', 'dt DATE', 'ltz TIMESTAMP_LTZ(3)',
  ]);
  const done = msgs.at(-1)!;
  assert.deepEqual(done.type === 'done' && [done.totals, done.stopped, done.maxRowsReached], [{ changes: 4, rowsRead: 0 }, undefined, undefined]);
});

test('maxRows cuts the changelog, says so, and closes the operation', async () => {
  const g = await fakeGateway({ endless: true });
  const msgs: ExtensionToWebview[] = [];
  const r = await runOnGateway({ gatewayUrl: g.url, text: DOC, documentUri: 'u', documentLabel: 'q', post: (m) => msgs.push(m), maxRows: 3, pollMs: 1 });
  await g.close();
  assert.deepEqual(r, { changes: 3 });
  assert.equal(rowsOf(msgs).length, 3);
  const done = msgs.at(-1)!;
  assert.equal(done.type === 'done' && done.maxRowsReached, 3);
  assert.deepEqual(g.requests.slice(-3).map((x) => x.split(' ')[0] + ' ' + x.split('/').pop()), ['POST cancel', 'DELETE close', 'DELETE 125c1922-5c38-4323-bc23-a9729c4f575d']);
});

test('Stop: the abort ends the polling, closes the operation (which cancels the job) and the session', async () => {
  const g = await fakeGateway({ endless: true });
  const msgs: ExtensionToWebview[] = [];
  const ac = new AbortController();
  const r = await runOnGateway({
    gatewayUrl: g.url, text: DOC, documentUri: 'u', documentLabel: 'q', signal: ac.signal, pollMs: 1,
    post: (m) => { msgs.push(m); if (m.type === 'rows' && m.changes.at(-1)!.seq === 4) setTimeout(() => ac.abort(), 20); },
  });
  await g.close();
  assert.deepEqual(r, { changes: 4, stopped: true });
  const done = msgs.at(-1)!;
  assert.equal(done.type === 'done' && done.stopped, true);
  assert.deepEqual(g.requests.slice(-3).map((x) => x.split(' ')[0] + ' ' + x.split('/').pop()), ['POST cancel', 'DELETE close', 'DELETE 125c1922-5c38-4323-bc23-a9729c4f575d']);
});

test("a rejected query: Flink's root cause, its position mapped from the statement to the document", async () => {
  const g = await fakeGateway({ failWith: fixture('validation-error.json') });
  const msgs: ExtensionToWebview[] = [];
  const r = await runOnGateway({ gatewayUrl: g.url, text: DOC, documentUri: 'file:///q.fsql', documentLabel: 'q', post: (m) => msgs.push(m), pollMs: 1 });
  await g.close();
  const message = "From line 2, column 2 to line 2, column 5: Column 'nope' not found in any table";
  assert.equal(r.error, `org.apache.calcite.sql.validate.SqlValidatorException: ${message}`);
  // statement line 2 = document line 6; the tab is one column, as Flink counts it.
  assert.deepEqual(msgs.at(-1), {
    v: 1, type: 'error', runId: (msgs[0] as { runId: string }).runId, exceptionClass: 'org.apache.calcite.sql.validate.SqlValidatorException', message,
    location: { uri: 'file:///q.fsql', line: 6, column: 2, endLine: 6, endColumn: 6 },
  });
  assert.ok(g.requests.includes('DELETE /v4/sessions/125c1922-5c38-4323-bc23-a9729c4f575d'));
});

test('error texts as Flink 2.3.0 sent them: the deepest cause with a message', () => {
  const text = (f: string) => (JSON.parse(fixture(f)) as { errors: string[] }).errors.join('\n');
  const rt = rootCause(text('runtime-error.json'));
  assert.deepEqual([rt.className, rt.message, rt.statementLocation], ['java.lang.NumberFormatException', "For input string: 'x'. Invalid character found.", undefined]);
  const parse = rootCause(text('parse-error.json'));
  assert.deepEqual([parse.className, parse.message], ['org.apache.calcite.runtime.CalciteException', 'Non-query expression encountered in illegal context']);
  const v = rootCause(text('validation-error.json'));
  assert.deepEqual(v.statementLocation, { line: 2, column: 2, endLine: 2, endColumn: 6 });
  assert.deepEqual(causesOf(text('validation-error.json')).map((c) => c.className.split('.').pop()), [
    'SqlGatewayException', 'SqlGatewayException', 'SqlExecutionException', 'ValidationException', 'CalciteContextException', 'SqlValidatorException',
  ]);
  const syntax = rootCause('Caused by: org.apache.flink.sql.parser.impl.ParseException: Encountered "<EOF>" at line 1, column 22.\nWas expecting one of:\n    "NOT" ...\n\tat x');
  assert.deepEqual([syntax.message, syntax.statementLocation], ['Encountered "<EOF>" at line 1, column 22.\nWas expecting one of:\n    "NOT" ...', { line: 1, column: 22 }]);
});

test('no gateway listening: the URL, the connection error and what to do', async () => {
  const g = await fakeGateway();
  await g.close(); // the port is free now
  const r = await executeOnGateway({ gatewayUrl: g.url, text: DOC });
  assert.equal(r.error?.unreachable, true);
  assert.equal(r.error?.message, `no Flink SQL Gateway answers at ${g.url}: connect ECONNREFUSED ${g.url.slice(7)}. Start one (Flink's bin/sql-gateway.sh start, next to a running cluster) or point flinksql.gatewayUrl / --gateway at yours.`);
});

test('a gateway that only speaks REST v1 is refused with the versions it listed', async () => {
  const g = await fakeGateway({ versions: ['V1'] });
  const r = await executeOnGateway({ gatewayUrl: g.url, text: DOC });
  await g.close();
  assert.equal(r.error?.message, `the server at ${g.url} lists REST API versions [V1]; a Flink SQL Gateway with v2 or later (Flink 1.17+) is needed`);
  assert.deepEqual(g.requests, ['GET /api_versions']);
});

test('renderField: Row.toString() of JSON values by column type', () => {
  assert.equal(renderField(null), 'null');
  assert.equal(renderField(['a', ['b', null]]), '[a, [b, null]]');
  assert.equal(renderField(4.5, sqlTypeOf({ type: 'DECIMAL', precision: 10, scale: 2 })), '4.50');
  assert.equal(renderField(1e-5, sqlTypeOf({ type: 'DOUBLE' })), '1.0E-5');
  assert.equal(renderField('10:00:00', sqlTypeOf({ type: 'TIME_WITHOUT_TIME_ZONE', precision: 0 })), '10:00');
  assert.equal(renderField('YXBwbGU=', sqlTypeOf({ type: 'VARBINARY', length: 2147483647 })), '[97, 112, 112, 108, 101]');
});

// flinksql run --gateway (cli/gateway-run.ts through cli/main.ts) against the same fake.
async function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [new URL('../../cli/main.ts', import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (c) => { stdout += c; });
    p.stderr.on('data', (c) => { stderr += c; });
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function docFile(): Promise<string> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const f = join(mkdtempSync(join(tmpdir(), 'gw-cli-')), 'q.fsql');
  writeFileSync(f, DOC);
  return f;
}

test('flinksql run --gateway: the changelog as local runs print it; exit 0', async () => {
  const g = await fakeGateway();
  const r = await cli(['run', await docFile(), '--gateway', g.url]);
  await g.close();
  assert.deepEqual([r.status, r.stderr], [0, '']);
  assert.equal(r.stdout, [
    '+I[1, 4.50, 2024-05-01T10:00, 1.5E10, [a, b], {k=1}, +I[apple, 1], 0042-01-01, 2024-05-01T10:00:00Z]',
    '-U[1, 4.50, 2024-05-01T10:00, 1.5E10, [a, b], {k=1}, +I[apple, 1], 0042-01-01, 2024-05-01T10:00:00Z]',
    '+U[2, 10.00, 2024-05-01T10:00:00.123, 0.1, [], {k=2}, +I[pear, 2], 2024-05-01, 2024-05-01T10:00:00.123Z]',
    '-D[3, null, null, null, null, {k=null}, +I[null, 3], null, null]',
  ].join('\n') + '\n');
});

test('flinksql run --gateway: a rejection prints ERROR <class>: <message>, its place in FILE on stderr, exit 1', async () => {
  const g = await fakeGateway({ failWith: fixture('validation-error.json') });
  const file = await docFile();
  const r = await cli(['run', file, '--gateway', g.url, '--format', 'json']);
  await g.close();
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "ERROR org.apache.calcite.sql.validate.SqlValidatorException: From line 2, column 2 to line 2, column 5: Column 'nope' not found in any table\n");
  assert.equal(r.stderr, `${file}:6:2: Flink's error is here (to 6:5)\n`);
});

test('flinksql run --gateway: usage errors exit 2', async () => {
  const r = await cli(['run', 'q.fsql', '--gateway', 'http://127.0.0.1:1', '--arrival', 'interleaved']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^flinksql run: --arrival applies to the embedded engine; the cluster reads its sources itself\nusage: flinksql run FILE --gateway URL/);
  const r2 = await cli(['run', 'q.fsql', '--gateway', 'localhost:8083']);
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /--gateway must be an http\(s\) URL/);
});

// client/gateway.ts against a fake SQL Gateway on 127.0.0.1 that answers what Flink 2.3.0's
// gateway answered (REST v4; recorded with curl against `npm run flink:gateway -- --keep`; the
// error bodies in fixtures/gateway/ are verbatim): /api_versions, sessions, statements in
// order, result pages (NOT_READY, a first PAYLOAD with columns and no rows, PAYLOADs without
// columns, EOS without nextResultUri), 500s with the server's stack, cancel of a FINISHED
// operation answering 500, close. The real gateway is exercised by npm run test:gateway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { causesOf, executeOnGateway, renderField, rootCause, runOnGateway, sqlTypeOf, statementsToRun } from '../../client/gateway.ts';
import type { ExtensionToWebview } from '../../client/webview/protocol.ts';
import { fakeGateway } from './fixtures/fake-gateway.ts';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/gateway/${name}`, import.meta.url), 'utf8');

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

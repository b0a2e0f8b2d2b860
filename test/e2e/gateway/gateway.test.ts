// Cases of test/cases through a real Flink 2.3.0 SQL Gateway (started by ./run.mjs, URL in
// FLINK_GATEWAY_URL), each twice: `flinksql run --gateway` and client/gateway.ts (the panel's
// path). Both must print the case's expected.txt (what Flink printed, exact changelog: these are
// single-source cases) and agree with our engine's local run; rejections must also carry the
// position recorded in expected.json (UPDATE_EXPECT=1 rewrites it). Then Stop, --max-rows,
// Ctrl-C, the output formats and an unreachable gateway.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: plain ESM helpers without types
import { runCaseOnGateway } from '../../flink/gateway.mjs';
// @ts-expect-error: plain ESM helpers without types
import { compareExact, readLines, isError } from '../../flink/lib.mjs';
import { executeOnGateway, runOnGateway } from '../../../client/gateway.ts';
import { PanelModel } from '../../../client/webview/model.ts';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../../..');
const cli = join(root, 'dist/cli.js');
const URL_ = process.env['FLINK_GATEWAY_URL'];
const REST = process.env['FLINK_REST_URL'];
const WORK = process.env['FLINK_GATEWAY_WORK'];
if (!URL_ || !REST || !WORK) throw new Error('run this suite with `npm run test:gateway` (test/e2e/gateway/run.mjs starts the cluster)');
const only = (process.env['GATEWAY_TEST_ONLY'] ?? '').split(',').filter(Boolean);

// Several kinds: projection, GROUP BY with -U/+U and -D, dedup, Top-N, windows, OVER, time and
// date values, JSON source, MULTISET, UNNEST; rejections by the validator (with a position),
// the parser (with a position) and the planner; a job that fails at runtime.
const CASES = [
  'project-filter', 'agg-count-sum-min-max', 'agg-having-retract', 'agg-min-max-retract', 'agg-collect-multiset',
  'dedup-last-row-rowtime', 'topn-row-number', 'window-tumble-agg', 'over-rows', 'temporal-functions', 'cast-try-cast',
  'json-source-nested', 'decimal-arithmetic', 'unnest-array',
  'reject-unknown-column', 'reject-views-reserved-word', 'reject-order-by-non-time', 'cast-failure-runtime',
];
const expectFile = join(here, 'expected.json');
type Loc = { line: number; column: number; endLine?: number; endColumn?: number } | null;
const expectations: Record<string, { location: Loc; cliStderr: string }> = existsSync(expectFile) ? JSON.parse(readFileSync(expectFile, 'utf8')) : {};
const recorded: typeof expectations = {};
after(() => {
  if (process.env['UPDATE_EXPECT'] === '1' && Object.keys(recorded).length) {
    writeFileSync(expectFile, JSON.stringify({ ...expectations, ...recorded }, null, 2) + '\n');
  }
});

function run(args: string[], opts: { cwd?: string; onStdout?: (text: string, kill: (sig: NodeJS.Signals) => void) => void } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd ?? root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), 90_000);
    p.stdout.on('data', (c) => { stdout += c; opts.onStdout?.(stdout, (s) => p.kill(s)); });
    p.stderr.on('data', (c) => { stderr += c; });
    p.on('error', reject);
    p.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
  });
}
const lines = (s: string): string[] => (s.replace(/\n$/, '') === '' ? [] : s.replace(/\n$/, '').split('\n'));
/** `ERROR cls: message` (the CLI's one line) as `ERROR cls` + message lines (expected.txt's form). */
const splitErr = (ls: string[]): string[] => ls.flatMap((l) => {
  const m = /^ERROR ([\w.$]+): ([\s\S]*)$/.exec(l);
  return m ? [`ERROR ${m[1]}`, m[2]!] : [l];
});

for (const name of CASES) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  test(name, async () => {
    const dir = join(root, 'test/cases', name);
    const expected: string[] = readLines(join(dir, 'expected.txt'));
    const query = join(dir, 'query.sql');
    const rejected = isError(expected);

    // 1. flinksql run --gateway
    const g = await run(['run', query, '--gateway', URL_, '--format', 'changelog']);
    const gotCli = lines(g.stdout);
    assert.equal(g.status, rejected ? 1 : 0, `exit ${g.status}\n${g.stderr}`);
    assert.equal(compareExact(expected, splitErr(gotCli)), null, `CLI via gateway:\n${g.stdout}${g.stderr}`);

    // 2. client/gateway.ts, as the panel gets it
    const c = await runCaseOnGateway(URL_, query);
    assert.equal(compareExact(expected, c.lines), null, `client/gateway.ts:\n${c.lines.join('\n')}`);
    if (!rejected) assert.deepEqual(c.lines, gotCli);

    // 3. our engine on the same folder
    const e = await run(['run', 'query.sql', '--format', 'changelog'], { cwd: dir });
    const gotEngine = lines(e.stdout);
    const errClass = (ls: string[]) => ls.find((l) => l.startsWith('ERROR '))?.split(':')[0];
    if (rejected) assert.equal(errClass(gotEngine), errClass(gotCli), 'engine: same exception class');
    else assert.deepEqual(gotEngine, gotCli, 'engine vs gateway');

    // 4. where Flink placed the error (mapped from the statement into query.sql), CLI and panel
    const loc: Loc = c.error?.location ? JSON.parse(JSON.stringify(c.error.location)) : null;
    if (c.error?.location) assert.equal(c.error.location.uri, 'file://' + query, "the panel's location names the document");
    if (loc) delete (loc as { uri?: string }).uri;
    const stderr = g.stderr.replace(query, 'query.sql').trim();
    if (process.env['UPDATE_EXPECT'] === '1') { if (rejected) recorded[name] = { location: loc, cliStderr: stderr }; }
    else if (rejected) assert.deepEqual({ location: loc, cliStderr: stderr }, expectations[name], 'error position');
  });
}

// tableau's column widths come from the column types: project-filter is left out of it while the
// engine types `amount * price` (INT * DECIMAL(10, 2)) as DECIMAL(20, 2) where Flink 2.3.0 says
// DECIMAL(21, 2) (23 vs 24 characters wide).
test('--format json and tableau print what a local run prints', { skip: only.length > 0 && !only.includes('formats') }, async () => {
  for (const [name, formats] of [['project-filter', ['json']], ['agg-count-sum-min-max', ['json', 'tableau']]] as const) {
    const dir = join(root, 'test/cases', name);
    const query = join(dir, 'query.sql');
    for (const format of formats) {
      const g = await run(['run', query, '--gateway', URL_, '--format', format]);
      const e = await run(['run', 'query.sql', '--format', format], { cwd: dir });
      assert.equal(g.status, 0, g.stderr);
      assert.equal(g.stdout, e.stdout, `${name} --format ${format}`);
    }
  }
});

test('--max-rows 2: the first two changes, exit 0, the job cancelled', { skip: only.length > 0 && !only.includes('max-rows') }, async () => {
  const dir = join(root, 'test/cases', 'agg-count-sum-min-max');
  const g = await run(['run', join(dir, 'query.sql'), '--gateway', URL_, '--max-rows', '2']);
  assert.equal(g.status, 0, g.stderr);
  assert.deepEqual(lines(g.stdout), readLines(join(dir, 'expected.txt')).slice(0, 2));
});

// batch mode has no watermarks (late rows count) and reads only the columns a query names
test('--mode batch: the final rows, as the engine computes them in batch mode (order not defined: sorted)', { skip: only.length > 0 && !only.includes('batch') }, async () => {
  for (const name of ['agg-count-sum-min-max', 'project-filter', 'window-tumble-late-rows', 'csv-unused-column-bad-value']) {
    const dir = join(root, 'test/cases', name);
    const g = await run(['run', join(dir, 'query.sql'), '--gateway', URL_, '--mode', 'batch']);
    const e = await run(['run', 'query.sql', '--mode', 'batch'], { cwd: dir });
    assert.equal(g.status, 0, g.stderr);
    assert.ok(lines(g.stdout).length > 0);
    assert.ok(lines(g.stdout).every((l) => l.startsWith('+I[')), 'batch: inserts only');
    assert.deepEqual(lines(g.stdout).sort(), lines(e.stdout).sort(), name);
  }
});

test('INSERT INTO: submitted as a job that runs to the end on the cluster; nothing on stdout', { skip: only.length > 0 && !only.includes('insert') }, async () => {
  const g = await run(['run', join(root, 'test/cases', 'sink-blackhole', 'query.sql'), '--gateway', URL_]);
  assert.equal(g.status, 0, g.stderr);
  assert.equal(g.stdout, '');
  const m = /^flinksql run: submitted to the cluster as job ([0-9a-f]{32}); the sink receives its rows\n$/.exec(g.stderr);
  assert.ok(m, g.stderr);
  assert.equal(await jobState(m[1]!), 'FINISHED');
});

test("the changelog panel's model takes the messages of a real gateway run", { skip: only.length > 0 && !only.includes('panel') }, async () => {
  for (const name of ['agg-having-retract', 'agg-count-sum-min-max', 'reject-unknown-column']) {
    const dir = join(root, 'test/cases', name);
    const query = join(dir, 'query.sql');
    const model = new PanelModel();
    await runOnGateway({ gatewayUrl: URL_, text: readFileSync(query, 'utf8'), documentUri: 'file://' + query, documentLabel: 'query.sql', baseDir: dir, post: (m) => { assert.ok(model.receive(m), JSON.stringify(m)); } });
    assert.equal(model.ignored, 0);
    const expected: string[] = readLines(join(dir, 'expected.txt'));
    if (isError(expected)) {
      assert.equal(model.status, 'failed');
      assert.deepEqual([model.error?.exceptionClass, model.error?.location?.line], [expected[0]!.slice(6), 15]);
      continue;
    }
    assert.equal(model.status, 'done');
    assert.equal(model.totalChanges, expected.length);
    const final: string[] = readLines(join(dir, 'final.txt'));
    const mat = model.materializer();
    mat.seek(model.totalChanges);
    assert.deepEqual([mat.size, mat.unmatched], [final.length, 0], name);
  }
});

const UNBOUNDED = "CREATE TABLE g (x INT) WITH ('connector' = 'datagen', 'rows-per-second' = '20', 'fields.x.kind' = 'sequence', 'fields.x.start' = '1', 'fields.x.end' = '100000');\nSELECT x FROM g;\n";

async function jobState(jobId: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const j = await (await fetch(`${REST}/jobs/${jobId}`)).json() as { state: string };
    if (['CANCELED', 'FAILED', 'FINISHED'].includes(j.state)) return j.state;
    await new Promise((r) => setTimeout(r, 200));
  }
  return 'still running after 20 s';
}

test('Stop (client/gateway.ts): the run ends with what arrived and the job is CANCELED on the cluster', { skip: only.length > 0 && !only.includes('stop') }, async () => {
  const ac = new AbortController();
  const logs: string[] = [];
  const seen: unknown[][] = [];
  const r = await executeOnGateway({
    gatewayUrl: URL_, text: UNBOUNDED, signal: ac.signal, log: (l) => logs.push(l),
    onRows: (rows) => { for (const x of rows) seen.push(x.fields); if (seen.length >= 5) ac.abort(); },
  });
  assert.equal(r.stopped, true);
  assert.ok(r.changes >= 5);
  assert.deepEqual(seen.slice(0, 5), [[1], [2], [3], [4], [5]]);
  assert.match(r.jobId ?? '', /^[0-9a-f]{32}$/);
  assert.equal(await jobState(r.jobId!), 'CANCELED');
});

test('Ctrl-C on `flinksql run --gateway`: exit 130 and the job is CANCELED', { skip: only.length > 0 && !only.includes('ctrl-c') }, async () => {
  const file = join(WORK, 'unbounded.sql');
  writeFileSync(file, UNBOUNDED);
  let sent = false;
  const g = await run(['run', file, '--gateway', URL_], { onStdout: (out, kill) => { if (!sent && lines(out).length >= 3) { sent = true; kill('SIGINT'); } } });
  assert.equal(g.status, 130, g.stderr);
  assert.deepEqual(lines(g.stdout).slice(0, 3), ['+I[1]', '+I[2]', '+I[3]']);
  const jobs = await (await fetch(`${REST}/jobs/overview`)).json() as { jobs: { jid: string; name: string; state: string; 'start-time': number }[] };
  const job = jobs.jobs.filter((j) => j.name.includes('`g`')).sort((a, b) => b['start-time'] - a['start-time'])[0];
  assert.ok(job, 'the job is listed');
  assert.equal(await jobState(job.jid), 'CANCELED');
});

test('no gateway at the URL: exit 2, the URL, the connection error and a hint', { skip: only.length > 0 && !only.includes('unreachable') }, async () => {
  const dead = await new Promise<number>((resolve) => {
    import('node:net').then(({ createServer }) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
  });
  const g = await run(['run', join(root, 'test/cases/project-filter/query.sql'), '--gateway', `http://127.0.0.1:${dead}`]);
  assert.equal(g.status, 2);
  assert.equal(g.stdout, '');
  assert.equal(g.stderr.trim(), `flinksql run: no Flink SQL Gateway answers at http://127.0.0.1:${dead}: connect ECONNREFUSED 127.0.0.1:${dead}. Start one (Flink's bin/sql-gateway.sh start, next to a running cluster) or point flinksql.gatewayUrl / --gateway at yours.`);
});

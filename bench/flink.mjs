#!/usr/bin/env node
// Our engine vs Apache Flink 2.3.0 (the test/flink harness's MiniCluster), in the same run.
// 1. ~20 representative single-source query cases of test/cases: time to the first changelog row
//    and total time for
//    - ours in-process: engine run() (pageSize 1), from the call (parse + plan included) to the first
//      page and to the end; second of two rounds (warm), like Flink's;
//    - ours as a process: `node dist/cli.js run query.sql --format changelog`, from spawn (Node's
//      start included) to the first changelog line on stdout and to exit;
//    - Flink: studio.flink.Bench in one JVM; JVM start and MiniCluster start excluded; from just
//      before the TableEnvironment is created (DDL, planning, job submission, execution, collect())
//      to the first row collect() returns and to the end; second of two rounds (warm JVM).
// 2. 1M-row GROUP BY (1000 keys, COUNT and SUM, full retract changelog): ours `flinksql run` with
//    stdout to /dev/null vs Flink at parallelism 1, filesystem CSV source -> blackhole sink, from
//    environment creation to the INSERT's end.
// Skipped with a message when java or mvn is missing. usage: node bench/flink.mjs [--rows N] [--cases N]
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const arg = (n, d) => { const i = process.argv.indexOf(n); return i >= 0 ? Number(process.argv[i + 1]) : d; };
const N = arg('--rows', 1_000_000);
const CASES = arg('--cases', 20);

for (const [cmd, a] of [['java', '-version'], ['mvn', '-v']]) {
  const r = spawnSync(cmd, [a], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    console.log(`bench/flink: skipped: ${cmd} not available (Flink runs in the test/flink Maven harness)`);
    process.exit(0);
  }
}
const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.log('bench/flink: skipped: dist/cli.js missing (npm run build)');
  process.exit(0);
}
const { build, sourceCount, readLines, isError, onLines } = await import('../test/flink/lib.mjs');
const { run } = await import('../engine/index.ts');

// --- the cases: single-source, a query as last statement, rows expected, no error; evenly spread
const lastStatement = (sql) => sql.replace(/--[^\n]*/g, '').split(';').map((s) => s.trim()).filter(Boolean).pop() ?? '';
const eligible = readdirSync(join(root, 'test/cases')).sort().map((n) => join(root, 'test/cases', n)).filter((d) => {
  if (!existsSync(join(d, 'query.sql')) || sourceCount(d) !== 1) return false;
  const exp = readLines(join(d, 'expected.txt'));
  if (!exp || exp.length === 0 || isError(exp)) return false;
  const sql = readFileSync(join(d, 'query.sql'), 'utf8');
  if (/^\s*SET\b/im.test(sql)) return false;
  return /^(SELECT|WITH|VALUES|\()/i.test(lastStatement(sql));
});
const step = Math.max(1, eligible.length / CASES);
const cases = [];
for (let i = 0; i < eligible.length && cases.length < CASES; i += step) cases.push(eligible[Math.floor(i)]);

// --- the 1M-row GROUP BY data: with a header for ours, without for Flink's csv format
const dir = join(tmpdir(), `flinksql-bench-flink-${N}`);
mkdirSync(dir, { recursive: true });
async function writeCsv(file, header, n) {
  if (existsSync(file)) return;
  const ws = createWriteStream(file + '.part');
  if (header) ws.write(header + '\n');
  let buf = [];
  for (let i = 0; i < n; i++) {
    buf.push(`k${(i * 7919) % 1000},${i % 100}`);
    if (buf.length === 10000) { if (!ws.write(buf.join('\n') + '\n')) await new Promise((r) => ws.once('drain', r)); buf = []; }
  }
  if (buf.length) ws.write(buf.join('\n') + '\n');
  await new Promise((r) => ws.end(r));
  (await import('node:fs')).renameSync(file + '.part', file);
}
await writeCsv(join(dir, 'events.csv'), 'k,v', N);
await writeCsv(join(dir, 'events-noheader.csv'), null, N);
const groupBy = 'SELECT k, COUNT(*) AS n, SUM(v) AS s FROM events GROUP BY k';
writeFileSync(join(dir, 'ours.sql'), `CREATE TABLE events (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'events.csv', 'format' = 'csv');\n${groupBy};\n`);
writeFileSync(join(dir, 'flink.sql'), `CREATE TABLE events (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'events-noheader.csv')}', 'format' = 'csv');
CREATE TABLE sink (k STRING, n BIGINT, s INT) WITH ('connector' = 'blackhole');
INSERT INTO sink ${groupBy};\n`);

// --- Flink: one JVM for everything
console.log(`bench/flink: ${cases.length} cases (of ${eligible.length} eligible), ${N.toLocaleString('en')}-row GROUP BY; building the harness...`);
const classpath = build();
const flinkCase = new Map();
const flinkCold = new Map();
let flinkGroupBy = null;
await new Promise((resolve, reject) => {
  const p = spawn('java', ['-Xss4m', '-cp', classpath, 'studio.flink.Bench', '--rounds', '2', '--sql', join(dir, 'flink.sql'), ...cases], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const stop = () => { try { p.kill('SIGTERM'); } catch { /* gone */ } };
  process.once('SIGINT', stop);
  onLines(p.stdout, (line) => {
    const f = line.split('\t');
    if (f[0] === 'case' && f[2] === '1') flinkCold.set(f[1], Number(f[3]));
    if (f[0] === 'case' && f[2] === '2') flinkCase.set(f[1], { first: Number(f[3]), total: Number(f[4]), rows: Number(f[5]) });
    if (f[0] === 'sql') flinkGroupBy = Number(f[2]);
  });
  p.stderr.on('data', (c) => { err += c; });
  p.on('close', (code) => { process.off('SIGINT', stop); code === 0 ? resolve() : reject(new Error(`studio.flink.Bench exited ${code}\n${err.slice(-3000)}`)); });
});

// --- ours, in-process (two rounds, the second counted) and as a process
const now = () => performance.now();
async function inProcess(d) {
  const text = readFileSync(join(d, 'query.sql'), 'utf8');
  let r;
  for (let round = 0; round < 2; round++) {
    const t0 = now();
    let first = -1, rows = 0;
    await run(text, { baseDir: d, pageSize: 1, onPage: (p) => { if (first < 0 && p.length) first = now() - t0; rows += p.length; } });
    r = { first, total: now() - t0, rows };
  }
  return r;
}
function asProcess(d) {
  return new Promise((resolve) => {
    const t0 = now();
    let first = -1, rows = 0, buf = '', err = '';
    const p = spawn(process.execPath, [cli, 'run', 'query.sql', '--format', 'changelog'], { cwd: d, stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout.on('data', (c) => {
      if (first < 0) first = now() - t0;
      buf += c;
    });
    p.stderr.on('data', (c) => { err += c; });
    p.on('close', (code) => {
      const total = now() - t0;
      rows = buf.split('\n').filter((l) => /^[+-][IUD]\[/.test(l)).length;
      // a failed run is shown, not silently timed (e.g. dist/ rebuilt under us by another build)
      if (code !== 0 || rows === 0) console.log(`  (${basename(d)}: flinksql run exited ${code} with ${rows} rows: ${err.trim().split('\n')[0] ?? ''})`);
      resolve({ first, total, rows });
    });
  });
}

const f1 = (x) => (x < 0 ? '-' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const ratio = (a, b) => (a > 0 && b > 0 ? `${(b / a).toFixed(0)}x` : '-');
const rowsOut = [];
console.log(`\ntime to first row / total, ms (in-process and Flink: warm, 2nd round; process: node start included)`);
console.log(`${'case'.padEnd(44)} ${'ours in-proc'.padStart(14)} ${'ours process'.padStart(14)} ${'Flink'.padStart(14)}  Flink/ours first row (in-proc, process)`);
for (const d of cases) {
  const name = basename(d);
  const a = await inProcess(d);
  const b = await asProcess(d);
  const f = flinkCase.get(name) ?? { first: -1, total: -1 };
  rowsOut.push({ name, a, b, f });
  console.log(`${name.slice(0, 44).padEnd(44)} ${`${f1(a.first)} / ${f1(a.total)}`.padStart(14)} ${`${f1(b.first)} / ${f1(b.total)}`.padStart(14)} ${`${f1(f.first)} / ${f1(f.total)}`.padStart(14)}  ${ratio(a.first, f.first)}, ${ratio(b.first, f.first)}`);
}
const median = (xs) => { const s = xs.filter((x) => x > 0).sort((x, y) => x - y); return s.length ? s[Math.floor(s.length / 2)] : -1; };
const mA = median(rowsOut.map((r) => r.a.first)), mB = median(rowsOut.map((r) => r.b.first)), mF = median(rowsOut.map((r) => r.f.first));
const minRatio = (k) => Math.min(...rowsOut.filter((r) => r[k].first > 0 && r.f.first > 0).map((r) => r.f.first / r[k].first));
console.log(`median first row: ours in-process ${f1(mA)} ms, ours process ${f1(mB)} ms, Flink ${f1(mF)} ms -> Flink/ours ${ratio(mA, mF)} (in-process), ${ratio(mB, mF)} (process); worst case ${minRatio('a').toFixed(0)}x / ${minRatio('b').toFixed(1)}x (goal: 50x)`);
console.log(`Flink's first round (cold JVM: class loading, JIT) median first row: ${f1(median([...flinkCold.values()]))} ms`);
const tA = median(rowsOut.map((r) => r.a.total)), tB = median(rowsOut.map((r) => r.b.total)), tF = median(rowsOut.map((r) => r.f.total));
console.log(`median total:     ours in-process ${f1(tA)} ms, ours process ${f1(tB)} ms, Flink ${f1(tF)} ms`);

// --- throughput
const devnull = openSync('/dev/null', 'w');
const t0 = now();
const r = spawnSync(process.execPath, [cli, 'run', 'ours.sql', '--format', 'changelog'], { cwd: dir, stdio: ['ignore', devnull, 'pipe'] });
const ours = now() - t0;
closeSync(devnull);
if (r.status !== 0) console.log(`ours failed: ${String(r.stderr).slice(0, 500)}`);
const rate = (ms) => `${Math.round(N / (ms / 1000)).toLocaleString('en')} rows/s`;
console.log(`\n${N.toLocaleString('en')}-row GROUP BY k (1000 keys) COUNT(*), SUM(v), streaming, every update emitted:`);
console.log(`  ours  flinksql run --format changelog > /dev/null (process, node start included): ${f1(ours)} ms  ${rate(ours)}`);
console.log(`  Flink MiniCluster p=1, csv filesystem -> blackhole (env creation to job end):    ${f1(flinkGroupBy ?? -1)} ms  ${flinkGroupBy ? rate(flinkGroupBy) : ''}`);
console.log(`  ours/Flink throughput: ${flinkGroupBy ? (flinkGroupBy / ours).toFixed(2) : '-'} (goal: >= 1)`);
if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });

#!/usr/bin/env node
// Engine benchmark (issue 4): GROUP BY with the full changelog, a join and a tumbling window, on
// generated CSV files of 1M and 10M rows; ours streaming and batch beside DuckDB
// (@duckdb/node-api, same run, same file) with the ratio; the peak RSS of the 10M-row streaming
// GROUP BY; the time to the first row of a small query from process start.
// Ours = `node dist/cli.js run Q.sql --format changelog [--mode batch]` in a child process with
// stdout on /dev/null: the whole changelog is formatted and written (to /dev/null, so the disk is
// not measured). Wall time from spawn to exit, so Node's start is included.
// DuckDB writes its whole result as CSV to /dev/null too (COPY ... TO), the same work shape.
// Beside the wall-time ratio, a CPU-time ratio (ours: the child's user + system time; DuckDB's: this
// process's around the query, its threads included): on a shared, loaded machine it moves less.
// Data files are cached in $TMPDIR/flinksql-bench-data (generated once).
// Reproducible figures on a shared machine: bench/instructions.mjs (valgrind instruction counts).
// usage: node bench/engine.mjs [--rows N[,N...]] (default 1000000,10000000) [--repeat R] (default
// 3 for ≤1M rows, 1 above) [--quick] (1M only)
import { mkdirSync, writeFileSync, existsSync, createWriteStream, openSync, closeSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { spawn } from 'node:child_process';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) { console.error('bench/engine: dist/cli.js missing, run `npm run build` first'); process.exit(1); }
const rssHook = join(here, 'lib', 'rss-report.cjs');
const opt = (n) => { const i = process.argv.indexOf(n); return i >= 0 ? process.argv[i + 1] : undefined; };
const sizes = process.argv.includes('--quick') ? [1_000_000] : (opt('--rows') ?? '1000000,10000000').split(',').map(Number);
const repeatOpt = opt('--repeat') ? Number(opt('--repeat')) : undefined;
const dir = join(tmpdir(), 'flinksql-bench-data');
mkdirSync(dir, { recursive: true });

async function writeCsv(file, header, n, row) {
  if (existsSync(file)) return;
  const tmp = file + '.part';
  const ws = createWriteStream(tmp);
  ws.write(header + '\n');
  let buf = [];
  for (let i = 0; i < n; i++) {
    buf.push(row(i));
    if (buf.length === 10000) { if (!ws.write(buf.join('\n') + '\n')) await new Promise((r) => ws.once('drain', r)); buf = []; }
  }
  if (buf.length) ws.write(buf.join('\n') + '\n');
  await new Promise((r) => ws.end(r));
  renameSync(tmp, file);
}

const T0 = Date.UTC(2024, 4, 1);
const pad = (x) => String(x).padStart(2, '0');
const ts = (ms) => { const d = new Date(ms); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** `flinksql run` in a child: wall ms, own CPU ms, peak RSS MB. */
function runCli(sqlFile, args) {
  return new Promise((resolve, reject) => {
    const devnull = openSync('/dev/null', 'w');
    const t0 = performance.now();
    const ch = spawn(process.execPath, ['--require', rssHook, cli, 'run', sqlFile, '--format', 'changelog', ...args], { stdio: ['ignore', devnull, 'pipe'] });
    let err = '';
    ch.stderr.on('data', (d) => { err += d; });
    ch.on('error', reject);
    ch.on('close', (code) => {
      const ms = performance.now() - t0;
      closeSync(devnull);
      const m = /bench-rss-kb (\d+) bench-cpu-ms ([\d.]+)/.exec(err);
      if (code !== 0 || !m) return reject(new Error(`flinksql run ${sqlFile} exited ${code}: ${err.slice(0, 500)}`));
      resolve({ ms, cpu: Number(m[2]), rssMb: Number(m[1]) / 1024 });
    });
  });
}

let duck = null;
try {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inst = await DuckDBInstance.create(':memory:');
  duck = await inst.connect();
} catch (e) {
  console.error(`DuckDB not available (${e.message}); printing our figures only`);
}

const cases = [
  { name: 'GROUP BY', sql: 'SELECT k, COUNT(*) AS c, SUM(v) AS s FROM events GROUP BY k;', duck: 'SELECT k, COUNT(*) AS c, SUM(v) AS s FROM events GROUP BY k' },
  { name: 'join dim', sql: 'SELECT e.k, d.name, e.v FROM dim AS d JOIN events AS e ON e.k = d.k;', duck: 'SELECT e.k, d.name, e.v FROM dim AS d JOIN events AS e ON e.k = d.k' },
  { name: 'TUMBLE 1 min', sql: "SELECT window_start, COUNT(*) AS c FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;", duck: "SELECT time_bucket(INTERVAL '1 minute', ts) AS window_start, COUNT(*) AS c FROM events GROUP BY window_start" },
];

console.log(`engine benchmark: ours = node dist/cli.js run --format changelog > /dev/null (wall, spawn to exit), median of the repeats; DuckDB = same query on the same file, in this process, result COPY'd as CSV to /dev/null; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (2 cores)`);
const table = [];
let rss10m = null;
for (const N of sizes) {
  const events = join(dir, `events-${N}.csv`);
  const dimFile = join(dir, 'dim.csv');
  const g0 = performance.now();
  await writeCsv(events, 'k,v,ts', N, (i) => `k${(i * 7919) % 1000},${i % 100},${ts(T0 + i * 100)}`);
  await writeCsv(dimFile, 'k,name', 1000, (i) => `k${i},name${i}`);
  const gen = performance.now() - g0;
  if (gen > 1000) console.log(`(generated ${events} in ${(gen / 1000).toFixed(1)} s)`);
  const ddl = `CREATE TABLE events (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
  WITH ('connector' = 'filesystem', 'path' = '${events}', 'format' = 'csv');
CREATE TABLE dim (k STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${dimFile}', 'format' = 'csv');
`;
  const repeat = repeatOpt ?? (N <= 1_000_000 ? 3 : 1);
  for (const c of cases) {
    const sqlFile = join(dir, `q-${c.name.replace(/\W+/g, '_')}-${N}.sql`);
    writeFileSync(sqlFile, ddl + c.sql + '\n');
    let duckMs = NaN, duckCpu = NaN;
    if (duck) {
      const src = `(SELECT * FROM read_csv('${events}', header=true, columns={'k':'VARCHAR','v':'INTEGER','ts':'TIMESTAMP'}))`;
      const dsrc = `(SELECT * FROM read_csv('${dimFile}', header=true, columns={'k':'VARCHAR','name':'VARCHAR'}))`;
      const q = c.duck.replace(/\bevents AS e\b/, `${src} AS e`).replace(/\bFROM events\b/, `FROM ${src} AS events`).replace(/\bdim AS d\b/, `${dsrc} AS d`);
      const ds = [], dc = [];
      for (let i = 0; i < repeat; i++) {
        const d0 = performance.now(), c0 = process.cpuUsage();
        await duck.run(`COPY (${q}) TO '/dev/null' (FORMAT csv)`);
        ds.push(performance.now() - d0);
        const c = process.cpuUsage(c0);
        dc.push((c.user + c.system) / 1000);
      }
      duckMs = median(ds);
      duckCpu = median(dc);
    }
    for (const mode of ['streaming', 'batch']) {
      const rs = [];
      for (let i = 0; i < repeat; i++) rs.push(await runCli(sqlFile, mode === 'batch' ? ['--mode', 'batch'] : []));
      const ms = median(rs.map((r) => r.ms));
      const cpu = median(rs.map((r) => r.cpu));
      const rss = median(rs.map((r) => r.rssMb));
      if (N >= 10_000_000 && mode === 'streaming' && c.name === 'GROUP BY') rss10m = rss;
      table.push([`${c.name} ${mode}`, N.toLocaleString('en'), ms.toFixed(0), cpu.toFixed(0), isNaN(duckMs) ? '-' : duckMs.toFixed(0), isNaN(duckMs) ? '-' : duckCpu.toFixed(0),
        isNaN(duckMs) ? '-' : (ms / duckMs).toFixed(2) + 'x', isNaN(duckMs) ? '-' : (cpu / duckCpu).toFixed(2) + 'x', (N / ms / 1000).toFixed(2), rss.toFixed(0)]);
      console.error(`  ${table.at(-1).join('  ')}`);
    }
  }
}

// first row of a small query, from process start (spawn) to the first line on stdout
const smallCsv = join(dir, 'small.csv');
writeFileSync(smallCsv, 'k,v\na,1\nb,2\na,3\n');
const smallSql = join(dir, 'small.sql');
writeFileSync(smallSql, `CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = '${smallCsv}', 'format' = 'csv');\nSELECT k, SUM(v) AS s FROM t GROUP BY k;\n`);
const firstRow = (argv = [cli, 'run', smallSql]) => new Promise((resolve, reject) => {
  const t0 = performance.now();
  const ch = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  let first = NaN;
  let out = '';
  ch.stdout.on('data', (d) => { out += d; if (isNaN(first) && out.includes('\n')) first = performance.now() - t0; });
  ch.on('error', reject);
  ch.on('close', (code) => (code === 0 && !isNaN(first) ? resolve(first) : reject(new Error(`small query exited ${code}: ${out}`))));
});
await firstRow(); // warm the compile cache and the file cache
// the anchor: Node itself, started the same way, printing one line (what no CLI in Node can beat)
const nodeArgv = ['-e', 'process.stdout.write("x\\n")'];
await firstRow(nodeArgv);
const firsts = [], nodeFirsts = [];
for (let i = 0; i < 7; i++) { firsts.push(await firstRow()); nodeFirsts.push(await firstRow(nodeArgv)); }

// cpu ratio: CPU time against CPU time (DuckDB's threads included), steadier than wall time on a loaded machine
const header = ['query', 'rows', 'ours ms', 'ours cpu ms', 'duckdb ms', 'duckdb cpu ms', 'ratio', 'cpu ratio', 'M rows/s', 'peak RSS MB'];
const w = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (r) => r.map((x, i) => (i === 0 ? x.padEnd(w[i]) : x.padStart(w[i]))).join('  ');
console.log(line(header));
for (const r of table) console.log(line(r));
if (rss10m !== null) console.log(`peak RSS, 10M-row streaming GROUP BY (whole process, state included): ${rss10m.toFixed(0)} MB (goal < 300 MB)`);
console.log(`first row of a small query from process start: ${median(firsts).toFixed(1)} ms median of 7 (min ${Math.min(...firsts).toFixed(1)}; goal < 50 ms); node -e printing one line, by turns: ${median(nodeFirsts).toFixed(1)} ms (ours ${(median(firsts) - median(nodeFirsts)).toFixed(1)} ms more)`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
writeFileSync(join(dir, 'last.txt'), [header, ...table].map((r) => r.join('\t')).join('\n') + '\n');

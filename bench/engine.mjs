#!/usr/bin/env node
// Engine benchmark: streaming GROUP BY with the full changelog, a join, a tumbling window, and
// batch GROUP BY, on generated CSV files; DuckDB (@duckdb/node-api) runs the same query in the
// same process as the anchor. Prints a table: our time, DuckDB's, the ratio, rows/s.
// usage: node bench/engine.mjs [--rows N] (default 1,000,000)
import { mkdirSync, writeFileSync, existsSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { run } from '../engine/index.ts';
import { parse } from '../engine/syntax/parse.ts';
// until the real parser lands, the test-only mini parser stands in
const parseFn = parse('SELECT 1').statements.length ? undefined : (await import('../test/engine/mini-parser.ts')).miniParse;

const arg = (n, d) => { const i = process.argv.indexOf(n); return i >= 0 ? Number(process.argv[i + 1]) : d; };
const N = arg('--rows', 1_000_000);
const dir = join(tmpdir(), `flinksql-bench-${N}`);
mkdirSync(dir, { recursive: true });

async function writeCsv(file, header, n, row) {
  if (existsSync(file)) return;
  const ws = createWriteStream(file);
  ws.write(header + '\n');
  let buf = [];
  for (let i = 0; i < n; i++) {
    buf.push(row(i));
    if (buf.length === 10000) { if (!ws.write(buf.join('\n') + '\n')) await new Promise((r) => ws.once('drain', r)); buf = []; }
  }
  if (buf.length) ws.write(buf.join('\n') + '\n');
  await new Promise((r) => ws.end(r));
}

const T0 = Date.UTC(2024, 4, 1);
const pad = (x) => String(x).padStart(2, '0');
const ts = (ms) => { const d = new Date(ms); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; };
await writeCsv(join(dir, 'events.csv'), 'k,v,ts', N, (i) => `k${(i * 7919) % 1000},${i % 100},${ts(T0 + i * 100)}`);
await writeCsv(join(dir, 'dim.csv'), 'k,name', 1000, (i) => `k${i},name${i}`);

const ddl = `
CREATE TABLE events (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND)
  WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'events.csv')}', 'format' = 'csv');
CREATE TABLE dim (k STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'dim.csv')}', 'format' = 'csv');
`;
const cases = [
  { name: 'GROUP BY (streaming, full changelog)', sql: 'SELECT k, COUNT(*) AS c, SUM(v) AS s FROM events GROUP BY k;', duck: 'SELECT k, COUNT(*) AS c, SUM(v) AS s FROM events GROUP BY k' },
  { name: 'GROUP BY (batch)', mode: 'batch', sql: 'SELECT k, COUNT(*) AS c, SUM(v) AS s FROM events GROUP BY k;', duck: 'SELECT k, COUNT(*) AS c, SUM(v) AS s FROM events GROUP BY k' },
  { name: 'join dim (streaming)', sql: 'SELECT e.k, d.name, e.v FROM dim AS d JOIN events AS e ON e.k = d.k;', duck: 'SELECT e.k, d.name, e.v FROM dim AS d JOIN events AS e ON e.k = d.k' },
  { name: 'TUMBLE 1 min (streaming)', sql: "SELECT window_start, COUNT(*) AS c FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;", duck: "SELECT time_bucket(INTERVAL '1 minute', ts) AS ws, COUNT(*) FROM events GROUP BY ws" },
];

let duck = null;
try {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inst = await DuckDBInstance.create(':memory:');
  duck = await inst.connect();
} catch (e) {
  console.error(`DuckDB not available (${e.message}); printing our figures only`);
}

const rows = [];
for (const c of cases) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let changes = 0;
  const res = await run(ddl + c.sql, { mode: c.mode ?? 'streaming', onPage: (p) => { changes += p.length; }, pageSize: 65536, parse: parseFn });
  const ours = performance.now() - t0;
  const cu = process.cpuUsage(c0);
  const oursCpu = (cu.user + cu.system) / 1000;
  if (res.error) { console.error(`${c.name}: ${res.error.className}: ${res.error.message}`); continue; }
  let duckMs = NaN;
  if (duck) {
    const src = `(SELECT * FROM read_csv('${join(dir, 'events.csv')}', header=true, columns={'k':'VARCHAR','v':'INTEGER','ts':'TIMESTAMP'}))`;
    const dsrc = `(SELECT * FROM read_csv('${join(dir, 'dim.csv')}', header=true))`;
    const q = c.duck.replace(/\bevents\b/g, src + ' AS events_').replace(/events_ AS e/, 'e').replace(/\bdim\b/, dsrc);
    const d0 = performance.now();
    const r = await duck.runAndReadAll(q.replace(/ AS events_ AS e/, ' AS e'));
    void r.getRows().length;
    duckMs = performance.now() - d0;
  }
  rows.push([c.name, ours.toFixed(0), oursCpu.toFixed(0), isNaN(duckMs) ? '-' : duckMs.toFixed(0), isNaN(duckMs) ? '-' : (ours / duckMs).toFixed(1) + 'x', ((N / oursCpu) * 1000 / 1e6).toFixed(2), String(changes)]);
}
const header = ['query', 'ours ms', 'ours cpu ms', 'duckdb ms', 'ratio', 'M rows/s (cpu)', 'changes out'];
const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((x, i) => (i === 0 ? x.padEnd(w[i]) : x.padStart(w[i]))).join('  ');
console.log(`engine benchmark, ${N.toLocaleString('en')} input rows (wall times; the machine's load shows in them, so our CPU time is printed too)`);
console.log(line(header));
for (const r of rows) console.log(line(r));
writeFileSync(join(dir, 'last.txt'), rows.map((r) => r.join('\t')).join('\n'));

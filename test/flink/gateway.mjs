// Starts a Flink 2.3.0 session cluster (JobManager + TaskManager) and the SQL Gateway on
// 127.0.0.1 from the Maven Central jars (no flink-dist there: the entry points run on the jars
// of test/flink/pom.xml, profile "gateway"), checks the gateway's REST API (open a session,
// submit statements, fetch results with rowFormat=JSON following nextResultUri, close the
// session) on case folders, and stops every process it started.
// Usage: node test/flink/gateway.mjs [--keep] [case-name...]   (default: word-count cases)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, copyFileSync, rmSync, openSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { here, caseDirs, readLines, isError } from './lib.mjs';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const names = args.filter((a) => !a.startsWith('--'));

function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  });
}

const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-P', 'gateway', 'dependency:build-classpath',
  '-Dmdep.outputFile=target/gateway-classpath.txt'], { cwd: here, encoding: 'utf8' });
if (r.status !== 0) throw new Error(`mvn failed\n${r.stdout}\n${r.stderr}`);
// The oracle stays silent (slf4j-nop); the cluster logs through log4j into work/*.log.
const classpath = readFileSync(join(here, 'target/gateway-classpath.txt'), 'utf8').trim()
  .split(':').filter((j) => !j.includes('slf4j-nop')).join(':');

const work = mkdtempSync(join(tmpdir(), 'flink-session-'));
const conf = join(work, 'conf');
mkdirSync(conf);
const [rpc, rest, gw] = [await freePort(), await freePort(), await freePort()];
writeFileSync(join(conf, 'config.yaml'), `
jobmanager.rpc.address: 127.0.0.1
jobmanager.rpc.port: ${rpc}
jobmanager.bind-host: 127.0.0.1
jobmanager.memory.process.size: 1024m
rest.address: 127.0.0.1
rest.bind-address: 127.0.0.1
rest.port: ${rest}
taskmanager.bind-host: 127.0.0.1
taskmanager.host: 127.0.0.1
taskmanager.numberOfTaskSlots: 2
# Outside Flink's shell scripts the TaskManager needs its resource spec spelled out.
taskmanager.cpu.cores: 2
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.framework.off-heap.size: 128m
taskmanager.memory.task.heap.size: 384m
taskmanager.memory.task.off-heap.size: 0m
taskmanager.memory.network.min: 64m
taskmanager.memory.network.max: 64m
taskmanager.memory.managed.size: 128m
taskmanager.memory.jvm-metaspace.size: 256m
taskmanager.memory.jvm-overhead.min: 192m
taskmanager.memory.jvm-overhead.max: 192m
parallelism.default: 1
execution.buffer-timeout.interval: 0 ms
pipeline.auto-watermark-interval: 0 ms
sql-gateway.endpoint.rest.address: 127.0.0.1
sql-gateway.endpoint.rest.bind-address: 127.0.0.1
sql-gateway.endpoint.rest.port: ${gw}
`);

writeFileSync(join(conf, 'log4j2.properties'), `
rootLogger.level = INFO
rootLogger.appenderRef.console.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss,SSS} %-5p %c{1} - %m%n
`);
const procs = [];
function start(name, main, extra = []) {
  const log = openSync(join(work, `${name}.log`), 'w');
  const p = spawn('java', ['-Xmx768m', `-Dlog4j.configurationFile=${join(conf, 'log4j2.properties')}`, '-cp', classpath, main, ...extra], {
    env: { ...process.env, FLINK_CONF_DIR: conf }, stdio: ['ignore', log, log], detached: true,
  });
  procs.push({ name, p });
  return p;
}
let stopped = false;
function stopAll() {
  if (stopped) return;
  stopped = true;
  for (const { name, p } of procs.reverse()) {
    if (p.exitCode === null) {
      try { process.kill(-p.pid, 'SIGTERM'); } catch {}
      console.log(`stopped ${name} (pid ${p.pid})`);
    }
  }
}
process.on('exit', () => { if (!keep) stopAll(); });
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

async function waitFor(url, ok, what, ms = 90_000) {
  const t0 = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok && ok(await res.json())) return;
    } catch {}
    if (Date.now() - t0 > ms) throw new Error(`${what} did not come up; logs in ${work}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const t0 = Date.now();
start('jobmanager', 'org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint', ['--configDir', conf]);
start('taskmanager', 'org.apache.flink.runtime.taskexecutor.TaskManagerRunner', ['--configDir', conf]);
await waitFor(`http://127.0.0.1:${rest}/overview`, (j) => j.taskmanagers >= 1, 'session cluster');
console.log(`session cluster up at http://127.0.0.1:${rest} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
start('sql-gateway', 'org.apache.flink.table.gateway.SqlGateway', []);
const base = `http://127.0.0.1:${gw}`;
await waitFor(`${base}/v4/info`, (j) => !!j.productName, 'sql gateway');
const info = await (await fetch(`${base}/v4/info`)).json();
const api = await (await fetch(`${base}/api_versions`)).json();
console.log(`sql gateway up at ${base}: ${JSON.stringify(info)}; api versions ${JSON.stringify(api.versions)}`);

async function call(method, path, body) {
  const res = await fetch(path.startsWith('http') ? path : base + path, {
    method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
  });
  const j = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = new Error(`${method} ${path}: ${res.status} ${JSON.stringify(j).slice(0, 2000)}`);
    e.body = j;
    throw e;
  }
  return j;
}

// Java's LocalDateTime.toString: seconds only when non-zero (or a fraction), fraction in 3/6/9 digits.
function localDateTime(s) {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d)(?::(\d\d)(?:\.(\d+))?)?$/.exec(s);
  if (!m) return s;
  const [, hm, sec = '00', frac = ''] = m;
  const digits = frac.replace(/0+$/, '');
  if (!digits && sec === '00') return hm;
  if (!digits) return `${hm}:${sec}`;
  const len = digits.length <= 3 ? 3 : digits.length <= 6 ? 6 : 9;
  return `${hm}:${sec}.${digits.padEnd(len, '0')}`;
}
const render = (v) => (v === null ? 'null' : typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v) ? localDateTime(v) : Array.isArray(v) ? `[${v.map(render).join(', ')}]` : typeof v === 'object' ? JSON.stringify(v) : String(v));
const KIND = { INSERT: '+I', UPDATE_BEFORE: '-U', UPDATE_AFTER: '+U', DELETE: '-D' };

// Splits a case's query.sql into statements (quotes and -- comments respected).
function statements(sql) {
  const out = [];
  let cur = '', q = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (!q && c === '-' && sql[i + 1] === '-') { while (i < sql.length && sql[i] !== '\n') i++; cur += '\n'; continue; }
    if (q) { cur += c; if (c === q) q = null; continue; }
    if (c === "'" || c === '`' || c === '"') { q = c; cur += c; continue; }
    if (c === ';') { if (cur.trim()) out.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

async function runCase(dir) {
  // Header-less copies of the CSV files; absolute paths (the cluster runs on this machine).
  const data = mkdtempSync(join(work, basename(dir) + '-'));
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.csv')) writeFileSync(join(data, f), readFileSync(join(dir, f), 'utf8').split('\n').slice(1).join('\n'));
    else if (f.endsWith('.jsonl')) copyFileSync(join(dir, f), join(data, f));
  }
  const sql = readFileSync(join(dir, 'query.sql'), 'utf8').replace(/('path'\s*=\s*')([^']*)'/g, (m, a, p) => `${a}${join(data, p)}'`);
  const { sessionHandle } = await call('POST', '/v4/sessions', { sessionName: basename(dir), properties: { 'execution.runtime-mode': 'streaming' } });
  const out = [];
  try {
    for (const stmt of statements(sql)) {
      const { operationHandle } = await call('POST', `/v4/sessions/${sessionHandle}/statements`, { statement: stmt });
      let uri = `/v4/sessions/${sessionHandle}/operations/${operationHandle}/result/0?rowFormat=JSON`;
      const rows = [];
      while (uri) {
        const page = await call('GET', uri);
        if (page.resultType === 'NOT_READY') { await new Promise((r) => setTimeout(r, 100)); uri = page.nextResultUri ?? uri; continue; }
        for (const row of page.results?.data ?? []) rows.push(`${KIND[row.kind]}[${row.fields.map(render).join(', ')}]`);
        if (page.resultType === 'EOS' || !page.nextResultUri) break;
        uri = page.nextResultUri;
      }
      if (/^\s*(SELECT|WITH|VALUES|INSERT)/i.test(stmt)) out.push(...rows);
      await call('DELETE', `/v4/sessions/${sessionHandle}/operations/${operationHandle}/close`).catch(() => {});
    }
  } catch (e) {
    const msg = JSON.stringify(e.body ?? e.message);
    out.length = 0;
    // The gateway answers 500 with the server-side stack trace as text: take its last
    // "Caused by:" (the root cause, as the SQL client shows it).
    const text = (e.body?.errors ?? [String(e.message)]).join('\n');
    const causes = [...text.matchAll(/(?:^|Caused by: )([\w.$]+(?:Exception|Error)): ([^\n]*)/gm)];
    const last = causes[causes.length - 1];
    out.push('ERROR ' + (last?.[1] ?? 'unknown'), last?.[2] ?? text.slice(0, 300));
  } finally {
    await call('DELETE', `/v4/sessions/${sessionHandle}`);
  }
  return out;
}

const dirs = caseDirs(names.length ? names : ['word-count']).filter((d, i, a) => a.findIndex((x) => basename(x) === basename(d)) === i);
let pass = 0, fail = 0;
for (const dir of dirs) {
  const t = Date.now();
  const got = await runCase(dir);
  const exp = readLines(join(dir, 'expected.txt'));
  const same = exp && (isError(exp) ? isError(got) && got[0] === exp[0] : exp.join('\n') === got.join('\n'));
  same ? pass++ : fail++;
  console.log(`${same ? 'ok    ' : 'DIFFER'} ${basename(dir)} (${Date.now() - t} ms)\n  ${got.join('\n  ')}`);
}
console.log(`gateway: ${pass} agree with expected.txt, ${fail} differ (single-source cases agree; multi-source order is not gated here)`);
if (!keep) {
  stopAll();
  rmSync(work, { recursive: true, force: true });
}
// The children are detached but still referenced; exit explicitly.
process.exit(fail ? 1 : 0);

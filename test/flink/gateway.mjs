// A Flink 2.3.0 session cluster (JobManager + TaskManager) and the SQL Gateway on 127.0.0.1
// from the Maven Central jars (no flink-dist there: the entry points run on the jars of
// test/flink/pom.xml, profile "gateway": sql-gateway, planner loader, csv/json formats,
// filesystem and datagen connectors, log4j). Used by the gateway suite (test/e2e/gateway) and,
// run directly, runs case folders through client/gateway.ts and compares with expected.txt:
//   node test/flink/gateway.mjs [--keep] [--url http://127.0.0.1:PORT] [case-name...]
// --keep leaves the processes running (their pids and URLs are printed); --url uses a running
// gateway instead of starting one.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync, openSync, closeSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { here, caseDirs, readLines, compareExact } from './lib.mjs';

function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  });
}

/** The gateway profile's classpath (Maven's ~/.m2 is the cache). */
export function gatewayClasspath() {
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-P', 'gateway', 'dependency:build-classpath',
    '-Dmdep.outputFile=target/gateway-classpath.txt'], { cwd: here, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mvn failed\n${r.stdout}\n${r.stderr}`);
  // The oracle stays silent (slf4j-nop); the cluster logs through log4j into work/*.log.
  return readFileSync(join(here, 'target/gateway-classpath.txt'), 'utf8').trim()
    .split(':').filter((j) => !j.includes('slf4j-nop')).join(':');
}

const alive = (p) => p.exitCode === null && p.signalCode === null;
function killGroup(p, sig) { try { process.kill(-p.pid, sig); } catch { /* gone */ } }

/**
 * Starts JobManager, TaskManager and SQL Gateway (each its own process group) and waits until
 * the gateway answers. Returns { base, rest, work, pids, stop }; stop() sends SIGTERM to every
 * group, then SIGKILL to what is still there after `graceMs`, and removes the work folder.
 * Every group is also SIGKILLed when this process exits without stop().
 */
export async function startSessionCluster({ log = console.log, graceMs = 10_000 } = {}) {
  const classpath = gatewayClasspath();
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
  const onExit = () => { for (const { p } of procs) if (alive(p)) killGroup(p, 'SIGKILL'); };
  process.on('exit', onExit);
  function start(name, main, extra = []) {
    const fd = openSync(join(work, `${name}.log`), 'w');
    const p = spawn('java', ['-Xmx768m', `-Dlog4j.configurationFile=${join(conf, 'log4j2.properties')}`, '-cp', classpath, main, ...extra], {
      env: { ...process.env, FLINK_CONF_DIR: conf }, stdio: ['ignore', fd, fd], detached: true,
    });
    closeSync(fd);
    p.unref();
    procs.push({ name, p });
    return p;
  }
  let stopping;
  function stop(opts) { stopping ??= stopNow(opts); return stopping; }
  async function stopNow({ keepWork = false } = {}) {
    const running = procs.slice().reverse().filter(({ p }) => alive(p));
    for (const { p } of running) killGroup(p, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (running.some(({ p }) => alive(p)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (const { name, p } of running) {
      if (alive(p)) { killGroup(p, 'SIGKILL'); log(`killed ${name} (pid ${p.pid}) after ${graceMs} ms`); }
      else log(`stopped ${name} (pid ${p.pid})`);
    }
    process.off('exit', onExit);
    if (!keepWork) rmSync(work, { recursive: true, force: true });
  }
  async function waitFor(url, ok, what, ms = 120_000) {
    const t0 = Date.now();
    for (;;) {
      const dead = procs.find(({ p }) => !alive(p));
      if (dead) throw new Error(`${dead.name} exited (${dead.p.exitCode ?? dead.p.signalCode}); its log: ${join(work, dead.name + '.log')}\n${readFileSync(join(work, dead.name + '.log'), 'utf8').slice(-3000)}`);
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
        if (res.ok && ok(await res.json())) return;
      } catch { /* not yet */ }
      if (Date.now() - t0 > ms) throw new Error(`${what} did not come up in ${ms / 1000}s; logs in ${work}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  try {
    const t0 = Date.now();
    start('jobmanager', 'org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint', ['--configDir', conf]);
    start('taskmanager', 'org.apache.flink.runtime.taskexecutor.TaskManagerRunner', ['--configDir', conf]);
    // The gateway only needs the JobManager's REST address; it can start alongside.
    start('sql-gateway', 'org.apache.flink.table.gateway.SqlGateway', []);
    await waitFor(`http://127.0.0.1:${rest}/overview`, (j) => j.taskmanagers >= 1, 'session cluster');
    const base = `http://127.0.0.1:${gw}`;
    await waitFor(`${base}/api_versions`, (j) => Array.isArray(j.versions), 'sql gateway');
    const info = await (await fetch(`${base}/v1/info`)).json();
    const api = await (await fetch(`${base}/api_versions`)).json();
    log(`session cluster http://127.0.0.1:${rest} and SQL Gateway ${base} (${info.productName} ${info.version}, REST ${api.versions.join(' ')}) up in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    const detach = () => process.off('exit', onExit);
    return { base, rest: `http://127.0.0.1:${rest}`, work, pids: procs.map(({ name, p }) => `${name}=${p.pid}`), stop, detach };
  } catch (e) {
    await stop({ keepWork: true });
    throw e;
  }
}

/** A run's rows as changelog lines, or `ERROR <class>` + message lines, via client/gateway.ts. */
export async function runCaseOnGateway(base, queryFile) {
  const { runOnGateway } = await import('../../client/gateway.ts');
  const lines = [];
  let error;
  await runOnGateway({
    gatewayUrl: base, text: readFileSync(queryFile, 'utf8'), documentUri: 'file://' + queryFile, documentLabel: basename(queryFile),
    // the case's own folder: relative paths and CSV headers as the engine reads them
    baseDir: dirname(queryFile),
    post: (m) => {
      if (m.type === 'rows') for (const c of m.changes) lines.push(`${c.kind}[${c.fields.join(', ')}]`);
      if (m.type === 'error') error = m;
    },
  });
  if (error) return { lines: [`ERROR ${error.exceptionClass}`, error.message], error };
  return { lines };
}

async function main(args) {
  const keep = args.includes('--keep');
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const names = args.filter((a, i) => !a.startsWith('--') && i !== urlAt + 1);
  const cluster = url ? { base: url, stop: async () => {}, work: mkdtempSync(join(tmpdir(), 'flink-gw-cases-')) } : await startSessionCluster();
  const onSignal = () => { void cluster.stop().then(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let pass = 0, fail = 0, skipped = 0;
  try {
    const dirs = caseDirs(names.length ? names : ['word-count']).filter((d, i, a) => a.findIndex((x) => basename(x) === basename(d)) === i);
    for (const dir of dirs) {
      const t = Date.now();
      // An INSERT's rows go to its sink on the cluster (and a Kafka sink's job keeps a slot
      // while it looks for a broker): not comparable here.
      if (/^\s*INSERT\s/im.test(readFileSync(join(dir, 'query.sql'), 'utf8'))) { skipped++; console.log(`skip   ${basename(dir)} (INSERT INTO: the sink is on the cluster)`); continue; }
      const got = await runCaseOnGateway(cluster.base, join(dir, 'query.sql'));
      const exp = readLines(join(dir, 'expected.txt'));
      const why = exp ? compareExact(exp, got.lines, { racyPrefix: true }) : 'no expected.txt';
      why ? fail++ : pass++;
      console.log(`${why ? 'DIFFER' : 'ok    '} ${basename(dir)} (${Date.now() - t} ms)${why ? ` ${why}` : ''}\n  ${got.lines.join('\n  ')}`);
    }
    console.log(`gateway: ${pass} agree with expected.txt, ${fail} differ, ${skipped} skipped`);
  } finally {
    if (keep && !url) cluster.detach(), console.log(`left running: ${cluster.base} (${cluster.pids.join(', ')}); logs in ${cluster.work}`);
    else await cluster.stop();
  }
  return fail ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let code = 1;
  try { code = await main(process.argv.slice(2)); } catch (e) { console.error(e); }
  // --keep: the detached JVMs are unref'd, so this process can leave them behind.
  process.exit(code);
}

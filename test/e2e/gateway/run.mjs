// npm run test:gateway: "Run on Flink cluster" against a real Flink 2.3.0 SQL Gateway. Starts a
// session cluster (JobManager, TaskManager) and the SQL Gateway on 127.0.0.1 from Maven
// Central jars (test/flink/gateway.mjs), runs test/e2e/gateway/*.test.ts with its URL through
// test/runner.mjs, and stops every process it started: SIGTERM to each process group, SIGKILL
// after 10 s, also when a test fails or this script is interrupted. Ends with
// `N passed, N failed`. Usage: node test/e2e/gateway/run.mjs [test-name-substring...]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSessionCluster } from '../../flink/gateway.mjs';
import { onLines } from '../../flink/lib.mjs';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../../..');
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(1);
}
const started = Date.now();
let cluster;
let child;
let summary = null;

let shuttingDown;
/** Once, whoever calls first (a signal or the end of the run) decides the exit code. */
function shutdown(code) {
  shuttingDown ??= (async () => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
    if (cluster) await cluster.stop();
    console.log(`gateway suite: ${((Date.now() - started) / 1000).toFixed(1)}s`);
    console.log(summary ?? `0 passed, 1 failed`);
    process.exit(code);
  })();
  return shuttingDown;
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));

let code = 1;
try {
  cluster = await startSessionCluster();
  code = await new Promise((resolve) => {
    child = spawn(process.execPath, [join(here, 'run-tests.mjs')], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FLINK_GATEWAY_URL: cluster.base, FLINK_REST_URL: cluster.rest, FLINK_GATEWAY_WORK: cluster.work, GATEWAY_TEST_ONLY: process.argv.slice(2).join(',') },
    });
    onLines(child.stdout, (line) => {
      // The closing line comes last, after the cluster is down.
      if (/^\d+ passed, \d+ failed/.test(line)) summary = line; else process.stdout.write(line + '\n');
    });
    child.on('close', (c) => resolve(c ?? 1));
  });
} catch (e) {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  code = 1;
} finally {
  await shutdown(code);
}

// npm run test:webview: the changelog panel in real Chromium. Installs Debian's chromium when
// it is missing (CI runs as root; never a downloaded browser build), then runs
// test/e2e/webview/*.test.ts one file at a time and prints `N passed, N failed`. A run where no
// test ran fails.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    console.error(`${chromium} is missing; install it with: sudo apt-get update && sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`${chromium} is missing: installing Debian's chromium`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
if (!existsSync(join(here, '../../../dist/webview.js'))) {
  console.error('dist/webview.js is missing: run `npm run build` first');
  process.exit(1);
}
const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort().map((f) => join(here, f));
let passed = 0, failed = 0, skipped = 0;
const stream = run({ files, concurrency: 1, timeout: 10 * 60_000 });
stream.on('test:pass', (e) => { if (e.details?.type !== 'suite') e.skip || e.todo ? skipped++ : passed++; });
stream.on('test:fail', (e) => { if (e.details?.type !== 'suite' || e.details?.error?.failureType !== 'subtestsFailed') failed++; });
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => {
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (passed === 0) console.log('no test ran: that is a failure');
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});

// npm run test:webview: the changelog panel in real Chromium. Installs Debian's chromium when
// it is missing (CI runs as root; never a downloaded browser build), then runs
// test/e2e/webview/*.test.ts one file at a time and prints `N passed, N failed`. A run where no
// test ran fails.
import { runFiles } from '../../runner.mjs';
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
runFiles(files, { concurrency: 1 });

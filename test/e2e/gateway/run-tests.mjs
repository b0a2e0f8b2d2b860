// The test process of ./run.mjs (a file, not `node -e`: node:test re-runs execArgv in each test
// file's process): test/e2e/gateway/*.test.ts through test/runner.mjs, one file at a time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runFiles } from '../../runner.mjs';

const here = new URL('.', import.meta.url).pathname;
runFiles(readdirSync(here).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join(here, f)), { concurrency: 1, timeout: 5 * 60_000 });

// The test command: every test/**/*.test.ts through node's test runner (Node >= 22 strips the
// types), summarized by runner.mjs (`N passed, N failed`; no test run is a failure).
import { runFiles } from './runner.mjs';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'e2e' || name === 'flink') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith('.test.ts') || name.endsWith('.test.mjs')) out.push(p);
  }
  return out;
}
const files = find(join(root, 'test'))
  .filter((f) => only.length === 0 || only.some((o) => relative(root, f).includes(o)))
  .sort();
runFiles(files, { concurrency: 2 });

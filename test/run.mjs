// The test command: every test/**/*.test.ts through node's test runner (Node >= 22 strips the
// types), a spec report, and the closing line `N passed, N failed`. A run that executed no test
// fails, as does one with a failure.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
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
let passed = 0, failed = 0, skipped = 0;
const stream = run({ files, concurrency: 2, timeout: 10 * 60_000 });
stream.on('test:pass', (e) => { if (e.details?.type !== 'suite') e.skip || e.todo ? skipped++ : passed++; });
stream.on('test:fail', (e) => { if (e.details?.type !== 'suite' || e.details?.error?.failureType !== 'subtestsFailed') failed++; });
stream.compose(spec).pipe(process.stdout);
stream.on('end', () => {
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (passed === 0) console.log('no test ran: that is a failure');
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});

// One node:test driver for every suite that runs test files: a spec report and the closing line
// `N passed, N failed`; a run with a failure, or that executed no test, exits non-zero.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

export function runFiles(files, { concurrency = 2, timeout = 10 * 60_000 } = {}) {
  let passed = 0, failed = 0, skipped = 0;
  const stream = run({ files, concurrency, timeout });
  stream.on('test:pass', (e) => { if (e.details?.type !== 'suite') e.skip || e.todo ? skipped++ : passed++; });
  stream.on('test:fail', (e) => { if (e.details?.type !== 'suite' || e.details?.error?.failureType !== 'subtestsFailed') failed++; });
  stream.compose(spec).pipe(process.stdout);
  stream.on('end', () => {
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    if (passed === 0) console.log('no test ran: that is a failure');
    process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
  });
}

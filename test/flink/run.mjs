// npm run test:flink: every case folder (test/cases/*, ../shared/cases/*) on real Flink 2.3.0,
// which must still print the folder's expectation; and, when dist/cli.js runs, our engine on
// the same folder, which must agree with Flink: the exact changelog for a single-source case,
// the final table for a multi-source one. Usage: node test/flink/run.mjs [case-name-substring...]
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  build, caseDirs, runOracle, readLines, isError, finalTable, upsertKey, compareExact, compareFinal, diffText, root, here,
} from './lib.mjs';
import { judgeEngine } from './engine-judge.mjs';
import { runVerdicts } from './verdicts.mjs';
import { runPrefixes } from './prefixes.mjs';
import { runPlans } from './plans.mjs';
import { spawnSync } from 'node:child_process';

const filters = process.argv.slice(2);
const dirs = caseDirs(filters);
if (dirs.length === 0) {
  console.log('no case folder matched');
  process.exit(1);
}
const started = Date.now();
const cli = join(root, 'dist/cli.js');
let flinkPass = 0, flinkFail = 0, enginePass = 0, engineFail = 0, engineNA = 0;
const failures = [];

function check(dir, flink) {
  const name = basename(dir);
  const sql = readFileSync(join(dir, 'query.sql'), 'utf8');
  const key = upsertKey(sql);
  const expected = readLines(join(dir, 'expected.txt'));
  const expectedFinal = readLines(join(dir, 'final.txt'));
  // Flink against the folder.
  let why = null;
  if (expected) why = compareExact(expected, flink, { racyPrefix: true });
  if (!why && expectedFinal && !isError(flink)) why = compareFinal(expectedFinal, finalTable(flink, key));
  if (!expected && !expectedFinal) why = 'no expected.txt nor final.txt';
  if (why) {
    flinkFail++;
    failures.push(`FLINK  ${name}: ${why}\n${diffText(expected ?? expectedFinal ?? [], expected ? flink : finalTable(flink, key))}`);
    console.log(`not ok  flink   ${name}: ${why}`);
  } else {
    flinkPass++;
    console.log(`ok      flink   ${name}`);
  }
  // The engine against Flink: row for row wherever Flink's order is recorded (expected.txt), the
  // multi-source cases too now that joins keep Flink's state order
  const j = judgeEngine(dir, flink, { exact: true });
  if (j.na) {
    engineNA++;
    console.log(`-       engine  ${name}: engine: not available (${j.na})`);
  } else if (j.why) {
    engineFail++;
    failures.push(`ENGINE ${name}: ${j.why} (left: Flink, right: engine)\n${j.diff}`);
    console.log(`not ok  engine  ${name}: ${j.why}`);
  } else {
    enginePass++;
    console.log(`ok      engine  ${name}`);
  }
}

const classpath = build();
let timings = [];
await runOracle(classpath, dirs, {
  onCase: (dir, ms, status, lines) => {
    timings.push(ms);
    check(dir, lines ?? ['ERROR oracle: no output']);
  },
});
if (failures.length) console.log('\n' + failures.join('\n\n'));
// The diagnostic fixtures' verdicts (EXPLAIN on Flink vs our error diagnostics): whole runs only.
let verdictFail = 0;
if (filters.length === 0 || process.env.FLINK_VERDICTS === '1') {
  if (!existsSync(cli)) console.log('\nverdicts: skipped (dist/cli.js missing)');
  else {
    console.log('');
    verdictFail = runVerdicts(classpath).failed;
  }
  // Flink's parser still says what test/parser/flink-prefixes.tsv records (npm test holds us to it)
  verdictFail += runPrefixes().failed;
}
// `flinksql explain` against Flink's plan of every case (plans.mjs): whole runs only
if (existsSync(cli) && (filters.length === 0 || process.env.FLINK_PLANS === '1')) {
  console.log('');
  verdictFail += (await runPlans(classpath, { filters })).failed;
}
// every function's verdicts and result types against Flink's validator (function-types.mjs):
// whole runs only (~3 min of Flink, ~2 min of the engine)
if (filters.length === 0 || process.env.FLINK_FUNCTIONS === '1') {
  console.log('');
  const r = spawnSync(process.execPath, [join(here, 'function-types.mjs')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const out = r.stdout ?? '';
  // the summary and the failures, not the whole listing
  console.log(out.split('\n').filter((l) => /^\d+ functions|^NEW:|new disagreements|not what Flink says/.test(l)).join('\n'));
  if (r.status !== 0) verdictFail++;
}
const secs = ((Date.now() - started) / 1000).toFixed(1);
const avg = timings.length ? Math.round(timings.reduce((a, b) => a + b, 0) / timings.length) : 0;
console.log(`\nflink: ${flinkPass} passed, ${flinkFail} failed; engine: ${enginePass} passed, ${engineFail} failed, ${engineNA} not available`);
console.log(`${dirs.length} cases in ${secs}s (Flink ${avg} ms per case on average)`);
console.log(`${flinkPass + enginePass} passed, ${flinkFail + engineFail + verdictFail} failed`);
process.exitCode = flinkFail + engineFail + verdictFail > 0 ? 1 : 0;

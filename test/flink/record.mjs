// Regenerates expectations from real Flink 2.3.0: each named case folder (or every folder of
// test/cases with --all) runs three times; expected.txt gets the changelog and final.txt the
// final table (README convention 6). A case whose folder holds final.txt but no expected.txt,
// or that is named with --final-only, keeps only final.txt (Flink's order is not determined).
// When the three runs disagree the case is reported and only final.txt is written (if the
// final tables agree). Usage: node test/flink/record.mjs [--all] [--final-only] NAME...
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, caseDirs, runOracle, isError, finalTable, upsertKey, root } from './lib.mjs';

const args = process.argv.slice(2);
const all = args.includes('--all');
const finalOnlyFlag = args.includes('--final-only');
const names = args.filter((a) => !a.startsWith('--'));
const dirs = caseDirs().filter((d) => d.startsWith(join(root, 'test/cases')))
  .filter((d) => all || names.includes(basename(d)));
if (dirs.length === 0) {
  console.error('usage: node test/flink/record.mjs [--all] [--final-only] NAME...');
  process.exit(2);
}
const text = (lines) => (lines.length ? lines.join('\n') + '\n' : '');
let problems = 0;
await runOracle(build(), dirs, {
  repeat: 3,
  onCase: (dir, ms, status, lines, unstable) => {
    const name = basename(dir);
    const key = upsertKey(readFileSync(join(dir, 'query.sql'), 'utf8'));
    const wasFinalOnly = existsSync(join(dir, 'final.txt')) && !existsSync(join(dir, 'expected.txt'));
    let finalOnly = finalOnlyFlag || wasFinalOnly;
    if (unstable) {
      const runs = unstable.split(/^=== run \d+\n/m).filter(Boolean).map((r) => r.replace(/\n$/, '').split('\n'));
      const finals = runs.map((r) => text(finalTable(r, key)));
      if (finals.some((f) => f !== finals[0])) {
        problems++;
        console.log(`${name}: runs disagree even on the final table; nothing written\n${unstable}`);
        return;
      }
      console.log(`${name}: the three runs differ in order; keeping final.txt only`);
      finalOnly = true;
    }
    if (isError(lines)) {
      // The message text is matched by containment: cut plan digests that name Flink's
      // internal field names (as the shared example does after "GroupAggregate(").
      const at = lines.findIndex((l) => l.startsWith('ERROR '));
      const m = /^(.*produced by node \w+\()/.exec(lines[at + 1] ?? '');
      if (m) lines = [...lines.slice(0, at + 1), m[1]];
      writeFileSync(join(dir, 'expected.txt'), text(lines));
      rmSync(join(dir, 'final.txt'), { force: true });
    } else {
      if (finalOnly) rmSync(join(dir, 'expected.txt'), { force: true });
      else writeFileSync(join(dir, 'expected.txt'), text(lines));
      writeFileSync(join(dir, 'final.txt'), text(finalTable(lines, key)));
    }
    console.log(`${name}\t${ms} ms\t${status}${finalOnly && !isError(lines) ? ' (final only)' : ''}\n  ${lines.slice(0, 12).join('\n  ')}${lines.length > 12 ? '\n  ...' : ''}`);
  },
});
process.exitCode = problems ? 1 : 0;

// Our engine on a case folder, judged against what Flink printed for it: the exact changelog for
// a single-source case, the final table for a multi-source one; a rejected query must name
// Flink's class and contain the expected text. Shared by run.mjs (the case folders) and
// random.mjs (generated cases).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { isError, finalTable, upsertKey, compareExact, compareFinal, sourceCount, diffText, readLines, root } from './lib.mjs';

const cli = join(root, 'dist/cli.js');

/** `flinksql run` on a copy of the folder: { lines, status } or { na: why }. */
export function engineRun(dir) {
  if (!existsSync(cli)) return { na: 'dist/cli.js missing' };
  const tmp = mkdtempSync(join(tmpdir(), 'engine-case-'));
  try {
    cpSync(dir, tmp, { recursive: true });
    const r = spawnSync(process.execPath, [cli, 'run', 'query.sql', '--format', 'changelog'], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
    const text = (r.stdout || '') + (r.stdout ? '' : r.stderr || '');
    // (not "not implemented" anywhere: Flink's own messages say it, e.g. a catalog's getTable(ObjectPath, long))
    if (/^ERROR NotSupportedYet/im.test(text) || (r.status === 2 && !r.stdout)) return { na: text.trim().split('\n')[0] || `exit ${r.status}` };
    const lines = r.stdout === '' && r.status !== 0 ? [r.stderr.trim().split('\n')[0]] : (r.stdout.replace(/\n$/, '') === '' ? [] : r.stdout.replace(/\n$/, '').split('\n'));
    return { lines, status: r.status };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** { na } when the engine cannot run the folder, { why, diff } when it disagrees with Flink, else {}. */
export function judgeEngine(dir, flink, { exact = false } = {}) {
  const e = engineRun(dir);
  if (e.na) return { na: e.na };
  const key = upsertKey(readFileSync(join(dir, 'query.sql'), 'utf8'));
  const expected = readLines(join(dir, 'expected.txt'));
  const single = exact || sourceCount(dir) <= 1;
  let why;
  if (isError(flink)) why = compareExact(expected && isError(expected) ? expected : flink, e.lines);
  else if (single && (expected || !existsSync(join(dir, 'final.txt')))) why = compareExact(flink, e.lines);
  else why = isError(e.lines) ? `engine error: ${e.lines[0]}` : compareFinal(finalTable(flink, key), finalTable(e.lines, key));
  if (!why) return {};
  const exp = single || isError(flink) ? flink : finalTable(flink, key);
  const act = single || isError(flink) || isError(e.lines) ? e.lines : finalTable(e.lines, key);
  return { why, diff: diffText(exp, act) };
}

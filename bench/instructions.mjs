#!/usr/bin/env node
// Whole-process instruction counts of the engine benchmark's 1M-row queries (valgrind's
// cachegrind, `node --single-threaded`): reproducible to about +-3% where wall and CPU times on a
// shared machine are not. Needs valgrind and the data and query files bench/engine.mjs writes
// (run it once, --quick is enough).
// The CLI's code cache is rewritten after a run much longer than the one that made it (esbuild.mjs),
// which under valgrind costs ~0.4G instructions: a private cache is warmed with a long run first.
// usage: node bench/instructions.mjs [--cli dist/cli.js] [query ...]
//   queries: GROUP_BY-s GROUP_BY-b join_dim-s join_dim-b TUMBLE_1_min-s TUMBLE_1_min-b small
//   (-s streaming, -b batch; default all)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const here = new URL('.', import.meta.url).pathname;
const args = process.argv.slice(2);
const ci = args.indexOf('--cli');
const cli = ci >= 0 ? args.splice(ci, 2)[1] : join(here, '..', 'dist', 'cli.js');
const dir = join(tmpdir(), 'flinksql-bench-data');
const queries = args.length ? args : ['GROUP_BY-s', 'GROUP_BY-b', 'join_dim-s', 'join_dim-b', 'TUMBLE_1_min-s', 'TUMBLE_1_min-b', 'small'];
const argsOf = (q) => {
  if (q === 'small') return [join(dir, 'small.sql')];
  const m = /^(.*)-(s|b)$/.exec(q);
  if (!m) throw new Error(`unknown query ${q}`);
  return [join(dir, `q-${m[1]}-1000000.sql`), '--format', 'changelog', ...(m[2] === 'b' ? ['--mode', 'batch'] : [])];
};
for (const q of [...queries, 'join_dim-s']) {
  const f = argsOf(q)[0];
  if (!existsSync(f)) { console.error(`bench/instructions: ${f} missing, run node bench/engine.mjs --quick first`); process.exit(1); }
}
const cache = mkdtempSync(join(tmpdir(), 'flinksql-icount-'));
mkdirSync(cache, { recursive: true });
const env = { ...process.env, FLINKSQL_CODE_CACHE: cache };
const count = (q) => {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', cli, 'run', ...argsOf(q)],
    { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`valgrind failed for ${q}: ${(r.error?.message ?? r.stderr ?? '').slice(-500)}`);
  return Number(m[1].replace(/,/g, ''));
};
try {
  count('small');
  count('join_dim-s'); // the longest run: the cache it leaves is not rewritten by the others
  for (const q of queries) console.log(`${q.padEnd(16)} ${(count(q) / 1e9).toFixed(3)}G instructions`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}

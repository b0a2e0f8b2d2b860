// dist/cli.js, the CLI's stub: it loads the bundle through a V8 code cache made after a run of the
// same command (FLINKSQL_CODE_CACHE=DIR puts it in DIR, =0 turns it off). The output never
// depends on it; a cache V8 rejects is replaced, and so is the command's cache of another build. Also: a reader that closes the pipe early ends
// the CLI quietly. Build first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const cli = join(here, '../../dist/cli.js');
const fixtures = join(here, 'fixtures');

function check(cache: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, 'check', '--json', 'ok.fsql', 'syntax-error.fsql'], {
    cwd: fixtures, encoding: 'utf8', env: { ...process.env, FLINKSQL_CODE_CACHE: cache },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('code cache: written once per command, used, replaced when V8 rejects it; the output is the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-cc-'));
  try {
    const off = check('0');
    assert.equal(off.status, 1);
    assert.match(off.stdout, /"FSQL001"/);
    assert.deepEqual(readdirSync(dir), []);
    // the check cache of another build is replaced; another command's cache stays
    writeFileSync(join(dir, 'v0.0.0-x64-1-1-check.bin'), 'old build');
    writeFileSync(join(dir, 'v0.0.0-x64-1-1-run.bin'), 'old build');
    const first = check(dir);
    assert.ok(readdirSync(dir).includes('v0.0.0-x64-1-1-run.bin'));
    rmSync(join(dir, 'v0.0.0-x64-1-1-run.bin'));
    assert.deepEqual(first, off);
    const files = readdirSync(dir);
    assert.equal(files.length, 1, files.join());
    assert.match(files[0]!, /^v\d+\.\d+\.\d+-\w+-\d+-\d+-check\.bin$/);
    const made = readFileSync(join(dir, files[0]!));
    assert.ok(made.length > 100_000, `${made.length} bytes: the functions the run compiled are in it`);
    assert.deepEqual(check(dir), off);
    assert.deepEqual(readFileSync(join(dir, files[0]!)), made, 'an accepted cache is not rewritten');
    writeFileSync(join(dir, files[0]!), Buffer.from('not a code cache'));
    assert.deepEqual(check(dir), off);
    assert.ok(readFileSync(join(dir, files[0]!)).length > 100_000, 'the rejected cache was replaced');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a reader that closes the pipe early ends the run quietly (exit 0, nothing on stderr)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-pipe-'));
  try {
    const sql = join(dir, 'many.sql');
    writeFileSync(sql, `CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '2000000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '2000000');\nSELECT id FROM g;\n`);
    const child = spawn(process.execPath, [cli, 'run', sql], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const firstLine = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) {
          child.stdout.destroy();
          resolve(out.split('\n', 1)[0]!);
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(firstLine, '+I[1]');
    assert.equal(stderr, '');
    assert.equal(code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// dist/cli.js, the CLI's stub: it loads the bundle through a V8 code cache made after a run of the
// same command (FLINKSQL_CODE_CACHE=DIR puts it in DIR, =0 turns it off). The output never
// depends on it; a cache V8 rejects is replaced, and so are one made by a much shorter run and
// the command's cache of another build. Also: a reader that closes the pipe early ends
// the CLI quietly. Build first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

test('code cache: one per command, used, replaced when rejected or made by a shorter run; the output is the same', () => {
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
    const cacheFile = join(dir, files[0]!);
    const made = readFileSync(cacheFile);
    assert.ok(made.length > 100_000, `${made.length} bytes: the functions the run compiled are in it`);
    assert.ok(made.readDoubleLE(0) > 0, 'it starts with how long the run that made it lasted');
    // a cache made by a run at least as long as this one is used as it is
    made.writeDoubleLE(1e9, 0);
    writeFileSync(cacheFile, made);
    assert.deepEqual(check(dir), off);
    assert.deepEqual(readFileSync(cacheFile), made, 'an accepted cache is not rewritten');
    // one made by a much shorter run is replaced by this run's
    made.writeDoubleLE(-1e9, 0);
    writeFileSync(cacheFile, made);
    assert.deepEqual(check(dir), off);
    assert.ok(readFileSync(cacheFile).readDoubleLE(0) > 0, 'the cache of a shorter run was replaced');
    // one V8 rejects is replaced
    writeFileSync(cacheFile, Buffer.from('not a code cache'));
    assert.deepEqual(check(dir), off);
    const again = readFileSync(cacheFile);
    assert.ok(again.length > 100_000 && again.readDoubleLE(0) > 0, 'the rejected cache was replaced');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('code cache: a folder that others can write to is neither read nor written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-cc-'));
  try {
    chmodSync(dir, 0o777);
    const planted = join(dir, 'planted');
    writeFileSync(planted, 'x');
    const off = check('0');
    assert.deepEqual(check(dir), off);
    assert.deepEqual(readdirSync(dir), ['planted'], 'nothing written');
    chmodSync(dir, 0o700);
    assert.deepEqual(check(dir), off);
    assert.equal(readdirSync(dir).length, 2, 'the same folder, once private, holds the cache');
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

test('the language server (dist/server.js) starts through the same code cache', async () => {
  const { LspClient } = await import('../server/lsp-client.ts');
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-cc-'));
  process.env.FLINKSQL_CODE_CACHE = dir;
  try {
    for (let i = 0; i < 2; i++) {
      const c = new LspClient(['dist/server.js', '--stdio']);
      await c.initialize();
      c.open('file:///x.fsql', 'SELEC 1');
      const d = await c.diagnosticsFor('file:///x.fsql');
      assert.deepEqual((d.params as { diagnostics: { code: string }[] }).diagnostics.map((x) => x.code), ['FSQL001']);
      assert.equal(await c.shutdown(), 0);
      const files = readdirSync(dir);
      assert.equal(files.length, 1, files.join());
      assert.match(files[0]!, /-server\.bin$/);
      assert.ok(readFileSync(join(dir, files[0]!)).length > 100_000);
    }
  } finally {
    delete process.env.FLINKSQL_CODE_CACHE;
    rmSync(dir, { recursive: true, force: true });
  }
});

// `flinksql check` as a process: each cases/NAME.txt starts with the command line
//   $ [VAR=value ...] check ARGS... [< FILE]
// (run with node dist/cli.js in fixtures/), and the rest of the file is the expected
// transcript: exit code, stdout, stderr. ESC is written as \e. UPDATE_EXPECT=1 rewrites the
// transcripts. Build first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectFile } from './expect.ts';

const here = new URL('.', import.meta.url).pathname;
const cli = join(here, '../../dist/cli.js');
const fixtures = join(here, 'fixtures');
const casesDir = join(here, 'cases');

function run(commandLine: string): string {
  const words = commandLine.split(/\s+/).filter(Boolean);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  while (words.length && /^[A-Z_]+=/.test(words[0]!)) {
    const [k, v] = words.shift()!.split('=', 2);
    env[k!] = v;
  }
  let input: Buffer | undefined;
  const lt = words.indexOf('<');
  if (lt >= 0) {
    input = readFileSync(join(fixtures, words[lt + 1]!));
    words.splice(lt, 2);
  }
  const r = spawnSync(process.execPath, [cli, ...words], { cwd: fixtures, env, input, encoding: 'utf8' });
  const esc = (s: string) => s.replace(/\x1b/g, '\\e');
  return `exit ${r.status}\n--- stdout\n${esc(r.stdout)}--- stderr\n${esc(r.stderr)}`;
}

const cases = readdirSync(casesDir).filter((f) => f.endsWith('.txt')).sort();

test('the CLI is built', () => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run npm run build');
});

test('there are check cases', () => {
  assert.ok(cases.length >= 10, `only ${cases.length} cases in ${casesDir}`);
});

for (const name of cases) {
  test(`check: ${name}`, () => {
    const path = join(casesDir, name);
    const first = readFileSync(path, 'utf8').split('\n', 1)[0]!;
    assert.match(first, /^\$ /, `${name}: the first line must be the command ($ ...)`);
    expectFile(path, `${first}\n${run(first.slice(2))}`);
  });
}

test('--json output is one JSON object in LSP shape for every case that asks for it', () => {
  for (const name of cases) {
    const first = readFileSync(join(casesDir, name), 'utf8').split('\n', 1)[0]!;
    if (!first.includes('--json')) continue;
    const out = run(first.slice(2));
    const stdout = out.slice(out.indexOf('--- stdout\n') + 11, out.indexOf('--- stderr\n'));
    if (out.startsWith('exit 2\n') && stdout === '') continue; // a usage error: nothing to report
    const report = JSON.parse(stdout) as { files: { path: string; diagnostics: unknown[] }[] };
    assert.deepEqual(Object.keys(report), ['files'], name);
    for (const f of report.files) {
      assert.deepEqual(Object.keys(f), ['path', 'diagnostics'], name);
      for (const d of f.diagnostics as Record<string, any>[]) {
        assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range'], name);
        assert.match(d.code, /^FSQL\d{3}$/);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
        for (const p of [d.range.start, d.range.end]) {
          assert.deepEqual(Object.keys(p), ['line', 'character']);
          assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0);
        }
      }
    }
  }
});

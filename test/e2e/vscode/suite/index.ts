// The extensionTestsPath entry: VS Code's extension host calls run() once the extensions under
// development are loaded; a rejection makes the host exit with code 1. Runs every *.test.js
// bundled beside this file with mocha (bdd), and reports each test to
//   - the console (VS Code forwards the host's console to the runner), and
//   - $FLINKSQL_E2E_RESULTS (.log, appended live; .json at the end) when the runner set it,
// so the runner prints `N passed, N failed` from what really ran.
import Mocha from 'mocha';
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Result { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string; reason?: string }

export async function run(): Promise<void> {
  const out = process.env['FLINKSQL_E2E_RESULTS'];
  const results: Result[] = [];
  const line = (s: string): void => {
    console.log(s);
    if (out) appendFileSync(`${out}.log`, s + '\n');
  };
  function Reporter(this: unknown, runner: Mocha.Runner): void {
    runner.on('suite', (s: Mocha.Suite) => { if (s.title) line(`${'  '.repeat(depth(s))}${s.title}`); });
    runner.on('pass', (t: Mocha.Test) => {
      results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 });
      line(`${'  '.repeat(depth(t))}✔ ${t.title} (${t.duration ?? 0} ms)`);
    });
    runner.on('fail', (t: Mocha.Test, err: Error) => {
      results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) });
      line(`${'  '.repeat(depth(t))}✖ ${t.title}\n${indent(String(err?.stack ?? err), depth(t) + 2)}`);
    });
    runner.on('pending', (t: Mocha.Test) => {
      const reason = pendingReason(t);
      results.push({ title: t.fullTitle(), state: 'pending', reason });
      line(`${'  '.repeat(depth(t))}- ${t.title} (pending: ${reason})`);
    });
  }
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: Reporter as unknown as typeof Mocha.reporters.Base, color: false });
  const grep = process.env['FLINKSQL_E2E_GREP'];
  if (grep) mocha.grep(grep);
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  const failures = await new Promise<number>((resolve, reject) => {
    try { mocha.run(resolve); } catch (e) { reject(e); }
  });
  if (out) writeFileSync(`${out}.json`, JSON.stringify(results, null, 2));
  const passed = results.filter((r) => r.state === 'passed').length;
  line(`suite: ${passed} passed, ${failures} failed, ${results.filter((r) => r.state === 'pending').length} pending`);
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
  if (passed === 0) throw new Error('no test ran');
}

function depth(x: Mocha.Runnable | Mocha.Suite): number {
  let d = 0;
  for (let p = x.parent; p && !p.root; p = p.parent) d++;
  return d + (x instanceof Mocha.Suite ? 0 : 1);
}

function indent(s: string, n: number): string {
  return s.split('\n').map((l) => '  '.repeat(n) + l).join('\n');
}

/** Pending tests say why: `pending(reason)` in helpers.ts keeps the reason on the test. */
function pendingReason(t: Mocha.Test): string {
  return (t as Mocha.Test & { pendingReason?: string }).pendingReason ?? 'skipped';
}

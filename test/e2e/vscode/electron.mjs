// npm run test:electron: the same suite as test:vscode, in the desktop VS Code that
// @vscode/test-electron downloads (for machines that can reach VS Code's download servers; the
// project's own machines cannot, which is why test:vscode drives code-server instead).
//
//   node test/e2e/vscode/electron.mjs [--grep PATTERN] [--version stable|1.9x.y]
import { runTests } from '@vscode/test-electron';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite } from './build-suite.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
const argv = process.argv.slice(2);
const value = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };

if (!existsSync(join(ROOT, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first');
  process.exit(1);
}
const suite = await buildSuite();
const scratch = mkdtempSync(join(tmpdir(), 'fsql-electron-'));
const workspace = join(scratch, 'workspace');
cpSync(join(ROOT, 'test/e2e/vscode/workspace'), workspace, { recursive: true });
cpSync(join(ROOT, 'examples/seed'), join(workspace, 'seed'), { recursive: true });
const results = join(scratch, 'results');
mkdirSync(join(scratch, 'user-data'), { recursive: true });

let code = 1;
try {
  code = await runTests({
    version: value('--version') ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      '--user-data-dir', join(scratch, 'user-data')],
    extensionTestsEnv: { FLINKSQL_E2E_RESULTS: results, ...(value('--grep') ? { FLINKSQL_E2E_GREP: value('--grep') } : {}) },
  });
} catch (e) {
  console.error(String(e?.message ?? e));
}
const json = `${results}.json`;
const list = existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : [];
const passed = list.filter((r) => r.state === 'passed').length;
const failed = list.filter((r) => r.state === 'failed').length + (existsSync(json) ? 0 : 1);
const skipped = list.filter((r) => r.state === 'pending').length;
rmSync(scratch, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);

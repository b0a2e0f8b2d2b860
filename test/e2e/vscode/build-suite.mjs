// Bundles the mocha suite that runs inside VS Code's extension host (test/e2e/vscode/suite/)
// into .cache/vscode-suite/: index.js (the extensionTestsPath entry, exporting run()) and one
// bundle per *.test.ts, which index.js adds to mocha by file. `vscode` is the host's; mocha is
// resolved from the repository's node_modules.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;
export const SUITE_OUT = join(ROOT, '.cache/vscode-suite');

export async function buildSuite() {
  const src = join(ROOT, 'test/e2e/vscode/suite');
  rmSync(SUITE_OUT, { recursive: true, force: true });
  mkdirSync(SUITE_OUT, { recursive: true });
  // The repository is ESM; these bundles are CommonJS, as the extension host requires them.
  writeFileSync(join(SUITE_OUT, 'package.json'), '{ "type": "commonjs" }\n');
  const entries = readdirSync(src).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(src, f));
  await build({
    entryPoints: entries, outdir: SUITE_OUT, bundle: true, platform: 'node', target: 'node22', format: 'cjs',
    sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index.js');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildSuite());
}

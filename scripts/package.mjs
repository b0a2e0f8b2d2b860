// npm run package: the .vsix users install. Minified bundles (FLINKSQL_MINIFY=1), then
// @vscode/vsce with .vscodeignore keeping only the bundles, the grammar, the panel's media, the
// icon, README, CHANGELOG and LICENSE. vsce prints the package's files; this prints its size,
// then rebuilds the development bundles (with source maps), so dist/ is as `npm run build` leaves it.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `${pkg.name}-${pkg.version}.vsix`);
const bin = (n) => join(root, 'node_modules/.bin', n);
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

run(process.execPath, ['esbuild.mjs'], { FLINKSQL_MINIFY: '1' });
try {
  // Everything is bundled: no dependency goes into the package (--no-dependencies).
  run(bin('vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out]);
  const size = statSync(out).size;
  console.log(`\n${out.slice(root.length)}: ${(size / 1024).toFixed(0)} KiB (${size} bytes)`);
} finally {
  run(process.execPath, ['esbuild.mjs']);
}

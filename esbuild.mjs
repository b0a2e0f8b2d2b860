// Bundles the four entry points. `vscode` stays external: the extension host provides it.
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

// FLINKSQL_MINIFY=1 (npm run package): minified bundles without source maps, for the .vsix.
const release = process.env.FLINKSQL_MINIFY === '1';
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: !release, minify: release, keepNames: release, logLevel: 'warning' };
const entries = [
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli-main.js', format: 'cjs' },
  { entryPoints: ['server/main.ts'], outfile: 'dist/server.js', format: 'cjs' },
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['client/run-worker.ts'], outfile: 'dist/run-worker.js', format: 'cjs' },
  { entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview.js', format: 'iife', platform: 'browser', target: 'es2022' },
];
// The package is ESM for its sources and tests; the bundles are CommonJS (VS Code's extension
// host requires `main`), so dist/ says so for itself.
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
// The CLI's bin is a stub that turns on Node's on-disk compile cache (Node 22.1+) before it loads
// the 1.3 MB bundle, so a short `flinksql check` does not compile the bundle again each run.
writeFileSync('dist/cli.js', `#!/usr/bin/env node
'use strict';
try { require('node:module').enableCompileCache?.(); } catch {}
require('./cli-main.js');
`, { mode: 0o755 });
await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));

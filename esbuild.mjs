// Bundles the entry points. `vscode` stays external: the extension host provides it.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';

// FLINKSQL_MINIFY=1 (npm run package): minified bundles without source maps, for the .vsix.
const release = process.env.FLINKSQL_MINIFY === '1';
// import.meta.url is read only by the sources run as ESM (tests); a CommonJS bundle finds its files by __filename
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: !release, minify: release, keepNames: release, logLevel: 'warning', define: { 'import.meta.url': 'undefined' } };
const entries = [
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli-main.js', format: 'cjs' },
  { entryPoints: ['server/main.ts'], outfile: 'dist/server-main.js', format: 'cjs' },
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['client/run-worker.ts'], outfile: 'dist/run-worker.js', format: 'cjs' },
  // the scan worker a large CSV source starts (engine/connectors/worker-source.ts), beside the bundles that run the engine
  { entryPoints: ['engine/connectors/scan-worker.ts'], outfile: 'dist/scan-worker.js', format: 'cjs' },
  { entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview.js', format: 'iife', platform: 'browser', target: 'es2022' },
];
// The package is ESM for its sources and tests; the bundles are CommonJS (VS Code's extension
// host requires `main`), so dist/ says so for itself.
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
// dist/cli.js (the CLI's bin) and dist/server.js (the language server) are stubs that load their
// bundle through a V8 code cache made *after* a run (of the same CLI command: check, run, lsp, ...):
// it holds the bytecode of every function that run compiled, so a short `flinksql check` or `run`,
// or the server's first diagnostics, compile neither the bundle nor its functions again (Node's own
// compile cache holds only what is compiled before the code runs).
// The cache lives in <tmpdir>/flinksql-code-cache-<uid> (used only when it is the user's own and no
// one else can write to it), keyed by the bundle's size and mtime, Node's
// version and the command; it is written (atomically, replacing the command's cache of any other
// build) when missing, when V8 rejects it, and when a run lasts much longer than the one that made it.
// FLINKSQL_CODE_CACHE=0 turns it off (Node's compile cache then), FLINKSQL_CODE_CACHE=DIR moves it.
const stub = (main, key) => `#!/usr/bin/env node
'use strict';
// Loads ${main} through a V8 code cache (esbuild.mjs says how).
const fs = require('node:fs'), path = require('node:path'), vm = require('node:vm'), Module = require('node:module');
const file = path.join(__dirname, '${main}');
const setting = process.env.FLINKSQL_CODE_CACHE;
if (setting === '0') {
  try { Module.enableCompileCache?.(); } catch {}
  require(file);
} else {
  // the bundle is ASCII (the build checks it): latin1 decoding is a plain copy, where UTF-8
  // decoding would validate 1.7 MB first
  const src = fs.readFileSync(file, 'latin1');
  // the cache file: the milliseconds the run that made it lasted (float64), then V8's data
  let cacheFile, cached, madeBy = 0;
  try {
    const st = fs.statSync(file);
    const cmd = ${key};
    const uid = process.getuid?.();
    const dir = setting ? path.resolve(setting) : path.join(require('node:os').tmpdir(), 'flinksql-code-cache' + (uid === undefined ? '' : '-' + uid));
    // compiled code is taken only from a folder of this user's that no one else can write to
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const d = fs.statSync(dir);
    if (uid !== undefined && (d.uid !== uid || (d.mode & 0o022) !== 0)) throw new Error(dir + ' is writable by others');
    cacheFile = path.join(dir, [process.version, process.arch, st.size, Math.floor(st.mtimeMs), cmd].join('-') + '.bin');
    const buf = fs.readFileSync(cacheFile);
    if (buf.length > 8) {
      madeBy = buf.readDoubleLE(0);
      cached = buf.subarray(8);
    }
  } catch {}
  const script = new vm.Script(Module.wrap(src), { filename: file, cachedData: cached });
  if (cacheFile) {
    process.once('exit', () => {
      // written when missing or rejected, and when this run lasted much longer than the one that
      // made it (a longer run has likely compiled more: a first \`check\` of one small file
      // leaves out most of the parser)
      const ran = process.uptime() * 1000; // (performance.now() would load perf_hooks: ~5 ms)
      if (cached && !script.cachedDataRejected && ran <= madeBy * 1.5 + 50) return;
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        const tmp = cacheFile + '.' + process.pid;
        const head = Buffer.alloc(8);
        head.writeDoubleLE(ran, 0);
        fs.writeFileSync(tmp, Buffer.concat([head, script.createCachedData()]));
        fs.renameSync(tmp, cacheFile);
        // one cache per command: those of other builds (or Node versions) go
        const dir = path.dirname(cacheFile), mine = path.basename(cacheFile), tail = '-' + mine.split('-').pop();
        for (const f of fs.readdirSync(dir)) if (f !== mine && f.endsWith(tail)) fs.rmSync(path.join(dir, f), { force: true });
      } catch {}
    });
  }
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(__dirname);
  script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, __dirname);
}
`;
writeFileSync('dist/cli.js', stub('cli-main.js', "/^[a-z]+$/.test(process.argv[2] || '') ? process.argv[2] : 'other'"), { mode: 0o755 });
writeFileSync('dist/server.js', stub('server-main.js', "'server'"));
await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));
// The stubs read their bundle as latin1, which is right only for ASCII: esbuild escapes non-ASCII
// characters in strings and identifiers, not in regular expression literals (write \u00b5 there).
for (const f of ['dist/cli-main.js', 'dist/server-main.js']) {
  const bytes = readFileSync(f);
  if (!isAscii(bytes)) {
    const at = bytes.findIndex((b) => b > 0x7f);
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    console.error(`esbuild.mjs: ${f} line ${line} has a non-ASCII character; the stub reads the bundle as latin1 (escape it in the source)`);
    process.exit(1);
  }
}

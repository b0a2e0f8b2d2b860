// Serves the panel exactly as the extension builds it (buildPanelHtml, dist/webview.js,
// media/panel.css) from 127.0.0.1 and opens it in Debian's Chromium through playwright-core.
// What VS Code's webview host adds is injected by an init script, outside the page's HTML (and
// so outside its CSP): acquireVsCodeApi (posted messages recorded, state kept across reloads)
// and the theme's --vscode-* variables with the body's vscode-light/vscode-dark class.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildPanelHtml, makeNonce } from '../../../client/webview/html.ts';
import type { ExtensionToWebview } from '../../../client/webview/protocol.ts';
import { THEMES } from './theme.ts';
import type { ThemeName } from './theme.ts';

export const root = new URL('../../..', import.meta.url).pathname;
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Harness {
  origin: string;
  browser: Browser;
  /** Every HTML page served, for checking that it is the builder's output. */
  served: string[];
  open(theme?: ThemeName, viewport?: { width: number; height: number }): Promise<PanelPage>;
  close(): Promise<void>;
}

export interface PanelPage {
  page: Page;
  context: BrowserContext;
  /** Dialogs (alert/confirm/prompt) the page tried to open. */
  dialogs: string[];
  /** Console errors and page errors (CSP violations show up here). */
  errors: string[];
  /** Posts messages as the extension does, then waits until the panel has rendered them. */
  send(messages: ExtensionToWebview[]): Promise<void>;
  /** Messages the webview posted to the extension. */
  posted(): Promise<unknown[]>;
  /** Waits for the panel to render (two animation frames). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const served: string[] = [];
  const script = (): Buffer => readFileSync(join(root, 'dist/webview.js'));
  const css = (): Buffer => readFileSync(join(root, 'media/panel.css'));
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/' || url.pathname === '/panel.html') {
      const html = buildPanelHtml({
        cspSource: origin, nonce: makeNonce(),
        scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/media/panel.css`,
      });
      served.push(html);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (url.pathname === '/dist/webview.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script());
    } else if (url.pathname === '/media/panel.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end(css());
    } else if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A fresh profile: playwright's launch() gives Chromium a new temporary --user-data-dir (it
  // refuses one in args); its downloads/artifacts go to our own temp dir, removed at the end.
  const tmp = mkdtempSync(join(tmpdir(), 'fsql-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    downloadsPath: tmp,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  async function open(theme: ThemeName = 'dark', viewport = { width: 1100, height: 720 }): Promise<PanelPage> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    await context.addInitScript(({ vars, bodyClass }) => {
      const w = window as unknown as { __posted: unknown[]; acquireVsCodeApi: () => unknown };
      w.__posted = [];
      let acquired = false;
      w.acquireVsCodeApi = () => {
        if (acquired) throw new Error('acquireVsCodeApi may only be called once');
        acquired = true;
        return {
          postMessage: (m: unknown) => { w.__posted.push(JSON.parse(JSON.stringify(m))); },
          getState: () => { const s = sessionStorage.getItem('vscode-state'); return s ? JSON.parse(s) : undefined; },
          setState: (s: unknown) => { sessionStorage.setItem('vscode-state', JSON.stringify(s)); return s; },
        };
      };
      // The init script runs before <html> exists; VS Code sets these on <html> and <body>.
      const apply = (): void => {
        for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(k, v);
        document.body?.classList.add(bodyClass);
      };
      if (document.documentElement) apply();
      new MutationObserver((_, o) => { if (document.body) { apply(); o.disconnect(); } }).observe(document, { childList: true, subtree: true });
    }, { vars: THEMES[theme], bodyClass: theme === 'dark' ? 'vscode-dark' : 'vscode-light' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
    const settle = async (): Promise<void> => {
      await page.evaluate(() => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => r())), 0)));
    };
    return {
      page, context, dialogs, errors, settle,
      async send(messages) {
        for (let i = 0; i < messages.length; i += 200) {
          await page.evaluate((ms) => { for (const m of ms) window.postMessage(m, '*'); }, messages.slice(i, i + 200));
        }
        await settle();
      },
      posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted),
      close: () => context.close(),
    };
  }

  return {
    origin, browser, served, open,
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** The texts of the rows the Changelog/Final/Sink table shows, as a person reads them. */
export async function tableRows(page: Page, panel: 'changelog' | 'final' | 'sink'): Promise<string[][]> {
  return page.$$eval(`.panel-${panel} .vt-body .vt-row:not([hidden])`, (rows) =>
    rows.map((r) => Array.from(r.children, (c) => c.textContent ?? '')));
}

export async function clickTab(page: Page, tab: 'changelog' | 'final' | 'sink' | 'explain'): Promise<void> {
  await page.click(`.tab[data-tab="${tab}"]`);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
}

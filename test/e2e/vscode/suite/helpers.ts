/// <reference types="mocha" />
// Shared by the suite's test files (bundled into each): fixtures, polling, screenshots, and
// the pending list's `pending()`.
import * as vscode from 'vscode';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../../engine/syntax/parse.ts';
import { contentSecurityPolicy } from '../../../../client/webview/html.ts';

export const EXTENSION_ID = 'flink-sql-studio.flink-sql-studio';

/** The workspace folder the runner opened (a scratch copy of test/e2e/vscode/workspace). */
export function workspaceDir(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder is open');
  return f.uri.fsPath;
}

export function fixtureUri(rel: string): vscode.Uri {
  return vscode.Uri.file(join(workspaceDir(), rel));
}

export async function openFixture(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(rel));
  return await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `f` until it returns a truthy value; throws the last seen value's description on timeout. */
export async function waitFor<T>(what: string, f: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await f();
      if (v) return v;
      last = v;
    } catch (e) { last = e; }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(100);
  }
}

let requests = 0;

/**
 * Asks the runner (outside VS Code, driving the browser) to do something only the browser can:
 * a screenshot of the workbench, the text the webviews show, key presses. Returns its answer,
 * or undefined when no runner listens (test-electron).
 */
export async function askRunner(req: { action: 'screenshot'; name: string } | { action: 'webviewText' } | { action: 'keys'; keys: string[] }): Promise<Record<string, unknown> | undefined> {
  const dir = process.env['FLINKSQL_E2E_SHOTS'];
  if (!dir) return undefined;
  const id = `${process.pid}-${++requests}`;
  const done = join(dir, `${id}.done`);
  writeFileSync(join(dir, `${id}.tmp`), JSON.stringify(req));
  renameSync(join(dir, `${id}.tmp`), join(dir, `${id}.request`));
  await waitFor(`the runner to answer ${req.action}`, () => existsSync(done), 20_000);
  const answer = JSON.parse(readFileSync(done, 'utf8')) as Record<string, unknown>;
  rmSync(done, { force: true });
  if (answer['error']) throw new Error(`runner: ${String(answer['error'])}`);
  return answer;
}

/** A screenshot of the workbench into test-results/vscode/NAME.png (code-server runs only). */
export async function screenshot(name: string): Promise<void> {
  await askRunner({ action: 'screenshot', name });
}

/** The text of every webview the workbench shows, or undefined without a browser runner. */
export async function webviewTexts(): Promise<string[] | undefined> {
  const a = await askRunner({ action: 'webviewText' });
  return a ? (a['texts'] as string[]) : undefined;
}

/**
 * A test written against behaviour another part has not delivered yet: it is listed (and its
 * reason printed) but skipped. Move it back to `it` when the feature lands.
 */
export function pending(title: string, reason: string, fn: () => Promise<void>): void {
  const t = it.skip(title, fn) as Mocha.Test & { pendingReason?: string };
  t.pendingReason = reason;
}

/**
 * The engine and the server's syntax diagnostics take their statements from
 * engine/syntax/parse.ts; while it is the placeholder (no statements for any input), the tests
 * that need it wait in the pending list, and run as soon as parse() yields statements.
 */
export const PARSER_READY = parse('SELECT 1').statements.length > 0;
export const WAITS_FOR_PARSER = 'waits for the real parser in engine/syntax/parse.ts (placeholder: no statements, so no syntax diagnostics, catalog or runs)';

/** `it` once the parser has landed, else a pending test that says so. */
export function parserIt(title: string, fn: () => Promise<void>): void {
  if (PARSER_READY) it(title, fn);
  else pending(title, WAITS_FOR_PARSER, fn);
}

/**
 * The panel's HTML builder must accept the webview cspSource of the VS Code that runs the
 * suite (VS Code for the web / code-server gives `'self' https://*.vscode-cdn.net`; the
 * desktop app `https://*.vscode-cdn.net`). Until client/webview/html.ts accepts the web form,
 * tests that open the panel wait in the pending list.
 */
export function panelAccepts(cspSource: string): boolean {
  try { contentSecurityPolicy(cspSource, 'AAAA'); return true; } catch { return false; }
}
export const PANEL_OPENS = process.env['FLINKSQL_E2E_ASSUME_PANEL'] === '1' || panelAccepts(vscode.env.uiKind === vscode.UIKind.Web ? "'self' https://*.vscode-cdn.net" : 'https://*.vscode-cdn.net');
export const WAITS_FOR_PANEL_CSP = "waits for client/webview/html.ts to accept VS Code web's webview cspSource ('self' https://*.vscode-cdn.net): the panel throws 'unexpected cspSource' on open";

/** `it` when the parser has landed and the panel opens in this VS Code; else pending, saying why. */
export function runIt(title: string, fn: () => Promise<void>, needsParser = true): void {
  if (needsParser && !PARSER_READY) pending(title, WAITS_FOR_PARSER, fn);
  else if (!PANEL_OPENS) pending(title, WAITS_FOR_PANEL_CSP, fn);
  else it(title, fn);
}

/// <reference types="mocha" />
// Shared by the suite's test files (bundled into each): fixtures, polling, screenshots, and
// the pending list's `pending()`.
import * as vscode from 'vscode';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Asks the runner (outside VS Code, driving the browser) for a screenshot of the workbench;
 * waits until it is written. A no-op when the runner does not take screenshots (test-electron).
 */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env['FLINKSQL_E2E_SHOTS'];
  if (!dir) return;
  const done = join(dir, `${name}.done`);
  rmSync(done, { force: true });
  writeFileSync(join(dir, `${name}.request`), name);
  await waitFor(`screenshot ${name}`, () => existsSync(done), 15_000);
}

/**
 * A test written against behaviour another part has not delivered yet: it is listed (and its
 * reason printed) but skipped. Move it back to `it` when the feature lands.
 */
export function pending(title: string, reason: string, fn: () => Promise<void>): void {
  const t = it.skip(title, fn) as Mocha.Test & { pendingReason?: string };
  t.pendingReason = reason;
}

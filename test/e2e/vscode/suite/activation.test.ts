import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers.ts';

describe('activation', () => {
  it('runs inside a real VS Code extension host', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.equal(typeof vscode.languages.getDiagnostics, 'function');
  });

  it('opens a .fsql file as Flink SQL and activates the extension', async () => {
    const editor = await openFixture('syntax-error.fsql');
    assert.equal(editor.document.languageId, 'flinksql');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await waitFor('the extension to activate on the flinksql language', () => ext.isActive);
  });
});

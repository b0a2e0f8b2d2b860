// What a new user meets while typing: diagnostics in the Problems view, hover on a time
// attribute, completion of a table's columns, the quick fix that adds a WATERMARK.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, parserIt, screenshot, waitFor } from './helpers.ts';

const errorsOf = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

const show = (d: vscode.Diagnostic): string =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(typeof d.code === 'object' ? d.code.value : d.code)} ${d.message}`;

describe('language features', () => {
  before(async () => {
    await activateExtension();
  });

  parserIt('shows a syntax error in the Problems view at the offending token', async () => {
    const editor = await openFixture('syntax-error.fsql');
    const uri = editor.document.uri;
    const errors = await waitFor('a syntax error diagnostic', () => { const e = errorsOf(uri); return e.length ? e : undefined; });
    console.log(`  diagnostics: ${errors.map(show).join(' | ')}`);
    assert.equal(errors.length, 1, errors.map(show).join('\n'));
    const d = errors[0]!;
    // `SELECT id, amount FROM orders WHERE;` on line 6: the statement ends where an expression
    // must come; the error sits at the `;` (column 36, 1-based), with Flink's parser message.
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [5, 35, 5, 36]);
    assert.match(d.message, /^Encountered "(<EOF>|;)"/);
    assert.match(String(typeof d.code === 'object' ? d.code.value : d.code), /^FSQL\d{3}$/);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics');
  });

  parserIt('reports the window on a column without WATERMARK at DESCRIPTOR(ts)', async () => {
    const editor = await openFixture('missing-watermark.fsql');
    const uri = editor.document.uri;
    const errors = await waitFor('the missing-watermark diagnostic', () => { const e = errorsOf(uri); return e.length ? e : undefined; });
    console.log(`  diagnostics: ${errors.map(show).join(' | ')}`);
    assert.equal(errors.length, 1, errors.map(show).join('\n'));
    const d = errors[0]!;
    assert.match(d.message, /The window function requires the timecol is a time attribute type, but is TIMESTAMP\(3\)/);
    // line 8: FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
    const line = editor.document.lineAt(7).text;
    const at = line.indexOf('DESCRIPTOR(ts)');
    assert.equal(d.range.start.line, 7);
    assert.ok(d.range.start.character >= at && d.range.end.character <= at + 'DESCRIPTOR(ts)'.length, `range ${show(d)} within DESCRIPTOR(ts) at ${at}`);
  });

  it('explains a time attribute on hover', async () => {
    const editor = await openFixture('time-attributes.fsql');
    const uri = editor.document.uri;
    // `ts` in `ts TIMESTAMP(3),` (line 4)
    const pos = new vscode.Position(3, 3);
    const hovers = await waitFor('a hover on ts', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
      return h && h.length ? h : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /ts TIMESTAMP\(3\)/);
    assert.match(text, /Event-time attribute/);
    assert.match(text, /WATERMARK FOR ts AS ts - INTERVAL '5' SECOND/);
    editor.selection = new vscode.Selection(pos, pos);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  });

  it("offers the table's columns in completion", async () => {
    const editor = await openFixture('completion.fsql');
    // `SELECT  FROM orders;`: between the two spaces
    const pos = new vscode.Position(6, 7);
    const list = await waitFor('completion items', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
      return l && l.items.length ? l : undefined;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const col of ['order_id', 'amount', 'customer']) assert.ok(labels.includes(col), `${col} in ${labels.slice(0, 40).join(', ')}`);
  });

  parserIt('fixes the missing watermark with the quick fix, and the error goes away', async () => {
    const uri = fixtureUri('missing-watermark.fsql');
    const editor = await openFixture('missing-watermark.fsql');
    const [d] = await waitFor('the diagnostic', () => { const e = errorsOf(uri); return e.length ? e : undefined; });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /WATERMARK/.test(a.title));
    assert.ok(fix, `a WATERMARK quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, 'the quick fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /WATERMARK FOR ts AS ts - INTERVAL '5' SECOND/);
    await waitFor('the error to go away', () => errorsOf(uri).length === 0);
    await editor.document.save();
  });
});

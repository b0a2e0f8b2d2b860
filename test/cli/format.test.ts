// The diagnostics printer and the offset/position index, in process, with made-up diagnostics
// (so these do not depend on what the parser reports): format.expect.txt holds the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic, Severity } from '../../engine/diagnostics.ts';
import {
  countInto, emptyTotals, formatDiagnostic, formatSummary, sortDiagnostics, style, toJson, wantsColour,
} from '../../cli/diagnostic-format.ts';
import { LineIndex } from '../../engine/line-index.ts';
import { expectFile } from './expect.ts';

const here = new URL('.', import.meta.url).pathname;

function diag(sl: number, sc: number, el: number, ec: number, message = 'Encountered "x"', severity: Severity = 'error', code = 'FSQL001'): Diagnostic {
  return { code, severity, message, range: { start: { line: sl, character: sc }, end: { line: el, character: ec } } };
}

const samples: [string, string, Diagnostic][] = [
  ['one token', 'SELECT * FORM t', diag(0, 9, 0, 13)],
  ['second line of CRLF text', 'SELECT 1;\r\nSELECT a,\r\n  FROM t;\r\n', diag(2, 2, 2, 6)],
  ['lone CR line breaks', 'SELECT 1;\rSELECT 2\rFROM;', diag(2, 4, 2, 5)],
  ['tab before the range', 'SELECT\t1 FRM t', diag(0, 13, 0, 14)],
  ['surrogate pair before and inside the range', "SELECT '😀' AS a, '😀x' FRM", diag(0, 18, 0, 22)],
  ['empty range at end of line', 'SELECT a FROM', diag(0, 13, 0, 13, 'Encountered "<EOF>"')],
  ['range spanning lines', "SELECT 'abc\ndef", diag(0, 7, 1, 3, 'unterminated string', 'error', 'FSQL003')],
  ['position past the end of the text', 'SELECT 1\n', diag(5, 40, 5, 41)],
  ['position past the end of the line', 'SELECT 1\nFROM', diag(0, 30, 0, 31)],
  ['multi-line message', 'SELECT * FORM t', diag(0, 9, 0, 13, 'Encountered "FORM" at line 1, column 10.\nWas expecting one of:\n    "FROM" ...\n\n    "," ...')],
  ['warning at line 10', Array.from({ length: 12 }, (_, i) => `-- line ${i + 1}`).join('\n'), diag(9, 3, 9, 7, 'a warning', 'warning', 'FSQL099')],
  ['information and hint', 'SELECT 1', diag(0, 7, 0, 8, 'just so you know', 'information', 'FSQL098')],
];

test('formatDiagnostic: plain and coloured output', () => {
  const out: string[] = [];
  for (const [title, text, d] of samples) {
    out.push(`## ${title}`, formatDiagnostic('q.sql', new LineIndex(text), d), '');
  }
  out.push('## coloured', formatDiagnostic('q.sql', new LineIndex('SELECT * FORM t'), samples[0]![2], style(true)).replace(/\x1b/g, '\\e'), '');
  expectFile(`${here}format.expect.txt`, out.join('\n'));
});

test('formatSummary', () => {
  const t = emptyTotals();
  assert.equal(formatSummary(t), '0 files checked: no problems');
  t.files = 1;
  assert.equal(formatSummary(t), '1 file checked: no problems');
  t.files = 3;
  t.unreadable = 1;
  countInto(t, [diag(0, 0, 0, 1), diag(0, 0, 0, 1, 'w', 'warning'), diag(0, 0, 0, 1, 'h', 'hint'), diag(0, 0, 0, 1, 'i', 'information')]);
  assert.equal(formatSummary(t), '3 files checked, 1 unreadable: 1 error, 1 warning, 1 information, 1 hint');
  countInto(t, [diag(0, 0, 0, 1), diag(0, 0, 0, 1, 'w', 'warning'), diag(0, 0, 0, 1, 'h', 'hint')]);
  assert.equal(formatSummary(t), '3 files checked, 1 unreadable: 2 errors, 2 warnings, 1 information, 2 hints');
});

test('sortDiagnostics: source order, errors first at one position, stable', () => {
  const a = diag(1, 0, 1, 1, 'a', 'warning');
  const b = diag(0, 5, 0, 6, 'b');
  const c = diag(1, 0, 1, 1, 'c', 'error');
  const d = diag(1, 0, 1, 1, 'd', 'warning');
  assert.deepEqual(sortDiagnostics([a, b, c, d]).map((x) => x.message), ['b', 'c', 'a', 'd']);
});

test('toJson keeps exactly the LSP fields', () => {
  const extra = { ...diag(0, 1, 0, 2), node: { big: true }, range: { start: { line: 0, character: 1, x: 1 }, end: { line: 0, character: 2 } } } as unknown as Diagnostic;
  assert.equal(JSON.stringify(toJson(extra)),
    '{"code":"FSQL001","severity":"error","message":"Encountered \\"x\\"","range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}}}');
});

test('wantsColour: TTY only, NO_COLOR wins, FORCE_COLOR forces', () => {
  assert.equal(wantsColour({ isTTY: true }, {}), true);
  assert.equal(wantsColour({ isTTY: false }, {}), false);
  assert.equal(wantsColour({}, {}), false);
  assert.equal(wantsColour({ isTTY: true }, { NO_COLOR: '1' }), false);
  assert.equal(wantsColour({ isTTY: true }, { NO_COLOR: '' }), true);
  assert.equal(wantsColour({ isTTY: false }, { FORCE_COLOR: '1' }), true);
  assert.equal(wantsColour({ isTTY: false }, { FORCE_COLOR: '0' }), false);
  assert.equal(wantsColour({ isTTY: true }, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
});

test('LineIndex: line starts for \\n, \\r\\n and lone \\r', () => {
  const ix = new LineIndex('a\nbc\r\nd\re\r\n');
  assert.deepEqual(ix.lineStarts, [0, 2, 6, 8, 11]);
  assert.deepEqual([0, 1, 2, 3, 4].map((l) => ix.lineText(l)), ['a', 'bc', 'd', 'e', '']);
  assert.deepEqual(ix.positionAt(4), { line: 1, character: 2 });
  assert.deepEqual(ix.positionAt(6), { line: 2, character: 0 });
  assert.deepEqual(ix.positionAt(99), { line: 4, character: 0 });
  assert.equal(ix.offsetAt({ line: 1, character: 99 }), 4);
  assert.equal(ix.offsetAt({ line: 9, character: 0 }), 11);
  assert.equal(new LineIndex('').lineCount, 1);
});

test('LineIndex: offsetAt(positionAt(o)) = o outside line breaks (property)', () => {
  const chars = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '😀', 'é', '\t');
  fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
    const ix = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      const p = ix.positionAt(o);
      assert.equal(ix.offsetAt(p), o);
      assert.ok(p.character <= ix.lineText(p.line).length);
    }
  }), { seed: 42, numRuns: 300 });
});

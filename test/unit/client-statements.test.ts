// client/statements.ts: which statement Run takes, where the lenses go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTarget, runnableSpans, splitStatements } from '../../client/statements.ts';

const DOC = [
  "-- seed",                                             // 0
  "CREATE TABLE t (a INT, s STRING) WITH ('connector' = 'datagen');", // 1
  "",                                                    // 2
  "SELECT a, 'x;y' AS s FROM t; -- first",               // 3
  "/* a ; comment */",                                   // 4
  "INSERT INTO t",                                       // 5
  "SELECT a, s FROM t WHERE s = `we;ird`;",              // 6
  "SET 'k' = 'v';",                                      // 7
  "WITH w AS (SELECT 1 AS a) SELECT a FROM w",           // 8
].join('\n');

test('splitStatements: top-level semicolons only, comments skipped, kinds by first keyword', () => {
  const spans = splitStatements(DOC);
  assert.deepEqual(spans.map((s) => [s.kind, s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character]), [
    ['other', 1, 0, 1, 64],
    ['query', 3, 0, 3, 28],
    ['insert', 5, 0, 6, 38],
    ['other', 7, 0, 7, 14],
    ['query', 8, 0, 8, 41],
  ]);
  assert.equal(DOC.slice(spans[1]!.start, spans[1]!.end), "SELECT a, 'x;y' AS s FROM t;");
});

test('runnableSpans: SELECT, WITH and INSERT statements get lenses', () => {
  assert.deepEqual(runnableSpans(DOC).map((s) => s.range.start.line), [3, 5, 8]);
});

test('runTarget: the statement under the cursor with the text before it', () => {
  const t = runTarget(DOC, { line: 6, character: 5 });
  assert.equal(t.statement?.kind, 'insert');
  assert.deepEqual(t.at, { line: 5, character: 0 });
  assert.match(t.text, /`we;ird`;?$/);
  assert.ok(t.text.includes('CREATE TABLE t'));
  assert.ok(!t.text.includes('SET'));
});

test('runTarget: a cursor right after the `;` still picks that statement', () => {
  assert.equal(runTarget(DOC, { line: 3, character: 28 }).statement?.range.start.line, 3);
  assert.equal(runTarget(DOC, { line: 3, character: 32 }).statement?.range.start.line, 3);
});

test('runTarget: cursor in DDL, in a SET, or none: the whole file', () => {
  for (const c of [{ line: 1, character: 3 }, { line: 7, character: 2 }, undefined]) {
    const t = runTarget(DOC, c);
    assert.equal(t.statement, undefined);
    assert.equal(t.text, DOC);
    assert.equal(t.at, undefined);
  }
});

test('splitStatements: unterminated strings and comments never throw', () => {
  for (const s of ["SELECT 'abc", 'SELECT /* x', '`a', '', ';;;', 'SELECT (((;', '--']) {
    assert.doesNotThrow(() => splitStatements(s));
  }
  assert.deepEqual(splitStatements(';;').length, 2);
  assert.deepEqual(splitStatements('  \n -- only a comment\n').length, 0);
});

test('statement ranges are LSP positions of their offsets, also with CRLF and lone CR line ends', () => {
  for (const text of [DOC, DOC.replace(/\n/g, '\r\n'), DOC.replace(/\n/g, '\r')]) {
    const spans = splitStatements(text);
    assert.ok(spans.length >= 3);
    const lineOfEach = spans.map((s) => s.range.start.line);
    assert.deepEqual(lineOfEach, splitStatements(DOC).map((s) => s.range.start.line), JSON.stringify(text.slice(0, 20)));
    for (const s of spans) assert.equal(s.range.start.character, s.start - Math.max(text.lastIndexOf('\n', s.start - 1), text.lastIndexOf('\r', s.start - 1)) - 1);
  }
});

test('runnableSpans: CREATE TABLE ... AS query gets lenses and runs as an insert; a plain CREATE TABLE does not', () => {
  const doc = [
    "CREATE TABLE t (a INT) WITH ('connector' = 'datagen');",
    "CREATE TABLE u WITH ('connector' = 'print') AS SELECT a FROM t;",
  ].join('\n');
  assert.deepEqual(runnableSpans(doc).map((s) => [s.kind, s.range.start.line]), [['insert', 1]]);
});

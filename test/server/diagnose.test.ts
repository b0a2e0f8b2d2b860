// The diagnostics seam in-process: statement-level incremental re-analysis gives exactly what a
// full analysis gives (positions shifted to each statement's place), re-parses only the
// statements that changed, and merges the engine's semantic diagnostics without duplicates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IncrementalDiagnoser, setSemanticAnalyzer, diagnoseText, defaultSemanticAnalyzer } from '../../server/diagnose.ts';
import { before, after } from 'node:test';
import type { Diagnostic } from '../../engine/diagnostics.ts';
import { parse } from '../../engine/syntax/parse.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lsp-client.ts';

/** A stand-in parser: one error per `oops` word, at its exact position. */
function fakeParse(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = text.split('\n');
  lines.forEach((l, line) => {
    for (const m of l.matchAll(/oops/g)) out.push({ code: 'FSQL001', severity: 'error', message: 'oops', range: { start: { line, character: m.index }, end: { line, character: m.index + 4 } } });
  });
  return out;
}

const DOC = `SELECT 1;
SELECT oops FROM t; SELECT 2, oops;
-- a comment between statements
CREATE TABLE t (
  a INT, oops STRING
) WITH ('connector' = 'datagen');
`;

// these tests are about the syntax path: the engine's semantic analysis is off unless a test sets one
before(() => setSemanticAnalyzer(undefined));
after(() => setSemanticAnalyzer(defaultSemanticAnalyzer));

const at = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

test('incremental diagnostics equal the whole-document ones, shifted per statement', () => {
  const d = new IncrementalDiagnoser(fakeParse);
  // statement 2 starts mid-line: its positions stay right because the line prefix is blanked
  assert.deepEqual(at(d.diagnose(DOC)), ['1:7-1:11', '1:30-1:34', '4:9-4:13']);
  assert.deepEqual(at(d.diagnose(DOC)), at(fakeParse(DOC)));
});

test('an edit re-parses only the edited statement; inserted lines shift the rest', () => {
  const d = new IncrementalDiagnoser(fakeParse);
  d.diagnose(DOC);
  assert.equal(d.parsedStatements, 4);
  d.diagnose(DOC);
  assert.equal(d.parsedStatements, 0);
  const edited = 'SELECT 0;\n\n' + DOC.replace('SELECT 2, oops', 'SELECT 2, 3, oops');
  const ds = d.diagnose(edited);
  assert.equal(d.parsedStatements, 2); // the new `SELECT 0` and the edited statement
  assert.deepEqual(at(ds), at(fakeParse(edited)));
});

test('statement sets keep their inner semicolons in one statement', () => {
  const d = new IncrementalDiagnoser(fakeParse);
  const text = 'EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT oops;\nINSERT INTO b SELECT 1;\nEND;\nSELECT oops;';
  assert.deepEqual(at(d.diagnose(text)), ['1:21-1:25', '4:7-4:11']);
  assert.equal(d.parsedStatements, 2);
});

test('semantic diagnostics are merged, deduplicated and sorted; a failing analysis hides nothing', () => {
  const sem: Diagnostic = { code: 'FSQL100', severity: 'warning', message: 'semantic', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } };
  try {
    setSemanticAnalyzer(() => [sem, fakeParse(DOC)[0]!]);
    const ds = new IncrementalDiagnoser(fakeParse).diagnose(DOC);
    assert.deepEqual(ds.map((x) => x.code), ['FSQL100', 'FSQL001', 'FSQL001', 'FSQL001']);
    assert.deepEqual(new IncrementalDiagnoser(fakeParse).diagnose(DOC, { syntaxOnly: true }).length, 3);
    setSemanticAnalyzer(() => { throw new Error('boom'); });
    assert.equal(new IncrementalDiagnoser(fakeParse).diagnose(DOC).length, 3);
  } finally {
    setSemanticAnalyzer(undefined);
  }
});

test('maxDiagnostics caps the list; the real parse() path never throws', () => {
  assert.equal(new IncrementalDiagnoser(fakeParse).diagnose(DOC, { maxDiagnostics: 2 }).length, 2);
  assert.ok(Array.isArray(diagnoseText("SELECT 'unterminated")));
});

test('statement-level re-analysis gives what parse() gives for the whole document (docs corpus)', { skip: parse('SELECT 1').statements.length === 0 && 'parser not landed yet' }, () => {
  const dir = join(ROOT, '../shared/corpus/flink-docs/default');
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const key = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
  // one document of many statements, broken ones included, as an editor holds them
  const doc = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join(';\n\n') + ';\n';
  assert.deepEqual(diagnoseText(doc, { syntaxOnly: true }).map(key).sort(), parse(doc).diagnostics.map(key).sort());
});

test('a statement with a syntax error gets no semantic diagnostic (Flink stops at the parse error)', () => {
  const text = 'SELECT 1;\nSELECT oops FROM t;\nSELECT 2;';
  const sem = (line: number): Diagnostic => ({ code: 'FSQL100', severity: 'error', message: `sem ${line}`, range: { start: { line, character: 7 }, end: { line, character: 8 } } });
  try {
    setSemanticAnalyzer(() => [sem(0), sem(1), sem(2)]);
    assert.deepEqual(new IncrementalDiagnoser(fakeParse).diagnose(text).map((d) => d.message), ['sem 0', 'oops', 'sem 2']);
  } finally {
    setSemanticAnalyzer(undefined);
  }
});

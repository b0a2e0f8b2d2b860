// The semantic diagnostics (engine/semantic-diagnostics.ts) on valid SQL: no false error.
//  - every statement of the shared Flink docs corpus that parses: the only errors are tables the
//    snippet does not declare (Flink says the same: "Object 'x' not found");
//  - every changelog case (test/cases, ../shared/cases) whose expected output is not an ERROR:
//    no error at all (warnings and information are allowed: they are not rejections).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentDiagnostics } from '../../engine/semantic-diagnostics.ts';
import { parse } from '../../engine/syntax/parse.ts';
import { ROOT } from './lsp-client.ts';

const NOT_DECLARED = /Object '[^']+' not found|Table `[^`]+`\.`[^`]+`\.`[^`]+` (was not found|does not exist)|Cannot find table '`[^`]+`\.`[^`]+`\.`[^`]+`' in any of the catalogs|of the LIKE clause not found in the catalog|to be replaced doesn't exist\. You can try to use CREATE TABLE AS/;

test('docs corpus: no semantic error on valid SQL except tables the snippet does not declare', () => {
  const dir = join(ROOT, '../shared/corpus/flink-docs/default');
  const wrong: string[] = [];
  let checked = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sql')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (parse(text).diagnostics.some((d) => d.severity === 'error')) continue;
    checked++;
    for (const d of documentDiagnostics(text)) {
      if (d.severity === 'error' && !NOT_DECLARED.test(d.message)) wrong.push(`${f} ${d.code} ${d.message.split('\n')[0]}`);
    }
  }
  assert.ok(checked > 400, `only ${checked} docs files parsed`);
  assert.deepEqual(wrong, []);
});

test('cases whose expected output is not an ERROR get no error diagnostic', () => {
  const roots = [join(ROOT, 'test/cases'), join(ROOT, '../shared/cases')];
  const wrong: string[] = [];
  let checked = 0;
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const c of readdirSync(root).sort()) {
      const q = join(root, c, 'query.sql');
      const e = join(root, c, 'expected.txt');
      if (!existsSync(q) || !existsSync(e)) continue;
      if (/^ERROR /m.test(readFileSync(e, 'utf8'))) continue;
      checked++;
      for (const d of documentDiagnostics(readFileSync(q, 'utf8'))) if (d.severity === 'error') wrong.push(`${c} ${d.code} ${d.message.split('\n')[0]}`);
    }
  }
  assert.ok(checked >= 100, `only ${checked} cases`);
  assert.deepEqual(wrong, []);
});

test('the server\'s incremental analysis gives the whole-document diagnostics on every diagnostics fixture (repeated statements too)', async () => {
  const { IncrementalEngineAnalysis } = await import('../../server/engine-seam.ts');
  const dir = join(ROOT, 'test/server/fixtures/diagnostics');
  const key = (d: { code: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
    `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.severity} ${d.message}`;
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sql'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (parse(text).diagnostics.some((d) => d.severity === 'error')) continue;
    const inc = new IncrementalEngineAnalysis();
    assert.deepEqual(inc.analyze(text).map(key).sort(), documentDiagnostics(text).map(key).sort(), f);
    // again, from the cache
    assert.deepEqual(inc.analyze(text).map(key).sort(), documentDiagnostics(text).map(key).sort(), f);
    n++;
  }
  assert.ok(n >= 5);
});

test('a table fault raised on use: on the query (catalog file or document), a warning at a CREATE TABLE of the document', () => {
  const catalog = "CREATE TABLE ext (a STRING) WITH ('path' = 'x.csv', 'format' = 'csv');";
  const ds = documentDiagnostics('SELECT a FROM ext;', { catalogTexts: [catalog] });
  assert.deepEqual(ds.map((d) => `${d.code} ${d.severity}`), ['FSQL100 error']);
  assert.match(ds[0]!.message, /Table options do not contain an option key 'connector' for discovering a connector/);
  // declared in the document: a warning at the CREATE TABLE (Flink accepts it), Flink's error on the query's table name
  const text = `${catalog}\nSELECT a FROM ext;`;
  assert.deepEqual(documentDiagnostics(text).map((d) => `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`), ['FSQL120 warning 0:13-16', 'FSQL100 error 1:14-17']);
});

test('a catalog file\'s table: its option problems are errors on the queries that use it', () => {
  const catalog = "CREATE TABLE ext (a STRING) WITH ('connector' = 'filesystem', 'format' = 'csv', 'pth' = 'x');";
  const ds = documentDiagnostics('SELECT a\nFROM ext;', { catalogTexts: [catalog] });
  assert.deepEqual(ds.map((d) => `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`), ['FSQL120 error 1:5-1:8']);
  assert.match(ds[0]!.message, /^One or more required options are missing\.\n\nMissing required options are:\n\npath\n/);
  assert.match(ds[0]!.message, /\(the options of 'ext', line 1 of its catalog file\)$/);
});

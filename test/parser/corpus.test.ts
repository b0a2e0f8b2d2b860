// Conformance of parse() with Flink 2.3.0's own parser.
// 1. The docs corpus (../shared/corpus/flink-docs, read in place): our verdict (any error
//    diagnostic = reject) equals Flink's on every file, and every reject has its first error at
//    Flink's line:col.
// 2. The project corpus (test/parser/corpus/*.sql): the same against flink-verdicts.tsv (recorded
//    from Flink's parser by test/parser/oracle/record.mjs), plus a snapshot of our output per file
//    (<name>.expect.json: AST with ranges as "line:col-line:col", or the diagnostics);
//    UPDATE_EXPECT=1 rewrites the snapshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../engine/syntax/parse.ts';
import type { Diagnostic } from '../../engine/diagnostics.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.resolve(here, '../../../shared/corpus/flink-docs');
const projectDir = path.join(here, 'corpus');
const update = process.env.UPDATE_EXPECT === '1';

/** 1-based line:col of the first error, as Flink reports it. */
function firstError(diags: Diagnostic[]): string | undefined {
  const e = diags.find((d) => d.severity === 'error');
  if (!e) return undefined;
  return `${e.range.start.line + 1}:${e.range.start.character + 1}`;
}

function readTsv(file: string): Record<string, string>[] {
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  const cols = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i]!, v])));
}

test('docs corpus: verdict and error position agree with Flink 2.3.0', (t) => {
  const tsv = path.join(docsDir, 'flink-parse.tsv');
  if (!fs.existsSync(tsv)) {
    t.skip(`${docsDir} is not present`);
    return;
  }
  const rows = readTsv(tsv);
  assert.equal(rows.length, 586);
  const disagreements: string[] = [];
  let rejects = 0;
  for (const row of rows) {
    const text = fs.readFileSync(path.join(docsDir, row.file!), 'utf8');
    const pos = firstError(parse(text).diagnostics);
    const ours = pos ? 'reject' : 'accept';
    if (row.verdict === 'reject') rejects++;
    if (ours !== row.verdict) disagreements.push(`${row.file}: Flink ${row.verdict}s, we ${ours}${pos ? ` at ${pos}` : ''}`);
    else if (ours === 'reject' && pos !== row.pos) disagreements.push(`${row.file}: Flink rejects at ${row.pos}, we at ${pos}`);
  }
  assert.equal(rejects, 29);
  assert.deepEqual(disagreements, []);
});

function compactRanges(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => {
    if (key === 'range' && v && typeof v === 'object' && 'start' in v) {
      return `${v.start.line}:${v.start.character}-${v.end.line}:${v.end.character}`;
    }
    return v;
  }));
}

const verdicts = Object.fromEntries(readTsv(path.join(projectDir, 'flink-verdicts.tsv')).map((r) => [r.file!, r]));
const files = fs.readdirSync(projectDir).filter((f) => f.endsWith('.sql')).sort();

test('project corpus: every file has a recorded Flink verdict', () => {
  assert.deepEqual(files.filter((f) => !verdicts[f]), []);
});

for (const file of files) {
  test(`project corpus: ${file}`, () => {
    const text = fs.readFileSync(path.join(projectDir, file), 'utf8');
    const result = parse(text);
    const flink = verdicts[file];
    if (flink) {
      const pos = firstError(result.diagnostics);
      if (flink.verdict === 'accept') assert.equal(pos, undefined, `Flink accepts ${file}; we report ${JSON.stringify(result.diagnostics[0]?.message)}`);
      else assert.equal(pos, flink.pos, `Flink rejects ${file} at ${flink.pos}`);
    }
    const actual = JSON.stringify(compactRanges(result.diagnostics.length ? { diagnostics: result.diagnostics } : { statements: result.statements }), null, 1) + '\n';
    const expectFile = path.join(projectDir, file.replace(/\.sql$/, '.expect.json'));
    if (update || !fs.existsSync(expectFile)) fs.writeFileSync(expectFile, actual);
    assert.equal(actual, fs.readFileSync(expectFile, 'utf8'), `${expectFile} differs (UPDATE_EXPECT=1 rewrites it)`);
  });
}

test('diagnosticsOnly (check --syntax-only) reports exactly the diagnostics of a full parse', () => {
  const texts = files.map((f) => [f, fs.readFileSync(path.join(projectDir, f), 'utf8')] as const);
  const tsv = path.join(docsDir, 'flink-parse.tsv');
  if (fs.existsSync(tsv)) for (const row of readTsv(tsv)) texts.push([row.file!, fs.readFileSync(path.join(docsDir, row.file!), 'utf8')]);
  let withErrors = 0;
  for (const [name, text] of texts) {
    const full = parse(text);
    const only = parse(text, { diagnosticsOnly: true });
    assert.deepEqual(only.diagnostics, full.diagnostics, name);
    assert.deepEqual(only.statements, [], name);
    if (full.diagnostics.length > 0) withErrors++;
  }
  // the corpora have errors of every kind, among them the ones found while building the AST
  assert.ok(withErrors >= 29 + 30, `${withErrors} files with diagnostics`);
  for (const sql of ['SELECT a FROM t LIMIT 1, 2', 'SELECT a FROM t MINUS SELECT a FROM u', 'SELECT * FROM t CROSS APPLY u', 'STOP JOB \'x\' WITH DRAIN', 'CREATE SYSTEM FUNCTION f AS \'c\'']) {
    const d = parse(sql, { diagnosticsOnly: true }).diagnostics;
    assert.equal(d.length, 1, sql);
    assert.deepEqual(d, parse(sql).diagnostics, sql);
  }
});

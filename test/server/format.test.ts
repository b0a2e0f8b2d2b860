// The formatter never changes meaning: over every docs-corpus statement, parse() of the
// formatted text gives the same AST shape (kinds, nesting; ranges and keyword case aside) and
// the same number of syntax diagnostics; formatting is idempotent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatText } from '../../server/features/format.ts';
import { parse } from '../../engine/syntax/parse.ts';
import { scan } from '../../server/lexer.ts';
import { ROOT } from './lsp-client.ts';

const CORPUS = join(ROOT, '../shared/corpus/flink-docs/default');

/** The AST without positions, with identifiers/keywords as written (values are meaning). */
function shape(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(shape);
  if (x && typeof x === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (k !== 'range' && k !== 'text') o[k] = shape(v);
    return o;
  }
  return x;
}

test('formatting the docs corpus keeps every AST and is idempotent', () => {
  let changed = 0;
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.sql')).sort();
  for (const f of files) {
    const src = readFileSync(join(CORPUS, f), 'utf8');
    const out = formatText(src);
    if (out.trim() !== src.trim()) changed++;
    const a = parse(src), b = parse(out);
    assert.deepEqual(shape(b.statements), shape(a.statements), f);
    assert.equal(b.diagnostics.length, a.diagnostics.length, f);
    // the same tokens, keyword case aside
    const ta = scan(src).map((t) => (t.keyword === 'reserved' ? t.upper : t.text.trimEnd()));
    const tb = scan(out).map((t) => (t.keyword === 'reserved' ? t.upper : t.text.trimEnd()));
    assert.deepEqual(tb, ta, f);
    assert.equal(formatText(out), out, `idempotent: ${f}`);
  }
  assert.ok(changed > files.length / 2, `the formatter did something (${changed} of ${files.length})`);
});

test('line comments, hints, statement sets and legacy SET survive formatting', () => {
  const src = "select a -- why\n, b from t /*+ OPTIONS('k'='v') */;\nSET table.exec.mini-batch.enabled=true;\nexecute statement set begin insert into a select 1; insert into b select 2; end;";
  assert.equal(formatText(src), "SELECT a -- why\n, b\nFROM t /*+ OPTIONS('k' = 'v') */;\nSET table.exec.mini-batch.enabled=true;\nEXECUTE STATEMENT SET BEGIN\n  INSERT INTO a\n  SELECT 1;\n  INSERT INTO b\n  SELECT 2;\nEND;\n");
});

// Result types of decimal arithmetic, as data (test/engine/types/decimal-arithmetic.txt:
// `expression => type`, the type the engine gives `SELECT expression FROM t`; UPDATE_EXPECT=1
// rewrites the types). The rules are Flink's LogicalTypeMerging (see the file's header).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeDocument } from '../../engine/index.ts';
import { typeToString } from '../../engine/types/types.ts';

const FILE = new URL('./types/decimal-arithmetic.txt', import.meta.url);
const DDL = "CREATE TABLE t (i INT, b BIGINT, d DECIMAL(10, 2), w DECIMAL(20, 2), h DECIMAL(38, 10)) WITH ('connector' = 'datagen');\n";

test('decimal arithmetic types (LogicalTypeMerging)', () => {
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const out: string[] = [];
  const failures: string[] = [];
  for (const line of lines) {
    const m = line.startsWith('#') ? null : /^(.*?) => (.*)$/.exec(line);
    if (!m) { out.push(line); continue; }
    const [, expr, expected] = m as unknown as [string, string, string];
    const a = analyzeDocument(`${DDL}SELECT ${expr} FROM t;`);
    const s = a.statements[1]!;
    const got = s.error ? `ERROR ${s.error.message}` : typeToString(s.columns[0]!.type);
    out.push(`${expr} => ${got}`);
    if (got !== expected) failures.push(`${expr}: expected ${expected}, got ${got}`);
  }
  if (process.env['UPDATE_EXPECT'] === '1') { writeFileSync(FILE, out.join('\n')); return; }
  assert.ok(lines.filter((l) => !l.startsWith('#') && l.includes(' => ')).length >= 10);
  assert.deepEqual(failures, []);
});

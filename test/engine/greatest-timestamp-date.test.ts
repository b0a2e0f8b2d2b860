// GREATEST / LEAST over a TIMESTAMP and a DATE or TIME: Flink 2.3.0 types the call DATE / TIME
// (LogicalTypeMerging: the TIMESTAMP casts to the other) and then fails to compile its generated
// code (probed on a local Flink 2.3.0, helper-33: "Line 76, Column 12: Assignment conversion not
// possible from type "org.apache.flink.table.data.TimestampData" to type "java.lang.Integer"", the
// line and column being the generated code's, so no recorded case can hold it). COALESCE and
// IFNULL of the same pairs run (case coalesce-timestamp-date-time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument, run } from '../../engine/index.ts';
import { typeToString } from '../../engine/types/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'greatest-ts-'));
writeFileSync(join(dir, 't.csv'), 'id,ts,d,tm\n1,2024-01-02 10:11:12.345,2024-03-04,05:06:07\n');
const DDL = "CREATE TABLE t (id INT, ts TIMESTAMP(3), d DATE, tm TIME) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');\n";

for (const [expr, type] of [['GREATEST(ts, d)', 'DATE'], ['LEAST(ts, d)', 'DATE'], ['GREATEST(ts, tm)', 'TIME(0)'], ['LEAST(tm, ts)', 'TIME(0)']] as const) {
  test(`${expr} is ${type} and fails to compile`, async () => {
    const a = analyzeDocument(`${DDL}SELECT ${expr} FROM t;`);
    assert.equal(typeToString(a.statements[1]!.columns[0]!.type), type);
    const res = await run(`${DDL}SELECT id, ${expr} AS x FROM t;`, { baseDir: dir });
    assert.equal(res.error?.className, 'org.codehaus.commons.compiler.CompileException');
    assert.match(res.error!.message, /Assignment conversion not possible from type "org\.apache\.flink\.table\.data\.TimestampData" to type "java\.lang\.Integer"/);
  });
}

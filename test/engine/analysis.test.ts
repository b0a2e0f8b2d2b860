// analyzeDocument: what the language server reads (per statement: plan with changelog modes, or
// Flink's error with its class and range).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, changelogModeString } from '../../engine/index.ts';
import { parse } from '../../engine/syntax/parse.ts';

const ready = parse('SELECT 1').statements.length > 0;
const mini = !ready && process.env.FLINKSQL_MINI_PARSER === '1' ? (await import('./mini-parser.ts')).miniParse : undefined;

const doc = `CREATE TABLE page_views (user_id STRING, url STRING, ts TIMESTAMP(3))
  WITH ('connector' = 'filesystem', 'path' = 'p.csv', 'format' = 'csv');
CREATE TABLE per_user (user_id STRING, n BIGINT) WITH ('connector' = 'kafka', 'topic' = 't', 'format' = 'json');
INSERT INTO per_user SELECT user_id, COUNT(*) AS n FROM page_views GROUP BY user_id;
SELECT user_id, COUNT(*) AS n FROM page_views GROUP BY user_id;
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE page_views, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;
SELECT nope FROM page_views;
`;

test('analyzeDocument: per-statement plans and Flink errors with ranges', (t) => {
  if (!ready && !mini) { t.todo('engine/syntax/parse.ts is still a placeholder'); return; }
  const a = analyzeDocument(doc, { parse: mini });
  assert.deepEqual(a.syntaxErrors, []);
  assert.equal(a.statements.length, 6);
  const [, , insert, select, window, unknown] = a.statements;
  assert.equal(insert!.error?.className, 'org.apache.flink.table.api.TableException');
  assert.match(insert!.error!.message, /^Table sink 'default_catalog\.default_database\.per_user' doesn't support consuming update changes which is produced by node GroupAggregate\(groupBy=\[user_id\], select=\[user_id, COUNT\(\*\) AS n\]\)$/);
  assert.equal(insert!.error!.range!.start.line, 3);
  assert.equal(select!.error, undefined);
  assert.equal(changelogModeString(select!.plan!.inputs[0]!), '[I,UB,UA]');
  assert.equal(select!.sink, 'collect');
  assert.equal(window!.error?.className, 'org.apache.flink.table.api.ValidationException');
  assert.equal(window!.error!.message, 'The window function requires the timecol is a time attribute type, but is TIMESTAMP(3).');
  assert.equal(unknown!.error?.className, 'org.apache.calcite.sql.validate.SqlValidatorException');
  assert.equal(unknown!.error!.message, "From line 1, column 8 to line 1, column 11: Column 'nope' not found in any table");
  assert.deepEqual(unknown!.error!.range, { start: { line: 6, character: 7 }, end: { line: 6, character: 11 } });
});

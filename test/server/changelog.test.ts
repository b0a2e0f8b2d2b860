// The engine's analysis in the server: semantic diagnostics (FSQL100/FSQL110 with Flink's
// messages and ranges) and the changelog hover of a SELECT / INSERT. Runs on the real parser
// when it parses, else on the engine's test mini parser (test/engine/mini-parser.ts).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../../engine/syntax/parse.ts';
import { buildModel } from '../../server/model.ts';
import { hover } from '../../server/features/hover.ts';
import { setEngineParser, engineAnalyzer } from '../../server/engine-seam.ts';
import { diagnoseText } from '../../server/diagnose.ts';
import type { Analysis } from '../../server/server.ts';
import { ROOT } from './lsp-client.ts';
import { miniParse } from '../engine/mini-parser.ts';

if (parse('SELECT 1').statements.length === 0) setEngineParser(miniParse);
after(() => setEngineParser(undefined));

function analysisOf(text: string): Analysis {
  const doc = TextDocument.create('file:///x.fsql', 'flinksql', 1, text);
  return { uri: doc.uri, version: 1, doc, model: buildModel(text), external: [] };
}
const hoverText = (text: string, at: number) => (hover(analysisOf(text), at)?.contents as { value: string } | undefined)?.value ?? '';

const DOC = `CREATE TABLE page_views (user_id STRING, url STRING, ts TIMESTAMP(3))
  WITH ('connector' = 'filesystem', 'path' = 'p.csv', 'format' = 'csv');
CREATE TABLE per_user (user_id STRING, n BIGINT) WITH ('connector' = 'kafka', 'topic' = 't', 'format' = 'json');
INSERT INTO per_user SELECT user_id, COUNT(*) AS n FROM page_views GROUP BY user_id;
SELECT user_id, COUNT(*) AS n FROM page_views GROUP BY user_id;
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE page_views, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;
SELECT nope FROM page_views;
SELECT url FROM page_views WHERE url LIKE 'a%';
`;

test('semantic diagnostics: the seed incident on the INSERT, the time attribute, the unknown column', () => {
  const all = engineAnalyzer(DOC, {});
  // the rest: kafka's missing bootstrap servers, the GROUP BY's state and intermediate results
  assert.deepEqual(all.filter((d) => !['FSQL100', 'FSQL110'].includes(d.code)).map((d) => `${d.code} ${d.severity} ${d.range.start.line}`),
    ['FSQL120 warning 2', 'FSQL200 warning 4', 'FSQL201 information 4']);
  const ds = all.filter((d) => ['FSQL100', 'FSQL110'].includes(d.code)).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
  assert.equal(ds.length, 3);
  assert.match(ds[0]!, /^FSQL110 3:0-3:\d+ TableException: Table sink 'default_catalog\.default_database\.per_user' doesn't support consuming update changes which is produced by node GroupAggregate\(groupBy=\[user_id\], select=\[user_id, COUNT\(\*\) AS n\]\)$/);
  assert.match(ds[1]!, /^FSQL100 5:\d+-5:\d+ ValidationException: The window function requires the timecol is a time attribute type, but is TIMESTAMP\(3\)\.$/);
  assert.equal(ds[2], "FSQL100 6:7-6:11 SqlValidatorException: From line 1, column 8 to line 1, column 11: Column 'nope' not found in any table");
  // and through the seam the server uses (syntax + semantic, sorted)
  assert.deepEqual(diagnoseText(DOC).map((d) => d.code), ['FSQL120', 'FSQL110', 'FSQL200', 'FSQL201', 'FSQL100', 'FSQL100']);
});

test('hover on SELECT / INSERT: the changelog from the plan', () => {
  const upd = hoverText(DOC, DOC.indexOf('\nSELECT user_id, COUNT') + 2);
  assert.match(upd, /updates with retractions\*\* `\[I,UB,UA\]`/);
  assert.match(upd, /GroupAggregate\(groupBy=\[user_id\]/);
  const ins = hoverText(DOC, DOC.indexOf('SELECT url') + 1);
  assert.match(ins, /insert-only\*\* `\[I\]`/);
  const rejected = hoverText(DOC, DOC.indexOf('INSERT INTO per_user') + 1);
  assert.match(rejected, /Flink rejects it: `org\.apache\.flink\.table\.api\.TableException`: Table sink/);
});

test('hover on the seed example query', () => {
  const text = readFileSync(join(ROOT, 'examples/seed/query.sql'), 'utf8');
  const v = hoverText(text, text.indexOf('SELECT a.program_name') + 2);
  assert.match(v, /updates with retractions/);
  assert.match(v, /GroupAggregate/);
});

test('incremental semantic analysis: same diagnostics as the whole-document one; an edited query alone is planned again', async () => {
  const { IncrementalEngineAnalysis } = await import('../../server/engine-seam.ts');
  const inc = new IncrementalEngineAnalysis(parse('SELECT 1').statements.length ? undefined : miniParse);
  const key = (ds: { code: string; message: string; range: { start: { line: number; character: number } } }[]) => ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();
  assert.deepEqual(key(inc.analyze(DOC)), key(engineAnalyzer(DOC, {})));
  inc.plannedQueries = 0;
  // edit one query: only it is planned again
  const edited = DOC.replace("url LIKE 'a%'", "url LIKE 'b%'");
  assert.deepEqual(key(inc.analyze(edited)), key(engineAnalyzer(edited, {})));
  assert.equal(inc.plannedQueries, 1);
  // insert lines above: positions move, results stay right
  const moved = '\n\n' + edited;
  assert.deepEqual(key(inc.analyze(moved)), key(engineAnalyzer(moved, {})));
  // change the catalog (the sink becomes upsert-kafka): every query is planned again
  inc.plannedQueries = 0;
  const ddl = moved.replace("'connector' = 'kafka', 'topic' = 't', 'format' = 'json'", "'connector' = 'upsert-kafka', 'topic' = 't', 'key.format' = 'json', 'value.format' = 'json'").replace('n BIGINT)', 'n BIGINT, PRIMARY KEY (user_id) NOT ENFORCED)');
  assert.deepEqual(key(inc.analyze(ddl)), key(engineAnalyzer(ddl, {})));
  assert.equal(inc.plannedQueries, 5);
});

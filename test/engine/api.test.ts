// The run API the extension uses: pages, progress (rows read, watermark, late rows), the cause of
// each change, and the abort signal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type Change, type Progress } from '../../engine/index.ts';
import { parse } from '../../engine/syntax/parse.ts';
import { KIND_SHORT } from '../../engine/runtime/row.ts';

const root = new URL('../..', import.meta.url).pathname;
const ready = parse('SELECT 1').statements.length > 0;
const mini = !ready && process.env.FLINKSQL_MINI_PARSER === '1' ? (await import('./mini-parser.ts')).miniParse : undefined;
const caseDir = (n: string) => join(root, 'test/cases', n);

test('run: pages, causes and progress', async (t) => {
  if (!ready && !mini) { t.todo('engine/syntax/parse.ts is still a placeholder'); return; }
  const dir = join(root, 'examples/seed');
  const pages: Change[][] = [];
  let last: Progress | null = null;
  const res = await run(readFileSync(join(dir, 'query.sql'), 'utf8'), { baseDir: dir, parse: mini, pageSize: 4, onPage: (p) => pages.push(p), onProgress: (p) => { last = p; } });
  assert.equal(res.error, undefined);
  assert.deepEqual(pages.map((p) => p.length), [4, 2]);
  assert.deepEqual(pages.flat().map((c) => `${c.cause!.source}:${c.cause!.line}`), ['appearances:2', 'appearances:3', 'appearances:3', 'appearances:4', 'appearances:5', 'appearances:5']);
  assert.deepEqual(last!.rowsRead, { people: 3, appearances: 4 });
  assert.equal(last!.changes, 6);
});

test('run: watermark and late rows in progress', async (t) => {
  if (!ready && !mini) { t.todo('engine/syntax/parse.ts is still a placeholder'); return; }
  const dir = caseDir('window-tumble-late-rows');
  let last: Progress | null = null;
  const res = await run(readFileSync(join(dir, 'query.sql'), 'utf8'), { baseDir: dir, parse: mini, onProgress: (p) => { last = p; } });
  assert.equal(res.error, undefined);
  assert.equal(last!.watermark, Infinity);
  assert.ok(last!.lateDropped > 0, 'the case drops late rows');
});

test('run: an aborted run stops and says so', async (t) => {
  if (!ready && !mini) { t.todo('engine/syntax/parse.ts is still a placeholder'); return; }
  const ac = new AbortController();
  ac.abort();
  const sql = "CREATE TABLE g (k INT) WITH ('connector' = 'datagen'); SELECT k FROM g;";
  const res = await run(sql, { parse: mini, signal: ac.signal });
  assert.equal(res.truncated, true);
  assert.equal(res.error, undefined);
  assert.ok(res.changes.length <= 4096);
});

test('run: an abort sent while the run is going (a timer, as the extension\'s Stop) is honoured', async (t) => {
  if (!ready && !mini) { t.todo('engine/syntax/parse.ts is still a placeholder'); return; }
  const ac = new AbortController();
  // datagen without number-of-rows is unbounded: only the abort can end this run.
  const sql = "CREATE TABLE g (k INT) WITH ('connector' = 'datagen'); SELECT k FROM g;";
  let fired = false;
  setTimeout(() => { fired = true; ac.abort(); }, 30);
  const res = await run(sql, { parse: mini, signal: ac.signal, maxRows: 5_000_000 });
  assert.equal(fired, true, 'the timer ran during the run');
  assert.equal(res.truncated, true);
  assert.equal(res.error, undefined);
  assert.ok(res.progress.changes < 5_000_000, 'stopped by the abort, not by maxRows');
});

test('run: batch mode delivers an insert-only result as it is produced (no table held until the end)', async () => {
  const sql = `CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '1000000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000000');
SELECT id FROM g WHERE id % 2 = 0;`;
  let last: Progress | null = null;
  const pages: Change[][] = [];
  const res = await run(sql, { mode: 'batch', maxRows: 5, pageSize: 5, onPage: (p) => { pages.push(p); }, onProgress: (p) => { last = p; } });
  assert.equal(res.error, undefined);
  assert.equal(res.truncated, true);
  assert.deepEqual(pages.flat().map((c) => c.fields), [[2], [4], [6], [8], [10]]);
  // the run stopped at the 5th row: it did not read the million rows first
  assert.ok(last!.rowsRead.g! < 100_000, `read ${last!.rowsRead.g} rows`);
  // an aggregate's batch result is final only at the end: nothing before all rows are read
  const agg = await run(`CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '1000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '1000');
SELECT id % 3 AS r, COUNT(*) AS c FROM g GROUP BY id % 3;`, { mode: 'batch' });
  assert.deepEqual(agg.changes.map((c) => [KIND_SHORT[c.kind], ...c.fields]), [['+I', 1, 334], ['+I', 2, 333], ['+I', 0, 333]]);
});

test('run: a SET the engine cannot honour is refused with its position, one it can is taken', async () => {
  const refused = await run("SELECT 1;\nSET 'table.local-time-zone' = 'Asia/Shanghai';\nSELECT 2;\n", {});
  assert.equal(refused.error?.className, 'NotSupportedYet');
  assert.equal(refused.error?.message, "SET 'table.local-time-zone' to 'Asia/Shanghai' (the engine works in UTC) is not supported yet (line 2, column 1)");
  assert.deepEqual(refused.error?.range?.start, { line: 1, character: 0 });
  for (const set of ["SET 'table.local-time-zone' = 'UTC';", "SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';"]) {
    const ok = await run(`${set}\nSELECT 2;\n`, {});
    assert.equal(ok.error, undefined, set);
  }
});

// client/cluster-files.ts: before a cluster run, a filesystem table's local path is made absolute
// and a CSV file is sent without its header line (as the embedded engine reads it); other
// tables, remote paths, folders and missing files are left to Flink. Through executeOnGateway
// (against the fake gateway) the statements sent are the rewritten ones, and the copies go away
// after the run. The real cluster reading them: npm run test:gateway (the cases' own folders).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterFiles } from '../../client/cluster-files.ts';
import { executeOnGateway } from '../../client/gateway.ts';
import { fakeGateway } from './fixtures/fake-gateway.ts';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-cf-test-'));
  writeFileSync(join(dir, 'people.csv'), 'id,name\n1,Kim\n2,Lee\n');
  writeFileSync(join(dir, "it's.csv"), 'id\n7\n');
  writeFileSync(join(dir, 'events.jsonl'), '{"id":1}\n');
  mkdirSync(join(dir, 'parts'));
  return dir;
}

const table = (path: string, format = 'csv', connector = 'filesystem'): string =>
  `CREATE TABLE t (id INT) WITH ('connector' = '${connector}', 'path' = '${path.replace(/'/g, "''")}', 'format' = '${format}')`;

test('cluster files: which paths are rewritten, and how', () => {
  const dir = folder();
  const files = clusterFiles(dir);
  try {
    const sent = (sql: string): string => files.rewrite(sql).sql;
    // a CSV file: a copy without the header line, one per file however often it is named
    const csv = sent(table('people.csv'));
    const copy = /'path' = '([^']+)'/.exec(csv)![1]!;
    assert.equal(csv, table(copy));
    assert.ok(copy.startsWith(files.folder! + '/'), copy);
    assert.equal(readFileSync(copy, 'utf8'), '1,Kim\n2,Lee\n');
    assert.equal(sent(table(join(dir, 'people.csv'))), csv, 'the absolute path of the same file: the same copy');
    assert.equal(sent(table('file://' + join(dir, 'people.csv'))), csv, 'a file: URI too');
    // a quote in the name survives both ways
    const quoted = /'path' = '((?:[^']|'')+)'/.exec(sent(table("it's.csv")))![1]!.replace(/''/g, "'");
    assert.equal(readFileSync(quoted, 'utf8'), '7\n');
    // JSON has no header: the path is only made absolute
    assert.equal(sent(table('events.jsonl', 'json')), table(join(dir, 'events.jsonl'), 'json'));
    // a folder and a missing file: absolute, as they are (Flink reports what is wrong)
    assert.equal(sent(table('parts')), table(join(dir, 'parts')));
    assert.equal(sent(table('nope.csv')), table(join(dir, 'nope.csv')));
    // left alone: remote paths, an absolute path that needs nothing, other connectors, other statements
    // a drive letter is not a scheme (on Linux 'C:/x' is a relative name: made absolute)
    assert.equal(sent(table('C:/nope.csv')), table(join(dir, 'C:/nope.csv')));
    for (const same of [table('s3://bucket/people.csv'), table('hdfs:///data/x.csv'), table(join(dir, 'events.jsonl'), 'json'),
      table('people.csv', 'csv', 'datagen'), "SELECT 'path' FROM t", "SET 'path' = 'people.csv'"]) {
      assert.equal(sent(same), same);
    }
    assert.deepEqual(files.notes.map((n) => n.replace(files.folder!, '<tmp>').replace(dir, '<dir>')), [
      "'people.csv': sent as <tmp>/0-people.csv, the CSV file without its header line (Flink would read it as a row)",
      "'<dir>/people.csv': sent as <tmp>/0-people.csv",
      "'file://<dir>/people.csv': sent as <tmp>/0-people.csv",
      "'it's.csv': sent as <tmp>/1-it's.csv, the CSV file without its header line (Flink would read it as a row)",
      "'events.jsonl': sent as <dir>/events.jsonl",
      "'parts': sent as <dir>/parts",
      "'nope.csv': sent as <dir>/nope.csv",
      "'C:/nope.csv': sent as <dir>/C:/nope.csv",
    ]);
  } finally {
    files.dispose();
    assert.equal(existsSync(files.folder!), false, 'dispose removes the copies');
    rmSync(dir, { recursive: true, force: true });
  }
});

test("cluster files: Flink's positions in a rewritten statement map back to the original", () => {
  const dir = folder();
  const files = clusterFiles(dir);
  try {
    const original = table('people.csv').replace(/\)$/, ", 'csv.field-delimiter' = ',')");
    const r = files.rewrite(original);
    const at = (s: string, needle: string): number => s.indexOf(needle);
    // before the path, in it, and after it
    assert.equal(r.toOriginal(at(r.sql, 'connector')), at(original, 'connector'));
    assert.equal(r.toOriginal(at(r.sql, files.folder!)), at(original, "'people.csv'"));
    assert.equal(r.toOriginal(at(r.sql, "'format'")), at(original, "'format'"));
    assert.equal(r.toOriginal(at(r.sql, "'csv.field-delimiter'")), at(original, "'csv.field-delimiter'"));
    assert.equal(r.toOriginal(r.sql.length), original.length);
    assert.equal(files.rewrite('SELECT 1').toOriginal(5), 5);
  } finally {
    files.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cluster run sends the rewritten statements and removes the copies afterwards', async () => {
  const dir = folder();
  const g = await fakeGateway();
  const log: string[] = [];
  try {
    const text = `${table('people.csv')};\nSELECT id FROM t;\n`;
    const r = await executeOnGateway({ gatewayUrl: g.url, text, baseDir: dir, pollMs: 1, log: (l) => log.push(l) });
    assert.equal(r.error, undefined);
    const sentPath = /'path' = '([^']+)'/.exec(g.statements[0]!)![1]!;
    assert.match(sentPath, /flinksql-cluster-[^/]+\/0-people\.csv$/);
    assert.equal(g.statements[1], 'SELECT id FROM t');
    assert.ok(log.some((l) => l.startsWith("'people.csv': sent as ")), log.join('\n'));
    assert.equal(existsSync(sentPath), false, 'the copy is gone once the query has ended');
    // without a folder (a document that is not a file) nothing is rewritten
    await executeOnGateway({ gatewayUrl: g.url, text, pollMs: 1 });
    assert.equal(g.statements[2], table('people.csv'));
  } finally {
    await g.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

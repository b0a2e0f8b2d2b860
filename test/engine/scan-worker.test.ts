// The scan worker (engine/connectors/worker-source.ts, scan-worker.ts) reads a CSV file as the
// engine's thread does: the same rows in the same order with the same lines, the same skip count
// and the same error, after the same rows (those of the chunks before the failing one). Random
// files over chunk boundaries, read both ways; and whole runs with the worker forced on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { csvSource, prng, SourceError } from '../../engine/connectors/sources.ts';
import { run, changelogLine } from '../../engine/index.ts';
import { STRING, t, type SqlType } from '../../engine/types/types.ts';

interface Read { rows: unknown[][]; lines: number[]; skipped: number; error: string | null }

async function readAll(file: string, cols: { name: string; type: SqlType }[], opts: Record<string, string>, reads: boolean[] | undefined, worker: boolean): Promise<Read> {
  const out: Read = { rows: [], lines: [], skipped: 0, error: null };
  const src = csvSource(file, 'f.csv', cols, opts, reads, worker);
  try {
    for (let b = await src.next(); b; b = await src.next()) {
      for (let i = 0; i < b.rows.length; i++) { out.rows.push(b.rows[i]!); out.lines.push(b.lines[i]!); }
    }
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    out.error = `${e.className} ${e.message} @${e.file}:${e.line}:${e.column}`;
  } finally {
    src.close();
  }
  out.skipped = src.skipped;
  return out;
}

const TYPES: SqlType[] = [
  STRING(), t('INT'), t('BIGINT'), t('TIMESTAMP', true, { precision: 3 }), t('DOUBLE'), t('BOOLEAN'),
  t('DECIMAL', true, { precision: 10, scale: 2 }), t('DATE'), t('VARCHAR', true, { precision: 20 }), t('SMALLINT'),
];

function value(rnd: () => number, ty: SqlType, bad: number): string {
  const r = rnd();
  if (r < bad) return ['x', '', '1.5.5', '99999999999999999999', '2024-13-45 99:99:99', 'tru', '-', ' 1'][Math.floor(rnd() * 8)]!;
  switch (ty.name) {
    case 'INT': case 'BIGINT': case 'SMALLINT': return String(Math.floor((rnd() - 0.3) * (ty.name === 'BIGINT' && rnd() < 0.1 ? 1e12 : 1000)));
    case 'TIMESTAMP': return `2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)} 1${Math.floor(rnd() * 10)}:${10 + Math.floor(rnd() * 50)}:0${Math.floor(rnd() * 10)}${rnd() < 0.1 ? '.25' : ''}`;
    case 'DOUBLE': return rnd() < 0.1 ? '-0' : (rnd() * 100 - 50).toFixed(3);
    case 'BOOLEAN': return rnd() < 0.5 ? 'true' : 'FALSE';
    case 'DECIMAL': return (rnd() * 1000).toFixed(2);
    case 'DATE': return `2024-0${1 + Math.floor(rnd() * 9)}-2${Math.floor(rnd() * 8)}`;
    default: {
      const pick = rnd();
      if (pick < 0.6) return `k${Math.floor(rnd() * 50)}`; // few distinct values
      if (pick < 0.7) return 'a much longer string value ' + Math.floor(rnd() * 1e6);
      if (pick < 0.8) return 'é€' + Math.floor(rnd() * 10); // non-ASCII: the file leaves the byte path
      if (pick < 0.9) return '"q,' + Math.floor(rnd() * 10) + '"""'; // quoted, with the delimiter and a doubled quote
      return String(Math.floor(rnd() * 100000)); // many distinct values
    }
  }
}

test('the scan worker reads random CSV files as the engine thread does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-scan-worker-'));
  try {
    const file = join(dir, 'f.csv');
    const rnd = prng(7);
    for (let round = 0; round < 40; round++) {
      const nc = 1 + Math.floor(rnd() * 4);
      const cols = Array.from({ length: nc }, (_, i) => ({ name: `c${i}`, type: TYPES[Math.floor(rnd() * TYPES.length)]! }));
      const delim = [',', ';', '|', '\t', ',', ','][Math.floor(rnd() * 6)]!;
      const opts: Record<string, string> = {};
      if (delim !== ',') opts['csv.field-delimiter'] = delim === '\t' ? '\\t' : delim;
      const ignore = rnd() < 0.4;
      if (ignore) opts['csv.ignore-parse-errors'] = 'true';
      if (rnd() < 0.2) opts['csv.allow-comments'] = 'true';
      if (rnd() < 0.15) opts['csv.null-literal'] = 'NA';
      if (rnd() < 0.1) opts['csv.disable-quote-character'] = 'true';
      const reads = rnd() < 0.3 ? cols.map(() => rnd() < 0.6) : undefined;
      const bad = rnd() < 0.4 ? 0 : rnd() < 0.6 ? 0.00003 : 0.02;
      const quoted = rnd() < 0.3;
      const nonAscii = rnd() < 0.2;
      const crlf = rnd() < 0.2;
      const rows = rnd() < 0.5 ? Math.floor(rnd() * 200) : 5000 + Math.floor(rnd() * 30000);
      const lines = [cols.map((c) => c.name).join(delim)];
      for (let r = 0; r < rows; r++) {
        const x = rnd();
        if (x < 0.002) { lines.push(''); continue; }
        if (x < 0.004 && (opts['csv.allow-comments'] || rnd() < 0.01)) { lines.push('# a comment'); continue; }
        const fields = cols.map((c) => {
          let v = value(rnd, c.type, bad);
          if (!quoted && v.includes('"')) v = 'plain';
          if (!nonAscii && /[^\x00-\x7f]/.test(v)) v = 'ascii';
          if (opts['csv.null-literal'] && rnd() < 0.01) v = 'NA';
          return v;
        });
        if (x < 0.006) fields.pop(); // a missing field
        if (x > 0.9999) fields.push('extra'); // too many
        lines.push(fields.join(delim));
      }
      const text = lines.join(crlf ? '\r\n' : '\n') + (rnd() < 0.7 ? (crlf ? '\r\n' : '\n') : '');
      writeFileSync(file, text);
      const a = await readAll(file, cols, opts, reads, false);
      const b = await readAll(file, cols, opts, reads, true);
      const what = `round ${round}: ${rows} rows, ${JSON.stringify(cols.map((c) => c.type.name))} ${JSON.stringify(opts)} reads ${JSON.stringify(reads)}`;
      assert.equal(b.error, a.error, what);
      assert.equal(b.skipped, a.skipped, what);
      assert.deepEqual(b.lines, a.lines, what);
      assert.equal(b.rows.length, a.rows.length, what);
      for (let i = 0; i < a.rows.length; i++) {
        // Object.is: -0 stays -0, NaN is NaN
        const x = a.rows[i]!, y = b.rows[i]!;
        assert.equal(y.length, x.length, what);
        for (let k = 0; k < x.length; k++) if (!Object.is(x[k], y[k])) assert.fail(`${what}: row ${i} column ${k}: ${String(y[k])} (worker) vs ${String(x[k])}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** a run with the scan worker forced on (FLINKSQL_SCAN_WORKER=1) or off */
async function runWith(worker: boolean, sql: string, baseDir: string) {
  const was = process.env['FLINKSQL_SCAN_WORKER'];
  process.env['FLINKSQL_SCAN_WORKER'] = worker ? '1' : '0';
  try {
    const r = await run(sql, { baseDir });
    return { changes: r.changes.map((c) => changelogLine(c, r.columns) + ' @' + c.cause?.line), error: r.error, progress: r.progress };
  } finally {
    if (was === undefined) delete process.env['FLINKSQL_SCAN_WORKER']; else process.env['FLINKSQL_SCAN_WORKER'] = was;
  }
}

test('a bad row fails a run through the scan worker with its file, line, column and value', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-scan-worker-'));
  try {
    const rows = ['k,v'];
    // more than one 64 KB chunk before the bad row: the rows of the chunks before its chunk are delivered
    for (let i = 0; i < 20000; i++) rows.push(`k${i % 7},${i}`);
    rows.push('k1,12x');
    for (let i = 0; i < 10; i++) rows.push(`k${i},${i}`);
    writeFileSync(join(dir, 'bad.csv'), rows.join('\n') + '\n');
    const sql = `CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'bad.csv', 'format' = 'csv');
SELECT k, v FROM t;`;
    const on = await runWith(true, sql, dir);
    assert.equal(on.error?.className, 'java.lang.NumberFormatException');
    assert.match(on.error?.message ?? '', /^For input string: "12x": column 'v' expects INT \(\S*bad\.csv:20002:4\)$/);
    const off = await runWith(false, sql, dir);
    assert.deepEqual(on, off);
    assert.ok(on.changes.length > 0 && on.changes.length < 20000, `${on.changes.length} rows before the error`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('csv.ignore-parse-errors through the scan worker: the same rows and skip count', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinksql-scan-worker-'));
  try {
    const rows = ['k,v,ts'];
    for (let i = 0; i < 30000; i++) {
      const bad = i % 997 === 5;
      rows.push(i % 1999 === 3 ? `k${i % 5},${i},2024-05-01 10:00:00,extra` : `k${i % 5},${bad ? 'x' + i : i},2024-05-01 10:${String(i % 60).padStart(2, '0')}:00`);
    }
    writeFileSync(join(dir, 'in.csv'), rows.join('\n') + '\n');
    const sql = `CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = 'in.csv', 'format' = 'csv', 'csv.ignore-parse-errors' = 'true');
SELECT k, COUNT(*) AS c, COUNT(v) AS n, MAX(ts) AS m FROM t GROUP BY k;`;
    const on = await runWith(true, sql, dir);
    assert.equal(on.error, undefined);
    assert.equal(on.progress.skipped['t'], 31 + 16);
    assert.deepEqual(on, await runWith(false, sql, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

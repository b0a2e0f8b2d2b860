// Shared by run.mjs and record.mjs: build the Java oracle, run case folders on real Flink,
// and the changelog rules of ../shared/cases/README.md (final table, comparison).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze } from '../../engine/index.ts';
import { parse } from '../../engine/syntax/parse.ts';

export const here = new URL('.', import.meta.url).pathname;
export const root = resolve(here, '../..');

/** Compiles the harness and writes target/classpath.txt (Maven's ~/.m2 is the cache). */
export function build() {
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', 'package', '-DskipTests'], { cwd: here, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mvn package failed for test/flink\n${r.stdout}\n${r.stderr}`);
  return join(here, 'target/classes') + ':' + readFileSync(join(here, 'target/classpath.txt'), 'utf8').trim();
}

/** Case folders: test/cases/* and ../shared/cases/*, optionally filtered by name substrings. */
export function caseDirs(filters = []) {
  const dirs = [];
  for (const base of [join(root, 'test/cases'), resolve(root, '../shared/cases')]) {
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const d = join(base, name);
      if (statSync(d).isDirectory() && existsSync(join(d, 'query.sql'))) dirs.push(d);
    }
  }
  return filters.length ? dirs.filter((d) => filters.some((f) => basename(d) === f || d.endsWith('/' + f) || basename(d).includes(f))) : dirs;
}

/**
 * Runs the oracle on the given folders in one JVM. onCase(name, ms, status, lines, unstableText)
 * is called as each case finishes.
 */
export function runOracle(classpath, dirs, { repeat = 1, onCase } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'oracle-out-'));
  return new Promise((resolvePromise, reject) => {
    const args = ['-Xss4m', '-cp', classpath, 'studio.flink.Oracle', '--out', out, '--repeat', String(repeat), ...dirs];
    const p = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const byName = new Map(dirs.map((d) => [basename(d), d]));
    onLines(p.stdout, (line) => {
      const [name, ms, status] = line.split('\t');
      if (!byName.has(name)) return;
      const lines = readLines(join(out, name + '.txt'));
      const unstable = existsSync(join(out, name + '.unstable')) ? readFileSync(join(out, name + '.unstable'), 'utf8') : null;
      onCase?.(byName.get(name), Number(ms), status, lines, unstable);
    });
    p.stderr.on('data', (c) => { err += c; });
    p.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`oracle exited ${code}\n${err.slice(-4000)}`))));
  });
}

/** Calls `fn` with each complete line a child process writes to `stream` (without the newline). */
export function onLines(stream, fn) {
  let buf = '';
  stream.on('data', (chunk) => {
    buf += chunk;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      fn(line);
    }
  });
}

export function readLines(file) {
  if (!existsSync(file)) return null;
  const t = readFileSync(file, 'utf8');
  return t === '' ? [] : t.replace(/\n$/, '').split('\n');
}

/** A rejected query or failed job: an `ERROR <class>` line, after the rows consumed before a runtime failure. */
export function isError(lines) {
  return lines.some((l) => l.startsWith('ERROR '));
}

function splitError(lines) {
  const i = lines.findIndex((l) => l.startsWith('ERROR '));
  return { rows: lines.slice(0, i), error: lines.slice(i) };
}

/** Splits `+I[a, [x, y], 1]` into kind and top-level fields. */
export function parseRow(line) {
  const kind = line.slice(0, 2);
  const body = line.slice(3, -1);
  const fields = [];
  let depth = 0, start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') depth--;
    else if (c === ',' && depth === 0 && body[i + 1] === ' ') { fields.push(body.slice(start, i)); start = i + 2; i++; }
  }
  fields.push(body.slice(start));
  return { kind, fields, body };
}

/**
 * The sink's primary key (field indexes) when the case INSERTs into an upsert-kafka table;
 * null otherwise (retract/append semantics).
 */
export function upsertKey(sql) {
  // the engine's catalog says what the sink is, also when the query itself fails to plan (then
  // the last INSERT's target), a CREATE TABLE ... AS target and a LIKE table inheriting its key
  const a = analyze(sql);
  let t = a.sinkTable;
  if (!t) {
    const ins = parse(sql).statements.filter((s) => s.kind === 'Insert').at(-1);
    const obj = ins && a.catalog.get(ins.table);
    if (obj?.kind === 'table') t = obj;
  }
  if (!t || t.options['connector'] !== 'upsert-kafka' || !t.primaryKey) return null;
  // the sink's row: the physical columns (a writable metadata column follows them)
  const cols = t.columns.filter((c) => c.kind === 'physical').map((c) => c.name);
  return t.primaryKey.map((k) => cols.indexOf(k));
}

/** README convention 6: the final materialized table, sorted by plain string order. */
export function finalTable(lines, key = null) {
  if (key) {
    const byKey = new Map();
    for (const l of lines) {
      const { kind, fields, body } = parseRow(l);
      const k = JSON.stringify(key.map((i) => fields[i]));
      if (kind === '+I' || kind === '+U') byKey.set(k, body);
      else if (kind === '-D') byKey.delete(k);
    }
    return [...byKey.values()].map((b) => `+I[${b}]`).sort(cmp);
  }
  const bag = [];
  for (const l of lines) {
    const { kind, body } = parseRow(l);
    if (kind === '+I' || kind === '+U') bag.push(body);
    else {
      const i = bag.indexOf(body);
      if (i >= 0) bag.splice(i, 1);
      else bag.push('!retract of missing row ' + body);
    }
  }
  return bag.map((b) => `+I[${b}]`).sort(cmp);
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares an actual changelog with a case's expectation. Errors: the class line equal and the
 * expected text contained in the actual message. Returns null when they agree, else a reason.
 *
 * `racyPrefix` is for a real Flink run against its own recording: when a job fails at run time,
 * how many of the rows before the failure reach the client depends on when the collect sink's
 * last fetch ran (sha2-column-length-invalid printed none when recorded and one row in a later
 * CI run), so either list of rows before the error may be a prefix of the other. A planning error
 * prints no rows, so both are empty there and nothing is loosened.
 */
export function compareExact(expected, actual, { racyPrefix = false } = {}) {
  if (isError(expected)) {
    if (!isError(actual)) return 'expected an error, got rows';
    const e = splitError(expected), a = splitError(actual);
    const [short, long] = e.rows.length <= a.rows.length ? [e.rows, a.rows] : [a.rows, e.rows];
    const prefix = short.every((l, i) => l === long[i]);
    if (!prefix || (!racyPrefix && short.length !== long.length)) return 'rows before the error differ';
    const cls = e.error[0].slice(6).trim();
    const act = a.error.join('\n');
    if (!a.error[0].slice(6).startsWith(cls)) return `error class differs: ${a.error[0]}`;
    // (a class loader's identity hash, `PlannerComponentClassLoader @358c99f5)`, changes from one
    // Flink run to the next: the engine prints the text without it)
    const text = e.error.slice(1).join('\n').trim().replace(/ @[0-9a-f]{4,8}\)/g, ')');
    if (text && !act.includes(text)) return `error text differs: ${act}`;
    return null;
  }
  if (expected.length !== actual.length || expected.some((l, i) => l !== actual[i])) return 'changelog differs';
  return null;
}

export function compareFinal(expectedFinal, actualFinal) {
  if (expectedFinal.length !== actualFinal.length || expectedFinal.some((l, i) => l !== actualFinal[i])) return 'final table differs';
  return null;
}

/** Data files of a case: one of them = a single-source case. */
export function sourceCount(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.csv') || f.endsWith('.jsonl') || f.endsWith('.json')).length;
}

export function diffText(expected, actual) {
  const out = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i], a = actual[i];
    out.push(`${e === a ? ' ' : '!'} ${String(e ?? '').padEnd(50)} | ${a ?? ''}`);
  }
  return out.join('\n');
}

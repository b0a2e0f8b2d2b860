// The verdicts of the project's diagnostic fixtures on real Flink: Flink's planner (EXPLAIN)
// must accept exactly the statements on which we report no error-severity diagnostic.
// Every statement of every fixture file (test/server/fixtures/**/*.sql, test/cli/fixtures/*.fsql;
// `$0` cursor markers removed) runs in the harness JVM (studio.flink.Explain: one
// TableEnvironment per file, DDL executed in order, queries / INSERT / statement sets EXPLAINed),
// and `node dist/cli.js check --json` gives ours. A disagreement fails, unless it is listed in
// known-disagreements.json (with Flink's message); a listed one that no longer occurs is reported
// as stale (not a failure: rewrite the list). UPDATE_KNOWN=1 rewrites the list.
// Usage: node test/flink/verdicts.mjs   (run.mjs calls runVerdicts after the cases)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { build, here, root } from './lib.mjs';

const KNOWN = join(here, 'known-disagreements.json');

/** The fixture files whose statements are judged. */
export function fixtureFiles() {
  const out = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) { if (name !== 'completion') walk(p); }
      else if (/\.(sql|fsql)$/.test(name)) out.push(p);
    }
  };
  // completion fixtures are unfinished statements with cursor markers, not diagnostics
  walk(join(root, 'test/server/fixtures'));
  walk(join(root, 'test/cli/fixtures'));
  // and the query.sql of every case folder (their verdicts are part of the cases' expectations)
  const cases = join(root, 'test/cases');
  if (existsSync(cases)) for (const name of readdirSync(cases).sort()) if (existsSync(join(cases, name, 'query.sql'))) out.push(join(cases, name, 'query.sql'));
  return out;
}

/**
 * Splits a script at ';' outside quotes and comments, as the harness's Statements.split does,
 * keeping where each statement starts (its first character that is not blank or comment) and
 * ends (its ';' or the end of the text). Comments are dropped from the statement text.
 */
export function splitStatements(sql) {
  const out = [];
  let cur = '', start = -1, pieceStart = 0;
  const n = sql.length;
  const mark = (i) => { if (start < 0) start = i; };
  const add = (end) => {
    const text = cur.trim();
    if (text) out.push({ text, start, end, pieceStart });
    cur = ''; start = -1; pieceStart = end + 1;
  };
  for (let i = 0; i < n; i++) {
    const c = sql[i];
    if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
      cur += '\n';
    } else if (c === '/' && sql[i + 1] === '*' && sql[i + 2] !== '+') {
      const e = sql.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 1;
      cur += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      mark(i);
      let j = i + 1;
      while (j < n) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) { j += 2; continue; }
          break;
        }
        j++;
      }
      cur += sql.slice(i, Math.min(j + 1, n));
      i = j;
    } else if (c === ';') {
      add(i);
    } else {
      if (!/\s/.test(c)) mark(i);
      cur += c;
    }
  }
  add(n);
  // EXECUTE STATEMENT SET BEGIN ...; ...; END is one statement (its ';' are inside it).
  const merged = [];
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (/^(EXECUTE\s+)?STATEMENT\s+SET\s+BEGIN\b/i.test(s.text)) {
      let j = k;
      while (j + 1 < out.length && !/^END$/i.test(out[j].text)) j++;
      if (/^END$/i.test(out[j].text)) {
        merged.push({ text: out.slice(k, j + 1).map((x) => x.text).join(';\n'), start: s.start, end: out[j].end, pieceStart: s.pieceStart });
        k = j;
        continue;
      }
    }
    merged.push(s);
  }
  return merged;
}

const lineOf = (text, off) => text.slice(0, off).split('\n').length;

function offsetOf(text, pos) {
  const lines = text.split('\n');
  let off = 0;
  for (let i = 0; i < pos.line && i < lines.length; i++) off += lines[i].length + 1;
  return off + pos.character;
}

/** Our error-severity diagnostics per file (dist/cli.js check --json on temp copies). */
function ourDiagnostics(docs) {
  const tmp = mkdtempSync(join(tmpdir(), 'verdicts-'));
  try {
    const names = docs.map((d, i) => {
      const name = `${i}-${d.rel.replace(/[/\\]/g, '_')}`;
      writeFileSync(join(tmp, name), d.text);
      return name;
    });
    const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--json', ...names], { cwd: tmp, encoding: 'utf8', maxBuffer: 64 << 20 });
    let parsed;
    try { parsed = JSON.parse(r.stdout); } catch { throw new Error(`flinksql check --json gave no JSON (exit ${r.status}): ${r.stderr.slice(0, 2000)}`); }
    const byName = new Map(parsed.files.map((f) => [f.path.split(/[/\\]/).pop(), f.diagnostics]));
    return names.map((n) => (byName.get(n) ?? []).filter((d) => d.severity === 'error'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function flinkVerdicts(classpath, docs) {
  const tmp = mkdtempSync(join(tmpdir(), 'explain-'));
  try {
    const input = join(tmp, 'in.json'), output = join(tmp, 'out.json');
    writeFileSync(input, JSON.stringify(docs.map((d) => ({ file: d.rel, statements: d.statements.map((s) => s.text) }))));
    const r = spawnSync('java', ['-Xss4m', '-cp', classpath, 'studio.flink.Explain', input, output], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 300_000 });
    if (r.status !== 0) throw new Error(`studio.flink.Explain exited ${r.status}\n${(r.stderr || '').slice(-4000)}`);
    return JSON.parse(readFileSync(output, 'utf8'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Returns { checked, agree, disagreements, known, stale, failed }. */
export function runVerdicts(classpath, { log = console.log } = {}) {
  const docs = fixtureFiles().map((file) => {
    const text = readFileSync(file, 'utf8').replace(/\$0/g, '');
    return { file, rel: relative(root, file), text, statements: splitStatements(text) };
  });
  const ours = ourDiagnostics(docs);
  const flink = flinkVerdicts(classpath, docs);
  const known = existsSync(KNOWN) ? JSON.parse(readFileSync(KNOWN, 'utf8')) : [];
  const keyOf = (k) => `${k.file}\u0000${norm(k.statement)}`;
  const knownKeys = new Map(known.map((k) => [keyOf(k), k]));
  const seen = new Set();
  const found = [];
  let checked = 0, agree = 0;
  const skipped = new Map();
  docs.forEach((d, di) => {
    // Each error goes to the statement whose piece (from after the previous ';' to its own ';') holds its start.
    const errs = d.statements.map(() => []);
    for (const e of ours[di]) {
      const off = offsetOf(d.text, e.range.start);
      let k = d.statements.findIndex((s) => off <= s.end);
      if (k < 0) k = d.statements.length - 1;
      if (k >= 0) errs[k].push(e);
    }
    d.statements.forEach((s, si) => {
      const f = flink[di].verdicts[si];
      if (f.skipped) { skipped.set(f.skipped, (skipped.get(f.skipped) ?? 0) + 1); return; }
      checked++;
      const weOk = errs[si].length === 0;
      if (weOk === f.ok) { agree++; if (!weOk && process.env.VERDICT_MESSAGES === '1') log(`both    ${d.rel}:${lineOf(d.text, s.start)}\n   F: ${f.error.split('.').pop()}: ${f.message.slice(0, 160)}\n   O: ${errs[si].map((e) => e.code + ' ' + e.message.split('\n')[0].slice(0, 160)).join(' | ')}`); return; }
      const item = {
        file: d.rel,
        line: lineOf(d.text, s.start),
        statement: norm(s.text).slice(0, 300),
        flink: f.ok ? 'accepted' : `${f.error}: ${f.message}`,
        ours: weOk ? 'no error' : errs[si].map((e) => `${e.code} ${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message.split('\n')[0]}`).join(' | '),
      };
      const k = knownKeys.get(keyOf(item));
      if (k) { seen.add(keyOf(item)); item.known = true; }
      found.push(item);
    });
  });
  const stale = known.filter((k) => !seen.has(keyOf(k)));
  const fresh = found.filter((x) => !x.known);
  if (process.env.UPDATE_KNOWN === '1') {
    writeFileSync(KNOWN, JSON.stringify(found.map(({ known: _k, ...x }) => ({ ...x, ...(knownKeys.get(keyOf(x))?.why ? { why: knownKeys.get(keyOf(x)).why } : {}) })), null, 2) + '\n');
    log(`verdicts: wrote ${found.length} known disagreements to ${relative(root, KNOWN)}`);
  }
  for (const x of found) {
    log(`${x.known ? 'known  ' : 'not ok '} verdict ${x.file}:${x.line}: ${x.statement}\n          Flink: ${x.flink}\n          ours:  ${x.ours}`);
  }
  for (const x of stale) log(`stale   verdict ${x.file}:${x.line}: listed in known-disagreements.json but Flink and we now agree (UPDATE_KNOWN=1 rewrites the list): ${x.statement}`);
  const nSkipped = [...skipped.values()].reduce((a, b) => a + b, 0);
  log(`verdicts: ${checked} statements in ${docs.length} fixture files: ${agree} agree, ${found.length} disagree (${found.length - fresh.length} known, ${fresh.length} new), ${stale.length} stale; ${nSkipped} skipped (connector/format not in the harness: ${[...skipped].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`);
  // stale entries are reported, not failed: diagnostics change under other hands, and an entry
  // listed ahead of a change (or kept after a fix) must not break the suite either way
  const failed = process.env.UPDATE_KNOWN === '1' ? 0 : fresh.length;
  return { checked, agree, skipped: nSkipped, disagreements: found, known: found.length - fresh.length, stale: stale.length, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runVerdicts(build());
  process.exitCode = r.failed ? 1 : 0;
}

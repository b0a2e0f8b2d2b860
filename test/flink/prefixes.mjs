// Flink's parser on statements as they are being typed: every 4th docs statement that Flink
// accepts (../shared/corpus/flink-docs), cut after each of its tokens but the last. Flink 2.3.0's
// verdict and error position on each prefix are recorded in test/parser/flink-prefixes.tsv, which
// test/parser/prefixes.test.ts holds our parser to (on every `npm test`, without Java).
//   node test/flink/prefixes.mjs            check that Flink still says what the file records
//   node test/flink/prefixes.mjs --update   (re)write the file
//   node test/flink/prefixes.mjs --holdout  the other three quarters, never recorded: Flink's parser
//                                           and ours on each prefix, agreement and every miss printed
//   node test/flink/prefixes.mjs --project  the same on the prefixes of the project's own statements
//                                           (parser corpus files Flink accepts, test/cases queries)
//   node test/flink/prefixes.mjs --mutations  the same on whole docs statements with one token
//                                           deleted or doubled (4 per statement, fixed seed)
//   node test/flink/prefixes.mjs --substitutions  the same with one token replaced by another kind
//                                           of thing (a number, a string, a name, a keyword, a call,
//                                           a typed literal, ...: 4 per statement, fixed seed;
//                                           --seed N for another draw, of either)
// Flink's parser is test/parser/oracle/FlinkParse.java (--texts), as for the project corpus.
// run.mjs calls runPrefixes on whole runs (after its Maven build has fetched the parser's jars).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { root } from './lib.mjs';
import { lexTokens, parse } from '../../engine/syntax/parse.ts';

const corpus = resolve(root, '../shared/corpus/flink-docs');
export const PREFIXES_FILE = join(root, 'test/parser/flink-prefixes.tsv');
const HEADER = 'file\tcut\tverdict\tpos\tmessage';

/** Every token-boundary prefix but the whole of each [name, text]: [name, cut offset, prefix]. */
function cuts(statements) {
  const out = [];
  for (const [name, text] of statements) {
    const tokens = lexTokens(text);
    for (let k = 0; k < tokens.length - 1; k++) {
      const cut = tokens[k].offset + tokens[k].length;
      out.push([name, cut, text.slice(0, cut)]);
    }
  }
  return out;
}

/**
 * The project's own statements (a second set no prefix rule is written from): the parser corpus
 * files Flink accepts (test/parser/corpus, flink-verdicts.tsv) and the statements of every
 * test/cases/<name>/query.sql (split where our parser splits them), named `<case>#<n>`.
 */
function projectStatements() {
  const dir = join(root, 'test/parser/corpus');
  const out = [];
  for (const line of readFileSync(join(dir, 'flink-verdicts.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [file, verdict] = line.split('\t');
    if (verdict === 'accept') out.push([`corpus/${file}`, readFileSync(join(dir, file), 'utf8')]);
  }
  const cases = join(root, 'test/cases');
  for (const name of readdirSync(cases).sort()) {
    const q = join(cases, name, 'query.sql');
    if (!existsSync(q)) continue;
    const text = readFileSync(q, 'utf8');
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const offset = (p) => lineStarts[p.line] + p.character;
    parse(text).statements.forEach((st, i) => out.push([`cases/${name}#${i + 1}`, text.slice(offset(st.range.start), offset(st.range.end))]));
  }
  return out;
}

/**
 * Broken statements: each accepted docs statement with one token deleted or doubled, 4 times at
 * random (a fixed seed): [file, `del@i` | `dup@i`, text]. Flink's errors on whole statements, not
 * only on ones cut short.
 */
/** What --substitutions puts in a token's place. */
const SUBSTITUTES = ['1', '-1', '1.5', "'x'", "'x' 'y'", 'x', 'a.b', '`x`', 'TRUE', 'NULL', '?', '*', '(', ')', ',', '=',
  'f(x)', 'CAST(x AS INT)', "DATE '2020-01-01'", "INTERVAL '1' DAY", 'ARRAY[1]', '(1)', '(SELECT 1)', 'SELECT', 'FROM',
  'TABLE', 'VALUE', 'KEY', 'TIMESTAMP', 'STRING', 'ROW(1)', 'a => 1', 'DESCRIPTOR(x)', 'CURRENT_DATE'];

export function mutations(seed = 7, substitute = false) {
  const rows = readFileSync(join(corpus, 'flink-parse.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
  let state = seed;
  const rnd = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out = [];
  for (const [file] of rows.filter((r) => r[1] === 'accept')) {
    // without trailing blanks: FlinkParse strips them, and where <EOF> is depends on them
    const text = readFileSync(join(corpus, file), 'utf8').trimEnd();
    const tokens = lexTokens(text);
    for (let k = 0; k < 4 && tokens.length > 2; k++) {
      const i = Math.floor(rnd() * tokens.length);
      const t = tokens[i];
      if (substitute) {
        const k = Math.floor(rnd() * SUBSTITUTES.length);
        out.push([file, `sub@${i}:${SUBSTITUTES[k]}`, (text.slice(0, t.offset) + SUBSTITUTES[k] + text.slice(t.offset + t.length)).trimEnd()]);
        continue;
      }
      const word = text.slice(t.offset, t.offset + t.length);
      const del = rnd() < 0.5;
      const mutated = del ? text.slice(0, t.offset) + text.slice(t.offset + t.length) : text.slice(0, t.offset + t.length) + ' ' + word + text.slice(t.offset + t.length);
      out.push([file, `${del ? 'del' : 'dup'}@${i}`, mutated.trimEnd()]);
    }
  }
  return out;
}

/** The prefixes: [file, cut offset, text]; of every 4th accepted statement, or with `holdout` of the others. */
export function prefixes({ holdout = false } = {}) {
  const rows = readFileSync(join(corpus, 'flink-parse.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
  const accepted = rows.filter((r) => r[1] === 'accept').map((r) => r[0]);
  return cuts(accepted.filter((_, i) => (i % 4 !== 0) === holdout).map((file) => [file, readFileSync(join(corpus, file), 'utf8')]));
}

/** FlinkParse's verdict line per text: `accept` or `reject<TAB>line:col<TAB>message`. */
function flinkParse(texts) {
  const oracle = join(root, 'test/parser/oracle');
  const classpath = execFileSync(process.execPath, [join(oracle, 'classpath.mjs')], { encoding: 'utf8' }).trim();
  const tmp = mkdtempSync(join(tmpdir(), 'prefixes-'));
  try {
    const input = join(tmp, 'texts.bin');
    writeFileSync(input, texts.join('\u0000'));
    const r = spawnSync('java', ['-cp', classpath, join(oracle, 'FlinkParse.java'), '--texts', input], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 300_000 });
    if (r.status !== 0) throw new Error(`FlinkParse exited ${r.status}\n${(r.stderr || '').slice(-4000)}`);
    const lines = r.stdout.trimEnd().split('\n');
    if (lines.length !== texts.length) throw new Error(`FlinkParse gave ${lines.length} verdicts for ${texts.length} texts`);
    return lines;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The file's text: one line per prefix, Flink's verdict line after its file and cut. */
function table(list, verdicts) {
  const lines = list.map(([file, cut], i) => {
    const [verdict, pos = '-', message = '-'] = verdicts[i].split('\t');
    return [file, cut, verdict, pos, message].join('\t');
  });
  return [HEADER, ...lines].join('\n') + '\n';
}

/** Runs Flink on the prefixes; returns { failed } (1 when the recorded file no longer holds). */
export function runPrefixes({ update = false, log = console.log } = {}) {
  const list = prefixes();
  const text = table(list, flinkParse(list.map((p) => p[2])));
  if (update || !existsSync(PREFIXES_FILE)) {
    writeFileSync(PREFIXES_FILE, text);
    log(`prefixes: ${list.length} prefixes of docs statements written to ${PREFIXES_FILE}`);
    return { failed: 0 };
  }
  const old = readFileSync(PREFIXES_FILE, 'utf8').split('\n');
  const now = text.split('\n');
  const diff = now.filter((l, i) => l !== old[i]);
  if (diff.length === 0) { log(`prefixes: Flink's verdicts on ${list.length} statement prefixes are the recorded ones`); return { failed: 0 }; }
  log(`prefixes: ${diff.length} of ${list.length} differ from ${PREFIXES_FILE} (rewrite with --update), e.g.\n  ${diff.slice(0, 5).join('\n  ')}`);
  return { failed: 1 };
}

/** Our first error's line:col, as its message states it (else its range), or null: as prefixes.test.ts reads it. */
function ours(text) {
  const e = parse(text).diagnostics.find((d) => d.severity === 'error');
  if (!e) return null;
  const m = /at line (\d+), column (\d+)/.exec(e.message);
  return m ? `${m[1]}:${m[2]}` : `${e.range.start.line + 1}:${e.range.start.character + 1}`;
}

/**
 * The held-out check: Flink's parser and ours on the prefixes of the three quarters of the accepted
 * docs statements that flink-prefixes.tsv leaves out (no rule is written from them; they are not
 * recorded). Prints verdict and position agreement and every miss; returns { failed } (misses).
 */
export function runHoldout({ log = console.log, project = false, mutated = false, substituted = false } = {}) {
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(process.argv[seedAt + 1]) : undefined;
  const list = substituted ? mutations(seed ?? 11, true) : mutated ? mutations(seed ?? 7) : project ? cuts(projectStatements()) : prefixes({ holdout: true });
  const verdicts = flinkParse(list.map((p) => p[2]));
  let verdictOk = 0, rejected = 0, posOk = 0;
  const misses = [];
  list.forEach(([file, cut, text], i) => {
    const [verdict, pos = '-', message = '-'] = verdicts[i].split('\t');
    const flink = verdict === 'accept' ? null : pos;
    const our = ours(text);
    const tail = JSON.stringify(typeof cut === 'number' ? text.slice(Math.max(0, cut - 40)) : text.replace(/\s+/g, ' ').slice(0, 100));
    if ((flink === null) === (our === null)) verdictOk++;
    else misses.push(`verdict  ${file}:${cut} flink=${flink ?? 'accept'} ours=${our ?? 'accept'} ${message} ...${tail}`);
    if (flink !== null && our !== null && flink !== '-' && flink !== '?') {
      rejected++;
      if (flink === our) posOk++;
      else misses.push(`position ${file}:${cut} flink=${flink} ours=${our} ${message} ...${tail}`);
    }
  });
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '100.0');
  log(`${substituted ? 'substitutions' : mutated ? 'mutations' : project ? 'project statements' : 'holdout'}: verdicts ${verdictOk}/${list.length} (${pct(verdictOk, list.length)}%), error positions ${posOk}/${rejected} (${pct(posOk, rejected)}%)`);
  for (const m of misses) log(`  ${m}`);
  return { failed: misses.length ? 1 : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const project = process.argv.includes('--project');
  const mutated = process.argv.includes('--mutations');
  const substituted = process.argv.includes('--substitutions');
  process.exitCode = project || mutated || substituted || process.argv.includes('--holdout') ? runHoldout({ project, mutated, substituted }).failed : runPrefixes({ update: process.argv.includes('--update') }).failed;
}

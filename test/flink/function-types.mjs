// Flink 2.3.0's validator against the engine's on function calls: every function Flink knows
// (engine/knowledge/flink-functions.ts) called with 0-3 arguments (columns of 13 types, literals of 10)
// (`SELECT F(c_int, c_string) FROM s`, probes/FunctionTypes.java): Flink accepts or rejects each
// call and gives its result type; the engine must agree on the verdict and the type (which decides
// how values render and cast). "not supported yet" is counted apart. Prints the agreement, the
// disagreements by function and kind, and exits 1 on one not listed in function-types-known.txt
// (`UPDATE_KNOWN=1` rewrites that list).
// usage: node test/flink/function-types.mjs [--functions F,G] [--verbose]   (one JVM, ~5 min)
//        node test/flink/function-types.mjs --write: also writes engine/knowledge/function-signatures.ts,
//        Flink's verdicts as the engine's operand check (which calls Flink accepts, and its most
//        common message per function and argument count for those it rejects)
//   FUNCTION_TYPES_FROM=FILE reads Flink's answers saved by an earlier run (target/function-types.txt)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, root } from './lib.mjs';
import { analyze } from '../../engine/index.ts';
import { typeToString } from '../../engine/types/types.ts';
import { FLINK_FUNCTIONS } from '../../engine/knowledge/flink-functions.ts';

const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const verbose = args.includes('--verbose');
const only = opt('--functions')?.split(',').map((s) => s.trim().toUpperCase());
const here = join(root, 'test/flink');
const knownFile = join(here, 'function-types-known.txt');

// arguments: nullable columns of 13 types, and literals of 10 (Flink takes some parameters only as
// literals: LISTAGG's separator, PERCENTILE's percentage)
// (values that most parameters take: PERCENTILE's percentage must lie in [0, 1])
const LITERALS = { l_string: "'a'", l_int: '1', l_bigint: '2147483648', l_double: '5E-1', l_decimal: '0.5', l_boolean: 'TRUE', l_timestamp: "TIMESTAMP '2024-01-01 00:00:00'", l_date: "DATE '2024-01-01'", l_time: "TIME '10:00:00'", l_bytes: "X'01'" };
const COLS = ['c_string', 'c_int', 'c_bigint', 'c_double', 'c_decimal', 'c_boolean', 'c_timestamp', 'c_date', 'c_time', 'c_ltz', 'c_bytes', 'c_array', 'c_map', ...Object.keys(LITERALS)];
const FEW = ['c_string', 'c_int', 'c_double', 'c_timestamp', 'c_boolean', 'l_string', 'l_int', 'l_double', 'l_timestamp', 'l_boolean'];
const argText = (a) => LITERALS[a] ?? a;
// internal names (Flink's own rewrites) and the calls that need a context of their own (OVER,
// GROUP BY windows, table functions) are left out
const SKIP = /^(AGG_|HIVE_)|_ON_NULL$|^(DISTINCT|ASSIGNMENT|JSON|TUMBLE|HOP|SESSION|CUMULATE|FROM_CHANGELOG|TO_CHANGELOG|ML_PREDICT|ROW_NUMBER|RANK|DENSE_RANK|PERCENT_RANK|CUME_DIST|NTILE|LAG|LEAD|GROUPING|GROUPING_ID|PROCTIME|SOURCE_WATERMARK|CURRENT_WATERMARK|UNNEST)$|^(TUMBLE|HOP|SESSION)_/;
const names = [...FLINK_FUNCTIONS].filter((n) => !SKIP.test(n) && (!only || only.includes(n))).sort();
const calls = [];
for (const f of names) {
  const lists = [[], ...COLS.map((a) => [a]), ...COLS.flatMap((a) => COLS.map((b) => [a, b])), ...FEW.flatMap((a) => FEW.flatMap((b) => FEW.map((c) => [a, b, c])))];
  for (const l of lists) calls.push({ f, args: l, q: `SELECT ${f}(${l.map(argText).join(', ')}) FROM s` });
}

// Flink's answers
let flinkOut;
const from = process.env.FUNCTION_TYPES_FROM;
if (from) flinkOut = readFileSync(from, 'utf8');
else {
  const qfile = join(here, 'target/function-types-queries.txt');
  mkdirSync(join(here, 'target'), { recursive: true });
  writeFileSync(qfile, calls.map((c) => c.q).join('\n') + '\n');
  const r = spawnSync('java', ['-cp', build(), join(here, 'probes/FunctionTypes.java'), qfile], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) { process.stderr.write(r.stderr.slice(-3000)); process.exit(1); }
  flinkOut = r.stdout;
  writeFileSync(join(here, 'target/function-types.txt'), flinkOut);
}
let flink = flinkOut.trimEnd().split('\n').map((l) => {
  const [v, x, m] = l.split('\t');
  return v === 'ok' ? { ok: true, x } : { ok: false, x: m.replace(/\\n/g, '\n').replace(/\\\\/g, '\\'), cls: x };
});
// answers saved by a whole run, for some functions (--functions): matched by the query they answer
const savedQueries = join(here, 'target/function-types-queries.txt');
if (from && only && existsSync(savedQueries)) {
  const byQuery = new Map(readFileSync(savedQueries, 'utf8').trimEnd().split('\n').map((q, i) => [q, flink[i]]));
  flink = calls.map((c) => byQuery.get(c.q));
  if (flink.some((x) => x === undefined)) { console.error('the saved answers lack some of these calls: run without FUNCTION_TYPES_FROM'); process.exit(1); }
}
if (flink.length !== calls.length) { console.error(`Flink answered ${flink.length} of ${calls.length} calls (FUNCTION_TYPES_FROM from another list?)`); process.exit(1); }

// --write: the verdicts as data for the engine (engine/analysis/functions/signatures.ts reads them)
const CAL = { c_string: 'VARCHAR(2147483647)', c_int: 'INTEGER', c_bigint: 'BIGINT', c_double: 'DOUBLE', c_decimal: 'DECIMAL(10, 2)', c_boolean: 'BOOLEAN', c_timestamp: 'TIMESTAMP(3)', c_date: 'DATE', c_time: 'TIME(0)', c_ltz: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)', c_bytes: 'VARBINARY(2147483647)', c_array: 'INTEGER ARRAY', c_map: '(VARCHAR(2147483647), INTEGER) MAP',
  l_string: 'CHAR(1)', l_int: 'INTEGER', l_bigint: 'BIGINT', l_double: 'DOUBLE', l_decimal: 'DECIMAL(1, 1)', l_boolean: 'BOOLEAN', l_timestamp: 'TIMESTAMP(0)', l_date: 'DATE', l_time: 'TIME(0)', l_bytes: 'BINARY(1)' };
const FL = { c_string: 'STRING', c_int: 'INT', c_bigint: 'BIGINT', c_double: 'DOUBLE', c_decimal: 'DECIMAL(10, 2)', c_boolean: 'BOOLEAN', c_timestamp: 'TIMESTAMP(3)', c_date: 'DATE', c_time: 'TIME(0)', c_ltz: 'TIMESTAMP_LTZ(3)', c_bytes: 'BYTES', c_array: 'ARRAY<INT>', c_map: 'MAP<STRING, INT>',
  l_string: 'CHAR(1) NOT NULL', l_int: 'INT NOT NULL', l_bigint: 'BIGINT NOT NULL', l_double: 'DOUBLE NOT NULL', l_decimal: 'DECIMAL(1, 1) NOT NULL', l_boolean: 'BOOLEAN NOT NULL', l_timestamp: 'TIMESTAMP(0) NOT NULL', l_date: 'DATE NOT NULL', l_time: 'TIME(0) NOT NULL', l_bytes: 'BINARY(1) NOT NULL' };
// Calcite's type families, as its "No match found for function signature" prints the arguments
const FAM = { c_string: 'CHARACTER', c_int: 'NUMERIC', c_bigint: 'NUMERIC', c_double: 'NUMERIC', c_decimal: 'NUMERIC', c_boolean: 'BOOLEAN', c_timestamp: 'TIMESTAMP', c_date: 'DATE', c_time: 'TIME', c_ltz: 'TIMESTAMP', c_bytes: 'BINARY', c_array: 'INTEGER ARRAY', c_map: '(VARCHAR(2147483647), INTEGER) MAP',
  l_string: 'CHARACTER', l_int: 'NUMERIC', l_bigint: 'NUMERIC', l_double: 'NUMERIC', l_decimal: 'NUMERIC', l_boolean: 'BOOLEAN', l_timestamp: 'TIMESTAMP', l_date: 'DATE', l_time: 'TIME', l_bytes: 'BINARY' };
/** Flink's message with the call's argument types as placeholders (signatures.ts fills them in). */
function template(msg, argNames) {
  let t = msg;
  t = t.split(`(${argNames.map((a) => `<${CAL[a]}>`).join(', ')})`).join('(<ARGS>)');
  t = t.split(`(${argNames.map((a) => `<${FAM[a]}>`).join(', ')})`).join('(<FAMILIES>)');
  t = t.split(`(${argNames.map((a) => FL[a]).join(', ')})`).join('(ARGS)');
  if (argNames.length) t = t.split(`<${argNames.map((a) => CAL[a]).join(', ')}>`).join('<ARGS>');
  argNames.forEach((a, j) => { t = t.split(`'${FL[a]}'`).join(`'$${j}'`).split(`<${CAL[a]}>`).join(`<$${j}>`); });
  return t;
}
let staleTable = false;
if (!only) {
  const entries = [];
  for (const f of names) {
    const mine = calls.map((c, i) => [c, flink[i]]).filter(([c]) => c.f === f);
    const bits = new Uint8Array(Math.ceil(mine.length / 8));
    mine.forEach(([, fl], i) => { if (fl.ok) bits[i >> 3] |= 1 << (i & 7); });
    const messages = {};
    for (let n = 0; n <= 3; n++) {
      const counts = new Map();
      for (const [c, fl] of mine) {
        if (c.args.length !== n || fl.ok || fl.cls.endsWith('ParseException')) continue;
        const key = (fl.cls.endsWith('SqlValidatorException') ? 'C' : 'V') + template(fl.x, c.args);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const best = [...counts].sort((x, y) => y[1] - x[1])[0];
      if (best && best[0].length <= 600) messages[n] = best[0];
    }
    entries.push(`  ${f}: [${JSON.stringify(Buffer.from(bits).toString('base64'))}, ${JSON.stringify(messages)}],`);
  }
  const tableFile = join(root, 'engine/knowledge/function-signatures.ts');
  const content = `// Generated by test/flink/function-types.mjs --write from Apache Flink 2.3.0 (do not edit).
// Per function: which calls Flink's validator accepts, as bits over the argument lists the probe
// tries (SIGNATURE_ARGUMENT_LISTS order), base64; and per argument count, Flink's most common
// message for a call it rejects ('C' SqlValidatorException, 'V' ValidationException, then the
// message with (<ARGS>), (<FAMILIES>), (ARGS), <ARGS>, <$i>, '$i' standing for the call's argument types).
export const SIGNATURE_COLUMNS = ${JSON.stringify(COLS)};
export const SIGNATURE_FEW = ${JSON.stringify(FEW)};
export const FUNCTION_SIGNATURES: Record<string, [string, Record<number, string>]> = {
${entries.join('\n')}
};
`;
  if (args.includes('--write')) {
    writeFileSync(tableFile, content);
    console.log(`wrote engine/knowledge/function-signatures.ts (${entries.length} functions)`);
  } else if (!existsSync(tableFile) || readFileSync(tableFile, 'utf8') !== content) {
    staleTable = true;
    console.log('engine/knowledge/function-signatures.ts is not what Flink says now: run node test/flink/function-types.mjs --write');
  }
}

// the engine's
const DDL = readFileSync(join(here, 'probes/FunctionTypes.java'), 'utf8').match(/DDL = ("[^;]*);/s)[1]
  .split('\n').map((l) => l.trim().replace(/^\+ /, '')).join('').replace(/"\s*\+?\s*"/g, '').replace(/^"|"$/g, '')
  .replace("'connector' = 'datagen'", "'connector' = 'filesystem', 'path' = 's.csv', 'format' = 'csv'");
const kinds = new Map(); // kind -> [{f, args, flink, engine}]
let agree = 0, notSupported = 0;
calls.forEach((c, i) => {
  const a = analyze(`${DDL};\n${c.q};`);
  const e = a.errors[0];
  const fl = flink[i];
  let kind;
  let engine;
  if (e && e.className === 'NotSupportedYet') { notSupported++; return; }
  if (e) { engine = 'err ' + e.message.split('\n')[0].replace(/^From line \d+, column \d+ to line \d+, column \d+: /, ''); kind = fl.ok ? 'false error (Flink accepts)' : null; }
  else { engine = typeToString(a.columns[0].type); kind = !fl.ok ? 'accepted (Flink rejects)' : engine !== fl.x ? 'result type' : null; }
  if (!kind) { agree++; return; }
  if (!kinds.has(kind)) kinds.set(kind, []);
  kinds.get(kind).push({ f: c.f, args: c.args, flink: fl.ok ? 'ok ' + fl.x : `err ${fl.x.split('\n')[0]}`, engine });
});
const total = calls.length - notSupported;
console.log(`${names.length} functions, ${calls.length} calls: ${agree}/${total} agree (verdict and result type), ${notSupported} not supported yet by the engine`);
// the known disagreements, by kind and function with their number of calls: more calls, or a
// function or kind not listed, fail
const known = new Map(existsSync(knownFile) ? readFileSync(knownFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => { const [k, f, n] = l.split('\t'); return [`${k}\t${f}`, Number(n)]; }) : []);
const current = new Map();
for (const [kind, ds] of kinds) {
  const byF = new Map();
  for (const d of ds) byF.set(d.f, [...(byF.get(d.f) ?? []), d]);
  console.log(`\n${kind}: ${ds.length} calls in ${byF.size} functions`);
  for (const [f, fds] of [...byF].sort((x, y) => y[1].length - x[1].length)) {
    const d = fds[0];
    console.log(`  ${f} ${fds.length}x, e.g. ${f}(${d.args.join(', ')}): Flink ${d.flink} | engine ${d.engine}`);
    if (verbose) for (const x of fds.slice(1)) console.log(`      ${f}(${x.args.join(', ')}): Flink ${x.flink} | engine ${x.engine}`);
    current.set(`${kind}\t${f}`, fds.length);
  }
}
if (process.env.UPDATE_KNOWN === '1') {
  writeFileSync(knownFile, `# Where the engine and Flink 2.3.0 disagree on function calls today (test/flink/function-types.mjs):\n# kind<TAB>function<TAB>calls. More calls, or a function or kind not listed, fail the run.\n${[...current].map(([k, n]) => `${k}\t${n}`).sort().join('\n')}\n`);
  console.log(`\nwrote ${current.size} known disagreements to ${knownFile}`);
} else if (!only) {
  const worse = [...current].filter(([k, n]) => n > (known.get(k) ?? 0));
  const better = [...known].filter(([k, n]) => (current.get(k) ?? 0) < n);
  for (const [k, n] of worse) console.log(`NEW: ${k.replace('\t', ' ')} ${n} calls (listed: ${known.get(k) ?? 0})`);
  console.log(`\n${worse.length} new disagreements (not in function-types-known.txt), ${better.length} listed ones fewer (UPDATE_KNOWN=1 rewrites the list)`);
  if (worse.length > 0 || staleTable) process.exit(1);
}

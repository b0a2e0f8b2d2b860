// `flinksql explain` against Flink 2.3.0's optimized physical plan, for every case folder
// (test/cases/*, ../shared/cases/*). Flink's plan: studio.flink.Plan (one JVM for all files): the
// optimized physical plan of what runs (a query into the collect sink, `Sink(table=[*anonymous_
// collect$1*])`, as executeSql runs it, an INSERT into its sink), each node with its changelog mode
// and upsert keys (as Flink's planner tests print them) and named by the ExecNode it runs as (a
// deduplicating Rank is `Deduplicate`). Ours: `node dist/cli.js explain FILE...` (one process).
//
// What is compared is what a user reads off explain, after this normalization of both trees:
// - Flink's Exchange nodes are dropped (a shuffle; the engine runs in one task and prints none);
// - Calc nodes are dropped on both sides: where a projection / filter sits is decided by Flink's
//   rule set (projection push-down into the scan, Calc merging, expression reduction), and the
//   engine evaluates expressions where its operators need them (an aggregate's arguments inside
//   the aggregate, a join's computed keys in the join), so a Calc says nothing about the changelog;
//   the figure with Calc nodes compared is printed for information;
// - each node is its kind (the name before the parenthesis), its changelogMode and its upsert
//   keys as a set of column sets, a column name the planner generates ($f0, w0$o0) matching any
//   column; attributes (select=, where=, ...) are not compared.
// A query the engine refuses as not supported yet (`run` refuses it too) is not compared: it is
// listed and counted as not run by the engine.
// Node agreement: a Flink node agrees when our node at the same place in the tree (the same path
// of input indexes from the root) has the same kind, mode and keys. A plan agrees when every
// node does and the trees have the same shape. A file both reject (ERROR) agrees as a plan.
// Every difference is printed (Flink's and our normalized trees side by side); the run fails
// (exit 1) on a difference not in plans-known.json ({case, flink, ours, why}: the normalized trees
// as printed, so a known difference that changes is new again). A listed one that agrees now is
// reported as stale. UPDATE_KNOWN=1 rewrites the list, keeping each case's `why`.
// Usage: node test/flink/plans.mjs [case-name-substring...] | --dir DIR   (FLINK_PLAN_TEXT=1 also prints
// both raw plans of each difference)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build, caseDirs, here, root } from './lib.mjs';

const KNOWN = join(here, 'plans-known.json');
const cli = join(root, 'dist/cli.js');

/** Flink's plans of the given query files, one JVM: Map(file -> text lines). */
function flinkPlans(classpath, files) {
  // FLINK_PLANS_FROM=FILE: Plan's output saved earlier (java ... studio.flink.Plan > FILE), while
  // working on the engine's side
  if (process.env.FLINK_PLANS_FROM) return Promise.resolve(splitPlans(readFileSync(process.env.FLINK_PLANS_FROM, 'utf8')));
  return new Promise((resolve, reject) => {
    const p = spawn('java', ['-Xss4m', '-cp', classpath, 'studio.flink.Plan', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (c) => { out += c; });
    p.stderr.on('data', (c) => { err += c; });
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`studio.flink.Plan exited ${code}\n${err.slice(-4000)}`));
      resolve(splitPlans(out));
    });
  });
}

/** Plan's output: "== FILE" then the plan's lines, per file. */
function splitPlans(out) {
  const plans = new Map();
  let cur = null;
  for (const line of out.split('\n')) {
    if (line.startsWith('== ')) { cur = []; plans.set(line.slice(3), cur); }
    else if (cur && line.trim()) cur.push(line);
  }
  return plans;
}

/** Ours: one `flinksql explain FILE...` for all folders: Map(folder -> its plan's lines). */
function ourPlans(dirs) {
  return new Promise((resolve) => {
    const files = dirs.map((d) => join(d, 'query.sql'));
    const p = spawn(process.execPath, [cli, 'explain', ...files], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (c) => { out += c; });
    p.stderr.on('data', (c) => { err += c; });
    p.on('close', (code) => {
      const byFile = files.length === 1 ? new Map([[files[0], out.split('\n').filter((l) => l.trim())]]) : splitPlans(out);
      resolve(new Map(dirs.map((d, i) => [d, byFile.get(files[i]) ?? [`ERROR exit ${code}: ${err.split('\n')[0]}`]])));
    });
  });
}

/** The text inside the brackets that open at `open` (nested brackets kept). */
function bracketed(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return s.slice(open + 1, i);
  }
  return s.slice(open + 1);
}

/** Parses `[[a], [b, c]]`'s inside into sorted key strings; also our older `{a}, {b, c}`. */
function parseKeys(inner) {
  const keys = [];
  const re = /[[{]([^\]}]*)[\]}]/g;
  let m;
  while ((m = re.exec(inner))) keys.push(m[1].split(',').map((x) => x.trim()).filter(Boolean).sort().join(', '));
  return keys.sort();
}

/** A printed plan tree -> nodes {kind, mode, keys, inputs, text}. Returns null for an ERROR. */
export function parseTree(lines) {
  if (lines.some((l) => l.startsWith('ERROR'))) return null;
  const rootNodes = [];
  const stack = [];
  for (const line of lines) {
    const at = line.search(/[A-Za-z]/);
    if (at < 0) continue;
    const depth = Math.floor(at / 3);
    const body = line.slice(at);
    const paren = body.indexOf('(');
    const kind = paren < 0 ? body.trim() : body.slice(0, paren);
    const modeAt = body.lastIndexOf('changelogMode=[');
    const mode = modeAt < 0 ? '?' : bracketed(body, modeAt + 'changelogMode='.length);
    const keysAt = body.lastIndexOf('upsertKeys=[');
    const keys = keysAt < 0 ? [] : parseKeys(bracketed(body, keysAt + 'upsertKeys='.length));
    const node = { kind, mode, keys, inputs: [], text: body };
    stack.length = depth;
    if (depth === 0) rootNodes.push(node);
    else stack[depth - 1]?.inputs.push(node);
    stack[depth] = node;
  }
  return rootNodes[0] ?? null;
}

/** The normalization described at the top; `calc: false` keeps Calc nodes (the strict figure). */
export function normalize(node, { calc = true } = {}) {
  if (!node) return null;
  if (node.kind === 'Exchange' || (calc && node.kind === 'Calc')) return normalize(node.inputs[0], { calc });
  return {
    kind: node.kind, mode: node.mode, keys: node.keys, text: node.text,
    inputs: node.inputs.map((i) => normalize(i, { calc })),
  };
}

const label = (n) => `${n.kind} [${n.mode}]${n.keys.length ? ' keys=' + n.keys.map((k) => `[${k}]`).join(',') : ''}`;

/** Indented one-line-per-node text of a normalized tree. */
export function treeText(n, depth = 0) {
  if (!n) return '';
  return [' '.repeat(depth * 2) + label(n), ...n.inputs.map((i) => treeText(i, depth + 1))].join('\n');
}

/** A column the planner names itself ($f0, w0$o0, $e): compared as any column. */
const generated = (name) => name.includes('$');

/** Upsert keys agree: as many, each with the same columns (a generated name matches any). */
export function sameKeys(a, b) {
  if (a.length !== b.length) return false;
  const cols = (k) => (k ? k.split(', ') : []);
  const used = new Set();
  return a.every((ka) => {
    const i = b.findIndex((kb, j) => {
      if (used.has(j)) return false;
      const x = cols(ka), y = cols(kb);
      if (x.length !== y.length) return false;
      const ny = y.filter((n) => !generated(n));
      const nx = x.filter((n) => !generated(n));
      return nx.every((n) => y.includes(n) || y.some(generated)) && ny.every((n) => x.includes(n) || x.some(generated));
    });
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

/** Compares two normalized trees: { nodes (Flink's), agree, sameShape }. */
export function compareTrees(f, o) {
  let nodes = 0, agree = 0, sameShape = true;
  const walk = (a, b) => {
    nodes++;
    if (b && a.kind === b.kind && a.mode === b.mode && sameKeys(a.keys, b.keys)) agree++;
    if (!b || a.inputs.length !== b.inputs.length) sameShape = false;
    a.inputs.forEach((c, i) => walk(c, b?.inputs[i]));
  };
  walk(f, o);
  const count = (n) => (n ? 1 + n.inputs.reduce((s, i) => s + count(i), 0) : 0);
  if (count(o) !== nodes) sameShape = false;
  return { nodes, agree, sameShape };
}

function sideBySide(a, b) {
  const l = a.split('\n'), r = b.split('\n');
  const w = Math.max(40, ...l.map((x) => x.length));
  const out = [];
  for (let i = 0; i < Math.max(l.length, r.length); i++) {
    out.push(`   ${(l[i] ?? '') === (r[i] ?? '') ? ' ' : '!'} ${(l[i] ?? '').padEnd(w)} | ${r[i] ?? ''}`);
  }
  return out.join('\n');
}

/** Returns { plans, plansAgree, nodes, nodesAgree, differences, known, stale, failed }. */
export async function runPlans(classpath, { filters = [], dir = null, log = console.log } = {}) {
  if (!existsSync(cli)) throw new Error('dist/cli.js missing: npm run build first');
  // --dir DIR: the case folders in DIR instead (e.g. random.mjs --keep DIR's generated cases)
  const dirs = dir ? readdirSync(dir).sort().map((n) => join(dir, n)).filter((d) => existsSync(join(d, 'query.sql'))) : caseDirs(filters);
  const files = dirs.map((d) => join(d, 'query.sql'));
  const [flink, ours] = await Promise.all([flinkPlans(classpath, files), ourPlans(dirs)]);
  const known = existsSync(KNOWN) ? JSON.parse(readFileSync(KNOWN, 'utf8')) : [];
  const knownBy = new Map(known.map((k) => [k.case, k]));
  let plansAgree = 0, nodes = 0, nodesAgree = 0, bothRejected = 0;
  const notAvailable = [];
  let strictPlans = 0, strictNodes = 0, strictAgree = 0;
  const found = [];
  for (const d of dirs) {
    const name = !dir && relative(root, d).startsWith('..') ? 'shared/' + basename(d) : basename(d);
    const fl = flink.get(join(d, 'query.sql')) ?? ['ERROR no plan from studio.flink.Plan'];
    const ol = ours.get(d);
    const ft = normalize(parseTree(fl)), ot = normalize(parseTree(ol));
    // a query the engine does not run yet (run says so too): not compared, counted apart
    const na = ol.find((l) => l.startsWith('ERROR NotSupportedYet'));
    if (na && ft) { notAvailable.push(`${name}: ${na.slice(6)}`); continue; }
    {
      const fs = normalize(parseTree(fl), { calc: false }), os = normalize(parseTree(ol), { calc: false });
      if (fs && os) {
        const c = compareTrees(fs, os);
        strictNodes += c.nodes; strictAgree += c.agree;
        if (c.sameShape && c.agree === c.nodes) strictPlans++;
      } else if (!fs && !os) strictPlans++;
      else if (fs) strictNodes += compareTrees(fs, null).nodes;
    }
    let agree;
    let flinkText, ourText;
    if (!ft || !ot) {
      flinkText = ft ? treeText(ft) : fl.find((l) => l.startsWith('ERROR'));
      ourText = ot ? treeText(ot) : ol.find((l) => l.startsWith('ERROR'));
      agree = !ft && !ot;
      if (agree) bothRejected++;
      if (ft) nodes += compareTrees(ft, null).nodes;
    } else {
      const c = compareTrees(ft, ot);
      nodes += c.nodes;
      nodesAgree += c.agree;
      agree = c.sameShape && c.agree === c.nodes;
      flinkText = treeText(ft);
      ourText = treeText(ot);
    }
    if (agree) { plansAgree++; continue; }
    const k = knownBy.get(name);
    const item = { case: name, flink: flinkText, ours: ourText, rawFlink: fl, rawOurs: ol };
    item.known = !!k && k.flink === flinkText && k.ours === ourText;
    if (k) item.why = k.why;
    found.push(item);
  }
  const foundCases = new Set(found.map((x) => x.case));
  const stale = known.filter((k) => !foundCases.has(k.case) && dirs.some((d) => basename(d) === k.case.replace(/^shared\//, '')));
  for (const x of found) {
    log(`${x.known ? 'known  ' : 'not ok '} plan ${x.case}${x.why ? ` (${x.why})` : ''}\n     Flink 2.3.0${' '.repeat(Math.max(0, Math.max(40, ...x.flink.split('\n').map((l) => l.length)) - 11))}   ours\n${sideBySide(x.flink, x.ours)}`);
    if (process.env.FLINK_PLAN_TEXT === '1') log(`   Flink:\n${x.rawFlink.map((l) => '     ' + l).join('\n')}\n   ours:\n${x.rawOurs.map((l) => '     ' + l).join('\n')}`);
  }
  for (const x of notAvailable) log(`-       plan ${x}`);
  for (const x of stale) log(`stale   plan ${x.case}: listed in plans-known.json but Flink and we now agree (UPDATE_KNOWN=1 rewrites the list)`);
  const fresh = found.filter((x) => !x.known);
  if (process.env.UPDATE_KNOWN === '1') {
    const keep = known.filter((k) => !dirs.some((d) => basename(d) === k.case.replace(/^shared\//, '')));
    const list = [...keep, ...found.map((x) => ({ case: x.case, flink: x.flink, ours: x.ours, why: x.why ?? 'TODO: why' }))].sort((a, b) => (a.case < b.case ? -1 : 1));
    writeFileSync(KNOWN, JSON.stringify(list, null, 2) + '\n');
    log(`plans: wrote ${list.length} known differences to ${relative(root, KNOWN)}`);
  }
  log(`plans: ${dirs.length} case files: ${plansAgree} plans agree (${bothRejected} rejected by both), ${found.length} differ (${found.length - fresh.length} known, ${fresh.length} new), ${stale.length} stale, ${notAvailable.length} not run by the engine; nodes ${nodesAgree}/${nodes} agree (Flink's nodes but Exchange and Calc)`);
  log(`plans: with Calc nodes compared too: ${strictPlans}/${dirs.length} plans, ${strictAgree}/${strictNodes} nodes agree (information: not checked)`);
  const failed = process.env.UPDATE_KNOWN === '1' ? 0 : fresh.length;
  return { plans: dirs.length, plansAgree, nodes, nodesAgree, strictPlans, strictNodes, strictAgree, differences: found.length, known: found.length - fresh.length, stale: stale.length, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const args = process.argv.slice(2);
  const at = args.indexOf('--dir');
  const dir = at >= 0 ? resolve(args.splice(at, 2)[1]) : null;
  const r = await runPlans(build(), { filters: args, dir });
  console.log(`plans.mjs: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  process.exitCode = r.failed ? 1 : 0;
}

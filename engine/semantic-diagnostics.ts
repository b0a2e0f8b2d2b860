// The semantic diagnostics of a document, read off the engine's analysis (analyzeDocument): ONE
// implementation for the language server (server/engine-seam.ts, incremental) and `flinksql
// check` (cli/check.ts).
//
//  - FSQL100/FSQL110: Flink's error of a statement (validator / planner), with a "Did you mean"
//    for unknown tables, columns and functions when Flink's own message has none.
//  - FSQL120: connector options of a CREATE TABLE (engine/knowledge/connectors.ts
//    validateTableOptions, FactoryUtil's messages), FSQL121: WATERMARK on a column that is not
//    TIMESTAMP(p) / TIMESTAMP_LTZ(p), p <= 3.
//  - FSQL200 (warning): unbounded state without a TTL; FSQL201 (information): an updating query
//    into an upsert sink or the SQL client's view emits every intermediate result; FSQL202
//    (warning): a ROW_NUMBER top-1 Flink 2.1+ declares insert-only although it replaces rows.
//
// Errors of what the embedded engine does not support yet (NotSupportedYet) are not diagnostics:
// they are not faults of the user's SQL.
import type * as A from './syntax/ast.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Range } from './syntax/ast.ts';
import { CODEGEN } from './analysis/errors.ts';
import { codeOfFlinkError } from './codes.ts';
import { didYouMean, validateTableOptions } from './knowledge/connectors.ts';
import { BUILTIN_FUNCTION_NAMES } from './knowledge/function-names.ts';
import { analyzeDocument } from './index.ts';
import type { StatementAnalysis, AnalyzeOptions } from './index.ts';
import type { Catalog } from './catalog/catalog.ts';
import { isInsertOnly } from './plan/nodes.ts';
import type { PlanNode } from './plan/nodes.ts';

const NOT_SUPPORTED = 'NotSupportedYet';

/** A CREATE TABLE of the document and its option problems (each with the range it is about). */
interface TableDecl { decl: A.CreateTable; options: Record<string, string>; problems: { kind: string; message: string; range: Range }[] }

/** What earlier statements of the document set (SET 'table.exec.state.ttl', the runtime mode, tables). */
export interface SemanticContext {
  stateTtl: boolean;
  batch: boolean;
  miniBatch: boolean;
  /** the catalog after the document (did-you-mean candidates) */
  catalog?: Catalog;
  /** the document's CREATE TABLEs so far, by the last part of their name */
  tables: Map<string, TableDecl>;
  /** the document's CREATE VIEWs so far, by the last part of their name */
  views: Map<string, A.CreateView>;
}

export function newContext(catalog?: Catalog): SemanticContext {
  return { stateTtl: false, batch: false, miniBatch: false, tables: new Map(), views: new Map(), ...(catalog ? { catalog } : {}) };
}

/** Updates the context with a statement that changes it (CREATE TABLE, DROP, SET, RESET). */
export function advanceContext(ctx: SemanticContext, s: A.Statement): void {
  if (s.kind === 'CreateTable') {
    const name = s.name[s.name.length - 1]!.value;
    if (!ctx.tables.has(name) || !s.ifNotExists) ctx.tables.set(name, tableDecl(s));
  }
  if (s.kind === 'CreateView') ctx.views.set(s.name[s.name.length - 1]!.value, s);
  if (s.kind === 'Drop' && s.name.length) { ctx.tables.delete(s.name[s.name.length - 1]!.value); ctx.views.delete(s.name[s.name.length - 1]!.value); }
  if (s.kind === 'Set' && s.key) {
    if (s.key === 'table.exec.state.ttl') ctx.stateTtl = !!s.value && !/^\s*0\s*[a-z]*\s*$/i.test(s.value);
    if (s.key === 'execution.runtime-mode') ctx.batch = (s.value ?? '').toLowerCase() === 'batch';
    if (s.key === 'table.exec.mini-batch.enabled') ctx.miniBatch = (s.value ?? '').toLowerCase() === 'true';
  }
  if (s.kind === 'Reset') { ctx.stateTtl = false; ctx.batch = false; ctx.miniBatch = false; }
}

/** Whole-document semantic diagnostics in statement order. */
export function semanticDiagnostics(statements: StatementAnalysis[], catalog?: Catalog): Diagnostic[] {
  const ctx = newContext(catalog);
  const out: Diagnostic[] = [];
  for (const s of statements) {
    out.push(...statementDiagnostics(s, ctx));
    advanceContext(ctx, s.statement);
  }
  return out;
}

/** The diagnostics of one analysed statement. */
export function statementDiagnostics(s: StatementAnalysis, ctx: SemanticContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const e = s.error;
  const st = s.statement;
  if (e && e.className !== NOT_SUPPORTED && !e.className.endsWith('ParseException')) {
    const short = e.className.slice(e.className.lastIndexOf('.') + 1);
    let range = e.range ?? st.range;
    let note = '';
    // Flink raises a table's fault (options, primary key, watermark) on the statement that uses
    // the table, and a view's that only planning finds (a call its code generation refuses) on
    // the query that reads the view: the error goes there, on the table's or view's name in it
    if (!inside(range, st.range)) {
      // (a view's validation errors stay in the view: Flink rejects its CREATE VIEW)
      const owner = [...ctx.tables.values()].map((t) => t.decl).find((d) => inside(range, d.range))
        ?? (e.className === CODEGEN ? [...ctx.views.values()].find((d) => inside(range, d.range)) : undefined);
      if (owner) {
        const name = owner.name[owner.name.length - 1]!.value;
        range = refsOf(st).find((r) => r.name === name)?.range ?? firstWord(st);
        note = `\n\n('${name}' is declared at line ${owner.range.start.line + 1}.)`;
      }
    }
    out.push({ code: codeOfFlinkError(e.className), severity: 'error', message: `${short}: ${e.message}${suggestion(e.message, st, ctx)}${note}`, range });
  }
  if (st.kind === 'CreateTable') out.push(...createTableDiagnostics(st));
  if (!e && (st.kind === 'QueryStatement' || st.kind === 'Insert')) {
    const d = useDiagnostic(st, ctx);
    if (d) out.push(d);
  }
  if (!e && s.plan && !ctx.batch) out.push(...stateDiagnostics(s, ctx));
  return out;
}

function inside(r: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, r.start) && le(r.end, outer.end);
}

/** The tables a query reads (by name, or as a TVF's `TABLE t` argument) or writes (the INSERT's target), in source order. */
function refsOf(st: A.Statement): { name: string; range: Range; write: boolean }[] {
  const out: { name: string; range: Range; write: boolean }[] = [];
  walk(st, (o) => {
    const kind = o['kind'];
    const n = kind === 'Insert' || kind === 'TableArgument' ? o['table'] as A.Identifier[] | undefined : kind === 'TableName' ? o['name'] as A.Identifier[] : undefined;
    if (n?.length) out.push({ name: n[n.length - 1]!.value, range: { start: n[0]!.range.start, end: n[n.length - 1]!.range.end }, write: kind === 'Insert' });
  });
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

/** Problems Flink's table factories raise when a query reads or writes the table (FSQL120, error). */
function useDiagnostic(st: A.QueryStatement | A.Insert, ctx: SemanticContext): Diagnostic | undefined {
  for (const ref of refsOf(st)) {
    let t = ctx.tables.get(ref.name);
    let file = '';
    if (!t) {
      // a table of a catalog file (flinksql.catalogFiles): the catalog keeps its CREATE TABLE
      const obj = ctx.catalog?.objects.get(ref.name);
      if (!obj || obj.kind !== 'table') continue;
      t = tableDecl(obj.ast);
      file = ' of its catalog file';
    }
    const where = `\n\n(the options of '${ref.name}', line ${t.decl.range.start.line + 1}${file})`;
    // Flink parses the values first, then requires options, then rejects unknown keys
    const order = ['missing-connector', 'unknown-connector', 'bad-value', 'missing-required', 'unknown-key'];
    const p = [...t.problems].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
    if (p) return { code: 'FSQL120', severity: 'error', range: ref.range, message: p.message + where };
    const o = t.options;
    if (!ref.write && o['connector'] === 'kafka' && o['properties.group.id'] === undefined && (o['scan.startup.mode'] ?? 'group-offsets').toLowerCase() === 'group-offsets') {
      return {
        code: 'FSQL120', severity: 'error', range: ref.range,
        message: `IllegalStateException: Property group.id is required when using committed offset for offsets initializer\n\n'scan.startup.mode' defaults to 'group-offsets': add 'properties.group.id' = '...' or set 'scan.startup.mode' = 'earliest-offset' / 'latest-offset'.${where}`,
      };
    }
    if (ctx.batch && !ref.write && unbounded(o)) {
      return {
        code: 'FSQL100', severity: 'error', range: ref.range,
        message: `ValidationException: Querying an unbounded table 'default_catalog.default_database.${ref.name}' in batch mode is not allowed. The table source is unbounded.\n\nBound the source (${o['connector'] === 'datagen' ? "'number-of-rows'" : "'scan.bounded.mode'"}) or run in streaming mode.`,
      };
    }
  }
  return undefined;
}

function unbounded(o: Record<string, string>): boolean {
  switch (o['connector']) {
    case 'datagen': return o['number-of-rows'] === undefined;
    case 'kafka': return (o['scan.bounded.mode'] ?? 'unbounded') === 'unbounded';
    case 'upsert-kafka': return (o['scan.bounded.mode'] ?? 'unbounded') === 'unbounded';
    case 'filesystem': return o['source.monitor-interval'] !== undefined;
    default: return false;
  }
}

// ---------------------------------------------------------------------------------------------
// did-you-mean

function walk(node: unknown, visit: (o: Record<string, unknown>) => void, seen = new Set<object>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) { for (const x of node) walk(x, visit, seen); return; }
  const o = node as Record<string, unknown>;
  visit(o);
  for (const k in o) if (k !== 'range') walk(o[k], visit, seen);
}

function tablesOf(stmt: A.Statement): string[] {
  return refsOf(stmt).filter((r) => !r.write).map((r) => r.name);
}

function suggestion(message: string, stmt: A.Statement, ctx: SemanticContext): string {
  if (/did you mean/i.test(message)) return '';
  const catalog = ctx.catalog;
  let m = /Object '([^']+)' not found/.exec(message);
  if (m && catalog) {
    const s = didYouMean(m[1]!, [...catalog.objects.keys()]);
    return s ? `\nDid you mean '${s}'?` : '';
  }
  m = /Column '([^']+)' not found in (?:any table|table '([^']+)')/.exec(message);
  if (m && catalog) {
    const cols = new Set<string>();
    for (const t of tablesOf(stmt)) {
      const obj = catalog.objects.get(t) ?? catalog.objects.get(t.split('.').pop()!);
      if (obj) for (const c of obj.kind === 'table' ? obj.columns.map((x) => x.name) : obj.columns) cols.add(c);
    }
    const s = didYouMean(m[1]!, [...cols]);
    return s && s !== m[1] ? `\nDid you mean '${s}'?` : '';
  }
  m = /No match found for function signature ([A-Za-z_][A-Za-z0-9_]*)\(/.exec(message);
  if (m) {
    const s = OTHER_DIALECTS[m[1]!.toUpperCase()] ?? didYouMean(m[1]!, [...BUILTIN_FUNCTION_NAMES]);
    // a known function called with arguments it does not take (ARRAY_UNION(a)) is no misspelling
    return s && s.toUpperCase() !== m[1]!.toUpperCase() ? `\nDid you mean '${s}'?` : '';
  }
  return '';
}

/** Functions of other SQL dialects Flink 2.3.0 does not know (test/flink/functions.mjs), and Flink's own for the same. */
const OTHER_DIALECTS: Record<string, string> = {
  NVL: 'IFNULL', DATEDIFF: 'TIMESTAMPDIFF', DATE_ADD: 'TIMESTAMPADD', DATE_SUB: 'TIMESTAMPADD', LEN: 'CHAR_LENGTH',
  LENGTH: 'CHAR_LENGTH', COLLECT_LIST: 'ARRAY_AGG', SIZE: 'CARDINALITY', ARRAY_SIZE: 'CARDINALITY', ARRAY_LENGTH: 'CARDINALITY',
  GET_JSON_OBJECT: 'JSON_VALUE', JSON_EXTRACT: 'JSON_VALUE', STARTS_WITH: 'STARTSWITH', ENDS_WITH: 'ENDSWITH',
  SUBSTRING_INDEX: 'SPLIT_INDEX', SPLIT_PART: 'SPLIT_INDEX', TO_CHAR: 'DATE_FORMAT', CHARINDEX: 'LOCATE',
};

// ---------------------------------------------------------------------------------------------
// connector options (FSQL120) and the watermark's type (FSQL121)

function tableDecl(t: A.CreateTable): TableDecl {
  const options: Record<string, string> = {};
  const problems: TableDecl['problems'] = [];
  const byKey = new Map<string, A.TableOption>();
  for (const o of t.options) { options[o.key.value] = o.value.value; byKey.set(o.key.value, o); }
  // LIKE inherits options; CREATE TABLE AS may take them from the catalog's defaults
  if (t.like || t.asQuery) return { decl: t, options, problems };
  const nameRange: Range = { start: t.name[0]!.range.start, end: t.name[t.name.length - 1]!.range.end };
  for (const p of validateTableOptions(options)) {
    const opt = p.key ? byKey.get(p.key) : undefined;
    let range: Range = nameRange;
    let message = p.message;
    switch (p.kind) {
      case 'missing-connector':
        break;
      case 'unknown-connector':
        range = opt ? opt.value.range : nameRange;
        break;
      case 'missing-required': {
        const c = byKey.get('connector');
        range = c ? c.range : nameRange;
        message = `${p.message}\n\nAdd ${p.missing!.map((k) => `'${k.split(' | ')[0]}' = '...'`).join(', ')} to the WITH clause of '${t.name.map((i) => i.value).join('.')}'.`;
        break;
      }
      case 'unknown-key':
        range = opt ? opt.key.range : nameRange;
        break;
      case 'bad-value':
        range = opt ? opt.value.range : nameRange;
        break;
    }
    problems.push({ kind: p.kind, message, range });
  }
  return { decl: t, options, problems };
}

/** At the CREATE TABLE: its option problems as warnings (Flink accepts the DDL and raises them
 *  on the statements that use the table, where useDiagnostic puts the error); the watermark's type. */
function createTableDiagnostics(t: A.CreateTable): Diagnostic[] {
  const out: Diagnostic[] = [];
  const name = t.name.map((i) => i.value).join('.');
  for (const p of tableDecl(t).problems) {
    out.push({ code: 'FSQL120', severity: 'warning', range: p.range, message: `${p.message}\n\n(Flink accepts the CREATE TABLE and reports this on each query that reads or writes '${name}'.)` });
  }
  const wm = t.watermark;
  if (wm && wm.column.length === 1) {
    const col = t.columns.find((c) => c.name.value === wm.column[0]!.value);
    if (col && col.kind !== 'ComputedColumn') {
      const bad = badTimeType(col.type);
      if (bad) {
        out.push({
          code: 'FSQL121', severity: 'error', range: wm.column[0]!.range,
          message: `Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is ${bad}\n\nDeclare '${col.name.value}' as TIMESTAMP(3) (or TIMESTAMP_LTZ(3)), or add a computed column, e.g. \`ts AS TO_TIMESTAMP_LTZ(${col.name.value}, 3)\`, and put the WATERMARK on it.`,
        });
      }
    }
  }
  return out;
}

/** The type's text when it cannot carry a watermark (not TIMESTAMP(p)/TIMESTAMP_LTZ(p), p <= 3). */
function badTimeType(ty: A.DataType): string | undefined {
  const t = ty as unknown as { kind: string; name?: string; precision?: number; withLocalTimeZone?: boolean; range: Range };
  const text = typeText(ty);
  if (t.kind !== 'BasicType') return text;
  const name = (t.name ?? '').toUpperCase();
  if (name === 'TIMESTAMP' || name === 'TIMESTAMP_LTZ' || name === 'TIMESTAMP WITH LOCAL TIME ZONE' || name === 'TIMESTAMP_WITH_LOCAL_TIME_ZONE') {
    const p = t.precision ?? 6;
    return p <= 3 ? undefined : text;
  }
  return text;
}

function typeText(ty: A.DataType): string {
  const t = ty as unknown as { kind: string; name?: string; precision?: number; scale?: number };
  if (t.kind === 'BasicType' && t.name) {
    const n = t.name.toUpperCase();
    if (n === 'TIMESTAMP' || n === 'TIME') return `${n}(${t.precision ?? (n === 'TIME' ? 0 : 6)})`;
    if (n.startsWith('TIMESTAMP')) return `TIMESTAMP_LTZ(${t.precision ?? 6})`;
    if (n === 'VARCHAR' && t.precision === undefined) return 'VARCHAR(1)';
    if (n === 'STRING') return 'STRING';
    return t.precision !== undefined ? `${n}(${t.precision}${t.scale !== undefined ? `, ${t.scale}` : ''})` : n;
  }
  return t.kind.replace(/Type$/, '').toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// state warnings (FSQL200, FSQL201)

const STATEFUL = new Set(['Join', 'GroupAggregate', 'MiniBatchGroupAggregate', 'GlobalGroupAggregate']);

function findStateful(n: PlanNode, out: PlanNode[]): void {
  if (STATEFUL.has(n.kind)) out.push(n);
  for (const i of n.inputs) findStateful(i, out);
}

function hasStateTtlHint(stmt: A.Statement): boolean {
  let found = false;
  walk(stmt, (o) => { if (o['kind'] === 'Hint' && (o['name'] as A.Identifier).value.toUpperCase() === 'STATE_TTL') found = true; });
  return found;
}

function firstWord(s: A.Statement): Range {
  const st = s.range.start;
  const end = s.range.start.line === s.range.end.line ? Math.min(s.range.end.character, st.character + 6) : st.character + 6;
  return { start: st, end: { line: st.line, character: end } };
}

function stateDiagnostics(s: StatementAnalysis, ctx: SemanticContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const plan = s.plan!;
  const stateful: PlanNode[] = [];
  findStateful(plan, stateful);
  if (stateful.length && !ctx.stateTtl && !hasStateTtlHint(s.statement)) {
    const what = [...new Set(stateful.map((n) => n.kind === 'Join' ? 'a regular join' : 'an aggregation without a window'))].join(' and ');
    out.push({
      code: 'FSQL200', severity: 'warning', range: firstWord(s.statement),
      message: `Unbounded state: ${what} (${stateful.map((n) => n.kind).join(', ')}) keeps state for every key forever, and no state TTL is set. `
        + `On an unbounded stream the state grows without limit.\n\nSet a TTL before the query: SET 'table.exec.state.ttl' = '1 h'; `
        + `or use the STATE_TTL hint on the inputs (/*+ STATE_TTL('t' = '1h') */), or a window (TUMBLE/HOP/CUMULATE, interval join) whose state Flink frees after the watermark.`,
    });
  }
  // the seed's pitfall: an updating query into an upsert sink or the client's view
  const root = plan.inputs[0];
  if (root && !isInsertOnly(root.kinds) && (s.sink === 'upsert' || s.sink === 'collect')) {
    const where = s.statement.kind === 'Insert' ? `the upsert sink '${s.statement.table.map((i) => i.value).join('.')}'` : 'the SQL client (or any collect)';
    const maker = stateful.length ? stateful.map((n) => n.kind).join(', ') : root.kind;
    out.push({
      code: 'FSQL201', severity: 'information', range: firstWord(s.statement),
      message: `This query produces updates (${maker}): every new input row re-emits the changed result, so ${where} receives each intermediate result as a message (-U/+U), not one final answer per key.`
        + `\n\nAlternatives: a windowed aggregation (TUMBLE/HOP/CUMULATE over a WATERMARK) emits one final row per window; `
        + `mini-batch (SET 'table.exec.mini-batch.enabled' = 'true', 'table.exec.mini-batch.allow-latency' = '5 s', 'table.exec.mini-batch.size' = '1000') folds updates per batch; `
        + `a keyed sink (upsert-kafka / a JDBC table with a PRIMARY KEY) keeps only the latest row per key.`,
    });
  }
  // Flink 2.1+: a ROW_NUMBER top-1 inferred as an insert-only deduplication that still updates
  const top1: PlanNode[] = [];
  const findTop1 = (n: PlanNode) => { if (n.top1DeclaredInsertOnly) top1.push(n); n.inputs.forEach(findTop1); };
  findTop1(plan);
  for (const n of top1) {
    out.push({
      code: 'FSQL202', severity: 'warning', range: n.range ?? firstWord(s.statement),
      message: `Flink 2.3 declares this top-1 insert-only, yet a better row still replaces the kept one: it is sent as a lone +U with no -U before it. `
        + `Since Flink 2.1 a ROW_NUMBER top-1 is inferred as a keep-first deduplication unless it is ordered by exactly one key DESC. `
        + `An append-only sink (Kafka, filesystem) accepts the query and writes every replacement as another message; an aggregation or join above counts each +U as a new row.`
        + `\n\nFor a correct changelog (-U before +U): order by exactly one key DESC (e.g. ORDER BY -v DESC instead of ORDER BY v ASC), or turn on mini-batch. `
        + `To keep the first row by time, order by a time attribute ASC: that is a real deduplication, insert-only.`,
    });
  }
  return out;
}

/**
 * The semantic diagnostics of a whole document (`flinksql check`, tests): analyzeDocument + the
 * rules above. `analysis` reuses an analysis already made. Never throws.
 */
export function documentDiagnostics(text: string, opts: AnalyzeOptions = {}, analysis?: { statements: StatementAnalysis[]; catalog?: Catalog }): Diagnostic[] {
  try {
    const a = analysis ?? analyzeDocument(text, opts);
    return semanticDiagnostics(a.statements, a.catalog);
  } catch {
    return [];
  }
}

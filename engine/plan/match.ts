// MATCH_RECOGNIZE -> Flink's Match node (StreamExecMatch), run by runtime/match.ts.
//
// What Flink 2.3.0 does, probed on it (test/cases/match-*):
// - the pattern is a sequence of distinct variables, each with a quantifier; alternation, PERMUTE,
//   {- -} and quantified groups are TableExceptions, a group without a quantifier is flattened;
// - DEFINE of A (Calcite's NavigationReplacer, then MatchCodeGenerator): `A.x` and a bare `x` are
//   the current row, `B.x` is LAST(B.x, 0), PREV(B.x, n) is LAST(B.x, n) and PREV(x, n) the n-th
//   row before the current one in the match, PREV(A.x, n) with n > 0 and every NEXT fail ("Flink
//   does not support physical offsets within partition."); FIRST/LAST(B.x, n) index the rows
//   mapped to B (with the current row when B is A); an aggregate runs over the same rows;
// - MEASURES (FINAL): `A.x` is the last A row, a bare `x` the last row of the match, FIRST/LAST
//   and aggregates over the match's rows; MATCH_ROWTIME() is the time the match was found at;
//   CLASSIFIER() fails in code generation, MATCH_NUMBER() is unknown to Flink's validator;
// - the default after a match is SKIP TO NEXT ROW; a DEFINE of a variable the pattern lacks is
//   ignored; MATCH_ROWTIME() in DEFINE is the tested row's timestamp; the output's columns
//   (partition keys, measures) must be unique and there must be a measure ("Columns ambiguously
//   defined: {}"); ORDER BY a processing-time attribute runs rows as they come; ^ and $ are
//   ignored; a SUBSET variable names no rows; MATCH_ROWTIME(ts) is MATCH_ROWTIME();
// - Calcite's errors (unknown variable, several variables in one aggregate or FIRST/LAST,
//   DISTINCT, a DEFINE that is not a condition, PREV/NEXT in MEASURES) come first; errors of code
//   generation (PREV's physical offsets, CLASSIFIER, RUNNING) after the pattern's checks, as in
//   translateToPlanInternal.
import type * as A from '../syntax/ast.ts';
import type { Range } from '../diagnostics.ts';
import {
  AGGREGATES, compileExpr, exprKey, fnName, intervalLiteralMs, posPrefix, walkExpr,
  type ExprContext, type Field, type Fn,
} from '../analysis/expressions.ts';
import { CALCITE, CODEGEN, FlinkError, TABLE, VALIDATION, notSupported } from '../analysis/errors.ts';
import { INSERT_ONLY, changeProducer, isInsertOnly, kindsDescription, nodeName, type PlanNode } from './nodes.ts';
import { t, typeToString, withNullable, withoutTimeAttr, type SqlType } from '../types/types.ts';
import { comparator, type SortSpec } from '../runtime/operators.ts';
import * as Agg from '../runtime/aggregates.ts';
import {
  MatchOperator, canProduceEmptyMatches, compileNfa,
  type MatchEvent, type MatchRows, type PatternVariable, type SkipStrategy,
} from '../runtime/match.ts';
import type { PlanEnv, Scoped } from './planner.ts';
import { RowtimeMiniBatchAssigner } from '../runtime/mini-batch.ts';

export interface MatchHelpers {
  planFrom: (f: A.FromItem, env: PlanEnv) => Scoped;
  planAggCall: (e: A.FunctionCall, ctx: ExprContext) => { call: Agg.AggCall; type: SqlType; text: string };
  ctxOf: (env: PlanEnv, fields: Field[], extra?: Partial<ExprContext>) => ExprContext;
  mk: (p: Omit<PlanNode, 'updateBefore' | 'upsertKeys' | 'passThrough'>) => PlanNode;
}

const MALFORMED = 'org.apache.flink.cep.pattern.MalformedPatternException';
const OFFSETS = 'Flink does not support physical offsets within partition.';

/** how a value of the match is found */
type Slot =
  | { kind: 'current'; fn: Fn }
  | { kind: 'nav'; v: string; first: boolean; offset: number; fn: Fn }
  | { kind: 'agg'; v: string; call: Agg.AggCall }
  | { kind: 'rowtime' }
  | { kind: 'proctime' };

interface Flat { name: A.Identifier; min: number; max: number; reluctant: boolean; range: Range; quantified: boolean }

/** Calcite's RexNode text of a pattern (as Flink's messages print it) */
function rexText(p: A.PatternNode): string {
  switch (p.kind) {
    case 'PatternVariable': return `_UTF-16LE'${p.name.value}'`;
    case 'PatternConcat': return p.items.map(rexText).reduce((a, b) => `(${a}, ${b})`);
    case 'PatternAlternation': return p.alternatives.map(rexText).reduce((a, b) => `|(${a}, ${b})`);
    case 'PatternGroup': return rexText(p.pattern);
    case 'PatternQuantified': return `PATTERN_QUANTIFIER(${rexText(p.pattern)}, ${p.min}, ${p.max ?? -1}, ${p.reluctant})`;
    case 'PatternPermute': return `PATTERN_PERMUTE(${p.items.map(rexText).join(', ')})`;
    case 'PatternExclude': return `{-(${rexText(p.pattern)})`;
  }
}

/** The pattern as StreamExecMatch's PatternVisitor walks it: variables left to right. */
function flatten(p: A.PatternNode, out: Flat[]): void {
  switch (p.kind) {
    case 'PatternVariable': out.push({ name: p.name, min: 1, max: 1, reluctant: false, range: p.range, quantified: false }); return;
    case 'PatternConcat': for (const i of p.items) flatten(i, out); return;
    case 'PatternGroup': flatten(p.pattern, out); return;
    case 'PatternQuantified': {
      let inner = p.pattern;
      while (inner.kind === 'PatternGroup') inner = inner.pattern;
      if (inner.kind !== 'PatternVariable') {
        if (inner.kind === 'PatternConcat') throw new FlinkError(TABLE, `Expression not supported: ${rexText(inner)} Group patterns are not supported yet.`, p.range);
        flatten(inner, out);
        throw notSupported('a quantifier on this pattern', p.range);
      }
      out.push({ name: inner.name, min: p.min, max: p.max ?? -1, reluctant: p.reluctant, range: p.range, quantified: true });
      return;
    }
    case 'PatternAlternation': throw new FlinkError(TABLE, `Expression not supported: ${rexText(p)}. Currently, CEP doesn't support branching patterns.`, p.range);
    case 'PatternPermute': throw new FlinkError(TABLE, `Expression not supported: ${rexText(p)}. Currently, CEP doesn't support PERMUTE patterns.`, p.range);
    case 'PatternExclude': throw new FlinkError(TABLE, `Expression not supported: ${rexText(p)}. Currently, CEP doesn't support '{-' '-}' patterns.`, p.range);
  }
}

function intLiteral(e: A.FunctionArg | undefined, dflt: number): number | null {
  if (e === undefined) return dflt;
  if (e.kind === 'NumericLiteral' && /^\d+$/.test(e.text)) return Number(e.text);
  return null;
}

/** the pattern variables an expression's names refer to ('*' for a bare column) */
function variablesOf(e: A.Expression, vars: Set<string>): Set<string> {
  const out = new Set<string>();
  walkExpr(e, (x) => {
    if (x.kind === 'Name') { out.add(x.parts.length >= 2 && vars.has(x.parts[0]!.value) ? x.parts[0]!.value : '*'); return false; }
    return true;
  });
  return out;
}

/** the expression with its pattern variable qualifiers removed (a row of the input) */
function unqualified(e: A.Expression, vars: Set<string>): A.Expression {
  const copy = (x: unknown): unknown => {
    if (!x || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map(copy);
    const n = x as { kind?: string; parts?: A.Identifier[] };
    if (n.kind === 'Name' && n.parts!.length >= 2 && vars.has(n.parts![0]!.value)) return { ...n, parts: n.parts!.slice(1) };
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) o[k] = k === 'range' ? v : copy(v);
    return o;
  };
  return copy(e) as A.Expression;
}

/**
 * Compiles a DEFINE condition (`alpha` set) or a measure: every reference to the match's rows
 * becomes a slot, computed per evaluation; the rest is an ordinary expression over the slots.
 */
function compileMatchExpr(e: A.Expression, alpha: string | null, vars: Set<string>, input: Field[], rowtime: SqlType, env: PlanEnv, h: MatchHelpers) {
  // errors Flink raises while generating code (after the pattern's checks): kept for later
  let late: FlinkError | null = null;
  const defer = (err: FlinkError) => { late ??= err; };
  const slots: Slot[] = [];
  const fields: Field[] = [];
  const subs = new Map<string, number>();
  const inputCtx = h.ctxOf(env, input);
  const slot = (node: A.Expression, s: Slot, type: SqlType, text: string) => {
    const k = exprKey(node);
    if (subs.has(k)) return;
    subs.set(k, slots.length);
    slots.push(s);
    fields.push({ name: text, type });
  };
  const nav = (node: A.Expression, arg: A.Expression, v: string, first: boolean, offset: number, fn: string) => {
    const c = compileExpr(unqualified(arg, vars), inputCtx);
    const text = node.kind === 'Name' && v !== '*' ? `${v}.${c.text}` : `${fn}(${v === '*' ? '' : v + '.'}${c.text}, ${offset})`;
    slot(node, { kind: 'nav', v, first, offset, fn: c.fn }, withNullable(withoutTimeAttr(c.type), true), text);
  };
  const visit = (x: A.Expression): boolean => {
    if (x.kind === 'Name') {
      const q = x.parts.length >= 2 && vars.has(x.parts[0]!.value) ? x.parts[0]!.value : null;
      if (x.parts.length >= 2 && !q) throw new FlinkError(CALCITE, `${posPrefix(inputCtx, x.parts[0]!.range)}Table '${x.parts[0]!.value}' not found`, x.range);
      const v = q ?? '*';
      if (alpha !== null && (v === alpha || v === '*')) {
        const c = compileExpr(unqualified(x, vars), inputCtx);
        slot(x, { kind: 'current', fn: c.fn }, withoutTimeAttr(c.type), `PREV(${v === '*' ? '' : v + '.'}${c.text}, 0)`);
      } else nav(x, x, v, false, 0, 'LAST');
      return false;
    }
    if (x.kind !== 'FunctionCall' || x.over) return true;
    const name = fnName(x);
    if ((name === 'FINAL' || name === 'RUNNING') && x.args.length === 1) {
      if (alpha !== null) throw notSupported(`${name} in DEFINE`, x.range);
      const inner = x.args[0] as A.Expression;
      walkExpr(inner, visit);
      // the call stands for its operand
      const k = exprKey(inner);
      if (!subs.has(k)) throw notSupported(`${name} over an expression`, x.range);
      subs.set(exprKey(x), subs.get(k)!);
      // MatchCodeGenerator generates FINAL only
      if (name === 'RUNNING') defer(new FlinkError(CODEGEN, `Unsupported call: RUNNING(${typeToString(fields[subs.get(k)!]!.type)})`, x.range));
      return false;
    }
    if (name === 'PREV' || name === 'NEXT' || name === 'FIRST' || name === 'LAST') {
      const arg = x.args[0] as A.Expression | undefined;
      const n = intLiteral(x.args[1], name === 'PREV' || name === 'NEXT' ? 1 : 0);
      if (!arg || x.args.length > 2 || n === null) throw notSupported(`this ${name} call`, x.range);
      const vs = variablesOf(arg, vars);
      if (vs.size > 1) throw multipleVariables(x, inputCtx, name === 'FIRST' || name === 'LAST' ? n : null);
      if (vs.size !== 1) throw notSupported(`${name} over no column`, x.range);
      const v = [...vs][0]!;
      if (name === 'PREV' || name === 'NEXT') {
        if (alpha === null) throw new FlinkError(CALCITE, `${posPrefix(inputCtx, x.range)}Cannot use PREV/NEXT in MEASURE '${name}(${unparse(arg)}, ${n})'`, x.range);
        if (arg.kind !== 'Name') throw notSupported(`${name} over an expression`, x.range);
        // NavigationReplacer: PREV of another variable (or of a bare column) is LAST
        if (name === 'PREV' && alpha !== null && v !== alpha) { nav(x, arg, v, false, n, 'LAST'); return false; }
        if (n !== 0) {
          defer(new FlinkError(TABLE, OFFSETS, x.range));
          const c = compileExpr(unqualified(arg, vars), inputCtx);
          slot(x, { kind: 'rowtime' }, withNullable(withoutTimeAttr(c.type), true), `${name}(${c.text}, ${n})`);
          return false;
        }
        visit(arg);
        subs.set(exprKey(x), subs.get(exprKey(arg))!);
        return false;
      }
      nav(x, arg, v, name === 'FIRST', n, name);
      return false;
    }
    if (name === 'MATCH_ROWTIME' || name === 'MATCH_PROCTIME') {
      if (x.args.length && (name === 'MATCH_PROCTIME' || x.args.length > 1 || (x.args[0] as A.Expression).kind !== 'Name')) throw notSupported(`${name} with this argument`, x.range);
      if (alpha !== null && name === 'MATCH_PROCTIME') throw notSupported(`${name} in DEFINE`, x.range);
      // MATCH_ROWTIME() is a TIMESTAMP(3) rowtime whatever the input's; MATCH_ROWTIME(t) has t's type
      if (name === 'MATCH_ROWTIME') slot(x, { kind: 'rowtime' }, x.args.length ? rowtime : t('TIMESTAMP', false, { precision: 3, timeAttr: 'rowtime' }), x.args.length ? `MATCH_ROWTIME(${unparse(x.args[0]!).replace(/`/g, '')})` : 'MATCH_ROWTIME()');
      else slot(x, { kind: 'proctime' }, t('TIMESTAMP_LTZ', false, { precision: 3, timeAttr: 'proctime' }), 'MATCH_PROCTIME()');
      return false;
    }
    if (name === 'CLASSIFIER') { defer(new FlinkError(CODEGEN, 'Unsupported call: CLASSIFIER()', x.range)); slot(x, { kind: 'rowtime' }, t('VARCHAR', true, { precision: 2147483647 }), 'CLASSIFIER()'); return false; }
    if (name === 'MATCH_NUMBER') throw new FlinkError(CALCITE, `${posPrefix(inputCtx, x.range)}No match found for function signature MATCH_NUMBER().`, x.range);
    if (AGGREGATES.has(name)) {
      if (x.quantifier) throw new FlinkError(CALCITE, `${posPrefix(inputCtx, x.range)}DISTINCT/ALL not allowed with ${unparse(x)} function`, x.range);
      if (x.filter || x.withinGroup || x.nullTreatment) throw notSupported(`${name} with FILTER, WITHIN GROUP or NULLS in MATCH_RECOGNIZE`, x.range);
      const vs = new Set<string>();
      for (const a of x.args) if ((a as A.Expression).kind !== 'Star') for (const v of variablesOf(a as A.Expression, vars)) vs.add(v);
      if (vs.size > 1) throw multipleVariables(x, inputCtx, null);
      const v = vs.size ? [...vs][0]! : '*';
      const call = { ...x, args: x.args.map((a) => unqualified(a as A.Expression, vars)) } as A.FunctionCall;
      const a = h.planAggCall(call, inputCtx);
      slot(x, { kind: 'agg', v, call: a.call }, a.type, a.text);
      return false;
    }
    return true;
  };
  walkExpr(e, visit);
  const compiled = compileExpr(e, h.ctxOf(env, fields, { substitutions: subs }));
  return { compiled, slots, late };
}

/** Calcite's unparse of a (simple) expression, as its messages print it */
function unparse(e: A.Expression | A.FunctionArg): string {
  switch (e.kind) {
    case 'Name': return e.parts.map((p) => '`' + p.value + '`').join('.');
    case 'NumericLiteral': return e.text;
    case 'Star': return '*';
    case 'Binary': return `${unparse(e.left)} ${e.op} ${unparse(e.right)}`;
    case 'FunctionCall': return `${fnName(e)}(${e.quantifier ? e.quantifier + ' ' : ''}${e.args.map(unparse).join(', ')})`;
    default: return '?';
  }
}

/** Calcite: an aggregate or FIRST/LAST over columns of several pattern variables */
function multipleVariables(x: A.FunctionCall, ctx: ExprContext, offset: number | null): FlinkError {
  const text = offset === null ? unparse(x) : `${fnName(x)}(${unparse(x.args[0]!)}, ${offset})`;
  if (text.includes('?')) return notSupported('a call over several pattern variables', x.range);
  return new FlinkError(CALCITE, `${posPrefix(ctx, x.range)}Multiple pattern variables in '${text}'`, x.range);
}

/** the values of the slots: `rows` per variable in pattern order; `current` the row a DEFINE tests */
function slotValues(slots: Slot[], vars: string[], rowsOf: MatchRows | (() => MatchRows), current: MatchEvent | null, alpha: string | null, ts: number, now: () => number): unknown[] {
  let read: MatchRows | null = typeof rowsOf === 'function' ? null : rowsOf;
  const list = (v: string): MatchEvent[] => {
    const rows = (read ??= (rowsOf as () => MatchRows)());
    let l: MatchEvent[];
    if (v === '*') {
      l = [];
      for (const name of vars) { const r = rows.get(name); if (r) l.push(...r); if (name === alpha) break; }
    } else l = rows.get(v) ?? [];
    if (current && (v === '*' || v === alpha)) l = [...l, current];
    return l;
  };
  return slots.map((s) => {
    switch (s.kind) {
      case 'current': return s.fn(current!.f);
      case 'nav': {
        const l = list(s.v);
        if (l.length <= s.offset) return null;
        return s.fn(l[s.first ? s.offset : l.length - 1 - s.offset]!.f);
      }
      case 'agg': {
        const st = new Agg.AggState([s.call]);
        for (const r of list(s.v)) st.accumulate([s.call], r.f);
        return st.values([s.call])[0];
      }
      case 'rowtime': return ts;
      case 'proctime': return now();
    }
  });
}

export function planMatchRecognize(f: A.MatchRecognize, env: PlanEnv, h: MatchHelpers): Scoped {
  const input = h.planFrom(f.input, env);
  const ctx = h.ctxOf(env, input.fields);
  // the pattern's variables, as Calcite validates them
  const flat: Flat[] = [];
  let structural: FlinkError | null = null;
  try { flatten(f.pattern, flat); } catch (e) { if (e instanceof FlinkError) structural = e; else throw e; }
  const varSet = new Set<string>();
  const collect = (p: A.PatternNode): void => {
    if (p.kind === 'PatternVariable') varSet.add(p.name.value);
    else if (p.kind === 'PatternConcat' || p.kind === 'PatternPermute') p.items.forEach(collect);
    else if (p.kind === 'PatternAlternation') p.alternatives.forEach(collect);
    else collect(p.pattern);
  };
  collect(f.pattern);
  const skipVar = f.afterMatch?.variable;
  if (skipVar && !varSet.has(skipVar.value)) throw new FlinkError(CALCITE, `${posPrefix(ctx, skipVar.range)}Unknown pattern '${skipVar.value}'`, skipVar.range);
  // Flink's Match ignores ^ and $, and a SUBSET variable names no rows (its code generator
  // asks the match for rows of that name: none)
  for (const sub of f.subsets) varSet.add(sub.name.value);
  // partition keys: columns of the input
  const partition = f.partitionBy.map((p) => {
    if (p.kind !== 'Name') throw notSupported('PARTITION BY an expression in MATCH_RECOGNIZE', p.range);
    const c = compileExpr(p, ctx);
    if (c.fieldIndex === undefined) throw notSupported('PARTITION BY an expression in MATCH_RECOGNIZE', p.range);
    return { c, field: input.fields[c.fieldIndex]! };
  });
  const order = f.orderBy.map((o) => ({ o, c: compileExpr(o.expr, ctx) }));
  // measures and conditions are validated before the plan is built; errors of code generation come later
  const vars = flat.map((v) => v.name.value);
  const rowtimeType: SqlType = order[0] && order[0].c.type.timeAttr === 'rowtime'
    ? { ...withNullable(order[0].c.type, false), precision: 3, timeAttr: 'rowtime' }
    : t('TIMESTAMP', false, { precision: 3, timeAttr: 'rowtime' });
  // Calcite validates DEFINE and MEASURES (its errors come before the planner's)
  const defines = new Map<string, ReturnType<typeof compileMatchExpr>>();
  for (const d of f.define) {
    // a DEFINE of a variable the pattern does not have is ignored
    if (!varSet.has(d.name.value)) continue;
    const c = compileMatchExpr(d.condition, d.name.value, varSet, input.fields, rowtimeType, env, h);
    if (c.compiled.type.name !== 'BOOLEAN' && c.compiled.type.name !== 'NULL') throw new FlinkError(CALCITE, `${posPrefix(ctx, d.condition.range)}DEFINE clause must be a condition`, d.condition.range);
    defines.set(d.name.value, c);
  }
  const measures = f.measures.map((m) => {
    if (!m.alias) throw notSupported('a measure without AS name', m.range);
    const c = compileMatchExpr(m.expr, null, varSet, input.fields, rowtimeType, env, h);
    const mt = c.slots.length === 1 && c.slots[0]!.kind === 'rowtime' && c.compiled.fieldIndex === 0 && !c.late ? c.compiled.type : withoutTimeAttr(c.compiled.type);
    return { name: m.alias.value, ...c, type: mt };
  });
  // the output's columns: partition keys, then measures (Flink: unique names, and at least one measure)
  const outNames = [...partition.map((p) => p.field.name), ...measures.map((m) => m.name)];
  const dup = [...new Set(outNames.filter((n, i) => outNames.indexOf(n) !== i))];
  if (dup.length || !measures.length) throw new FlinkError(VALIDATION, `Columns ambiguously defined: {${dup.join(', ')}}`, f.range);
  // changelog: Match consumes inserts only
  if (!isInsertOnly(input.node.kinds)) {
    throw new FlinkError(TABLE, `Match Recognize doesn't support consuming ${kindsDescription(input.node.kinds)} changes which is produced by node ${nodeName(changeProducer(input.node))}`, f.range);
  }
  // StreamExecMatch.translateToPlanInternal, in its order
  if (!order.length) throw new FlinkError(TABLE, 'You must specify either rowtime or proctime for order by.', f.range);
  const time = order[0]!;
  if (!time.c.type.timeAttr) throw new FlinkError(TABLE, 'You must specify either rowtime or proctime for order by as the first one.', time.o.range);
  if (time.o.direction === 'DESC') throw new FlinkError(TABLE, 'Primary sort order of a streaming table must be ascending on time.', time.o.range);
  const proctime = time.c.type.timeAttr === 'proctime';
  if (proctime && order.length > 1) throw notSupported('MATCH_RECOGNIZE ordered by processing time and other keys', order[1]!.o.range);
  if (proctime && f.within) throw notSupported('WITHIN in a MATCH_RECOGNIZE ordered by processing time', f.within.range);
  let windowMs = 0;
  if (f.within) {
    const w = f.within as A.Expression;
    if (w.kind !== 'IntervalLiteral' || ['YEAR', 'MONTH', 'QUARTER'].includes(w.qualifier.start)) {
      throw new FlinkError(TABLE, 'Only constant intervals with millisecond resolution are supported as time constraints of patterns.', w.range);
    }
    windowMs = intervalLiteralMs(w);
  }
  if (structural) throw structural;
  // PatternVisitor: each variable in turn (unique name, its condition, its quantifier)
  const seen = new Set<string>();
  const pvs: PatternVariable[] = [];
  let skip: SkipStrategy = { kind: 'TO_NEXT' };
  for (const v of flat) {
    const name = v.name.value;
    if (seen.has(name)) throw new FlinkError(TABLE, 'Pattern variables must be unique. That might change in the future.', v.range);
    seen.add(name);
    if (pvs.length === 0) {
      const mode = f.afterMatch?.mode;
      if (mode === 'SKIP PAST LAST ROW') skip = { kind: 'PAST_LAST' };
      else if (mode === 'SKIP TO FIRST') skip = { kind: 'TO_FIRST', variable: skipVar!.value };
      else if (mode === 'SKIP TO LAST' || mode === 'SKIP TO') skip = { kind: 'TO_LAST', variable: skipVar!.value };
    }
    const def = defines.get(name);
    let cond: PatternVariable['cond'] = null;
    if (def) {
      const { compiled, slots, late } = def;
      if (late) throw late;
      const known = vars.slice(0, vars.indexOf(name) + 1);
      cond = (ev, rows) => compiled.fn(slotValues(slots, known, rows, ev, name, ev.ts, env.now)) === true;
    }
    // applyQuantifier
    const { min, max } = v;
    const greedyQ = !v.reluctant;
    const optional = min === 0 && max === 1;
    let pv: PatternVariable;
    if (min === 0 && max === -1) pv = { name, cond, kind: 'looping', from: 1, to: 1, optional: true, greedy: false };
    else if (min === 1 && max === -1) pv = { name, cond, kind: 'looping', from: 1, to: 1, optional: false, greedy: false };
    else if (optional) pv = { name, cond, kind: 'single', from: 1, to: 1, optional: true, greedy: false };
    else if (max !== -1) {
      if (max < Math.max(min, 1)) throw notSupported(`the quantifier {${min},${max}}`, v.range);
      pv = { name, cond, kind: min === 1 && max === 1 && !v.quantified ? 'single' : 'times', from: Math.max(min, 1), to: max, optional: min === 0, greedy: false };
      if (!v.quantified) pv.kind = 'single';
    } else pv = { name, cond, kind: 'looping', from: min, to: min, optional: false, greedy: false };
    // Pattern.optional() (for * and ?) refuses a greedy variable before it
    const prev = pvs[pvs.length - 1];
    if ((min === 0 && max === -1) || optional) {
      if (prev?.greedy) throw new FlinkError(MALFORMED, 'Optional pattern cannot be preceded by greedy pattern', v.range);
    }
    if (greedyQ && !(optional || min === max)) pv.greedy = true;
    else if (!greedyQ && optional) throw new FlinkError(TABLE, 'Reluctant optional variables are not supported yet.', v.range);
    pvs.push(pv);
  }
  if (canProduceEmptyMatches(compileNfa(pvs))) {
    throw new FlinkError(TABLE, 'Patterns that can produce empty matches are not supported. There must be at least one non-optional state.', f.pattern.range);
  }
  if (pvs[pvs.length - 1]!.greedy) {
    throw new FlinkError(TABLE, 'Greedy quantifiers are not allowed as the last element of a Pattern yet. Finish your pattern with either a simple variable or reluctant quantifier.', f.pattern.range);
  }
  if (f.rowsPerMatch === 'ALL ROWS PER MATCH') throw new FlinkError(TABLE, 'All rows per match mode is not supported yet.', f.range);
  // measures (generateOneRowPerMatchExpression)
  for (const m of measures) if (m.late) throw m.late;
  const alias = f.alias?.name.value ?? '';
  const fields: Field[] = [
    ...partition.map((p) => ({ name: p.field.name, type: p.field.type, qualifier: alias })),
    ...measures.map((m) => ({ name: m.name, type: m.type, qualifier: alias })),
  ];
  if (f.alias?.columns.length) throw notSupported('column aliases on MATCH_RECOGNIZE', f.alias.range);
  const rest: SortSpec[] = order.slice(1).map(({ o, c }) => ({ get: c.fn, desc: o.direction === 'DESC', nullsFirst: o.nulls ? o.nulls === 'FIRST' : o.direction !== 'DESC' }));
  const restCmp = rest.length ? comparator(rest) : null;
  const pfns = partition.map((p) => p.c.fn);
  const tfn = time.c.fn;
  const skipText = skip.kind === 'PAST_LAST' ? 'SKIP PAST LAST ROW' : skip.kind === 'TO_NEXT' ? 'SKIP TO NEXT ROW' : `SKIP TO ${skip.kind === 'TO_FIRST' ? 'FIRST' : 'LAST'} ${skip.variable}`;
  const project = (rows: MatchRows, ts: number): unknown[] => {
    let first: MatchEvent | undefined;
    for (const v of vars) { const r = rows.get(v); if (r?.length) { first = r[0]; break; } }
    const out: unknown[] = pfns.map((p) => p(first!.f));
    for (const m of measures) out.push(m.compiled.fn(slotValues(m.slots, vars, rows, null, null, ts, env.now)));
    return out;
  };
  const node = h.mk({
    kind: 'Match',
    inputs: [input.node],
    fields,
    attrs: `partitionBy=[${partition.map((p) => p.c.text).join(', ')}], orderBy=[${order.map(({ o, c }) => `${c.text} ${o.direction === 'DESC' ? 'DESC' : 'ASC'}`).join(', ')}], measures=[${measures.map((m) => `FINAL(${m.compiled.text}) AS ${m.name}`).join(', ')}], rowsPerMatch=[ONE ROW PER MATCH], after=[${skipText}], pattern=[${rexText(f.pattern)}], define=[{${f.define.map((d) => d.name.value).join(', ')}}]`,
    kinds: INSERT_ONLY,
    range: f.range,
    // under mini-batch Flink puts its rowtime MiniBatchAssigner above the source: the Match sees
    // only the watermarks it passes (once per allow-latency), so rows behind the source's still count
    ...(env.miniBatchSize && !env.batch && !proctime ? { miniBatch: { intervalMs: env.miniBatchLatency ?? 0, rowtime: true } } : {}),
    build: (out, rt) => {
      const op = new MatchOperator(out, { vars: pvs, skip, windowMs, partition: pfns, time: tfn, order: restCmp, project, ...(proctime ? { proctime: rt.now } : {}) });
      op.onLate = () => rt.onLate();
      return [env.miniBatchSize && !env.batch && !proctime ? new RowtimeMiniBatchAssigner(op, env.miniBatchLatency ?? 0) : op];
    },
  });
  return { node, fields };
}

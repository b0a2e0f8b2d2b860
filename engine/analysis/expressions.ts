// Expressions: name resolution, Flink's type inference, and compilation into closures over the
// input row's field array (compiled once per query, never interpreted per row).
import type * as A from '../syntax/ast.ts';
import {
  BIGINT, BOOLEAN, DOUBLE, INT, STRING, commonType, isApprox, isIntegral, isNumeric, isString, isTimestamp,
  numericResult, t, typeToString, withNullable, withoutTimeAttr, type SqlType,
} from '../types/types.ts';
import { INVALID, compareValues, decimalString, javaDouble, javaFloat, localDate, localDateTime, localTime, parseText, valuesEqual } from '../types/values.ts';
import { CALCITE, CODEGEN, FlinkError, RUNTIME, VALIDATION, calcitePos, codegenRefusal, notSupported } from './errors.ts';
import type { Range } from '../diagnostics.ts';
import { FLINK_FUNCTIONS } from '../knowledge/flink-functions.ts';
import { compileMoreCall } from './functions/index.ts';
import { ConstructedMap, MapFromArrays, mapEntries } from './functions/collections.ts';
import { javaRegex as javaPattern } from './functions/text.ts';
import { javaCos, javaExp, javaLog, javaLog10, javaPow, javaSin, javaTan, javaToDegrees, javaToRadians } from './functions/java-math.ts';
import { calciteFamily, calciteTypeName, checkSignature } from './functions/signatures.ts';
import { FUNCTION_SIGNATURES } from '../knowledge/function-signatures.ts';

const LN2_JAVA = 0.6931471805599453; // Math.log(2) in Java (and V8)

/** Argument kinds that are no plain operand (their calls are left to the function's own checks). */
const NOT_OPERAND = new Set(['Symbol', 'NamedArgument', 'TableArgument', 'Descriptor', 'ModelArgument', 'JsonKeyValue', 'DefaultArgument', 'Star', 'Lambda']);
import { COLLECTION_NULL_ARGS } from './functions/collections.ts';

export type Fn = (f: unknown[]) => unknown;

export interface Field {
  name: string;
  /** table alias / name the field can be qualified with */
  qualifier?: string;
  type: SqlType;
  /**
   * Marks the source columns this field is read from as read (a table scan's columns carry it;
   * `{ ...field }` copies keep it). Called whenever a name resolves to the field, so a source
   * converts only the columns a query reads, as Flink's projection push-down does.
   */
  use?: () => void;
  /**
   * A join side's column that USING or NATURAL made common: reached by its qualified name (and
   * `q.*`) only; the unqualified name and `*` mean the common column (planJoin, usingColumns).
   */
  hidden?: boolean;
  /**
   * The common column and the sides' columns of a join's USING: in WHERE and HAVING Calcite sees
   * the sides' columns, not the common one (an unqualified name is ambiguous there: usingWhereView).
   */
  usingColumn?: boolean;
}

export interface Compiled {
  type: SqlType;
  fn: Fn;
  /** Flink-style digest for explain: `+(a, 1)`, `$0` names are replaced by field names */
  text: string;
  /** constant value when the expression is a literal (for window sizes, LIMIT, ...) */
  literal?: unknown;
  /** index of the input field when the expression is a plain column reference */
  fieldIndex?: number;
}

export interface ExprContext {
  fields: Field[];
  /** expressions already computed by an operator below (group keys, aggregates): key -> field */
  substitutions?: Map<string, number>;
  /** position of the statement, for Calcite-style message positions */
  stmtStart?: { line: number; character: number };
  /** PROCTIME() / CURRENT_TIMESTAMP clock */
  now: () => number;
  /** what to say when an aggregate appears where it cannot */
  aggregateNotAllowed?: string;
  /**
   * compiling an expression Calcite's simplification drops before code generation (a CASE branch
   * under WHEN FALSE): a call Flink's code generation refuses is no error there (`codegenRefusal`)
   */
  deadCode?: boolean;
  /** compiling an expression Flink's optimizer may yet prune (a SELECT item, a computed column, a
   *  WHERE that may reduce to FALSE): a code generation refusal is collected here, for the planner
   *  to raise if the expression stays (`codegenRefusal`) */
  deferred?: FlinkError[];
}

/** A structural key of an expression (ranges and quoting ignored) to match GROUP BY items. */
export function exprKey(e: unknown): string {
  return JSON.stringify(e, (k, v) => (k === 'range' || k === 'quoted' ? undefined : v));
}

export function relRange(ctx: { stmtStart?: { line: number; character: number } }, r: Range | undefined): Range | undefined {
  if (!r || !ctx.stmtStart) return r;
  const s = ctx.stmtStart;
  const rel = (p: { line: number; character: number }) => ({
    line: p.line - s.line,
    character: p.line === s.line ? p.character - s.character : p.character,
  });
  return { start: rel(r.start), end: rel(r.end) };
}

export function posPrefix(ctx: ExprContext, r: Range | undefined): string {
  return calcitePos(relRange(ctx, r));
}

export function resolveName(ctx: ExprContext, parts: A.Identifier[], range: Range): { index: number; rest: A.Identifier[] } {
  const fs = ctx.fields;
  if (parts.length >= 2) {
    const q = parts[0]!.value, n = parts[1]!.value;
    const i = fs.findIndex((f) => f.qualifier === q && f.name === n);
    if (i >= 0) { fs[i]!.use?.(); return { index: i, rest: parts.slice(2) }; }
  }
  const n = parts[0]!.value;
  // a scalar subquery's join (rewriteScalarSubqueries: qualifiers $sq<n>, and $dv<n> for the
  // outer values it joins) adds no name of its own to the query's scope: its columns are read by
  // their qualified names only
  const hits = fs.map((f, i) => (f.name === n && !f.hidden && !f.qualifier?.startsWith('$sq') && !f.qualifier?.startsWith('$dv') ? i : -1)).filter((i) => i >= 0);
  if (hits.length > 1) {
    throw new FlinkError(CALCITE, `${posPrefix(ctx, range)}Column '${n}' is ambiguous`, range);
  }
  if (hits.length === 1) { fs[hits[0]!]!.use?.(); return { index: hits[0]!, rest: parts.slice(1) }; }
  if (parts.length >= 2 && fs.some((f) => f.qualifier === parts[0]!.value)) {
    const p = parts[1]!;
    throw new FlinkError(CALCITE, `${posPrefix(ctx, p.range)}Column '${p.value}' not found in table '${parts[0]!.value}'`, p.range);
  }
  if (parts.length >= 2) {
    throw new FlinkError(CALCITE, `${posPrefix(ctx, parts[0]!.range)}Table '${parts[0]!.value}' not found`, parts[0]!.range);
  }
  // Calcite suggests a column that differs only in case
  const alt = fs.find((f) => f.name.toLowerCase() === n.toLowerCase());
  throw new FlinkError(CALCITE, `${posPrefix(ctx, range)}Column '${n}' not found in any table${alt ? `; did you mean '${alt.name}'?` : ''}`, range);
}

const lit = (type: SqlType, v: unknown, text: string): Compiled => ({ type, fn: () => v, text, literal: v });

export const AGGREGATES = new Set([
  'COUNT', 'SUM', 'AVG', 'MIN', 'MAX', 'FIRST_VALUE', 'LAST_VALUE', 'LISTAGG', 'ARRAY_AGG', 'COLLECT',
  'STDDEV_POP', 'STDDEV_SAMP', 'VAR_POP', 'VAR_SAMP', 'JSON_ARRAYAGG', 'JSON_OBJECTAGG',
  'STDDEV', 'VARIANCE', '$WELFORD_M2$1', '$SINGLE_VALUE_RETRACT', 'PERCENTILE', 'APPROX_COUNT_DISTINCT',
]);

export function isAggregateCall(e: A.Expression): e is A.FunctionCall {
  return e.kind === 'FunctionCall' && !e.over && AGGREGATES.has(fnName(e));
}
export function fnName(e: A.FunctionCall): string {
  return e.name.map((p) => p.value).join('.').toUpperCase();
}

/** Walks an expression tree (not into subqueries). */
export function walkExpr(e: unknown, visit: (x: A.Expression) => boolean | void): void {
  if (!e || typeof e !== 'object') return;
  if (Array.isArray(e)) { for (const x of e) walkExpr(x, visit); return; }
  const n = e as { kind?: string };
  if (n.kind === 'Query' || n.kind === 'Select') return;
  if (typeof n.kind === 'string' && visit(e as A.Expression) === false) return;
  for (const [k, v] of Object.entries(e)) {
    if (k === 'range' || k === 'query') continue;
    if (v && typeof v === 'object') walkExpr(v, visit);
  }
}

/** A call whose value Calcite does not take as deterministic (RAND, UUID, PROCTIME, ...). */
export function isNondeterministicCall(x: A.Expression): boolean {
  return x.kind === 'FunctionCall' && /^(RAND|RAND_INTEGER|UUID|PROCTIME)$/.test(fnName(x));
}

/** Whether Calcite's ReduceExpressionsRule reduces an expression to a constant when it plans:
 *  it reads no column and calls no nondeterministic or dynamic function (CURRENT_TIME, RAND, ...). */
export function isConstant(e: unknown): boolean {
  let constant = true;
  walkExpr(e, (x) => {
    if (x.kind === 'Name' || x.kind === 'Subquery' || isNondeterministicCall(x) || (x.kind === 'FunctionCall' && /^(NOW|CURRENT_.*|LOCALTIME.*|UNIX_TIMESTAMP)$/.test(fnName(x)))) constant = false;
    return constant;
  });
  return constant;
}

function intervalMillis(l: A.IntervalLiteral): { ms: number; months: number; ym: boolean } {
  const q = l.qualifier;
  const v = l.value.trim();
  const sign = l.sign * (v.startsWith('-') ? -1 : 1);
  const body = v.replace(/^[-+]/, '');
  const unitMs: Record<string, number> = { DAY: 86_400_000, HOUR: 3_600_000, MINUTE: 60_000, SECOND: 1000, MILLISECOND: 1 };
  if (q.start === 'YEAR' || q.start === 'MONTH' || q.start === 'QUARTER') {
    if (q.end === 'MONTH') { const [y, m] = body.split('-').map(Number); return { ms: 0, months: sign * ((y ?? 0) * 12 + (m ?? 0)), ym: true }; }
    const n = Number(body);
    return { ms: 0, months: sign * (q.start === 'YEAR' ? n * 12 : q.start === 'QUARTER' ? n * 3 : n), ym: true };
  }
  if (!q.end) {
    if (q.start === 'WEEK') return { ms: sign * Number(body) * 7 * 86_400_000, months: 0, ym: false };
    return { ms: sign * Math.round(Number(body) * (unitMs[q.start] ?? 1000)), months: 0, ym: false };
  }
  // DAY TO SECOND and friends: 'd hh:mm:ss.fff' with the leading unit first
  const order = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];
  const nums = body.split(/[ :]/).map(Number);
  const units = order.slice(order.indexOf(q.start), order.indexOf(q.end) + 1);
  let ms = 0;
  units.forEach((u, i) => { ms += (nums[i] ?? 0) * unitMs[u]!; });
  return { ms: sign * Math.round(ms), months: 0, ym: false };
}

export function intervalLiteralMs(l: A.IntervalLiteral): number {
  return intervalMillis(l).ms;
}

/** AST data type -> SqlType. */
export function toSqlType(d: A.DataType): SqlType {
  switch (d.kind) {
    case 'BasicType': {
      const nullable = d.nullable;
      switch (d.name) {
        case 'STRING': return t('VARCHAR', nullable, { precision: 2147483647 });
        case 'VARCHAR': return t('VARCHAR', nullable, { precision: d.precision ?? 1 });
        case 'CHAR': return t('CHAR', nullable, { precision: d.precision ?? 1 });
        case 'BYTES': return t('VARBINARY', nullable, { precision: 2147483647 });
        case 'REAL': return t('FLOAT', nullable);
        case 'DECIMAL': return t('DECIMAL', nullable, { precision: d.precision ?? 10, scale: d.scale ?? 0 });
        case 'TIMESTAMP': return t('TIMESTAMP', nullable, { precision: d.precision ?? 6 });
        case 'TIMESTAMP_LTZ': return t('TIMESTAMP_LTZ', nullable, { precision: d.precision ?? 6 });
        case 'TIME': return t('TIME', nullable, { precision: d.precision ?? 0 });
        case 'BOOLEAN': case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': case 'FLOAT': case 'DOUBLE':
        case 'DATE': case 'BINARY': case 'VARBINARY': case 'NULL':
          return t(d.name, nullable, d.precision !== undefined ? { precision: d.precision } : {});
        default: throw notSupported(`data type ${d.name}`, d.range);
      }
    }
    case 'CollectionType': return t(d.collection, d.nullable, { element: toSqlType(d.element) });
    case 'MapType': return t('MAP', d.nullable, { key: toSqlType(d.key), value: toSqlType(d.value) });
    case 'RowType': return t('ROW', d.nullable, { fields: d.fields.map((f) => ({ name: f.name.value, type: toSqlType(f.type) })) });
    case 'IntervalType': return t(['YEAR', 'MONTH'].includes(d.qualifier.start) ? 'INTERVAL_YEAR_MONTH' : 'INTERVAL_DAY_TIME', d.nullable);
    default: throw notSupported(`data type ${d.kind}`, d.range);
  }
}

// ---- casting --------------------------------------------------------------------------------

function timestampText(ms: number, precision: number): string {
  const base = localDateTime(ms - (((ms % 1000) + 1000) % 1000)).replace('T', ' ').replace(/^(.{16})$/, '$1:00');
  return precision > 0 ? `${base}.${String(((ms % 1000) + 1000) % 1000).padStart(3, '0').padEnd(precision, '0').slice(0, precision)}` : base;
}

function formatForCast(v: unknown, from: SqlType): string {
  switch (from.name) {
    case 'DOUBLE': return javaDouble(v as number);
    case 'FLOAT': return javaFloat(v as number);
    case 'DECIMAL': return decimalString(v as number, from.scale ?? 0);
    // DateTimeUtils.timestampToString: the fraction padded to the type's precision (TIMESTAMP(3): 10:00:09.000)
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return timestampText(v as number, from.precision ?? 6);
    case 'DATE': return localDate(v as number);
    // DateTimeUtils.timeToString: the fraction to the type's precision (TIME(1) 10:00:00.5, TIME(0) none)
    case 'TIME': {
      const ms = ((v as number) % 1000 + 1000) % 1000, p = from.precision ?? 0;
      const hms = localTime((v as number) - ms).replace(/^(\d\d:\d\d)$/, '$1:00');
      return p > 0 ? `${hms}.${String(ms).padStart(3, '0').padEnd(p, '0').slice(0, p)}` : hms;
    }
    case 'BOOLEAN': return v ? 'TRUE' : 'FALSE';
    // Flink's ArrayToString / MapToString / RowToString cast rules: the elements cast to text, a
    // map in its own order (every entry of a MAP_FROM_ARRAYS map) (case cast-precision-and-collections-to-string)
    case 'ARRAY': case 'MULTISET': return '[' + (v as unknown[]).map((x) => castText(x, from.element!)).join(', ') + ']';
    case 'MAP': return '{' + mapEntries(v as Map<unknown, unknown>).map(([k, x]) => `${castText(k, from.key!)}=${castText(x, from.value!)}`).join(', ') + '}';
    case 'ROW': return '(' + (v as unknown[]).map((x, i) => castText(x, from.fields![i]!.type)).join(', ') + ')';
    default: return String(v);
  }
}
function castText(v: unknown, ty: SqlType): string {
  return v === null || v === undefined ? 'NULL' : formatForCast(v, ty);
}

/** A TIMESTAMP's epoch milliseconds cut to `precision` digits of fraction as Flink 2.3.0's casts
 *  do: toward zero (CAST(TIMESTAMP '1969-12-31 23:59:59.999' AS TIMESTAMP(0)) is 1970-01-01 00:00). */
function cutMillis(v: number, precision: number): number {
  if (precision >= 3) return v;
  const unit = 10 ** (3 - Math.max(0, precision));
  return Math.trunc(v / unit) * unit + 0;
}

/** CAST semantics (Flink 2.x: a failing CAST raises, TRY_CAST returns null). */
/** A FLOAT/DOUBLE cast to an integral type as Java's (int)/(long) casts do: NaN 0, out of range
 *  the nearest bound; SMALLINT and TINYINT narrow the int further, wrapping ((short) (int) d). */
function javaNarrow(v: number, to: string): number {
  if (v !== v) return 0;
  if (to === 'BIGINT') return Math.max(-9223372036854775808, Math.min(9223372036854775807, Math.trunc(v)));
  const i = Math.max(-2147483648, Math.min(2147483647, Math.trunc(v)));
  return to === 'SMALLINT' ? (i << 16) >> 16 : to === 'TINYINT' ? (i << 24) >> 24 : i;
}

/** A FLOAT/DOUBLE cast to DECIMAL(p, s) as Flink's DecimalDataUtils.castFrom does:
 *  BigDecimal.valueOf(d) (the shortest decimal text of the double) rounded HALF_UP to s digits. */
function roundShortest(n: number, s: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  const [mant, exp] = Math.abs(n).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  // the value is 0.<digits> * 10^point; keep the digits down to 10^-s
  const keep = 1 + Number(exp) + s;
  if (keep >= digits.length) return n;
  if (keep < 0) return 0;
  let kept = digits.slice(0, keep) || '0';
  if (digits.charCodeAt(keep) >= 53) {
    const d = kept.split('').map(Number);
    let i = d.length - 1;
    while (i >= 0 && d[i] === 9) d[i--] = 0;
    if (i < 0) d.unshift(1); else d[i]!++;
    kept = d.join('');
  }
  const r = Number(`${kept}e${-s}`);
  return n < 0 ? -r : r;
}

export function castFn(from: SqlType, to: SqlType, onError: 'throw' | 'null'): (v: unknown) => unknown {
  const fail = (v: unknown): unknown => {
    if (onError === 'null') return null;
    if (isNumeric(to)) throw new FlinkError('java.lang.NumberFormatException', `For input string: '${String(v)}'. Invalid character found.`);
    throw new FlinkError(RUNTIME, `Cannot parse '${String(v)}' as ${typeToString(withNullable(to, true))}`);
  };
  if (to.name === from.name && to.name !== 'DECIMAL' && to.name !== 'CHAR' && to.name !== 'VARCHAR' && !(isTimestamp(to) && (to.precision ?? 6) < Math.min(3, from.precision ?? 6))) return (v) => v;
  switch (to.name) {
    case 'VARCHAR': case 'CHAR': return (v) => {
      if (v === null) return null;
      let s = isString(from) ? (v as string) : formatForCast(v, from);
      if (to.name === 'CHAR' && to.precision !== undefined) s = s.length > to.precision ? s.slice(0, to.precision) : s.padEnd(to.precision);
      else if (to.precision !== undefined && s.length > to.precision) s = s.slice(0, to.precision);
      return s;
    };
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return (v) => {
      if (v === null) return null;
      if (typeof v === 'number') return isApprox(from) ? javaNarrow(v, to.name) : Math.trunc(v);
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v === 'string') {
        // Flink's BinaryStringDataUtil.toInt/toLong: digits, an optional fraction that is dropped
        const s = v.trim();
        if (!/^[+-]?\d+(\.\d*)?$/.test(s)) return fail(v);
        const x = parseText(s.replace(/\.\d*$/, ''), to);
        return x === INVALID ? fail(v) : x;
      }
      return fail(v);
    };
    case 'FLOAT': case 'DOUBLE': return (v) => {
      if (v === null) return null;
      if (typeof v === 'number') return to.name === 'FLOAT' ? Math.fround(v) : v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      const x = parseText(String(v).trim(), to);
      return x === INVALID ? fail(v) : x;
    };
    case 'DECIMAL': return (v) => {
      if (v === null) return null;
      const sc = to.scale ?? 0; const f = 10 ** sc;
      let n: number;
      if (typeof v === 'number') n = v;
      else if (typeof v === 'boolean') n = v ? 1 : 0;
      else { const x = parseText(String(v).trim(), DOUBLE()); if (x === INVALID) return fail(v); n = x as number; }
      const r = typeof v === 'number' && isApprox(from) ? roundShortest(n, sc) : Math.sign(n) * Math.round(Math.abs(n) * f) / f;
      if (Math.abs(r) >= 10 ** ((to.precision ?? 10) - sc)) return null;
      return r;
    };
    case 'BOOLEAN': return (v) => {
      if (v === null) return null;
      if (typeof v === 'number') return v !== 0;
      const s = String(v).trim().toLowerCase();
      if (['true', 't', 'yes', 'y', '1'].includes(s)) return true;
      if (['false', 'f', 'no', 'n', '0'].includes(s)) return false;
      return onError === 'null' ? null : fail(v);
    };
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return (v) => {
      if (v === null) return null;
      if (from.name === 'DATE') return (v as number) * 86_400_000;
      if (isTimestamp(from)) return (to.precision ?? 6) < Math.min(3, from.precision ?? 6) ? cutMillis(v as number, to.precision ?? 6) : v;
      if (typeof v === 'string') { const x = parseText(v, to); return x === INVALID ? fail(v) : x; }
      if (typeof v === 'number') return v * 1000;
      return fail(v);
    };
    case 'DATE': return (v) => {
      if (v === null) return null;
      // toward zero, as Flink 2.3.0's cast divides the epoch millis (1969-12-31 23:59:59.999 is 1970-01-01)
      if (isTimestamp(from)) return Math.trunc((v as number) / 86_400_000) + 0;
      if (typeof v === 'string') {
        // lenient as Flink's DateTimeUtils.parseDate: yyyy[-M[-d]] ('42' is 0042-01-01)
        const m = /^\s*(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[ T].*)?\s*$/.exec(v);
        if (!m) return fail(v);
        const d = new Date(0);
        d.setUTCFullYear(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
        if (d.getUTCMonth() !== Number(m[2] ?? 1) - 1) return fail(v);
        return Math.floor(d.getTime() / 86_400_000);
      }
      return fail(v);
    };
    case 'TIME': return (v) => {
      if (v === null) return null;
      if (isTimestamp(from)) return ((cutMillis(v as number, to.precision ?? 0) % 86_400_000) + 86_400_000) % 86_400_000;
      if (typeof v === 'string') { const x = parseText(v, to); return x === INVALID ? fail(v) : x; }
      return fail(v);
    };
    default: return (v) => v;
  }
}

// ---- helpers for functions --------------------------------------------------------------------

function likeToRegex(p: string, esc: string | null): RegExp {
  let r = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (esc !== null && c === esc) { r += (p[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); continue; }
    if (c === '%') r += '[\\s\\S]*';
    else if (c === '_') r += '[\\s\\S]';
    else r += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + r + '$');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A Java date pattern as runs of one letter ({ letter, n }) and literal text ('...' quoted, '' a quote). */
function patternTokens(pattern: string): ({ letter: string; n: number } | string)[] {
  const out: ({ letter: string; n: number } | string)[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") { out.push("'"); i += 2; continue; }
      const j = pattern.indexOf("'", i + 1);
      out.push(pattern.slice(i + 1, j < 0 ? undefined : j)); i = j < 0 ? pattern.length : j + 1; continue;
    }
    if (/[A-Za-z]/.test(c)) { let j = i; while (pattern[j] === c) j++; out.push({ letter: c, n: j - i }); i = j; continue; }
    out.push(c); i++;
  }
  return out;
}

/** Java's DateTimeFormatter / SimpleDateFormat output for the common pattern letters (UTC). */
function dateFormat(ms: number, pattern: string): string {
  const d = new Date(ms);
  const num = (v: number, n: number) => String(v).padStart(n, '0');
  return patternTokens(pattern).map((tok) => {
    if (typeof tok === 'string') return tok;
    const { letter, n } = tok;
    switch (letter) {
      case 'y': case 'u': return n === 2 ? num(d.getUTCFullYear() % 100, 2) : num(d.getUTCFullYear(), n);
      case 'M': case 'L': return n >= 4 ? MONTHS[d.getUTCMonth()]! : n === 3 ? MONTHS[d.getUTCMonth()]!.slice(0, 3) : num(d.getUTCMonth() + 1, n);
      case 'd': return num(d.getUTCDate(), n);
      case 'D': return num(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1, n);
      case 'H': return num(d.getUTCHours(), n);
      case 'h': return num(d.getUTCHours() % 12 || 12, n);
      case 'k': return num(d.getUTCHours() || 24, n);
      case 'K': return num(d.getUTCHours() % 12, n);
      case 'm': return num(d.getUTCMinutes(), n);
      case 's': return num(d.getUTCSeconds(), n);
      case 'S': return num(d.getUTCMilliseconds(), 3).padEnd(n, '0').slice(0, n);
      case 'E': return n >= 4 ? WEEKDAYS[d.getUTCDay()]! : WEEKDAYS[d.getUTCDay()]!.slice(0, 3);
      case 'a': return d.getUTCHours() < 12 ? 'AM' : 'PM';
      default: return letter.repeat(n);
    }
  }).join('');
}

/** Parses text by a Java date pattern (UTC epoch millis), null when it does not match. */
function parseByPattern(text: string, pattern: string): number | null {
  const toks = patternTokens(pattern);
  let re = '^';
  const fields: string[] = [];
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (typeof tok === 'string') { re += esc(tok); continue; }
    const next = toks[i + 1];
    const adjacent = next !== undefined && typeof next !== 'string';
    fields.push(tok.letter + tok.n);
    if (tok.letter === 'M' && tok.n >= 3) re += '([A-Za-z]+)';
    else if (tok.letter === 'E') re += '([A-Za-z]+)';
    else if (tok.letter === 'a') re += '(AM|PM|am|pm)';
    else re += adjacent || tok.n > 2 ? `(\\d{${tok.n}})` : `(\\d{1,${Math.max(2, tok.n)}})`;
  }
  const m = new RegExp(re + '$').exec(text.trim());
  if (!m) return null;
  let y = 1970, mo = 0, day = 1, h = 0, mi = 0, sec = 0, msec = 0, pm: boolean | null = null;
  fields.forEach((f, i) => {
    const v = m[i + 1]!; const letter = f[0]; const n = Number(f.slice(1));
    switch (letter) {
      case 'y': case 'u': y = n === 2 ? 2000 + Number(v) : Number(v); break;
      case 'M': mo = n >= 3 ? MONTHS.findIndex((x) => x.toLowerCase().startsWith(v.toLowerCase())) : Number(v) - 1; break;
      case 'd': day = Number(v); break;
      case 'H': case 'k': h = Number(v) % 24; break;
      case 'h': case 'K': h = Number(v) % 12; break;
      case 'm': mi = Number(v); break;
      case 's': sec = Number(v); break;
      case 'S': msec = Math.round(Number(v) / 10 ** (v.length - 3)); break;
      case 'a': pm = v.toUpperCase() === 'PM'; break;
    }
  });
  if (pm) h += 12;
  if (mo < 0 || mo > 11 || day < 1 || day > 31 || h > 23 || mi > 59 || sec > 59) return null;
  return Date.UTC(y, mo, day, h, mi, sec, msec);
}

function javaRegex(p: string): RegExp {
  return new RegExp(p.replace(/\(\?<([a-zA-Z]\w*)>/g, '(?<$1>'));
}

/** A JSON path on a parsed document (Calcite's JsonFunctions over Jayway): `found` with its value;
 *  `error` for a member of a non-object or an index of a non-array, and in strict mode for a
 *  missing member (lax mode: not found, the ON EMPTY case). */
function jsonPath(doc: unknown, path: string): { found: boolean; value: unknown; error?: boolean } {
  const strict = /^\s*strict\s/i.test(path);
  const error = { found: false, value: undefined, error: true };
  let p = path.trim().replace(/^(lax|strict)\s+/i, '');
  if (!p.startsWith('$')) return error;
  p = p.slice(1);
  let cur: unknown = doc;
  const re = /^\.(\w+)|^\.(?:"([^"]*)")|^\[(\d+)\]|^\['([^']*)'\]/;
  const missing = { found: false, value: undefined, error: strict };
  while (p.length) {
    const m = re.exec(p);
    if (!m) return error;
    p = p.slice(m[0].length);
    if (m[3] !== undefined) {
      if (!Array.isArray(cur)) return cur === null ? missing : error;
      cur = cur[Number(m[3])];
    } else {
      const key = m[1] ?? m[2] ?? m[4]!;
      if (cur === null) return missing;
      if (typeof cur !== 'object' || Array.isArray(cur)) return error;
      cur = (cur as Record<string, unknown>)[key];
    }
    if (cur === undefined) return missing;
  }
  return { found: true, value: cur };
}

/** JSON text with object members sorted by key, as Flink 2.3.0 writes JSON_QUERY / JSON_OBJECT results. */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

const MS = { SECOND: 1000, MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000, WEEK: 7 * 86_400_000, MILLISECOND: 1 } as Record<string, number>;

function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.getTime();
}

function floorTo(ms: number, unit: string, ceil: boolean): number {
  const d = new Date(ms);
  let f: number;
  switch (unit) {
    case 'YEAR': f = Date.UTC(d.getUTCFullYear(), 0, 1); break;
    case 'QUARTER': f = Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1); break;
    case 'MONTH': f = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); break;
    case 'WEEK': { const day = Math.floor(ms / 86_400_000); const dow = (day + 4) % 7; f = (day - dow) * 86_400_000; break; }
    default: { const u = MS[unit] ?? 1; f = Math.floor(ms / u) * u; }
  }
  if (!ceil || f === ms) return f;
  switch (unit) {
    case 'YEAR': return addMonths(f, 12);
    case 'QUARTER': return addMonths(f, 3);
    case 'MONTH': return addMonths(f, 1);
    default: return f + (MS[unit] ?? 1);
  }
}

function extract(unit: string, v: number, ty: SqlType): number {
  const ms = ty.name === 'DATE' ? v * 86_400_000 : v;
  const d = new Date(ms);
  switch (unit) {
    case 'YEAR': return d.getUTCFullYear();
    case 'QUARTER': return Math.floor(d.getUTCMonth() / 3) + 1;
    case 'MONTH': return d.getUTCMonth() + 1;
    case 'WEEK': {
      const t0 = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      const dayNum = (t0.getUTCDay() + 6) % 7;
      t0.setUTCDate(t0.getUTCDate() - dayNum + 3);
      const firstThursday = new Date(Date.UTC(t0.getUTCFullYear(), 0, 4));
      return 1 + Math.round(((t0.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
    }
    case 'DAY': return d.getUTCDate();
    case 'DOW': case 'DAYOFWEEK': return d.getUTCDay() + 1;
    case 'ISODOW': return ((d.getUTCDay() + 6) % 7) + 1;
    case 'DOY': case 'DAYOFYEAR': return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
    case 'HOUR': return ty.name === 'TIME' ? Math.floor(v / 3_600_000) : d.getUTCHours();
    case 'MINUTE': return ty.name === 'TIME' ? Math.floor(v / 60_000) % 60 : d.getUTCMinutes();
    case 'SECOND': return ty.name === 'TIME' ? Math.floor(v / 1000) % 60 : d.getUTCSeconds();
    case 'MILLISECOND': return d.getUTCSeconds() * 1000 + d.getUTCMilliseconds();
    case 'EPOCH': return Math.floor(ms / 1000);
    case 'DECADE': return Math.floor(d.getUTCFullYear() / 10);
    case 'CENTURY': return Math.ceil(d.getUTCFullYear() / 100);
    default: throw notSupported(`EXTRACT(${unit})`);
  }
}

/**
 * An exact decimal (approximated by x) cut to d digits: `cut` (Math.round: HALF_UP, Math.trunc)
 * on |x| * 10^d taken at 15 digits, which drops the binary error (1.005 * 100 is
 * 100.49999999999999 in doubles; Flink's BigDecimal rounds 1.005 HALF_UP to 1.01).
 */
function decimalDigits(x: number, d: number, cut: (y: number) => number): number {
  const f = 10 ** d;
  return Math.sign(x) * cut(Number((Math.abs(x) * f).toPrecision(15))) / f;
}

// ---- the compiler -----------------------------------------------------------------------------

export function compileExpr(e: A.Expression | A.FunctionArg, ctx: ExprContext): Compiled {
  if (ctx.substitutions && ctx.substitutions.size) {
    const i = ctx.substitutions.get(exprKey(e));
    if (i !== undefined) {
      const f = ctx.fields[i]!;
      return { type: f.type, fn: (r) => r[i], text: f.name, fieldIndex: i };
    }
  }
  switch (e.kind) {
    case 'NumericLiteral': {
      const x = e.text;
      if (e.numberKind === 'integer') {
        const n = Number(x);
        return lit(Math.abs(n) > 2147483647 ? BIGINT(false) : INT(false), n, x);
      }
      if (e.numberKind === 'approximate') return lit(DOUBLE(false), Number(x), x);
      // Calcite's exact literal: every digit written counts, leading zeros too (0.5 is
      // DECIMAL(2, 1), 00.5 DECIMAL(3, 1): probed on Flink 2.3.0)
      const scale = x.length - x.indexOf('.') - 1;
      return lit(t('DECIMAL', false, { precision: Math.max(1, x.length - 1, scale), scale }), Number(x), x);
    }
    case 'StringLiteral': return lit(t('CHAR', false, { precision: e.value.length }), e.value, `_UTF-16LE'${e.value}'`);
    case 'BooleanLiteral': return lit(BOOLEAN(e.value === null), e.value, String(e.value).toUpperCase());
    case 'NullLiteral': return lit(t('NULL', true), null, 'null');
    case 'TypedLiteral': {
      // a TIMESTAMP literal's precision is its fraction's digits (Flink 2.3.0: TIMESTAMP
      // '2024-01-01 00:00:00' is TIMESTAMP(0), '... 00:00:00.12' TIMESTAMP(2))
      // (a TIME literal's too: TIME '10:00:00.123' is TIME(3), case time-literal-precision)
      const digits = /\.(\d*)\s*$/.exec(e.value)?.[1]!.length ?? 0;
      const ty = e.type === 'DATE' ? t('DATE', false) : e.type === 'TIME' ? t('TIME', false, digits ? { precision: digits } : {})
        : e.type === 'TIMESTAMP' ? t('TIMESTAMP', false, { precision: digits })
        : t('TIMESTAMP_LTZ', false, { precision: 3 });
      const v = parseText(e.value, ty);
      if (v === INVALID) throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Illegal ${e.type} literal '${e.value}'`, e.range);
      return lit(ty, v, `${e.type} '${e.value}'`);
    }
    case 'IntervalLiteral': {
      const iv = intervalMillis(e);
      return iv.ym ? lit(t('INTERVAL_YEAR_MONTH', false), iv.months, `${iv.months}:INTERVAL MONTH`) : lit(t('INTERVAL_DAY_TIME', false), iv.ms, `${iv.ms}:INTERVAL SECOND`);
    }
    case 'Name': {
      const { index, rest } = resolveName(ctx, e.parts, e.range);
      let ty = ctx.fields[index]!.type;
      let fn: Fn = (r) => r[index];
      let text = ctx.fields[index]!.name;
      for (const p of rest) {
        if (ty.name !== 'ROW') throw new FlinkError(CALCITE, `${posPrefix(ctx, p.range)}Column '${p.value}' not found in any table`, p.range);
        const fi = ty.fields!.findIndex((f) => f.name === p.value);
        if (fi < 0) throw new FlinkError(CALCITE, `${posPrefix(ctx, p.range)}Unknown field '${p.value}'`, p.range);
        const inner = fn; const nullable = ty.nullable;
        fn = (r) => { const v = inner(r) as unknown[] | null; return v === null ? null : v[fi]; };
        ty = withNullable(ty.fields![fi]!.type, nullable || ty.fields![fi]!.type.nullable);
        text += '.' + p.value;
      }
      return { type: ty, fn, text, fieldIndex: rest.length === 0 ? index : undefined };
    }
    case 'Unary': {
      const x = compileExpr(e.operand, ctx);
      if (e.op === 'NOT') {
        rejectBareNull([e.operand], ctx);
        // NOT (a, b): a row operand, which Calcite's NOT does not take
        if (e.operand.kind === 'RowConstructor' && !e.operand.explicit) {
          throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Cannot apply 'NOT' to arguments of type 'NOT<RECORDTYPE:PEEK_NO_EXPAND(${x.type.fields!.map((f) => `${calciteTypeName(f.type)} ${f.name}`).join(', ')})>'. Supported form(s): 'NOT<BOOLEAN>'`, e.range);
        }
        checkSignature('NOT', [x], () => posPrefix(ctx, e.range), e.range);
        const g = x.fn; return { type: BOOLEAN(x.type.nullable), fn: (r) => { const v = g(r); return v === null ? null : !v; }, text: `NOT(${x.text})` }; }
      if (e.op === '-') {
        const g = x.fn;
        if (x.literal !== undefined && typeof x.literal === 'number') return { ...lit(x.type, -x.literal, '-' + x.text) };
        return { type: x.type, fn: (r) => { const v = g(r) as number | null; return v === null ? null : -v; }, text: `-(${x.text})` };
      }
      return x;
    }
    case 'Binary': return compileBinary(e, ctx);
    case 'Is': {
      const x = compileExpr(e.operand, ctx); const g = x.fn; const not = e.not;
      let test: (v: unknown) => boolean;
      switch (e.test) {
        case 'NULL': test = (v) => v === null; break;
        case 'TRUE': test = (v) => v === true; break;
        case 'FALSE': test = (v) => v === false; break;
        case 'UNKNOWN': test = (v) => v === null; break;
        case 'JSON': case 'JSON VALUE': test = (v) => { try { JSON.parse(v as string); return v !== null; } catch { return false; } }; break;
        case 'JSON OBJECT': test = (v) => { try { const o = JSON.parse(v as string); return !!o && typeof o === 'object' && !Array.isArray(o); } catch { return false; } }; break;
        case 'JSON ARRAY': test = (v) => { try { return Array.isArray(JSON.parse(v as string)); } catch { return false; } }; break;
        case 'JSON SCALAR': test = (v) => { if (v === null) return false; try { const o = JSON.parse(v as string); return o === null || typeof o !== 'object'; } catch { return false; } }; break;
        default: throw notSupported(`IS ${e.test}`, e.range);
      }
      return { type: BOOLEAN(false), fn: (r) => test(g(r)) !== not, text: `IS ${not ? 'NOT ' : ''}${e.test}(${x.text})` };
    }
    case 'IsDistinctFrom': {
      const a = compileExpr(e.left, ctx), b = compileExpr(e.right, ctx); const ga = a.fn, gb = b.fn; const not = e.not;
      return { type: BOOLEAN(false), fn: (r) => { const x = ga(r), y = gb(r); const same = x === null || y === null ? x === y : valuesEqual(x, y) || compareValues(x, y) === 0; return not ? same : !same; }, text: `IS ${not ? 'NOT ' : ''}DISTINCT FROM(${a.text}, ${b.text})` };
    }
    case 'Between': {
      const x = compileExpr(e.operand, ctx), lo = compileExpr(e.low, ctx), hi = compileExpr(e.high, ctx);
      const gx = x.fn, gl = lo.fn, gh = hi.fn; const not = e.not; const sym = e.symmetric;
      return {
        type: BOOLEAN(x.type.nullable || lo.type.nullable || hi.type.nullable),
        fn: (r) => {
          const v = gx(r); let a = gl(r), b = gh(r);
          if (v === null || a === null || b === null) return null;
          if (sym && compareValues(a, b) > 0) [a, b] = [b, a];
          const inside = compareValues(v, a) >= 0 && compareValues(v, b) <= 0;
          return inside !== not;
        },
        text: `BETWEEN(${x.text}, ${lo.text}, ${hi.text})`,
      };
    }
    case 'In': {
      if (!e.list) throw notSupported('IN with a subquery in this position', e.range);
      const x = compileExpr(e.operand, ctx); const items = e.list.map((i) => compileExpr(i, ctx));
      const gx = x.fn; const gs = items.map((i) => i.fn); const not = e.not;
      return {
        type: BOOLEAN(x.type.nullable || items.some((i) => i.type.nullable)),
        fn: (r) => {
          const v = gx(r); if (v === null) return null;
          let sawNull = false;
          for (const g of gs) { const y = g(r); if (y === null) { sawNull = true; continue; } if (compareValues(v, y) === 0) return !not; }
          return sawNull ? null : not;
        },
        text: `${not ? 'NOT ' : ''}IN(${x.text}, ${items.map((i) => i.text).join(', ')})`,
      };
    }
    case 'Like': {
      const x = compileExpr(e.operand, ctx), p = compileExpr(e.pattern, ctx);
      const esc = e.escape ? (compileExpr(e.escape, ctx).literal as string) : null;
      const gx = x.fn, gp = p.fn; const not = e.not;
      const cache = new Map<string, RegExp>();
      const re = (pat: string): RegExp => {
        let rx = cache.get(pat);
        if (!rx) {
          if (e.op === 'LIKE') rx = likeToRegex(pat, esc);
          else if (e.op === 'ILIKE') rx = new RegExp(likeToRegex(pat, esc).source, 'i');
          else if (e.op === 'RLIKE') rx = javaPattern(pat) ?? javaRegex(pat);
          else rx = new RegExp('^(?:' + pat.replace(/%/g, '.*').replace(/_/g, '.') + ')$');
          cache.set(pat, rx);
        }
        return rx;
      };
      return {
        type: BOOLEAN(x.type.nullable || p.type.nullable),
        fn: (r) => { const v = gx(r), q = gp(r); if (v === null || q === null) return null; return re(q as string).test(v as string) !== not; },
        text: `${not ? 'NOT ' : ''}${e.op}(${x.text}, ${p.text})`,
      };
    }
    case 'Case': return compileCase(e, ctx);
    case 'Cast': {
      const x = compileExpr(e.operand, ctx);
      const to0 = toSqlType(e.type);
      const to = withNullable(to0, e.op !== 'CAST' ? true : to0.nullable && x.type.nullable ? true : x.type.nullable || (isString(x.type) && !isString(to0)) ? x.type.nullable : false);
      const c = castFn(x.type, to, e.op === 'CAST' ? 'throw' : 'null'); const g = x.fn;
      const ty = withoutTimeAttr({ ...to, nullable: e.op !== 'CAST' || x.type.nullable });
      return { type: ty, fn: (r) => c(g(r)), text: `${e.op}(${x.text} AS ${typeToString(ty)})` };
    }
    case 'FunctionCall': return compileCall(e, ctx);
    case 'ArrayConstructor': {
      const items = e.elements.map((x) => compileExpr(x, ctx));
      if (e.parens) throw noParenConstructor('ARRAY', items, e.range, ctx);
      const el = commonType(items.map((i) => i.type)) ?? STRING();
      const gs = items.map((i) => i.fn);
      return { type: t('ARRAY', false, { element: el }), fn: (r) => gs.map((g) => g(r)), text: `ARRAY(${items.map((i) => i.text).join(', ')})` };
    }
    case 'MapConstructor': {
      const items = e.elements.map((x) => compileExpr(x, ctx));
      if (e.parens) throw noParenConstructor('MAP', items, e.range, ctx);
      const ks = items.filter((_, i) => i % 2 === 0), vs = items.filter((_, i) => i % 2 === 1);
      // keys that are all literals are deduplicated as Flink's code generation does (the last
      // value kept); others may repeat at run time: ConstructedMap
      const literalKeys = ks.every((k) => k.literal !== undefined);
      return {
        type: t('MAP', false, { key: commonType(ks.map((k) => k.type)) ?? STRING(), value: commonType(vs.map((v) => v.type)) ?? STRING() }),
        fn: literalKeys
          ? (r) => { const m = new Map(); for (let i = 0; i < ks.length; i++) m.set(ks[i]!.fn(r), vs[i]!.fn(r)); return m; }
          : (r) => {
            const m = new ConstructedMap();
            const pairs: [unknown, unknown][] = [];
            for (let i = 0; i < ks.length; i++) { const k = ks[i]!.fn(r), v = vs[i]!.fn(r); m.set(k, v); pairs.push([k, v]); }
            if (m.size < pairs.length) m.pairs = pairs;
            return m;
          },
        text: 'MAP(...)',
      };
    }
    case 'RowConstructor': {
      const items = e.fields.map((x) => compileExpr(x, ctx)); const gs = items.map((i) => i.fn);
      return { type: t('ROW', false, { fields: items.map((i, k) => ({ name: `EXPR$${k}`, type: i.type })) }), fn: (r) => gs.map((g) => g(r)), text: `ROW(${items.map((i) => i.text).join(', ')})` };
    }
    case 'ItemAccess': {
      const x = compileExpr(e.operand, ctx), i = compileExpr(e.index, ctx); const gx = x.fn, gi = i.fn;
      if (x.type.name === 'ARRAY') {
        const miss = missingItem(x.type.element!);
        return { type: withNullable(x.type.element!, true), fn: (r) => { const a = gx(r) as unknown[] | null; const k = gi(r) as number | null; if (a === null || k === null) return null; return k >= 1 && k <= a.length ? a[k - 1] : miss; }, text: `ITEM(${x.text}, ${i.text})` };
      }
      if (x.type.name === 'MAP') {
        const miss = missingItem(x.type.value!);
        return { type: withNullable(x.type.value!, true), fn: (r) => { const m = gx(r) as Map<unknown, unknown> | null; if (m === null) return null; if (m instanceof ConstructedMap) { const k = gi(r); const v = m.pairs ? m.pairs.find((e) => e[0] === k)?.[1] : m.get(k); return v === undefined ? miss : v; } if (m instanceof MapFromArrays) throw mapFromArraysItem(); const v = m.get(gi(r)); return v === undefined ? miss : v; }, text: `ITEM(${x.text}, ${i.text})` };
      }
      if (x.type.name === 'ROW') {
        const idx = typeof i.literal === 'number' ? i.literal - 1 : x.type.fields!.findIndex((f) => f.name === i.literal);
        return { type: withNullable(x.type.fields![idx]!.type, true), fn: (r) => { const v = gx(r) as unknown[] | null; return v === null ? null : v[idx]; }, text: `${x.text}.${idx}` };
      }
      throw notSupported(`[] on ${typeToString(x.type)}`, e.range);
    }
    case 'FieldAccess': {
      const x = compileExpr(e.operand, ctx);
      if (x.type.name !== 'ROW') throw notSupported('field access on a non-ROW value', e.range);
      const idx = x.type.fields!.findIndex((f) => f.name === e.field.value);
      if (idx < 0) throw new FlinkError(CALCITE, `${posPrefix(ctx, e.field.range)}Unknown field '${e.field.value}'`, e.field.range);
      const g = x.fn;
      return { type: withNullable(x.type.fields![idx]!.type, true), fn: (r) => { const v = g(r) as unknown[] | null; return v === null ? null : v[idx]; }, text: `${x.text}.${e.field.value}` };
    }
    case 'Star': throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Unknown identifier '*'`, e.range);
    case 'Symbol': return lit(t('VARCHAR', false), e.value, e.value);
    default:
      // f(DEFAULT): Flink 2.3.0's validator looks for a function DEFAULT
      if ((e as A.FunctionArg).kind === 'DefaultArgument') throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}No match found for function signature DEFAULT`, e.range);
      throw notSupported(`the expression ${e.kind}`, e.range);
  }
}

/**
 * ARRAY(x, ...) / MAP(k, v, ...) with parentheses and no query: Flink 2.3.0's parser takes them,
 * its validator finds no such function (probed: `ARRAY(1)` is "No match found for function
 * signature ARRAY(<NUMERIC>)" with the value constructor's signature, over the whole call).
 */
function noParenConstructor(name: 'ARRAY' | 'MAP', items: Compiled[], range: Range, ctx: ExprContext): FlinkError {
  return new FlinkError(CALCITE, `${posPrefix(ctx, range)}No match found for function signature ${name}(${items.map((c) => `<${calciteFamily(c.type)}>`).join(', ')}).\nSupported signatures are:\n'${name}(<EQUIVALENT_TYPE>, <EQUIVALENT_TYPE>, <...>)'`, range);
}

/** Flink 2.3.0's failure on map[key] of a MAP_FROM_ARRAYS map (probed: its code casts the map to GenericMapData). */
function mapFromArraysItem(): FlinkError {
  const a = 'org.apache.flink.table.runtime.functions.scalar.MapFromArraysFunction$MapDataForMapFromArrays', b = 'org.apache.flink.table.data.GenericMapData';
  return new FlinkError('java.lang.ClassCastException', `class ${a} cannot be cast to class ${b} (${a} and ${b} are in unnamed module of loader 'app')`);
}

const isBinaryType = (ty: SqlType) => ty.name === 'BINARY' || ty.name === 'VARBINARY';

/** A string's type kept by a function (UPPER('ab') is CHAR(2)); STRING for other types. */
function sameString(c: Compiled): SqlType {
  return isString(c.type) ? withNullable(withoutTimeAttr(c.type), false) : t('VARCHAR', false, { precision: 2147483647 });
}
/** VARCHAR as long as a string argument (TRIM, SUBSTRING, LEFT of a CHAR(3) are VARCHAR(3)), nullable if `nullable`. */
function varcharOf(c: Compiled, nullable = false): SqlType {
  return t('VARCHAR', nullable, { precision: isString(c.type) ? c.type.precision ?? 2147483647 : 2147483647 });
}

/** Calcite's time frames an identifier may name (TimeFrames' core set and SQL_TSI_* aliases). */
const TIME_FRAMES = new Set(['NANOSECOND', 'MICROSECOND', 'MILLISECOND', 'SECOND', 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR',
  'DECADE', 'CENTURY', 'MILLENNIUM', 'ISOYEAR', 'ISOWEEK', 'DOW', 'DOY', 'ISODOW', 'EPOCH', 'WEEK_SUNDAY', 'WEEK_MONDAY', 'WEEK_TUESDAY',
  'WEEK_WEDNESDAY', 'WEEK_THURSDAY', 'WEEK_FRIDAY', 'WEEK_SATURDAY']);
/**
 * TIMESTAMPADD / TIMESTAMPDIFF's unit written as an identifier that names no time frame (a column:
 * TIMESTAMPADD(c_int, 1, ts)): Flink 2.3.0's validator says "'c_int' is not a valid time frame"
 * at the identifier.
 */
function checkTimeFrame(arg: A.FunctionArg | undefined, ctx: ExprContext): void {
  if (arg?.kind !== 'Symbol' || arg.written === undefined) return;
  const v = arg.value.replace(/^SQL_TSI_/, '').replace(/^FRAC_SECOND$/, 'MICROSECOND');
  if (TIME_FRAMES.has(v)) return;
  throw new FlinkError(CALCITE, `${posPrefix(ctx, arg.range)}'${arg.written}' is not a valid time frame`, arg.range);
}

/**
 * The common type of COALESCE, IFNULL, GREATEST and LEAST (Flink's own type inference,
 * LogicalTypeMerging.findCommonType): the engine's commonType, and where it finds none among
 * datetimes, the type a TIMESTAMP implicitly casts to: TIMESTAMP with DATE is DATE, with TIME
 * TIME, with TIMESTAMP_LTZ TIMESTAMP_LTZ (Flink 2.3.0: COALESCE(ts, date) is DATE).
 */
function mergedType(types: SqlType[]): SqlType | null {
  const real = types.filter((x) => x.name !== 'NULL');
  const names = new Set(real.map((x) => x.name));
  if (names.size === 2 && names.has('TIMESTAMP')) {
    const nullable = types.some((x) => x.nullable);
    const others = real.filter((x) => x.name !== 'TIMESTAMP');
    const kind = others[0]!.name;
    if (kind === 'DATE') return t('DATE', nullable);
    if (kind === 'TIME' || kind === 'TIMESTAMP_LTZ') {
      const from = kind === 'TIME' ? others : real;
      return t(kind, nullable, { precision: Math.max(...from.map((x) => x.precision ?? (kind === 'TIME' ? 0 : 6))) });
    }
  }
  return commonType(types);
}

/** An argument's values as the type the call computes in (datetimes cast, DECIMALs rescaled). */
function convertTo(c: Compiled, to: SqlType): Fn {
  const from = c.type;
  if (from.name !== to.name && from.name !== 'NULL' && (isTimestamp(from) || from.name === 'DATE' || from.name === 'TIME')) {
    // (into TIME(p) the milliseconds below p go: COALESCE(ts, tm) of 10:11:12.345 is 10:11:12)
    const f = castFn(from, to, 'throw'); const g = c.fn;
    return (r) => f(g(r));
  }
  return castIfNeeded(c, to);
}

/** A TIMESTAMP's values cut to a lower precision (milliseconds dropped below TIMESTAMP(3)). */
function truncateTo(c: Compiled, to: SqlType): Fn {
  const g = c.fn;
  if (to.name !== 'TIMESTAMP' || c.type.name !== 'TIMESTAMP' || (to.precision ?? 6) >= Math.min(3, c.type.precision ?? 6)) return g;
  const p = to.precision ?? 6;
  return (r) => { const v = g(r) as number | null; return v === null ? null : cutMillis(v, p); };
}

/** Whether a value of `from` serves as `to` without a cast (Flink's supportsAvoidingCast, for the
 *  types the engine has): the same type, or a string into a VARCHAR at least as long. */
function avoidsCast(from: SqlType, to: SqlType): boolean {
  if (isString(from) && to.name === 'VARCHAR') return (from.precision ?? 2147483647) <= (to.precision ?? 2147483647);
  return from.name === to.name && from.precision === to.precision && from.scale === to.scale;
}

/** Calcite cannot type a bare NULL operand of a function or operator that does not infer it from
 *  the others (Flink 2.3.0: UPPER(NULL), NULL + 1, k || NULL, x AND NULL, NOT NULL, IF(c, NULL, 1) are rejected;
 *  COALESCE(NULL, 1), IFNULL(NULL, 'x'), v = NULL, v IN (1, NULL) are fine). */
function rejectBareNull(args: readonly unknown[], ctx: ExprContext): void {
  const n = args.find((a) => (a as A.Expression | undefined)?.kind === 'NullLiteral') as A.Expression | undefined;
  if (n) throw new FlinkError(CALCITE, `${posPrefix(ctx, n.range)}Illegal use of 'NULL'`, n.range);
}
const NULL_INFERRING = new Set(['COALESCE', 'IFNULL', 'NULLIF', 'JSON_OBJECT', 'JSON_ARRAY', 'ARRAY', 'MAP', 'ROW', 'GREATEST', 'LEAST', 'NVL']);
const CASE_ALL_NULL = 'ELSE clause or at least one THEN clause must be non-NULL';

function compileBinary(e: A.BinaryExpr, ctx: ExprContext): Compiled {
  if (['+', '-', '*', '/', '%', '||', 'AND', 'OR'].includes(e.op)) rejectBareNull([e.left, e.right], ctx);
  // (Calcite's simplification drops the other operand of FALSE AND x, TRUE OR x: `inDeadCode`)
  const decides = (x: A.Expression) => x.kind === 'BooleanLiteral' && ((e.op === 'AND' && x.value === false) || (e.op === 'OR' && x.value === true));
  const a = inDeadCode(ctx, decides(e.right), () => compileExpr(e.left, ctx)), b = inDeadCode(ctx, decides(e.left), () => compileExpr(e.right, ctx));
  const ga = a.fn, gb = b.fn;
  const nullable = a.type.nullable || b.type.nullable;
  const text = `(${a.text} ${e.op} ${b.text})`;
  switch (e.op) {
    case 'AND': return { type: BOOLEAN(nullable), text, fn: (r) => { const x = ga(r); if (x === false) return false; const y = gb(r); if (y === false) return false; return x === null || y === null ? null : true; } };
    case 'OR': return { type: BOOLEAN(nullable), text, fn: (r) => { const x = ga(r); if (x === true) return true; const y = gb(r); if (y === true) return true; return x === null || y === null ? null : false; } };
    case '=': case '<>': case '!=': case '<': case '<=': case '>': case '>=': {
      checkComparable(a.type, b.type, e, ctx);
      const op = e.op;
      const cmp = op === '=' ? (c: number) => c === 0 : op === '<' ? (c: number) => c < 0 : op === '<=' ? (c: number) => c <= 0 : op === '>' ? (c: number) => c > 0 : op === '>=' ? (c: number) => c >= 0 : (c: number) => c !== 0;
      const fast = (a.type.name === b.type.name || (isNumeric(a.type) && isNumeric(b.type)));
      return {
        type: BOOLEAN(nullable), text: `(${a.text} ${op === '!=' ? '<>' : op} ${b.text})`,
        fn: fast && op === '=' ? (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : x === y || (typeof x === 'object' && valuesEqual(x, y)); }
          : (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : cmp(compareValues(x, y)); },
      };
    }
    // Calcite's DYADIC_STRING_SUM_PRECISION: CHAR || CHAR is CHAR of the summed length, else VARCHAR ('a' || 'b' is CHAR(2))
    case '||':
      // BINARY || BINARY is BINARY of the summed length, else VARBINARY (Calcite), and Flink 2.3.0's
      // code generation refuses it, at EXPLAIN (case binary-concat-codegen-error)
      if (isBinaryType(a.type) && isBinaryType(b.type)) {
        return { type: t(a.type.name === 'BINARY' && b.type.name === 'BINARY' ? 'BINARY' : 'VARBINARY', nullable, { precision: Math.min(2147483647, (a.type.precision ?? 2147483647) + (b.type.precision ?? 2147483647)) }), text,
          fn: codegenRefusal(ctx, 'String expression type expected.', e.range) };
      }
      return { type: isString(a.type) && isString(b.type) ? t(a.type.name === 'CHAR' && b.type.name === 'CHAR' ? 'CHAR' : 'VARCHAR', nullable, { precision: Math.min(2147483647, (a.type.precision ?? 2147483647) + (b.type.precision ?? 2147483647)) }) : t('VARCHAR', nullable, { precision: 2147483647 }), text, fn: (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : String(x) + String(y); } };
    case '+': case '-': {
      // temporal arithmetic
      if (isTimestamp(a.type) || a.type.name === 'DATE' || a.type.name === 'TIME') {
        const sign = e.op === '+' ? 1 : -1;
        if (b.type.name === 'INTERVAL_YEAR_MONTH') return { type: withoutTimeAttr(withNullable(a.type, nullable)), text, fn: (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : a.type.name === 'DATE' ? addMonths((x as number) * 86_400_000, sign * (y as number)) / 86_400_000 : addMonths(x as number, sign * (y as number)); } };
        if (b.type.name === 'INTERVAL_DAY_TIME') {
          const div = a.type.name === 'DATE' ? 86_400_000 : 1;
          return { type: withoutTimeAttr(withNullable(a.type, nullable)), text, fn: (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : (x as number) + sign * Math.trunc((y as number) / div); } };
        }
        if (isIntegral(b.type) && a.type.name === 'DATE') return { type: withNullable(a.type, nullable), text, fn: (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : (x as number) + sign * (y as number); } };
      }
      if ((a.type.name === 'INTERVAL_DAY_TIME' || a.type.name === 'INTERVAL_YEAR_MONTH') && e.op === '+' && (isTimestamp(b.type) || b.type.name === 'DATE')) {
        return compileBinary({ ...e, left: e.right, right: e.left }, ctx);
      }
      checkNumeric(a.type, b.type, e, ctx);
      const ty = numericResult(a.type, b.type, e.op);
      const sc = ty.name === 'DECIMAL' ? ty.scale ?? 0 : -1;
      const f = sc >= 0 ? 10 ** sc : 1;
      if (e.op === '+') return { type: ty, text, fn: sc >= 0 ? (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : Math.round(((x as number) + (y as number)) * f) / f; } : (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : wrapInt(ty, (x as number) + (y as number)); } };
      return { type: ty, text, fn: sc >= 0 ? (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : Math.round(((x as number) - (y as number)) * f) / f; } : (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : wrapInt(ty, (x as number) - (y as number)); } };
    }
    case '*': {
      if (a.type.name === 'INTERVAL_DAY_TIME' || b.type.name === 'INTERVAL_DAY_TIME') {
        return { type: t('INTERVAL_DAY_TIME', nullable), text, fn: (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : (x as number) * (y as number); } };
      }
      checkNumeric(a.type, b.type, e, ctx);
      const ty = numericResult(a.type, b.type, '*');
      const sc = ty.name === 'DECIMAL' ? ty.scale ?? 0 : -1; const f = sc >= 0 ? 10 ** sc : 1;
      return { type: ty, text, fn: sc >= 0 ? (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : Math.round((x as number) * (y as number) * f) / f; } : (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : wrapInt(ty, (x as number) * (y as number)); } };
    }
    case '/': {
      checkNumeric(a.type, b.type, e, ctx);
      const ty = numericResult(a.type, b.type, '/');
      if (isIntegral(ty)) return { type: ty, text, fn: (r) => { const x = ga(r), y = gb(r); if (x === null || y === null) return null; if (y === 0) throw new FlinkError('java.lang.ArithmeticException', '/ by zero'); return Math.trunc((x as number) / (y as number)); } };
      if (ty.name === 'DECIMAL') {
        const f = 10 ** (ty.scale ?? 0);
        return { type: ty, text, fn: (r) => { const x = ga(r), y = gb(r); if (x === null || y === null) return null; if (y === 0) throw new FlinkError('java.lang.ArithmeticException', 'Division by zero'); const q = (x as number) / (y as number); return Math.sign(q) * Math.round(Math.abs(q) * f) / f; } };
      }
      return { type: ty, text, fn: (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : (x as number) / (y as number); } };
    }
    case '%': {
      checkNumeric(a.type, b.type, e, ctx);
      const ty = isIntegral(a.type) && isIntegral(b.type) ? b.type.name === 'BIGINT' || a.type.name === 'BIGINT' ? BIGINT(nullable) : withNullable(b.type, nullable) : numericResult(a.type, b.type, '%');
      return { type: ty, text: `MOD(${a.text}, ${b.text})`, fn: (r) => { const x = ga(r), y = gb(r); return x === null || y === null ? null : (x as number) % (y as number); } };
    }
    default: throw notSupported(`the operator ${e.op}`, e.range);
  }
}

function wrapInt(ty: SqlType, v: number): number {
  if (ty.name === 'INT') return v | 0;
  return v;
}

function checkNumeric(a: SqlType, b: SqlType, e: A.BinaryExpr, ctx: ExprContext): void {
  const ok = (x: SqlType) => isNumeric(x) || x.name === 'NULL';
  if (!ok(a) || !ok(b)) {
    throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Cannot apply '${e.op}' to arguments of type '<${calciteTypeName(a)}> ${e.op} <${calciteTypeName(b)}>'. Supported form(s): '<NUMERIC> ${e.op} <NUMERIC>'`, e.range);
  }
}

function checkComparable(a: SqlType, b: SqlType, e: A.BinaryExpr, ctx: ExprContext): void {
  const fam = (x: SqlType) => isNumeric(x) ? 'n' : isString(x) ? 's' : isTimestamp(x) ? 'ts' : x.name;
  if (a.name === 'NULL' || b.name === 'NULL') return;
  const fa = fam(a), fb = fam(b);
  if (fa === fb) return;
  // Flink casts string literals to the other side's type implicitly in comparisons
  if ((fa === 's' && ['n', 'ts', 'DATE', 'TIME', 'BOOLEAN'].includes(fb)) || (fb === 's' && ['n', 'ts', 'DATE', 'TIME', 'BOOLEAN'].includes(fa))) return;
  throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Cannot apply '${e.op}' to arguments of type '<${calciteTypeName(a)}> ${e.op} <${calciteTypeName(b)}>'. Supported form(s): '<COMPARABLE_TYPE> ${e.op} <COMPARABLE_TYPE>'`, e.range);
}


/**
 * ROUND / TRUNCATE of a DECIMAL(p, s) to r digits, as Flink's LogicalTypeMerging.findRoundDecimalType:
 * r >= s keeps the type, 0 <= r < s is DECIMAL(1 + p - s + r, r) (rounding may add a digit), r < 0
 * DECIMAL(1 + p - s, 0); digits that are no literal keep the type (function-types.mjs on Flink).
 */
function roundDecimalType(ty: SqlType, digits: Compiled | undefined): SqlType {
  const p = ty.precision ?? 10, s = ty.scale ?? 0;
  if (digits && digits.literal === undefined) return withoutTimeAttr(ty);
  const r = (digits?.literal as number | undefined) ?? 0;
  if (r >= s) return withoutTimeAttr(ty);
  return t('DECIMAL', ty.nullable, r < 0 ? { precision: Math.min(38, 1 + p - s), scale: 0 } : { precision: 1 + p - s + r, scale: r });
}

/**
 * What `arr[i]` past the end or `map[k]` of a missing key gives: NULL when the elements are
 * nullable; for NOT NULL ones Flink 2.3.0's generated code leaves its default value (-1, -1.0,
 * false, '': case array-access-out-of-range), NULL for the types not measured.
 */
function missingItem(ty: SqlType): unknown {
  if (ty.nullable) return null;
  switch (ty.name) {
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': case 'FLOAT': case 'DOUBLE': return -1;
    case 'BOOLEAN': return false;
    case 'CHAR': case 'VARCHAR': return '';
    default: return null;
  }
}

function compileCase(e: A.CaseExpr, ctx: ExprContext): Compiled {
  if ([...e.whens.map((w) => w.then), e.else].every((x) => !x || x.kind === 'NullLiteral')) throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}${CASE_ALL_NULL}`, e.range);
  const op = e.operand ? compileExpr(e.operand, ctx) : null;
  // Calcite's simplification drops a branch under WHEN FALSE (or NULL) and every branch after a
  // WHEN TRUE before Flink generates code: calls its code generation refuses are no error there
  // (probed on Flink 2.3.0: CASE WHEN FALSE THEN CURRENT_TIME(1) END is accepted by EXPLAIN)
  let after = false;
  const whens = e.whens.map((w) => {
    const when = inDeadCode(ctx, after, () => compileExpr(w.when, ctx));
    const then = inDeadCode(ctx, after || (!op && (when.literal === false || when.literal === null)), () => compileExpr(w.then, ctx));
    if (!op && when.literal === true) after = true;
    return { when, then };
  });
  const els = e.else ? inDeadCode(ctx, after, () => compileExpr(e.else!, ctx)) : null;
  const rt = commonType([...whens.map((w) => w.then.type), ...(els ? [els.type] : [t('NULL', true)])]);
  if (!rt) throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Illegal mixing of types in CASE or COALESCE statement`, e.range);
  const ty = rt;
  const conv = whens.map((w) => castIfNeeded(w.then, ty));
  const ce = els ? castIfNeeded(els, ty) : () => null;
  const conds = whens.map((w) => w.when.fn);
  const go = op?.fn;
  return {
    type: ty,
    text: `CASE(${whens.map((w) => `${w.when.text}, ${w.then.text}`).join(', ')}${els ? ', ' + els.text : ''})`,
    fn: go
      ? (r) => { const v = go(r); for (let i = 0; i < conds.length; i++) { const c = conds[i]!(r); if (v !== null && c !== null && compareValues(v, c) === 0) return conv[i]!(r); } return ce(r); }
      : (r) => { for (let i = 0; i < conds.length; i++) if (conds[i]!(r) === true) return conv[i]!(r); return ce(r); },
  };
}

/** `f()` compiled as code Flink drops before generating any (`ExprContext.deadCode`) when `dead`. */
function inDeadCode<T>(ctx: ExprContext, dead: boolean, f: () => T): T {
  if (!dead || ctx.deadCode) return f();
  ctx.deadCode = true;
  try { return f(); } finally { ctx.deadCode = false; }
}

function castIfNeeded(c: Compiled, to: SqlType): Fn {
  if (isNumeric(to) && isNumeric(c.type) && to.name === 'DECIMAL') {
    const f = 10 ** (to.scale ?? 0); const g = c.fn;
    return (r) => { const v = g(r) as number | null; return v === null ? null : Math.round(v * f) / f; };
  }
  return c.fn;
}

type Impl = { type: SqlType; fn: Fn };

function compileCall(e: A.FunctionCall, ctx: ExprContext): Compiled {
  const name = fnName(e);
  if (e.over) throw notSupported(`${name}(...) OVER (...) here`, e.range);
  if (AGGREGATES.has(name)) {
    throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}${ctx.aggregateNotAllowed ?? 'Aggregate expression is illegal in this clause'}`, e.range);
  }
  const argNodes = e.args as A.Expression[];
  // the collection functions reject a bare NULL themselves, by argument (ARRAY_APPEND(a, NULL) is fine)
  if (!NULL_INFERRING.has(name) && !COLLECTION_NULL_ARGS.has(name)) rejectBareNull(argNodes, ctx);
  // NULLIF(a, b) is CASE WHEN a = b THEN NULL ELSE a END
  if (name === 'NULLIF' && argNodes[0]?.kind === 'NullLiteral') throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}${CASE_ALL_NULL}`, e.range);
  // Flink's operand check (its verdicts on probed calls: functions/signatures.ts); operands are
  // validated first, as Calcite derives their types before it looks at the call
  // the arguments compiled once, for the check and for the function (a symbol as its text)
  let compiledArgs: Compiled[] | undefined;
  // (Calcite's simplification keeps COALESCE's operands up to the first NOT NULL one: Flink
  // generates no code for the rest, `inDeadCode`)
  let coalesced = false;
  const args = () => (compiledArgs ??= argNodes.map((a) => {
    const c = inDeadCode(ctx, coalesced, () => (a.kind === 'Symbol' ? lit(t('VARCHAR', false), a.value, a.value) : compileExpr(a, ctx)));
    if (name === 'COALESCE' && !c.type.nullable) coalesced = true;
    return c;
  }));
  if (FUNCTION_SIGNATURES[name] && argNodes.every((a) => !NOT_OPERAND.has(a.kind))) checkSignature(name, args(), () => posPrefix(ctx, e.range), e.range);
  const isSym = (i: number) => argNodes[i]?.kind === 'Symbol';
  const symArg = (i: number) => (argNodes[i] as A.SymbolExpr).value.toUpperCase();
  const text = (cs: Compiled[]) => `${name}(${cs.map((c) => c.text).join(', ')})`;
  const strict = (ty: SqlType, cs: Compiled[], f: (...v: any[]) => unknown): Impl => {
    const gs = cs.map((c) => c.fn);
    const nullable = ty.nullable || cs.some((c) => c.type.nullable);
    if (gs.length === 1) { const g0 = gs[0]!; return { type: withNullable(ty, nullable), fn: (r) => { const v = g0(r); return v === null ? null : f(v); } }; }
    return { type: withNullable(ty, nullable), fn: (r) => { const vs = new Array(gs.length); for (let i = 0; i < gs.length; i++) { const v = gs[i]!(r); if (v === null) return null; vs[i] = v; } return f(...vs); } };
  };
  const S = (n = true) => t('VARCHAR', n, { precision: 2147483647 });
  let impl: Impl;
  let cs: Compiled[] = [];
  switch (name) {
    // ---- conditional
    case 'COALESCE': {
      cs = args(); const ty = mergedType(cs.map((c) => c.type)); if (!ty) throw new FlinkError(VALIDATION, 'Illegal mixing of types in CASE or COALESCE statement', e.range);
      const gs = cs.map((c) => convertTo(c, ty));
      impl = { type: withNullable(ty, cs.every((c) => c.type.nullable)), fn: (r) => { for (const g of gs) { const v = g(r); if (v !== null) return v; } return null; } };
      break;
    }
    case 'IFNULL': {
      // Flink's IfNullTypeStrategy: a NOT NULL first argument keeps its type (cast to the common
      // type only where a cast is needed: IFNULL('ab', 'c') is CHAR(2) NOT NULL, IFNULL(1, bigint)
      // BIGINT NOT NULL), else the common type, nullable as the replacement
      cs = args(); const common = mergedType(cs.map((c) => c.type)) ?? cs[0]!.type; const first = cs[0]!.type;
      const ty = !first.nullable ? (avoidsCast(first, common) ? withoutTimeAttr(first) : withNullable(common, false)) : withNullable(common, cs[1]!.type.nullable);
      const [a, b] = cs.map((c) => convertTo(c, ty)) as [Fn, Fn];
      impl = { type: ty, fn: (r) => { const v = a(r); return v === null ? b(r) : v; } };
      break;
    }
    case 'NULLIF': {
      cs = args(); const [a, b] = cs.map((c) => c.fn) as [Fn, Fn];
      impl = { type: withNullable(withoutTimeAttr(cs[0]!.type), true), fn: (r) => { const v = a(r); const w = b(r); return v !== null && w !== null && compareValues(v, w) === 0 ? null : v; } };
      break;
    }
    case 'IF': {
      // nullable when any operand is, the condition too (Flink 2.3.0: IF(c_boolean, 1, 1) is INT);
      // of two TIMESTAMPs the first branch's precision (IF(c, TIMESTAMP '...', ts3) is TIMESTAMP(0))
      cs = args(); const x = cs[1]!.type, y = cs[2]!.type;
      let ty = commonType([x, y]) ?? x;
      if (x.name === 'TIMESTAMP' && y.name === 'TIMESTAMP') ty = { ...ty, precision: x.precision };
      ty = withNullable(ty, cs.some((c) => c.type.nullable));
      // the branches are cast to it: a TIMESTAMP(3) value taken into TIMESTAMP(0) loses its
      // milliseconds (case timestamp-literal-precision: 10:11:12.345 prints 10:11:12)
      const [c, a, b] = [cs[0]!.fn, ...cs.slice(1).map((x) => truncateTo(x, ty))] as [Fn, Fn, Fn];
      impl = { type: ty, fn: (r) => (c(r) === true ? a(r) : b(r)) };
      break;
    }
    case 'GREATEST': case 'LEAST': {
      cs = args(); const ty = mergedType(cs.map((c) => c.type)) ?? cs[0]!.type;
      // over a TIMESTAMP and a DATE or TIME Flink 2.3.0 types the call (DATE, TIME) and then fails
      // to compile the generated code that compares them (probed; the line and column of its
      // message are the generated code's and are left out): over constants already at EXPLAIN,
      // where its optimizer reduces them (in an unread column or under WHERE FALSE too, not in
      // dead code), else when the job starts
      if ((ty.name === 'DATE' || ty.name === 'TIME') && cs.some((c) => c.type.name === 'TIMESTAMP')) {
        const err = () => new FlinkError('org.codehaus.commons.compiler.CompileException', 'Assignment conversion not possible from type "org.apache.flink.table.data.TimestampData" to type "java.lang.Integer"', e.range);
        if (!ctx.deadCode && isConstant(argNodes)) throw err();
        impl = { type: withNullable(ty, cs.some((c) => c.type.nullable)), fn: () => { throw err(); } };
        break;
      } const gs = cs.map((c) => convertTo(c, ty)); const g = name === 'GREATEST' ? 1 : -1;
      impl = { type: withNullable(ty, cs.some((c) => c.type.nullable)), fn: (r) => { let best: unknown = undefined; for (const f of gs) { const v = f(r); if (v === null) return null; if (best === undefined || compareValues(v, best) * g > 0) best = v; } return best; } };
      break;
    }
    // ---- strings
    // UPPER / LOWER / INITCAP keep their text's type (Flink 2.3.0: UPPER('ab') is CHAR(2) NOT NULL)
    case 'UPPER': cs = args(); impl = strict(sameString(cs[0]!), cs, (s: string) => s.toUpperCase()); break;
    case 'LOWER': cs = args(); impl = strict(sameString(cs[0]!), cs, (s: string) => s.toLowerCase()); break;
    case 'CHAR_LENGTH': case 'CHARACTER_LENGTH': cs = args(); impl = strict(INT(false), cs, (s: string) => [...s].length); break;
    case 'TRIM': {
      // TRIM(): Flink 2.3.0's validator fails on the missing operand with a NullPointerException
      if (argNodes.length < 2) throw new FlinkError('java.lang.NullPointerException', 'Cannot invoke "org.apache.calcite.sql.SqlNode.getKind()" because "operand" is null', e.range);
      let mode = 'BOTH', chars = ' ', target: Compiled;
      const all = argNodes;
      if (all.length === 3) { mode = symArg(0); chars = compileExpr(all[1]!, ctx).literal as string; target = compileExpr(all[2]!, ctx); }
      else if (all.length === 2 && isSym(0)) { mode = symArg(0); target = compileExpr(all[1]!, ctx); }
      else if (all.length === 2) { chars = compileExpr(all[0]!, ctx).literal as string; target = compileExpr(all[1]!, ctx); }
      else target = compileExpr(all[0]!, ctx);
      // a target that is no string: Calcite prints the call's first two operands (Flink 2.3.0:
      // TRIM(c_int) is 'TRIM([BOTH|LEADING|TRAILING] <SYMBOL> FROM <CHAR(1)>)')
      if (!isString(target.type) && target.type.name !== 'NULL') {
        throw new FlinkError(CALCITE, `${posPrefix(ctx, e.range)}Cannot apply 'TRIM' to arguments of type 'TRIM([BOTH|LEADING|TRAILING] <SYMBOL> FROM <CHAR(${[...chars].length})>)'. Supported form(s): 'TRIM([BOTH|LEADING|TRAILING] <ANY> FROM <STRING>)'`, e.range);
      }
      cs = [target];
      const set = new Set(chars);
      impl = strict(varcharOf(target), cs, (s: string) => {
        let a = 0, b = s.length;
        if (mode !== 'TRAILING') while (a < b && set.has(s[a]!)) a++;
        if (mode !== 'LEADING') while (b > a && set.has(s[b - 1]!)) b--;
        return s.slice(a, b);
      });
      break;
    }
    // TRIM / LTRIM / RTRIM / SUBSTRING / LEFT / RIGHT of a CHAR(n) or VARCHAR(n) are VARCHAR(n)
    // (Flink 2.3.0: LTRIM(' ab') is VARCHAR(3) NOT NULL); SUBSTRING, LEFT and RIGHT are nullable
    case 'LTRIM': cs = args(); impl = strict(varcharOf(cs[0]!), cs, (s: string) => s.replace(/^ +/, '')); break;
    case 'RTRIM': cs = args(); impl = strict(varcharOf(cs[0]!), cs, (s: string) => s.replace(/ +$/, '')); break;
    case 'SUBSTRING': case 'SUBSTR': {
      cs = args();
      impl = strict(varcharOf(cs[0]!, true), cs, (s: string, start: number, len?: number) => {
        const chars = [...s];
        let st = start > 0 ? start - 1 : start === 0 ? 0 : Math.max(0, chars.length + start);
        if (len !== undefined && len < 0) return null;
        const end = len === undefined ? chars.length : st + len;
        if (st > chars.length) st = chars.length;
        return chars.slice(st, Math.max(st, end)).join('');
      });
      break;
    }
    case 'CONCAT': cs = args(); impl = strict(S(false), cs, (...xs: unknown[]) => xs.map(String).join('')); break;
    case 'CONCAT_WS': {
      cs = args(); const [sep, ...rest] = cs.map((c) => c.fn) as Fn[];
      // nullable when any argument is (Flink 2.3.0), though only a NULL separator gives NULL
      impl = { type: withNullable(S(false), cs.some((c) => c.type.nullable)), fn: (r) => { const s = sep!(r); if (s === null) return null; return rest.map((g) => g(r)).filter((v) => v !== null).map(String).join(s as string); } };
      break;
    }
    case 'REPLACE': cs = args(); impl = strict(S(false), cs, (s: string, a: string, b: string) => s.split(a).join(b)); break;
    case 'LPAD': case 'RPAD': {
      cs = args(); const left = name === 'LPAD';
      impl = strict(S(false), cs, (s: string, n: number, p: string) => {
        if (n < 0) return null;
        if (s.length >= n) return s.slice(0, n);
        if (p.length === 0) return s;
        let pad = ''; while (pad.length < n - s.length) pad += p;
        pad = pad.slice(0, n - s.length);
        return left ? pad + s : s + pad;
      });
      break;
    }
    case 'INITCAP': cs = args(); impl = strict(sameString(cs[0]!), cs, (s: string) => s.toLowerCase().replace(/(^|[^a-zA-Z0-9])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase())); break;
    case 'POSITION': case 'LOCATE': {
      cs = args();
      impl = strict(INT(false), cs, name === 'POSITION' ? (a: string, b: string) => b.indexOf(a) + 1 : (a: string, b: string, from?: number) => b.indexOf(a, (from ?? 1) - 1) + 1);
      break;
    }
    case 'INSTR': cs = args(); impl = strict(INT(false), cs, (s: string, sub: string) => s.indexOf(sub) + 1); break;
    case 'SPLIT_INDEX': {
      cs = args();
      impl = { ...strict(S(true), cs, (s: string, sep: string, i: number) => { const parts = s.split(sep); return i >= 0 && i < parts.length ? parts[i] : null; }), type: S(true) };
      break;
    }
    case 'REGEXP_EXTRACT': {
      cs = args();
      impl = { ...strict(S(true), cs, (s: string, p: string, i?: number) => { const m = javaPattern(p)?.exec(s); if (!m) return null; const g = m[i ?? 1]; return g === undefined ? null : g; }), type: S(true) };
      break;
    }
    // java.util.regex patterns (functions/text.ts translates them); an invalid one is NULL (REGEXP:
    // false), and the replacement is taken literally, `$1` included (case regexp-java-patterns)
    case 'REGEXP_REPLACE': cs = args(); impl = strict(S(false), cs, (s: string, p: string, rep: string) => { const rx = javaPattern(p, 'g'); return rx ? s.replace(rx, () => rep) : null; }); break;
    case 'REGEXP': cs = args(); impl = strict(BOOLEAN(false), cs, (s: string, p: string) => javaPattern(p)?.test(s) ?? false); break;
    // REVERSE, CHR, DATE_FORMAT, FROM_UNIXTIME, STR_TO_MAP are nullable whatever their arguments (Flink 2.3.0)
    case 'REVERSE': cs = args(); impl = strict(S(true), cs, (s: string) => [...s].reverse().join('')); break;
    case 'REPEAT': cs = args(); impl = strict(S(false), cs, (s: string, n: number) => (n <= 0 ? '' : s.repeat(n))); break;
    case 'LEFT': cs = args(); impl = strict(varcharOf(cs[0]!, true), cs, (s: string, n: number) => (n <= 0 ? '' : s.slice(0, n))); break;
    case 'RIGHT': cs = args(); impl = strict(varcharOf(cs[0]!, true), cs, (s: string, n: number) => (n <= 0 ? '' : s.slice(Math.max(0, s.length - n)))); break;
    case 'ASCII': cs = args(); impl = strict(INT(false), cs, (s: string) => (s.length ? s.charCodeAt(0) : 0)); break;
    case 'CHR': cs = args(); impl = strict(S(true), cs, (n: number) => String.fromCharCode(n)); break;
    case 'MD5': cs = args(); impl = strict(t('CHAR', false, { precision: 32 }), cs, (s: string) => md5(s)); break;
    case 'SPLIT': cs = args(); impl = strict(t('ARRAY', false, { element: S(true) }), cs, (s: string, d: string) => (d === '' ? [...s] : s.split(d))); break;
    case 'STR_TO_MAP': {
      cs = args();
      impl = strict(t('MAP', true, { key: S(true), value: S(true) }), cs, (s: string, pd = ',', kd = '=') => {
        const m = new Map<string, string | null>();
        for (const p of s.split(pd)) { const i = p.indexOf(kd); if (i < 0) m.set(p, null); else m.set(p.slice(0, i), p.slice(i + kd.length)); }
        return m;
      });
      break;
    }
    // ---- math
    case 'ABS': cs = args(); impl = strict(cs[0]!.type, cs, Math.abs); break;
    case 'MOD': {
      cs = args(); const ty = isIntegral(cs[0]!.type) && isIntegral(cs[1]!.type) ? cs[1]!.type : numericResult(cs[0]!.type, cs[1]!.type, '%');
      impl = strict(ty, cs, (a: number, b: number) => a % b);
      break;
    }
    case 'ROUND': case 'TRUNCATE': {
      cs = args(); const ty0 = cs[0]!.type;
      const cut = name === 'ROUND' ? Math.round : Math.trunc;
      const digits = (x: number, d: number): number => (name === 'ROUND' && isApprox(ty0) ? roundDouble(x, d) : decimalDigits(x, d, cut));
      const ty = ty0.name === 'DECIMAL' ? roundDecimalType(ty0, cs[1]) : name === 'ROUND' ? withoutTimeAttr(ty0) : ty0;
      if (cs[1] && cs[1].literal === undefined) {
        // the digits from a column (case round-truncate-column-digits, recorded on Flink 2.3.0): a
        // DECIMAL(p, s) keeps its type, and DecimalDataUtils.sround/struncate's result (scale d,
        // or 0 below zero digits) is read at scale s: ROUND(1.2345, 2) of a DECIMAL(8, 4) is 0.0123
        const s = ty0.scale ?? 0;
        impl = strict(ty, cs, ty0.name === 'DECIMAL'
          ? (x: number, d: number) => (d >= s ? x : Number((digits(x, d) * 10 ** Math.max(d, 0) / 10 ** s).toFixed(s)))
          : (x: number, d: number) => digits(x, d));
      } else {
        const d = (cs[1]?.literal as number | undefined) ?? 0;
        impl = strict(ty, [cs[0]!], (x: number) => digits(x, d));
      }
      if (cs[1]?.type.nullable) impl.type = withNullable(impl.type, true);
      break;
    }
    case 'FLOOR': case 'CEIL': case 'CEILING': {
      const ceil = name !== 'FLOOR';
      if (argNodes.length === 2 && isSym(1)) {
        const unit = symArg(1); cs = [compileExpr(argNodes[0]!, ctx)];
        const ty0 = cs[0]!.type;
        impl = strict(withoutTimeAttr(ty0), cs, ty0.name === 'DATE' ? (v: number) => floorTo(v * 86_400_000, unit, ceil) / 86_400_000 : (v: number) => floorTo(v, unit, ceil));
        break;
      }
      cs = args(); const ty0 = cs[0]!.type;
      const ty = ty0.name === 'DECIMAL' ? t('DECIMAL', ty0.nullable, { precision: ty0.precision, scale: 0 }) : ty0;
      impl = strict(ty, cs, ceil ? Math.ceil : Math.floor);
      break;
    }
    // java.lang.Math's exp/log/log10/pow/sin/cos/tan (HotSpot's intrinsics, correctly rounded nearly always;
    // V8's fdlibm is an ulp off on 1-8% of inputs): functions/java-math.ts
    case 'POWER': case 'POW': cs = args(); impl = strict(DOUBLE(false), cs, (a: number, b: number) => javaPow(Number(a), Number(b))); break;
    case 'SQRT': cs = args(); impl = strict(DOUBLE(false), cs, Math.sqrt); break;
    case 'EXP': cs = args(); impl = strict(DOUBLE(false), cs, (x: number) => javaExp(Number(x))); break;
    case 'LN': cs = args(); impl = strict(DOUBLE(false), cs, (x: number) => javaLog(Number(x))); break;
    case 'LOG10': cs = args(); impl = strict(DOUBLE(false), cs, (x: number) => javaLog10(Number(x))); break;
    // Flink: Math.log(x) / Math.log(2) (log2(3) is 1.5849625007211563, not Math.log2's ...156)
    case 'LOG2': cs = args(); impl = strict(DOUBLE(false), cs, (x: number) => javaLog(Number(x)) / LN2_JAVA); break;
    // Long.toHexString / toBinaryString (two's complement for negatives); HEX of a string: its UTF-8 bytes
    case 'HEX': cs = args(); impl = strict(S(false), cs, (x: number | string) => (typeof x === 'string' ? Buffer.from(x, 'utf8').toString('hex') : BigInt.asUintN(64, BigInt(Math.trunc(x))).toString(16)).toUpperCase()); break;
    case 'BIN': cs = args(); impl = strict(S(false), cs, (x: number) => BigInt.asUintN(64, BigInt(Math.trunc(x))).toString(2)); break;
    case 'OVERLAY': cs = args(); impl = strict(S(false), cs, (s: string, r: string, pos: number, len?: number) => s.slice(0, Math.max(0, pos - 1)) + r + s.slice(Math.max(0, pos - 1) + (len ?? r.length))); break;
    case 'LOG': cs = args(); impl = strict(DOUBLE(false), cs, (a: number, b?: number) => (b === undefined ? javaLog(Number(a)) : javaLog(Number(b)) / javaLog(Number(a)))); break;
    case 'SIN': case 'COS': case 'TAN': case 'ASIN': case 'ACOS': case 'ATAN': {
      // asin/acos/atan: StrictMath's fdlibm in Java, V8's own agree (test/engine/java-math.test.ts)
      cs = args(); const f = name === 'SIN' ? javaSin : name === 'COS' ? javaCos : name === 'TAN' ? javaTan : (Math as unknown as Record<string, (x: number) => number>)[name.toLowerCase()]!;
      impl = strict(DOUBLE(false), cs, (x: number) => f(Number(x))); break;
    }
    // Math.toDegrees / toRadians: x times Java's constant (DEGREES(0.1) 5.729577951308233, RADIANS(3) 0.05235987755982989)
    case 'DEGREES': cs = args(); impl = strict(DOUBLE(false), cs, (x: number) => javaToDegrees(Number(x))); break;
    case 'RADIANS': cs = args(); impl = strict(DOUBLE(false), cs, (x: number) => javaToRadians(Number(x))); break;
    case 'PI': impl = { type: DOUBLE(false), fn: () => Math.PI }; break;
    case 'E': impl = { type: DOUBLE(false), fn: () => Math.E }; break;
    case 'SIGN': cs = args(); impl = strict(cs[0]!.type, cs, (x: number) => Math.sign(x)); break;
    // ---- temporal
    case 'CURRENT_TIMESTAMP': case 'NOW': case 'LOCALTIMESTAMP': case 'CURRENT_ROW_TIMESTAMP': {
      const now = ctx.now; const type = t(name === 'LOCALTIMESTAMP' ? 'TIMESTAMP' : 'TIMESTAMP_LTZ', false, { precision: 3 });
      // CURRENT_TIMESTAMP(p) / LOCALTIMESTAMP(p): typed (precision 3) and refused by Flink 2.3.0's
      // code generation, at EXPLAIN (case current-timestamp-precision-codegen-error)
      const pc = argNodes.length && (name === 'CURRENT_TIMESTAMP' || name === 'LOCALTIMESTAMP') ? compileExpr(argNodes[0]!, ctx) : undefined;
      impl = pc ? { type, fn: codegenRefusal(ctx, `Unsupported call: ${name}(${typeToString(pc.type)})`, e.range) } : { type, fn: () => now() }; break;
    }
    case 'CURRENT_DATE': { const now = ctx.now; impl = { type: t('DATE', false), fn: () => Math.floor(now() / 86_400_000) }; break; }
    // CURRENT_TIME(p) / LOCALTIME(p) are TIME(p) to Flink 2.3.0's validator and then its code
    // generation refuses them, at EXPLAIN (case current-time-precision-codegen-error); CURRENT_TIMESTAMP(p) stays TIMESTAMP_LTZ(3)
    case 'CURRENT_TIME': case 'LOCALTIME': {
      const now = ctx.now; const pc = argNodes.length ? compileExpr(argNodes[0]!, ctx) : undefined; const p = pc?.literal;
      const type = t('TIME', false, typeof p === 'number' && p > 0 ? { precision: p } : {});
      impl = pc ? { type, fn: codegenRefusal(ctx, `Unsupported call: ${name}(${typeToString(pc.type)})`, e.range) }
        : { type, fn: () => now() % 86_400_000 };
      break;
    }
    case 'PROCTIME': { const now = ctx.now; impl = { type: t('TIMESTAMP_LTZ', false, { precision: 3, timeAttr: 'proctime' }), fn: () => now() }; break; }
    case 'DATE_FORMAT': cs = args(); impl = strict(S(true), cs, (v: number | string, p: string) => dateFormat(typeof v === 'string' ? (parseText(v, t('TIMESTAMP')) as number) : v, p)); break;
    case 'EXTRACT': {
      const unit = symArg(0); cs = [compileExpr(argNodes[1]!, ctx)]; const ty0 = cs[0]!.type;
      impl = strict(BIGINT(false), cs, (v: number) => extract(unit, v, ty0)); break;
    }
    case 'YEAR': case 'QUARTER': case 'MONTH': case 'WEEK': case 'DAYOFYEAR': case 'DAYOFMONTH': case 'DAYOFWEEK': case 'HOUR': case 'MINUTE': case 'SECOND': {
      cs = args(); const ty0 = cs[0]!.type; const unit = name === 'DAYOFMONTH' ? 'DAY' : name;
      impl = strict(BIGINT(false), cs, (v: number) => extract(unit, v, ty0)); break;
    }
    case 'TIMESTAMPADD': {
      checkTimeFrame(argNodes[0], ctx);
      const unit = symArg(0); cs = [compileExpr(argNodes[1]!, ctx), compileExpr(argNodes[2]!, ctx)];
      const ty0 = cs[1]!.type; const isDate = ty0.name === 'DATE';
      impl = strict(withoutTimeAttr(ty0), cs, (n: number, v: number) => {
        const ms = isDate ? v * 86_400_000 : v;
        let res: number;
        if (unit === 'YEAR') res = addMonths(ms, 12 * n); else if (unit === 'QUARTER') res = addMonths(ms, 3 * n); else if (unit === 'MONTH') res = addMonths(ms, n);
        else res = ms + n * (MS[unit] ?? 1);
        return isDate ? Math.floor(res / 86_400_000) : res;
      });
      break;
    }
    case 'TIMESTAMPDIFF': {
      checkTimeFrame(argNodes[0], ctx);
      const unit = symArg(0); cs = [compileExpr(argNodes[1]!, ctx), compileExpr(argNodes[2]!, ctx)];
      const toMs = (c: Compiled) => (c.type.name === 'DATE' ? (v: number) => v * 86_400_000 : (v: number) => v);
      const fa = toMs(cs[0]!), fb = toMs(cs[1]!);
      impl = strict(INT(false), cs, (a: number, b: number) => {
        const x = fa(a), y = fb(b);
        if (unit === 'YEAR' || unit === 'MONTH' || unit === 'QUARTER') {
          const da = new Date(x), db = new Date(y);
          let months = (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
          const restA = x - Date.UTC(da.getUTCFullYear(), da.getUTCMonth(), 1), restB = y - Date.UTC(db.getUTCFullYear(), db.getUTCMonth(), 1);
          if (months > 0 && restB < restA) months--; else if (months < 0 && restB > restA) months++;
          return Math.trunc(unit === 'YEAR' ? months / 12 : unit === 'QUARTER' ? months / 3 : months);
        }
        return Math.trunc((y - x) / (MS[unit] ?? 1));
      });
      break;
    }
    case 'TO_TIMESTAMP': cs = args(); impl = { ...strict(t('TIMESTAMP', true, { precision: 3 }), cs, (s: string, p?: string) => { if (p !== undefined) return parseByPattern(s, p); const v = parseText(s, t('TIMESTAMP')); return v === INVALID ? null : v; }), type: t('TIMESTAMP', true, { precision: 3 }) }; break;
    case 'TO_DATE': cs = args(); impl = strict(t('DATE', true), cs, (s: string) => { const v = parseText(s, t('DATE')); return v === INVALID ? null : v; }); break;
    case 'TO_TIMESTAMP_LTZ': {
      cs = args(); const p = (cs[1]?.literal as number | undefined) ?? 3;
      impl = strict(t('TIMESTAMP_LTZ', true, { precision: 3 }), [cs[0]!], (v: number) => (p === 0 ? v * 1000 : v)); break;
    }
    case 'UNIX_TIMESTAMP': {
      cs = args();
      if (cs.length === 0) { const now = ctx.now; impl = { type: BIGINT(false), fn: () => Math.floor(now() / 1000) }; }
      else impl = strict(BIGINT(false), cs, (s: string, p?: string) => { const v = p !== undefined ? parseByPattern(s, p) : parseText(s, t('TIMESTAMP')); return v === INVALID || v === null ? null : Math.floor((v as number) / 1000); });
      break;
    }
    case 'FROM_UNIXTIME': cs = args(); impl = strict(S(true), cs, (n: number, p?: string) => dateFormat(n * 1000, p ?? 'yyyy-MM-dd HH:mm:ss')); break;
    // ---- collections and JSON
    case 'CARDINALITY': cs = args(); impl = strict(INT(false), cs, (a: unknown[] | Map<unknown, unknown>) => (a instanceof Map ? mapEntries(a).length : a.length)); break;
    // more than one element fails the job (case element-of-many)
    case 'ELEMENT': cs = args(); impl = { ...strict(cs[0]!.type.element ?? S(), cs, (a: unknown[]) => {
      if (a.length > 1) throw new FlinkError('org.apache.flink.table.api.TableRuntimeException', 'Array has more than one element.');
      return a.length === 0 ? null : a[0];
    }), type: withNullable(cs[0]!.type.element ?? S(), true) }; break;
    case 'JSON_VALUE': {
      cs = [compileExpr(argNodes[0]!, ctx), compileExpr(argNodes[1]!, ctx)];
      const rt = e.returning ? toSqlType(e.returning) : S(true);
      const clauses = e.jsonClauses ?? [];
      const onError = clauses.find((c) => c.clause.endsWith('ON ERROR'));
      const dflt = (c: A.JsonClause | undefined) => (c && c.clause.startsWith('DEFAULT') && c.value ? compileExpr(c.value, ctx).literal : null);
      const conv = castFn(S(), rt, 'null');
      // Flink 2.3.0's code generation takes RETURNING STRING, INT, DOUBLE, BOOLEAN (BIGINT and DECIMAL
      // fail), and casts the value Jackson read to the type's Java class without converting it:
      // RETURNING INT of "5" or 2.5 fails the job with a ClassCastException, RETURNING DOUBLE of 7 too
      if (rt.name === 'BIGINT' || rt.name === 'DECIMAL') throw new FlinkError(CODEGEN, `Unsupported type '${typeToString(withNullable(rt, true))}' for RETURNING in JSON_VALUE().`, e.range);
      const target = rt.name === 'INT' ? 'java.lang.Integer' : rt.name === 'DOUBLE' ? 'java.math.BigDecimal' : rt.name === 'BOOLEAN' ? 'java.lang.Boolean' : null;
      const javaClass = (v: unknown) => (typeof v === 'string' ? 'java.lang.String' : typeof v === 'boolean' ? 'java.lang.Boolean'
        : Number.isInteger(v) ? (Math.abs(v as number) < 2 ** 31 ? 'java.lang.Integer' : 'java.lang.Long') : 'java.math.BigDecimal');
      const [gd, gp] = cs.map((c) => c.fn) as [Fn, Fn];
      impl = {
        type: withNullable(rt, true), fn: (r) => {
          const doc = gd(r), path = gp(r); if (doc === null || path === null) return null;
          let parsed: unknown;
          try { parsed = JSON.parse(doc as string); } catch { return onError?.clause.startsWith('DEFAULT') ? dflt(onError) : null; }
          const { found, value, error } = jsonPath(parsed, path as string);
          // measured on Flink 2.3.0 (cases json-value, json-path-errors-and-empty): ON EMPTY is
          // ignored and a miss takes the ON ERROR clause, as an error does (DEFAULT 'x' ON EMPTY
          // gives NULL, DEFAULT 'x' ON ERROR gives 'x' for a missing member)
          if (error || !found || value === null) return onError?.clause.startsWith('DEFAULT') ? dflt(onError) : null;
          if (typeof value === 'object') return onError?.clause.startsWith('DEFAULT') ? dflt(onError) : null;
          if (target && javaClass(value) !== target) {
            const from = javaClass(value);
            throw new FlinkError('java.lang.ClassCastException', `class ${from} cannot be cast to class ${target} (${from} and ${target} are in module java.base of loader 'bootstrap')`);
          }
          return conv(typeof value === 'string' ? value : String(value));
        },
      };
      break;
    }
    case 'JSON_EXISTS': {
      cs = [compileExpr(argNodes[0]!, ctx), compileExpr(argNodes[1]!, ctx)];
      // a JSON null does not exist (Flink 2.3.0: JSON_EXISTS('{"c":null}', '$.c') is false); an error
      // (strict mode, a member of an array) takes the ON ERROR clause, FALSE by default
      const onErr = (e.jsonClauses ?? []).find((c) => c.clause.endsWith('ON ERROR'))?.clause ?? 'FALSE ON ERROR';
      const errValue = onErr.startsWith('TRUE') ? true : onErr.startsWith('UNKNOWN') ? null : false;
      impl = strict(BOOLEAN(true), cs, (doc: string, p: string) => {
        let parsed: unknown;
        try { parsed = JSON.parse(doc); } catch { return errValue; }
        const { found, value, error } = jsonPath(parsed, p);
        return error ? errValue : found && value !== null;
      });
      break;
    }
    case 'JSON_QUERY': {
      cs = [compileExpr(argNodes[0]!, ctx), compileExpr(argNodes[1]!, ctx)];
      // Calcite's JsonFunctions.jsonQuery: WITH [UNCONDITIONAL] ARRAY WRAPPER wraps any value found,
      // WITH CONDITIONAL wraps all but an array, WITHOUT (default) gives NULL for a scalar
      const wrap = (e.jsonClauses ?? []).map((c) => c.clause).find((c) => c.endsWith('WRAPPER')) ?? 'WITHOUT ARRAY WRAPPER';
      const wrapped = (value: unknown): unknown => (wrap.startsWith('WITHOUT') ? (typeof value === 'object' ? value : null) : wrap.includes('CONDITIONAL') && !wrap.includes('UNCONDITIONAL') && Array.isArray(value) ? value : [value]);
      // an error (bad document, strict miss, a scalar without a wrapper) and a miss both take the
      // ON ERROR clause; ON EMPTY is ignored (Flink 2.3.0, case json-path-errors-and-empty)
      const onErrClause = (e.jsonClauses ?? []).map((c) => c.clause).find((x) => x.endsWith('ON ERROR'));
      const onErr = onErrClause?.startsWith('EMPTY ARRAY') ? '[]' : onErrClause?.startsWith('EMPTY OBJECT') ? '{}' : null;
      impl = { ...strict(S(true), cs, (doc: string, p: string) => {
        let parsed: unknown;
        try { parsed = JSON.parse(doc); } catch { return onErr; }
        const { found, value, error } = jsonPath(parsed, p);
        if (error) return onErr;
        if (!found || value === null || value === undefined) return onErr;
        const out = wrapped(value);
        return out === null ? onErr : sortedJson(out);
      }), type: S(true) };
      break;
    }
    case 'JSON_STRING': cs = args(); impl = { type: S(cs[0]!.type.nullable), fn: (r) => { const v = cs[0]!.fn(r); return v === null ? null : JSON.stringify(v); } }; break;
    case 'UUID': impl = { type: t('CHAR', false, { precision: 36 }), fn: () => crypto.randomUUID() }; break;
    case 'JSON_OBJECT': case 'JSON_ARRAY': {
      // NULL ON NULL is JSON_OBJECT's default, ABSENT ON NULL JSON_ARRAY's; a nested JSON_OBJECT /
      // JSON_ARRAY value goes in as JSON, any other string as a JSON string (Flink 2.3.0)
      const isObject = name === 'JSON_OBJECT';
      const onNull = (e.jsonClauses ?? []).find((c) => c.clause.endsWith('ON NULL'))?.clause;
      const absent = onNull ? onNull.startsWith('ABSENT') : !isObject;
      const encoder = (node: A.Expression) => {
        const c = compileExpr(node, ctx);
        const raw = node.kind === 'FunctionCall' && ['JSON_OBJECT', 'JSON_ARRAY'].includes(fnName(node));
        return { c, enc: (r: unknown[]): string | null => { const v = c.fn(r); return v === null || v === undefined ? null : raw ? (v as string) : jsonText(v, c.type); } };
      };
      if (isObject) {
        const kvs = (e.args as A.JsonKeyValue[]).map((kv) => ({ k: compileExpr(kv.key, ctx), v: encoder(kv.value) }));
        cs = kvs.flatMap((kv) => [kv.k, kv.v.c]);
        impl = { type: S(false), fn: (r) => {
          // the members come out sorted by key (Flink 2.3.0: {"id":1,"name":"ann","ok":true,"price":4.50})
          const members: [string, string][] = [];
          for (const kv of kvs) { const v = kv.v.enc(r); if (v === null && absent) continue; members.push([String(kv.k.fn(r)), v ?? 'null']); }
          members.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
          return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
        } };
      } else {
        const items = argNodes.map(encoder);
        cs = items.map((x) => x.c);
        impl = { type: S(false), fn: (r) => {
          const parts: string[] = [];
          for (const it of items) { const v = it.enc(r); if (v === null && absent) continue; parts.push(v ?? 'null'); }
          return `[${parts.join(',')}]`;
        } };
      }
      break;
    }
    case 'TYPEOF': cs = args(); { const s = typeToString(cs[0]!.type); impl = { type: S(true), fn: () => s }; } break;
    default: {
      const more = compileMoreCall({ name, call: e, argNodes, ctx, args, strict, castTo: castIfNeeded, pos: (r) => posPrefix(ctx, r) });
      if (more) { impl = more.impl; cs = more.cs; break; }
      const r = e.range;
      // a function Flink has and the engine lacks is not supported yet, never a false "no such function"
      if (FLINK_FUNCTIONS.has(name)) throw notSupported(`the function ${name}`, r);
      // Calcite derives the arguments' types first (an unknown column is reported before the
      // function), then names the call as written with its arguments' type families
      const written = e.name.map((p) => p.value).join('.');
      throw new FlinkError(CALCITE, `${posPrefix(ctx, r)}No match found for function signature ${written}(${args().map((c) => `<${calciteFamily(c.type)}>`).join(', ')})`, r);
    }
  }
  return { ...impl, text: text(cs) };
}

/** A value as a JSON construction function writes it (Jackson). */
export function jsonText(v: unknown, ty: SqlType): string {
  switch (ty.name) {
    case 'BOOLEAN': case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return String(v);
    case 'DECIMAL': return decimalString(v as number, ty.scale ?? 0);
    case 'DOUBLE': return javaDouble(v as number);
    case 'FLOAT': return javaFloat(v as number);
    // ISO_LOCAL_DATE_TIME: seconds always, the fraction without trailing zeros (10:00:07.25)
    case 'TIMESTAMP': return JSON.stringify(localDateTime(v as number).replace(/T(\d\d:\d\d)$/, 'T$1:00').replace(/(\.\d*?)0+$/, '$1'));
    case 'DATE': return JSON.stringify(localDate(v as number));
    default: return JSON.stringify(typeof v === 'string' ? v : String(v));
  }
}

/** Java's Math.round-like HALF_UP on doubles as Flink's ROUND(DOUBLE, n) does (BigDecimal HALF_UP). */
function roundDouble(x: number, d: number): number {
  if (!Number.isFinite(x)) return x;
  const s = x.toPrecision(17);
  const f = 10 ** d;
  const v = Number(s) * f;
  const r = Math.sign(v) * Math.round(Math.abs(v) + 1e-9);
  return r / f;
}

// a tiny MD5 (for the MD5 function)
function md5(str: string): string {
  const bytes = new TextEncoder().encode(str);
  const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);
  const S4 = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
  const len = bytes.length; const n = ((len + 8) >> 6) + 1; const words = new Uint32Array(n * 16);
  for (let i = 0; i < len; i++) words[i >> 2]! |= bytes[i]! << ((i % 4) * 8);
  words[len >> 2]! |= 0x80 << ((len % 4) * 8);
  words[n * 16 - 2] = (len * 8) >>> 0;
  let a0 = 0x67452301, b0 = 0xefcdab89, c0 = 0x98badcfe, d0 = 0x10325476;
  for (let c = 0; c < n; c++) {
    let A0 = a0, B = b0, C = c0, D = d0;
    for (let i = 0; i < 64; i++) {
      let F: number, g: number;
      if (i < 16) { F = (B & C) | (~B & D); g = i; } else if (i < 32) { F = (D & B) | (~D & C); g = (5 * i + 1) % 16; } else if (i < 48) { F = B ^ C ^ D; g = (3 * i + 5) % 16; } else { F = C ^ (B | ~D); g = (7 * i) % 16; }
      const tmp = D; D = C; C = B;
      const sum = (A0 + F + K[i]! + words[c * 16 + g]!) >>> 0;
      const sh = S4[(i >> 4) * 4 + (i % 4)]!;
      B = (B + ((sum << sh) | (sum >>> (32 - sh)))) >>> 0; A0 = tmp;
    }
    a0 = (a0 + A0) >>> 0; b0 = (b0 + B) >>> 0; c0 = (c0 + C) >>> 0; d0 = (d0 + D) >>> 0;
  }
  return [a0, b0, c0, d0].map((x) => Array.from({ length: 4 }, (_, i) => ((x >>> (i * 8)) & 255).toString(16).padStart(2, '0')).join('')).join('');
}

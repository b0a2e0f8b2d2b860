// CST (parser.ts) -> typed AST (ast.ts) with source ranges. Defensive by design: after error
// recovery a CST node may lack children, so every accessor tolerates absence; parse.ts catches
// anything unexpected and falls back to an InvalidStatement.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as A from './ast.ts';
import type { Range } from '../diagnostics.ts';

type Node = CstNode;
type Children = Record<string, CstElement[] | undefined>;

function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}
function ch(n: Node | undefined, name: string): CstElement[] {
  return n ? ((n.children as Children)[name] ?? []) : [];
}
function nodes(n: Node | undefined, name: string): Node[] {
  return ch(n, name).filter((e): e is Node => !isToken(e));
}
function node(n: Node | undefined, name: string): Node | undefined {
  const e = ch(n, name)[0];
  return e && !isToken(e) ? e : undefined;
}
function toks(n: Node | undefined, name: string): IToken[] {
  return ch(n, name).filter(isToken).filter((t) => !isNaN(t.startOffset));
}
function tok(n: Node | undefined, name: string): IToken | undefined {
  return toks(n, name)[0];
}
function has(n: Node | undefined, name: string): boolean {
  return ch(n, name).length > 0;
}

/** Errors Flink's parser raises in its actions (not grammar mismatches); parse.ts reports them. */
export interface ActionError {
  token: IToken;
  message: string;
}
let actionErrors: ActionError[] = [];
export function takeActionErrors(): ActionError[] {
  const e = actionErrors;
  actionErrors = [];
  return e;
}

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function tokenRange(t: IToken): Range {
  return {
    start: { line: t.startLine! - 1, character: t.startColumn! - 1 },
    end: { line: t.endLine! - 1, character: t.endColumn! },
  };
}
function rangeOf(e: CstElement | undefined): Range {
  if (!e) return EMPTY_RANGE;
  if (isToken(e)) return tokenRange(e);
  const l = e.location;
  if (!l || l.startLine === undefined || isNaN(l.startOffset)) return EMPTY_RANGE;
  return {
    start: { line: l.startLine - 1, character: l.startColumn! - 1 },
    end: { line: l.endLine! - 1, character: l.endColumn! },
  };
}
function span(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}
function upper(t: IToken | undefined): string {
  return t ? t.image.toUpperCase() : '';
}

// ---------------------------------------------------------------------------------------------
// Names and literals

function identFromToken(t: IToken): A.Identifier {
  const quoted = t.image.startsWith('`');
  return {
    kind: 'Identifier',
    range: tokenRange(t),
    value: quoted ? t.image.slice(1, -1).replace(/``/g, '`') : t.image,
    quoted,
  };
}
function firstTokenDeep(n: Node | undefined): IToken | undefined {
  if (!n) return undefined;
  for (const key of Object.keys(n.children)) {
    for (const e of (n.children as Children)[key] ?? []) {
      if (isToken(e)) return e;
    }
  }
  for (const key of Object.keys(n.children)) {
    for (const e of (n.children as Children)[key] ?? []) {
      if (!isToken(e)) {
        const t = firstTokenDeep(e);
        if (t) return t;
      }
    }
  }
  return undefined;
}
function lastToken(n: Node | undefined): IToken | undefined {
  let best: IToken | undefined;
  const visit = (x: Node) => {
    for (const key of Object.keys(x.children)) {
      for (const e of (x.children as Children)[key] ?? []) {
        if (isToken(e)) {
          if (!isNaN(e.startOffset) && (!best || e.startOffset > best.startOffset)) best = e;
        } else visit(e);
      }
    }
  };
  if (n) visit(n);
  return best;
}

function ident(n: Node | undefined): A.Identifier {
  const t = n ? (tok(n, 'Ident') ?? firstTokenDeep(n)) : undefined;
  if (!t) return { kind: 'Identifier', range: rangeOf(n), value: '', quoted: false };
  return identFromToken(t);
}
/** `*` as the last part of a name (`a.*(x)`, CALL a.*(x)) */
function starIdent(range: Range): A.Identifier {
  return { kind: 'Identifier', range, value: '*', quoted: false };
}
function compound(n: Node | undefined): A.Identifier[] {
  return toks(n, 'Ident').map(identFromToken);
}
function identList(n: Node | undefined): A.Identifier[] {
  return nodes(n, 'ident').map(ident);
}

function unquote(image: string): string {
  const q = image.indexOf("'");
  return image.slice(q + 1, -1).replace(/''/g, "'");
}
function stringLit(n: Node | undefined): A.StringLiteral {
  const ts = toks(n, 'StringLit');
  return { kind: 'StringLiteral', range: rangeOf(n), value: ts.map((t) => unquote(t.image)).join('') };
}
/** An IntegerLit, DecimalLit or ApproxLit token as a literal (its range by default), `sign` '-' or ''. */
function numericLiteral(t: IToken, r: Range = tokenRange(t), sign = ''): A.NumericLiteral {
  const numberKind = t.tokenType.name === 'IntegerLit' ? 'integer' : t.tokenType.name === 'DecimalLit' ? 'decimal' : 'approximate';
  return { kind: 'NumericLiteral', range: r, text: sign + t.image, numberKind };
}
/** parser.ts's signedNumber: `-1.5` as one literal (its text with the sign) */
function signedNumber(n: Node): A.NumericLiteral {
  return numericLiteral(tok(n, 'number')!, rangeOf(n), tok(n, 'sign')?.image === '-' ? '-' : '');
}
function optString(n: Node | undefined): A.StringLiteral | undefined {
  return n ? stringLit(n) : undefined;
}

function literal(n: Node): A.Expression {
  const r = rangeOf(n);
  const s = node(n, 'stringLiteral');
  if (s) return stringLit(s);
  const p = tok(n, 'PrefixedStringLit');
  if (p) {
    const q = p.image.indexOf("'");
    const prefix = p.image.slice(0, q).replace(/^_/, '').toUpperCase();
    return { kind: 'StringLiteral', range: r, value: unquote(p.image), prefix };
  }
  const b = tok(n, 'BinaryStringLit');
  if (b) return { kind: 'BinaryStringLiteral', range: r, hex: unquote(b.image).replace(/\s/g, '').toUpperCase() };
  const num = tok(n, 'IntegerLit') ?? tok(n, 'DecimalLit') ?? tok(n, 'ApproxLit');
  if (num) return numericLiteral(num, r);
  if (has(n, 'KW_TRUE')) return { kind: 'BooleanLiteral', range: r, value: true };
  if (has(n, 'KW_FALSE')) return { kind: 'BooleanLiteral', range: r, value: false };
  if (has(n, 'KW_UNKNOWN')) return { kind: 'BooleanLiteral', range: r, value: null };
  if (has(n, 'KW_NULL')) return { kind: 'NullLiteral', range: r };
  const typed = upper(tok(n, 'typed'));
  const value = tok(n, 'typedValue');
  let type: A.TypedLiteral['type'] = typed === 'DATE' ? 'DATE' : typed === 'TIME' ? 'TIME' : typed === 'TIMESTAMP_LTZ' ? 'TIMESTAMP_LTZ' : 'TIMESTAMP';
  if (has(n, 'ltz')) type = typed === 'TIME' ? 'TIME_LTZ' : 'TIMESTAMP_LTZ';
  return { kind: 'TypedLiteral', range: r, type, value: value ? unquote(value.image) : '' };
}

const UNIT_SINGULAR: Record<string, A.TimeUnit> = {
  YEARS: 'YEAR', QUARTERS: 'QUARTER', MONTHS: 'MONTH', WEEKS: 'WEEK', DAYS: 'DAY', HOURS: 'HOUR',
  MINUTES: 'MINUTE', SECONDS: 'SECOND',
};
function unitName(n: Node | undefined): A.TimeUnit {
  const t = firstTokenDeep(n);
  const u = upper(t);
  return (UNIT_SINGULAR[u] ?? u) as A.TimeUnit;
}
function precisions(n: Node | undefined): number[] {
  return toks(n, 'IntegerLit').map((t) => Number(t.image));
}
function intervalQualifier(n: Node | undefined): A.IntervalQualifier {
  const q: A.IntervalQualifier = { kind: 'IntervalQualifier', range: rangeOf(n), start: unitName(node(n, 'start')) };
  const sp = precisions(node(n, 'startPrecision'));
  if (sp[0] !== undefined) q.startPrecision = sp[0];
  if (sp[1] !== undefined) q.fractionalPrecision = sp[1];
  const end = node(n, 'end');
  if (end) {
    q.end = unitName(end);
    const ep = precisions(node(n, 'endPrecision'));
    if (ep[0] !== undefined) q.fractionalPrecision = ep[0];
  }
  return q;
}
function intervalLiteral(n: Node): A.Expression {
  const sign = upper(tok(n, 'sign')) === '-' ? -1 : 1;
  const op = node(n, 'operand');
  const num = tok(n, 'number');
  const operand: A.Expression = num ? numericLiteral(num)
    : op?.name === 'stringLiteral' ? stringLit(op)
    : op?.name === 'compoundIdent' ? { kind: 'Name', range: rangeOf(op), parts: compound(op) }
    : expr(op);
  const qualifier = intervalQualifier(node(n, 'intervalQualifier'));
  if (operand.kind === 'StringLiteral') return { kind: 'IntervalLiteral', range: rangeOf(n), sign, value: operand.value, qualifier };
  const inner: A.Expression = sign === -1 ? { kind: 'Unary', range: operand.range, op: '-', operand } : operand;
  return { kind: 'IntervalExpr', range: rangeOf(n), operand: inner, qualifier };
}

// ---------------------------------------------------------------------------------------------
// Expressions

function binaryChain(n: Node, sub: string, opOf: (i: number) => string, build: (n: Node) => A.Expression): A.Expression {
  const parts = nodes(n, sub);
  let left = build(parts[0]!);
  for (let i = 1; i < parts.length; i++) {
    const right = build(parts[i]!);
    left = { kind: 'Binary', range: span(left.range, right.range), op: opOf(i - 1) as A.BinaryOp, left, right };
  }
  return left;
}

export function expr(n: Node | undefined): A.Expression {
  if (!n) return { kind: 'NullLiteral', range: EMPTY_RANGE };
  switch (n.name) {
    case 'expression':
      return binaryChain(n, 'andExpr', () => 'OR', expr);
    case 'andExpr':
      return binaryChain(n, 'notExpr', () => 'AND', expr);
    case 'betweenLow':
      return binaryChain(n, 'notExpr', () => 'OR', expr);
    case 'notExpr': {
      const inner = node(n, 'notExpr');
      if (inner) return { kind: 'Unary', range: rangeOf(n), op: 'NOT', operand: expr(inner) };
      return expr(node(n, 'predicate'));
    }
    case 'predicate': {
      let left = expr(node(n, 'additiveExpr'));
      for (const t of nodes(n, 'predicateTail')) left = predicateTail(t, left);
      return left;
    }
    case 'additiveExpr': {
      const ops = toks(n, 'op').map((t) => t.image);
      return binaryChain(n, 'multiplicativeExpr', (i) => ops[i]!, expr);
    }
    case 'multiplicativeExpr': {
      const ops = toks(n, 'op').map((t) => t.image);
      return binaryChain(n, 'unaryExpr', (i) => ops[i]!, expr);
    }
    case 'unaryExpr': {
      const inner = node(n, 'unaryExpr');
      if (inner) return { kind: 'Unary', range: rangeOf(n), op: tok(n, 'op')!.image.toUpperCase() as '+' | '-' | 'NOT', operand: expr(inner) };
      return expr(node(n, 'postfixExpr'));
    }
    case 'postfixExpr':
      return postfix(n);
    case 'primary':
      return primary(n);
    case 'literal':
      return literal(n);
    case 'limitValue': {
      const t = firstTokenDeep(n)!;
      if (t.image === '?') return { kind: 'DynamicParam', range: tokenRange(t), index: 0 };
      return { kind: 'NumericLiteral', range: tokenRange(t), text: t.image, numberKind: t.image.includes('e') || t.image.includes('E') ? 'approximate' : t.image.includes('.') ? 'decimal' : 'integer' };
    }
    case 'exprOrList':
      return expr(node(n, 'expression'));
    default:
      return primary(n);
  }
}

function predicateTail(t: Node, left: A.Expression): A.Expression {
  const r = span(left.range, rangeOf(t));
  const comp = node(t, 'compOp');
  if (comp) {
    const op = firstTokenDeep(comp)!.image as A.BinaryExpr['op'];
    const q = tok(t, 'quantifier');
    if (q) {
      const query = node(t, 'query');
      const out: A.QuantifiedComparison = {
        kind: 'QuantifiedComparison', range: r, op: op as A.QuantifiedComparison['op'],
        quantifier: upper(q) as 'ANY' | 'SOME' | 'ALL', left,
      };
      if (query) out.query = buildQuery(query);
      else out.list = nodes(node(t, 'expressionList'), 'expression').map(expr);
      return out;
    }
    const right = expr(node(t, 'right'));
    return { kind: 'Binary', range: r, op, left, right };
  }
  if (has(t, 'KW_IS')) {
    const not = has(t, 'KW_NOT');
    const test = upper(tok(t, 'test'));
    if (test === 'DISTINCT') return { kind: 'IsDistinctFrom', range: r, not, left, right: expr(node(t, 'right')) };
    const jk = upper(tok(t, 'jsonKind'));
    return { kind: 'Is', range: r, not, test: (jk ? `JSON ${jk}` : test) as A.IsExpr['test'], operand: left };
  }
  const not = has(t, 'KW_NOT');
  if (has(t, 'KW_BETWEEN')) {
    // Flink's precedence parser fails (IndexOutOfBoundsException, no position) on a NOT that
    // begins BETWEEN's upper bound: `a BETWEEN 1 AND NOT b`
    const highFirst = firstTokenDeep(node(t, 'high'));
    if (highFirst && highFirst.image.toUpperCase() === 'NOT') {
      actionErrors.push({ token: highFirst, message: 'Flink cannot parse NOT at the start of BETWEEN\'s upper bound (its parser fails with IndexOutOfBoundsException); put it in parentheses: AND (NOT ...)' });
    }
    return { kind: 'Between', range: r, not, symmetric: has(t, 'symmetric'), operand: left, low: expr(node(t, 'low')), high: expr(node(t, 'high')) };
  }
  if (has(t, 'KW_IN')) {
    const list = node(t, 'inList')!;
    const query = node(list, 'query');
    if (query && !node(list, 'more')) return { kind: 'In', range: r, not, operand: left, query: buildQuery(query) };
    return { kind: 'In', range: r, not, operand: left, list: parenElements(list) };
  }
  const likeOp = node(t, 'likeOp');
  if (likeOp) {
    const op = upper(tok(likeOp, 'op'));
    const out: A.LikeExpr = {
      kind: 'Like', range: r, op: (op === 'SIMILAR' ? 'SIMILAR TO' : op) as A.LikeExpr['op'], not, operand: left,
      pattern: expr(node(t, 'pattern')),
    };
    const esc = node(t, 'escape');
    if (esc) out.escape = expr(esc);
    return out;
  }
  if (has(t, 'KW_MEMBER')) return { kind: 'Binary', range: r, op: 'MEMBER OF', left, right: expr(node(t, 'right')) };
  return left;
}

function postfix(n: Node): A.Expression {
  let e = expr(node(n, 'primary'));
  // children are grouped per name; rebuild the order from offsets
  const items: { off: number; kind: 'index' | 'field' | 'star' | 'call'; el: CstElement }[] = [];
  for (const x of nodes(n, 'index')) items.push({ off: x.location?.startOffset ?? 0, kind: 'index', el: x });
  for (const x of nodes(n, 'methodArgs')) items.push({ off: x.location?.startOffset ?? 0, kind: 'call', el: x });
  for (const x of nodes(n, 'field')) items.push({ off: x.location?.startOffset ?? 0, kind: 'field', el: x });
  for (const x of toks(n, 'star')) items.push({ off: x.startOffset, kind: 'star', el: x });
  items.sort((a, b) => a.off - b.off);
  for (const it of items) {
    const r = span(e.range, rangeOf(it.el));
    if (it.kind === 'index') {
      e = { kind: 'ItemAccess', range: { start: e.range.start, end: { line: r.end.line, character: r.end.character + 1 } }, operand: e, index: expr(it.el as Node) };
    } else if (it.kind === 'call') {
      // a.*(x): the name a.*; x.f(y): Calcite's method call, f(x, y); a.b(x) after a star or call
      const fa = it.el as Node;
      if (e.kind === 'Star') e = callWithArgs(r, [...e.qualifier, starIdent(e.range)], fa);
      else if (e.kind === 'FieldAccess') {
        const c = callWithArgs(r, [e.field], fa);
        c.args.unshift(e.operand);
        e = c;
      } else if (e.kind === 'Name') e = callWithArgs(r, e.parts, fa);
    } else if (it.kind === 'field') {
      const f = ident(it.el as Node);
      if (e.kind === 'Name') e = { kind: 'Name', range: r, parts: [...e.parts, f] };
      else e = { kind: 'FieldAccess', range: r, operand: e, field: f };
    } else {
      e = { kind: 'Star', range: r, qualifier: e.kind === 'Name' ? e.parts : [] };
    }
  }
  return e;
}

function primary(n: Node): A.Expression {
  const r = rangeOf(n);
  for (const key of Object.keys(n.children)) {
    const el = (n.children as Children)[key]![0]!;
    switch (key) {
      case 'literal': return literal(el as Node);
      case 'intervalLiteral': return intervalLiteral(el as Node);
      case 'caseExpr': return caseExpr(el as Node);
      case 'castExpr': return castExpr(el as Node);
      case 'specialFunction': return specialFunction(el as Node);
      case 'constructorExpr': return constructorExpr(el as Node);
      case 'existsExpr': {
        const operand = expr(node(el as Node, 'unaryExpr'));
        if (upper(tok(el as Node, 'op')) === 'EXISTS' && operand.kind === 'Subquery') return { kind: 'Exists', range: r, query: operand.query };
        // UNIQUE x, EXISTS over something else: parsed as Calcite does, a call its validator refuses
        return { kind: 'FunctionCall', range: r, name: fnName(tok(el as Node, 'op')), args: operand.kind === 'RowConstructor' && !operand.explicit ? operand.fields : [operand] };
      }
      case 'parenExpr': return parenExpr(el as Node);
      case 'nameOrCall': return nameOrCall(el as Node);
      case 'reservedCall': return reservedCall(el as Node);
      case 'niladicFunction': return niladic(el as Node);
      case 'param': return { kind: 'DynamicParam', range: r, index: 0 };
      case 'semantics': return { kind: 'FunctionCall', range: r, name: fnName(tok(n, 'semantics')), args: [expr(node(n, 'semanticsOperand'))] };
    }
  }
  return { kind: 'NullLiteral', range: r };
}

function caseExpr(n: Node): A.CaseExpr {
  const whens = nodes(n, 'when');
  const thens = nodes(n, 'then');
  // WHEN v1, v2 THEN r is WHEN v1 THEN r WHEN v2 THEN r: a value belongs to the first THEN after it
  const thenOffsets = toks(n, 'KW_THEN').map((t) => t.startOffset);
  const out: A.CaseExpr = {
    kind: 'Case', range: rangeOf(n),
    whens: whens.map((w) => {
      const start = firstTokenDeep(w)?.startOffset ?? 0;
      const i = thenOffsets.findIndex((o) => o > start);
      return { when: expr(w), then: expr(thens[i < 0 ? thens.length - 1 : i]) };
    }),
  };
  const op = node(n, 'operand');
  if (op) out.operand = expr(op);
  const el = node(n, 'else');
  if (el) out.else = expr(el);
  return out;
}

function castExpr(n: Node): A.CastExpr {
  const out: A.CastExpr = {
    kind: 'Cast', range: rangeOf(n), op: upper(tok(n, 'op')) as A.CastExpr['op'],
    operand: expr(node(n, 'expression')),
    type: has(n, 'interval')
      ? { kind: 'IntervalType', range: span(tokenRange(tok(n, 'interval')!), rangeOf(node(n, 'intervalQualifier'))), qualifier: intervalQualifier(node(n, 'intervalQualifier')), nullable: true }
      : dataType(node(n, 'dataType')),
  };
  return out;
}

/** A query as an expression (its range that of the query unless given: `(SELECT ...)` spans its parentheses). */
function subquery(q: Node, range: Range = rangeOf(q)): A.SubqueryExpr {
  return { kind: 'Subquery', range, query: buildQuery(q) };
}

function parenExpr(n: Node): A.Expression {
  const q = node(n, 'query');
  if (q && !node(n, 'more')) return subquery(q, rangeOf(n));
  const list = parenElements(n);
  if (list.length === 1) return list[0]!;
  return { kind: 'RowConstructor', range: rangeOf(n), explicit: false, fields: list };
}

/** the elements of ( query [, expr ...] ) or ( expr [, expr ...] ) */
function parenElements(n: Node): A.Expression[] {
  const q = node(n, 'query');
  if (q) return [subquery(q), ...nodes(n, 'more').map(expr)];
  return nodes(node(n, 'expressionList'), 'expression').map(expr);
}

function constructorExpr(n: Node): A.Expression {
  const c = upper(tok(n, 'ctor'));
  const r = rangeOf(n);
  const q = node(n, 'query');
  const elements = nodes(node(n, 'expressionList'), 'expression').map(expr);
  if (c === 'ROW') return { kind: 'RowConstructor', range: r, explicit: true, fields: elements };
  const kind = c === 'ARRAY' ? 'ArrayConstructor' : c === 'MAP' ? 'MapConstructor' : 'MultisetConstructor';
  const out = { kind, range: r, elements } as A.ArrayConstructor | A.MapConstructor | A.MultisetConstructor;
  if (q) out.query = buildQuery(q);
  else if (tok(n, 'LParen') && kind !== 'MultisetConstructor') (out as A.ArrayConstructor | A.MapConstructor).parens = true;
  return out;
}

function sym(t: IToken | undefined, value?: string): A.SymbolExpr {
  return { kind: 'Symbol', range: t ? tokenRange(t) : EMPTY_RANGE, value: value ?? upper(t) };
}
function fnName(t: IToken | undefined): A.Identifier[] {
  return t ? [{ kind: 'Identifier', range: tokenRange(t), value: t.image.toUpperCase(), quoted: false }] : [];
}
function timeUnitSym(n: Node | undefined): A.SymbolExpr {
  const t = firstTokenDeep(n);
  const out = sym(t, UNIT_SINGULAR[upper(t)] ?? upper(t));
  if (t && n && !node(n, 'intervalUnit') && !tok(n, 'weekday')) out.written = t.image.replace(/^`(.*)`$/s, '$1').replace(/``/g, '`');
  return out;
}

function specialFunction(n: Node): A.Expression {
  const inner = Object.values(n.children)[0]![0] as Node;
  const r = rangeOf(n);
  const fnTok = tok(inner, 'fn');
  const args = nodes(inner, 'arg').map(expr);
  const call = (a: A.FunctionArg[]): A.FunctionCall => ({ kind: 'FunctionCall', range: r, name: fnName(fnTok), args: a });
  switch (inner.name) {
    case 'extractCall':
      return call([timeUnitSym(node(inner, 'timeUnit')), ...args]);
    case 'trimCall': {
      const spec = tok(inner, 'trimSpec');
      const a: A.FunctionArg[] = [sym(spec, spec ? upper(spec) : 'BOTH')];
      if (args.length === 2) a.push(args[0]!, args[1]!);
      else if (args.length === 1) {
        if (has(inner, 'from')) a.push({ kind: 'StringLiteral', range: EMPTY_RANGE, value: ' ' }, args[0]!);
        else a.push({ kind: 'StringLiteral', range: EMPTY_RANGE, value: ' ' }, args[0]!);
      }
      return call(a);
    }
    case 'floorCeilCall': {
      const u = node(inner, 'timeUnit');
      return call(u ? [...args, timeUnitSym(u)] : args);
    }
    case 'timestampAddCall':
      return call([timeUnitSym(node(inner, 'timeUnit')), ...args]);
    case 'timestampDiffCall':
      return call([...args, timeUnitSym(node(inner, 'timeUnit'))]);
    case 'truncCall': {
      const u = node(inner, 'timeUnit');
      return call(u ? [...args, timeUnitSym(u)] : args);
    }
    case 'pairCall': {
      const o = node(inner, 'option');
      const scope = tok(inner, 'KW_JSON_SCOPE');
      return call(o && scope ? [...args, { kind: 'NamedArgument', range: span(tokenRange(scope), rangeOf(o)), name: identFromToken(scope), value: expr(o) }] : args);
    }
    case 'convertCall': {
      // USING name: one compound name; CONVERT(s, from, to): two simple names; TRANSLATE(s, ...): none
      const names = nodes(inner, 'charset').map((n) => compound(n).map((c) => c.value).join('.'));
      return call([...args, ...names.map((cs) => sym(undefined, cs))]);
    }
    default:
      return call(args);
  }
}

function niladic(n: Node): A.FunctionCall {
  const tail = node(n, 'callTail');
  if (tail) return callWithTail(rangeOf(n), fnName(tok(n, 'fn')), tail);
  return { kind: 'FunctionCall', range: rangeOf(n), name: fnName(tok(n, 'fn')), args: [], noParens: true };
}

function nameOrCall(n: Node): A.Expression {
  const parts = compound(node(n, 'compoundIdent'));
  const tail = node(n, 'callTail');
  if (!tail) return { kind: 'Name', range: rangeOf(n), parts };
  return callWithTail(rangeOf(n), parts, tail);
}

function reservedCall(n: Node): A.Expression {
  const named = node(n, 'reservedName');
  const t = named ? tok(named, 'fn') : tok(n, 'fn');
  const tail = node(n, 'callTail');
  const name = fnName(t);
  if (!tail) return { kind: 'FunctionCall', range: rangeOf(n), name, args: [], noParens: true };
  return callWithTail(rangeOf(n), name, tail);
}

/** A call of `name` with the parenthesized arguments `fa` (functionArgs): a method call's, or a callTail's. */
function callWithArgs(r: Range, name: A.Identifier[], fa: Node | undefined): A.FunctionCall {
  let returning: A.DataType | undefined;
  const out: A.FunctionCall = { kind: 'FunctionCall', range: r, name, args: functionArgs(fa, (x) => { returning = x; }) };
  if (returning) out.returning = returning;
  const q = upper(tok(fa, 'quantifier'));
  if (q) out.quantifier = q as 'DISTINCT' | 'ALL';
  const clauses = nodes(fa, 'jsonClause').map(jsonClause).filter((c): c is A.JsonClause => c !== undefined);
  if (clauses.length) out.jsonClauses = clauses;
  const argOrder = node(fa, 'argOrderBy');
  if (argOrder) out.withinGroup = orderItems(argOrder);
  return out;
}

function callWithTail(r: Range, name: A.Identifier[], tail: Node): A.FunctionCall {
  const out = callWithArgs(r, name, node(tail, 'functionArgs'));
  const wg = node(tail, 'withinGroup');
  if (wg) out.withinGroup = orderItems(wg);
  const f = node(tail, 'filter');
  if (f) out.filter = expr(f);
  const nulls = upper(tok(tail, 'nulls'));
  if (nulls) out.nullTreatment = `${nulls} NULLS` as 'RESPECT NULLS' | 'IGNORE NULLS';
  const ws = node(tail, 'windowSpec');
  if (ws) out.over = windowSpec(ws);
  const wn = node(tail, 'windowName');
  if (wn) out.over = { kind: 'WindowSpec', range: rangeOf(wn), base: ident(wn), partitionBy: [], orderBy: [] };
  return out;
}

function functionArgs(fa: Node | undefined, setReturning: (t: A.DataType) => void): A.FunctionArg[] {
  for (const jc of nodes(fa, 'jsonClause')) {
    const ret = node(jc, 'returning');
    if (ret) setReturning(dataType(ret));
  }
  const star = node(fa, 'star');
  if (star) return [{ kind: 'Star', range: rangeOf(star), qualifier: [] }];
  const q = node(fa, 'argQuery');
  if (q) return [subquery(q)];
  const args = nodes(fa, 'functionArg').map(functionArg);
  // PREV/NEXT/FIRST/LAST's offset
  const offset = tok(fa, 'offset');
  if (offset) args.push(numericLiteral(offset));
  return args;
}

function functionArg(n: Node): A.FunctionArg {
  const r = rangeOf(n);
  const name = node(n, 'argName');
  const av = node(n, 'argValue');
  if (name) {
    const q = node(n, 'argQuery');
    const value = q ? subquery(q) : argValue(av);
    return { kind: 'NamedArgument', range: r, name: ident(name), value: value as A.NamedArgument['value'] };
  }
  if (has(n, 'jsonKey')) return { kind: 'JsonKeyValue', range: r, key: expr(node(n, 'key')), value: expr(node(n, 'value')) };
  const v = argValue(av);
  if (has(n, 'jsonValue')) return { kind: 'JsonKeyValue', range: r, key: v as A.Expression, value: expr(node(n, 'value')) };
  return v;
}

function argValue(n: Node | undefined): A.FunctionArg {
  const r = rangeOf(n);
  if (has(n, 'KW_TABLE')) {
    const sem = node(n, 'setSemantics');
    return {
      kind: 'TableArgument', range: r, table: compound(node(n, 'table')),
      partitionBy: nodes(node(sem, 'partitionBy'), 'column').map((c): A.Expression => ({ kind: 'Name', range: rangeOf(c), parts: [ident(c)] })),
      orderBy: nodes(sem, 'orderItem').map(orderItem),
    };
  }
  if (has(n, 'KW_DESCRIPTOR')) {
    // column names; anything else Flink's grammar takes there (DESCRIPTOR(*), (a.b), (1)) kept apart
    const out: A.Descriptor = { kind: 'Descriptor', range: r, columns: [] };
    for (const a of functionArgs(node(n, 'descriptorArgs'), () => {})) {
      if (a.kind === 'Name' && a.parts.length === 1) out.columns.push(a.parts[0]!);
      else (out.others ??= []).push(a);
    }
    return out;
  }
  if (has(n, 'KW_MODEL')) return { kind: 'ModelArgument', range: r, name: compound(node(n, 'model')) };
  if (has(n, 'default')) return { kind: 'DefaultArgument', range: r };
  // `x PARTITION BY k` (a first argument): the expression (Flink 2.3.0's validator reads
  // SESSION(t PARTITION BY k, ...) as the column t: "Column 't' not found in any table")
  return expr(node(n, 'expression'));
}

function jsonClause(n: Node): A.JsonClause | undefined {
  if (has(n, 'returning')) return undefined;
  const words = toks(n, 'w').sort((a, b) => a.startOffset - b.startOffset).map((t) => t.image.toUpperCase());
  const out: A.JsonClause = { kind: 'JsonClause', range: rangeOf(n), clause: words.join(' ') };
  const v = node(n, 'value');
  if (v) {
    out.value = expr(v);
    out.clause = out.clause.replace(/^DEFAULT ON/, 'DEFAULT ON');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Data types

export function dataType(n: Node | undefined): A.DataType {
  const r = rangeOf(n);
  let t = baseType(node(n, 'baseType'));
  for (const s of toks(n, 'suffix').sort((a, b) => a.startOffset - b.startOffset)) {
    t = { kind: 'CollectionType', range: span(t.range, tokenRange(s)), collection: upper(s) as 'ARRAY' | 'MULTISET', element: t, nullable: true };
  }
  const nl = node(n, 'nullability');
  if (nl) t.nullable = !has(nl, 'KW_NOT');
  t.range = r;
  return t;
}

const TYPE_NAMES: Record<string, A.BasicType['name']> = {
  INTEGER: 'INT', DEC: 'DECIMAL', NUMERIC: 'DECIMAL', CHARACTER: 'CHAR',
};

function baseType(n: Node | undefined): A.DataType {
  const r = rangeOf(n);
  const nameTok = tok(n, 'name');
  const name = upper(nameTok);
  if (!nameTok) {
    return { kind: 'NamedType', range: r, name: compound(node(n, 'userType')), nullable: true };
  }
  switch (name) {
    case 'ROW': {
      const fields = nodes(n, 'rowField').map(rowField);
      return { kind: 'RowType', range: r, style: has(n, 'paren') ? 'paren' : 'angle', fields, nullable: true };
    }
    case 'ARRAY':
    case 'MULTISET':
      return { kind: 'CollectionType', range: r, collection: name, element: dataType(node(n, 'element')), nullable: true };
    case 'MAP':
      return { kind: 'MapType', range: r, key: dataType(node(n, 'key')), value: dataType(node(n, 'value')), nullable: true };
    case 'RAW': {
      const out: A.RawType = { kind: 'RawType', range: r, className: stringLit(node(n, 'className')), nullable: true };
      const snap = node(n, 'snapshot');
      if (snap) out.snapshot = stringLit(snap);
      return out;
    }
    case 'STRUCTURED':
      return { kind: 'StructuredType', range: r, className: stringLit(node(n, 'className')), fields: nodes(n, 'rowField').map(rowField), nullable: true };
    case 'INTERVAL':
      return { kind: 'IntervalType', range: r, qualifier: intervalQualifier(node(n, 'intervalQualifier')), nullable: true };
  }
  let basic: A.BasicType['name'] = (TYPE_NAMES[name] ?? name) as A.BasicType['name'];
  if (has(n, 'varying')) basic = basic === 'BINARY' ? 'VARBINARY' : 'VARCHAR';
  if (name === 'TIME' || name === 'TIMESTAMP') {
    if (has(n, 'tz')) basic = has(n, 'local') ? (name === 'TIME' ? 'TIME_LTZ' : 'TIMESTAMP_LTZ') : 'TIMESTAMP_TZ';
  }
  const out: A.BasicType = { kind: 'BasicType', range: r, name: basic, nullable: true };
  const ps = precisions(node(n, 'precisionSpec'));
  if (ps[0] !== undefined) out.precision = ps[0];
  if (ps[1] !== undefined) out.scale = ps[1];
  return out;
}

function rowField(n: Node): A.RowField {
  const out: A.RowField = { kind: 'RowField', range: rangeOf(n), name: ident(node(n, 'ident')), type: dataType(node(n, 'dataType')) };
  const c = node(n, 'comment');
  if (c) out.comment = stringLit(c);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Queries

export function buildQuery(n: Node | undefined): A.Query {
  const r = rangeOf(n);
  const q: A.Query = { kind: 'Query', range: r, body: queryExpr(node(n, 'queryExpr')), orderBy: [] };
  const w = node(n, 'withClause');
  if (w) {
    q.with = {
      kind: 'With', range: rangeOf(w), recursive: has(w, 'KW_RECURSIVE'),
      ctes: nodes(w, 'cte').map((c) => ({
        kind: 'CommonTableExpression', range: rangeOf(c), name: ident(node(c, 'ident')),
        columns: identList(node(c, 'identList')), query: buildQuery(node(c, 'query')),
      })),
    };
  }
  const ob = node(n, 'orderBy');
  if (ob) q.orderBy = orderItems(ob);
  const lim = node(n, 'limit');
  if (lim) q.fetch = expr(lim);
  if (has(n, 'limitComma')) {
    actionErrors.push({ token: tok(n, 'KW_LIMIT')!, message: "'LIMIT start, count' is not allowed under the current SQL conformance level" });
  }
  const off = node(n, 'offset');
  if (off) q.offset = expr(off);
  const fe = node(n, 'fetch');
  if (fe) q.fetch = expr(fe);
  else if (has(n, 'KW_FETCH')) q.fetch = { kind: 'NumericLiteral', range: tokenRange(tok(n, 'KW_FETCH')!), text: '1', numberKind: 'integer' };
  return q;
}

function setOpChain(n: Node | undefined, sub: string, build: (x: Node) => A.QueryBody): A.QueryBody {
  const parts = nodes(n, sub);
  const ops = toks(n, 'setOp');
  const quants = toks(n, 'quantifier');
  let left = build(parts[0]!);
  for (let i = 1; i < parts.length; i++) {
    const right = build(parts[i]!);
    const opTok = ops[i - 1];
    // the quantifier that follows this operator (if any) lies before the next operand
    const q = quants.find((t) => opTok && t.startOffset > opTok.startOffset && t.startOffset < (parts[i]!.location?.startOffset ?? Infinity));
    if (upper(opTok) === 'MINUS' && opTok) actionErrors.push({ token: opTok, message: 'MINUS is not allowed under the current SQL conformance level' });
    const out: A.SetOperation = { kind: 'SetOperation', range: span(left.range, right.range), op: upper(opTok) as A.SetOperation['op'], left, right };
    if (q) out.quantifier = upper(q) as 'ALL' | 'DISTINCT';
    left = out;
  }
  return left;
}

function queryExpr(n: Node | undefined): A.QueryBody {
  if (!n) return { kind: 'Values', range: EMPTY_RANGE, rows: [] };
  return setOpChain(n, 'queryTerm', (t) => setOpChain(t, 'queryPrimary', queryPrimary));
}

function queryPrimary(n: Node): A.QueryBody {
  const s = node(n, 'select');
  if (s) return select(s);
  const v = node(n, 'values');
  if (v) {
    return {
      kind: 'Values', range: rangeOf(v),
      rows: nodes(v, 'valuesRow').map(valuesRow),
    };
  }
  const q = node(n, 'query');
  if (q) return buildQuery(q);
  return { kind: 'ExplicitTable', range: rangeOf(n), name: compound(node(n, 'compoundIdent')) };
}

function select(n: Node): A.Select {
  const out: A.Select = {
    kind: 'Select', range: rangeOf(n), hints: hints(node(n, 'hints')),
    items: nodes(n, 'selectItem').map(selectItem), windows: [],
  };
  const q = upper(tok(n, 'quantifier'));
  if (q) out.quantifier = q as 'DISTINCT' | 'ALL';
  const from = node(n, 'fromClause');
  if (from) out.from = fromClause(from);
  const w = node(n, 'where');
  if (w) out.where = expr(w);
  const g = node(n, 'groupBy');
  if (g) {
    out.groupBy = { kind: 'GroupBy', range: rangeOf(g), items: nodes(g, 'groupingElement').map(groupingElement) };
    const gq = upper(tok(g, 'quantifier'));
    if (gq) out.groupBy.quantifier = gq as 'DISTINCT' | 'ALL';
  }
  const h = node(n, 'having');
  if (h) out.having = expr(h);
  out.windows = nodes(n, 'namedWindow').map((nw) => ({ kind: 'NamedWindow', range: rangeOf(nw), name: ident(node(nw, 'ident')), spec: windowSpec(node(nw, 'windowSpec')) }));
  const ql = node(n, 'qualify');
  if (ql) out.qualify = expr(ql);
  return out;
}

function selectItem(n: Node): A.SelectItem {
  const r = rangeOf(n);
  const star = tok(n, 'Star');
  const out: A.SelectItem = { kind: 'SelectItem', range: r, expr: star ? { kind: 'Star', range: tokenRange(star), qualifier: [] } : expr(node(n, 'expression')) };
  const a = node(n, 'alias');
  if (a) out.alias = ident(a);
  return out;
}

function hints(n: Node | undefined): A.Hint[] {
  return nodes(n, 'hint').map((h) => {
    const out: A.Hint = { kind: 'Hint', range: rangeOf(h), name: ident(node(h, 'name')), options: [], kvOptions: [] };
    for (const o of nodes(h, 'hintKeyValue')) {
      const key = node(o, 'key')!;
      const k = key.name === 'stringLiteral' ? stringLit(key).value : ident(key).value;
      out.kvOptions.push({ key: k, value: stringLit(node(o, 'value')).value, range: rangeOf(o) });
    }
    for (const o of nodes(h, 'option')) out.options.push(ident(o));
    for (const o of nodes(h, 'hintLiteral')) {
      const s = node(o, 'stringLiteral');
      out.options.push(s ? stringLit(s) : signedNumber(node(o, 'signedNumber')!));
    }
    return out;
  });
}

function orderItems(n: Node | undefined): A.OrderItem[] {
  return nodes(n, 'orderItem').map(orderItem);
}
function orderItem(n: Node): A.OrderItem {
  const out: A.OrderItem = { kind: 'OrderItem', range: rangeOf(n), expr: expr(node(n, 'expression')) };
  const d = upper(tok(n, 'dir'));
  if (d) out.direction = d as 'ASC' | 'DESC';
  const nl = upper(tok(n, 'nulls'));
  if (nl) out.nulls = nl as 'FIRST' | 'LAST';
  return out;
}

function groupingElement(n: Node): A.GroupingElement {
  const r = rangeOf(n);
  const list = (x: Node | undefined) => nodes(x, 'groupingElement').map(groupingElement);
  if (has(n, 'sets')) return { kind: 'GroupingSets', range: r, sets: list(node(n, 'sets')) };
  if (has(n, 'rollup')) return { kind: 'Rollup', range: r, items: list(node(n, 'rollup')) };
  if (has(n, 'cube')) return { kind: 'Cube', range: r, items: list(node(n, 'cube')) };
  if (has(n, 'empty')) return { kind: 'EmptyGrouping', range: r };
  return expr(node(n, 'expression'));
}

function windowSpec(n: Node | undefined): A.WindowSpec {
  const out: A.WindowSpec = {
    kind: 'WindowSpec', range: rangeOf(n),
    partitionBy: nodes(node(n, 'partitionBy'), 'expression').map(expr),
    orderBy: orderItems(node(n, 'orderBy')),
  };
  const b = node(n, 'base');
  if (b) out.base = ident(b);
  const f = node(n, 'windowFrame');
  if (f) {
    const bounds = nodes(f, 'frameBound').map(frameBound);
    const frame: A.WindowFrame = { kind: 'WindowFrame', range: rangeOf(f), unit: upper(tok(f, 'unit')) as 'ROWS' | 'RANGE', start: bounds[0]! };
    if (bounds[1]) frame.end = bounds[1];
    out.frame = frame;
  }
  return out;
}

function frameBound(n: Node): A.FrameBound {
  const r = rangeOf(n);
  const dir = upper(tok(n, 'dir'));
  if (has(n, 'KW_UNBOUNDED')) return { kind: 'FrameBound', range: r, bound: `UNBOUNDED ${dir}` as A.FrameBound['bound'] };
  if (has(n, 'KW_CURRENT')) return { kind: 'FrameBound', range: r, bound: 'CURRENT ROW' };
  return { kind: 'FrameBound', range: r, bound: dir as 'PRECEDING' | 'FOLLOWING', offset: expr(node(n, 'offset')) };
}

function fromClause(n: Node): A.FromItem {
  const parts = nodes(n, 'joinedTable').map(joinedTable);
  let left = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const right = parts[i]!;
    left = { kind: 'Join', range: span(left.range, right.range), joinType: 'COMMA', natural: false, left, right };
  }
  return left;
}

function joinedTable(n: Node): A.FromItem {
  let left = tableRef(node(n, 'tableRef'));
  for (const j of nodes(n, 'joinTail')) {
    const right = tableRef(node(j, 'tableRef'));
    const jt = upper(tok(j, 'joinType'));
    let joinType: A.Join['joinType'] = (jt || 'INNER') as A.Join['joinType'];
    if (has(j, 'apply')) {
      joinType = jt === 'CROSS' ? 'CROSS APPLY' : 'OUTER APPLY';
      // Calcite reports it at the end of the applied table expression
      const last = lastToken(node(j, 'tableRef'));
      if (last) actionErrors.push({ token: last, message: 'APPLY operator is not allowed under the current SQL conformance level' });
    }
    const out: A.Join = { kind: 'Join', range: span(left.range, rangeOf(j)), joinType, natural: has(j, 'KW_NATURAL'), left, right };
    const on = node(j, 'on');
    if (on) out.on = expr(on);
    const using = node(j, 'using');
    if (using) out.using = identList(using);
    left = out;
  }
  return left;
}

function aliasOf(n: Node | undefined): A.Alias | undefined {
  if (!n) return undefined;
  return { kind: 'Alias', range: rangeOf(n), name: ident(node(n, 'ident')), columns: identList(node(n, 'identList')) };
}

/** `col = value` of UPDATE and MERGE (MERGE's column may be qualified) */
function assignment(a: Node): { column: A.Identifier[]; value: A.Expression } {
  const c = node(a, 'compoundIdent');
  return { column: c ? compound(c) : [ident(node(a, 'ident'))], value: expr(node(a, 'expression')) };
}

/** one row of VALUES (Calcite's RowConstructor): its fields */
function valuesRow(row: Node): A.ValuesElement[] {
  const single = node(row, 'single');
  if (single) {
    const e = expr(single);
    return e.kind === 'RowConstructor' ? e.fields : [e];
  }
  return nodes(node(row, 'valuesElements'), 'valuesElement').map((el) => (has(el, 'default') ? { kind: 'DefaultArgument', range: rangeOf(el) } : expr(node(el, 'expression'))));
}

function tableRef(n: Node | undefined): A.FromItem {
  const r = rangeOf(n);
  const p = node(n, 'tablePrimary');
  const alias = aliasOf(node(n, 'alias'));
  let item: A.FromItem;
  const lateral = has(p, 'KW_LATERAL');
  if (has(p, 'callArgs')) {
    const call: A.FunctionCall = { kind: 'FunctionCall', range: r, name: compound(node(p, 'table')), args: functionArgs(node(p, 'callArgs'), () => {}) };
    item = { kind: 'TableFunction', range: r, lateral, call };
  } else if (has(p, 'table')) {
    const t: A.TableName = { kind: 'TableName', range: r, name: compound(node(p, 'table')), hints: hints(node(p, 'hints')) };
    const st = node(p, 'systemTime');
    if (st) t.systemTime = expr(st);
    const ext = node(p, 'extendList');
    if (ext) {
      const names = nodes(ext, 'name'), types = nodes(ext, 'dataType');
      t.extend = names.map((nm, i) => ({ name: compound(nm), type: dataType(types[i]!) }));
    }
    item = t;
  } else if (has(p, 'tableFunction')) {
    const fc = node(p, 'tableFunction')!;
    const nameNode = node(fc, 'name');
    const name = nameNode ? compound(nameNode) : fnName(tok(fc, 'fn'));
    const call: A.FunctionCall = { kind: 'FunctionCall', range: rangeOf(fc), name, args: functionArgs(node(fc, 'functionArgs'), () => {}) };
    item = { kind: 'TableFunction', range: r, lateral, call };
  } else if (has(p, 'subquery')) {
    item = { kind: 'DerivedTable', range: r, lateral, query: buildQuery(node(p, 'subquery')) };
  } else if (has(p, 'KW_UNNEST')) {
    item = { kind: 'Unnest', range: r, lateral, args: nodes(p, 'unnestArg').map(expr), withOrdinality: has(p, 'KW_ORDINALITY') };
  } else {
    item = joinedTable(node(p, 'nested')!);
    return item;
  }
  const mr = node(n, 'matchRecognize');
  if (mr) {
    const m = matchRecognize(mr, item);
    m.range = r;
    if (alias) m.alias = alias;
    return m;
  }
  if (alias) (item as { alias?: A.Alias }).alias = alias;
  item.range = r;
  return item;
}

function matchRecognize(n: Node, input: A.FromItem): A.MatchRecognize {
  const out: A.MatchRecognize = {
    kind: 'MatchRecognize', range: rangeOf(n), input,
    partitionBy: nodes(node(n, 'partitionBy'), 'expression').map(expr),
    orderBy: orderItems(node(n, 'orderBy')),
    measures: nodes(n, 'measure').map((m) => ({ kind: 'SelectItem', range: rangeOf(m), expr: expr(node(m, 'expression')), alias: ident(node(m, 'ident')) })),
    strictStart: has(n, 'Caret'), strictEnd: has(n, 'Dollar'),
    pattern: patternAlt(node(n, 'patternAlt')),
    subsets: nodes(n, 'subsetDef').map((s) => ({ name: ident(node(s, 'ident')), variables: identList(node(s, 'identList')) })),
    define: nodes(n, 'defineItem').map((d) => ({ name: ident(node(d, 'ident')), condition: expr(node(d, 'expression')) })),
  };
  const rpm = upper(tok(n, 'rowsPerMatch'));
  if (rpm) out.rowsPerMatch = rpm === 'ONE' ? 'ONE ROW PER MATCH' : 'ALL ROWS PER MATCH';
  if (has(n, 'KW_AFTER')) {
    const skip = upper(tok(n, 'skip'));
    const v = node(n, 'skipVar');
    const mode = skip === 'NEXT' ? 'SKIP TO NEXT ROW' : skip === 'PAST' ? 'SKIP PAST LAST ROW' : skip === 'FIRST' ? 'SKIP TO FIRST' : skip === 'LAST' ? 'SKIP TO LAST' : 'SKIP TO';
    out.afterMatch = { kind: 'AfterMatch', range: rangeOf(n), mode };
    if (v) out.afterMatch.variable = ident(v);
  }
  const w = node(n, 'within');
  if (w) out.within = intervalLiteral(w);
  return out;
}

function patternAlt(n: Node | undefined): A.PatternNode {
  const alts = nodes(n, 'patternConcat').map(patternConcat);
  if (alts.length === 1) return alts[0]!;
  return { kind: 'PatternAlternation', range: rangeOf(n), alternatives: alts };
}
function patternConcat(n: Node): A.PatternNode {
  const items = nodes(n, 'patternFactor').map(patternFactor);
  if (items.length === 1) return items[0]!;
  return { kind: 'PatternConcat', range: rangeOf(n), items };
}
function patternFactor(n: Node): A.PatternNode {
  const r = rangeOf(n);
  let p: A.PatternNode;
  const v = node(n, 'variable');
  if (v) p = { kind: 'PatternVariable', range: r, name: ident(v) };
  else if (has(n, 'KW_PERMUTE')) p = { kind: 'PatternPermute', range: r, items: nodes(n, 'patternAlt').map(patternAlt) };
  else p = { kind: 'PatternGroup', range: r, pattern: patternAlt(node(n, 'patternAlt')) };
  const q = node(n, 'patternQuantifier');
  if (q) {
    const sym = tok(q, 'q')!.image;
    let min = 0;
    let max: number | undefined;
    if (sym === '+') min = 1;
    else if (sym === '?') max = 1;
    else if (sym === '{') {
      const mn = tok(q, 'min');
      const mx = tok(q, 'max');
      min = mn ? Number(mn.image) : 0;
      max = mx ? Number(mx.image) : has(q, 'comma') ? undefined : min;
    }
    const out: A.PatternNode = { kind: 'PatternQuantified', range: r, pattern: p, min, reluctant: has(q, 'reluctant') };
    if (max !== undefined) out.max = max;
    p = out;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// DDL pieces

function options(n: Node | undefined): A.TableOption[] {
  const list = n?.name === 'withOptions' ? node(n, 'optionList') : n;
  return nodes(list, 'tableOption').map((o) => ({ kind: 'TableOption', range: rangeOf(o), key: stringLit(node(o, 'key')), value: stringLit(node(o, 'value')) }));
}

function constraintOf(n: Node, columns: A.Identifier[]): A.TableConstraint {
  const out: A.TableConstraint = { kind: 'TableConstraint', range: rangeOf(n), type: has(n, 'KW_UNIQUE') ? 'UNIQUE' : 'PRIMARY KEY', columns };
  const name = node(n, 'ident');
  if (name) out.name = ident(name);
  const enf = node(n, 'enforcement');
  if (enf) out.enforced = !has(enf, 'KW_NOT');
  return out;
}

function columnDef(n: Node): A.ColumnDef & { position?: A.ColumnPosition } {
  const r = rangeOf(n);
  // `a.b INT` names the column `a` in Flink 2.3.0 (its first part)
  const name = compound(node(n, 'name'))[0] ?? ident(undefined);
  const comment = optString(node(node(n, 'commentClause'), 'stringLiteral'));
  let out: A.ColumnDef & { position?: A.ColumnPosition };
  if (has(n, 'KW_AS')) {
    out = { kind: 'ComputedColumn', range: r, name, expr: expr(node(n, 'expression')) };
  } else if (has(n, 'KW_METADATA')) {
    const m: A.MetadataColumn = { kind: 'MetadataColumn', range: r, name, type: dataType(node(n, 'dataType')), virtual: has(n, 'KW_VIRTUAL') };
    const key = node(n, 'metadataKey');
    if (key) m.metadataKey = stringLit(key);
    out = m;
  } else {
    const p: A.PhysicalColumn = { kind: 'PhysicalColumn', range: r, name, type: dataType(node(n, 'dataType')) };
    const cc = node(n, 'columnConstraint');
    if (cc) p.constraint = constraintOf(cc, [name]);
    out = p;
  }
  if (comment) out.comment = comment;
  const pos = node(n, 'columnPosition');
  if (pos) {
    out.position = { kind: 'ColumnPosition', range: rangeOf(pos), position: has(pos, 'KW_FIRST') ? 'FIRST' : 'AFTER' };
    // AFTER a.b: the first part, as a qualified column name's (unchecked on a run for AFTER)
    const ref = compound(node(pos, 'compoundIdent'))[0];
    if (ref) out.position.reference = ref;
  }
  return out;
}

function watermark(n: Node): A.Watermark {
  return { kind: 'Watermark', range: rangeOf(n), column: compound(node(n, 'compoundIdent')), strategy: expr(node(n, 'expression')) };
}

interface Schema {
  columns: A.ColumnDef[];
  constraints: A.TableConstraint[];
  watermark?: A.Watermark;
}
function schema(n: Node | undefined): Schema {
  const out: Schema = { columns: [], constraints: [] };
  for (const el of nodes(n, 'tableElement')) {
    const c = node(el, 'columnDef');
    if (c) {
      const col = columnDef(c);
      out.columns.push(col);
      if (col.kind === 'PhysicalColumn' && col.constraint) out.constraints.push(col.constraint);
      continue;
    }
    const tc = node(el, 'tableConstraint');
    if (tc) out.constraints.push(constraintOf(tc, identList(node(tc, 'identList'))));
    const w = node(el, 'watermark');
    if (w && out.watermark) {
      const kw = tok(w, 'KW_WATERMARK');
      if (kw) actionErrors.push({ token: kw, message: 'Multiple WATERMARK declarations are not supported yet.' });
    }
    if (w) out.watermark ??= watermark(w);
  }
  return out;
}
function schemaElement(el: Node): A.SchemaElement {
  const te = node(el, 'tableElement') ?? el;
  const c = node(te, 'columnDef');
  if (c) return columnDef(c);
  const tc = node(te, 'tableConstraint');
  if (tc) return constraintOf(tc, identList(node(tc, 'identList')));
  return watermark(node(te, 'watermark')!);
}

function distribution(n: Node | undefined): A.Distribution | undefined {
  if (!n) return undefined;
  const body = node(n, 'distributionBody');
  const out: A.Distribution = { kind: 'Distribution', range: rangeOf(n), columns: identList(node(body, 'identList')) };
  const alg = upper(tok(body, 'algorithm'));
  if (alg) out.algorithm = alg as 'HASH' | 'RANGE';
  const b = tok(node(body, 'intoBuckets'), 'IntegerLit');
  if (b) out.buckets = { kind: 'NumericLiteral', range: tokenRange(b), text: b.image, numberKind: 'integer' };
  return out;
}

function partitionSpec(n: Node | undefined): A.PartitionSpec | undefined {
  if (!n) return undefined;
  return {
    kind: 'PartitionSpec', range: rangeOf(n),
    entries: nodes(n, 'partitionEntry').map((e) => {
      const out: { name: A.Identifier; value?: A.Expression } = { name: ident(node(e, 'ident')) };
      const v = node(e, 'literal');
      const iv = node(e, 'intervalLiteral');
      const sn = node(e, 'signedNumber');
      if (v) out.value = literal(v);
      else if (iv) out.value = intervalLiteral(iv);
      else if (sn) out.value = signedNumber(sn);
      return out;
    }),
  };
}

function comment(n: Node | undefined): A.StringLiteral | undefined {
  return optString(node(node(n, 'commentClause'), 'stringLiteral'));
}

// ---------------------------------------------------------------------------------------------
// Statements

export function buildStatement(n: Node): A.Statement {
  const r = rangeOf(n);
  const inner = Object.values(n.children)[0]?.[0] as Node | undefined;
  if (!inner) return { kind: 'InvalidStatement', range: r, text: '' };
  const s = statement(inner);
  s.range = r;
  return s;
}

function statement(n: Node): A.Statement {
  const r = rangeOf(n);
  switch (n.name) {
    case 'queryStatement':
      return { kind: 'QueryStatement', range: r, query: buildQuery(node(n, 'query')) };
    case 'createStatement':
      return create(n);
    case 'replaceTableStatement': {
      const st = create(n);
      if (st.kind === 'CreateTable') st.replace = 'REPLACE';
      return st;
    }
    case 'insertStatement':
      return insert(n);
    case 'setStatement': {
      const out: A.SetStatement = { kind: 'Set', range: r, legacy: false };
      const k = node(n, 'key');
      if (k) {
        out.key = stringLit(k).value;
        out.value = stringLit(node(n, 'value')).value;
      }
      return out;
    }
    case 'resetStatement': {
      const out: A.ResetStatement = { kind: 'Reset', range: r, legacy: false };
      const k = node(n, 'key');
      if (k) out.key = stringLit(k).value;
      return out;
    }
    case 'alterStatement':
      return alter(Object.values(n.children).flat().find((e) => !isToken(e)) as Node);
    case 'dropStatement': {
      const ot = toks(n, 'objectType').map(upper).join(' ');
      const out: A.Drop = {
        kind: 'Drop', range: r, objectType: ot as A.Drop['objectType'], temporary: has(n, 'KW_TEMPORARY'),
        system: has(n, 'KW_SYSTEM'), ifExists: has(n, 'ifExists'), name: compound(node(n, 'name')),
      };
      const c = upper(tok(n, 'cascade'));
      if (c) out.cascade = c === 'CASCADE';
      // Flink's SqlDropConnection rejects SYSTEM without TEMPORARY; SqlDropMaterializedTable TEMPORARY
      if (out.system && !out.temporary && ot === 'CONNECTION') {
        actionErrors.push({ token: tok(n, 'KW_SYSTEM')!, message: 'DROP SYSTEM CONNECTION is not supported, system connections can only be dropped as temporary connections, you can use DROP TEMPORARY SYSTEM CONNECTION instead.' });
      } else if (out.temporary && ot === 'MATERIALIZED TABLE') {
        actionErrors.push({ token: toks(n, 'objectType')[0]!, message: 'DROP TEMPORARY MATERIALIZED TABLE is not supported.' });
      }
      return out;
    }
    case 'executeStatement': {
      const ssb = node(n, 'statementSetBlock');
      if (ssb) return statementSet(ssb, true, r);
      if (has(n, 'KW_PLAN')) return { kind: 'ExecutePlan', range: r, path: stringLit(node(n, 'stringLiteral')) };
      const ins = node(n, 'insertStatement');
      const q = node(n, 'query');
      const st: A.Statement = ins ? insert(ins) : { kind: 'QueryStatement', range: rangeOf(q), query: buildQuery(q) };
      return { kind: 'Execute', range: r, statement: st };
    }
    case 'explainStatement': {
      const details = nodes(n, 'explainDetail').map((d) => upper(firstTokenDeep(d)));
      if (has(n, 'KW_PLAN')) details.push('PLAN FOR');
      let st: A.Statement;
      const ins = node(n, 'insertStatement');
      const q = node(n, 'query');
      const ssb = node(n, 'statementSetBlock');
      const cr = node(n, 'createStatement');
      if (ins) st = insert(ins);
      else if (q) st = { kind: 'QueryStatement', range: rangeOf(q), query: buildQuery(q) };
      else if (ssb) st = statementSet(ssb, has(n, 'KW_EXECUTE'), rangeOf(ssb));
      else if (cr) st = create(cr);
      else st = { kind: 'InvalidStatement', range: r, text: '' };
      return { kind: 'Explain', range: r, details, statement: st };
    }
    case 'compileStatement': {
      const ins = node(n, 'insertStatement');
      const ssb = node(n, 'statementSetBlock');
      const st: A.Statement = ins ? insert(ins) : ssb ? statementSet(ssb, false, rangeOf(ssb)) : { kind: 'InvalidStatement', range: r, text: '' };
      return { kind: 'CompilePlan', range: r, execute: has(n, 'KW_EXECUTE'), path: stringLit(node(n, 'stringLiteral')), ifNotExists: has(n, 'ifNotExists'), statement: st };
    }
    case 'useStatement': {
      if (has(n, 'KW_CATALOG')) return { kind: 'Use', range: r, target: 'CATALOG', names: [[ident(node(n, 'ident'))]] };
      if (has(n, 'KW_MODULES')) return { kind: 'Use', range: r, target: 'MODULES', names: nodes(n, 'ident').map((i) => [ident(i)]) };
      return { kind: 'Use', range: r, target: 'DATABASE', names: [compound(node(n, 'compoundIdent'))] };
    }
    case 'showStatement':
      return show(n);
    case 'describeStatement': {
      const ot = upper(tok(n, 'objectType')) || 'TABLE';
      const cat = node(n, 'catalogName');
      const out: A.Describe = { kind: 'Describe', range: r, objectType: ot as A.Describe['objectType'], extended: has(n, 'KW_EXTENDED'), name: cat ? [ident(cat)] : compound(node(n, 'compoundIdent')) };
      const q = node(n, 'query');
      if (q) out.query = buildQuery(q);
      const dml = node(n, 'insertStatement') ?? node(n, 'updateStatement') ?? node(n, 'deleteStatement') ?? node(n, 'mergeStatement');
      if (dml) out.dml = statement(dml);
      const id = node(n, 'stringLiteral');
      if (id) out.id = stringLit(id);
      return out;
    }
    case 'updateStatement': {
      const out: A.Update = {
        kind: 'Update', range: r, table: compound(node(n, 'table')),
        assignments: nodes(n, 'assignment').map(assignment),
      };
      const al = node(n, 'alias');
      if (al) out.alias = ident(al);
      const w = node(n, 'expression');
      if (w) out.where = expr(w);
      return out;
    }
    case 'deleteStatement': {
      const out: A.Delete = { kind: 'Delete', range: r, table: compound(node(n, 'table')) };
      const al = node(n, 'alias');
      if (al) out.alias = ident(al);
      const w = node(n, 'expression');
      if (w) out.where = expr(w);
      return out;
    }
    case 'mergeStatement': {
      const out: A.Merge = {
        kind: 'Merge', range: r, table: compound(node(n, 'table')), source: tableRef(node(n, 'source')),
        condition: expr(node(n, 'condition')),
      };
      const al = node(n, 'alias');
      if (al) out.alias = ident(al);
      const m = node(n, 'whenMatched');
      if (m) out.update = nodes(m, 'assignment').map(assignment);
      const nm = node(n, 'whenNotMatched');
      if (nm) {
        const cols = node(nm, 'columns');
        out.insert = { values: valuesRow(node(nm, 'valuesRow')!) };
        if (cols) out.insert.columns = nodes(cols, 'ident').map(ident);
      }
      return out;
    }
    case 'truncateStatement':
      return { kind: 'Truncate', range: r, table: compound(node(n, 'compoundIdent')) };
    case 'callStatement': {
      const name = compound(node(n, 'compoundIdent'));
      const star = tok(n, 'star');
      if (star) name.push(starIdent(tokenRange(star)));
      const call: A.FunctionCall = { kind: 'FunctionCall', range: r, name, args: functionArgs(node(n, 'functionArgs'), () => {}) };
      return { kind: 'Call', range: r, call };
    }
    case 'analyzeStatement': {
      const out: A.AnalyzeTable = { kind: 'AnalyzeTable', range: r, table: compound(node(n, 'compoundIdent')), allColumns: has(n, 'KW_ALL') };
      const p = partitionSpec(node(n, 'partitionSpec'));
      if (p) out.partition = p;
      if (has(n, 'ident')) out.columns = nodes(n, 'ident').map(ident);
      return out;
    }
    case 'moduleStatement': {
      const load = has(n, 'KW_LOAD');
      const out: A.OtherStatement = { kind: 'OtherStatement', range: r, statement: load ? 'LOAD MODULE' : 'UNLOAD MODULE', name: ident(node(n, 'ident')), options: options(node(n, 'withOptions')) };
      return out;
    }
    case 'jarStatement':
      return { kind: 'OtherStatement', range: r, statement: has(n, 'KW_ADD') ? 'ADD JAR' : 'REMOVE JAR', path: stringLit(node(n, 'stringLiteral')), options: [] };
    case 'beginStatementSet':
      return { kind: 'BeginStatementSet', range: r };
    case 'endStatement':
      return { kind: 'EndStatementSet', range: r };
    case 'stopJobStatement':
      if (has(n, 'KW_DRAIN') && !has(n, 'KW_SAVEPOINT')) {
        actionErrors.push({ token: toks(n, 'KW_WITH')[0]!, message: 'WITH DRAIN could only be used after WITH SAVEPOINT.' });
      }
      return { kind: 'OtherStatement', range: r, statement: 'STOP JOB', path: stringLit(node(n, 'stringLiteral')), options: [], withSavepoint: has(n, 'KW_SAVEPOINT'), drain: has(n, 'KW_DRAIN') };
  }
  return { kind: 'InvalidStatement', range: r, text: '' };
}

function statementSet(n: Node, execute: boolean, r: Range): A.StatementSet {
  return { kind: 'StatementSet', range: r, execute, statements: nodes(n, 'insertStatement').map(insert) };
}

function insert(n: Node): A.Insert {
  const mode = has(n, 'KW_UPSERT') ? 'UPSERT' : (upper(tok(n, 'mode')) as 'INTO' | 'OVERWRITE');
  const out: A.Insert = {
    kind: 'Insert', range: rangeOf(n), mode, table: compound(node(n, 'table')), hints: hints(node(n, 'hints')),
    columns: nodes(node(n, 'columns'), 'compoundIdent').map((c) => compound(c).at(-1)!).filter(Boolean),
    source: buildQuery(node(n, 'query')),
  };
  const p = partitionSpec(node(n, 'partitionSpec'));
  if (p) out.partition = p;
  const c = upper(tok(n, 'conflict'));
  if (c) out.onConflict = c as 'NOTHING' | 'ERROR' | 'DEDUPLICATE';
  return out;
}

function create(n: Node): A.Statement {
  const r = rangeOf(n);
  const temporary = has(n, 'KW_TEMPORARY');
  const system = has(n, 'KW_SYSTEM');
  const body = Object.entries(n.children).find(([k]) => k.endsWith('Body'))?.[1]?.[0] as Node | undefined;
  if (!body) return { kind: 'InvalidStatement', range: r, text: '' };
  const ifNotExists = has(body, 'ifNotExists');
  if (system && !temporary) {
    const what = body.name === 'createConnectionBody' ? 'CONNECTION' : 'FUNCTION';
    const plural = what === 'CONNECTION' ? 'connections' : 'functions';
    actionErrors.push({
      token: tok(n, 'KW_SYSTEM')!,
      message: `CREATE SYSTEM ${what} is not supported, system ${plural} can only be registered as temporary ${plural}, you can use CREATE TEMPORARY SYSTEM ${what} instead.`,
    });
  }
  // Flink's SqlCreateMaterializedTable: no TEMPORARY, no OR REPLACE (at MATERIALIZED)
  if (body.name === 'createMaterializedTableBody' && (temporary || has(n, 'KW_REPLACE'))) {
    const materialized = tok(body, 'KW_MATERIALIZED');
    if (materialized) actionErrors.push({ token: materialized, message: temporary ? 'CREATE TEMPORARY MATERIALIZED TABLE is not supported.' : 'REPLACE MATERIALIZED TABLE is not supported.' });
  }
  const name = compound(node(body, 'name'));
  switch (body.name) {
    case 'createTableBody': {
      const els = node(body, 'tableElements');
      const s = schema(els);
      // column names without types: CTAS only (Flink 2.3.0's parser, at the list's parenthesis)
      const paren = tok(els, 'LParen');
      if (nodes(els, 'bareColumn').length && !node(body, 'query') && paren) actionErrors.push({ token: paren, message: 'Columns identifiers without types in the schema are supported on CTAS/RTAS statements only' });
      const out: A.CreateTable = {
        kind: 'CreateTable', range: r, temporary, ifNotExists, name, columns: s.columns, constraints: s.constraints,
        partitionedBy: identList(node(node(body, 'partitionedBy'), 'identList')), options: options(node(body, 'withOptions')),
      };
      if (has(n, 'KW_REPLACE') && has(n, 'KW_CREATE')) out.replace = 'CREATE OR REPLACE';
      if (s.watermark) out.watermark = s.watermark;
      const c = comment(body);
      if (c) out.comment = c;
      const d = distribution(node(body, 'distribution'));
      if (d) out.distribution = d;
      const like = node(body, 'likeClause');
      if (like) {
        out.like = {
          kind: 'LikeClause', range: rangeOf(like), table: compound(node(like, 'compoundIdent')),
          options: nodes(like, 'likeOption').map((o) => ({
            kind: 'LikeOption', range: rangeOf(o), mode: upper(tok(o, 'mode')) as 'INCLUDING', feature: upper(tok(o, 'feature')) as 'ALL',
          })),
        };
      }
      const q = node(body, 'query');
      if (q) out.asQuery = buildQuery(q);
      return out;
    }
    case 'createViewBody': {
      const out: A.CreateView = { kind: 'CreateView', range: r, temporary, ifNotExists, name, columns: identList(node(body, 'identList')), query: buildQuery(node(body, 'query')) };
      const c = comment(body);
      if (c) out.comment = c;
      return out;
    }
    case 'createFunctionBody': {
      // Flink's SYSTEM FUNCTION takes a simple name (SimpleIdentifier): it fails at the first dot
      const dot = system ? toks(node(body, 'name'), 'Dot')[0] : undefined;
      if (dot) actionErrors.push({ token: dot, message: 'Encountered "." : a system function\'s name has one part. Was expecting "AS"' });
      const out: A.CreateFunction = {
        kind: 'CreateFunction', range: r, temporary, system, ifNotExists, name, className: stringLit(node(body, 'className')),
        jars: nodes(body, 'jarRef').map((j) => stringLit(node(j, 'stringLiteral'))), options: options(node(body, 'withOptions')),
      };
      const lang = upper(tok(node(body, 'functionLanguage'), 'lang'));
      if (lang) out.language = lang as 'JAVA';
      return out;
    }
    case 'createCatalogBody': {
      const out: A.CreateCatalog = { kind: 'CreateCatalog', range: r, ifNotExists, name: ident(node(body, 'name')), options: options(node(body, 'withOptions')) };
      const c = comment(body);
      if (c) out.comment = c;
      return out;
    }
    case 'createDatabaseBody': {
      const out: A.CreateDatabase = { kind: 'CreateDatabase', range: r, ifNotExists, name, options: options(node(body, 'withOptions')) };
      const c = comment(body);
      if (c) out.comment = c;
      return out;
    }
    case 'createMaterializedTableBody': {
      const s = schema(node(body, 'tableElements'));
      const out: A.CreateMaterializedTable = {
        kind: 'CreateMaterializedTable', range: r, orAlter: has(n, 'KW_ALTER'), ifNotExists, name, columns: s.columns, constraints: s.constraints,
        partitionedBy: identList(node(node(body, 'partitionedBy'), 'identList')), options: options(node(body, 'withOptions')),
      };
      if (s.watermark) out.watermark = s.watermark;
      const c = comment(body);
      if (c) out.comment = c;
      const d = distribution(node(body, 'distribution'));
      if (d) out.distribution = d;
      const f = node(body, 'freshness');
      if (f) out.freshness = intervalLiteral(node(f, 'intervalLiteral')!);
      const rm = upper(tok(node(body, 'refreshMode'), 'mode'));
      if (rm) out.refreshMode = rm as 'FULL' | 'CONTINUOUS';
      const sm = upper(tok(node(body, 'startMode'), 'mode'));
      if (sm) out.startMode = sm;
      const q = node(body, 'query');
      if (q) out.query = buildQuery(q);
      return out;
    }
    case 'createModelBody': {
      const out: A.CreateModel = {
        kind: 'CreateModel', range: r, temporary, ifNotExists, name,
        input: schema(node(body, 'input')).columns, output: schema(node(body, 'output')).columns, options: options(node(body, 'withOptions')),
      };
      const c = comment(body);
      if (c) out.comment = c;
      const q = node(body, 'query');
      if (q) out.asQuery = buildQuery(q);
      return out;
    }
    case 'createConnectionBody': {
      const out: A.CreateConnection = { kind: 'CreateConnection', range: r, temporary, system, ifNotExists, name, options: options(node(body, 'withOptions')) };
      const c = comment(body);
      if (c) out.comment = c;
      return out;
    }
  }
  return { kind: 'InvalidStatement', range: r, text: '' };
}

function keys(n: Node | undefined): A.StringLiteral[] {
  return nodes(node(n, 'keyList'), 'stringLiteral').map(stringLit);
}

function alter(n: Node | undefined): A.Statement {
  const r = rangeOf(n);
  if (!n) return { kind: 'InvalidStatement', range: r, text: '' };
  if (n.name === 'alterTable') {
    return { kind: 'AlterTable', range: r, ifExists: has(n, 'ifExists'), name: compound(node(n, 'name')), action: alterTableAction(node(n, 'alterTableAction')) };
  }
  const objectType = ({
    alterView: 'VIEW', alterDatabase: 'DATABASE', alterCatalog: 'CATALOG', alterFunction: 'FUNCTION', alterModel: 'MODEL',
    alterConnection: 'CONNECTION', alterMaterializedTable: 'MATERIALIZED TABLE',
  } as Record<string, A.AlterOther['objectType']>)[n.name]!;
  // ALTER MODEL / CONNECTION keep their RENAME | SET | RESET in renameSetReset
  const a = node(n, 'renameSetReset') ?? n;
  const out: A.AlterOther = {
    kind: 'AlterOther', range: r, objectType, temporary: has(n, 'KW_TEMPORARY'), system: has(n, 'KW_SYSTEM'),
    ifExists: has(n, 'ifExists'), name: objectType === 'CATALOG' ? [ident(node(n, 'name'))] : compound(node(n, 'name')),
    action: upper(tok(a, 'action')) || (objectType === 'FUNCTION' ? 'FUNCTION' : ''), options: options(node(a, 'optionList')), keys: keys(a),
  };
  const nn = node(a, 'newName');
  if (nn) out.newName = compound(nn);
  const q = node(n, 'query');
  if (q) out.query = buildQuery(q);
  if (out.action === 'COMMENT') out.comment = stringLit(node(n, 'stringLiteral'));
  const cn = node(n, 'className');
  if (cn) out.className = stringLit(cn);
  const lang = upper(tok(node(n, 'functionLanguage'), 'lang'));
  if (lang) out.language = lang;
  const f = node(n, 'freshness');
  if (f) { out.freshness = intervalLiteral(node(f, 'intervalLiteral')!); out.action = 'FRESHNESS'; }
  const rm = node(n, 'refreshMode');
  if (rm) { out.refreshMode = upper(tok(rm, 'mode')); out.action = 'REFRESH_MODE'; }
  const p = partitionSpec(node(n, 'partitionSpec'));
  if (p) out.partition = p;
  const wo = node(n, 'withOptions');
  if (wo) out.options = options(wo);
  return out;
}

function alterTableAction(n: Node | undefined): A.AlterTableAction {
  const r = rangeOf(n);
  if (has(n, 'KW_RENAME')) {
    const nn = node(n, 'newName');
    if (nn) return { kind: 'RenameTable', range: r, newName: compound(nn) };
    return { kind: 'RenameColumn', range: r, from: compound(node(n, 'column')), to: ident(node(n, 'to')) };
  }
  if (has(n, 'KW_SET')) return { kind: 'SetOptions', range: r, options: options(node(n, 'optionList')) };
  if (has(n, 'KW_RESET')) return { kind: 'ResetOptions', range: r, keys: keys(n) };
  const mode = upper(tok(n, 'mode')) as 'ADD' | 'MODIFY';
  if (mode) {
    const d = node(n, 'alterDistribution');
    if (d) return { kind: 'AddDistribution', range: r, mode, distribution: distribution(d)! };
    const ap = node(n, 'addPartitions');
    if (ap) {
      const specs = nodes(ap, 'partitionSpec');
      const withs = nodes(ap, 'withOptions');
      return {
        kind: 'AddPartitions', range: r, ifNotExists: has(ap, 'ifNotExists'),
        partitions: specs.map((s) => {
          const end = s.location?.endOffset ?? 0;
          const w = withs.find((x) => (x.location?.startOffset ?? 0) > end && !specs.some((o) => (o.location?.startOffset ?? 0) > end && (o.location?.startOffset ?? 0) < (x.location?.startOffset ?? 0)));
          return { spec: partitionSpec(s)!, options: w ? options(w) : [] };
        }),
      };
    }
    const els = node(n, 'schemaElements');
    const elements = els ? nodes(els, 'schemaElement').map(schemaElement) : nodes(n, 'schemaElement').map(schemaElement);
    return { kind: 'AddSchema', range: r, mode, elements };
  }
  if (has(n, 'KW_DROP')) {
    if (has(n, 'KW_PRIMARY')) return { kind: 'DropPrimaryKey', range: r };
    if (has(n, 'constraint')) return { kind: 'DropConstraint', range: r, name: ident(node(n, 'constraint')) };
    if (has(n, 'KW_WATERMARK')) return { kind: 'DropWatermark', range: r };
    if (has(n, 'KW_DISTRIBUTION')) return { kind: 'DropDistribution', range: r };
    const dp = node(n, 'dropPartitions');
    if (dp) return { kind: 'DropPartitions', range: r, ifExists: has(dp, 'ifExists'), partitions: nodes(dp, 'partitionSpec').map((s) => partitionSpec(s)!) };
    const cols = node(n, 'columns');
    const list = cols?.name === 'compoundIdentList' ? nodes(cols, 'compoundIdent').map(compound) : [compound(cols)];
    return { kind: 'DropColumns', range: r, columns: list };
  }
  return { kind: 'SetOptions', range: r, options: [] };
}

function show(n: Node): A.Show {
  const what = toks(n, 'what').sort((a, b) => a.startOffset - b.startOffset).map(upper);
  const out: A.Show = { kind: 'Show', range: rangeOf(n), object: what.join(' ') };
  const name = node(n, 'name');
  if (name) out.name = compound(name);
  const from = node(n, 'showFrom');
  if (from) {
    out.from = compound(node(from, 'compoundIdent'));
    out.fromKeyword = upper(tok(from, 'kw')) as 'FROM' | 'IN';
  }
  const like = node(n, 'showLike');
  if (like) out.like = { not: has(like, 'KW_NOT'), op: upper(tok(like, 'op')) as 'LIKE' | 'ILIKE', pattern: stringLit(node(like, 'stringLiteral')) };
  const p = partitionSpec(node(n, 'partitionSpec'));
  if (p) out.partition = p;
  return out;
}

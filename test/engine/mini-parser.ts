// A small recursive-descent parser for the subset of Flink SQL the engine cases use, producing
// the AST of engine/syntax/ast.ts. TEST/DEV ONLY: it let the engine be developed before the real
// parser (engine/syntax/parse.ts) landed; the suites use the real parser whenever it parses.
import type * as A from '../../engine/syntax/ast.ts';
import type { Diagnostic } from '../../engine/diagnostics.ts';

interface Tok { t: 'id' | 'qid' | 'str' | 'num' | 'op' | 'eof'; v: string; up: string; s: number; e: number }

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const re = /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|`((?:[^`]|``)*)`|'((?:[^']|'')*)'|(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_$][\w$]*)|(<>|<=|>=|!=|\|\||=>|[(),.;*+\-/%<>=[\]:])/y;
  while (i < src.length) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new Error(`mini-parser: unexpected character at ${i}: ${src[i]}`);
    const s = i; i = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'qid', v: m[1].replace(/``/g, '`'), up: '', s, e: i });
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2].replace(/''/g, "'"), up: '', s, e: i });
    else if (m[3] !== undefined) out.push({ t: 'num', v: m[3], up: m[3], s, e: i });
    else if (m[4] !== undefined) out.push({ t: 'id', v: m[4], up: m[4].toUpperCase(), s, e: i });
    else if (m[5] !== undefined) out.push({ t: 'op', v: m[5], up: m[5], s, e: i });
  }
  out.push({ t: 'eof', v: '', up: '', s: src.length, e: src.length });
  return out;
}

export function miniParse(src: string): { statements: A.Statement[]; diagnostics: Diagnostic[] } {
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  const pos = (o: number) => { let l = 0; while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= o) l++; return { line: l, character: o - lineStarts[l]! }; };
  const toks = lex(src);
  let p = 0;
  const peek = (k = 0) => toks[p + k]!;
  const rng = (s: number, e?: number): A.Range => ({ start: pos(s), end: pos(e ?? toks[p - 1]!.e) });
  const isK = (k: string, o = 0) => peek(o).t === 'id' && peek(o).up === k;
  const isOp = (k: string, o = 0) => peek(o).t === 'op' && peek(o).v === k;
  const fail = (msg: string): never => { throw new Error(`mini-parser: ${msg} at ${JSON.stringify(peek().v)} (offset ${peek().s})`); };
  const eatK = (k: string) => { if (!isK(k)) fail(`expected ${k}`); return toks[p++]!; };
  const eatOp = (k: string) => { if (!isOp(k)) fail(`expected ${k}`); return toks[p++]!; };
  const optK = (k: string) => (isK(k) ? (p++, true) : false);
  const optOp = (k: string) => (isOp(k) ? (p++, true) : false);
  const RESERVED = new Set(['SELECT', 'FROM', 'WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'JOIN', 'LEFT', 'RIGHT', 'FULL', 'INNER', 'CROSS', 'ON', 'USING', 'UNION', 'AS', 'WINDOW', 'AND', 'OR', 'NOT', 'WITH', 'VALUES', 'OUTER', 'BY', 'WHEN', 'THEN', 'ELSE', 'END', 'IS', 'IN', 'BETWEEN', 'LIKE', 'OVER', 'FILTER', 'LATERAL', 'UNNEST', 'TABLE', 'PARTITION', 'ROWS', 'RANGE', 'FETCH', 'OFFSET', 'QUALIFY', 'EXCEPT', 'INTERSECT', 'DESC', 'ASC', 'NULLS', 'VIEWS', 'USER', 'DATE', 'VALUE', 'DAY', 'RAW']);
  const ident = (): A.Identifier => {
    const t = peek();
    if (t.t === 'qid') { p++; return { kind: 'Identifier', value: t.v, quoted: true, range: rng(t.s, t.e) }; }
    if (t.t === 'id') {
      if (RESERVED.has(t.up) && !['DATE', 'VALUE', 'DAY', 'USER'].includes(t.up)) fail('identifier expected');
      if (['VIEWS', 'USER', 'DATE', 'VALUE', 'DAY', 'RAW'].includes(t.up)) throw Object.assign(new Error(`Encountered "${t.v}" at line ${pos(t.s).line + 1}, column ${pos(t.s).character + 1}.`), { parse: true, s: t.s, e: t.e });
      p++; return { kind: 'Identifier', value: t.v, quoted: false, range: rng(t.s, t.e) };
    }
    return fail('identifier expected');
  };
  const name = (): A.Identifier[] => { const ps = [ident()]; while (isOp('.') && (peek(1).t === 'id' || peek(1).t === 'qid')) { p++; ps.push(ident()); } return ps; };
  const strLit = (): A.StringLiteral => { const t = peek(); if (t.t !== 'str') fail('string expected'); p++; return { kind: 'StringLiteral', value: t.v, range: rng(t.s, t.e) }; };

  // ---- types
  const dataType = (): A.DataType => {
    const s = peek().s;
    const t = peek(); if (t.t !== 'id') fail('type expected');
    p++;
    let ty: A.DataType;
    const up = t.up;
    const nn = () => { if (isK('NOT') && isK('NULL', 1)) { p += 2; return false; } if (isK('NULL')) p++; return true; };
    if (up === 'ARRAY' || up === 'MULTISET') { eatOp('<'); const el = dataType(); eatOp('>'); ty = { kind: 'CollectionType', collection: up, element: el, nullable: true, range: rng(s) }; }
    else if (up === 'MAP') { eatOp('<'); const k = dataType(); eatOp(','); const v = dataType(); eatOp('>'); ty = { kind: 'MapType', key: k, value: v, nullable: true, range: rng(s) }; }
    else if (up === 'ROW') {
      const close = isOp('<') ? '>' : ')'; p++;
      const fields: A.RowField[] = [];
      while (!isOp(close)) { const fs = peek().s; const n = ident(); const ft = dataType(); fields.push({ kind: 'RowField', name: n, type: ft, range: rng(fs) }); if (!optOp(',')) break; }
      eatOp(close);
      ty = { kind: 'RowType', style: close === '>' ? 'angle' : 'paren', fields, nullable: true, range: rng(s) };
    } else {
      let nm = up === 'INTEGER' ? 'INT' : up === 'NUMERIC' || up === 'DEC' ? 'DECIMAL' : up;
      let precision: number | undefined, scale: number | undefined;
      if (nm === 'DOUBLE') optK('PRECISION');
      if (optOp('(')) { precision = Number(toks[p++]!.v); if (optOp(',')) scale = Number(toks[p++]!.v); eatOp(')'); }
      if (nm === 'TIMESTAMP' && isK('WITH') && isK('LOCAL', 1)) { p += 4; nm = 'TIMESTAMP_LTZ'; }
      if (nm === 'TIMESTAMP' && isK('WITHOUT')) p += 3;
      ty = { kind: 'BasicType', name: nm as A.BasicType['name'], precision, scale, nullable: true, range: rng(s) };
    }
    (ty as { nullable: boolean }).nullable = nn();
    return ty;
  };

  // ---- expressions
  const UNITS = new Set(['YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND', 'DOW', 'DOY', 'EPOCH', 'ISODOW', 'DECADE', 'CENTURY']);
  const unit = (): A.TimeUnit => { const t = peek(); p++; let u = t.up; if (u.endsWith('S') && UNITS.has(u.slice(0, -1))) u = u.slice(0, -1); return u as A.TimeUnit; };
  const expr = (): A.Expression => or();
  const bin = (op: A.BinaryOp, l: A.Expression, r: A.Expression, s: number): A.Expression => ({ kind: 'Binary', op, left: l, right: r, range: rng(s) });
  const or = (): A.Expression => { const s = peek().s; let l = and(); while (optK('OR')) l = bin('OR', l, and(), s); return l; };
  const and = (): A.Expression => { const s = peek().s; let l = not(); while (optK('AND')) l = bin('AND', l, not(), s); return l; };
  const not = (): A.Expression => { const s = peek().s; if (isK('NOT') && !isK('EXISTS', 1) || isK('NOT') && isK('EXISTS', 1)) { p++; const o = not(); return { kind: 'Unary', op: 'NOT', operand: o, range: rng(s) }; } return cmp(); };
  const cmp = (): A.Expression => {
    const s = peek().s;
    let l = concat();
    for (;;) {
      const t = peek();
      if (t.t === 'op' && ['=', '<>', '!=', '<', '<=', '>', '>='].includes(t.v)) { p++; l = bin(t.v as A.BinaryOp, l, concat(), s); continue; }
      if (isK('IS')) {
        p++; const n = optK('NOT');
        if (optK('DISTINCT')) { eatK('FROM'); l = { kind: 'IsDistinctFrom', not: n, left: l, right: concat(), range: rng(s) }; continue; }
        const what = toks[p++]!.up as A.IsExpr['test'];
        l = { kind: 'Is', not: n, test: what, operand: l, range: rng(s) }; continue;
      }
      const neg = isK('NOT') && (isK('IN', 1) || isK('BETWEEN', 1) || isK('LIKE', 1));
      if (neg) p++;
      if (optK('BETWEEN')) { const lo = concat(); eatK('AND'); const hi = concat(); l = { kind: 'Between', not: neg, symmetric: false, operand: l, low: lo, high: hi, range: rng(s) }; continue; }
      if (optK('LIKE')) { const pt = concat(); l = { kind: 'Like', op: 'LIKE', not: neg, operand: l, pattern: pt, range: rng(s) }; continue; }
      if (optK('IN')) {
        eatOp('(');
        if (isK('SELECT') || isK('WITH') || isK('VALUES')) { const q = query(); eatOp(')'); l = { kind: 'In', not: neg, operand: l, query: q, range: rng(s) }; continue; }
        const list = [expr()]; while (optOp(',')) list.push(expr()); eatOp(')');
        l = { kind: 'In', not: neg, operand: l, list, range: rng(s) }; continue;
      }
      return l;
    }
  };
  const concat = (): A.Expression => { const s = peek().s; let l = add(); while (optOp('||')) l = bin('||', l, add(), s); return l; };
  const add = (): A.Expression => { const s = peek().s; let l = mul(); while (isOp('+') || isOp('-')) { const o = toks[p++]!.v; l = bin(o as A.BinaryOp, l, mul(), s); } return l; };
  const mul = (): A.Expression => { const s = peek().s; let l = unary(); while (isOp('*') || isOp('/') || isOp('%')) { const o = toks[p++]!.v; l = bin(o as A.BinaryOp, l, unary(), s); } return l; };
  const unary = (): A.Expression => { const s = peek().s; if (isOp('-') || isOp('+')) { const o = toks[p++]!.v; const x = unary(); return { kind: 'Unary', op: o as '-', operand: x, range: rng(s) }; } return postfix(); };
  const postfix = (): A.Expression => {
    const s = peek().s; let x = primary();
    for (;;) {
      if (optOp('[')) { const i = expr(); eatOp(']'); x = { kind: 'ItemAccess', operand: x, index: i, range: rng(s) }; continue; }
      if (isOp('.') && x.kind !== 'Name') { p++; const f = ident(); x = { kind: 'FieldAccess', operand: x, field: f, range: rng(s) }; continue; }
      return x;
    }
  };
  const windowSpec = (): A.WindowSpec => {
    const s = peek().s;
    if (!isOp('(')) { const b = ident(); return { kind: 'WindowSpec', base: b, partitionBy: [], orderBy: [], range: rng(s) }; }
    eatOp('(');
    const partitionBy: A.Expression[] = []; let orderBy: A.OrderItem[] = []; let frame: A.WindowFrame | undefined;
    if (optK('PARTITION')) { eatK('BY'); partitionBy.push(expr()); while (optOp(',')) partitionBy.push(expr()); }
    if (optK('ORDER')) { eatK('BY'); orderBy = orderItems(); }
    if (isK('ROWS') || isK('RANGE')) {
      const fs = peek().s; const u = toks[p++]!.up as 'ROWS';
      const bound = (): A.FrameBound => {
        const bs = peek().s;
        if (optK('UNBOUNDED')) { const d = toks[p++]!.up; return { kind: 'FrameBound', bound: d === 'PRECEDING' ? 'UNBOUNDED PRECEDING' : 'UNBOUNDED FOLLOWING', range: rng(bs) }; }
        if (optK('CURRENT')) { eatK('ROW'); return { kind: 'FrameBound', bound: 'CURRENT ROW', range: rng(bs) }; }
        const off = primary(); const d = toks[p++]!.up as 'PRECEDING'; return { kind: 'FrameBound', bound: d, offset: off, range: rng(bs) };
      };
      if (optK('BETWEEN')) { const st = bound(); eatK('AND'); const en = bound(); frame = { kind: 'WindowFrame', unit: u, start: st, end: en, range: rng(fs) }; }
      else frame = { kind: 'WindowFrame', unit: u, start: bound(), range: rng(fs) };
    }
    eatOp(')');
    return { kind: 'WindowSpec', partitionBy, orderBy, frame, range: rng(s) };
  };
  const fnArgs = (fname: string): A.FunctionArg[] => {
    const args: A.FunctionArg[] = [];
    if (isOp(')')) return args;
    for (;;) {
      const s = peek().s;
      if ((peek().t === 'id' || peek().t === 'qid') && isOp('=>', 1)) { const n = ident(); p++; const v = fnArgs1(); args.push({ kind: 'NamedArgument', name: n, value: v as A.Expression, range: rng(s) }); }
      else args.push(fnArgs1());
      if (!optOp(',')) break;
    }
    void fname;
    return args;
  };
  const fnArgs1 = (): A.FunctionArg => {
    const s = peek().s;
    if (isK('TABLE')) {
      p++; const t = name(); const partitionBy: A.Expression[] = [];
      if (optK('PARTITION')) { eatK('BY'); const e = expr(); if (e.kind === 'RowConstructor') partitionBy.push(...e.fields); else partitionBy.push(e); }
      return { kind: 'TableArgument', table: t, partitionBy, orderBy: [], range: rng(s) };
    }
    if (isK('DESCRIPTOR')) { p++; eatOp('('); const cols = [ident()]; while (optOp(',')) cols.push(ident()); eatOp(')'); return { kind: 'Descriptor', columns: cols, range: rng(s) }; }
    if (isOp('*')) { p++; return { kind: 'Star', qualifier: [], range: rng(s) }; }
    return expr();
  };
  const primary = (): A.Expression => {
    const t = peek(); const s = t.s;
    if (t.t === 'num') { p++; return { kind: 'NumericLiteral', text: t.v, numberKind: /[eE]/.test(t.v) ? 'approximate' : t.v.includes('.') ? 'decimal' : 'integer', range: rng(s, t.e) }; }
    if (t.t === 'str') { p++; let v = t.v; while (peek().t === 'str') v += toks[p++]!.v; return { kind: 'StringLiteral', value: v, range: rng(s) }; }
    if (t.t === 'op' && t.v === '(') {
      p++;
      if (isK('SELECT') || isK('WITH') || isK('VALUES')) { const q = query(); eatOp(')'); return { kind: 'Subquery', query: q, range: rng(s) }; }
      const e = expr();
      if (optOp(',')) { const fields = [e, expr()]; while (optOp(',')) fields.push(expr()); eatOp(')'); return { kind: 'RowConstructor', explicit: false, fields, range: rng(s) }; }
      eatOp(')'); return e;
    }
    if (t.t === 'op' && t.v === '*') { p++; return { kind: 'Star', qualifier: [], range: rng(s) }; }
    if (t.t === 'qid') return nameOrCall();
    if (t.t !== 'id') return fail('expression expected');
    switch (t.up) {
      case 'NULL': p++; return { kind: 'NullLiteral', range: rng(s) };
      case 'TRUE': case 'FALSE': p++; return { kind: 'BooleanLiteral', value: t.up === 'TRUE', range: rng(s) };
      case 'UNKNOWN': p++; return { kind: 'BooleanLiteral', value: null, range: rng(s) };
      case 'DATE': case 'TIME': case 'TIMESTAMP': if (peek(1).t === 'str') { p++; const v = strLit(); return { kind: 'TypedLiteral', type: t.up as 'DATE', value: v.value, range: rng(s) }; } break;
      case 'INTERVAL': {
        p++; let sign: 1 | -1 = 1; if (optOp('-')) sign = -1;
        const v = strLit(); const qs = peek().s; const st = unit(); let prec: number | undefined; if (optOp('(')) { prec = Number(toks[p++]!.v); eatOp(')'); }
        let en: A.TimeUnit | undefined; if (optK('TO')) en = unit();
        return { kind: 'IntervalLiteral', sign, value: v.value, qualifier: { kind: 'IntervalQualifier', start: st, startPrecision: prec, end: en, range: rng(qs) }, range: rng(s) };
      }
      case 'CASE': {
        p++; let operand: A.Expression | undefined; if (!isK('WHEN')) operand = expr();
        const whens: { when: A.Expression; then: A.Expression }[] = [];
        while (optK('WHEN')) { const w = expr(); eatK('THEN'); whens.push({ when: w, then: expr() }); }
        let els: A.Expression | undefined; if (optK('ELSE')) els = expr(); eatK('END');
        return { kind: 'Case', operand, whens, else: els, range: rng(s) };
      }
      case 'CAST': case 'TRY_CAST': { p++; eatOp('('); const x = expr(); eatK('AS'); const ty = dataType(); eatOp(')'); return { kind: 'Cast', op: t.up as 'CAST', operand: x, type: ty, range: rng(s) }; }
      case 'EXISTS': { p++; eatOp('('); const q = query(); eatOp(')'); return { kind: 'Exists', query: q, range: rng(s) }; }
      case 'ARRAY': if (isOp('[', 1)) { p += 2; const el: A.Expression[] = []; if (!isOp(']')) { el.push(expr()); while (optOp(',')) el.push(expr()); } eatOp(']'); return { kind: 'ArrayConstructor', elements: el, range: rng(s) }; } break;
      case 'MAP': if (isOp('[', 1)) { p += 2; const el: A.Expression[] = []; if (!isOp(']')) { el.push(expr()); while (optOp(',')) el.push(expr()); } eatOp(']'); return { kind: 'MapConstructor', elements: el, range: rng(s) }; } break;
      case 'ROW': if (isOp('(', 1)) { p += 2; const el: A.Expression[] = []; if (!isOp(')')) { el.push(expr()); while (optOp(',')) el.push(expr()); } eatOp(')'); return { kind: 'RowConstructor', explicit: true, fields: el, range: rng(s) }; } break;
      case 'EXTRACT': { p++; eatOp('('); const us = peek().s; const u = unit(); eatK('FROM'); const x = expr(); eatOp(')'); return call('EXTRACT', s, [{ kind: 'Symbol', value: u, range: rng(us, us) }, x]); }
      case 'POSITION': { p++; eatOp('('); const a = concat(); eatK('IN'); const b = expr(); eatOp(')'); return call('POSITION', s, [a, b]); }
      case 'TRIM': {
        p++; eatOp('('); const args: A.Expression[] = [];
        if (isK('BOTH') || isK('LEADING') || isK('TRAILING')) { const ms = peek().s; args.push({ kind: 'Symbol', value: toks[p++]!.up, range: rng(ms) }); }
        if (!isK('FROM')) { const x = expr(); if (optK('FROM')) { args.push(x); args.push(expr()); } else args.push(x); } else { p++; args.push(expr()); }
        eatOp(')'); return call('TRIM', s, args);
      }
      case 'SUBSTRING': if (isOp('(', 1)) {
        p += 2; const a = expr(); const args = [a];
        if (optK('FROM')) { args.push(expr()); if (optK('FOR')) args.push(expr()); } else { while (optOp(',')) args.push(expr()); }
        eatOp(')'); return call('SUBSTRING', s, args);
      } break;
      case 'FLOOR': case 'CEIL': if (isOp('(', 1)) {
        p += 2; const a = expr(); const args: A.Expression[] = [a];
        if (optK('TO')) { const us = peek().s; args.push({ kind: 'Symbol', value: unit(), range: rng(us) }); }
        eatOp(')'); return call(t.up, s, args);
      } break;
      case 'TIMESTAMPADD': case 'TIMESTAMPDIFF': {
        p += 2; const us = peek().s; const u = unit(); const args: A.Expression[] = [{ kind: 'Symbol', value: u, range: rng(us) }];
        while (optOp(',')) args.push(expr()); eatOp(')'); return call(t.up, s, args);
      }
      case 'CURRENT_TIMESTAMP': case 'CURRENT_DATE': case 'LOCALTIMESTAMP': case 'CURRENT_TIME':
        if (!isOp('(', 1)) { p++; return { kind: 'FunctionCall', name: [{ kind: 'Identifier', value: t.up, quoted: false, range: rng(s) }], args: [], noParens: true, range: rng(s) }; }
        break;
    }
    return nameOrCall();
  };
  const call = (n: string, s: number, args: A.FunctionArg[]): A.FunctionCall => ({ kind: 'FunctionCall', name: [{ kind: 'Identifier', value: n, quoted: false, range: rng(s, s) }], args, range: rng(s) });
  const nameOrCall = (): A.Expression => {
    const s = peek().s;
    const t = peek();
    if (t.t === 'id' && isOp('(', 1)) {
      p++; const id: A.Identifier = { kind: 'Identifier', value: t.v, quoted: false, range: rng(t.s, t.e) };
      p++;
      let quantifier: 'DISTINCT' | undefined; if (optK('DISTINCT')) quantifier = 'DISTINCT';
      const args = fnArgs(t.up);
      let returning: A.DataType | undefined; const jsonClauses: A.JsonClause[] = [];
      if (optK('RETURNING')) returning = dataType();
      while (isK('DEFAULT') || isK('NULL') || isK('ERROR')) {
        const cs = peek().s; const kw = toks[p++]!.up; let value: A.Expression | undefined;
        if (kw === 'DEFAULT') value = primary();
        eatK('ON'); const what = toks[p++]!.up;
        jsonClauses.push({ kind: 'JsonClause', clause: `${kw} ON ${what}`, value, range: rng(cs) });
      }
      eatOp(')');
      const fc: A.FunctionCall = { kind: 'FunctionCall', name: [id], args, quantifier, range: rng(s) };
      if (returning) fc.returning = returning;
      if (jsonClauses.length) fc.jsonClauses = jsonClauses;
      if (isK('IGNORE') || isK('RESPECT')) { fc.nullTreatment = `${toks[p++]!.up} NULLS` as 'IGNORE NULLS'; eatK('NULLS'); }
      if (optK('FILTER')) { eatOp('('); eatK('WHERE'); fc.filter = expr(); eatOp(')'); }
      if (optK('OVER')) fc.over = windowSpec();
      fc.range = rng(s);
      return fc;
    }
    const parts = [ident()];
    while (isOp('.')) {
      p++;
      if (isOp('*')) { p++; return { kind: 'Star', qualifier: parts, range: rng(s) }; }
      parts.push(ident());
    }
    return { kind: 'Name', parts, range: rng(s) };
  };
  const orderItems = (): A.OrderItem[] => {
    const items: A.OrderItem[] = [];
    do {
      const s = peek().s; const e = expr(); let direction: 'ASC' | 'DESC' | undefined; let nulls: 'FIRST' | 'LAST' | undefined;
      if (isK('ASC') || isK('DESC')) direction = toks[p++]!.up as 'ASC';
      if (optK('NULLS')) nulls = toks[p++]!.up as 'FIRST';
      items.push({ kind: 'OrderItem', expr: e, direction, nulls, range: rng(s) });
    } while (optOp(','));
    return items;
  };

  // ---- queries
  const alias = (): A.Alias | undefined => {
    const s = peek().s;
    const has = optK('AS');
    if (!has && !(peek().t === 'qid' || (peek().t === 'id' && !RESERVED.has(peek().up)))) return undefined;
    const n = ident(); const columns: A.Identifier[] = [];
    if (optOp('(')) { columns.push(ident()); while (optOp(',')) columns.push(ident()); eatOp(')'); }
    return { kind: 'Alias', name: n, columns, range: rng(s) };
  };
  const fromPrimary = (): A.FromItem => {
    const s = peek().s;
    const lateral = optK('LATERAL');
    if (isK('TABLE') && isOp('(', 1)) { p += 2; const fs = peek().s; const c = nameOrCall() as A.FunctionCall; void fs; eatOp(')'); return { kind: 'TableFunction', lateral, call: c, alias: alias(), range: rng(s) }; }
    if (isK('UNNEST')) {
      p++; eatOp('('); const args = [expr()]; while (optOp(',')) args.push(expr()); eatOp(')');
      let withOrdinality = false; if (isK('WITH')) { p++; eatK('ORDINALITY'); withOrdinality = true; }
      return { kind: 'Unnest', lateral, args, withOrdinality, alias: alias(), range: rng(s) };
    }
    if (isOp('(')) {
      p++;
      if (isK('SELECT') || isK('WITH') || isK('VALUES')) { const q = query(); eatOp(')'); return { kind: 'DerivedTable', lateral, query: q, alias: alias(), range: rng(s) }; }
      const f = fromClause(); eatOp(')'); return f;
    }
    const n = name();
    let systemTime: A.Expression | undefined;
    if (isK('FOR') && isK('SYSTEM_TIME', 1)) { p += 2; eatK('AS'); eatK('OF'); systemTime = add(); }
    return { kind: 'TableName', name: n, hints: [], systemTime, alias: alias(), range: rng(s) };
  };
  const fromClause = (): A.FromItem => {
    const s = peek().s;
    let left = fromPrimary();
    for (;;) {
      let jt: A.Join['joinType'] | null = null;
      if (optOp(',')) jt = 'COMMA';
      else if (isK('JOIN')) { p++; jt = 'INNER'; }
      else if (isK('INNER')) { p++; eatK('JOIN'); jt = 'INNER'; }
      else if (isK('LEFT') || isK('RIGHT') || isK('FULL')) { jt = toks[p++]!.up as 'LEFT'; optK('OUTER'); eatK('JOIN'); }
      else if (isK('CROSS')) { p++; eatK('JOIN'); jt = 'CROSS'; }
      if (!jt) return left;
      const right = fromPrimary();
      let on: A.Expression | undefined, using: A.Identifier[] | undefined;
      if (optK('ON')) on = expr();
      else if (optK('USING')) { eatOp('('); using = [ident()]; while (optOp(',')) using.push(ident()); eatOp(')'); }
      left = { kind: 'Join', joinType: jt, natural: false, left, right, on, using, range: rng(s) };
    }
  };
  const groupingElement = (): A.GroupingElement => {
    const s = peek().s;
    if (isK('GROUPING') && isK('SETS', 1)) { p += 2; eatOp('('); const sets = [groupingElement()]; while (optOp(',')) sets.push(groupingElement()); eatOp(')'); return { kind: 'GroupingSets', sets, range: rng(s) }; }
    if ((isK('ROLLUP') || isK('CUBE')) && isOp('(', 1)) { const k = toks[p++]!.up; p++; const items = [groupingElement()]; while (optOp(',')) items.push(groupingElement()); eatOp(')'); return { kind: k === 'ROLLUP' ? 'Rollup' : 'Cube', items, range: rng(s) }; }
    if (isOp('(') && isOp(')', 1)) { p += 2; return { kind: 'EmptyGrouping', range: rng(s) }; }
    return expr();
  };
  const select = (): A.QueryBody => {
    const s = peek().s;
    if (optK('VALUES')) {
      const rows: A.Expression[][] = [];
      do { eatOp('('); const r = [expr()]; while (optOp(',')) r.push(expr()); eatOp(')'); rows.push(r); } while (optOp(','));
      return { kind: 'Values', rows, range: rng(s) };
    }
    if (isOp('(')) { p++; const q = query(); eatOp(')'); return q; }
    eatK('SELECT');
    let quantifier: 'DISTINCT' | 'ALL' | undefined; if (optK('DISTINCT')) quantifier = 'DISTINCT'; else if (optK('ALL')) quantifier = 'ALL';
    const items: A.SelectItem[] = [];
    do { const is = peek().s; const e = expr(); let al: A.Identifier | undefined; if (optK('AS')) al = ident(); else if (peek().t === 'qid' || (peek().t === 'id' && !RESERVED.has(peek().up))) al = ident(); items.push({ kind: 'SelectItem', expr: e, alias: al, range: rng(is) }); } while (optOp(','));
    const sel: A.Select = { kind: 'Select', hints: [], quantifier, items, windows: [], range: rng(s) };
    if (optK('FROM')) sel.from = fromClause();
    if (optK('WHERE')) sel.where = expr();
    if (isK('GROUP')) { const gs = peek().s; p++; eatK('BY'); const gi = [groupingElement()]; while (optOp(',')) gi.push(groupingElement()); sel.groupBy = { kind: 'GroupBy', items: gi, range: rng(gs) }; }
    if (optK('HAVING')) sel.having = expr();
    if (optK('WINDOW')) { do { const ws = peek().s; const n = ident(); eatK('AS'); const sp = windowSpec(); sel.windows.push({ kind: 'NamedWindow', name: n, spec: sp, range: rng(ws) }); } while (optOp(',')); }
    sel.range = rng(s);
    return sel;
  };
  const query = (): A.Query => {
    const s = peek().s;
    let withC: A.WithClause | undefined;
    if (isK('WITH')) {
      const ws = peek().s; p++; const ctes: A.CommonTableExpression[] = [];
      do { const cs = peek().s; const n = ident(); const cols: A.Identifier[] = []; if (optOp('(')) { cols.push(ident()); while (optOp(',')) cols.push(ident()); eatOp(')'); } eatK('AS'); eatOp('('); const q = query(); eatOp(')'); ctes.push({ kind: 'CommonTableExpression', name: n, columns: cols, query: q, range: rng(cs) }); } while (optOp(','));
      withC = { kind: 'With', recursive: false, ctes, range: rng(ws) };
    }
    let body: A.QueryBody = select();
    while (isK('UNION') || isK('EXCEPT') || isK('INTERSECT')) {
      const op = toks[p++]!.up as 'UNION'; let quantifier: 'ALL' | 'DISTINCT' | undefined;
      if (optK('ALL')) quantifier = 'ALL'; else if (optK('DISTINCT')) quantifier = 'DISTINCT';
      const r = select();
      body = { kind: 'SetOperation', op, quantifier, left: body, right: r, range: rng(s) };
    }
    const q: A.Query = { kind: 'Query', with: withC, body, orderBy: [], range: rng(s) };
    if (isK('ORDER')) { p++; eatK('BY'); q.orderBy = orderItems(); }
    if (optK('LIMIT')) q.fetch = primary();
    q.range = rng(s);
    return q;
  };
  const statement = (): A.Statement => {
    const s = peek().s;
    if (isK('CREATE')) {
      p++; const temporary = optK('TEMPORARY');
      if (optK('VIEW')) {
        const n = name(); const cols: A.Identifier[] = []; if (optOp('(')) { cols.push(ident()); while (optOp(',')) cols.push(ident()); eatOp(')'); }
        eatK('AS'); const q = query(); return { kind: 'CreateView', temporary, ifNotExists: false, name: n, columns: cols, query: q, range: rng(s) };
      }
      eatK('TABLE');
      const ine = isK('IF') ? (p += 3, true) : false;
      const n = name(); eatOp('(');
      const columns: A.ColumnDef[] = []; const constraints: A.TableConstraint[] = []; let watermark: A.Watermark | undefined;
      for (;;) {
        const cs = peek().s;
        if (isK('WATERMARK')) { p++; eatK('FOR'); const c = name(); eatK('AS'); const e = expr(); watermark = { kind: 'Watermark', column: c, strategy: e, range: rng(cs) }; }
        else if (isK('PRIMARY') || isK('CONSTRAINT')) { if (optK('CONSTRAINT')) ident(); eatK('PRIMARY'); eatK('KEY'); eatOp('('); const cols = [ident()]; while (optOp(',')) cols.push(ident()); eatOp(')'); optK('NOT'); optK('ENFORCED'); constraints.push({ kind: 'TableConstraint', type: 'PRIMARY KEY', columns: cols, enforced: false, range: rng(cs) }); }
        else {
          const cn = ident();
          if (optK('AS')) { const e = expr(); columns.push({ kind: 'ComputedColumn', name: cn, expr: e, range: rng(cs) }); }
          else {
            const ty = dataType(); let constraint: A.TableConstraint | undefined;
            if (isK('PRIMARY')) { const ks = peek().s; p += 2; optK('NOT'); optK('ENFORCED'); constraint = { kind: 'TableConstraint', type: 'PRIMARY KEY', columns: [cn], enforced: false, range: rng(ks) }; }
            if (isK('METADATA')) { p++; let key: A.StringLiteral | undefined; if (optK('FROM')) key = strLit(); const virtual = optK('VIRTUAL'); columns.push({ kind: 'MetadataColumn', name: cn, type: ty, metadataKey: key, virtual, range: rng(cs) }); }
            else columns.push({ kind: 'PhysicalColumn', name: cn, type: ty, constraint, range: rng(cs) });
          }
        }
        if (!optOp(',')) break;
      }
      eatOp(')');
      const options: A.TableOption[] = [];
      if (optK('WITH')) { eatOp('('); do { const os = peek().s; const k = strLit(); eatOp('='); const v = strLit(); options.push({ kind: 'TableOption', key: k, value: v, range: rng(os) }); } while (optOp(',')); eatOp(')'); }
      return { kind: 'CreateTable', temporary, ifNotExists: ine, name: n, columns, constraints, watermark, partitionedBy: [], options, range: rng(s) };
    }
    if (isK('INSERT')) {
      p++; eatK('INTO'); const n = name(); const cols: A.Identifier[] = [];
      if (isOp('(') && !(isK('SELECT', 1) || isK('WITH', 1) || isK('VALUES', 1))) { p++; cols.push(ident()); while (optOp(',')) cols.push(ident()); eatOp(')'); }
      const q = query(); let onConflict: A.Insert['onConflict'];
      if (isK('ON') && isK('CONFLICT', 1)) { p += 2; eatK('DO'); onConflict = toks[p++]!.up as 'NOTHING'; }
      return { kind: 'Insert', mode: 'INTO', table: n, hints: [], columns: cols, source: q, onConflict, range: rng(s) };
    }
    if (isK('SET')) { p++; const k = strLit(); eatOp('='); const v = strLit(); return { kind: 'Set', key: k.value, value: v.value, legacy: false, range: rng(s) }; }
    const q = query();
    return { kind: 'QueryStatement', query: q, range: rng(s) };
  };
  const statements: A.Statement[] = [];
  const diagnostics: Diagnostic[] = [];
  while (peek().t !== 'eof') {
    if (optOp(';')) continue;
    const s = peek().s;
    try {
      statements.push(statement());
      if (!isOp(';') && peek().t !== 'eof') fail('expected ;');
    } catch (e) {
      const err = e as Error & { parse?: boolean; s?: number; e?: number };
      diagnostics.push({ code: 'FSQL001', severity: 'error', message: err.message.replace(/^mini-parser: /, ''), range: { start: pos(err.s ?? s), end: pos(err.e ?? s) } });
      while (peek().t !== 'eof' && !isOp(';')) p++;
    }
  }
  return { statements, diagnostics };
}

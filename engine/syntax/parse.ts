// Entry point of the SQL front end.
//
//   parse(text, { recover? }): ParseResult  statements (typed AST, ast.ts) + diagnostics. Never
//                                       throws. A statement with a syntax error is an
//                                       InvalidStatement, or with `recover: true` a partial AST.
//   lexTokens(text): LexedToken[]       every token with its range and a category, for semantic
//                                       tokens (keywords, identifiers, strings, numbers, ...).
//   expectedTokens(textBefore): string[]  keywords the parser accepts next at the end of
//                                       `textBefore` (keyword completion), upper case; identifiers,
//                                       literals and punctuation are left out.
//
// How: the whole text is lexed once (tokens.ts); the token stream is split into statements at
// top-level `;` (a `... STATEMENT SET BEGIN ... END` block keeps its inner `;`), and each
// statement is parsed on its own by the singleton Chevrotain parser (parser.ts), so one broken
// statement never hides the ones after it. Each statement reports at most its first syntax error,
// at the token where Flink's parser fails, with Flink's "Encountered ... at line L, column C"
// wording. Flink's ExtendedParser forms (`SET key=value`, `RESET key`, `HELP`, `QUIT`, `EXIT`,
// `CLEAR`) are matched on the statement's raw text, as Flink does: only when the text (with
// its comments) starts with the keyword.
import { EOF, tokenMatcher } from 'chevrotain';
import type { CstNode, IRecognitionException, IToken, TokenType } from 'chevrotain';
import type { Diagnostic, Range } from '../diagnostics.ts';
import type { Statement } from './ast.ts';
import { buildStatement, takeActionErrors, tokenRange } from './build.ts';
import { expectingList, FlinkSqlParser, QUERY_START } from './parser.ts';
import { nextTokenTypes } from './assist.ts';
import {
  tokenize, K, Ident, PlainIdent, QuotedIdent, ReservedWord, FuncNameKw, StringLit, PrefixedStringLit, BinaryStringLit,
  IntegerLit, DecimalLit, ApproxLit, HintStart, HintEnd, Semicolon, Question, isReservedWord,
  LParen, RParen, RBracket, Comma, Eq, Neq, NeqBang, Lt, Le, Gt, Ge, Concat, Plus, Minus, Star, Slash, Percent,
} from './tokens.ts';

export interface ParseResult {
  statements: Statement[];
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /**
   * Re-parse a statement that has a syntax error with Chevrotain's error recovery, so its AST
   * is partial instead of an InvalidStatement (the diagnostics are the same). Default false:
   * recovery costs a second parser (~60 ms CPU once) and is slow on broken input; editors that
   * want partial trees of the statement being typed pass true.
   */
  recover?: boolean;
  /**
   * Only the diagnostics are wanted (`flinksql check --syntax-only`): statements are not built
   * into ASTs and `statements` is empty. The diagnostics are the same as without it: the few
   * errors found while building (LIMIT start, count; MINUS; APPLY; WITH DRAIN; CREATE/DROP SYSTEM;
   * DROP TEMPORARY MATERIALIZED TABLE; BETWEEN ... AND NOT; a second WATERMARK)
   * are still looked for in the statements that have those keywords.
   */
  diagnosticsOnly?: boolean;
}

let fastParser: FlinkSqlParser | undefined;
let recoveringParser: FlinkSqlParser | undefined;
/**
 * The singleton parsers; the grammar is analysed once per process. Statements are parsed without
 * error recovery (faster); only a statement with an error is parsed again with recovery.
 */
export function getParser(recovery = false): FlinkSqlParser {
  if (recovery) return (recoveringParser ??= new FlinkSqlParser(true, true));
  return (fastParser ??= new FlinkSqlParser(true, false));
}

interface StatementSlice {
  tokens: IToken[];
  /** Raw text from after the previous `;` to before this statement's `;` (comments included). */
  rawStart: number;
  rawEnd: number;
  /** The terminating `;`, if any. */
  semicolon?: IToken;
}

function splitStatements(tokens: IToken[], textLength: number): StatementSlice[] {
  const out: StatementSlice[] = [];
  let cur: IToken[] = [];
  let rawStart = 0;
  let inBlock = false;
  let caseDepth = 0;
  const BEGIN = K.BEGIN!, STATEMENT = K.STATEMENT!, SET = K.SET!, END = K.END!, CASE = K.CASE!;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const tt = t.tokenType;
    if (tt === Semicolon && !inBlock) {
      out.push({ tokens: cur, rawStart, rawEnd: t.startOffset, semicolon: t });
      cur = [];
      rawStart = (t.endOffset ?? t.startOffset) + 1;
      caseDepth = 0;
      continue;
    }
    cur.push(t);
    if (tt === BEGIN && cur.length >= 3 && cur[cur.length - 2]!.tokenType === SET && cur[cur.length - 3]!.tokenType === STATEMENT) {
      inBlock = true;
      caseDepth = 0;
    } else if (tt === CASE) caseDepth++;
    else if (tt === END) {
      if (caseDepth > 0) caseDepth--;
      else if (inBlock) inBlock = false;
    }
  }
  if (cur.length > 0) out.push({ tokens: cur, rawStart, rawEnd: textLength });
  return out;
}

// Flink's ExtendedParser strategies (flink-table-planner, org.apache.flink.table.planner.parse).
const LEGACY_SET = /^SET(\s+([^'\s]+)\s*=\s*('([^']*)'|([^;\s]+)))?\s*;?$/is;
const LEGACY_RESET = /^RESET(\s+([^'\s]+))?\s*;?$/is;
const CLIENT_COMMAND = /^(HELP|QUIT|EXIT|CLEAR)\s*;?$/is;

function legacyStatement(raw: string, range: Range): Statement | undefined {
  const text = raw.trim();
  let m = LEGACY_SET.exec(text);
  if (m) {
    const s: Statement = { kind: 'Set', range, legacy: true };
    if (m[2] !== undefined) {
      s.key = m[2];
      s.value = m[4] ?? m[5] ?? '';
    }
    return s;
  }
  m = LEGACY_RESET.exec(text);
  if (m) {
    const s: Statement = { kind: 'Reset', range, legacy: true };
    if (m[2] !== undefined) s.key = m[2];
    return s;
  }
  m = CLIENT_COMMAND.exec(text);
  if (m) return { kind: 'OtherStatement', range, statement: m[1]!.toUpperCase(), options: [] };
  return undefined;
}

// Reserved words nobody means as a name: an error on one of them is not about back-quoting.
const CLAUSE_WORDS = new Set(`SELECT FROM WHERE GROUP HAVING ORDER BY LIMIT OFFSET FETCH UNION INTERSECT EXCEPT MINUS
  JOIN INNER LEFT RIGHT FULL CROSS OUTER NATURAL ON USING AND OR NOT AS WITH INSERT INTO VALUES SET CREATE ALTER DROP
  TABLE WINDOW QUALIFY CASE WHEN THEN ELSE END IS IN BETWEEN LIKE DISTINCT ALL EXISTS NULL TRUE FALSE PARTITION OVER
  FOR OF TO AT ANY SOME ESCAPE`.split(/\s+/));

function pos(t: IToken): string {
  return `line ${t.startLine}, column ${t.startColumn}`;
}

/**
 * 1-based line and column of the character before `end`, counted as JavaCC's SimpleCharStream
 * does (a CR LF pair is one line break, the LF on the CR's line), from the end of `last`.
 */
function lastCharPosition(text: string, last: IToken, end: number): { line: number; col: number } {
  let line = last.endLine!;
  let col = last.endColumn!;
  let prevLF = false;
  let prevCR = false;
  for (let i = last.endOffset! + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (prevLF) {
      prevLF = false;
      line++;
      col = 0;
    } else if (prevCR) {
      prevCR = false;
      if (c === 10) prevLF = true;
      else {
        line++;
        col = 0;
      }
    }
    if (c === 13) prevCR = true;
    else if (c === 10) prevLF = true;
    col++;
  }
  return { line, col };
}

// Where JavaCC's look-ahead puts an error at the end of the text (test/parser/prefixes.test.ts
// holds these to Flink 2.3.0): Calcite and Flink enter some constructs only after checking two or
// more tokens, and a text that ends inside such a check fails at its first token, not at <EOF>.
const EXPRESSION_RULES = new Set(['expression', 'andExpr', 'betweenLow', 'notExpr', 'predicate', 'predicateTail', 'likeOp', 'additiveExpr', 'multiplicativeExpr', 'unaryExpr', 'postfixExpr', 'primary']);
let windows: { alone: Set<TokenType>; binary: Set<TokenType>; rowOps: Set<TokenType>; typed: Set<TokenType>; joins: Set<TokenType>; operands: Set<TokenType>; tableElements: Set<TokenType>; calls: Set<TokenType> } | undefined;
let operandStarts: TokenType[] | undefined;
/** Whether a token can begin an operand (the first tokens of the grammar's `notExpr`). */
function startsOperand(t: IToken): boolean {
  operandStarts ??= nextTokenTypes(getParser(), 'notExpr', []);
  return operandStarts.some((tt) => tokenMatcher(t, tt));
}

/** Whether tokens[i] can end an operand: a name (non-reserved keywords too), a literal, `)`, ... */
function endsOperand(tokens: IToken[], i: number): boolean {
  return i >= 0 && i < tokens.length && (tokenMatcher(tokens[i]!, Ident) || lookaheadSets().operands.has(tokens[i]!.tokenType));
}

function lookaheadSets(): NonNullable<typeof windows> {
  return windows ??= {
    // statements that are one word so far: SHOW, USE, EXECUTE, LOAD, ... (not SELECT, CREATE, ...)
    alone: new Set([K.SHOW!, K.DESC!, K.USE!, K.ANALYZE!, K.LOAD!, K.UNLOAD!, K.EXECUTE!, K.ADD!, K.REMOVE!, K.BEGIN!, K.TRUNCATE!, K.COMPILE!, K.STOP!, K.REPLACE!]),
    binary: new Set([K.AND!, K.OR!, K.NOT!, K.IS!, K.IN!, K.LIKE!, K.ILIKE!, K.RLIKE!, K.SIMILAR!, K.BETWEEN!, K.MEMBER!,
      Eq, Neq, NeqBang, Lt, Le, Gt, Ge, Concat, Plus, Minus, Star, Slash, Percent]),
    // Calcite's one-token BinaryRowOperator()s
    rowOps: new Set([K.AND!, K.OR!, Eq, Neq, NeqBang, Lt, Le, Gt, Ge, Concat, Plus, Minus, Star, Slash, Percent]),
    // the keywords of typed literals: INTERVAL '1' HOUR, DATE '...', TIME '...', TIMESTAMP '...'
    typed: new Set([K.INTERVAL!, K.DATE!, K.TIME!, K.TIMESTAMP!]),
    // the start of a join, up to two of its words: LEFT, LEFT OUTER, LEFT JOIN, JOIN, ... (a
    // third word passes Calcite's three-token look-ahead: `LEFT OUTER JOIN` fails at <EOF>)
    joins: new Set([K.LEFT!, K.RIGHT!, K.FULL!, K.INNER!, K.NATURAL!, K.OUTER!, K.JOIN!]),
    // what ends an operand besides a name: a literal, `)`, `]`, CASE's END, an interval literal's
    // unit (INTERVAL '1' DAY), a niladic function (CURRENT_DATE)
    operands: new Set([RParen, RBracket, StringLit, PrefixedStringLit, BinaryStringLit, IntegerLit, DecimalLit, ApproxLit, K.TRUE!, K.FALSE!, K.NULL!, K.UNKNOWN!, K.END!,
      ...['YEAR', 'YEARS', 'QUARTER', 'QUARTERS', 'MONTH', 'MONTHS', 'WEEK', 'WEEKS', 'DAY', 'DAYS', 'HOUR', 'HOURS', 'MINUTE', 'MINUTES', 'SECOND', 'SECONDS',
        'CURRENT_DATE', 'CURRENT_TIME', 'CURRENT_TIMESTAMP', 'LOCALTIME', 'LOCALTIMESTAMP', 'CURRENT_USER', 'SESSION_USER', 'SYSTEM_USER', 'USER',
        'CURRENT_CATALOG', 'CURRENT_PATH', 'CURRENT_ROLE', 'CURRENT_SCHEMA'].map((w) => K[w]!)]),
    tableElements: new Set([K.PRIMARY!, K.WATERMARK!, K.CONSTRAINT!, K.UNIQUE!]),
    calls: new Set(['TRY_CAST', 'SAFE_CAST', 'EXTRACT', 'POSITION', 'CONVERT', 'TRANSLATE', 'OVERLAY', 'CEIL', 'SUBSTRING', 'TRIM',
      'TIMESTAMP_DIFF', 'TIME_DIFF', 'DATE_TRUNC', 'DATETIME_TRUNC', 'TIME_TRUNC', 'TIMESTAMP_TRUNC', 'CONTAINS_SUBSTR', 'PERIOD', 'JSON_VALUE', 'JSON_QUERY', 'JSON_EXISTS', 'JSON_OBJECT', 'JSON_ARRAY', 'JSON_OBJECTAGG',
      'JSON_ARRAYAGG', 'MATCH_NUMBER', 'CLASSIFIER', 'PREV', 'NEXT', 'MULTISET'].map((w) => K[w]!)),
  };
}

/**
 * A bare JOIN before the start of a table it cannot finish (`JOIN (`, `JOIN LATERAL`, `JOIN
 * UNNEST`): Calcite checks the join's next three tokens, so the text fails at JOIN; after two join
 * words (`LEFT JOIN (`) the check passes and the text fails later.
 */
function joinWindow(tokens: IToken[], ruleStack: string[]): number {
  const n = tokens.length;
  const last = tokens[n - 1]?.tokenType;
  const before = tokens[n - 3]?.tokenType;
  if (n < 3 || tokens[n - 2]!.tokenType !== K.JOIN || lookaheadSets().joins.has(before!) || before === K.CROSS || !ruleStack.includes('joinTail')) return -1;
  return last === LParen || last === K.LATERAL || last === K.UNNEST ? n - 2 : -1;
}

function lookaheadWindow(tokens: IToken[], ruleStack: string[]): number {
  const n = tokens.length;
  if (n === 0) return -1;
  const W = lookaheadSets();
  if (n === 1) return W.alone.has(tokens[0]!.tokenType) ? 0 : -1;
  const type = (i: number) => (i >= 0 ? tokens[i]!.tokenType : EOF);
  const operand = (i: number) => endsOperand(tokens, i);
  const inner = ruleStack[ruleStack.length - 1] ?? '';
  const last = type(n - 1);
  // (a partition spec's value is Calcite's Literal(), entered without looking ahead: `a = DATE`,
  // `a = INTERVAL` cut there fail at <EOF>)
  if (ruleStack.includes('partitionEntry')) return -1;
  if (W.typed.has(last) && inner === 'literal' || last === K.INTERVAL && ruleStack.includes('intervalLiteral')) {
    // MATCH_RECOGNIZE's WITHIN takes the literal itself, which fails at <EOF>
    if (type(n - 2) === K.WITHIN) return -1;
    // `a - INTERVAL`, `b = TIMESTAMP` fail at the operator; `FRESHNESS = INTERVAL` at INTERVAL
    return W.binary.has(type(n - 2)) && operand(n - 3) && type(n - 3) !== K.FRESHNESS ? n - 2 : n - 1;
  }
  // a binary operator and one token that begins its operand without completing it (`a = 1 AND
  // NOT`, `a AND -`, `a + CAST`, `a * (`, `a || JSON_VALUE`): Expression2 takes such an operator
  // only after checking three tokens (LOOKAHEAD(3) BinaryRowOperator() ...), so the text fails at
  // the operator; but for CASE, whose scan JavaCC passes (Flink: `1 + CASE` fails at <EOF>)
  if (n >= 3 && W.rowOps.has(type(n - 2)) && operand(n - 3) && !operand(n - 1) && last !== K.CASE && startsOperand(tokens[n - 1]!)) {
    const e = ruleStack.findLastIndex((r) => EXPRESSION_RULES.has(r));
    if (e >= 0 && !ruleStack.includes('query', e)) return n - 2;
  }
  // (IN's list is a parenExpr: `a IN 1` fails entering it)
  if (W.binary.has(last) && (EXPRESSION_RULES.has(inner) || inner === 'parenExpr' && last === K.IN && EXPRESSION_RULES.has(ruleStack[ruleStack.length - 2] ?? ''))) {
    // an operator after an operand (`a AND`, `a <>`, `a IS`, `a NOT`); the two-word operators
    // `a NOT IN`, `a IS NOT` are complete and fail at <EOF>
    return operand(n - 2) ? n - 1 : -1;
  }
  const join = joinWindow(tokens, ruleStack);
  if (join >= 0) return join;
  if (W.joins.has(last) && ruleStack.includes('joinTail')) {
    let i = n;
    while (i > 1 && W.joins.has(type(i - 1))) i--;
    return n - i <= 2 ? i : -1;
  }
  // optional parts Calcite takes after checking two or three tokens, so a text that ends inside
  // them fails at their first word: LIKE's `ESCAPE <char>`, an interval's `DAY TO <unit>`,
  // TRIM(`BOTH <chars> FROM`, the first table argument of a function called in FROM `f(TABLE <t>`
  // (in FROM TABLE(TUMBLE(TABLE ... it is an expression's argument, which fails at <EOF>), `TIMESTAMP WITHOUT TIME ZONE`
  if (last === K.ESCAPE && ruleStack.includes('predicateTail')) return n - 1;
  if (last === K.TO && ruleStack.includes('intervalQualifier')) return n - 1;
  if ((last === K.BOTH || last === K.LEADING || last === K.TRAILING) && ruleStack.includes('trimCall')) return n - 1;
  if (last === K.TABLE && type(n - 2) === LParen) {
    // (the error is raised in argValue, or in the name it expects after TABLE)
    const a = ruleStack.lastIndexOf('argValue');
    if (a >= ruleStack.length - 2 && ruleStack[a - 3] === 'tablePrimary') return n - 1;
  }
  if (inner === 'baseType' && (last === K.WITHOUT || last === K.TIME && type(n - 2) === K.WITHOUT)) return last === K.WITHOUT ? n - 1 : n - 2;
  // the type constructors MULTISET<...> and RAW(...) alone (not `INT MULTISET`, a suffix)
  if ((last === K.MULTISET || last === K.RAW) && inner === 'baseType') return n - 1;
  // Flink's IfNotExistsOpt() looks three tokens ahead (<IF> <NOT> <EXISTS>): cut before EXISTS it
  // is skipped; where a name comes next, IF is that name and the text fails at NOT (CREATE TABLE IF
  // NOT), elsewhere at IF (COMPILE PLAN 'f' IF, ALTER TABLE t ADD IF NOT)
  if (inner === 'ifNotExists' && (last === K.IF || last === K.NOT && type(n - 2) === K.IF)) {
    const parent = ruleStack[ruleStack.length - 2];
    if (parent !== 'compileStatement' && parent !== 'addPartitions') return last === K.NOT ? n - 1 : -1;
    return last === K.IF ? n - 1 : n - 2;
  }
  // words that begin a multi-token term or clause
  if (last === LParen && type(n - 2) === K.MATCH_RECOGNIZE) return n - 2;
  if (last === K.MATCH_RECOGNIZE || last === K.UNNEST) return n - 1;
  // (ARRAY as a constructor only, of a value or a type: `INT ARRAY`, `WITH ARRAY WRAPPER` fail at <EOF>)
  if (last === K.CAST && inner === 'castExpr' || last === K.ARRAY && (inner === 'constructorExpr' || inner === 'baseType')) return n - 1;
  // the other built-in calls Calcite enters after seeing their `(` (JSON_VALUE(, TRIM(, EXTRACT(,
  // ...): alone at the end they fail at their keyword; CASE, EXISTS and ROW are entered on one token
  if (W.calls.has(last) && ruleStack.includes('primary')) return n - 1;
  // the first element of a CREATE TABLE's list: `(PRIMARY`, `(WATERMARK` (after a comma: at <EOF>)
  if (W.tableElements.has(last) && type(n - 2) === LParen && ruleStack.includes('tableElement')) return n - 1;
  if (last === K.CURRENT && !ruleStack.includes('showStatement')) return n - 1;
  // VALUES opens a subquery in FROM (`FROM (VALUES`); after AS or INSERT INTO t it is the query
  if (last === K.VALUES && type(n - 2) === LParen && !ruleStack.includes('functionArgs')) return n - 1;
  // CREATE [TEMPORARY] FUNCTION, DROP [TEMPORARY] FUNCTION, EXPLAIN PLAN, STOP JOB 'id' WITH
  if (last === K.FUNCTION && (ruleStack.includes('createStatement') || ruleStack.includes('dropStatement')) && type(n - 2) !== K.SYSTEM) return n - 1;
  if (last === K.PLAN && ruleStack.includes('explainStatement')) return n - 1;
  if (last === K.WITH && ruleStack.includes('stopJobStatement')) return n - 1;
  // a hint's first option, until its comma or `)`: /*+ BROADCAST(t1   /*+ OPTIONS('k' = 'v'
  if (ruleStack.includes('hint')) {
    let i = n - 1;
    while (i > 0 && type(i) !== LParen && type(i) !== Comma && type(i) !== HintStart) i--;
    return type(i) === LParen && i < n - 1 && tokens.slice(0, i).some((x) => x.tokenType === HintStart) ? i + 1 : -1;
  }
  return -1;
}

// The rules of Calcite's Expression2 flat list: the operands and operators of one expression, up
// to a nested one (a function's arguments, parentheses, CASE, ...), which has a list of its own.
const FLAT_RULES = new Set(['betweenLow', 'notExpr', 'predicate', 'predicateTail', 'compOp', 'likeOp', 'additiveExpr', 'multiplicativeExpr', 'unaryExpr', 'postfixExpr', 'primary']);

/**
 * A BETWEEN without its AND, as Calcite finds it: Expression2 gathers an expression's operands and
 * operators into a flat list, and stops at the first token that continues none of them (its
 * look-ahead does not take an operator without an operand after it: `a BETWEEN 1 AND <EOF>`
 * stops before the AND). Only then does SqlParserUtil.toTree reduce the list, and
 * SqlBetweenOperator.reduceExpr, finding no AND after the BETWEEN's operand, throws "BETWEEN
 * operator has no terminating AND" one column past the list's last element, whatever token follows.
 * Returns the last token of that element, or undefined when the error is another one.
 */
function betweenWithoutAnd(e: IRecognitionException, tokens: IToken[], window: number): IToken | undefined {
  const stack = e.context?.ruleStack ?? [];
  const occurrences = e.context?.ruleOccurrenceStack ?? [];
  // the innermost BETWEEN whose list the error is in: the error's frames from it on are all flat
  let frame = -1;
  let high = false;
  for (let i = stack.length - 1; i >= 0 && FLAT_RULES.has(stack[i]!); i--) {
    if (stack[i] !== 'predicateTail') continue;
    const next = stack[i + 1];
    if (next === 'betweenLow' || (next === undefined && e.name === 'MismatchedTokenException' && /Was expecting "AND"$/.test(e.message))) frame = i;
    // predicateTail's SUBRULE4(additiveExpr): the upper bound, after the AND
    else if (next === 'additiveExpr' && occurrences[i + 1] === 4) { frame = i; high = true; }
    if (frame >= 0) break;
  }
  if (frame < 0) return undefined;
  const n = tokens.length;
  const t = e.token;
  const at = !t || t.tokenType === EOF || isNaN(t.startOffset) ? n : tokens.indexOf(t);
  if (at < 0) return undefined;
  const W = lookaheadSets();
  // the list ends before `end`
  let end: number;
  if (frame === stack.length - 1 && !high) end = at; // the AND was expected where the lower bound ended
  else {
    const w = window >= 0 ? window : at;
    // Expression2's loop looks two tokens ahead before it takes an operator: an operator with a
    // token after it (`AND NOT <EOF>`) is taken, and the text fails there, at the operator
    if (window >= 0 && window < n - 1) return undefined;
    if (endsOperand(tokens, w - 1)) end = w;
    // an operator before a token that cannot begin its operand: the loop stops before the operator
    else if (w >= 2 && W.binary.has(tokens[w - 1]!.tokenType) && endsOperand(tokens, w - 2) && (w === n || !startsOperand(tokens[w]!))) end = w - 1;
    else return undefined;
  }
  // after the AND the list has stopped at the AND itself (`a BETWEEN 1 AND <EOF>`), or the
  // BETWEEN is complete
  if (high && tokens[end]?.tokenType !== K.AND) return undefined;
  // the frame's BETWEEN: the last one before the error
  let between = Math.min(at, n) - 1;
  while (between >= 0 && tokens[between]!.tokenType !== K.BETWEEN) between--;
  let first = between + 1;
  if (tokens[first]?.tokenType === K.SYMMETRIC || tokens[first]?.tokenType === K.ASYMMETRIC) first++;
  // BETWEEN with no operand after it is not in the list (its two-token look-ahead failed)
  if (between < 0 || end <= first) return undefined;
  // the element's position: a parenthesized expression or query is its content's (Calcite returns
  // the inner node); a call, an IN list or a row (a, b) ends at its `)`
  let last = end - 1;
  while (tokens[last]!.tokenType === RParen) {
    let depth = 0;
    let open = last;
    let comma = false;
    for (; open >= first; open--) {
      const tt = tokens[open]!.tokenType;
      if (tt === RParen) depth++;
      else if (tt === LParen && --depth === 0) break;
      else if (tt === Comma && depth === 1) comma = true;
    }
    if (open < first || comma) break;
    const before = tokens[open - 1]!.tokenType;
    const parenthesized = open === first || before === LParen || (W.binary.has(before) && before !== K.IN);
    if (!parenthesized || last - 1 <= open) break;
    last--;
  }
  return tokens[last];
}

/**
 * CREATE SYSTEM / DROP SYSTEM without TEMPORARY, not followed by FUNCTION: Flink's grammar tries
 * SYSTEM FUNCTION with two tokens of look-ahead, else the CONNECTION statement takes SYSTEM and,
 * before reading on, rejects it (so `DROP SYSTEM TABLE t`, `CREATE SYSTEM` fail at SYSTEM with the
 * CONNECTION message). Returns the diagnostic, or undefined when the error is another one.
 */
function systemWithoutTemporary(e: IRecognitionException, tokens: IToken[]): Diagnostic | undefined {
  const t = e.token;
  const at = !t || t.tokenType === EOF || isNaN(t.startOffset) ? tokens.length : tokens.indexOf(t);
  const system = tokens[at - 1];
  const verb = tokens[0]?.tokenType;
  if (at < 2 || system?.tokenType !== K.SYSTEM || (verb !== K.CREATE && verb !== K.DROP)) return undefined;
  if (tokens.slice(1, at - 1).some((x) => x.tokenType === K.TEMPORARY)) return undefined;
  const what = verb === K.CREATE ? 'CREATE' : 'DROP';
  const how = verb === K.CREATE ? 'registered' : 'dropped';
  return {
    code: 'FSQL001', severity: 'error', range: tokenRange(system),
    message: `${what} SYSTEM CONNECTION is not supported, system connections can only be ${how} as temporary connections, you can use ${what} TEMPORARY SYSTEM CONNECTION instead. (at ${pos(system)})`,
  };
}

/**
 * Where our parser looks two tokens ahead but Calcite/Flink take a word on its own and then fail at
 * <EOF>: CREATE OR (then REPLACE or ALTER), a window frame's UNBOUNDED (Calcite's last alternative,
 * an expression, takes it as a name and then wants PRECEDING/FOLLOWING). True when the text ends
 * with such a word and our parser failed on it.
 */
function takenOnOneToken(e: IRecognitionException, tokens: IToken[]): boolean {
  const t = e.token;
  if (!t || e.name !== 'NoViableAltException' || t !== tokens[tokens.length - 1]) return false;
  const inner = e.context?.ruleStack?.[e.context.ruleStack.length - 1];
  return (inner === 'createStatement' && t.tokenType === K.OR) || (inner === 'frameBound' && t.tokenType === K.UNBOUNDED);
}

/**
 * Where a query must come (a statement's start, after EXECUTE, INSERT INTO t, ...) Flink's parser
 * reads an expression too, and rejects it after its first operand ("Non-query expression
 * encountered in illegal context", Calcite's checkNonQueryExpression at the last token read): at a
 * prefix operator (`-1`, `NOT x`, `EXISTS (...)`), inside a parenthesized list at its first element
 * (`(x + 1)` at x), otherwise at the operand's last token (`a.b` at b, `f(x) OVER w` at w, `CASE
 * ... END` at END; postfix `[i]`, `.f`, `::T` come after the check). Returns that token, or
 * undefined when tokens[i] does not begin such an expression or the operand does not parse.
 */
function nonQueryOperandEnd(tokens: IToken[], i: number): IToken | undefined {
  const t = tokens[i];
  if (!t || !startsOperand(t) || QUERY_START.has(t.tokenType)) return undefined;
  if (t.tokenType === Plus || t.tokenType === Minus || t.tokenType === K.NOT || t.tokenType === K.EXISTS) return t;
  // a parenthesized list and ROW(...): the first element (Calcite parses it in the same context)
  if (t.tokenType === LParen) return nonQueryOperandEnd(tokens, i + 1);
  if (t.tokenType === K.ROW && tokens[i + 1]?.tokenType === LParen) return nonQueryOperandEnd(tokens, i + 2);
  const parser = getParser();
  parser.setCstOutput(false);
  parser.input = tokens.slice(i);
  try {
    parser.primary();
  } catch {
    return undefined;
  }
  if (parser.errors.some((x) => x.name !== 'NotAllInputParsedException')) return undefined;
  const last = parser.lastConsumed();
  return tokens.indexOf(last, i) >= i ? last : undefined;
}

function errorDiagnostic(e: IRecognitionException, slice: StatementSlice, text?: string): Diagnostic {
  const t: IToken | undefined = e.token;
  let range: Range;
  let where: string;
  let image: string;
  const system = systemWithoutTemporary(e, slice.tokens);
  if (system) return system;
  // VALUES (, 1) / VALUES (): Flink's row constructor takes the `(` and fails at what follows
  // (our look-ahead fails on the `(` itself)
  if (t && t.tokenType === LParen && e.context?.ruleStack?.at(-1) === 'valuesRow') {
    const next = slice.tokens[slice.tokens.indexOf(t) + 1];
    if (next && (next.tokenType === Comma || next.tokenType === RParen)) {
      return { code: 'FSQL001', severity: 'error', range: tokenRange(next), message: `Encountered "${next.image}" at ${pos(next)}. Was expecting an expression` };
    }
  }
  // what the grammar takes after the statement's tokens before the failing one (up to three checks
  // below ask; the walk is done once)
  let nextTypes: TokenType[] | undefined;
  const nextBeforeToken = (): TokenType[] => (nextTypes ??= nextTokenTypes(getParser(), 'statement', slice.tokens.slice(0, slice.tokens.indexOf(t!))));
  const atEnd = !t || t.tokenType === EOF || isNaN(t.startOffset) || takenOnOneToken(e, slice.tokens);
  let window = atEnd ? lookaheadWindow(slice.tokens, e.context?.ruleStack ?? []) : -1;
  // `JOIN (`: our parser fails on the `(` itself, Flink before it
  if (!atEnd && t === slice.tokens[slice.tokens.length - 1]) window = joinWindow(slice.tokens, e.context?.ruleStack ?? []);
  // (not where the parser's own checks failed: `FROM (t)` is "Expected query or join" in Flink too)
  if (!atEnd && window < 0 && t && /^Encountered .*\. Was expecting /.test(e.message)) {
    const i = slice.tokens.indexOf(t);
    // a statement's non-reserved first word followed by none of what it takes (DESC SELECT 1,
    // UNLOAD (SELECT 1), ADD (x)): Flink 2.3.0 reads the statement as an expression from that name
    const statementWord = i === 1 && tokenMatcher(slice.tokens[0]!, Ident);
    // (the cheap checks first: the grammar walk only for a token that can begin an operand)
    const end = statementWord ? nonQueryOperandEnd(slice.tokens, 0)
      : startsOperand(t) && !QUERY_START.has(t.tokenType) && nextBeforeToken().includes(K.SELECT!)
        ? nonQueryOperandEnd(slice.tokens, i) : undefined;
    if (end) {
      return {
        code: 'FSQL001', severity: 'error', range: tokenRange(end),
        message: `Non-query expression encountered in illegal context (at ${pos(end)}): a query (SELECT, VALUES, WITH, TABLE) or a statement must come here, not an expression`,
      };
    }
  }
  const between = betweenWithoutAnd(e, slice.tokens, window);
  if (between) {
    // Flink's position is one past the element, which may be past the end of the text
    const p = tokenRange(between).end;
    const where = `line ${p.line + 1}, column ${p.character + 1}`;
    return {
      code: 'FSQL001', severity: 'error', range: { start: p, end: p },
      message: `BETWEEN operator has no terminating AND (at ${where}); write x BETWEEN low AND high`,
    };
  }
  // the same look-ahead when the text goes on with a token that cannot come next (`a = = 1`,
  // `a IN 1`, `SHOW TABLE`): Flink's check fails on it, before the construct (not when only our
  // parser's deeper look-ahead failed there: `LEFT JOIN (` is a start Flink takes)
  let failing: IToken | undefined;
  if (!atEnd && window < 0 && t) {
    const i = slice.tokens.indexOf(t);
    if (i > 0) {
      const w = lookaheadWindow(slice.tokens.slice(0, i), e.context?.ruleStack ?? []);
      if (w >= 0 && !nextBeforeToken().some((tt) => tokenMatcher(t, tt))) {
        window = w;
        failing = t;
      }
    }
  }
  if (window >= 0) {
    // Flink stopped before the statement's last tokens: they begin a construct it recognises
    // only by looking two or more tokens ahead, and the text ends inside that look-ahead (or goes
    // on with a token that fails it)
    const w = failing ? slice.tokens.slice(window, slice.tokens.indexOf(failing)) : slice.tokens.slice(window);
    image = [...w.map((x) => x.image), failing ? failing.image : '<EOF>'].join(' ');
    where = pos(w[0]!);
    range = { start: tokenRange(w[0]!).start, end: tokenRange(w[w.length - 1]!).end };
  } else if (atEnd) {
    const last = slice.tokens[slice.tokens.length - 1];
    let line = last ? last.endLine! : 1;
    let col = last ? last.endColumn! + 1 : 1;
    image = '<EOF>';
    if (slice.semicolon) {
      range = tokenRange(slice.semicolon);
    } else if (last && text !== undefined) {
      // At the end of the text Flink's parser (JavaCC) puts <EOF> at the last character it read,
      // trailing blanks and comments included: `... WHERE` -> the E, `... WHERE\n` -> the newline.
      const p = lastCharPosition(text, last, slice.rawEnd);
      line = p.line;
      col = p.col;
      const c = text.charCodeAt(slice.rawEnd - 1);
      const start = { line: line - 1, character: col - 1 };
      range = { start, end: c === 10 || c === 13 ? start : { line: line - 1, character: col } };
    } else {
      range = { start: { line: line - 1, character: col - 1 }, end: { line: line - 1, character: col - 1 } };
    }
    where = `line ${line}, column ${col}`;
  } else {
    // Flink reports a token that cannot follow a dot of a name at the dot: its compound identifier
    // looks two tokens ahead (`. name`) and stops before the dot: Encountered ". date", ". .",
    // ". =", ". AS" (our name rules take the dot and fail on the next token)
    const i = slice.tokens.indexOf(t);
    const prev = i > 0 ? slice.tokens[i - 1] : undefined;
    const afterDot = prev && prev.image === '.' && t.image !== '*' && (isReservedWord(t.image.toUpperCase()) || !tokenMatcher(t, Ident));
    const at = afterDot ? prev! : t;
    where = pos(at);
    image = afterDot ? `. ${t.image}` : t.image;
    range = afterDot ? { start: tokenRange(prev!).start, end: tokenRange(t).end } : tokenRange(t);
  }
  // "Encountered "x". Was expecting ..." -> put Flink's position after the token
  let detail = e.message.replace(/^Encountered "(?:[^"]|"")*"\.\s*/, '');
  // a statement that is whole before the token (`SELECT a b c`): what could have continued it, not
  // just the end of the statement. The grammar walk knows no gates: when it would take the token
  // (`TIMESTAMP(x) FILTER`, a gate said no), its list is not what the parser takes either.
  if (e.name === 'NotAllInputParsedException' && t && !atEnd) {
    const next = nextBeforeToken().filter((tt) => tt !== EOF);
    // keywords first, alphabetically (the clauses that could come next), then operators
    const kw = (tt: TokenType) => (tt.name.startsWith('KW_') ? 0 : 1);
    next.sort((a, b) => kw(a) - kw(b) || (kw(a) === 0 ? compareKeywordNames(a.name, b.name) : 0));
    if (next.length > 0 && !next.some((tt) => tokenMatcher(t, tt))) detail = expectingList([...next, Semicolon, EOF]);
  }
  // the word taken on its own (takenOnOneToken) is followed by one of these
  if (atEnd && t && t.tokenType === K.OR) detail = 'Was expecting one of: "REPLACE", "ALTER"';
  else if (atEnd && t && t.tokenType === K.UNBOUNDED) detail = 'Was expecting one of: "PRECEDING", "FOLLOWING"';
  let message = `Encountered "${image}" at ${where}. ${detail}`;
  if (image === '!=') message = `Bang equal '!=' is not allowed under the current SQL conformance level (at ${where}); use <>`;
  let code = 'FSQL001';
  if (t && t.tokenType !== EOF && isReservedWord(t.image.toUpperCase()) && !CLAUSE_WORDS.has(t.image.toUpperCase()) && /<IDENTIFIER>/.test(detail)) {
    code = 'FSQL002';
    // a reserved function name without its parentheses: `SELECT SUM FROM t`
    const inExpression = e.context?.ruleStack?.[e.context.ruleStack.length - 1] === 'primary';
    const what = inExpression && tokenMatcher(t, FuncNameKw) && t.tokenType !== K.USER
      ? `"${t.image}" is a reserved function name in Flink SQL: call it, ${t.image}(...), or back-quote it to use it as a name: \`${t.image}\``
      : `"${t.image}" is a reserved keyword in Flink SQL and cannot be used as a name here; back-quote it: \`${t.image}\``;
    message = `Encountered "${image}" at ${where}. ${what}. ${detail}`;
  }
  return { code, severity: 'error', message, range };
}

/** The order of a character of a keyword's token name in ICU's root collation: `_`, digits, letters. */
function collationRank(c: number): number {
  return c === 95 ? 0 : c >= 48 && c <= 57 ? c - 47 : c >= 65 && c <= 90 ? c - 54 : -1;
}

/**
 * `a.localeCompare(b)` for token names of `_`, digits and capital letters (every KW_ name; a
 * test compares both on all pairs), without it: the first localeCompare of a process loads ICU's
 * collation data, ~80M instructions (~25 ms), the cost of parsing a hundred statements.
 */
export function compareKeywordNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = collationRank(a.charCodeAt(i)), y = collationRank(b.charCodeAt(i));
    if (x < 0 || y < 0) return a.localeCompare(b);
    if (x !== y) return x - y;
  }
  for (let i = n; i < a.length; i++) if (collationRank(a.charCodeAt(i)) < 0) return a.localeCompare(b);
  for (let i = n; i < b.length; i++) if (collationRank(b.charCodeAt(i)) < 0) return a.localeCompare(b);
  return a.length - b.length;
}

function sliceRange(slice: StatementSlice): Range {
  const first = slice.tokens[0]!;
  const last = slice.tokens[slice.tokens.length - 1]!;
  return { start: tokenRange(first).start, end: tokenRange(last).end };
}

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const statements: Statement[] = [];
  const diagnostics: Diagnostic[] = [];
  // Chevrotain reports a syntax error by throwing a RecognitionException, an Error: capturing
  // its stack, which nothing reads, cost more than the rest of the error handling.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parseInto(String(text ?? ''), statements, diagnostics, options.recover === true, options.diagnosticsOnly === true);
  } catch (err) {
    // a bug in the front end must not take the caller down; report it as a diagnostic
    diagnostics.push({
      code: 'FSQL001', severity: 'error',
      message: `Internal parser error: ${err instanceof Error ? err.message : String(err)}`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { statements, diagnostics };
}

/** The keywords of the statements whose AST building can find an error (build.ts actionErrors). */
let buildErrorKeywords: Uint8Array | undefined;
function mayHaveBuildError(tokens: IToken[]): boolean {
  if (!buildErrorKeywords) {
    const types = [K.LIMIT!, K.MINUS!, K.APPLY!, K.DRAIN!, K.SYSTEM!, K.MATERIALIZED!, K.BETWEEN!, K.WATERMARK!];
    buildErrorKeywords = new Uint8Array(Math.max(...types.map((t) => t.tokenTypeIdx!)) + 1);
    for (const t of types) buildErrorKeywords[t.tokenTypeIdx!] = 1;
  }
  for (let i = 0; i < tokens.length; i++) if (buildErrorKeywords[tokens[i]!.tokenType.tokenTypeIdx!] === 1) return true;
  // CREATE TABLE t (a, b) without AS: column names without types (a name between `(` and `,`/`)`)
  if (tokens[0]?.tokenType === K.CREATE) {
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i]!.tokenType;
      if ((t === Comma || t === RParen) && tokens[i - 2]!.tokenType === LParen && tokenMatcher(tokens[i - 1]!, Ident)) return true;
    }
  }
  return false;
}

/**
 * The token kinds of statements that parsed without an error and needed no tree (diagnosticsOnly):
 * `flinksql check --syntax-only` over many files parses a repeated statement shape once (the docs
 * corpus: 586 statements, 345 shapes). Bounded; cleared when full.
 */
const cleanShapes = new Set<string>();
const MAX_CLEAN_SHAPES = 20000;
function shapeOf(tokens: IToken[]): string {
  let key = '';
  for (let i = 0; i < tokens.length; i++) key += tokens[i]!.tokenType.tokenTypeIdx! + ',';
  return key;
}

function parseInto(text: string, statements: Statement[], diagnostics: Diagnostic[], recover: boolean, diagnosticsOnly: boolean): void {
  const lexed = tokenize(text);
  for (const e of lexed.errors) {
    diagnostics.push({
      code: 'FSQL003', severity: 'error', message: e.message,
      range: {
        start: { line: e.line - 1, character: e.column - 1 },
        end: { line: e.line - 1, character: e.column - 1 + Math.min(e.length, 1) },
      },
    });
  }
  const parser = getParser();
  for (const slice of splitStatements(lexed.tokens, text.length)) {
    if (slice.tokens.length === 0) continue;
    const range = sliceRange(slice);
    const first = slice.tokens[0]!.tokenType;
    if (first === K.SET || first === K.RESET || first === K.HELP || first === K.QUIT || first === K.EXIT || first === K.CLEAR) {
      const legacy = legacyStatement(text.slice(slice.rawStart, slice.rawEnd), range);
      if (legacy) {
        if (!diagnosticsOnly) statements.push(legacy);
        continue;
      }
    }
    // a lexical error inside the statement already explains why it cannot parse
    const lexicalError = lexed.errors.some((e) => e.offset >= slice.rawStart && e.offset < slice.rawEnd);
    // without an AST to build, the parser builds no CST either (only its verdict is wanted)
    const wantsTree = !diagnosticsOnly || (!lexicalError && mayHaveBuildError(slice.tokens));
    // Only the verdict wanted: a lexical error is the statement's only diagnostic, and tokens of
    // the same kinds in the same order as a statement that parsed without an error parse the same
    // way (the grammar, its look-ahead and its gates read token kinds only, never images)
    let shape: string | undefined;
    if (!wantsTree) {
      if (lexicalError) continue;
      shape = shapeOf(slice.tokens);
      if (cleanShapes.has(shape)) continue;
    }
    parser.setCstOutput(wantsTree);
    parser.input = slice.tokens;
    let cst: CstNode | undefined;
    try {
      cst = parser.statement();
    } catch {
      cst = undefined;
    }
    const errors = parser.errors;
    if (shape !== undefined && errors.length === 0) {
      if (cleanShapes.size >= MAX_CLEAN_SHAPES) cleanShapes.clear();
      cleanShapes.add(shape);
    }
    if (errors.length > 0) {
      // the first error is the same with recovery; recovery only adds a partial tree
      cst = undefined;
      if (recover) {
        const rp = getParser(true);
        rp.input = slice.tokens;
        try {
          cst = rp.statement();
        } catch {
          cst = undefined;
        }
      }
    }
    if (errors.length > 0 && !lexicalError) diagnostics.push(errorDiagnostic(errors[0]!, slice, text));
    let st: Statement | undefined;
    if (cst && wantsTree && (!diagnosticsOnly || errors.length === 0)) {
      try {
        st = buildStatement(cst);
      } catch {
        st = undefined;
      }
      const actionErrors = takeActionErrors();
      if (errors.length === 0 && !lexicalError && actionErrors.length > 0) {
        const a = actionErrors.sort((x, y) => x.token.startOffset - y.token.startOffset)[0]!;
        diagnostics.push({ code: 'FSQL001', severity: 'error', message: `${a.message} (at ${pos(a.token)})`, range: tokenRange(a.token) });
      }
    }
    if (diagnosticsOnly) continue;
    if (!st || (errors.length > 0 && st.kind === 'InvalidStatement')) {
      st = { kind: 'InvalidStatement', range, text: text.slice(slice.tokens[0]!.startOffset, (slice.tokens[slice.tokens.length - 1]!.endOffset ?? 0) + 1) };
    }
    if (st.kind === 'InvalidStatement' && !st.text) st.text = text.slice(slice.tokens[0]!.startOffset, (slice.tokens[slice.tokens.length - 1]!.endOffset ?? 0) + 1);
    statements.push(st);
  }
}

// ---------------------------------------------------------------------------------------------
// Token-level API

export type TokenCategory = 'keyword' | 'identifier' | 'string' | 'number' | 'operator' | 'hint' | 'parameter';

export interface LexedToken {
  image: string;
  /** 0-based offset and length in UTF-16 code units. */
  offset: number;
  length: number;
  range: Range;
  category: TokenCategory;
  /** For keywords: true when Flink reserves the word (it cannot be a bare name). */
  reserved?: boolean;
}

function categoryOf(tt: TokenType): TokenCategory {
  if (tt === PlainIdent || tt === QuotedIdent) return 'identifier';
  if (tt === StringLit || tt === PrefixedStringLit || tt === BinaryStringLit) return 'string';
  if (tt === IntegerLit || tt === DecimalLit || tt === ApproxLit) return 'number';
  if (tt === HintStart || tt === HintEnd) return 'hint';
  if (tt === Question) return 'parameter';
  if (tt === ReservedWord || tt.name.startsWith('KW_')) return 'keyword';
  return 'operator';
}

/** All tokens of `text` (comments and whitespace are not tokens). Never throws. */
export function lexTokens(text: string): LexedToken[] {
  try {
    return tokenize(text).tokens.map((t) => {
      const category = categoryOf(t.tokenType);
      const out: LexedToken = { image: t.image, offset: t.startOffset, length: t.image.length, range: tokenRange(t), category };
      if (category === 'keyword') out.reserved = isReservedWord(t.image.toUpperCase());
      return out;
    });
  } catch {
    return [];
  }
}

/**
 * Keywords (upper case) that may follow `textBefore` in its last statement, from Chevrotain's
 * content assist over the grammar. Empty when nothing is known. Never throws.
 */
export function expectedTokens(textBefore: string): string[] {
  try {
    const { tokens } = tokenize(textBefore);
    const slices = splitStatements(tokens, textBefore.length);
    const endsWithSemicolon = tokens.length > 0 && tokens[tokens.length - 1]!.tokenType === Semicolon;
    const last = endsWithSemicolon ? [] : (slices[slices.length - 1]?.tokens ?? []);
    // a word being typed is not part of the context
    let context = last;
    const tail = last[last.length - 1];
    if (tail && (tail.endOffset ?? 0) + 1 === textBefore.length && /\w$/.test(textBefore)) context = last.slice(0, -1);
    const out = new Set<string>();
    for (const tt of nextTokenTypes(getParser(), 'statement', context)) {
      if (tt.name.startsWith('KW_')) out.add(tt.name.slice(3));
      else if (tt === FuncNameKw || tt === Ident) continue;
    }
    return [...out].sort();
  } catch {
    return [];
  }
}

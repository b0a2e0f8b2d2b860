// Chevrotain grammar of Flink 2.3.0's default SQL dialect (Calcite 1.36's Parser.jj plus Flink's
// parserImpls.ftl). One statement per parse: parse.ts splits the token stream at top-level `;`
// and feeds each statement to the singleton parser, so a broken statement never hides the next.
//
// Names: wherever Flink takes an identifier, `Ident` matches plain and back-quoted identifiers and
// every non-reserved keyword (token category, see tokens.ts); reserved words never match it.
// Rare statements use small generic-but-strict rules (they still reject what Flink rejects).
import { CstParser, EarlyExitException, EOF, LLkLookaheadStrategy, NonTerminal, NoViableAltException, Terminal, tokenMatcher } from 'chevrotain';
import type { IParserErrorMessageProvider, IProduction, IToken, Rule, TokenType } from 'chevrotain';
import {
  allTokens, K, Ident, FuncNameKw, StringLit, PrefixedStringLit, BinaryStringLit, IntegerLit, DecimalLit,
  ApproxLit, HintStart, HintEnd, LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Dot, Colon,
  Question, Arrow, Semicolon, Eq, Neq, Lt, Le, Gt, Ge, Plus, Minus, Star, Slash, Percent, Concat, Pipe,
  Caret, Dollar, QuotedIdent, ReservedWord, isReservedWord,
} from './tokens.ts';
import { LOOKAHEAD_TABLE, PREDICATED } from './lookahead-table.ts';
import { GAST_TABLE } from './gast-table.ts';
import { nextTokenTypes } from './assist.ts';
import { decodeGast } from './gast-codec.ts';
import type { EncodedNode } from './gast-codec.ts';

// Calcite's TimeUnit(): the units of interval qualifiers (plural spellings allowed).
/** an interval unit's token as its singular name (DAYS -> DAY) */
function unitBase(tt: TokenType | undefined): string {
  const name = tt?.name?.replace(/^KW_/, '') ?? '';
  return name.endsWith('S') ? name.slice(0, -1) : name;
}
/** what may follow FINAL / RUNNING besides a name or a function name */
const MODIFIER_OPERAND_STARTS = new Set<TokenType>([
  LParen, Plus, Minus, Question, StringLit, PrefixedStringLit, BinaryStringLit, IntegerLit, DecimalLit, ApproxLit,
  ...['CASE', 'CAST', 'TRY_CAST', 'ROW', 'ARRAY', 'MAP', 'MULTISET', 'INTERVAL', 'TRUE', 'FALSE', 'NULL', 'UNKNOWN', 'DATE', 'TIME', 'TIMESTAMP'].flatMap((w) => (K[w] ? [K[w]] : [])),
]);
/** the units `start TO end` may end with (Calcite's IntervalQualifier) */
const INTERVAL_ENDS: Record<string, string[]> = { YEAR: ['MONTH'], DAY: ['HOUR', 'MINUTE', 'SECOND'], HOUR: ['MINUTE', 'SECOND'], MINUTE: ['SECOND'] };
const INTERVAL_UNITS = [
  'YEAR', 'YEARS', 'QUARTER', 'QUARTERS', 'MONTH', 'MONTHS', 'WEEK', 'WEEKS', 'DAY', 'DAYS', 'HOUR', 'HOURS',
  'MINUTE', 'MINUTES', 'SECOND', 'SECONDS',
];

const CALCITE_LABELS: Record<string, string> = {
  Ident: '<IDENTIFIER>', StringLit: '<QUOTED_STRING>', IntegerLit: '<UNSIGNED_INTEGER_LITERAL>',
  DecimalLit: '<DECIMAL_NUMERIC_LITERAL>', ApproxLit: '<APPROX_NUMERIC_LITERAL>',
  PrefixedStringLit: '<PREFIXED_STRING_LITERAL>', BinaryStringLit: '<BINARY_STRING_LITERAL>',
  FuncNameKw: '<FUNCTION_NAME>', PlainIdent: '<IDENTIFIER>', QuotedIdent: '<QUOTED_IDENTIFIER>',
};

function tokenLabel(t: TokenType): string {
  const l = t.LABEL ?? t.name;
  const c = CALCITE_LABELS[t.name];
  if (c) return c;
  if (t === EOF) return '<EOF>';
  return l.startsWith('"') ? l : `"${l}"`;
}

function encountered(tok: IToken): string {
  if (tok.tokenType === EOF) return '"<EOF>"';
  return `"${tok.image}"`;
}

export function expectingList(types: TokenType[]): string {
  // FINAL/RUNNING (MATCH_RECOGNIZE only) would lead every expression's list
  const labels = [...new Set(types.map(tokenLabel))].filter((l) => l !== '"FINAL"' && l !== '"RUNNING"');
  // a name first: it is what a reserved word used as a name needs to hear about
  const id = labels.indexOf('<IDENTIFIER>');
  if (id > 0) labels.unshift(...labels.splice(id, 1));
  const shown = labels.slice(0, 12);
  return `Was expecting one of: ${shown.join(', ')}${labels.length > shown.length ? ', ...' : ''}`;
}

/** Flink-style messages; parse.ts prefixes the position ("at line L, column C"). */
export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `Encountered ${encountered(actual)}. Was expecting ${tokenLabel(expected)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Encountered ${encountered(firstRedundant)}. Was expecting one of: <EOF>, ";"`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual }) {
    const firsts = expectedPathsPerAlt.flatMap((alt) => alt.map((path) => path[0]!)).filter(Boolean);
    return `Encountered ${encountered(actual[0]!)}. ${expectingList(firsts)}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual }) {
    const firsts = expectedIterationPaths.map((p) => p[0]!).filter(Boolean);
    return `Encountered ${encountered(actual[0]!)}. ${expectingList(firsts)}`;
  },
};

export const QUERY_START = new Set<TokenType>([K.SELECT!, K.WITH!, K.VALUES!, K.VALUE!, K.TABLE!]);

/** The parser's LL(k). */
export const LOOKAHEAD_K = 2;

type LLk = InstanceType<typeof LLkLookaheadStrategy>;
type AltOptions = Parameters<LLk['buildLookaheadForAlternation']>[0];
type AltFn = ReturnType<LLk['buildLookaheadForAlternation']>;
type OptOptions = Parameters<LLk['buildLookaheadForOptional']>[0];
type OptFn = ReturnType<LLk['buildLookaheadForOptional']>;
type Path = TokenType[];
/** What Chevrotain's token types carry once the lexer/parser has augmented them. */
type AugmentedType = TokenType & { tokenTypeIdx: number; categoryMatches: number[]; categoryMatchesMap: Record<number, boolean>; isParent: boolean };
interface Recognizer { LA_FAST(i: number): IToken }

/** The indexes of the token types a token of `type` can be: its own, and a category's members. */
function typeIdxs(type: TokenType): number[] {
  const t = type as AugmentedType;
  return [t.tokenTypeIdx, ...t.categoryMatches];
}

/** A path as the sets of token type indexes each of its tokens may have (`members`). */
type MemberPath = Uint8Array[];
let memberSets: Map<TokenType, Uint8Array> | undefined;
let typeCount = 0;
/** The token type indexes a token of `type` can have, as a byte per index (shared per type). */
function members(type: TokenType): Uint8Array {
  memberSets ??= new Map();
  let m = memberSets.get(type);
  if (!m) {
    typeCount ||= Math.max(...[...allTokens, EOF].map((t) => (t as AugmentedType).tokenTypeIdx ?? 0)) + 1;
    m = new Uint8Array(typeCount);
    for (const idx of typeIdxs(type)) m[idx] = 1;
    memberSets.set(type, m);
  }
  return m;
}
const memberPaths = (paths: Path[]): MemberPath[] => paths.map((p) => p.map(members));

/**
 * Whether the next tokens follow one of the paths, each path's tokens as index sets: no call
 * and no category look-up per token (a short run parses in V8's interpreter, where matching
 * paths token by token was a sixth of the parse).
 */
function followsMembers(r: Recognizer, paths: MemberPath[]): boolean {
  const a = (r.LA_FAST(1).tokenType as AugmentedType).tokenTypeIdx;
  let b = -1;
  next: for (let j = 0; j < paths.length; j++) {
    const path = paths[j]!;
    const n = path.length;
    if (n === 0) return true;
    if (path[0]![a] !== 1) continue;
    if (n === 1) return true;
    if (b < 0) b = (r.LA_FAST(2).tokenType as AugmentedType).tokenTypeIdx;
    if (path[1]![b] !== 1) continue;
    for (let i = 2; i < n; i++) if (path[i]![(r.LA_FAST(i + 1).tokenType as AugmentedType).tokenTypeIdx] !== 1) continue next;
    return true;
  }
  return false;
}

// Lookahead functions from paths: the same decisions as Chevrotain's own builders
// (lookahead.js: buildAlternativesLookAheadFunc, buildSingleAlternativeLookaheadFunction).
function alternativesFunc(alts: Path[][], hasPredicates: boolean): AltFn {
  const n = alts.length;
  const oneToken = alts.every((alt) => alt.every((p) => p.length === 1));
  // Only the alternatives a path of which can start with LA(1) are tried (in their order): a
  // statement or primary has dozens, most ruled out by the first token. An alternative with an
  // empty path is a candidate for every token. The candidates for a token type are worked out
  // when the decision first meets it: a category among the first tokens (Ident stands for
  // hundreds of keywords) is never expanded per decision, which was most of building a
  // decision, and a short run meets few token types per decision.
  const firsts: Uint8Array[][] = alts.map((alt) => {
    const types = new Set<TokenType>();
    for (const path of alt) {
      const first = path[0];
      if (!first) return [];
      types.add(first);
    }
    return [...types].map(members);
  });
  const always = firsts.map((f) => f.length === 0);
  const byFirst: (readonly number[])[] = [];
  const candidatesAt = (idx: number): readonly number[] => {
    const c: number[] = [];
    for (let t = 0; t < n; t++) if (always[t] || firsts[t]!.some((m) => m[idx] === 1)) c.push(t);
    return (byFirst[idx] = c);
  };
  if (!hasPredicates && oneToken) {
    // one token decides: the first alternative that takes it (undefined: none)
    return function (this: Recognizer) {
      const idx = (this.LA_FAST(1).tokenType as AugmentedType).tokenTypeIdx;
      return (byFirst[idx] ?? candidatesAt(idx))[0];
    } as AltFn;
  }
  const altMembers = alts.map(memberPaths);
  return function (this: Recognizer, orAlts: { GATE?: () => boolean }[]) {
    const idx = (this.LA_FAST(1).tokenType as AugmentedType).tokenTypeIdx;
    const candidates = byFirst[idx] ?? candidatesAt(idx);
    for (let k = 0; k < candidates.length; k++) {
      const t = candidates[k]!;
      if (hasPredicates) {
        const gate = orAlts[t]!.GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
      }
      if (followsMembers(this, altMembers[t]!)) return t;
    }
    return undefined;
  } as AltFn;
}

function optionalFunc(alt: Path[]): OptFn {
  if (alt.every((p) => p.length === 1)) {
    const types = alt.flat() as AugmentedType[];
    if (types.length === 1 && types[0]!.categoryMatches.length === 0) {
      const idx = types[0]!.tokenTypeIdx;
      return function (this: Recognizer) {
        return (this.LA_FAST(1).tokenType as AugmentedType).tokenTypeIdx === idx;
      } as OptFn;
    }
    // a byte per token type index (a category's members included), shared per type
    const sets = [...new Set(types)].map(members);
    if (sets.length === 1) {
      const set = sets[0]!;
      return function (this: Recognizer) {
        return set[(this.LA_FAST(1).tokenType as AugmentedType).tokenTypeIdx] === 1;
      } as OptFn;
    }
    return function (this: Recognizer) {
      const idx = (this.LA_FAST(1).tokenType as AugmentedType).tokenTypeIdx;
      for (let i = 0; i < sets.length; i++) if (sets[i]![idx] === 1) return true;
      return false;
    } as OptFn;
  }
  const paths = memberPaths(alt);
  return function (this: Recognizer) {
    return followsMembers(this, paths);
  } as OptFn;
}

// Chevrotain's keys of decisions (grammar/keys.js): kind << 8 | occurrence.
const DECISION_KEYS: Record<string, number> = {
  Alternation: 1 << 8, Option: 2 << 8, Repetition: 3 << 8, RepetitionMandatory: 4 << 8,
  RepetitionWithSeparator: 5 << 8, RepetitionMandatoryWithSeparator: 6 << 8,
};
/** What a call's arguments may hold beyond the common ones (functionArgs reads it). */
type CallKind = 'table' | 'keyValues' | 'navigation' | 'needsArgs' | 'ordered' | 'jsonValue' | 'jsonQuery' | 'jsonExists' | 'jsonArray' | 'jsonArrayAgg';
/** Which JSON clauses a JSON function takes (jsonClause's argument). */
type JsonFn = 'value' | 'query' | 'exists' | 'constructor';
const JSON_FNS: Partial<Record<CallKind, JsonFn>> = {
  jsonValue: 'value', jsonQuery: 'query', jsonExists: 'exists', keyValues: 'constructor', jsonArray: 'constructor', jsonArrayAgg: 'constructor',
};
/** Functions called without parentheses (CURRENT_DATE, ...). */
const NILADIC = ['CURRENT_DATE', 'CURRENT_TIME', 'CURRENT_TIMESTAMP', 'LOCALTIME', 'LOCALTIMESTAMP', 'CURRENT_USER',
  'SESSION_USER', 'SYSTEM_USER', 'CURRENT_CATALOG', 'CURRENT_PATH', 'CURRENT_ROLE', 'CURRENT_SCHEMA'].map((n) => K[n]!);
/**
 * Calls with a syntax of their own in Calcite's grammar (the window functions TUMBLE/HOP/SESSION,
 * TIMESTAMPADD, ARRAY_AGG, the BigQuery-style *_TRUNC and *_DIFF, ...): as the first argument of
 * FROM f(...) Flink 2.3.0 takes them, where g(...) and UPPER(...) fail (probed one by one).
 */
const SPECIAL_CALLS = new Set(['TUMBLE', 'HOP', 'SESSION', 'TIMESTAMPADD', 'TIMESTAMPDIFF', 'ARRAY_AGG', 'DATE_TRUNC',
  'DATETIME_TRUNC', 'TIME_TRUNC', 'TIMESTAMP_TRUNC', 'DATE_DIFF', 'TIME_DIFF', 'DATETIME_DIFF', 'TIMESTAMP_DIFF', 'PERIOD',
  'MAP', 'FIRST', 'LAST', 'FINAL', 'RUNNING', 'CONTAINS_SUBSTR', 'FLOOR', 'CEILING', 'PERCENTILE_CONT', 'PERCENTILE_DISC']);
/** The tokens that begin a data type (from the grammar, on first use). */
let typeStarts: TokenType[] | undefined;
/** the reserved function names whose arguments are of a kind of their own */
const RESERVED_CALL_KINDS = new Map<TokenType, CallKind>([
  [K.JSON_OBJECT!, 'keyValues'], [K.JSON_OBJECTAGG!, 'keyValues'],
  [K.JSON_VALUE!, 'jsonValue'], [K.JSON_QUERY!, 'jsonQuery'], [K.JSON_EXISTS!, 'jsonExists'],
  [K.JSON_ARRAY!, 'jsonArray'], [K.JSON_ARRAYAGG!, 'jsonArrayAgg'],
  [K.PREV!, 'navigation'], [K.NEXT!, 'navigation'],
  [K.TIMESTAMP!, 'needsArgs'], [K.DATE!, 'needsArgs'], [K.TIME!, 'needsArgs'], [K.DATETIME!, 'needsArgs'],
]);
interface ParserInternals {
  selfAnalysisDone: boolean;
  lookaheadStrategy: unknown;
  maxLookahead: number;
  fullRuleNameToShort: Record<string, number>;
  lookAheadFuncsCache: unknown[][];
  setLaFuncCache(ruleIdx: number, key: number, value: unknown): void;
}
/** Chevrotain's toFastProperties (utils): V8 turns the object's properties into fast ones. */
function toFastProperties(o: object): void {
  function Fake(): void {}
  Fake.prototype = o;
  const fake = new (Fake as unknown as new () => { bar?: unknown })();
  const access = (): string => typeof fake.bar;
  access();
  access();
}

// The tree builder's hooks (Chevrotain's TreeBuilder): no-ops when the CST is not wanted.
const CST_HOOKS = ['cstInvocationStateUpdate', 'cstFinallyStateUpdate', 'cstPostTerminal', 'cstPostNonTerminal', 'cstPostRule'] as const;
const noop = (): void => {};

// Chevrotain's error raisers (ErrorHandler), which compute the expected paths from the grammar.
interface ErrorInternals {
  maxLookahead: number;
  errorMessageProvider: IParserErrorMessageProvider;
  getCurrRuleFullName(): string;
  SAVE_ERROR(e: Error): Error;
  LA(i: number): IToken;
}
type RaiseNoAlt = (this: unknown, occurrence: number, errMsgTypes: string | undefined) => never;
type RaiseEarlyExit = (this: unknown, occurrence: number, prodType: number, errMsg: string | undefined) => never;
const baseRaise = CstParser.prototype as unknown as { raiseNoAltException: RaiseNoAlt; raiseEarlyExitException: RaiseEarlyExit };
// Chevrotain's PROD_TYPE (grammar/lookahead.js) -> the table's production kinds
const PROD_KINDS = ['Option', 'Repetition', 'RepetitionMandatory', 'RepetitionMandatoryWithSeparator', 'RepetitionWithSeparator', 'Alternation'];

const recordRule = (CstParser.prototype as unknown as { topLevelRuleRecord: (name: string, impl: unknown) => unknown }).topLevelRuleRecord;
let gastByRule: Map<string, EncodedNode> | undefined;
/** The encoded GAST of every rule (gast-table.ts), or undefined when the table is empty. */
function storedGast(): Map<string, EncodedNode> | undefined {
  if (!gastByRule) {
    const rules = JSON.parse(GAST_TABLE) as EncodedNode[];
    gastByRule = new Map(rules.map((r) => [r[1].name as string, r]));
  }
  return gastByRule.size > 0 ? gastByRule : undefined;
}
function tokenTypesByName(): Map<string, TokenType> {
  return (tokenByName ??= new Map([...allTokens, EOF].map((t) => [t.name, t])));
}

/**
 * The decisions of every rule, from lookahead-table.ts's keys (rule/Kind/occurrence/k, in
 * grammar order): kind, occurrence, k and whether the alternation has gates.
 */
function storedDecisions(): Map<string, [kind: string, idx: number, k: number, hasPredicates: boolean][]> {
  const out = new Map<string, [string, number, number, boolean][]>();
  const predicated = new Set(PREDICATED);
  for (const key in LOOKAHEAD_TABLE) {
    const [rule, kind, idx, k] = key.split('/') as [string, string, string, string];
    let list = out.get(rule);
    if (!list) out.set(rule, (list = []));
    list.push([kind, Number(idx), Number(k), predicated.has(key)]);
  }
  return out;
}

let tokenByName: Map<string, TokenType> | undefined;
/** The precomputed paths of one decision (lookahead-table.ts), or undefined when not in the table. */
function tablePaths(key: string): Path[][] | undefined {
  const text = Object.hasOwn(LOOKAHEAD_TABLE, key) ? LOOKAHEAD_TABLE[key] : undefined;
  if (text === undefined) return undefined;
  const names = JSON.parse(text) as string[][][];
  const byName = tokenTypesByName();
  const out: Path[][] = [];
  for (const alt of names) {
    const a: Path[] = [];
    for (const p of alt) {
      const path: Path = [];
      for (const n of p) {
        const t = byName.get(n);
        if (!t) return undefined;
        path.push(t);
      }
      a.push(path);
    }
    out.push(a);
  }
  return out;
}

/**
 * Chevrotain computes the lookahead paths of every decision from the grammar, which was most of
 * a short `flinksql check` run (even lazily, on first use). This strategy takes the paths from
 * lookahead-table.ts (generated from this grammar by lookahead-gen.ts; a test fails when it is
 * stale) and builds each decision's function on its first use; a decision missing from the
 * table falls back to Chevrotain's computation. `useTable: false` is Chevrotain's computation
 * only (the staleness test and the grammar validations use it).
 */
class TableLookaheadStrategy extends LLkLookaheadStrategy {
  private readonly useTable: boolean;
  constructor(useTable: boolean) {
    super({ maxLookahead: LOOKAHEAD_K });
    this.useTable = useTable;
  }

  /**
   * A decision's function, from the table on first use (else from the grammar, getRule); once
   * built it replaces itself (`install`), so later decisions call it directly.
   */
  lazyAlternation(ruleName: string, idx: number, k: number, hasPredicates: boolean, getRule: () => Rule, install: (fn: AltFn) => void): AltFn {
    let fn: AltFn | undefined;
    const build = (): AltFn => {
      const paths = tablePaths(`${ruleName}/Alternation/${idx}/${k}`);
      const built = paths
        ? alternativesFunc(paths, hasPredicates)
        : super.buildLookaheadForAlternation({ prodOccurrence: idx, rule: getRule(), maxLookahead: k, hasPredicates, dynamicTokensEnabled: false });
      install(built);
      return built;
    };
    return function (this: unknown, alts: Parameters<AltFn>[0]) {
      return (fn ??= build()).call(this, alts);
    };
  }

  lazyOptional(ruleName: string, prodType: string, idx: number, k: number, getRule: () => Rule, install: (fn: OptFn) => void): OptFn {
    let fn: OptFn | undefined;
    const build = (): OptFn => {
      const paths = tablePaths(`${ruleName}/${prodType}/${idx}/${k}`);
      const built = paths
        ? optionalFunc(paths[0]!)
        : super.buildLookaheadForOptional({ prodOccurrence: idx, rule: getRule(), maxLookahead: k, dynamicTokensEnabled: false, prodType: prodType as OptOptions['prodType'] });
      install(built);
      return built;
    };
    return function (this: unknown) {
      return (fn ??= build()).call(this);
    };
  }

  override buildLookaheadForAlternation(options: AltOptions): AltFn {
    let fn: AltFn | undefined;
    const build = (): AltFn => {
      const paths = this.useTable ? tablePaths(`${options.rule.name}/Alternation/${options.prodOccurrence}/${options.maxLookahead}`) : undefined;
      return paths ? alternativesFunc(paths, options.hasPredicates) : super.buildLookaheadForAlternation(options);
    };
    return function (this: unknown, alts: Parameters<AltFn>[0]) {
      return (fn ??= build()).call(this, alts);
    };
  }

  override buildLookaheadForOptional(options: OptOptions): OptFn {
    let fn: OptFn | undefined;
    const build = (): OptFn => {
      const paths = this.useTable ? tablePaths(`${options.rule.name}/${options.prodType}/${options.prodOccurrence}/${options.maxLookahead}`) : undefined;
      return paths ? optionalFunc(paths[0]!) : super.buildLookaheadForOptional(options);
    };
    return function (this: unknown) {
      return (fn ??= build()).call(this);
    };
  }
}

export class FlinkSqlParser extends CstParser {
  /** `recovery`: Chevrotain's error recovery (partial trees after an error; ~40% slower). */
  constructor(skipValidations: boolean, recovery = true, lookaheadTable = true) {
    super(allTokens, {
      recoveryEnabled: recovery,
      maxLookahead: LOOKAHEAD_K,
      lookaheadStrategy: new TableLookaheadStrategy(lookaheadTable),
      skipValidations,
      errorMessageProvider,
      nodeLocationTracking: 'full',
      traceInitPerf: process.env.FSQL_TRACE ? Number(process.env.FSQL_TRACE) : false,
    });
    // Without recovery, nothing but error messages and content assist reads the grammar (GAST):
    // it is decoded from gast-table.ts on first use (getGAstProductions), and the lookahead
    // functions are set up from the table alone (performSelfAnalysis below).
    this.fastInit = lookaheadTable && !recovery && GAST_TABLE.length > 2;
    this.errorsFromTable = lookaheadTable;
    if (lookaheadTable && !this.fastInit) {
      // Chevrotain records the grammar by running every rule body once; take it from the table
      // instead (gast-table.ts, generated from this grammar; a test fails when it is stale).
      const stored = storedGast();
      if (stored) {
        (this as unknown as { topLevelRuleRecord: (name: string, impl: unknown) => unknown }).topLevelRuleRecord =
          function (this: FlinkSqlParser, name: string, impl: unknown) {
            const e = stored.get(name);
            return e ? decodeGast(e, tokenTypesByName()) : recordRule.call(this, name, impl);
          };
      }
    }
    this.performSelfAnalysis();
    this.installLeafShortcuts();
    const self = this as unknown as Record<string, unknown>;
    for (const m of CST_HOOKS) self[m] = self[m];
  }

  /**
   * Whether parsing builds the CST (default true). Without it a rule returns undefined and
   * nothing is allocated for the tree: `parse(text, { diagnosticsOnly: true })` wants only the
   * verdict. The grammar reads no CST (replaceTableStatement's gate reads a flag instead).
   */
  setCstOutput(on: boolean): void {
    if (on === this.cstOutput) return;
    this.cstOutput = on;
    const self = this as unknown as Record<string, unknown>;
    const proto = Object.getPrototypeOf(this) as Record<string, unknown>;
    for (const m of CST_HOOKS) self[m] = on ? (m === 'cstPostRule' ? this.cstPostRuleOn : proto[m]) : noop;
  }
  private cstOutput = true;
  private cstPostRuleOn: unknown = (this as unknown as Record<string, unknown>).cstPostRule;
  /** Set by createTableBody when it took `AS query` (read by replaceTableStatement). */
  private tableBodyTookQuery = false;
  /** Set by tablePrimary: it was `(query)` or `(join)` / `(join)` (read by tableRef). */
  private primaryParenthesized = false;
  private primaryNested = false;
  /** Set by tableRef and joinedTable: what they took is a query or a join, as Calcite sees it. */
  private queryOrJoin = false;
  /** What the next call's arguments may hold: set before its functionArgs, read and cleared there. */
  private nextCall: CallKind | undefined;
  /** A comma a FROM clause stopped at (`FROM u, 2`): no list may take it (read by parenExpr). */
  private fromComma: IToken | undefined;

  /**
   * Chevrotain resets the parser when it is given input: the flags above are cleared too, so a
   * parse that stopped between setting and reading one (a text cut after `TABLE(f`) leaves nothing
   * to the next text (the language server and `check` reuse one parser).
   */
  override reset(): void {
    super.reset();
    this.tableBodyTookQuery = false;
    this.primaryParenthesized = false;
    this.primaryNested = false;
    this.queryOrJoin = false;
    this.nextCall = undefined;
    this.fromComma = undefined;
  }

  /** The last token the parse consumed (before any: an invalid token). */
  lastConsumed(): IToken {
    return this.LA(0);
  }

  /**
   * Fails the parse at `token` with `message`, where Flink's parser fails on a condition the
   * grammar's look-ahead cannot see; nothing while Chevrotain records the grammar.
   */
  private failAt(token: IToken, message: string): void {
    const self = this as unknown as ErrorInternals & { RECORDING_PHASE: boolean };
    if (self.RECORDING_PHASE) return;
    throw self.SAVE_ERROR(new NoViableAltException(message, token, this.LA(0)));
  }

  /**
   * Most expressions are one token: a column, a literal (`f(a, 'x')`, `WHERE k = 1`). Through the
   * grammar such an operand descends ten rules (expression, andExpr, notExpr, predicate,
   * additiveExpr, multiplicativeExpr, unaryExpr, postfixExpr, primary, ...), each a CST node: half
   * the nodes of the docs corpus. When the token after a one-token operand can continue no
   * operator of the rule being entered, `expression` and `additiveExpr` parse the operand as
   * `primary` directly. Same tokens consumed, same errors (the next token fails in the same
   * parent decision); the CST has a `primary` node where the chain was, which build.ts's expr()
   * reads like any other level. The grammar (GAST, lookahead, content assist) is unchanged: the
   * rules' bodies are only bypassed at run time.
   */
  private installLeafShortcuts(): void {
    type RuleFn = { coreRule: (...args: unknown[]) => unknown };
    const size = Math.max(...[...allTokens, EOF].map((t) => (t as AugmentedType).tokenTypeIdx ?? 0)) + 1;
    const first = new Uint8Array(size);
    for (const t of [Ident, IntegerLit, DecimalLit, ApproxLit, K.TRUE!, K.FALSE!, K.NULL!]) for (const idx of typeIdxs(t)) first[idx] = 1;
    // tokens that end an expression whatever the rule around it: no operator, postfix or call
    // starts with them
    const endsExpression = [EOF, Comma, RParen, RBracket, K.AS!, K.FROM!, K.THEN!, K.WHEN!, K.ELSE!, K.END!, K.WHERE!,
      K.GROUP!, K.ORDER!, K.HAVING!, K.ASC!, K.DESC!, K.LIMIT!, K.UNION!, K.WINDOW!];
    // and an additive operand, also before the comparison and logical operators
    const endsAdditive = [...endsExpression, K.AND!, K.OR!, Eq, Neq, Lt, Le, Gt, Ge, K.IS!, K.NOT!, K.IN!, K.BETWEEN!,
      K.LIKE!, K.ILIKE!, K.RLIKE!, K.SIMILAR!, K.ESCAPE!];
    const table = (types: TokenType[]): Uint8Array => {
      const out = new Uint8Array(first.length);
      for (const t of types as AugmentedType[]) out[t.tokenTypeIdx] = 1;
      return out;
    };
    const self = this as unknown as Record<string, RuleFn> & Recognizer;
    const primary = self.primary!.coreRule;
    const shortcut = (rule: RuleFn, ends: Uint8Array): void => {
      const general = rule.coreRule;
      rule.coreRule = function (this: Recognizer, ...args: unknown[]) {
        const a = (this.LA_FAST(1).tokenType as AugmentedType).tokenTypeIdx;
        if (first[a] === 1 && ends[(this.LA_FAST(2).tokenType as AugmentedType).tokenTypeIdx] === 1) return primary.apply(this, args);
        return general.apply(this, args);
      };
    };
    shortcut(self.expression!, table(endsExpression));
    shortcut(self.additiveExpr!, table(endsAdditive));
  }

  /**
   * Chevrotain's raiseNoAltException with the expected paths from the lookahead table, which has
   * the paths Chevrotain computes here (getLookaheadPathsForOr at the parser's k): the first error
   * no longer decodes the whole grammar, and no error walks it. Same message, same exception.
   */
  raiseNoAltException(occurrence: number, errMsgTypes: string | undefined): never {
    const r = this as unknown as ErrorInternals;
    const ruleName = r.getCurrRuleFullName();
    const paths = this.errorsFromTable ? tablePaths(`${ruleName}/Alternation/${occurrence}/${r.maxLookahead}`) : undefined;
    if (!paths) return baseRaise.raiseNoAltException.call(this, occurrence, errMsgTypes);
    const actual: IToken[] = [];
    for (let i = 1; i <= r.maxLookahead; i++) actual.push(r.LA(i));
    const previous = r.LA(0);
    const msg = r.errorMessageProvider.buildNoViableAltMessage({ expectedPathsPerAlt: paths, actual, previous, customUserDescription: errMsgTypes!, ruleName });
    throw r.SAVE_ERROR(new NoViableAltException(msg, r.LA(1), previous));
  }

  /** Chevrotain's raiseEarlyExitException with the paths from the table (as raiseNoAltException). */
  raiseEarlyExitException(occurrence: number, prodType: number, errMsg: string | undefined): never {
    const r = this as unknown as ErrorInternals;
    const ruleName = r.getCurrRuleFullName();
    const kind = PROD_KINDS[prodType];
    const paths = this.errorsFromTable && kind ? tablePaths(`${ruleName}/${kind}/${occurrence}/${r.maxLookahead}`) : undefined;
    if (!paths) return baseRaise.raiseEarlyExitException.call(this, occurrence, prodType, errMsg);
    const actual: IToken[] = [];
    for (let i = 1; i <= r.maxLookahead; i++) actual.push(r.LA(i));
    const msg = r.errorMessageProvider.buildEarlyExitMessage({ expectedIterationPaths: paths[0]!, actual, previous: r.LA(0), customUserDescription: errMsg!, ruleName });
    throw r.SAVE_ERROR(new EarlyExitException(msg, r.LA(1), r.LA(0)));
  }

  private errorsFromTable = false;
  private fastInit: boolean | undefined;
  private lazyGast: Record<string, Rule> | undefined;

  override performSelfAnalysis(): void {
    if (!this.fastInit) return super.performSelfAnalysis();
    // What Chevrotain's performSelfAnalysis does for a grammar without definition errors and
    // without recovery, minus recording the grammar: one lookahead function per decision.
    const self = this as unknown as ParserInternals;
    self.selfAnalysisDone = true;
    Object.defineProperty(this, 'gastProductionsCache', { get: () => this.getGAstProductions(), configurable: true });
    toFastProperties(this);
    const strategy = self.lookaheadStrategy as TableLookaheadStrategy;
    for (const [ruleName, decisions] of storedDecisions()) {
      const short = self.fullRuleNameToShort[ruleName]!;
      const getRule = (): Rule => this.getGAstProductions()[ruleName]!;
      // Chevrotain keys a rule's decisions (kind << 8) | occurrence in an array: filled one by one
      // from empty, V8 grows it by half again at each step past the end (~870 KB for the grammar,
      // a garbage collection of a short run); made at its final length instead
      let size = 0;
      for (const [cls, idx] of decisions) size = Math.max(size, (DECISION_KEYS[cls]! | idx) + 1);
      self.lookAheadFuncsCache[short] = new Array(size);
      for (const [cls, idx, k, hasPredicates] of decisions) {
        const kindKey = DECISION_KEYS[cls]!;
        const install = (built: unknown): void => self.setLaFuncCache(short, kindKey | idx, built);
        const fn = cls === 'Alternation'
          ? strategy.lazyAlternation(ruleName, idx, k, hasPredicates, getRule, install)
          : strategy.lazyOptional(ruleName, cls, idx, k, getRule, install);
        self.setLaFuncCache(short, kindKey | idx, fn);
      }
    }
  }

  override getGAstProductions(): Record<string, Rule> {
    if (!this.fastInit) return super.getGAstProductions();
    if (!this.lazyGast) {
      const rules: Record<string, Rule> = {};
      const tokens = tokenTypesByName();
      for (const [name, e] of storedGast()!) rules[name] = decodeGast(e, tokens) as Rule;
      const resolve = (defs: IProduction[]): void => {
        for (const d of defs) {
          if (d instanceof NonTerminal) d.referencedRule = rules[d.nonTerminalName]!;
          else if (!(d instanceof Terminal)) resolve((d as unknown as { definition: IProduction[] }).definition);
        }
      };
      for (const r of Object.values(rules)) resolve(r.definition);
      this.lazyGast = rules;
    }
    return this.lazyGast;
  }

  // -------------------------------------------------------------------------------------------
  // Names

  ident = this.RULE('ident', () => {
    this.CONSUME(Ident);
  });

  compoundIdent = this.RULE('compoundIdent', () => {
    this.CONSUME(Ident);
    // Chevrotain's LL(k) does not look past the rule's end: `t.*` must leave the `.` alone
    this.MANY({
      GATE: () => tokenMatcher(this.LA(2), Ident),
      DEF: () => {
        this.CONSUME(Dot);
        this.CONSUME2(Ident);
      },
    });
  });

  identList = this.RULE('identList', () => {
    this.CONSUME(LParen);
    this.SUBRULE(this.ident);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.ident);
    });
    this.CONSUME(RParen);
  });

  compoundIdentList = this.RULE('compoundIdentList', () => {
    this.CONSUME(LParen);
    this.SUBRULE(this.compoundIdent);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.compoundIdent);
    });
    this.CONSUME(RParen);
  });

  // a string literal, continued by adjacent literals ('a' 'b') where Flink's grammar takes
  // StringLiteral(); `single` where it takes one <QUOTED_STRING> (COMMENT, a function's class, JAR
  // paths, job ids, SHOW ... LIKE): `COMMENT 'a' 'b'` fails at 'b'
  stringLiteral = this.RULE('stringLiteral', (single?: boolean) => {
    this.CONSUME(StringLit);
    this.MANY({ GATE: () => single !== true, DEF: () => this.CONSUME2(StringLit) });
  });

  // -------------------------------------------------------------------------------------------
  // Statements

  statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.queryStatement) },
      { ALT: () => this.SUBRULE(this.createStatement) },
      { ALT: () => this.SUBRULE(this.replaceTableStatement) },
      { ALT: () => this.SUBRULE(this.insertStatement) },
      { ALT: () => this.SUBRULE(this.setStatement) },
      { ALT: () => this.SUBRULE(this.resetStatement) },
      { ALT: () => this.SUBRULE(this.alterStatement) },
      { ALT: () => this.SUBRULE(this.dropStatement) },
      { ALT: () => this.SUBRULE(this.executeStatement) },
      { ALT: () => this.SUBRULE(this.explainStatement) },
      { ALT: () => this.SUBRULE(this.useStatement) },
      { ALT: () => this.SUBRULE(this.showStatement) },
      { ALT: () => this.SUBRULE(this.describeStatement) },
      { ALT: () => this.SUBRULE(this.updateStatement) },
      { ALT: () => this.SUBRULE(this.deleteStatement) },
      { ALT: () => this.SUBRULE(this.mergeStatement) },
      { ALT: () => this.SUBRULE(this.truncateStatement) },
      { ALT: () => this.SUBRULE(this.callStatement) },
      { ALT: () => this.SUBRULE(this.analyzeStatement) },
      { ALT: () => this.SUBRULE(this.moduleStatement) },
      { ALT: () => this.SUBRULE(this.jarStatement) },
      { ALT: () => this.SUBRULE(this.beginStatementSet) },
      { ALT: () => this.SUBRULE(this.endStatement) },
      { ALT: () => this.SUBRULE(this.compileStatement) },
      { ALT: () => this.SUBRULE(this.stopJobStatement) },
    ]);
  });

  queryStatement = this.RULE('queryStatement', () => {
    this.SUBRULE(this.query);
  });

  // SET ['key' = 'value'] (Calcite form; the legacy unquoted form is handled in parse.ts)
  setStatement = this.RULE('setStatement', () => {
    this.CONSUME(K.SET!);
    this.OPTION(() => {
      this.SUBRULE(this.stringLiteral, { LABEL: 'key' });
      this.CONSUME(Eq);
      this.SUBRULE2(this.stringLiteral, { LABEL: 'value' });
    });
  });

  resetStatement = this.RULE('resetStatement', () => {
    this.CONSUME(K.RESET!);
    this.OPTION(() => this.SUBRULE(this.stringLiteral, { LABEL: 'key' }));
  });

  // CREATE ...
  createStatement = this.RULE('createStatement', () => {
    this.CONSUME(K.CREATE!);
    this.OR([
      {
        // CREATE OR ALTER MATERIALIZED TABLE
        ALT: () => {
          this.CONSUME(K.OR!);
          this.CONSUME(K.ALTER!);
          this.SUBRULE(this.createMaterializedTableBody);
        },
      },
      {
        // Flink's SqlCreate takes OR REPLACE and TEMPORARY before every kind (its statements reject
        // them later where they do not apply; build.ts: a materialized table)
        ALT: () => {
          this.OPTION2(() => {
            this.CONSUME2(K.OR!);
            this.CONSUME(K.REPLACE!);
          });
          this.OPTION(() => this.CONSUME(K.TEMPORARY!));
          this.OR3([
            { ALT: () => this.SUBRULE2(this.createTableBody) },
            { ALT: () => this.SUBRULE(this.createViewBody) },
            { ALT: () => this.SUBRULE(this.createFunctionBody) },
            { ALT: () => this.SUBRULE(this.createModelBody) },
            { ALT: () => this.SUBRULE(this.createConnectionBody) },
            {
              // SYSTEM FUNCTION, else Flink's SqlCreateConnection takes SYSTEM (and, without
              // TEMPORARY, rejects it there: parse.ts systemWithoutTemporary)
              ALT: () => {
                this.CONSUME(K.SYSTEM!);
                this.OR4([
                  { ALT: () => this.SUBRULE2(this.createFunctionBody) },
                  { ALT: () => this.SUBRULE2(this.createConnectionBody) },
                ]);
              },
            },
            // Flink takes (and ignores) TEMPORARY before CATALOG and DATABASE too
            { ALT: () => this.SUBRULE(this.createCatalogBody) },
            { ALT: () => this.SUBRULE(this.createDatabaseBody) },
            { ALT: () => this.SUBRULE2(this.createMaterializedTableBody) },
          ]);
        },
      },
    ]);
  });

  // REPLACE TABLE t ... AS query: the query is required here (Flink 2.3.0 fails `REPLACE TABLE t
  // (a INT)` at <EOF>), not after CREATE OR REPLACE
  replaceTableStatement = this.RULE('replaceTableStatement', () => {
    this.CONSUME(K.REPLACE!);
    this.tableBodyTookQuery = false;
    this.SUBRULE(this.createTableBody);
    this.OR([
      { ALT: () => { this.CONSUME(K.AS!); this.SUBRULE(this.query); } },
      { GATE: () => this.tableBodyTookQuery, ALT: () => {} },
    ]);
  });

  ifNotExists = this.RULE('ifNotExists', () => {
    this.CONSUME(K.IF!);
    this.CONSUME(K.NOT!);
    this.CONSUME(K.EXISTS!);
  });

  ifExists = this.RULE('ifExists', () => {
    this.CONSUME(K.IF!);
    this.CONSUME(K.EXISTS!);
  });

  createTableBody = this.RULE('createTableBody', () => {
    this.CONSUME(K.TABLE!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OPTION2(() => this.SUBRULE(this.tableElements));
    this.OPTION3(() => this.SUBRULE(this.commentClause));
    this.OPTION4(() => this.SUBRULE(this.distribution));
    this.OPTION5(() => this.SUBRULE(this.partitionedBy));
    this.OPTION6(() => this.SUBRULE(this.withOptions));
    this.OPTION7(() => this.SUBRULE(this.likeClause));
    this.OPTION8(() => {
      this.CONSUME(K.AS!);
      this.SUBRULE(this.query);
      this.tableBodyTookQuery = true;
    });
  });

  commentClause = this.RULE('commentClause', () => {
    this.CONSUME(K.COMMENT!);
    this.SUBRULE(this.stringLiteral, { ARGS: [true] });
  });

  partitionedBy = this.RULE('partitionedBy', () => {
    this.CONSUME(K.PARTITIONED!);
    this.CONSUME(K.BY!);
    this.SUBRULE(this.identList);
  });

  // DISTRIBUTED BY [HASH|RANGE] (cols) [INTO n BUCKETS] | DISTRIBUTED INTO n BUCKETS
  distribution = this.RULE('distribution', () => {
    this.CONSUME(K.DISTRIBUTED!);
    this.SUBRULE(this.distributionBody);
  });

  alterDistribution = this.RULE('alterDistribution', () => {
    this.CONSUME(K.DISTRIBUTION!);
    this.SUBRULE(this.distributionBody);
  });

  distributionBody = this.RULE('distributionBody', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.BY!);
          this.OPTION(() => this.OR2([
            { ALT: () => this.CONSUME(K.HASH!, { LABEL: 'algorithm' }) },
            { ALT: () => this.CONSUME(K.RANGE!, { LABEL: 'algorithm' }) },
          ]));
          this.SUBRULE(this.identList);
          this.OPTION2(() => this.SUBRULE(this.intoBuckets));
        },
      },
      { ALT: () => this.SUBRULE2(this.intoBuckets) },
    ]);
  });

  intoBuckets = this.RULE('intoBuckets', () => {
    this.CONSUME(K.INTO!);
    this.CONSUME(IntegerLit);
    this.CONSUME(K.BUCKETS!);
  });

  withOptions = this.RULE('withOptions', () => {
    this.CONSUME(K.WITH!);
    this.SUBRULE(this.optionList);
  });

  optionList = this.RULE('optionList', () => {
    this.CONSUME(LParen);
    this.OPTION(() => {
      this.SUBRULE(this.tableOption);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.tableOption);
      });
    });
    this.CONSUME(RParen);
  });

  tableOption = this.RULE('tableOption', () => {
    this.SUBRULE(this.stringLiteral, { LABEL: 'key' });
    this.CONSUME(Eq);
    this.SUBRULE2(this.stringLiteral, { LABEL: 'value' });
  });

  likeClause = this.RULE('likeClause', () => {
    this.CONSUME(K.LIKE!);
    this.SUBRULE(this.compoundIdent);
    this.OPTION(() => {
      this.CONSUME(LParen);
      this.AT_LEAST_ONE(() => this.SUBRULE(this.likeOption));
      this.CONSUME(RParen);
    });
  });

  likeOption = this.RULE('likeOption', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.INCLUDING!, { LABEL: 'mode' }) },
      { ALT: () => this.CONSUME(K.EXCLUDING!, { LABEL: 'mode' }) },
      { ALT: () => this.CONSUME(K.OVERWRITING!, { LABEL: 'mode' }) },
    ]);
    this.OR2([
      { ALT: () => this.CONSUME(K.ALL!, { LABEL: 'feature' }) },
      { ALT: () => this.CONSUME(K.CONSTRAINTS!, { LABEL: 'feature' }) },
      { ALT: () => this.CONSUME(K.DISTRIBUTION!, { LABEL: 'feature' }) },
      { ALT: () => this.CONSUME(K.GENERATED!, { LABEL: 'feature' }) },
      { ALT: () => this.CONSUME(K.METADATA!, { LABEL: 'feature' }) },
      { ALT: () => this.CONSUME(K.OPTIONS!, { LABEL: 'feature' }) },
      { ALT: () => this.CONSUME(K.PARTITIONS!, { LABEL: 'feature' }) },
      { ALT: () => this.CONSUME(K.WATERMARKS!, { LABEL: 'feature' }) },
    ]);
  });

  tableElements = this.RULE('tableElements', () => {
    this.CONSUME(LParen);
    this.OR({ MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
      {
        // names without types, `(a, b)`: Flink 2.3.0 takes them for CREATE TABLE ... AS and
        // materialized tables (build.ts reports them elsewhere, as Flink's parser does)
        GATE: () => tokenMatcher(this.LA(1), Ident) && (this.LA(2).tokenType === Comma || this.LA(2).tokenType === RParen),
        ALT: () => {
          this.SUBRULE(this.ident, { LABEL: 'bareColumn' });
          this.MANY2(() => {
            this.CONSUME2(Comma);
            this.SUBRULE2(this.ident, { LABEL: 'bareColumn' });
          });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.tableElement);
          this.MANY(() => {
            this.CONSUME(Comma);
            this.SUBRULE2(this.tableElement);
          });
        },
      },
    ] });
    this.CONSUME(RParen);
  });

  tableElement = this.RULE('tableElement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.columnDef) },
      { ALT: () => this.SUBRULE(this.tableConstraint) },
      { ALT: () => this.SUBRULE(this.watermark) },
    ]);
  });

  // [EXTEND] (name type [NOT NULL], ...): a table's extended columns in FROM (Calcite's ExtendTable)
  extendList = this.RULE('extendList', () => {
    this.OPTION(() => this.CONSUME(K.EXTEND!));
    this.CONSUME(LParen);
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => {
      this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
      this.SUBRULE(this.dataType);
    } });
    this.CONSUME(RParen);
  });

  columnDef = this.RULE('columnDef', () => {
    // Flink 2.3.0's parser takes a compound name here and keeps its first part (SqlIdentifier's
    // getSimple(): `a.b INT` is a column `a`, as a run on Flink showed)
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.AS!);
          this.SUBRULE(this.expression);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.dataType);
          this.OPTION(() => {
            this.OR2([
              {
                ALT: () => {
                  this.CONSUME(K.METADATA!);
                  this.OPTION2(() => {
                    this.CONSUME(K.FROM!);
                    this.SUBRULE(this.stringLiteral, { LABEL: 'metadataKey' });
                  });
                  this.OPTION3(() => this.CONSUME(K.VIRTUAL!));
                },
              },
              { ALT: () => this.SUBRULE(this.columnConstraint) },
            ]);
          });
        },
      },
    ]);
    this.OPTION4(() => this.SUBRULE(this.commentClause));
    this.OPTION5(() => this.SUBRULE(this.columnPosition));
  });

  columnPosition = this.RULE('columnPosition', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.FIRST!) },
      {
        ALT: () => {
          this.CONSUME(K.AFTER!);
          // a compound name in Flink 2.3.0's grammar (AFTER a.b parses), as a column's own name
          this.SUBRULE(this.compoundIdent);
        },
      },
    ]);
  });

  columnConstraint = this.RULE('columnConstraint', () => {
    this.OPTION(() => {
      this.CONSUME(K.CONSTRAINT!);
      this.SUBRULE(this.ident);
    });
    this.OR([
      { ALT: () => { this.CONSUME(K.PRIMARY!); this.CONSUME(K.KEY!); } },
      { ALT: () => this.CONSUME(K.UNIQUE!) },
    ]);
    this.OPTION2(() => this.SUBRULE(this.enforcement));
  });

  enforcement = this.RULE('enforcement', () => {
    this.OPTION(() => this.CONSUME(K.NOT!));
    this.CONSUME(K.ENFORCED!);
  });

  tableConstraint = this.RULE('tableConstraint', () => {
    this.OPTION(() => {
      this.CONSUME(K.CONSTRAINT!);
      this.SUBRULE(this.ident);
    });
    this.OR([
      { ALT: () => { this.CONSUME(K.PRIMARY!); this.CONSUME(K.KEY!); } },
      { ALT: () => this.CONSUME(K.UNIQUE!) },
    ]);
    this.SUBRULE(this.identList);
    this.OPTION2(() => this.SUBRULE(this.enforcement));
  });

  watermark = this.RULE('watermark', () => {
    this.CONSUME(K.WATERMARK!);
    this.CONSUME(K.FOR!);
    this.SUBRULE(this.compoundIdent);
    this.CONSUME(K.AS!);
    this.nonQueryOperand();
    this.SUBRULE(this.expression);
  });

  createViewBody = this.RULE('createViewBody', () => {
    this.CONSUME(K.VIEW!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OPTION2(() => this.SUBRULE(this.identList));
    this.OPTION3(() => this.SUBRULE(this.commentClause));
    this.CONSUME(K.AS!);
    this.SUBRULE(this.query);
  });

  createFunctionBody = this.RULE('createFunctionBody', () => {
    this.CONSUME(K.FUNCTION!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.CONSUME(K.AS!);
    this.SUBRULE(this.stringLiteral, { ARGS: [true], LABEL: 'className' });
    this.OPTION2(() => this.SUBRULE(this.functionLanguage));
    this.OPTION3(() => {
      this.CONSUME(K.USING!);
      this.SUBRULE(this.jarRef);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.jarRef);
      });
    });
    this.OPTION4(() => this.SUBRULE(this.withOptions));
  });

  functionLanguage = this.RULE('functionLanguage', () => {
    this.CONSUME(K.LANGUAGE!);
    this.OR([
      { ALT: () => this.CONSUME(K.JAVA!, { LABEL: 'lang' }) },
      { ALT: () => this.CONSUME(K.SCALA!, { LABEL: 'lang' }) },
      { ALT: () => this.CONSUME(K.SQL!, { LABEL: 'lang' }) },
      { ALT: () => this.CONSUME(K.PYTHON!, { LABEL: 'lang' }) },
    ]);
  });

  jarRef = this.RULE('jarRef', () => {
    this.CONSUME(K.JAR!);
    this.SUBRULE(this.stringLiteral, { ARGS: [true] });
  });

  createCatalogBody = this.RULE('createCatalogBody', () => {
    this.CONSUME(K.CATALOG!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.ident, { LABEL: 'name' });
    this.OPTION2(() => this.SUBRULE(this.commentClause));
    this.OPTION3(() => this.SUBRULE(this.withOptions));
  });

  createDatabaseBody = this.RULE('createDatabaseBody', () => {
    this.CONSUME(K.DATABASE!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OPTION2(() => this.SUBRULE(this.commentClause));
    this.OPTION3(() => this.SUBRULE(this.withOptions));
  });

  createMaterializedTableBody = this.RULE('createMaterializedTableBody', () => {
    this.CONSUME(K.MATERIALIZED!);
    this.CONSUME(K.TABLE!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OPTION2(() => this.SUBRULE(this.tableElements));
    this.OPTION3(() => this.SUBRULE(this.commentClause));
    this.OPTION4(() => this.SUBRULE(this.distribution));
    this.OPTION5(() => this.SUBRULE(this.partitionedBy));
    this.OPTION6(() => this.SUBRULE(this.withOptions));
    this.OPTION7(() => this.SUBRULE(this.startMode));
    this.OPTION8(() => this.SUBRULE(this.freshness));
    this.OPTION9(() => this.SUBRULE(this.refreshMode));
    // the query is required (Flink 2.3.0: `CREATE MATERIALIZED TABLE m` ends at <EOF>, expecting AS)
    this.CONSUME(K.AS!);
    this.SUBRULE(this.query);
  });

  // START_MODE = FROM_BEGINNING | FROM_NOW [(INTERVAL ...)] | FROM_TIMESTAMP(TIMESTAMP '...')
  // and the RESUME_OR_ forms (new in Flink 2.3)
  startMode = this.RULE('startMode', () => {
    this.CONSUME(K.START_MODE!);
    this.CONSUME(Eq);
    this.OR([
      { ALT: () => this.CONSUME(K.FROM_BEGINNING!, { LABEL: 'mode' }) },
      { ALT: () => this.CONSUME(K.RESUME_OR_FROM_BEGINNING!, { LABEL: 'mode' }) },
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(K.FROM_NOW!, { LABEL: 'mode' }) },
            { ALT: () => this.CONSUME(K.RESUME_OR_FROM_NOW!, { LABEL: 'mode' }) },
          ]);
          this.OPTION(() => {
            this.CONSUME(LParen);
            this.SUBRULE(this.intervalLiteral);
            this.CONSUME(RParen);
          });
        },
      },
      {
        ALT: () => {
          this.OR3([
            { ALT: () => this.CONSUME(K.FROM_TIMESTAMP!, { LABEL: 'mode' }) },
            { ALT: () => this.CONSUME(K.RESUME_OR_FROM_TIMESTAMP!, { LABEL: 'mode' }) },
          ]);
          this.CONSUME2(LParen);
          this.CONSUME(K.TIMESTAMP!);
          this.SUBRULE(this.stringLiteral);
          this.CONSUME2(RParen);
        },
      },
    ]);
  });

  // an interval literal only (Flink 2.3.0: "MATERIALIZED TABLE only supports define interval
  // type FRESHNESS" for INTERVAL x HOUR, a name, a number)
  freshness = this.RULE('freshness', () => {
    this.CONSUME(K.FRESHNESS!);
    this.CONSUME(Eq);
    this.SUBRULE(this.intervalLiteral, { ARGS: [true] });
  });

  refreshMode = this.RULE('refreshMode', () => {
    this.CONSUME(K.REFRESH_MODE!);
    this.CONSUME(Eq);
    this.OR([
      { ALT: () => this.CONSUME(K.FULL!, { LABEL: 'mode' }) },
      { ALT: () => this.CONSUME(K.CONTINUOUS!, { LABEL: 'mode' }) },
    ]);
  });

  createModelBody = this.RULE('createModelBody', () => {
    this.CONSUME(K.MODEL!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OPTION2(() => {
      this.CONSUME(K.INPUT!);
      this.SUBRULE(this.tableElements, { LABEL: 'input' });
    });
    this.OPTION3(() => {
      this.CONSUME(K.OUTPUT!);
      this.SUBRULE2(this.tableElements, { LABEL: 'output' });
    });
    this.OPTION4(() => this.SUBRULE(this.commentClause));
    this.OPTION5(() => this.SUBRULE(this.withOptions));
    this.OPTION6(() => {
      this.CONSUME(K.AS!);
      this.SUBRULE(this.query);
    });
  });

  createConnectionBody = this.RULE('createConnectionBody', () => {
    this.CONSUME(K.CONNECTION!);
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OPTION2(() => this.SUBRULE(this.commentClause));
    // Flink's SqlCreateConnection takes its options always (`CREATE CONNECTION c` fails at <EOF>)
    this.SUBRULE(this.withOptions);
  });

  // INSERT INTO|OVERWRITE t [hints] [PARTITION (...)] [(cols)] query [ON CONFLICT DO ...]; UPSERT INTO
  /** `described`: the INSERT of DESCRIBE [STATEMENT], Calcite's (no OVERWRITE, PARTITION, ON CONFLICT). */
  insertStatement = this.RULE('insertStatement', (described?: boolean) => {
    const flink = () => described !== true;
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.INSERT!);
          this.OR2([
            { ALT: () => this.CONSUME(K.INTO!, { LABEL: 'mode' }) },
            { GATE: flink, ALT: () => this.CONSUME(K.OVERWRITE!, { LABEL: 'mode' }) },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.UPSERT!);
          this.CONSUME2(K.INTO!);
        },
      },
    ]);
    this.SUBRULE(this.compoundIdent, { LABEL: 'table' });
    this.OPTION(() => this.SUBRULE(this.hints));
    this.OPTION2({ GATE: flink, DEF: () => this.SUBRULE(this.partitionSpec) });
    this.OPTION3(() => this.SUBRULE(this.compoundIdentList, { LABEL: 'columns' }));
    this.SUBRULE(this.query);
    this.OPTION4({ GATE: flink, DEF: () => {
      this.CONSUME(K.ON!);
      this.CONSUME(K.CONFLICT!);
      this.CONSUME(K.DO!);
      this.OR3([
        { ALT: () => this.CONSUME(K.NOTHING!, { LABEL: 'conflict' }) },
        { ALT: () => this.CONSUME(K.ERROR!, { LABEL: 'conflict' }) },
        { ALT: () => this.CONSUME(K.DEDUPLICATE!, { LABEL: 'conflict' }) },
      ]);
    } });
  });

  // `optionalValues`: ANALYZE TABLE takes PARTITION (a='1', b); elsewhere every key has a value
  partitionSpec = this.RULE('partitionSpec', (optionalValues: boolean = false) => {
    this.CONSUME(K.PARTITION!);
    this.CONSUME(LParen);
    this.SUBRULE(this.partitionEntry, { ARGS: [optionalValues] });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.partitionEntry, { ARGS: [optionalValues] });
    });
    this.CONSUME(RParen);
  });

  partitionEntry = this.RULE('partitionEntry', (optionalValues: boolean = false) => {
    this.SUBRULE(this.ident);
    this.OR([
      {
        // Calcite's Literal(): any literal, signed numbers and INTERVAL '1' DAY included (Flink
        // 2.3.0 takes PARTITION (a = INTERVAL '1' DAY, b = -1.5); not a name or an expression)
        ALT: () => {
          this.CONSUME(Eq);
          this.OR2([
            { ALT: () => this.SUBRULE(this.literal) },
            { ALT: () => this.SUBRULE(this.intervalLiteral) },
            // (an unsigned number is a literal, above)
            { GATE: () => this.LA(1).tokenType === Plus || this.LA(1).tokenType === Minus, ALT: () => this.SUBRULE(this.signedNumber) },
          ]);
        },
      },
      { GATE: () => optionalValues, ALT: () => {} },
    ]);
  });

  // EXECUTE STATEMENT SET BEGIN ... END | EXECUTE insert/select | EXECUTE PLAN 'f' | EXECUTE JOB?
  executeStatement = this.RULE('executeStatement', () => {
    this.CONSUME(K.EXECUTE!);
    this.OR([
      { ALT: () => this.SUBRULE(this.statementSetBlock) },
      { ALT: () => this.SUBRULE(this.insertStatement) },
      { ALT: () => this.SUBRULE(this.query) },
      {
        ALT: () => {
          this.CONSUME(K.PLAN!);
          this.SUBRULE(this.stringLiteral);
        },
      },
    ]);
  });

  statementSetBlock = this.RULE('statementSetBlock', () => {
    this.CONSUME(K.STATEMENT!);
    this.CONSUME(K.SET!);
    this.CONSUME(K.BEGIN!);
    this.AT_LEAST_ONE(() => {
      this.SUBRULE(this.insertStatement);
      this.CONSUME(Semicolon);
    });
    this.CONSUME(K.END!);
  });

  beginStatementSet = this.RULE('beginStatementSet', () => {
    this.CONSUME(K.BEGIN!);
    this.CONSUME(K.STATEMENT!);
    this.CONSUME(K.SET!);
  });

  endStatement = this.RULE('endStatement', () => {
    this.CONSUME(K.END!);
  });

  // EXPLAIN [PLAN FOR | detail, ...] statement
  explainStatement = this.RULE('explainStatement', () => {
    this.CONSUME(K.EXPLAIN!);
    this.OPTION(() => this.OR([
      {
        ALT: () => {
          this.CONSUME(K.PLAN!);
          this.CONSUME(K.FOR!);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.explainDetail);
          this.MANY(() => {
            this.CONSUME(Comma);
            this.SUBRULE2(this.explainDetail);
          });
        },
      },
    ]));
    this.OR2([
      { ALT: () => this.SUBRULE(this.insertStatement) },
      { ALT: () => this.SUBRULE(this.query) },
      { ALT: () => this.SUBRULE(this.statementSetBlock) },
      {
        ALT: () => {
          this.CONSUME(K.EXECUTE!);
          this.SUBRULE2(this.statementSetBlock);
        },
      },
      { ALT: () => this.SUBRULE(this.createStatement) },
    ]);
  });

  explainDetail = this.RULE('explainDetail', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.ESTIMATED_COST!) },
      { ALT: () => this.CONSUME(K.CHANGELOG_MODE!) },
      { ALT: () => this.CONSUME(K.JSON_EXECUTION_PLAN!) },
      { ALT: () => this.CONSUME(K.PLAN_ADVICE!) },
    ]);
  });

  // COMPILE PLAN 'f' [IF NOT EXISTS] FOR stmt | COMPILE AND EXECUTE PLAN 'f' FOR stmt
  compileStatement = this.RULE('compileStatement', () => {
    this.CONSUME(K.COMPILE!);
    this.OPTION(() => {
      this.CONSUME(K.AND!);
      this.CONSUME(K.EXECUTE!);
    });
    this.CONSUME(K.PLAN!);
    this.SUBRULE(this.stringLiteral);
    this.OPTION2(() => this.SUBRULE(this.ifNotExists));
    this.CONSUME(K.FOR!);
    this.OR([
      { ALT: () => this.SUBRULE(this.insertStatement) },
      { ALT: () => this.SUBRULE(this.statementSetBlock) },
    ]);
  });

  stopJobStatement = this.RULE('stopJobStatement', () => {
    this.CONSUME(K.STOP!);
    this.CONSUME(K.JOB!);
    this.SUBRULE(this.stringLiteral, { ARGS: [true] });
    this.OPTION(() => {
      this.CONSUME(K.WITH!);
      this.CONSUME(K.SAVEPOINT!);
    });
    this.OPTION2(() => {
      this.CONSUME2(K.WITH!);
      this.CONSUME(K.DRAIN!);
    });
  });

  useStatement = this.RULE('useStatement', () => {
    this.CONSUME(K.USE!);
    // decided on one token, as in Flink: `USE catalog` is USE CATALOG without its name
    this.OR({ MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
      {
        ALT: () => {
          this.CONSUME(K.CATALOG!);
          this.SUBRULE(this.ident);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.MODULES!);
          this.SUBRULE2(this.ident);
          this.MANY(() => {
            this.CONSUME(Comma);
            this.SUBRULE3(this.ident);
          });
        },
      },
      { ALT: () => this.SUBRULE(this.compoundIdent) },
    ] });
  });

  // SHOW ... : a generic-but-strict rule over Flink's SHOW variants.
  showStatement = this.RULE('showStatement', () => {
    this.CONSUME(K.SHOW!);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.CATALOGS!, { LABEL: 'what' });
          this.OPTION6(() => this.SUBRULE3(this.showLike));
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.CURRENT!, { LABEL: 'what' });
          this.OR2([
            { ALT: () => this.CONSUME(K.CATALOG!, { LABEL: 'what' }) },
            { ALT: () => this.CONSUME(K.DATABASE!, { LABEL: 'what' }) },
          ]);
        },
      },
      {
        ALT: () => {
          this.OR3([
            { ALT: () => this.CONSUME(K.DATABASES!, { LABEL: 'what' }) },
            { ALT: () => this.CONSUME(K.TABLES!, { LABEL: 'what' }) },
            { ALT: () => this.CONSUME(K.VIEWS!, { LABEL: 'what' }) },
            { ALT: () => this.CONSUME(K.FUNCTIONS!, { LABEL: 'what' }) },
            { ALT: () => { this.CONSUME(K.USER!, { LABEL: 'what' }); this.CONSUME2(K.FUNCTIONS!, { LABEL: 'what' }); } },
            { ALT: () => this.CONSUME(K.PROCEDURES!, { LABEL: 'what' }) },
            { ALT: () => this.CONSUME(K.MODELS!, { LABEL: 'what' }) },
            { ALT: () => this.CONSUME(K.CONNECTIONS!, { LABEL: 'what' }) },
            { ALT: () => { this.CONSUME(K.MATERIALIZED!, { LABEL: 'what' }); this.CONSUME2(K.TABLES!, { LABEL: 'what' }); } },
          ]);
          this.OPTION(() => this.SUBRULE(this.showFrom));
          this.OPTION2(() => this.SUBRULE(this.showLike));
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.COLUMNS!, { LABEL: 'what' });
          this.SUBRULE2(this.showFrom);
          this.OPTION3(() => this.SUBRULE2(this.showLike));
        },
      },
      {
        ALT: () => {
          this.OPTION4(() => this.CONSUME(K.FULL!, { LABEL: 'what' }));
          this.CONSUME(K.MODULES!, { LABEL: 'what' });
        },
      },
      { ALT: () => this.CONSUME(K.JARS!, { LABEL: 'what' }) },
      { ALT: () => this.CONSUME(K.JOBS!, { LABEL: 'what' }) },
      {
        ALT: () => {
          this.CONSUME(K.PARTITIONS!, { LABEL: 'what' });
          this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
          this.OPTION5(() => this.SUBRULE(this.partitionSpec));
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.CREATE!, { LABEL: 'what' });
          this.OR4([
            // a catalog's name is simple (Flink 2.3.0: SHOW CREATE CATALOG a.b fails at the dot)
            { ALT: () => { this.CONSUME2(K.CATALOG!, { LABEL: 'what' }); this.SUBRULE3(this.ident, { LABEL: 'name' }); } },
            {
              ALT: () => {
                this.OR5([
                  { ALT: () => this.CONSUME3(K.TABLE!, { LABEL: 'what' }) },
                  { ALT: () => this.CONSUME(K.VIEW!, { LABEL: 'what' }) },
                  { ALT: () => this.CONSUME2(K.DATABASE!, { LABEL: 'what' }) },
                  { ALT: () => this.CONSUME(K.MODEL!, { LABEL: 'what' }) },
                  { ALT: () => this.CONSUME(K.CONNECTION!, { LABEL: 'what' }) },
                  { ALT: () => { this.CONSUME2(K.MATERIALIZED!, { LABEL: 'what' }); this.CONSUME4(K.TABLE!, { LABEL: 'what' }); } },
                ]);
                this.SUBRULE2(this.compoundIdent, { LABEL: 'name' });
              },
            },
          ]);
        },
      },
    ]);
  });

  showFrom = this.RULE('showFrom', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.FROM!, { LABEL: 'kw' }) },
      { ALT: () => this.CONSUME(K.IN!, { LABEL: 'kw' }) },
    ]);
    this.SUBRULE(this.compoundIdent);
  });

  showLike = this.RULE('showLike', () => {
    this.OPTION(() => this.CONSUME(K.NOT!));
    this.OR([
      { ALT: () => this.CONSUME(K.LIKE!, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(K.ILIKE!, { LABEL: 'op' }) },
    ]);
    this.SUBRULE(this.stringLiteral, { ARGS: [true] });
  });

  describeStatement = this.RULE('describeStatement', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.DESCRIBE!) },
      { ALT: () => this.CONSUME(K.DESC!) },
    ]);
    // As in Flink, JOB, CATALOG, DATABASE, FUNCTION, MODEL and CONNECTION right after DESCRIBE
    // name the object kind, decided on that one token (`DESCRIBE job` expects a job id, at <EOF>);
    // after EXTENDED the name is a table's.
    this.OR2({ MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
      {
        ALT: () => {
          this.CONSUME(K.JOB!, { LABEL: 'objectType' });
          this.SUBRULE(this.stringLiteral, { ARGS: [true] });
        },
      },
      {
        ALT: () => {
          this.OR3([
            {
              // a catalog's name is simple (Flink 2.3.0 rejects DESCRIBE CATALOG a.b at the dot)
              ALT: () => {
                this.CONSUME(K.CATALOG!, { LABEL: 'objectType' });
                this.OPTION3(() => this.CONSUME3(K.EXTENDED!));
                this.SUBRULE(this.ident, { LABEL: 'catalogName' });
              },
            },
            {
              ALT: () => {
                this.OR4([
                  { ALT: () => this.CONSUME(K.DATABASE!, { LABEL: 'objectType' }) },
                  { ALT: () => this.CONSUME(K.FUNCTION!, { LABEL: 'objectType' }) },
                  { ALT: () => this.CONSUME(K.MODEL!, { LABEL: 'objectType' }) },
                  { ALT: () => this.CONSUME(K.CONNECTION!, { LABEL: 'objectType' }) },
                ]);
                this.OPTION(() => this.CONSUME(K.EXTENDED!));
                this.SUBRULE(this.compoundIdent);
              },
            },
          ]);
        },
      },
      {
        // Calcite's DESCRIBE [STATEMENT] query-or-DML: DESCRIBE SELECT 1, DESCRIBE VALUE t,
        // DESCRIBE TABLE t (TABLE t is a query), DESCRIBE INSERT INTO t ... (Calcite's INSERT:
        // no OVERWRITE, PARTITION or ON CONFLICT), UPDATE, DELETE. Not after DESC: Flink 2.3.0
        // reads `DESC SELECT 1` as an expression, the name desc (fails at it, "Non-query
        // expression encountered in illegal context")
        GATE: () => this.LA(0).tokenType === K.DESCRIBE,
        ALT: () => {
          this.OPTION5(() => this.CONSUME(K.STATEMENT!));
          this.OR5([
            { ALT: () => this.SUBRULE(this.query) },
            { ALT: () => this.SUBRULE(this.insertStatement, { ARGS: [true] }) },
            { ALT: () => this.SUBRULE(this.updateStatement) },
            { ALT: () => this.SUBRULE(this.deleteStatement) },
            { ALT: () => this.SUBRULE(this.mergeStatement) },
          ]);
        },
      },
      {
        ALT: () => {
          this.OPTION2(() => this.CONSUME2(K.EXTENDED!));
          this.SUBRULE2(this.compoundIdent);
        },
      },
    ] });
  });

  updateStatement = this.RULE('updateStatement', () => {
    this.CONSUME(K.UPDATE!);
    this.SUBRULE(this.compoundIdent, { LABEL: 'table' });
    this.OPTION(() => {
      this.OPTION2(() => this.CONSUME(K.AS!));
      this.SUBRULE(this.ident, { LABEL: 'alias' });
    });
    this.CONSUME(K.SET!);
    this.SUBRULE(this.assignment);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.assignment);
    });
    this.OPTION3(() => {
      this.CONSUME(K.WHERE!);
      this.SUBRULE(this.expression);
    });
  });

  // `compound`: MERGE's UPDATE SET takes a qualified column (SET x.b = 1)
  assignment = this.RULE('assignment', (compound?: boolean) => {
    this.OR([
      { GATE: () => compound === true, ALT: () => this.SUBRULE(this.compoundIdent) },
      { GATE: () => compound !== true, ALT: () => this.SUBRULE(this.ident) },
    ]);
    this.CONSUME(Eq);
    this.SUBRULE(this.expression);
  });

  deleteStatement = this.RULE('deleteStatement', () => {
    this.CONSUME(K.DELETE!);
    this.CONSUME(K.FROM!);
    this.SUBRULE(this.compoundIdent, { LABEL: 'table' });
    this.OPTION(() => {
      this.OPTION2(() => this.CONSUME(K.AS!));
      this.SUBRULE(this.ident, { LABEL: 'alias' });
    });
    this.OPTION3(() => {
      this.CONSUME(K.WHERE!);
      this.SUBRULE(this.expression);
    });
  });

  // Calcite's MERGE (Flink 2.3.0's parser takes it; nothing runs it): MERGE INTO t [hints]
  // [[EXTEND] (cols)] [[AS] alias] USING tableRef ON cond, then WHEN MATCHED THEN UPDATE SET ...
  // and/or WHEN NOT MATCHED THEN INSERT [(cols)] VALUES row, in that order, once each
  mergeStatement = this.RULE('mergeStatement', () => {
    this.CONSUME(K.MERGE!);
    this.CONSUME(K.INTO!);
    this.SUBRULE(this.compoundIdent, { LABEL: 'table' });
    this.OPTION(() => this.SUBRULE(this.hints));
    this.OPTION2(() => this.SUBRULE(this.extendList));
    this.OPTION3(() => {
      this.OPTION4(() => this.CONSUME(K.AS!));
      this.SUBRULE(this.ident, { LABEL: 'alias' });
    });
    this.CONSUME(K.USING!);
    this.SUBRULE(this.tableRef, { LABEL: 'source' });
    this.CONSUME(K.ON!);
    this.SUBRULE(this.expression, { LABEL: 'condition' });
    // Calcite's LOOKAHEAD(2) for WHEN MATCHED, else WHEN NOT MATCHED taken on WHEN alone (a
    // statement ending in WHEN fails at its end, where NOT was expected)
    this.OR({ MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
      {
        GATE: () => this.LA(2).tokenType === K.MATCHED,
        ALT: () => {
          this.SUBRULE(this.whenMatched);
          this.OPTION5(() => this.SUBRULE(this.whenNotMatched));
        },
      },
      { ALT: () => this.SUBRULE2(this.whenNotMatched) },
    ] });
  });

  whenMatched = this.RULE('whenMatched', () => {
    this.CONSUME(K.WHEN!);
    this.CONSUME(K.MATCHED!);
    this.CONSUME(K.THEN!);
    this.CONSUME(K.UPDATE!);
    this.CONSUME(K.SET!);
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.assignment, { ARGS: [true] }) });
  });

  whenNotMatched = this.RULE('whenNotMatched', () => {
    this.CONSUME(K.WHEN!);
    this.CONSUME(K.NOT!);
    this.CONSUME(K.MATCHED!);
    this.CONSUME(K.THEN!);
    this.CONSUME(K.INSERT!);
    this.OPTION({ GATE: () => this.LA(2).tokenType !== K.VALUES, DEF: () => this.SUBRULE(this.identList, { LABEL: 'columns' }) });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.CONSUME(K.VALUES!);
          this.SUBRULE(this.valuesRow);
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME2(K.VALUES!);
          this.SUBRULE2(this.valuesRow);
        },
      },
    ]);
  });

  truncateStatement = this.RULE('truncateStatement', () => {
    this.CONSUME(K.TRUNCATE!);
    this.CONSUME(K.TABLE!);
    this.SUBRULE(this.compoundIdent);
  });

  callStatement = this.RULE('callStatement', () => {
    this.CONSUME(K.CALL!);
    this.SUBRULE(this.compoundIdent);
    // CALL a.*(...): Calcite's compound name may end with `*` (Flink 2.3.0 parses it)
    this.OPTION(() => {
      this.CONSUME(Dot);
      this.CONSUME(Star, { LABEL: 'star' });
    });
    // a procedure's arguments take no `*`, as a table function's (Flink 2.3.0: CALL p(*) fails at it)
    this.nextCall = 'table';
    this.SUBRULE(this.functionArgs);
  });

  analyzeStatement = this.RULE('analyzeStatement', () => {
    this.CONSUME(K.ANALYZE!);
    this.CONSUME(K.TABLE!);
    this.SUBRULE(this.compoundIdent);
    this.OPTION(() => this.SUBRULE(this.partitionSpec, { ARGS: [true] }));
    this.CONSUME(K.COMPUTE!);
    this.CONSUME(K.STATISTICS!);
    this.OPTION2(() => {
      this.CONSUME(K.FOR!);
      this.OR([
        { ALT: () => { this.CONSUME(K.ALL!); this.CONSUME(K.COLUMNS!); } },
        {
          ALT: () => {
            this.CONSUME2(K.COLUMNS!);
            this.SUBRULE(this.ident);
            this.MANY(() => {
              this.CONSUME(Comma);
              this.SUBRULE2(this.ident);
            });
          },
        },
      ]);
    });
  });

  moduleStatement = this.RULE('moduleStatement', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.LOAD!);
          this.CONSUME(K.MODULE!);
          this.SUBRULE(this.ident);
          this.OPTION(() => this.SUBRULE(this.withOptions));
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.UNLOAD!);
          this.CONSUME2(K.MODULE!);
          this.SUBRULE2(this.ident);
        },
      },
    ]);
  });

  jarStatement = this.RULE('jarStatement', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.ADD!) },
      { ALT: () => this.CONSUME(K.REMOVE!) },
    ]);
    this.CONSUME(K.JAR!);
    this.SUBRULE(this.stringLiteral, { ARGS: [true] });
  });

  // ALTER ...
  alterStatement = this.RULE('alterStatement', () => {
    this.CONSUME(K.ALTER!);
    this.OR({ MAX_LOOKAHEAD: 3, DEF: [
      { ALT: () => this.SUBRULE(this.alterTable) },
      { ALT: () => this.SUBRULE(this.alterMaterializedTable) },
      { ALT: () => this.SUBRULE(this.alterView) },
      { ALT: () => this.SUBRULE(this.alterDatabase) },
      { ALT: () => this.SUBRULE(this.alterCatalog) },
      { ALT: () => this.SUBRULE(this.alterFunction) },
      { ALT: () => this.SUBRULE(this.alterModel) },
      { ALT: () => this.SUBRULE(this.alterConnection) },
    ] });
  });

  alterTable = this.RULE('alterTable', () => {
    this.CONSUME(K.TABLE!);
    this.OPTION(() => this.SUBRULE(this.ifExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.SUBRULE(this.alterTableAction);
  });

  alterTableAction = this.RULE('alterTableAction', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.RENAME!);
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(K.TO!);
                this.SUBRULE(this.compoundIdent, { LABEL: 'newName' });
              },
            },
            {
              ALT: () => {
                this.SUBRULE2(this.compoundIdent, { LABEL: 'column' });
                this.CONSUME2(K.TO!);
                // a compound name in Flink 2.3.0's grammar (RENAME c TO a.b parses)
                this.SUBRULE4(this.compoundIdent, { LABEL: 'to' });
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.SET!);
          this.SUBRULE(this.optionList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.RESET!);
          this.SUBRULE(this.keyList);
        },
      },
      {
        ALT: () => {
          this.OR3([
            { ALT: () => this.CONSUME(K.ADD!, { LABEL: 'mode' }) },
            { ALT: () => this.CONSUME(K.MODIFY!, { LABEL: 'mode' }) },
          ]);
          // LL(1) plus a gate for `IF NOT EXISTS PARTITION` vs a column named `if`: the LL(2)
          // lookahead of this decision is costly to compute
          this.OR4({
            MAX_LOOKAHEAD: 1,
            IGNORE_AMBIGUITIES: true,
            DEF: [
              { ALT: () => this.SUBRULE(this.alterDistribution) },
              {
                GATE: () => this.LA(1).tokenType === K.PARTITION || (this.LA(1).tokenType === K.IF && this.LA(2).tokenType === K.NOT),
                ALT: () => this.SUBRULE(this.addPartitions),
              },
              { ALT: () => this.SUBRULE(this.schemaElements) },
              { ALT: () => this.SUBRULE(this.schemaElement) },
            ],
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.DROP!);
          this.OR5([
            { ALT: () => { this.CONSUME(K.PRIMARY!); this.CONSUME(K.KEY!); } },
            { ALT: () => { this.CONSUME(K.CONSTRAINT!); this.SUBRULE2(this.ident, { LABEL: 'constraint' }); } },
            { ALT: () => this.CONSUME(K.WATERMARK!) },
            { ALT: () => this.CONSUME(K.DISTRIBUTION!) },
            { ALT: () => this.SUBRULE(this.dropPartitions) },
            { ALT: () => this.SUBRULE(this.compoundIdentList, { LABEL: 'columns' }) },
            { ALT: () => this.SUBRULE3(this.compoundIdent, { LABEL: 'columns' }) },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.AS!);
          this.SUBRULE(this.query);
        },
      },
    ]);
  });

  keyList = this.RULE('keyList', () => {
    this.CONSUME(LParen);
    this.OPTION(() => {
      this.SUBRULE(this.stringLiteral);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.stringLiteral);
      });
    });
    this.CONSUME(RParen);
  });

  schemaElements = this.RULE('schemaElements', () => {
    this.CONSUME(LParen);
    this.SUBRULE(this.schemaElement);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.schemaElement);
    });
    this.CONSUME(RParen);
  });

  schemaElement = this.RULE('schemaElement', () => {
    this.SUBRULE(this.tableElement);
  });

  addPartitions = this.RULE('addPartitions', () => {
    this.OPTION(() => this.SUBRULE(this.ifNotExists));
    this.AT_LEAST_ONE(() => {
      this.SUBRULE(this.partitionSpec);
      this.OPTION2(() => this.SUBRULE(this.withOptions));
    });
  });

  dropPartitions = this.RULE('dropPartitions', () => {
    this.OPTION(() => this.SUBRULE(this.ifExists));
    this.SUBRULE(this.partitionSpec);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.partitionSpec);
    });
  });

  alterMaterializedTable = this.RULE('alterMaterializedTable', () => {
    this.CONSUME(K.MATERIALIZED!);
    this.CONSUME(K.TABLE!);
    this.OPTION(() => this.SUBRULE(this.ifExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OR([
      { ALT: () => this.CONSUME(K.SUSPEND!, { LABEL: 'action' }) },
      {
        ALT: () => {
          this.CONSUME(K.RESUME!, { LABEL: 'action' });
          this.OPTION3(() => this.SUBRULE(this.withOptions));
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.REFRESH!, { LABEL: 'action' });
          this.OPTION2(() => this.SUBRULE(this.partitionSpec));
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.SET!, { LABEL: 'action' });
          this.OR2([
            { ALT: () => this.SUBRULE(this.freshness) },
            { ALT: () => this.SUBRULE(this.refreshMode) },
            { ALT: () => this.SUBRULE(this.optionList) },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.RESET!, { LABEL: 'action' });
          this.SUBRULE(this.keyList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.AS!, { LABEL: 'action' });
          this.SUBRULE(this.query);
        },
      },
    ]);
  });

  alterView = this.RULE('alterView', () => {
    this.CONSUME(K.VIEW!);
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.RENAME!, { LABEL: 'action' });
          this.CONSUME(K.TO!);
          this.SUBRULE2(this.compoundIdent, { LABEL: 'newName' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.AS!, { LABEL: 'action' });
          this.SUBRULE(this.query);
        },
      },
    ]);
  });

  alterDatabase = this.RULE('alterDatabase', () => {
    this.CONSUME(K.DATABASE!);
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.CONSUME(K.SET!, { LABEL: 'action' });
    this.SUBRULE(this.optionList);
  });

  alterCatalog = this.RULE('alterCatalog', () => {
    this.CONSUME(K.CATALOG!);
    this.SUBRULE(this.ident, { LABEL: 'name' });
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.SET!, { LABEL: 'action' });
          this.SUBRULE(this.optionList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.RESET!, { LABEL: 'action' });
          this.SUBRULE(this.keyList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.COMMENT!, { LABEL: 'action' });
          this.SUBRULE(this.stringLiteral, { ARGS: [true] });
        },
      },
    ]);
  });

  alterFunction = this.RULE('alterFunction', () => {
    this.OPTION(() => this.CONSUME(K.TEMPORARY!));
    this.OPTION2(() => this.CONSUME(K.SYSTEM!));
    this.CONSUME(K.FUNCTION!);
    this.OPTION3(() => this.SUBRULE(this.ifExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.CONSUME(K.AS!);
    this.SUBRULE(this.stringLiteral, { ARGS: [true], LABEL: 'className' });
    this.OPTION4(() => this.SUBRULE(this.functionLanguage));
  });

  alterModel = this.RULE('alterModel', () => {
    this.CONSUME(K.MODEL!);
    this.OPTION(() => this.SUBRULE(this.ifExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.SUBRULE(this.renameSetReset);
  });

  // ALTER MODEL / CONNECTION name: RENAME TO new | SET (options) | RESET (keys)
  renameSetReset = this.RULE('renameSetReset', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.RENAME!, { LABEL: 'action' });
          this.CONSUME(K.TO!);
          this.SUBRULE(this.compoundIdent, { LABEL: 'newName' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.SET!, { LABEL: 'action' });
          this.SUBRULE(this.optionList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.RESET!, { LABEL: 'action' });
          this.SUBRULE(this.keyList);
        },
      },
    ]);
  });

  // ALTER CONNECTION only: Flink has no ALTER TEMPORARY / SYSTEM CONNECTION (TEMPORARY and SYSTEM
  // lead to FUNCTION: `ALTER TEMPORARY CONNECTION` fails at CONNECTION)
  alterConnection = this.RULE('alterConnection', () => {
    this.CONSUME(K.CONNECTION!);
    this.OPTION3(() => this.SUBRULE(this.ifExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.SUBRULE(this.renameSetReset);
  });

  // DROP [TEMPORARY] [SYSTEM] TABLE|VIEW|FUNCTION|CATALOG|DATABASE|MATERIALIZED TABLE|MODEL|CONNECTION
  dropStatement = this.RULE('dropStatement', () => {
    this.CONSUME(K.DROP!);
    this.OPTION(() => this.CONSUME(K.TEMPORARY!));
    this.OR([
      {
        // SYSTEM FUNCTION, else Flink's SqlDropConnection takes SYSTEM (and, without TEMPORARY,
        // rejects it there: parse.ts systemWithoutTemporary)
        ALT: () => {
          this.CONSUME(K.SYSTEM!);
          this.OR3([
            { ALT: () => this.CONSUME2(K.FUNCTION!, { LABEL: 'objectType' }) },
            { ALT: () => this.CONSUME2(K.CONNECTION!, { LABEL: 'objectType' }) },
          ]);
        },
      },
      { ALT: () => this.CONSUME(K.TABLE!, { LABEL: 'objectType' }) },
      { ALT: () => this.CONSUME(K.VIEW!, { LABEL: 'objectType' }) },
      { ALT: () => this.CONSUME(K.FUNCTION!, { LABEL: 'objectType' }) },
      { ALT: () => this.CONSUME(K.CATALOG!, { LABEL: 'objectType' }) },
      { ALT: () => this.CONSUME(K.DATABASE!, { LABEL: 'objectType' }) },
      { ALT: () => this.CONSUME(K.MODEL!, { LABEL: 'objectType' }) },
      { ALT: () => this.CONSUME(K.CONNECTION!, { LABEL: 'objectType' }) },
      { ALT: () => { this.CONSUME(K.MATERIALIZED!, { LABEL: 'objectType' }); this.CONSUME2(K.TABLE!, { LABEL: 'objectType' }); } },
    ]);
    this.OPTION3(() => this.SUBRULE(this.ifExists));
    this.SUBRULE(this.compoundIdent, { LABEL: 'name' });
    this.OPTION4(() => this.OR2([
      { ALT: () => this.CONSUME(K.CASCADE!, { LABEL: 'cascade' }) },
      { ALT: () => this.CONSUME(K.RESTRICT!, { LABEL: 'cascade' }) },
    ]));
  });

  // -------------------------------------------------------------------------------------------
  // Queries

  // [WITH ...] queryExpr [ORDER BY] [LIMIT | OFFSET | FETCH]
  query = this.RULE('query', () => {
    this.OPTION(() => this.SUBRULE(this.withClause));
    this.SUBRULE(this.queryExpr);
    this.OPTION2(() => this.SUBRULE(this.orderBy));
    this.OPTION3(() => {
      this.CONSUME(K.LIMIT!);
      this.OR([
        { ALT: () => this.SUBRULE(this.limitValue, { LABEL: 'limit' }) },
        { ALT: () => this.CONSUME(K.ALL!) },
      ]);
      this.OPTION8(() => {
        this.CONSUME(Comma, { LABEL: 'limitComma' });
        this.SUBRULE4(this.limitValue, { LABEL: 'limitCount' });
      });
    });
    this.OPTION4(() => {
      this.CONSUME(K.OFFSET!);
      this.SUBRULE2(this.limitValue, { LABEL: 'offset' });
      this.OPTION5(() => this.OR2([
        { ALT: () => this.CONSUME(K.ROW!) },
        { ALT: () => this.CONSUME(K.ROWS!) },
      ]));
    });
    this.OPTION6(() => {
      this.CONSUME(K.FETCH!);
      this.OR3([
        { ALT: () => this.CONSUME(K.FIRST!) },
        { ALT: () => this.CONSUME(K.NEXT!) },
      ]);
      this.SUBRULE3(this.limitValue, { LABEL: 'fetch' });
      this.OR4([
        { ALT: () => this.CONSUME2(K.ROW!) },
        { ALT: () => this.CONSUME2(K.ROWS!) },
      ]);
      this.CONSUME(K.ONLY!);
    });
  });

  // Calcite's UnsignedNumericLiteralOrParam
  limitValue = this.RULE('limitValue', () => {
    this.OR([
      { ALT: () => this.CONSUME(IntegerLit) },
      { ALT: () => this.CONSUME(DecimalLit) },
      { ALT: () => this.CONSUME(ApproxLit) },
      { ALT: () => this.CONSUME(Question) },
    ]);
  });

  withClause = this.RULE('withClause', () => {
    this.CONSUME(K.WITH!);
    this.OPTION(() => this.CONSUME(K.RECURSIVE!));
    this.SUBRULE(this.cte);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.cte);
    });
  });

  cte = this.RULE('cte', () => {
    this.SUBRULE(this.ident);
    this.OPTION(() => this.SUBRULE(this.identList));
    this.CONSUME(K.AS!);
    this.CONSUME(LParen);
    this.SUBRULE(this.query);
    this.CONSUME(RParen);
  });

  orderBy = this.RULE('orderBy', () => {
    this.CONSUME(K.ORDER!);
    this.CONSUME(K.BY!);
    this.SUBRULE(this.orderItem);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.orderItem);
    });
  });

  orderItem = this.RULE('orderItem', () => {
    this.SUBRULE(this.expression);
    this.OPTION(() => this.OR([
      { ALT: () => this.CONSUME(K.ASC!, { LABEL: 'dir' }) },
      { ALT: () => this.CONSUME(K.DESC!, { LABEL: 'dir' }) },
    ]));
    this.OPTION2(() => {
      this.CONSUME(K.NULLS!);
      this.OR2([
        { ALT: () => this.CONSUME(K.FIRST!, { LABEL: 'nulls' }) },
        { ALT: () => this.CONSUME(K.LAST!, { LABEL: 'nulls' }) },
      ]);
    });
  });

  // queryTerm ((UNION | EXCEPT | MINUS) [ALL|DISTINCT] queryTerm)*
  queryExpr = this.RULE('queryExpr', () => {
    this.SUBRULE(this.queryTerm);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(K.UNION!, { LABEL: 'setOp' }) },
        { ALT: () => this.CONSUME(K.EXCEPT!, { LABEL: 'setOp' }) },
        { ALT: () => this.CONSUME(K.MINUS!, { LABEL: 'setOp' }) },
      ]);
      this.OPTION(() => this.OR2([
        { ALT: () => this.CONSUME(K.ALL!, { LABEL: 'quantifier' }) },
        { ALT: () => this.CONSUME(K.DISTINCT!, { LABEL: 'quantifier' }) },
      ]));
      this.SUBRULE2(this.queryTerm);
    });
  });

  queryTerm = this.RULE('queryTerm', () => {
    this.SUBRULE(this.queryPrimary);
    this.MANY(() => {
      this.CONSUME(K.INTERSECT!, { LABEL: 'setOp' });
      this.OPTION(() => this.OR([
        { ALT: () => this.CONSUME(K.ALL!, { LABEL: 'quantifier' }) },
        { ALT: () => this.CONSUME(K.DISTINCT!, { LABEL: 'quantifier' }) },
      ]));
      this.SUBRULE2(this.queryPrimary);
    });
  });

  queryPrimary = this.RULE('queryPrimary', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.select) },
      { ALT: () => this.SUBRULE(this.values) },
      {
        ALT: () => {
          this.CONSUME(K.TABLE!);
          this.SUBRULE(this.compoundIdent);
        },
      },
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.query);
          this.CONSUME(RParen);
        },
      },
    ]);
  });

  values = this.RULE('values', () => {
    // VALUE is Calcite's synonym (Flink 2.3.0 parses `VALUE (1, 2)` and `INSERT INTO t VALUE (1)`)
    this.OR([
      { ALT: () => this.CONSUME(K.VALUES!) },
      { ALT: () => this.CONSUME(K.VALUE!) },
    ]);
    this.SUBRULE(this.valuesRow);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.valuesRow);
    });
  });

  // Calcite's RowConstructor: (ROW(a, b)) | [ROW] (a, b) | a. The elements of its lists may be
  // DEFAULT (ParenthesizedQueryOrCommaListWithDefault; Flink 2.3.0's validator then looks for a
  // function DEFAULT), a nested expression may not (VALUES (1, (DEFAULT)) fails at DEFAULT)
  valuesRow = this.RULE('valuesRow', () => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        // `(ROW(a, b))` is one row, closed after the ROW (Flink 2.3.0 rejects VALUES (ROW(1), 'x')
        // at the comma)
        GATE: () => this.LA(1).tokenType === LParen && this.LA(2).tokenType === K.ROW,
        ALT: () => {
          this.CONSUME2(LParen);
          this.CONSUME2(K.ROW!);
          this.SUBRULE(this.valuesElements);
          this.CONSUME2(RParen);
        },
      },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(K.ROW!));
          this.SUBRULE2(this.valuesElements);
        },
      },
      { ALT: () => this.SUBRULE3(this.expression, { LABEL: 'single' }) },
    ] });
  });

  valuesElements = this.RULE('valuesElements', () => {
    this.CONSUME(LParen);
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.valuesElement) });
    this.CONSUME(RParen);
  });

  valuesElement = this.RULE('valuesElement', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.DEFAULT!, { LABEL: 'default' }) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  select = this.RULE('select', () => {
    this.CONSUME(K.SELECT!);
    this.OPTION(() => this.SUBRULE(this.hints));
    this.OPTION2(() => this.OR([
      { ALT: () => this.CONSUME(K.DISTINCT!, { LABEL: 'quantifier' }) },
      { ALT: () => this.CONSUME(K.ALL!, { LABEL: 'quantifier' }) },
    ]));
    this.SUBRULE(this.selectItem);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.selectItem);
    });
    // Calcite's SqlSelect: WHERE, GROUP BY, HAVING, WINDOW and QUALIFY only after a FROM
    // (`SELECT 1 WHERE TRUE` fails at WHERE)
    this.OPTION3(() => {
      this.CONSUME(K.FROM!);
      this.SUBRULE(this.fromClause);
      this.OPTION4(() => {
        this.CONSUME(K.WHERE!);
        this.SUBRULE(this.expression, { LABEL: 'where' });
      });
      this.OPTION5(() => this.SUBRULE(this.groupBy));
      this.OPTION6(() => {
        this.CONSUME(K.HAVING!);
        this.SUBRULE2(this.expression, { LABEL: 'having' });
      });
      this.OPTION7(() => {
        this.CONSUME(K.WINDOW!);
        this.SUBRULE(this.namedWindow);
        this.MANY2(() => {
          this.CONSUME2(Comma);
          this.SUBRULE2(this.namedWindow);
        });
      });
      this.OPTION8(() => {
        this.CONSUME(K.QUALIFY!);
        this.SUBRULE3(this.expression, { LABEL: 'qualify' });
      });
    });
  });

  hints = this.RULE('hints', () => {
    this.CONSUME(HintStart);
    this.SUBRULE(this.hint);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.hint);
    });
    this.CONSUME(HintEnd);
  });

  // Calcite's SqlHint: its options are all `key = 'value'` (the key a simple name or a string),
  // all simple names, or all literals (strings, signed numbers), never a mix (Flink 2.3.0 rejects
  // `('o' = '3d', 'l')` at the `)`, `(o, 'l')` at the string, `(x.y = 'a')` at `x`)
  hint = this.RULE('hint', () => {
    this.SUBRULE(this.ident, { LABEL: 'name' });
    this.OPTION(() => {
      this.CONSUME(LParen);
      this.OPTION2(() => this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
        {
          // a key may be strings continued ('k' 'j' = 'v'): Calcite looks ahead past them
          GATE: () => this.keyValueAhead(),
          ALT: () => {
            this.SUBRULE(this.hintKeyValue);
            this.MANY(() => {
              this.CONSUME(Comma);
              this.SUBRULE2(this.hintKeyValue);
            });
          },
        },
        {
          ALT: () => {
            this.SUBRULE2(this.ident, { LABEL: 'option' });
            this.MANY2(() => {
              this.CONSUME2(Comma);
              this.SUBRULE3(this.ident, { LABEL: 'option' });
            });
          },
        },
        {
          ALT: () => {
            this.SUBRULE(this.hintLiteral);
            this.MANY3(() => {
              this.CONSUME3(Comma);
              this.SUBRULE2(this.hintLiteral);
            });
          },
        },
      ] }));
      this.CONSUME(RParen);
    });
  });

  hintKeyValue = this.RULE('hintKeyValue', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.ident, { LABEL: 'key' }) },
      { ALT: () => this.SUBRULE(this.stringLiteral, { LABEL: 'key' }) },
    ]);
    this.CONSUME(Eq);
    this.SUBRULE2(this.stringLiteral, { LABEL: 'value' });
  });

  hintLiteral = this.RULE('hintLiteral', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.stringLiteral) },
      { ALT: () => this.SUBRULE(this.signedNumber) },
    ]);
  });

  // a number with an optional sign (hint options, partition spec values)
  signedNumber = this.RULE('signedNumber', () => {
    this.OPTION(() => this.OR([
      { ALT: () => this.CONSUME(Plus, { LABEL: 'sign' }) },
      { ALT: () => this.CONSUME(Minus, { LABEL: 'sign' }) },
    ]));
    this.OR2([
      { ALT: () => this.CONSUME(IntegerLit, { LABEL: 'number' }) },
      { ALT: () => this.CONSUME(DecimalLit, { LABEL: 'number' }) },
      { ALT: () => this.CONSUME(ApproxLit, { LABEL: 'number' }) },
    ]);
  });

  // Calcite's SelectItem: SelectExpression() [[AS] alias], `*` too (`SELECT * AS x` parses; the
  // validator rejects it)
  selectItem = this.RULE('selectItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(Star) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
    this.OPTION(() => {
      this.OPTION2(() => this.CONSUME(K.AS!));
      this.SUBRULE(this.ident, { LABEL: 'alias' });
    });
  });

  // FROM a, b JOIN c ON ...
  fromClause = this.RULE('fromClause', () => {
    this.SUBRULE(this.joinedTable);
    // Calcite takes `, table` on two tokens: `FROM u, 2` fails at the comma (Flink 2.3.0:
    // Encountered ", 2"), not at the 2, also where a list could go on after the query,
    // `(SELECT 1 FROM u, 2)` (after `WHERE x, 2` it does)
    this.MANY({
      GATE: () => {
        const t = this.LA(2);
        return tokenMatcher(t, Ident) || t.tokenType === K.LATERAL || t.tokenType === K.TABLE || t.tokenType === LParen || t.tokenType === K.UNNEST;
      },
      DEF: () => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.joinedTable);
      },
    });
    if (this.LA(1).tokenType === Comma) this.fromComma = this.LA(1);
  });

  joinedTable = this.RULE('joinedTable', () => {
    this.SUBRULE(this.tableRef);
    let joined = this.queryOrJoin;
    this.MANY(() => {
      this.SUBRULE(this.joinTail);
      joined = true;
    });
    this.queryOrJoin = joined;
  });

  joinTail = this.RULE('joinTail', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.CROSS!, { LABEL: 'joinType' });
          this.OR2([
            { ALT: () => this.CONSUME(K.JOIN!) },
            { ALT: () => this.CONSUME(K.APPLY!, { LABEL: 'apply' }) },
          ]);
          this.SUBRULE(this.tableRef);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.OUTER!, { LABEL: 'joinType' });
          this.CONSUME2(K.APPLY!, { LABEL: 'apply' });
          this.SUBRULE2(this.tableRef);
        },
      },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(K.NATURAL!));
          this.OPTION2(() => this.OR3([
            { ALT: () => this.CONSUME(K.INNER!, { LABEL: 'joinType' }) },
            {
              ALT: () => {
                this.OR4([
                  { ALT: () => this.CONSUME(K.LEFT!, { LABEL: 'joinType' }) },
                  { ALT: () => this.CONSUME(K.RIGHT!, { LABEL: 'joinType' }) },
                  { ALT: () => this.CONSUME(K.FULL!, { LABEL: 'joinType' }) },
                ]);
                this.OPTION3(() => this.CONSUME2(K.OUTER!));
              },
            },
          ]));
          this.CONSUME2(K.JOIN!);
          this.SUBRULE3(this.tableRef);
          this.OPTION4(() => this.OR5([
            {
              ALT: () => {
                this.CONSUME(K.ON!);
                this.SUBRULE(this.expression, { LABEL: 'on' });
              },
            },
            {
              ALT: () => {
                this.CONSUME(K.USING!);
                this.SUBRULE(this.identList, { LABEL: 'using' });
              },
            },
          ]));
        },
      },
    ]);
  });

  tableRef = this.RULE('tableRef', () => {
    this.SUBRULE(this.tablePrimary);
    const nestedJoin = this.primaryNested;
    let bare = true;
    // an alias on a parenthesized join: "Join expression encountered in illegal context" in Flink
    this.OPTION({ GATE: () => !nestedJoin, DEF: () => { this.SUBRULE(this.matchRecognize); bare = false; } });
    this.OPTION2({ GATE: () => !nestedJoin, DEF: () => { this.SUBRULE(this.alias); bare = false; } });
    this.OPTION3({ GATE: () => !nestedJoin, DEF: () => { this.SUBRULE(this.tableSample); bare = false; } });
    this.queryOrJoin = bare && this.primaryParenthesized;
  });

  // TABLESAMPLE BERNOULLI|SYSTEM (pct) [REPEATABLE (seed)]; kept in the CST only
  tableSample = this.RULE('tableSample', () => {
    this.CONSUME(K.TABLESAMPLE!);
    this.OR([
      { ALT: () => this.CONSUME(K.BERNOULLI!) },
      { ALT: () => this.CONSUME(K.SYSTEM!) },
    ]);
    this.CONSUME(LParen);
    this.SUBRULE(this.literal);
    this.CONSUME(RParen);
    this.OPTION(() => {
      this.CONSUME(K.REPEATABLE!);
      this.CONSUME2(LParen);
      this.CONSUME(IntegerLit);
      this.CONSUME2(RParen);
    });
  });

  alias = this.RULE('alias', () => {
    this.OPTION(() => this.CONSUME(K.AS!));
    this.SUBRULE(this.ident);
    this.OPTION2(() => this.SUBRULE(this.identList));
  });

  tablePrimary = this.RULE('tablePrimary', () => {
    // what the primary was, for tableRef (set last, after any nested table reference)
    let parenthesized = false;
    let nested = false;
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.SUBRULE(this.compoundIdent, { LABEL: 'table' });
            // f(args) in FROM: a (process) table function called directly (Flink 2.x); `t (a
            // INT)`, a name and a type after the parenthesis, is the table with extended columns
            // (Calcite decides on those three tokens)
            let called = false;
            this.OPTION5({ GATE: () => !this.extendAhead(), DEF: () => {
              this.nextCall = 'table';
              this.implicitCallFirstArgument();
              this.SUBRULE(this.functionArgs, { LABEL: 'callArgs' });
              called = true;
            } });
            // a call takes no hints and is no temporal table (Flink 2.3.0 rejects f(x) /*+ ...*/
            // and JOIN f(x) FOR SYSTEM_TIME AS OF ... at the hint, at FOR)
            this.OPTION({ GATE: () => !called, DEF: () => this.SUBRULE(this.hints) });
            this.OPTION6({ GATE: () => !called && (this.LA(1).tokenType === K.EXTEND || this.extendAhead()), DEF: () => this.SUBRULE(this.extendList) });
            this.OPTION2({ GATE: () => !called, DEF: () => {
              this.CONSUME(K.FOR!);
              this.CONSUME(K.SYSTEM_TIME!);
              this.CONSUME(K.AS!);
              this.CONSUME(K.OF!);
              // an expression, not a query (Calcite's ExprContext.ACCEPT_NON_QUERY)
              this.nonQueryOperand();
              this.SUBRULE(this.expression, { LABEL: 'systemTime' });
            } });
          },
        },
        {
          ALT: () => {
            this.OPTION3(() => this.CONSUME(K.LATERAL!));
            this.OR2({
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  ALT: () => {
                    this.CONSUME(K.TABLE!);
                    this.CONSUME(LParen);
                    this.nextCall = 'table';
                    this.SUBRULE(this.functionCall, { LABEL: 'tableFunction' });
                    this.CONSUME(RParen);
                  },
                },
                {
                  GATE: () => this.queryAhead(2),
                  ALT: () => {
                    this.CONSUME2(LParen);
                    this.SUBRULE(this.query, { LABEL: 'subquery' });
                    this.CONSUME2(RParen);
                    parenthesized = true;
                  },
                },
                {
                  // (a JOIN b). Calcite parses a query or join in parentheses and rejects anything
                  // else at its first token, "Expected query or join": (t), (f(x)), (UNNEST(a)),
                  // ((SELECT 1) AS z); ((a JOIN b)) and ((SELECT 1)) are fine
                  ALT: () => {
                    this.CONSUME4(LParen);
                    const first = this.LA(1);
                    this.SUBRULE(this.joinedTable, { LABEL: 'nested' });
                    // (a syntax error inside, such as `(t, u)`, is reported first, as Flink does)
                    if (!this.queryOrJoin && this.LA(1).tokenType === RParen) this.failAt(first, 'Expected query or join');
                    this.CONSUME4(RParen);
                    parenthesized = true;
                    nested = true;
                  },
                },
              ],
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(K.UNNEST!);
            this.CONSUME3(LParen);
            this.SUBRULE2(this.expression, { LABEL: 'unnestArg' });
            this.MANY(() => {
              this.CONSUME(Comma);
              this.SUBRULE3(this.expression, { LABEL: 'unnestArg' });
            });
            this.CONSUME3(RParen);
            this.OPTION4(() => {
              this.CONSUME(K.WITH!);
              this.CONSUME(K.ORDINALITY!);
            });
          },
        },
      ],
    });
    this.primaryParenthesized = parenthesized;
    this.primaryNested = nested;
  });

  functionCall = this.RULE('functionCall', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.compoundIdent, { LABEL: 'name' }) },
      { ALT: () => this.CONSUME(FuncNameKw, { LABEL: 'fn' }) },
    ]);
    this.SUBRULE(this.functionArgs);
  });

  // MATCH_RECOGNIZE ( ... )
  matchRecognize = this.RULE('matchRecognize', () => {
    this.CONSUME(K.MATCH_RECOGNIZE!);
    this.CONSUME(LParen);
    this.OPTION(() => {
      this.CONSUME(K.PARTITION!);
      this.CONSUME(K.BY!);
      this.nonQueryOperand();
      this.SUBRULE(this.expressionList, { LABEL: 'partitionBy' });
    });
    this.OPTION2(() => this.SUBRULE(this.orderBy));
    this.OPTION3(() => {
      this.CONSUME(K.MEASURES!);
      this.SUBRULE(this.measure);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.measure);
      });
    });
    this.OPTION4(() => this.OR([
      { ALT: () => { this.CONSUME(K.ONE!, { LABEL: 'rowsPerMatch' }); this.CONSUME(K.ROW!); this.CONSUME(K.PER!); this.CONSUME(K.MATCH!); } },
      { ALT: () => { this.CONSUME(K.ALL!, { LABEL: 'rowsPerMatch' }); this.CONSUME(K.ROWS!); this.CONSUME2(K.PER!); this.CONSUME2(K.MATCH!); } },
    ]));
    this.OPTION5(() => {
      this.CONSUME(K.AFTER!);
      this.CONSUME3(K.MATCH!);
      this.CONSUME(K.SKIP!);
      this.OR2([
        { ALT: () => { this.CONSUME(K.TO!); this.OR3([
          { ALT: () => { this.CONSUME(K.NEXT!, { LABEL: 'skip' }); this.CONSUME2(K.ROW!); } },
          { ALT: () => { this.CONSUME(K.FIRST!, { LABEL: 'skip' }); this.SUBRULE(this.ident, { LABEL: 'skipVar' }); } },
          { ALT: () => { this.CONSUME(K.LAST!, { LABEL: 'skip' }); this.SUBRULE2(this.ident, { LABEL: 'skipVar' }); } },
          { ALT: () => this.SUBRULE3(this.ident, { LABEL: 'skipVar' }) },
        ]); } },
        { ALT: () => { this.CONSUME(K.PAST!, { LABEL: 'skip' }); this.CONSUME2(K.LAST!); this.CONSUME3(K.ROW!); } },
      ]);
    });
    this.CONSUME(K.PATTERN!);
    this.CONSUME2(LParen);
    this.OPTION6(() => this.CONSUME(Caret));
    this.SUBRULE(this.patternAlt);
    this.OPTION7(() => this.CONSUME(Dollar));
    this.CONSUME2(RParen);
    this.OPTION8(() => {
      this.CONSUME(K.WITHIN!);
      this.SUBRULE(this.intervalLiteral, { LABEL: 'within', ARGS: [true] });
    });
    this.OPTION9(() => {
      this.CONSUME(K.SUBSET!);
      this.SUBRULE(this.subsetDef);
      this.MANY2(() => {
        this.CONSUME2(Comma);
        this.SUBRULE2(this.subsetDef);
      });
    });
    this.CONSUME(K.DEFINE!);
    this.SUBRULE(this.defineItem);
    this.MANY3(() => {
      this.CONSUME3(Comma);
      this.SUBRULE2(this.defineItem);
    });
    this.CONSUME3(RParen);
  });

  measure = this.RULE('measure', () => {
    this.nonQueryOperand();
    this.SUBRULE(this.expression);
    this.CONSUME(K.AS!);
    this.SUBRULE(this.ident);
  });

  subsetDef = this.RULE('subsetDef', () => {
    this.SUBRULE(this.ident);
    this.CONSUME(Eq);
    this.SUBRULE(this.identList);
  });

  defineItem = this.RULE('defineItem', () => {
    this.SUBRULE(this.ident);
    this.CONSUME(K.AS!);
    this.SUBRULE(this.expression);
  });

  patternAlt = this.RULE('patternAlt', () => {
    this.SUBRULE(this.patternConcat);
    this.MANY(() => {
      this.CONSUME(Pipe);
      this.SUBRULE2(this.patternConcat);
    });
  });

  patternConcat = this.RULE('patternConcat', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.patternFactor));
  });

  patternFactor = this.RULE('patternFactor', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.ident, { LABEL: 'variable' }) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.OPTION(() => this.SUBRULE(this.patternAlt));
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.PERMUTE!);
          this.CONSUME2(LParen);
          this.SUBRULE2(this.patternAlt);
          this.MANY(() => {
            this.CONSUME(Comma);
            this.SUBRULE3(this.patternAlt);
          });
          this.CONSUME2(RParen);
        },
      },
    ]);
    this.OPTION2(() => this.SUBRULE(this.patternQuantifier));
  });

  patternQuantifier = this.RULE('patternQuantifier', () => {
    this.OR([
      { ALT: () => this.CONSUME(Star, { LABEL: 'q' }) },
      { ALT: () => this.CONSUME(Plus, { LABEL: 'q' }) },
      { ALT: () => this.CONSUME(Question, { LABEL: 'q' }) },
      {
        ALT: () => {
          this.CONSUME(LBrace, { LABEL: 'q' });
          this.OPTION(() => this.CONSUME(IntegerLit, { LABEL: 'min' }));
          this.OPTION2(() => {
            this.CONSUME(Comma, { LABEL: 'comma' });
            this.OPTION3(() => this.CONSUME2(IntegerLit, { LABEL: 'max' }));
          });
          this.CONSUME(RBrace);
        },
      },
    ]);
    this.OPTION4(() => this.CONSUME2(Question, { LABEL: 'reluctant' }));
  });

  groupBy = this.RULE('groupBy', () => {
    this.CONSUME(K.GROUP!);
    this.CONSUME(K.BY!);
    this.OPTION(() => this.OR([
      { ALT: () => this.CONSUME(K.DISTINCT!, { LABEL: 'quantifier' }) },
      { ALT: () => this.CONSUME(K.ALL!, { LABEL: 'quantifier' }) },
    ]));
    this.SUBRULE(this.groupingElement);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.groupingElement);
    });
  });

  groupingElement = this.RULE('groupingElement', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.GROUPING!);
          this.CONSUME(K.SETS!);
          this.SUBRULE(this.groupingList, { LABEL: 'sets' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.ROLLUP!);
          this.SUBRULE2(this.groupingList, { LABEL: 'rollup' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.CUBE!);
          this.SUBRULE3(this.groupingList, { LABEL: 'cube' });
        },
      },
      {
        GATE: () => this.LA(2).tokenType === RParen,
        ALT: () => {
          this.CONSUME(LParen, { LABEL: 'empty' });
          this.CONSUME(RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  groupingList = this.RULE('groupingList', () => {
    this.CONSUME(LParen);
    this.SUBRULE(this.groupingElement);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.groupingElement);
    });
    this.CONSUME(RParen);
  });

  namedWindow = this.RULE('namedWindow', () => {
    this.SUBRULE(this.ident);
    this.CONSUME(K.AS!);
    this.SUBRULE(this.windowSpec);
  });

  windowSpec = this.RULE('windowSpec', () => {
    this.CONSUME(LParen);
    this.OPTION(() => this.SUBRULE(this.ident, { LABEL: 'base' }));
    this.OPTION2(() => {
      this.CONSUME(K.PARTITION!);
      this.CONSUME(K.BY!);
      this.nonQueryOperand();
      this.SUBRULE(this.expressionList, { LABEL: 'partitionBy' });
    });
    this.OPTION3(() => this.SUBRULE(this.orderBy));
    this.OPTION4(() => this.SUBRULE(this.windowFrame));
    this.CONSUME(RParen);
  });

  windowFrame = this.RULE('windowFrame', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.ROWS!, { LABEL: 'unit' }) },
      { ALT: () => this.CONSUME(K.RANGE!, { LABEL: 'unit' }) },
    ]);
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(K.BETWEEN!);
          this.SUBRULE(this.frameBound);
          this.CONSUME(K.AND!);
          this.SUBRULE2(this.frameBound);
        },
      },
      { ALT: () => this.SUBRULE3(this.frameBound) },
    ]);
  });

  frameBound = this.RULE('frameBound', () => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        ALT: () => {
          this.CONSUME(K.UNBOUNDED!);
          this.OR2([
            { ALT: () => this.CONSUME(K.PRECEDING!, { LABEL: 'dir' }) },
            { ALT: () => this.CONSUME(K.FOLLOWING!, { LABEL: 'dir' }) },
          ]);
        },
      },
      { ALT: () => { this.CONSUME(K.CURRENT!); this.CONSUME(K.ROW!); } },
      {
        ALT: () => {
          this.nonQueryOperand();
          this.SUBRULE(this.additiveExpr, { LABEL: 'offset' });
          this.OR3([
            { ALT: () => this.CONSUME2(K.PRECEDING!, { LABEL: 'dir' }) },
            { ALT: () => this.CONSUME2(K.FOLLOWING!, { LABEL: 'dir' }) },
          ]);
        },
      },
    ] });
  });

  // -------------------------------------------------------------------------------------------
  // Expressions (precedence climbing by rule layers)

  expressionList = this.RULE('expressionList', () => {
    this.SUBRULE(this.expression);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE2(this.expression);
    });
  });

  expression = this.RULE('expression', () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(K.OR!);
      this.SUBRULE2(this.andExpr);
    });
  });

  andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(K.AND!);
      this.SUBRULE2(this.notExpr);
    });
  });

  notExpr = this.RULE('notExpr', () => {
    // NOT before a whole predicate (`NOT a = b` is NOT (a = b)); unaryExpr takes a NOT that follows
    // an operator, as Calcite's flat list does (`a = NOT b`, `1 + NOT b` parse). One token decides:
    // a leading NOT is always this one
    this.OR({ IGNORE_AMBIGUITIES: true, MAX_LOOKAHEAD: 1, DEF: [
      {
        ALT: () => {
          this.CONSUME(K.NOT!);
          this.SUBRULE(this.notExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.predicate) },
    ] });
  });

  // comparison and the postfix predicates
  predicate = this.RULE('predicate', () => {
    this.SUBRULE(this.additiveExpr);
    this.MANY(() => this.SUBRULE(this.predicateTail));
  });

  predicateTail = this.RULE('predicateTail', () => {
    this.OR([
      {
        ALT: () => {
          this.SUBRULE(this.compOp);
          this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
            {
              ALT: () => {
                this.OR3([
                  { ALT: () => this.CONSUME(K.ANY!, { LABEL: 'quantifier' }) },
                  { ALT: () => this.CONSUME(K.SOME!, { LABEL: 'quantifier' }) },
                  { ALT: () => this.CONSUME(K.ALL!, { LABEL: 'quantifier' }) },
                ]);
                this.CONSUME(LParen);
                this.OR4([
                  { GATE: () => this.queryAhead(1), ALT: () => this.SUBRULE(this.query) },
                  { ALT: () => this.SUBRULE(this.expressionList) },
                ]);
                this.CONSUME(RParen);
              },
            },
            { ALT: () => this.SUBRULE(this.additiveExpr, { LABEL: 'right' }) },
          ] });
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.IS!);
          this.OPTION(() => this.CONSUME(K.NOT!));
          this.OR5([
            { ALT: () => this.CONSUME(K.NULL!, { LABEL: 'test' }) },
            { ALT: () => this.CONSUME(K.TRUE!, { LABEL: 'test' }) },
            { ALT: () => this.CONSUME(K.FALSE!, { LABEL: 'test' }) },
            { ALT: () => this.CONSUME(K.UNKNOWN!, { LABEL: 'test' }) },
            {
              ALT: () => {
                this.CONSUME(K.JSON!, { LABEL: 'test' });
                this.OPTION2(() => this.OR6([
                  { ALT: () => this.CONSUME(K.VALUE!, { LABEL: 'jsonKind' }) },
                  { ALT: () => this.CONSUME(K.OBJECT!, { LABEL: 'jsonKind' }) },
                  { ALT: () => this.CONSUME(K.ARRAY!, { LABEL: 'jsonKind' }) },
                  { ALT: () => this.CONSUME(K.SCALAR!, { LABEL: 'jsonKind' }) },
                ]));
              },
            },
            {
              ALT: () => {
                this.CONSUME(K.DISTINCT!, { LABEL: 'test' });
                this.CONSUME(K.FROM!);
                this.SUBRULE2(this.additiveExpr, { LABEL: 'right' });
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.OPTION3(() => this.CONSUME2(K.NOT!));
          this.OR7([
            {
              ALT: () => {
                this.CONSUME(K.BETWEEN!);
                this.OPTION4(() => this.OR8([
                  { ALT: () => this.CONSUME(K.SYMMETRIC!, { LABEL: 'symmetric' }) },
                  { ALT: () => this.CONSUME(K.ASYMMETRIC!) },
                ]));
                this.SUBRULE(this.betweenLow, { LABEL: 'low' });
                this.CONSUME(K.AND!);
                this.SUBRULE4(this.additiveExpr, { LABEL: 'high' });
              },
            },
            {
              ALT: () => {
                this.CONSUME(K.IN!);
                this.SUBRULE(this.parenExpr, { LABEL: 'inList' });
              },
            },
            {
              ALT: () => {
                this.SUBRULE(this.likeOp);
                this.SUBRULE5(this.additiveExpr, { LABEL: 'pattern' });
                this.OPTION5(() => {
                  this.CONSUME(K.ESCAPE!);
                  this.SUBRULE6(this.additiveExpr, { LABEL: 'escape' });
                });
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.MEMBER!);
          this.CONSUME(K.OF!);
          this.SUBRULE7(this.additiveExpr, { LABEL: 'right' });
        },
      },
    ]);
  });

  // BETWEEN's lower bound: Calcite's Expression2 gathers operands and operators into one flat list
  // and SqlBetweenOperator.reduceExpr takes everything after BETWEEN up to the first AND
  // (toTreeEx(list, ..., 0, SqlKind.AND)), so any operator but AND may be in it: `a BETWEEN 1 = 2
  // AND 3`, `a BETWEEN b IS NULL AND c`, `a BETWEEN 1 OR b AND 3` parse (parse.ts reports the
  // BETWEEN whose list ends without an AND as Flink does)
  betweenLow = this.RULE('betweenLow', () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(K.OR!);
      this.SUBRULE2(this.notExpr);
    });
  });

  likeOp = this.RULE('likeOp', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.LIKE!, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(K.ILIKE!, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(K.RLIKE!, { LABEL: 'op' }) },
      { ALT: () => { this.CONSUME(K.SIMILAR!, { LABEL: 'op' }); this.CONSUME(K.TO!); } },
    ]);
  });

  compOp = this.RULE('compOp', () => {
    this.OR([
      { ALT: () => this.CONSUME(Eq) },
      { ALT: () => this.CONSUME(Neq) },
      { ALT: () => this.CONSUME(Lt) },
      { ALT: () => this.CONSUME(Le) },
      { ALT: () => this.CONSUME(Gt) },
      { ALT: () => this.CONSUME(Ge) },
    ]);
  });

  additiveExpr = this.RULE('additiveExpr', () => {
    this.SUBRULE(this.multiplicativeExpr);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Plus, { LABEL: 'op' }) },
        { ALT: () => this.CONSUME(Minus, { LABEL: 'op' }) },
      ]);
      this.SUBRULE2(this.multiplicativeExpr);
    });
  });

  multiplicativeExpr = this.RULE('multiplicativeExpr', () => {
    this.SUBRULE(this.unaryExpr);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(Star, { LABEL: 'op' }) },
        { ALT: () => this.CONSUME(Slash, { LABEL: 'op' }) },
        { ALT: () => this.CONSUME(Percent, { LABEL: 'op' }) },
        { ALT: () => this.CONSUME(Concat, { LABEL: 'op' }) },
      ]);
      this.SUBRULE2(this.unaryExpr);
    });
  });

  unaryExpr = this.RULE('unaryExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(Plus, { LABEL: 'op' }) },
            { ALT: () => this.CONSUME(Minus, { LABEL: 'op' }) },
            { ALT: () => this.CONSUME(K.NOT!, { LABEL: 'op' }) },
          ]);
          this.SUBRULE(this.unaryExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.postfixExpr) },
    ]);
  });

  postfixExpr = this.RULE('postfixExpr', () => {
    this.SUBRULE(this.primary);
    this.MANY(() => this.OR([
      {
        ALT: () => {
          this.CONSUME(LBracket);
          this.SUBRULE(this.expression, { LABEL: 'index' });
          this.CONSUME(RBracket);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Dot);
          this.OR2([
            { ALT: () => this.SUBRULE(this.ident, { LABEL: 'field' }) },
            { ALT: () => this.CONSUME(Star, { LABEL: 'star' }) },
          ]);
          // x.f(args), a.*(args): Calcite's method call, a call of the name `a.*` (Flink 2.3.0
          // parses both: `f(x).g(1)`, `a.*.b(1)`, `a.b.*(1)`)
          this.OPTION(() => this.SUBRULE(this.functionArgs, { LABEL: 'methodArgs' }));
        },
      },
    ]));
  });

  primary = this.RULE('primary', () => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        // FINAL / RUNNING before an operand (Calcite's MatchRecognizeCallWithModifier: an
        // Expression3, not a query; `RUNNING -a` fails at the -, `RUNNING NOT a` at RUNNING)
        GATE: () => this.modifierOperandAhead(),
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(K.FINAL!, { LABEL: 'semantics' }) },
            { ALT: () => this.CONSUME(K.RUNNING!, { LABEL: 'semantics' }) },
          ]);
          this.nonQueryOperand();
          this.SUBRULE(this.postfixExpr, { LABEL: 'semanticsOperand' });
        },
      },
      { ALT: () => this.SUBRULE(this.literal) },
      { ALT: () => this.SUBRULE(this.intervalLiteral) },
      { ALT: () => this.SUBRULE(this.caseExpr) },
      { ALT: () => this.SUBRULE(this.castExpr) },
      { ALT: () => this.SUBRULE(this.specialFunction) },
      { ALT: () => this.SUBRULE(this.constructorExpr) },
      { ALT: () => this.SUBRULE(this.existsExpr) },
      { ALT: () => this.SUBRULE(this.parenExpr) },
      { ALT: () => this.SUBRULE(this.nameOrCall) },
      { ALT: () => this.SUBRULE(this.reservedCall) },
      { ALT: () => this.SUBRULE(this.niladicFunction) },
      { ALT: () => this.CONSUME(Question, { LABEL: 'param' }) },
    ] });
  });

  literal = this.RULE('literal', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.stringLiteral) },
      { ALT: () => this.CONSUME(PrefixedStringLit) },
      { ALT: () => this.CONSUME(BinaryStringLit) },
      { ALT: () => this.CONSUME(IntegerLit) },
      { ALT: () => this.CONSUME(DecimalLit) },
      { ALT: () => this.CONSUME(ApproxLit) },
      { ALT: () => this.CONSUME(K.TRUE!) },
      { ALT: () => this.CONSUME(K.FALSE!) },
      { ALT: () => this.CONSUME(K.UNKNOWN!) },
      { ALT: () => this.CONSUME(K.NULL!) },
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(K.DATE!, { LABEL: 'typed' }) },
            { ALT: () => this.CONSUME(K.TIME!, { LABEL: 'typed' }) },
            { ALT: () => this.CONSUME(K.TIMESTAMP!, { LABEL: 'typed' }) },
          ]);
          this.OPTION(() => {
            this.CONSUME(K.WITH!, { LABEL: 'ltz' });
            this.CONSUME(K.LOCAL!);
            this.CONSUME2(K.TIME!);
            this.CONSUME(K.ZONE!);
          });
          this.CONSUME(StringLit, { LABEL: 'typedValue' });
        },
      },
    ]);
  });

  /** `literalOnly`: INTERVAL 'string' unit (MATCH_RECOGNIZE's WITHIN, FRESHNESS). */
  intervalLiteral = this.RULE('intervalLiteral', (literalOnly?: boolean) => {
    this.CONSUME(K.INTERVAL!);
    this.OPTION(() => this.OR([
      { ALT: () => this.CONSUME(Plus, { LABEL: 'sign' }) },
      { ALT: () => this.CONSUME(Minus, { LABEL: 'sign' }) },
    ]));
    // Calcite's interval operand (Flink 2.3.0): one string (no continuation: INTERVAL '1' '1' DAY
    // fails at the second), an unsigned number, a (compound) name, or a parenthesized expression;
    // not a call, CAST, NULL, typed literal or another INTERVAL
    this.OR2([
      { ALT: () => this.SUBRULE(this.stringLiteral, { LABEL: 'operand', ARGS: [true] }) },
      { GATE: () => literalOnly !== true, ALT: () => this.CONSUME(IntegerLit, { LABEL: 'number' }) },
      { GATE: () => literalOnly !== true, ALT: () => this.CONSUME(DecimalLit, { LABEL: 'number' }) },
      { GATE: () => literalOnly !== true, ALT: () => this.CONSUME(ApproxLit, { LABEL: 'number' }) },
      { GATE: () => literalOnly !== true, ALT: () => this.SUBRULE(this.compoundIdent, { LABEL: 'operand' }) },
      {
        // an expression, not a query: INTERVAL (SELECT 1) DAY fails at SELECT
        GATE: () => literalOnly !== true,
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.expression, { LABEL: 'operand' });
          this.CONSUME(RParen);
        },
      },
    ]);
    this.SUBRULE(this.intervalQualifier);
  });

  intervalUnit = this.RULE('intervalUnit', () => {
    this.OR(INTERVAL_UNITS.map((u) => ({ ALT: () => this.CONSUME(K[u]!) })));
  });

  // TimeUnitOrName(): an interval unit or any name (MILLISECOND, DOW, EPOCH are non-reserved)
  timeUnit = this.RULE('timeUnit', () => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      // WEEK(MONDAY): a week starting on that day (Calcite's TimeUnit)
      {
        GATE: () => this.LA(2).tokenType === LParen,
        ALT: () => {
          this.CONSUME(K.WEEK!);
          this.CONSUME(LParen);
          // MONDAY ... SUNDAY are reserved words in Flink's parser
          this.OR2([
            { ALT: () => this.CONSUME2(Ident, { LABEL: 'weekday' }) },
            { ALT: () => this.CONSUME(ReservedWord, { LABEL: 'weekday' }) },
          ]);
          this.CONSUME(RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.intervalUnit) },
      { ALT: () => this.CONSUME(Ident) },
    ] });
  });

  // Calcite's IntervalQualifier: a unit, its precision (SECOND's may add a fractional one), then
  // TO and a smaller unit where the pair is one (YEAR TO MONTH, DAY|HOUR|MINUTE TO ... SECOND),
  // taken on two tokens: `HOUR TO DAY` ends at HOUR and fails at TO, as in Flink 2.3.0. Only an
  // end SECOND takes a (fractional) precision.
  intervalQualifier = this.RULE('intervalQualifier', () => {
    this.SUBRULE(this.intervalUnit, { LABEL: 'start' });
    const start = unitBase(this.LA(0).tokenType);
    this.OPTION(() => this.SUBRULE(this.precisionSpec, { LABEL: 'startPrecision', ARGS: [start !== 'SECOND'] }));
    this.OPTION2({
      // (at the text's end TO is taken, so the error lists the units that may follow it)
      GATE: () => this.LA(1).tokenType === K.TO && (this.LA(2).tokenType === EOF || (INTERVAL_ENDS[start] ?? []).includes(unitBase(this.LA(2).tokenType))),
      DEF: () => {
        this.CONSUME(K.TO!);
        this.SUBRULE2(this.intervalUnit, { LABEL: 'end' });
        this.OPTION3({ GATE: () => unitBase(this.LA(0).tokenType) === 'SECOND', DEF: () => this.SUBRULE2(this.precisionSpec, { LABEL: 'endPrecision', ARGS: [true] }) });
      },
    });
  });

  // `single`: one number (VARCHAR(n), TIMESTAMP(p): Flink 2.3.0 fails at a second one's comma)
  precisionSpec = this.RULE('precisionSpec', (single?: boolean) => {
    this.CONSUME(LParen);
    this.CONSUME(IntegerLit);
    this.OPTION({ GATE: () => single !== true, DEF: () => {
      this.CONSUME(Comma);
      this.CONSUME2(IntegerLit);
    } });
    this.CONSUME(RParen);
  });

  caseExpr = this.RULE('caseExpr', () => {
    this.CONSUME(K.CASE!);
    this.OPTION(() => this.SUBRULE(this.expression, { LABEL: 'operand' }));
    this.AT_LEAST_ONE(() => {
      this.CONSUME(K.WHEN!);
      // Calcite's WHEN takes a list (ExpressionCommaList): CASE a WHEN 1, 2 THEN ...
      this.SUBRULE2(this.expression, { LABEL: 'when' });
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE5(this.expression, { LABEL: 'when' });
      });
      this.CONSUME(K.THEN!);
      this.SUBRULE3(this.expression, { LABEL: 'then' });
    });
    this.OPTION2(() => {
      this.CONSUME(K.ELSE!);
      this.SUBRULE4(this.expression, { LABEL: 'else' });
    });
    this.CONSUME(K.END!);
  });

  castExpr = this.RULE('castExpr', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.CAST!, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(K.TRY_CAST!, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(K.SAFE_CAST!, { LABEL: 'op' }) },
    ]);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(K.AS!);
    this.OR2([
      {
        // Calcite's CAST takes an interval qualifier; Flink's DDL types do not
        ALT: () => {
          this.CONSUME(K.INTERVAL!, { LABEL: 'interval' });
          this.SUBRULE(this.intervalQualifier);
        },
      },
      { ALT: () => this.SUBRULE(this.dataType, { ARGS: [false] }) },
    ]);
    this.CONSUME(RParen);
  });

  // EXISTS and UNIQUE are prefix operators in Calcite (PrefixRowOperator, like NOT): its parser
  // takes EXISTS 1, EXISTS (1, 2), EXISTS (SELECT ... WHERE a, b); its validator wants a query
  existsExpr = this.RULE('existsExpr', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.EXISTS!, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(K.UNIQUE!, { LABEL: 'op' }) },
    ]);
    this.SUBRULE(this.unaryExpr);
  });

  // Calcite's ParenthesizedQueryOrCommaList: ( query [, expr ...] ) | ( expr [, expr ...] )
  parenExpr = this.RULE('parenExpr', () => {
    this.CONSUME(LParen);
    this.OR([
      {
        GATE: () => this.queryAhead(1),
        ALT: () => {
          this.SUBRULE(this.query);
          this.MANY({
            GATE: () => this.LA(1) !== this.fromComma,
            DEF: () => {
              this.CONSUME(Comma);
              this.SUBRULE(this.expression, { LABEL: 'more' });
            },
          });
        },
      },
      { ALT: () => this.SUBRULE(this.expressionList) },
    ]);
    this.CONSUME(RParen);
  });

  /** DESCRIPTOR ( ... ) followed by the end of the argument (`,` or `)`). */
  descriptorAlone(): boolean {
    if (this.LA(2).tokenType !== LParen) return false;
    let depth = 0;
    for (let i = 2; ; i++) {
      const t = this.LA(i).tokenType;
      if (t === EOF) return true;
      if (t === LParen) depth++;
      else if (t === RParen && --depth === 0) {
        const next = this.LA(i + 1).tokenType;
        return next === Comma || next === RParen || next === EOF;
      }
    }
  }

  /** A query as a function's argument: SELECT, WITH, VALUES (`f(TABLE t)` is a table argument). */
  argQueryAhead(): boolean {
    const t = this.LA(1).tokenType;
    return t === K.SELECT || t === K.WITH || t === K.VALUES || t === K.VALUE;
  }

  /** A hint's `key = 'value'` ahead: a name or strings, then `=`. */
  /**
   * Calcite decides for `key = value` options with LOOKAHEAD(5) from the `(`: four continued
   * strings fill it, so they are a key that then wants `=` (Flink 2.3.0 fails at the `)` of
   * STATE_TTL('o' 'x' 'y' '1d') and takes STATE_TTL('o' 'x' 'y') as one string).
   */
  keyValueAhead(): boolean {
    let i = 1;
    if (this.LA(1).tokenType === StringLit) {
      while (this.LA(i + 1).tokenType === StringLit) i++;
      if (i >= 4) return true;
    } else if (!tokenMatcher(this.LA(1), Ident)) return false;
    return this.LA(i + 1).tokenType === Eq;
  }

  /**
   * Where Calcite reads an expression that must not be a query (ExprContext.ACCEPT_NON_QUERY: a
   * watermark, a window's first PARTITION BY expression, a frame bound, a MATCH_RECOGNIZE measure
   * or first PARTITION BY expression), Flink 2.3.0 fails at the `(` of a query in the first
   * operand, through prefix operators and into every element of a parenthesized list
   * (`-(SELECT 1)`, `((SELECT 1))` at the inner `(`, `(1, (SELECT 1))`): "Query expression
   * encountered in illegal context". A later operand may be one: `a + (SELECT 1)`, `f((SELECT 1))`.
   */
  private nonQueryOperand(): void {
    const bad = this.queryInOperand(1);
    if (bad) this.failAt(bad, 'Query expression encountered in illegal context');
  }

  /** after FINAL / RUNNING: a token that begins an operand (or a sign, which then fails) */
  private modifierOperandAhead(): boolean {
    const t = this.LA(2);
    return tokenMatcher(t, Ident) || tokenMatcher(t, FuncNameKw) || MODIFIER_OPERAND_STARTS.has(t.tokenType);
  }

  /** `( name type`: a table's extended columns, FROM t (a INT) / FROM t EXTEND (a INT). */
  private extendAhead(): boolean {
    if (this.LA(1).tokenType !== LParen || !tokenMatcher(this.LA(2), Ident)) return false;
    const t = this.LA(3);
    if (t.tokenType === LParen || t.tokenType === Dot) return false;
    typeStarts ??= nextTokenTypes(this, 'dataType', []);
    return typeStarts.some((tt) => tokenMatcher(t, tt));
  }

  /**
   * FROM f(x, ...): Flink 2.3.0's parser decides between the call and extended columns on the
   * first three tokens, and a first argument that is a call of a name or a reserved function name
   * (g(1), UPPER(a), CURRENT_DATE()), CASE, DISTINCT or ALL sends it the wrong way: it fails there
   * (TABLE(f(g(1))) takes them; the special forms CAST(...), TRIM(...), FLOOR(...) are fine).
   */
  private implicitCallFirstArgument(): void {
    const first = this.LA(2), next = this.LA(3);
    const t = first.tokenType;
    if (t === K.CASE || t === K.DISTINCT || t === K.ALL) this.failAt(first, `Incorrect syntax near the keyword '${first.image}': in FROM f(...) the first argument cannot begin with it; call the function as TABLE(f(...))`);
    if (next.tokenType !== LParen || (!tokenMatcher(first, QuotedIdent) && SPECIAL_CALLS.has(first.image.toUpperCase()))) return;
    if (tokenMatcher(first, FuncNameKw) || NILADIC.includes(t)) {
      this.failAt(first, `Incorrect syntax near the keyword '${first.image}': a call as the first argument of FROM f(...) is read as an extended column; call the function as TABLE(f(...))`);
    } else if (tokenMatcher(first, Ident)) {
      this.failAt(next, `Encountered "(". A call as the first argument of FROM f(...) is read as an extended column (a name and a data type); call the function as TABLE(f(...))`);
    }
  }

  private queryInOperand(k: number): IToken | undefined {
    let t = this.LA(k).tokenType;
    while (t === Plus || t === Minus || t === K.NOT) t = this.LA(++k).tokenType;
    // ROW(...) as a parenthesized list
    if (t === K.ROW && this.LA(k + 1).tokenType === LParen) t = this.LA(++k).tokenType;
    if (t !== LParen) return undefined;
    if (QUERY_START.has(this.LA(k + 1).tokenType)) return this.LA(k);
    const first = this.queryInOperand(k + 1);
    if (first) return first;
    for (let j = k + 1, depth = 0; ; j++) {
      const tt = this.LA(j).tokenType;
      if (tt === EOF) return undefined;
      if (tt === LParen || tt === LBracket) depth++;
      else if (tt === RParen || tt === RBracket) {
        if (depth-- === 0) return undefined;
      } else if (tt === Comma && depth === 0) {
        const next = this.queryInOperand(j + 1);
        if (next) return next;
      }
    }
  }

  /** True when a query starts at LA(k), behind any number of `(`. */
  queryAhead(k: number): boolean {
    let t = this.LA(k).tokenType;
    while (t === LParen) t = this.LA(++k).tokenType;
    return QUERY_START.has(t);
  }

  // ARRAY[...] | ARRAY(query) | MAP[...] | MAP(query) | MULTISET[...] | ROW(...)
  constructorExpr = this.RULE('constructorExpr', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.ARRAY!, { LABEL: 'ctor' }) },
      { ALT: () => this.CONSUME(K.MAP!, { LABEL: 'ctor' }) },
      { ALT: () => this.CONSUME(K.MULTISET!, { LABEL: 'ctor' }) },
      { ALT: () => this.CONSUME(K.ROW!, { LABEL: 'ctor' }) },
    ]);
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(LBracket);
          this.OPTION(() => this.SUBRULE(this.expressionList));
          this.CONSUME(RBracket);
        },
      },
      {
        ALT: () => {
          this.CONSUME(LParen);
          // ROW() fails at the `)` in Flink 2.3.0
          if (this.LA(1).tokenType === RParen && this.LA(0).tokenType === LParen && this.LA(-1)?.tokenType === K.ROW) this.failAt(this.LA(1), 'Encountered ")". Was expecting an expression');
          this.OPTION2(() => this.OR3([
            { GATE: () => this.queryAhead(1), ALT: () => this.SUBRULE(this.query) },
            { ALT: () => this.SUBRULE2(this.expressionList) },
          ]));
          this.CONSUME(RParen);
        },
      },
    ]);
  });

  // Built-ins with special argument syntax.
  specialFunction = this.RULE('specialFunction', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.extractCall) },
      { ALT: () => this.SUBRULE(this.positionCall) },
      { ALT: () => this.SUBRULE(this.trimCall) },
      { ALT: () => this.SUBRULE(this.substringCall) },
      { ALT: () => this.SUBRULE(this.floorCeilCall) },
      { ALT: () => this.SUBRULE(this.timestampAddCall) },
      { ALT: () => this.SUBRULE(this.timestampDiffCall) },
      { ALT: () => this.SUBRULE(this.truncCall) },
      { ALT: () => this.SUBRULE(this.pairCall) },
      { ALT: () => this.SUBRULE(this.convertCall) },
    ]);
  });

  // DATE_TRUNC(x, unit | expression), DATETIME_TRUNC / TIME_TRUNC / TIMESTAMP_TRUNC(x, unit or
  // name): BigQuery style, in Calcite's core grammar (Flink 2.3.0 parses them; its validator knows
  // no such functions)
  truncCall = this.RULE('truncCall', () => {
    let date = false;
    this.OR([
      { ALT: () => { this.CONSUME(K.DATE_TRUNC!, { LABEL: 'fn' }); date = true; } },
      { ALT: () => this.CONSUME(K.DATETIME_TRUNC!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.TIME_TRUNC!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.TIMESTAMP_TRUNC!, { LABEL: 'fn' }) },
    ]);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression, { LABEL: 'arg' });
    this.CONSUME(Comma);
    this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
      // DATE_TRUNC: a unit when one comes alone (DAY, WEEK(MONDAY)), else an expression
      { GATE: () => !date || (INTERVAL_UNITS.includes(this.LA(1).image.toUpperCase()) && (this.LA(2).tokenType === RParen || this.LA(2).tokenType === LParen)), ALT: () => this.SUBRULE(this.timeUnit) },
      { GATE: () => date, ALT: () => this.SUBRULE2(this.expression, { LABEL: 'arg' }) },
    ] });
    this.CONSUME(RParen);
  });

  // CONTAINS_SUBSTR(a, b [, json_scope => x]), PERIOD(a, b): two expressions (and the one option)
  pairCall = this.RULE('pairCall', () => {
    let contains = false;
    this.OR([
      { ALT: () => { this.CONSUME(K.CONTAINS_SUBSTR!, { LABEL: 'fn' }); contains = true; } },
      { ALT: () => this.CONSUME(K.PERIOD!, { LABEL: 'fn' }) },
    ]);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression, { LABEL: 'arg' });
    this.CONSUME(Comma);
    this.SUBRULE2(this.expression, { LABEL: 'arg' });
    this.OPTION({ GATE: () => contains, DEF: () => {
      this.CONSUME2(Comma);
      this.CONSUME(K.JSON_SCOPE!);
      this.CONSUME(Arrow);
      this.SUBRULE3(this.expression, { LABEL: 'option' });
    } });
    this.CONSUME(RParen);
  });

  // TIMESTAMP_DIFF(a, b, unit) and friends (BigQuery style, in Calcite's core grammar)
  timestampDiffCall = this.RULE('timestampDiffCall', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.TIMESTAMP_DIFF!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.TIME_DIFF!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.DATETIME_DIFF!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.DATE_DIFF!, { LABEL: 'fn' }) },
    ]);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression, { LABEL: 'arg' });
    this.CONSUME(Comma);
    this.SUBRULE2(this.expression, { LABEL: 'arg' });
    this.CONSUME2(Comma);
    this.SUBRULE(this.timeUnit);
    this.CONSUME(RParen);
  });

  // CONVERT(s USING charset) / CONVERT(s, from, to) (two names); TRANSLATE(s USING transcoding)
  // or TRANSLATE(s, ...) with any number of arguments (TRANSLATE(s, from, to) is Flink's
  // TRANSLATE3; its validator checks the count). As Flink 2.3.0's parser takes them.
  convertCall = this.RULE('convertCall', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.CONVERT!, { LABEL: 'fn' });
          this.CONSUME(LParen);
          this.SUBRULE(this.expression, { LABEL: 'arg' });
          this.OR2([
            { ALT: () => { this.CONSUME(K.USING!); this.SUBRULE(this.compoundIdent, { LABEL: 'charset' }); } },
            {
              ALT: () => {
                this.CONSUME(Comma);
                this.SUBRULE(this.ident, { LABEL: 'charset' });
                this.CONSUME2(Comma);
                this.SUBRULE2(this.ident, { LABEL: 'charset' });
              },
            },
          ]);
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.TRANSLATE!, { LABEL: 'fn' });
          this.CONSUME2(LParen);
          this.SUBRULE2(this.expression, { LABEL: 'arg' });
          this.OR3([
            { ALT: () => { this.CONSUME2(K.USING!); this.SUBRULE2(this.compoundIdent, { LABEL: 'charset' }); } },
            { ALT: () => this.MANY(() => { this.CONSUME3(Comma); this.SUBRULE3(this.expression, { LABEL: 'arg' }); }) },
          ]);
          this.CONSUME2(RParen);
        },
      },
    ]);
  });

  extractCall = this.RULE('extractCall', () => {
    this.CONSUME(K.EXTRACT!, { LABEL: 'fn' });
    this.CONSUME(LParen);
    this.SUBRULE(this.timeUnit);
    this.CONSUME(K.FROM!);
    this.SUBRULE(this.expression, { LABEL: 'arg' });
    this.CONSUME(RParen);
  });

  positionCall = this.RULE('positionCall', () => {
    this.CONSUME(K.POSITION!, { LABEL: 'fn' });
    this.CONSUME(LParen);
    this.SUBRULE(this.additiveExpr, { LABEL: 'arg' });
    this.CONSUME(K.IN!);
    this.SUBRULE(this.expression, { LABEL: 'arg' });
    this.OPTION(() => {
      this.CONSUME(K.FROM!);
      this.SUBRULE2(this.expression, { LABEL: 'arg' });
    });
    this.CONSUME(RParen);
  });

  trimCall = this.RULE('trimCall', () => {
    this.CONSUME(K.TRIM!, { LABEL: 'fn' });
    this.CONSUME(LParen);
    this.OPTION(() => this.OR([
      { ALT: () => this.CONSUME(K.BOTH!, { LABEL: 'trimSpec' }) },
      { ALT: () => this.CONSUME(K.LEADING!, { LABEL: 'trimSpec' }) },
      { ALT: () => this.CONSUME(K.TRAILING!, { LABEL: 'trimSpec' }) },
    ]));
    this.OPTION2(() => this.SUBRULE(this.expression, { LABEL: 'arg' }));
    this.OPTION3(() => {
      this.CONSUME(K.FROM!, { LABEL: 'from' });
      this.SUBRULE2(this.expression, { LABEL: 'arg' });
    });
    this.CONSUME(RParen);
  });

  // SUBSTRING(s FROM a [FOR b]) | SUBSTRING(s, a [, b]); OVERLAY(s PLACING t FROM a [FOR b]): as
  // Flink 2.3.0's parser (SUBSTRING(s) and SUBSTRING(s, a, b, c) fail at the `)` / third comma,
  // OVERLAY without PLACING at the comma or `)`)
  substringCall = this.RULE('substringCall', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(K.SUBSTRING!, { LABEL: 'fn' });
          this.CONSUME(LParen);
          this.SUBRULE(this.expression, { LABEL: 'arg' });
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(K.FROM!);
                this.SUBRULE2(this.expression, { LABEL: 'arg' });
                this.OPTION(() => { this.CONSUME(K.FOR!); this.SUBRULE3(this.expression, { LABEL: 'arg' }); });
              },
            },
            {
              ALT: () => {
                this.CONSUME(Comma);
                this.SUBRULE4(this.expression, { LABEL: 'arg' });
                this.OPTION2(() => { this.CONSUME2(Comma); this.SUBRULE5(this.expression, { LABEL: 'arg' }); });
              },
            },
          ]);
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.OVERLAY!, { LABEL: 'fn' });
          this.CONSUME2(LParen);
          this.SUBRULE6(this.expression, { LABEL: 'arg' });
          this.CONSUME(K.PLACING!);
          this.SUBRULE7(this.expression, { LABEL: 'arg' });
          this.CONSUME2(K.FROM!);
          this.SUBRULE8(this.expression, { LABEL: 'arg' });
          this.OPTION3(() => { this.CONSUME2(K.FOR!); this.SUBRULE9(this.expression, { LABEL: 'arg' }); });
          this.CONSUME2(RParen);
        },
      },
    ]);
  });

  floorCeilCall = this.RULE('floorCeilCall', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.FLOOR!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.CEIL!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.CEILING!, { LABEL: 'fn' }) },
    ]);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression, { LABEL: 'arg' });
    this.OPTION(() => {
      this.CONSUME(K.TO!);
      this.SUBRULE(this.timeUnit);
    });
    this.CONSUME(RParen);
  });

  timestampAddCall = this.RULE('timestampAddCall', () => {
    this.OR([
      { ALT: () => this.CONSUME(K.TIMESTAMPADD!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.TIMESTAMPDIFF!, { LABEL: 'fn' }) },
    ]);
    this.CONSUME(LParen);
    this.SUBRULE(this.timeUnit);
    this.CONSUME(Comma);
    this.SUBRULE(this.expression, { LABEL: 'arg' });
    this.CONSUME2(Comma);
    this.SUBRULE2(this.expression, { LABEL: 'arg' });
    this.CONSUME(RParen);
  });

  // CURRENT_TIMESTAMP, LOCALTIME, CURRENT_USER, ... (optionally with (precision))
  niladicFunction = this.RULE('niladicFunction', () => {
    this.OR(NILADIC.map((t) => ({ ALT: () => this.CONSUME(t, { LABEL: 'fn' }) })));
    // with parentheses, a call like any other (Flink 2.3.0 parses CURRENT_TIMESTAMP(3),
    // CURRENT_DATE(DISTINCT x) and CURRENT_DATE(x) OVER w; the validator judges them)
    this.OPTION(() => this.SUBRULE(this.callTail));
  });

  // A name, a qualified name or a function call on it: a.b, f(x), cat.db.f(x) OVER w
  nameOrCall = this.RULE('nameOrCall', () => {
    this.SUBRULE(this.compoundIdent);
    this.OPTION(() => {
      // FIRST(x, n) and LAST(x, n): Calcite's navigation calls take an unsigned integer offset
      const name = this.LA(0);
      // ARRAY_AGG(x ORDER BY y): the one call (unqualified) whose arguments take an ORDER BY
      const simple = this.LA(-1)?.tokenType !== Dot;
      this.nextCall = !simple ? undefined : /^(FIRST|LAST)$/i.test(name.image) ? 'navigation' : name.tokenType === K.ARRAY_AGG ? 'ordered' : undefined;
      this.SUBRULE(this.callTail);
    });
  });

  // Reserved function names: COUNT(*), LEFT(s, 2), USER, ... and the match-recognize navigation.
  // Only USER goes without parentheses: `SELECT SUM FROM t` is a syntax error in Flink (at SUM).
  reservedCall = this.RULE('reservedCall', () => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { ALT: () => { this.CONSUME(K.USER!, { LABEL: 'fn' }); this.OPTION(() => this.SUBRULE(this.callTail)); } },
      {
        ALT: () => {
          this.SUBRULE(this.reservedName);
          const kind = RESERVED_CALL_KINDS.get(this.LA(0).tokenType);
          this.nextCall = kind;
          // TIMESTAMP(x), DATE(x), TIME(x) take no WITHIN GROUP, FILTER, null treatment or OVER
          // (Flink 2.3.0 rejects `TIMESTAMP(b) FILTER (...)` at FILTER; RESPECT becomes an alias)
          this.SUBRULE2(this.callTail, { ARGS: [kind === 'needsArgs'] });
        },
      },
    ] });
  });

  reservedName = this.RULE('reservedName', () => {
    this.OR([
      { ALT: () => this.CONSUME(FuncNameKw, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.PREV!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.NEXT!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.CLASSIFIER!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.MATCH_NUMBER!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.JSON_VALUE!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.JSON_QUERY!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.JSON_EXISTS!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.JSON_OBJECT!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.JSON_ARRAY!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.JSON_OBJECTAGG!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.JSON_ARRAYAGG!, { LABEL: 'fn' }) },
      // TIMESTAMP(x), DATE(x), TIME(x): calls in Flink 2.3.0's grammar (typed literals take a string)
      { ALT: () => this.CONSUME(K.TIMESTAMP!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.DATE!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.TIME!, { LABEL: 'fn' }) },
      { ALT: () => this.CONSUME(K.DATETIME!, { LABEL: 'fn' }) },
    ]);
  });

  callTail = this.RULE('callTail', (argsOnly?: boolean) => {
    this.SUBRULE(this.functionArgs);
    const tail = () => argsOnly !== true;
    this.OPTION({ GATE: tail, DEF: () => {
      this.CONSUME(K.WITHIN!);
      this.CONSUME(K.GROUP!);
      this.CONSUME(LParen);
      this.SUBRULE(this.orderBy, { LABEL: 'withinGroup' });
      this.CONSUME(RParen);
    } });
    this.OPTION2({ GATE: tail, DEF: () => {
      this.CONSUME(K.FILTER!);
      this.CONSUME2(LParen);
      this.CONSUME(K.WHERE!);
      this.SUBRULE(this.expression, { LABEL: 'filter' });
      this.CONSUME2(RParen);
    } });
    this.OPTION3({ GATE: tail, DEF: () => {
      this.OR([
        { ALT: () => this.CONSUME(K.RESPECT!, { LABEL: 'nulls' }) },
        { ALT: () => this.CONSUME(K.IGNORE!, { LABEL: 'nulls' }) },
      ]);
      this.CONSUME(K.NULLS!);
    } });
    this.OPTION4({ GATE: tail, DEF: () => {
      this.CONSUME(K.OVER!);
      this.OR2([
        { ALT: () => this.SUBRULE(this.windowSpec) },
        { ALT: () => this.SUBRULE(this.ident, { LABEL: 'windowName' }) },
      ]);
    } });
  });

  functionArgs = this.RULE('functionArgs', () => {
    const kind = this.nextCall;
    this.nextCall = undefined;
    // the arguments of a table function (TABLE(f(...)), FROM f(...)) or a procedure take no `*`
    const tableCall = kind === 'table';
    // `key VALUE value` arguments are JSON_OBJECT's and JSON_OBJECTAGG's only
    const keyValues = kind === 'keyValues';
    // PREV, NEXT, FIRST, LAST: an expression, then an unsigned integer (Flink 2.3.0 rejects
    // LAST(A.price, 'x') and PREV(A.price, 1 + 1) at the offset)
    const navigation = kind === 'navigation';
    // the first argument may be a table with set semantics, `x PARTITION BY k [ORDER BY o]`
    // (Calcite's PartitionedQueryOrQueryOrExpr: SESSION(Bid PARTITION BY item, ...), f(x
    // PARTITION BY a)); not in the reserved functions' own productions
    const setSemantics = kind === undefined || kind === 'table' || kind === 'needsArgs';
    const json = kind === undefined ? undefined : JSON_FNS[kind];
    let jsonStage = 0;
    // JSON_VALUE / JSON_QUERY / JSON_EXISTS take exactly two arguments, JSON_ARRAYAGG one (Flink
    // 2.3.0 fails at the `)` of fewer, at the comma of more)
    const argLimit = kind === 'jsonValue' || kind === 'jsonQuery' || kind === 'jsonExists' ? 2 : kind === 'jsonArrayAgg' ? 1 : undefined;
    let argCount = 0;
    this.CONSUME(LParen);
    // TIMESTAMP(), DATE(), TIME(): Flink 2.3.0 wants an argument (fails at the `)`)
    if (kind === 'needsArgs' && this.LA(1).tokenType === RParen) this.failAt(this.LA(1), 'Encountered ")". Was expecting an argument');
    this.OPTION(() => this.OR4([
      // f(*): the one argument, without DISTINCT (Flink 2.3.0 rejects f(a, *), f(*, a) at the
      // comma, COUNT(DISTINCT *))
      // (nor TIMESTAMP(*), DATE(*), TIME(*))
      { GATE: () => !tableCall && kind !== 'needsArgs', ALT: () => { this.SUBRULE(this.star); argCount++; } },
      {
        ALT: () => {
          this.OPTION2(() => this.OR([
            { ALT: () => this.CONSUME(K.DISTINCT!, { LABEL: 'quantifier' }) },
            { ALT: () => this.CONSUME(K.ALL!, { LABEL: 'quantifier' }) },
          ]));
          // one token decides, by the gate (TABLE and `(` begin queries too, and arguments)
          this.OR5({ MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
            // a query as the (first and only) argument: f(SELECT 1, 2), COUNT(SELECT x FROM t)
            { GATE: () => this.argQueryAhead(), ALT: () => { this.SUBRULE(this.query, { LABEL: 'argQuery' }); argCount++; } },
            {
              ALT: () => {
                this.SUBRULE(this.functionArg, { ARGS: [keyValues, setSemantics, true] });
                argCount++;
                this.OR6([
                  {
                    GATE: () => navigation,
                    ALT: () => this.OPTION4(() => {
                      this.CONSUME2(Comma);
                      this.CONSUME(IntegerLit, { LABEL: 'offset' });
                    }),
                  },
                  {
                    ALT: () => this.MANY({
                      GATE: () => argLimit === undefined || argCount < argLimit,
                      DEF: () => {
                        this.CONSUME(Comma);
                        this.SUBRULE2(this.functionArg, { ARGS: [keyValues] });
                        argCount++;
                      },
                    }),
                  },
                ]);
              },
            },
          ] });
        },
      },
    ]));
    if (argLimit !== undefined && argCount < argLimit) this.failAt(this.LA(1), `Encountered "${this.LA(1).image}". Was expecting ${argCount === 0 ? 'an argument' : '","'}`);
    // ORDER BY in the parentheses: ARRAY_AGG's and JSON_ARRAYAGG's only (Flink 2.3.0: f(x ORDER BY
    // y) fails at ORDER, "ORDER BY unexpected"; LISTAGG orders WITHIN GROUP)
    this.OPTION3({ GATE: () => kind === 'ordered' || kind === 'jsonArrayAgg', DEF: () => this.SUBRULE(this.orderBy, { LABEL: 'argOrderBy' }) });
    // the JSON functions' clauses, each function its own, in Calcite's order (RETURNING, then
    // JSON_QUERY's WRAPPER, then the ON EMPTY / ON ERROR / ON NULL behaviours)
    this.MANY2({
      GATE: () => json !== undefined,
      DEF: () => {
        const first = this.LA(1).tokenType;
        this.SUBRULE(this.jsonClause, { ARGS: [json, jsonStage] });
        jsonStage = first === K.RETURNING ? 1 : first === K.WITH || first === K.WITHOUT ? 2 : 3;
      },
    });
    this.CONSUME(RParen);
  });

  /** `first`: the first argument (Calcite's AddArg0), the one that may be `name => SELECT ...`. */
  functionArg = this.RULE('functionArg', (keyValues?: boolean, setSemantics?: boolean, first?: boolean) => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        GATE: () => this.LA(2).tokenType === Arrow,
        ALT: () => {
          this.SUBRULE(this.ident, { LABEL: 'argName' });
          this.CONSUME(Arrow);
          this.OR3({ MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
            // f(x => SELECT 1), the first argument only (Flink 2.3.0 fails at SELECT in f(a => 1, b => SELECT 1))
            { GATE: () => first === true && this.argQueryAhead(), ALT: () => this.SUBRULE(this.query, { LABEL: 'argQuery' }) },
            { ALT: () => this.SUBRULE(this.argValue, { ARGS: [setSemantics] }) },
          ] });
        },
      },
      {
        GATE: () => keyValues === true && this.LA(3).tokenType === K.VALUE,
        ALT: () => {
          this.CONSUME(K.KEY!, { LABEL: 'jsonKey' });
          this.SUBRULE(this.expression, { LABEL: 'key' });
          this.CONSUME(K.VALUE!);
          this.SUBRULE2(this.expression, { LABEL: 'value' });
        },
      },
      {
        ALT: () => {
          this.SUBRULE2(this.argValue, { ARGS: [setSemantics] });
          this.OPTION(() => this.OR2([
            {
              GATE: () => keyValues === true,
              ALT: () => {
                this.CONSUME2(K.VALUE!, { LABEL: 'jsonValue' });
                this.SUBRULE3(this.expression, { LABEL: 'value' });
              },
            },
            {
              GATE: () => keyValues === true,
              ALT: () => {
                this.CONSUME(Colon, { LABEL: 'jsonValue' });
                this.SUBRULE4(this.expression, { LABEL: 'value' });
              },
            },
            {
              ALT: () => {
                this.CONSUME(K.FORMAT!);
                this.CONSUME(K.JSON!);
              },
            },
          ]));
        },
      },
    ] });
  });

  star = this.RULE('star', () => {
    this.CONSUME(Star);
  });

  argValue = this.RULE('argValue', (setSemantics?: boolean) => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            // TABLE name only: Flink 2.3.0 rejects TABLE (SELECT ...) at the `(` (a query goes
            // in as (SELECT ...), an expression)
            this.CONSUME(K.TABLE!);
            this.SUBRULE(this.compoundIdent, { LABEL: 'table' });
            this.SUBRULE(this.setSemantics);
          },
        },
        {
          // DESCRIPTOR(...) as the whole argument; inside an expression (DESCRIPTOR(x) = 1, which
          // Flink 2.3.0's parser takes) it is a call like any other
          GATE: () => this.descriptorAlone(),
          ALT: () => {
            this.CONSUME(K.DESCRIPTOR!);
            // a function's arguments in Flink's grammar: DESCRIPTOR(), DESCRIPTOR(*), DESCRIPTOR(a.b),
            // DESCRIPTOR(1) parse (the validator wants column names)
            this.SUBRULE2(this.functionArgs, { LABEL: 'descriptorArgs' });
          },
        },
        {
          GATE: () => this.LA(2).tokenType === Ident || this.LA(2).tokenType.CATEGORIES?.includes(Ident) === true,
          ALT: () => {
            this.CONSUME(K.MODEL!);
            this.SUBRULE2(this.compoundIdent, { LABEL: 'model' });
          },
        },
        // DEFAULT: the parameter's default (Calcite's Default())
        { ALT: () => this.CONSUME(K.DEFAULT!, { LABEL: 'default' }) },
        {
          ALT: () => {
            this.SUBRULE(this.expression);
            // after an expression PARTITION BY comes first (Flink 2.3.0: f(x ORDER BY y) fails at ORDER)
            this.OPTION({ GATE: () => setSemantics === true && this.LA(1).tokenType === K.PARTITION, DEF: () => this.SUBRULE2(this.setSemantics) });
          },
        },
      ],
    });
  });

  /** A table argument's [PARTITION BY keys] [ORDER BY items]. */
  setSemantics = this.RULE('setSemantics', () => {
    this.OPTION(() => {
      this.CONSUME(K.PARTITION!);
      this.CONSUME(K.BY!);
      this.SUBRULE(this.exprOrList, { LABEL: 'partitionBy' });
    });
    this.OPTION3(() => {
      this.CONSUME(K.ORDER!);
      this.CONSUME2(K.BY!);
      this.OR3({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => this.LA(1).tokenType === LParen,
            ALT: () => {
              this.CONSUME3(LParen);
              this.SUBRULE(this.orderItem, { LABEL: 'orderItem' });
              this.MANY(() => {
                this.CONSUME(Comma);
                this.SUBRULE2(this.orderItem, { LABEL: 'orderItem' });
              });
              this.CONSUME3(RParen);
            },
          },
          { ALT: () => this.SUBRULE3(this.orderItem, { LABEL: 'orderItem' }) },
        ],
      });
    });
  });

  // PARTITION BY of a table argument: a simple name or a parenthesized list of them (Flink 2.3.0
  // rejects PARTITION BY a.b at the dot, PARTITION BY f(a) at the parenthesis)
  exprOrList = this.RULE('exprOrList', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.ident, { LABEL: 'column' }) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE2(this.ident, { LABEL: 'column' });
          this.MANY(() => {
            this.CONSUME(Comma);
            this.SUBRULE3(this.ident, { LABEL: 'column' });
          });
          this.CONSUME(RParen);
        },
      },
    ]);
  });

  // JSON function clauses: NULL ON NULL, DEFAULT x ON EMPTY, RETURNING type, WITH ARRAY WRAPPER, ...
  /**
   * One clause of a JSON function, `fn` the function's kind: JSON_VALUE takes RETURNING, then
   * {ERROR | NULL | DEFAULT x} ON {EMPTY | ERROR}; JSON_QUERY RETURNING, a WRAPPER, then {ERROR |
   * NULL | EMPTY ARRAY | EMPTY OBJECT} ON {EMPTY | ERROR}; JSON_EXISTS one {TRUE | FALSE | UNKNOWN
   * | ERROR} ON ERROR; the constructors one {NULL | ABSENT} ON NULL. `stage`: what came before
   * (1 RETURNING, 2 a WRAPPER, 3 a behaviour), as Flink 2.3.0 takes them in that order only.
   */
  jsonClause = this.RULE('jsonClause', (fn?: JsonFn, stage: number = 0) => {
    const v = fn === 'value', q = fn === 'query', x = fn === 'exists', c = fn === 'constructor';
    this.OR([
      {
        GATE: () => v || q || stage < 3,
        ALT: () => {
          this.OR2([
            { GATE: () => !x, ALT: () => this.CONSUME(K.NULL!, { LABEL: 'w' }) },
            { GATE: () => c, ALT: () => this.CONSUME(K.ABSENT!, { LABEL: 'w' }) },
            { GATE: () => !c, ALT: () => this.CONSUME(K.ERROR!, { LABEL: 'w' }) },
            { GATE: () => x, ALT: () => this.CONSUME(K.TRUE!, { LABEL: 'w' }) },
            { GATE: () => x, ALT: () => this.CONSUME(K.FALSE!, { LABEL: 'w' }) },
            { GATE: () => x, ALT: () => this.CONSUME(K.UNKNOWN!, { LABEL: 'w' }) },
            {
              GATE: () => q,
              ALT: () => {
                this.CONSUME(K.EMPTY!, { LABEL: 'w' });
                this.OR3([
                  { ALT: () => this.CONSUME(K.ARRAY!, { LABEL: 'w' }) },
                  { ALT: () => this.CONSUME(K.OBJECT!, { LABEL: 'w' }) },
                ]);
              },
            },
            {
              GATE: () => v,
              ALT: () => {
                this.CONSUME(K.DEFAULT!, { LABEL: 'w' });
                this.SUBRULE(this.additiveExpr, { LABEL: 'value' });
              },
            },
          ]);
          this.CONSUME(K.ON!, { LABEL: 'w' });
          this.OR4([
            { GATE: () => c, ALT: () => this.CONSUME2(K.NULL!, { LABEL: 'w' }) },
            { GATE: () => v || q, ALT: () => this.CONSUME2(K.EMPTY!, { LABEL: 'w' }) },
            { GATE: () => !c, ALT: () => this.CONSUME2(K.ERROR!, { LABEL: 'w' }) },
          ]);
        },
      },
      {
        GATE: () => (v || q) && stage < 1,
        ALT: () => {
          this.CONSUME(K.RETURNING!, { LABEL: 'w' });
          this.SUBRULE(this.dataType, { LABEL: 'returning' });
        },
      },
      {
        GATE: () => q && stage < 2,
        ALT: () => {
          this.OR5([
            { ALT: () => this.CONSUME(K.WITHOUT!, { LABEL: 'w' }) },
            { ALT: () => this.CONSUME(K.WITH!, { LABEL: 'w' }) },
          ]);
          this.OPTION2(() => this.OR6([
            { ALT: () => this.CONSUME(K.CONDITIONAL!, { LABEL: 'w' }) },
            { ALT: () => this.CONSUME(K.UNCONDITIONAL!, { LABEL: 'w' }) },
          ]));
          this.OPTION3(() => this.CONSUME2(K.ARRAY!, { LABEL: 'w' }));
          this.CONSUME(K.WRAPPER!, { LABEL: 'w' });
        },
      },
    ]);
  });

  // -------------------------------------------------------------------------------------------
  // Data types

  // `withNullability` is false in CAST: Flink rejects CAST(x AS INT NOT NULL)
  dataType = this.RULE('dataType', (withNullability: boolean = true) => {
    this.SUBRULE(this.baseType);
    this.MANY(() => this.OR([
      { ALT: () => this.CONSUME(K.ARRAY!, { LABEL: 'suffix' }) },
      { ALT: () => this.CONSUME(K.MULTISET!, { LABEL: 'suffix' }) },
    ]));
    this.OPTION({ GATE: () => withNullability, DEF: () => this.SUBRULE(this.nullability) });
  });

  nullability = this.RULE('nullability', () => {
    this.OPTION(() => this.CONSUME(K.NOT!));
    this.CONSUME(K.NULL!);
  });

  baseType = this.RULE('baseType', () => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(K.BOOLEAN!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.TINYINT!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.SMALLINT!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.INT!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.INTEGER!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.BIGINT!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.REAL!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.STRING!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.BYTES!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.DATE!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.VARIANT!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.BITMAP!, { LABEL: 'name' }) },
            { ALT: () => { this.CONSUME(K.DOUBLE!, { LABEL: 'name' }); this.OPTION(() => this.CONSUME(K.PRECISION!)); } },
          ]);
        },
      },
      {
        ALT: () => {
          // Flink 2.3.0: DECIMAL(p, s); CHAR, VARCHAR, BINARY, VARBINARY, TIMESTAMP_LTZ one number;
          // FLOAT none (FLOAT(1) fails at its `(`); the character types a CHARACTER SET name
          this.OR3([
            { ALT: () => this.CONSUME(K.FLOAT!, { LABEL: 'name' }) },
            {
              ALT: () => {
                this.or(10, [
                  { ALT: () => this.CONSUME(K.DECIMAL!, { LABEL: 'name' }) },
                  { ALT: () => this.CONSUME(K.DEC!, { LABEL: 'name' }) },
                  { ALT: () => this.CONSUME(K.NUMERIC!, { LABEL: 'name' }) },
                ]);
                this.OPTION3(() => this.SUBRULE(this.precisionSpec));
              },
            },
            {
              ALT: () => {
                // a character type takes CHARACTER SET name (not BINARY, VARBINARY, TIMESTAMP_LTZ)
                let chars = false;
                this.OR4([
                  { ALT: () => { this.CONSUME(K.VARCHAR!, { LABEL: 'name' }); chars = true; } },
                  { ALT: () => this.CONSUME(K.VARBINARY!, { LABEL: 'name' }) },
                  { ALT: () => this.CONSUME(K.TIMESTAMP_LTZ!, { LABEL: 'name' }) },
                  {
                    ALT: () => {
                      this.OR9([
                        { ALT: () => { this.CONSUME(K.CHAR!, { LABEL: 'name' }); chars = true; } },
                        { ALT: () => { this.CONSUME(K.CHARACTER!, { LABEL: 'name' }); chars = true; } },
                        { ALT: () => this.CONSUME(K.BINARY!, { LABEL: 'name' }) },
                      ]);
                      this.OPTION2(() => this.CONSUME(K.VARYING!, { LABEL: 'varying' }));
                    },
                  },
                ]);
                this.option(10, () => this.SUBRULE3(this.precisionSpec, { ARGS: [true] }));
                this.option(11, {
                  GATE: () => chars,
                  DEF: () => {
                    this.CONSUME2(K.CHARACTER!, { LABEL: 'charSet' });
                    this.CONSUME(K.SET!);
                    this.SUBRULE(this.ident, { LABEL: 'charSetName' });
                  },
                });
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.OR5([
            { ALT: () => this.CONSUME(K.TIME!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME(K.TIMESTAMP!, { LABEL: 'name' }) },
          ]);
          this.OPTION4(() => this.SUBRULE2(this.precisionSpec, { ARGS: [true] }));
          this.OPTION5(() => this.OR6([
            {
              ALT: () => {
                this.CONSUME(K.WITH!, { LABEL: 'tz' });
                this.OPTION6(() => this.CONSUME(K.LOCAL!, { LABEL: 'local' }));
                this.CONSUME2(K.TIME!);
                this.CONSUME(K.ZONE!);
              },
            },
            {
              ALT: () => {
                this.CONSUME(K.WITHOUT!);
                this.CONSUME3(K.TIME!);
                this.CONSUME2(K.ZONE!);
              },
            },
          ]));
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.ROW!, { LABEL: 'name' });
          this.OR7([
            { ALT: () => this.CONSUME(Neq, { LABEL: 'emptyRow' }) },
            {
              ALT: () => {
                this.CONSUME(Lt);
                this.OPTION7(() => {
                  this.SUBRULE(this.rowField);
                  this.MANY(() => {
                    this.CONSUME(Comma);
                    this.SUBRULE2(this.rowField);
                  });
                });
                this.CONSUME(Gt);
              },
            },
            {
              ALT: () => {
                this.CONSUME(LParen, { LABEL: 'paren' });
                this.OPTION8(() => {
                  this.SUBRULE3(this.rowField);
                  this.MANY2(() => {
                    this.CONSUME2(Comma);
                    this.SUBRULE4(this.rowField);
                  });
                });
                this.CONSUME(RParen);
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.OR8([
            { ALT: () => this.CONSUME2(K.ARRAY!, { LABEL: 'name' }) },
            { ALT: () => this.CONSUME2(K.MULTISET!, { LABEL: 'name' }) },
          ]);
          this.CONSUME2(Lt);
          this.SUBRULE(this.dataType, { LABEL: 'element' });
          this.CONSUME2(Gt);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.MAP!, { LABEL: 'name' });
          this.CONSUME3(Lt);
          this.SUBRULE2(this.dataType, { LABEL: 'key' });
          this.CONSUME3(Comma);
          this.SUBRULE3(this.dataType, { LABEL: 'value' });
          this.CONSUME3(Gt);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.RAW!, { LABEL: 'name' });
          this.CONSUME2(LParen);
          this.SUBRULE(this.stringLiteral, { LABEL: 'className' });
          this.OPTION9(() => {
            this.CONSUME4(Comma);
            this.SUBRULE2(this.stringLiteral, { LABEL: 'snapshot' });
          });
          this.CONSUME2(RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(K.STRUCTURED!, { LABEL: 'name' });
          this.CONSUME4(Lt);
          this.SUBRULE3(this.stringLiteral, { LABEL: 'className' });
          this.MANY3(() => {
            this.CONSUME5(Comma);
            this.SUBRULE5(this.rowField);
          });
          this.CONSUME4(Gt);
        },
      },
      { ALT: () => this.SUBRULE(this.compoundIdent, { LABEL: 'userType' }) },
    ] });
  });

  rowField = this.RULE('rowField', () => {
    this.SUBRULE(this.ident);
    this.SUBRULE(this.dataType);
    this.OPTION(() => this.SUBRULE(this.stringLiteral, { ARGS: [true], LABEL: 'comment' }));
  });
}


void isReservedWord;

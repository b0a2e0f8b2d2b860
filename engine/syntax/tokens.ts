// Token vocabulary and lexer of Flink SQL.
//
// One Chevrotain token type per keyword the grammar uses; keywords Flink treats as non-reserved
// also belong to the `Ident` category, so they match wherever a name is expected. Reserved words
// the grammar never names lex as `ReservedWord` (never an identifier); other words lex as
// `PlainIdent`. The lexer is hand-written (one pass, a Map lookup per word) because a Chevrotain
// Lexer with ~800 keyword patterns is an order of magnitude slower; it produces ordinary
// Chevrotain ITokens, so the parser and content assist work unchanged.
import { createToken, Lexer } from 'chevrotain';
import type { IToken, TokenType } from 'chevrotain';
import { NON_RESERVED_KEYWORDS, RESERVED_WORDS } from './keywords.ts';

const NA = Lexer.NA;

/** Anything usable as a name: plain and back-quoted identifiers, non-reserved keywords. */
export const Ident = createToken({ name: 'Ident', pattern: NA });
/** Reserved keywords that may name a function: ABS(...), COUNT(...), LEFT(...), ... */
export const FuncNameKw = createToken({ name: 'FuncNameKw', pattern: NA });
export const PlainIdent = createToken({ name: 'PlainIdent', pattern: NA, categories: [Ident] });
export const QuotedIdent = createToken({ name: 'QuotedIdent', pattern: NA, categories: [Ident] });
export const ReservedWord = createToken({ name: 'ReservedWord', pattern: NA });

export const StringLit = createToken({ name: 'StringLit', pattern: NA });
/** N'..', _UTF8'..', U&'..' */
export const PrefixedStringLit = createToken({ name: 'PrefixedStringLit', pattern: NA });
export const BinaryStringLit = createToken({ name: 'BinaryStringLit', pattern: NA });
export const IntegerLit = createToken({ name: 'IntegerLit', pattern: NA });
export const DecimalLit = createToken({ name: 'DecimalLit', pattern: NA });
export const ApproxLit = createToken({ name: 'ApproxLit', pattern: NA });

export const HintStart = createToken({ name: 'HintStart', pattern: NA, label: '"/*+"' });
export const HintEnd = createToken({ name: 'HintEnd', pattern: NA, label: '"*/"' });

function punct(name: string, label: string): TokenType {
  return createToken({ name, pattern: NA, label: `"${label}"` });
}
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
export const LBracket = punct('LBracket', '[');
export const RBracket = punct('RBracket', ']');
export const LBrace = punct('LBrace', '{');
export const RBrace = punct('RBrace', '}');
export const Comma = punct('Comma', ',');
export const Dot = punct('Dot', '.');
export const Semicolon = punct('Semicolon', ';');
export const Colon = punct('Colon', ':');
export const DoubleColon = punct('DoubleColon', '::');
export const Question = punct('Question', '?');
export const Arrow = punct('Arrow', '=>');
export const LambdaArrow = punct('LambdaArrow', '->');
export const Eq = punct('Eq', '=');
export const Neq = punct('Neq', '<>');
export const NeqBang = punct('NeqBang', '!=');
export const Lt = punct('Lt', '<');
export const Le = punct('Le', '<=');
export const Gt = punct('Gt', '>');
export const Ge = punct('Ge', '>=');
export const Plus = punct('Plus', '+');
export const Minus = punct('Minus', '-');
export const Star = punct('Star', '*');
export const Slash = punct('Slash', '/');
export const Percent = punct('Percent', '%');
export const Concat = punct('Concat', '||');
export const Pipe = punct('Pipe', '|');
export const Caret = punct('Caret', '^');
export const Dollar = punct('Dollar', '$');

/** Keywords the grammar names. Whether each is reserved comes from keywords.ts. */
const GRAMMAR_KEYWORDS = `
ABSENT ADD AFTER ALL ALTER ANALYZE AND ANY ARRAY ARRAY_AGG AS ASC ASYMMETRIC AT BEGIN BETWEEN
BIGINT BINARY BITMAP BOOLEAN BOTH BUCKETS BY BYTES CALL CASCADE CASE CAST CATALOG CATALOGS CEIL
CEILING CHANGELOG_MODE CHAR CHARACTER CHARACTERS CLASSIFIER CLEAR COLLATE COLUMNS COLUMN COMMENT
COMPACT COMPILE COMPUTE CONDITIONAL CONFLICT CONNECTION CONNECTIONS CONSTRAINT CONTINUOUS CREATE
CROSS CUBE CURRENT DATA DATABASE DATABASES DATE DAY DAYS DEC DECIMAL DEDUPLICATE DEFAULT DEFINE
DELETE DESC DESCRIBE DESCRIPTOR DISTINCT DISTRIBUTED DISTRIBUTION DO DOUBLE DRAIN DROP
ELSE EMPTY ENCODING END ENFORCED ERROR ESCAPE ESTIMATED_COST EXCEPT EXCLUDING EXECUTE EXISTS
EXPLAIN EXTEND EXTENDED EXTRACT FALSE FETCH FILTER FINAL FIRST FLOAT FLOOR FOLLOWING FOR FORMAT FRESHNESS
FROM FULL FUNCTION FUNCTIONS GENERATED GROUP GROUPING HASH HAVING HOUR HOURS IF IGNORE ILIKE IN
INCLUDING INNER INPUT INSERT INT INTEGER INTERSECT INTERVAL INTO IS JAR JARS JAVA JOB JOBS JOIN
JSON JSON_ARRAY JSON_ARRAYAGG JSON_EXECUTION_PLAN JSON_EXISTS JSON_OBJECT JSON_OBJECTAGG JSON_QUERY
JSON_VALUE KEY LANGUAGE LAST LATERAL LEADING LEFT LIKE LIMIT LOAD LOCAL MAP MATCH_NUMBER
MATCH_RECOGNIZE MATCHES MATERIALIZED MEASURES METADATA MICROSECOND MILLISECOND MINUS MINUTE MINUTES
MODEL MODELS MODIFY MODULES MONTH MONTHS MULTISET NANOSECOND NATURAL NEXT NO NOT NOTHING NULL
NULLS NUMERIC OBJECT OF OFFSET ON ONE ONLY OPTION OPTIONS OR ORDER ORDINALITY OUTER OUTPUT OVER
OVERLAY OVERWRITE OVERWRITING PARTITION PARTITIONED PARTITIONS PAST PASSING PATTERN PER PERMUTE
PLACING PLAN PLAN_ADVICE POSITION PRECEDING PRECISION PRIMARY PROCEDURES PYTHON QUALIFY QUARTER
RANGE RAW REAL RECURSIVE REFRESH REFRESH_MODE REMOVE RENAME REPLACE RESET RESPECT RESTRICT RESUME
RETURNING RIGHT RLIKE ROLLUP ROW ROWS RUNNING SAFE_CAST SCALA SCALAR SECOND SECONDS SELECT SET
SETS SHOW SIMILAR SKIP SMALLINT SOME SQL STATEMENT STATISTICS STOP STRING STRUCTURED SUBSET
SUBSTRING SUSPEND SYMMETRIC SYSTEM SYSTEM_TIME TABLE TABLES TEMPORARY THEN TIME TIMESTAMP
TIMESTAMPADD TIMESTAMPDIFF TIMESTAMP_LTZ TINYINT TO TRAILING TRIM TRUE TRUNCATE TRY_CAST UESCAPE
UNBOUNDED UNCONDITIONAL UNION UNIQUE UNKNOWN UNLOAD UNNEST UPDATE UPSERT USE USER USING VALUE
VALUES VARBINARY VARCHAR VARIANT VARYING VIEW VIEWS VIRTUAL WATERMARK WATERMARKS WEEK WHEN WHERE
WINDOW WITH WITHIN WITHOUT WRAPPER YEAR YEARS ZONE MATCH_RECOGNIZE FULL MODULES HELP QUIT EXIT
PREV SEMI ANTI APPLY DOW DOY EPOCH DECADE CENTURY MILLENNIUM ISODOW ISOYEAR DAYOFWEEK DAYOFYEAR
CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP LOCALTIME LOCALTIMESTAMP CURRENT_USER SESSION_USER
SYSTEM_USER CURRENT_CATALOG CURRENT_PATH CURRENT_ROLE CURRENT_SCHEMA CURRENT_ROW QUARTERS WEEKS
SAVEPOINT CONVERT TRANSLATE MEMBER SUBMULTISET UNCONDITIONAL CONDITIONAL ARRAY_WRAPPER IMPLEMENTATION
CONSTRAINTS MATCH MODULE TIMESTAMP_DIFF TIME_DIFF DATETIME_DIFF DATE_DIFF DATE_TRUNC DATETIME_TRUNC TIME_TRUNC
TIMESTAMP_TRUNC CONTAINS_SUBSTR JSON_SCOPE PERIOD DATETIME TABLESAMPLE BERNOULLI REPEATABLE
START_MODE FROM_BEGINNING FROM_NOW FROM_TIMESTAMP RESUME_OR_FROM_BEGINNING RESUME_OR_FROM_NOW
RESUME_OR_FROM_TIMESTAMP MERGE MATCHED
`;

/** Reserved words that Calcite's ReservedFunctionName() lets name a function. */
const RESERVED_FUNCTION_NAMES = `
ABS AVG CARDINALITY CEILING CHAR CHAR_LENGTH CHARACTER_LENGTH COALESCE COLLECT COVAR_POP COVAR_SAMP
CUME_DIST COUNT DENSE_RANK ELEMENT EVERY EXP FIRST_VALUE FLOOR FUSION INTERSECTION GROUPING HOUR
LAG LEAD LEFT LAST_VALUE LN LOWER MAX MIN MINUTE MOD MONTH NTH_VALUE NTILE NULLIF OCTET_LENGTH
PERCENTILE_CONT PERCENTILE_DISC PERCENT_RANK POWER RANK REGR_COUNT REGR_SXX REGR_SYY RIGHT
ROW_NUMBER SECOND SOME SQRT STDDEV_POP STDDEV_SAMP SUM UPPER TRUNCATE USER VAR_POP VAR_SAMP YEAR
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Keyword token types by upper-case name (K.SELECT, K.FROM, ...). */
export const K: Record<string, TokenType> = Object.create(null);
const keywordByUpper = new Map<string, TokenType>();
const funcNames = new Set(words(RESERVED_FUNCTION_NAMES));

/** The fields Chevrotain's augmentTokenTypes fills (createToken, and the parser's constructor again). */
type Augmented = TokenType & { tokenTypeIdx: number; CATEGORIES: TokenType[]; categoryMatches: number[]; categoryMatchesMap: Record<number, boolean>; isParent: boolean };

function keyword(name: string): TokenType {
  let t = keywordByUpper.get(name);
  if (t) return t;
  const category = !RESERVED_WORDS.has(name) ? Ident : funcNames.has(name) ? FuncNameKw : undefined;
  t = createToken({ name: `KW_${name}`, pattern: NA, label: name });
  // The category is linked here, as augmentTokenTypes would: createToken with `categories`
  // rebuilds the category's whole match list for every keyword (quadratic: ~8 ms of start-up
  // for ~700 keywords).
  if (category) {
    const k = t as Augmented, c = category as Augmented;
    k.CATEGORIES = [category];
    c.categoryMatchesMap[k.tokenTypeIdx] = true;
    c.categoryMatches.push(k.tokenTypeIdx);
    c.isParent = true;
  }
  keywordByUpper.set(name, t);
  K[name] = t;
  return t;
}
for (const w of words(GRAMMAR_KEYWORDS)) keyword(w);
for (const w of funcNames) keyword(w);

/** Returns K[name], failing loudly at module load for a typo in the grammar. */
export function kw(name: string): TokenType {
  const t = K[name];
  if (!t) throw new Error(`grammar uses keyword ${name} that tokens.ts does not define`);
  return t;
}

export const allTokens: TokenType[] = [
  Ident, FuncNameKw, PlainIdent, QuotedIdent, ReservedWord,
  StringLit, PrefixedStringLit, BinaryStringLit, IntegerLit, DecimalLit, ApproxLit,
  HintStart, HintEnd,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Dot, Semicolon, Colon, DoubleColon,
  Question, Arrow, LambdaArrow, Eq, Neq, NeqBang, Lt, Le, Gt, Ge, Plus, Minus, Star, Slash,
  Percent, Concat, Pipe, Caret, Dollar,
  ...keywordByUpper.values(),
];

export function isReservedWord(upper: string): boolean {
  return RESERVED_WORDS.has(upper);
}
export function isNonReservedKeyword(upper: string): boolean {
  return NON_RESERVED_KEYWORDS.has(upper);
}

// ---------------------------------------------------------------------------------------------
// Lexer

export interface LexError {
  message: string;
  offset: number;
  line: number; // 1-based
  column: number; // 1-based
  length: number;
}

export interface LexResult {
  tokens: IToken[];
  errors: LexError[];
  /** Line start offsets, for offset -> position conversion. */
  lineStarts: number[];
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || (c > 127 && /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)));
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
// ASCII character classes for the lexer's inner loops (a short run lexes in V8's interpreter,
// where a call per character counts): 1 a word's first character, 2 a word's later characters.
const WORD_START = 1, WORD_PART = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = (isIdentStart(c) ? WORD_START : 0) | (isIdentPart(c) ? WORD_PART : 0);

const PUNCT2: Record<string, TokenType> = {
  '<>': Neq, '!=': NeqBang, '<=': Le, '>=': Ge, '||': Concat, '=>': Arrow, '->': LambdaArrow, '::': DoubleColon,
};
const PUNCT1: Record<string, TokenType> = {
  '(': LParen, ')': RParen, '[': LBracket, ']': RBracket, '{': LBrace, '}': RBrace, ',': Comma,
  '.': Dot, ';': Semicolon, ':': Colon, '?': Question, '=': Eq, '<': Lt, '>': Gt, '+': Plus,
  '-': Minus, '*': Star, '/': Slash, '%': Percent, '|': Pipe, '^': Caret, '$': Dollar,
};
// the same tables by character code: PUNCT1 by its character, PUNCT2 by its first character
// (with the second characters it takes)
const PUNCT1_BY_CODE: (TokenType | undefined)[] = [];
for (const [p, t] of Object.entries(PUNCT1)) PUNCT1_BY_CODE[p.charCodeAt(0)] = t;
const PUNCT2_BY_CODE: ([number, TokenType][] | undefined)[] = [];
for (const [p, t] of Object.entries(PUNCT2)) (PUNCT2_BY_CODE[p.charCodeAt(0)] ??= []).push([p.charCodeAt(1), t]);

/** Tokenizes `text`. Never throws; problems are reported in `errors` and skipped. */
export function tokenize(text: string): LexResult {
  const tokens: IToken[] = [];
  const errors: LexError[] = [];
  const lineStarts: number[] = [0];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const push = (type: TokenType, start: number, end: number, startLine: number, startCol: number) => {
    // end exclusive here; ITokens use inclusive endOffset
    tokens.push({
      image: text.slice(start, end),
      startOffset: start,
      endOffset: end - 1,
      startLine,
      startColumn: startCol,
      endLine: line,
      endColumn: end - lineStart,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx!,
    });
  };
  const newline = (at: number) => {
    line++;
    lineStart = at + 1;
    lineStarts.push(lineStart);
  };
  const err = (message: string, offset: number, length: number, l = line, col = offset - lineStart + 1) => {
    errors.push({ message, offset, line: l, column: col, length });
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace
    // line breaks as LSP counts them: \n, \r\n, and a lone \r
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { newline(i); i++; continue; }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) { i++; continue; }
    const startLine = line;
    const startCol = i - lineStart + 1;
    const start = i;
    // comments
    if ((c === 45 && text.charCodeAt(i + 1) === 45) || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      // `/*+` is a hint's start wherever it is, inside a hint too (Calcite's HINT_BEG: Flink
      // rejects `/*+ /*+ X */` at the second); a plain `/*` starts a comment
      if (text.charCodeAt(i + 2) === 43) {
        push(HintStart, i, i + 3, startLine, startCol);
        i += 3;
        continue;
      }
      let j = i + 2;
      let closed = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 42 && text.charCodeAt(j + 1) === 47) { closed = true; j += 2; break; }
        if (d === 10 || (d === 13 && text.charCodeAt(j + 1) !== 10)) newline(j);
        j++;
      }
      if (!closed) {
        err('Lexical error: unterminated comment; close it with */', start, n - start, startLine, startCol);
      }
      i = j;
      continue;
    }
    // `*/` is one token everywhere (Calcite's COMMENT_END), not `*` then `/`: Flink 2.3.0 rejects
    // `SELECT 2*/3` and a second `*/` after a hint at it
    if (c === 42 && text.charCodeAt(i + 1) === 47) {
      push(HintEnd, i, i + 2, startLine, startCol);
      i += 2;
      continue;
    }
    // string literals (with optional prefix handled in the word branch)
    if (c === 39) {
      i = lexString(i);
      if (i < 0) { i = n; continue; }
      push(StringLit, start, i, startLine, startCol);
      continue;
    }
    // back-quoted identifier
    if (c === 96) {
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 96) {
          if (text.charCodeAt(j + 1) === 96) { j += 2; continue; }
          closed = true;
          j++;
          break;
        }
        if (d === 10 || (d === 13 && text.charCodeAt(j + 1) !== 10)) newline(j);
        j++;
      }
      if (!closed) {
        err('Lexical error: unterminated quoted identifier; close it with `', start, n - start, startLine, startCol);
        i = n;
        continue;
      }
      push(QuotedIdent, start, j, startLine, startCol);
      i = j;
      continue;
    }
    // numbers
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i;
      let type = IntegerLit;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46) {
        type = DecimalLit;
        j++;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      const e = text.charCodeAt(j);
      if (e === 69 || e === 101) {
        let k = j + 1;
        const s = text.charCodeAt(k);
        if (s === 43 || s === 45) k++;
        if (isDigit(text.charCodeAt(k))) {
          while (k < n && isDigit(text.charCodeAt(k))) k++;
          j = k;
          type = ApproxLit;
        }
      }
      push(type, start, j, startLine, startCol);
      i = j;
      continue;
    }
    // words
    if (c < 128 ? (ASCII_CLASS[c]! & WORD_START) !== 0 : isIdentStart(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128 ? (ASCII_CLASS[d]! & WORD_PART) === 0 : !isIdentPart(d)) break;
        j++;
      }
      const word = text.slice(i, j);
      const next = text.charCodeAt(j);
      const upper = word.toUpperCase();
      // X'..', N'..', _charset'..', U&'..'
      if (next === 39 && (upper === 'X' || upper === 'N' || word.charCodeAt(0) === 95)) {
        const end = lexString(j);
        if (end < 0) { i = n; continue; }
        push(upper === 'X' ? BinaryStringLit : PrefixedStringLit, start, end, startLine, startCol);
        i = end;
        continue;
      }
      if (upper === 'U' && next === 38 && text.charCodeAt(j + 1) === 39) {
        const end = lexString(j + 1);
        if (end < 0) { i = n; continue; }
        push(PrefixedStringLit, start, end, startLine, startCol);
        i = end;
        continue;
      }
      const kwType = keywordByUpper.get(upper);
      const type = kwType ?? (RESERVED_WORDS.has(upper) ? ReservedWord : PlainIdent);
      push(type, start, j, startLine, startCol);
      i = j;
      continue;
    }
    // punctuation
    const seconds = PUNCT2_BY_CODE[c];
    if (seconds) {
      const d = text.charCodeAt(i + 1);
      let p2: TokenType | undefined;
      for (let k = 0; k < seconds.length; k++) if (seconds[k]![0] === d) p2 = seconds[k]![1];
      if (p2) { push(p2, i, i + 2, startLine, startCol); i += 2; continue; }
    }
    const p1 = PUNCT1_BY_CODE[c];
    if (p1) { push(p1, i, i + 1, startLine, startCol); i++; continue; }
    err(`Lexical error at line ${startLine}, column ${startCol}. Encountered: "${text[i]}"`, i, 1, startLine, startCol);
    i++;
  }
  return { tokens, errors, lineStarts };

  /** Scans a '...' string starting at the quote; returns the end offset or -1 if unterminated. */
  function lexString(q: number): number {
    const qLine = line;
    const qCol = q - lineStart + 1;
    let j = q + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 39) {
        if (text.charCodeAt(j + 1) === 39) { j += 2; continue; }
        return j + 1;
      }
      if (d === 10 || (d === 13 && text.charCodeAt(j + 1) !== 10)) newline(j);
      j++;
    }
    // Flink reports an unterminated string at its opening quote: Encountered "'"
    errors.push({
      message: 'Lexical error: unterminated string literal; close it with \'',
      offset: q,
      line: qLine,
      column: qCol,
      length: n - q,
    });
    return -1;
  }
}

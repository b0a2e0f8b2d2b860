#!/usr/bin/env node
// Source of syntaxes/flinksql.tmLanguage.json (TextMate grammar, scope source.flinksql): the word
// lists live here, readable, and the JSON is generated from them.
//   node syntaxes/grammar.src.mjs           rewrite the JSON
//   node syntaxes/grammar.src.mjs --check   exit 1 when the JSON is not what this file generates
// Keywords: Flink 2.3.0's reserved words (engine/syntax/keywords.ts, the parser's own list)
// and the non-reserved ones that shape statements; non-reserved words that are often column
// names (name, type, key, value...) stay plain.
import { readFileSync, writeFileSync } from 'node:fs';
import { RESERVED_WORDS } from '../engine/syntax/keywords.ts';

const words = (s) => s.split(/\s+/).filter(Boolean);

// One list for the parser and the highlighter.
const RESERVED = [...RESERVED_WORDS].sort();

/** Non-reserved keywords that shape statements (DDL, EXPLAIN details, ordering, frames). */
const COMMON_NON_RESERVED = words(`
  ADD AFTER ANALYZE ASC CASCADE CATALOG CHANGELOG_MODE COLUMNS COMPILE COMPUTE CONFLICT CONNECTION
  DATABASE DEDUPLICATE DESC DESCRIPTOR DO DRAIN ENFORCED ESTIMATED_COST EXCLUDING FOLLOWING
  GENERATED IF IGNORE INCLUDING INPUT JAR JARS JOB JOBS JSON_EXECUTION_PLAN LOAD MATCHED METADATA MODEL
  NOTHING NULLS OPTIONS OUTPUT OVERWRITE OVERWRITING PARTITIONED PARTITIONS PLAN_ADVICE PRECEDING
  FIRST LAST REPLACE REMOVE RESTRICT SETS STATISTICS STOP TEMPORARY UNBOUNDED UNLOAD VIEW VIRTUAL
`);

const TYPES = words(`
  ARRAY BIGINT BINARY BITMAP BOOLEAN BYTES CHAR CHARACTER DATE DEC DECIMAL DOUBLE FLOAT INT INTEGER
  INTERVAL MAP MULTISET NUMERIC PRECISION RAW REAL ROW SMALLINT STRING STRUCTURED TIME TIMESTAMP
  TIMESTAMP_LTZ TINYINT VARBINARY VARCHAR VARIANT VARYING
`);

const CONSTANTS = words('TRUE FALSE NULL UNKNOWN');
const LOGICAL = words('AND OR NOT');

/** Flink's built-in functions (docs "System (Built-in) Functions"), highlighted before a `(`. */
const FUNCTIONS = words(`
  ABS ACOS ARRAY_AGG ARRAY_APPEND ARRAY_CONCAT ARRAY_CONTAINS ARRAY_DISTINCT ARRAY_EXCEPT
  ARRAY_INTERSECT ARRAY_JOIN ARRAY_MAX ARRAY_MIN ARRAY_POSITION ARRAY_PREPEND ARRAY_REMOVE
  ARRAY_REVERSE ARRAY_SLICE ARRAY_SORT ARRAY_UNION ASCII ASIN ATAN ATAN2 AVG BIN BTRIM CARDINALITY
  CAST CEIL CEILING CHAR_LENGTH CHARACTER_LENGTH CHR CLASSIFIER COALESCE COLLECT CONCAT CONCAT_WS
  CONVERT_TZ COS COSH COT COUNT CUME_DIST CUMULATE CURRENT_DATABASE CURRENT_DATE CURRENT_ROW_TIMESTAMP
  CURRENT_TIME CURRENT_TIMESTAMP CURRENT_WATERMARK DATE_FORMAT DATE_ADD DATE_SUB DATEDIFF DAYOFMONTH
  DAYOFWEEK DAYOFYEAR DECODE DEGREES DENSE_RANK E ELEMENT ELT ENCODE EXP EXTRACT FIRST FIRST_VALUE
  FLOOR FROM_BASE64 FROM_UNIXTIME GREATEST GROUP_ID GROUPING GROUPING_ID HASH_CODE HEX HOP
  HOP_END HOP_PROCTIME HOP_ROWTIME HOP_START HOUR IF IFNULL INITCAP INSTR IS_ALPHA IS_DECIMAL
  IS_DIGIT JSON_ARRAY JSON_ARRAYAGG JSON_EXISTS JSON_OBJECT JSON_OBJECTAGG JSON_QUERY JSON_QUOTE
  JSON_STRING JSON_UNQUOTE JSON_VALUE LAG LAST LAST_VALUE LEAD LEAST LEFT LISTAGG LN LOCALTIME
  LOCALTIMESTAMP LOCATE LOG LOG10 LOG2 LOWER LPAD LTRIM MAP_ENTRIES MAP_FROM_ARRAYS MAP_KEYS
  MAP_UNION MAP_VALUES MATCH_PROCTIME MATCH_ROWTIME MAX MD5 MIN MINUTE ML_EVALUATE ML_PREDICT MOD
  MONTH NEXT NOW NTILE NULLIF OVERLAY PARSE_URL PERCENT_RANK PERCENTILE PI POSITION POWER PREV
  PRINTF PROCTIME QUARTER RADIANS RAND RAND_INTEGER RANK REGEXP REGEXP_COUNT REGEXP_EXTRACT
  REGEXP_EXTRACT_ALL REGEXP_INSTR REGEXP_REPLACE REGEXP_SUBSTR REPEAT REPLACE REVERSE RIGHT ROUND
  ROW_NUMBER RPAD RTRIM SECOND SESSION SESSION_END SESSION_PROCTIME SESSION_ROWTIME SESSION_START
  SHA1 SHA2 SHA224 SHA256 SHA384 SHA512 SIGN SIN SINH SOURCE_WATERMARK SPLIT SPLIT_INDEX SQRT
  STDDEV_POP STDDEV_SAMP STR_TO_MAP SUBSTR SUBSTRING SUM TAN TANH TIMESTAMPADD TIMESTAMPDIFF
  TO_BASE64 TO_DATE TO_TIMESTAMP TO_TIMESTAMP_LTZ TRANSLATE TRIM TRUNCATE TRY_CAST TUMBLE
  TUMBLE_END TUMBLE_PROCTIME TUMBLE_ROWTIME TUMBLE_START TYPEOF UNHEX UNIX_TIMESTAMP UPPER
  URL_DECODE URL_ENCODE UUID VAR_POP VAR_SAMP VARIANCE VECTOR_SEARCH WEEK YEAR
`);

/** Hints Flink knows (query hints and join hints), inside `/*+ ... *\/`. */
const HINTS = words('OPTIONS LOOKUP BROADCAST SHUFFLE_HASH SHUFFLE_MERGE NEST_LOOP STATE_TTL JSON_AGGR');

const UNITS = words(`
  YEAR YEARS QUARTER QUARTERS MONTH MONTHS WEEK WEEKS DAY DAYS HOUR HOURS MINUTE MINUTES SECOND
  SECONDS MILLISECOND MILLISECONDS MICROSECOND MICROSECONDS NANOSECOND NANOSECONDS
`);

const alt = (list) => [...new Set(list)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
const wordsRe = (list) => `(?i)(?<![\\w$])(?:${alt(list)})(?![\\w$])`;
const minus = (list, ...others) => list.filter((w) => !others.some((o) => o.includes(w)));

const KEYWORDS = minus([...RESERVED, ...COMMON_NON_RESERVED], TYPES, CONSTANTS, LOGICAL);
const UNIT = `(?:${alt(UNITS)})(?![\\w$])`;
const S = 'flinksql';

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Flink SQL',
  scopeName: 'source.flinksql',
  comment: 'Generated by syntaxes/grammar.src.mjs; edit that file, not this one.',
  fileTypes: ['fsql', 'flink.sql'],
  patterns: [
    { include: '#hint' },
    { include: '#comments' },
    { include: '#strings' },
    { include: '#quoted-identifier' },
    { include: '#interval' },
    { include: '#time-zone' },
    { include: '#phrases' },
    { include: '#numbers' },
    { include: '#constants' },
    { include: '#constructors' },
    { include: '#functions' },
    { include: '#types' },
    { include: '#logical' },
    { include: '#keywords' },
    { include: '#operators' },
    { include: '#punctuation' },
  ],
  repository: {
    hint: {
      name: `meta.hint.${S}`,
      begin: '/\\*\\+',
      end: '\\*/',
      beginCaptures: { 0: { name: `punctuation.definition.hint.begin.${S}` } },
      endCaptures: { 0: { name: `punctuation.definition.hint.end.${S}` } },
      patterns: [
        { match: `(?i)(?<![\\w$])(?:${alt(HINTS)})(?![\\w$])`, name: `support.function.hint.${S}` },
        { match: '(?<![\\w$])[A-Za-z_][\\w$]*(?=\\s*\\()', name: `entity.name.function.hint.${S}` },
        { include: '#strings' },
        { include: '#quoted-identifier' },
        { include: '#numbers' },
        { include: '#operators' },
        { include: '#punctuation' },
      ],
    },
    comments: {
      patterns: [
        {
          name: `comment.line.double-dash.${S}`,
          match: '(--).*$',
          captures: { 1: { name: `punctuation.definition.comment.${S}` } },
        },
        {
          name: `comment.block.${S}`,
          begin: '/\\*',
          end: '\\*/',
          captures: { 0: { name: `punctuation.definition.comment.${S}` } },
        },
      ],
    },
    strings: {
      patterns: [
        {
          name: `string.quoted.single.binary.${S}`,
          begin: "(?i)(?<![\\w$])(X)(')",
          end: "'",
          beginCaptures: { 1: { name: `storage.type.string.prefix.${S}` }, 2: { name: `punctuation.definition.string.begin.${S}` } },
          endCaptures: { 0: { name: `punctuation.definition.string.end.${S}` } },
        },
        {
          name: `string.quoted.single.${S}`,
          begin: "(?i)(?:(?<![\\w$])(N|U&|_[A-Za-z][\\w$]*))?(')",
          end: "'(?!')",
          beginCaptures: { 1: { name: `storage.type.string.prefix.${S}` }, 2: { name: `punctuation.definition.string.begin.${S}` } },
          endCaptures: { 0: { name: `punctuation.definition.string.end.${S}` } },
          patterns: [{ match: "''", name: `constant.character.escape.${S}` }],
        },
        {
          name: `string.quoted.double.${S}`,
          begin: '"',
          end: '"(?!")',
          beginCaptures: { 0: { name: `punctuation.definition.string.begin.${S}` } },
          endCaptures: { 0: { name: `punctuation.definition.string.end.${S}` } },
          patterns: [{ match: '""', name: `constant.character.escape.${S}` }],
        },
      ],
    },
    'quoted-identifier': {
      name: `variable.other.quoted.backtick.${S}`,
      begin: '`',
      end: '`(?!`)',
      beginCaptures: { 0: { name: `punctuation.definition.identifier.begin.${S}` } },
      endCaptures: { 0: { name: `punctuation.definition.identifier.end.${S}` } },
      patterns: [{ match: '``', name: `constant.character.escape.${S}` }],
    },
    interval: {
      patterns: [
        {
          comment: "INTERVAL '5' SECOND, INTERVAL '1-2' YEAR TO MONTH, INTERVAL -'3' DAYS",
          name: `meta.literal.interval.${S}`,
          match: `(?i)(?<![\\w$])(INTERVAL)\\s+([-+])?\\s*('(?:[^']|'')*')\\s*(${UNIT})(?:\\s+(TO)\\s+(${UNIT}))?`,
          captures: {
            1: { name: `storage.type.interval.${S}` },
            2: { name: `keyword.operator.arithmetic.${S}` },
            3: { name: `string.quoted.single.interval.${S}` },
            4: { name: `keyword.other.unit.${S}` },
            5: { name: `keyword.other.${S}` },
            6: { name: `keyword.other.unit.${S}` },
          },
        },
        {
          comment: 'the interval type: INTERVAL DAY TO SECOND(3)',
          match: `(?i)(?<![\\w$])(INTERVAL)\\s+(${UNIT})(?:\\s*\\(\\s*\\d+\\s*\\))?(?:\\s+(TO)\\s+(${UNIT}))?`,
          captures: {
            1: { name: `storage.type.interval.${S}` },
            2: { name: `storage.type.interval.${S}` },
            3: { name: `storage.type.interval.${S}` },
            4: { name: `storage.type.interval.${S}` },
          },
        },
      ],
    },
    'time-zone': {
      match: '(?i)(?<![\\w$])(WITH|WITHOUT)\\s+(?:(LOCAL)\\s+)?(TIME)\\s+(ZONE)(?![\\w$])',
      name: `storage.modifier.time-zone.${S}`,
    },
    phrases: {
      comment: 'words that are keywords only in these phrases (key, error, row are fine names or types elsewhere)',
      match: '(?i)(?<![\\w$])(?:PRIMARY\\s+KEY|DO\\s+ERROR|CURRENT\\s+ROW)(?![\\w$])',
      name: `keyword.other.${S}`,
    },
    numbers: {
      patterns: [
        { match: '(?<![\\w$.])(?:\\d+\\.?\\d*|\\.\\d+)[eE][-+]?\\d+(?![\\w$])', name: `constant.numeric.float.${S}` },
        { match: '(?<![\\w$.])(?:\\d+\\.\\d*|\\.\\d+)(?![\\w$])', name: `constant.numeric.decimal.${S}` },
        { match: '(?<![\\w$.])\\d+(?![\\w$])', name: `constant.numeric.integer.${S}` },
      ],
    },
    constants: {
      patterns: [
        { match: '(?i)(?<![\\w$])(?:TRUE|FALSE|UNKNOWN)(?![\\w$])', name: `constant.language.boolean.${S}` },
        { match: '(?i)(?<![\\w$])NULL(?![\\w$])', name: `constant.language.null.${S}` },
      ],
    },
    constructors: {
      comment: 'ARRAY[1, 2], MAP[k, v] (ROW(...) stays a type: it is both)',
      match: '(?i)(?<![\\w$])(?:ARRAY|MAP)(?=\\s*\\[)',
      name: `support.function.constructor.${S}`,
    },
    functions: {
      match: `(?i)(?<![\\w$.])(?:${alt(FUNCTIONS)})(?=\\s*\\()`,
      name: `support.function.builtin.${S}`,
    },
    types: {
      match: wordsRe(TYPES),
      name: `storage.type.${S}`,
    },
    logical: {
      match: wordsRe(LOGICAL),
      name: `keyword.operator.logical.${S}`,
    },
    keywords: {
      match: wordsRe(KEYWORDS),
      name: `keyword.other.${S}`,
    },
    operators: {
      patterns: [
        { match: '=>|->', name: `keyword.operator.arrow.${S}` },
        { match: '<>|!=|<=|>=|=|<|>', name: `keyword.operator.comparison.${S}` },
        { match: '\\|\\|', name: `keyword.operator.concatenator.${S}` },
        { match: '::', name: `keyword.operator.cast.${S}` },
        { match: '[-+*/%]', name: `keyword.operator.arithmetic.${S}` },
      ],
    },
    punctuation: {
      patterns: [
        { match: ';', name: `punctuation.terminator.statement.${S}` },
        { match: ',', name: `punctuation.separator.comma.${S}` },
        { match: '\\.', name: `punctuation.separator.period.${S}` },
        { match: '\\(', name: `punctuation.section.parens.begin.${S}` },
        { match: '\\)', name: `punctuation.section.parens.end.${S}` },
        { match: '\\[', name: `punctuation.section.brackets.begin.${S}` },
        { match: '\\]', name: `punctuation.section.brackets.end.${S}` },
      ],
    },
  },
};

const out = new URL('./flinksql.tmLanguage.json', import.meta.url);
const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(out, 'utf8'); } catch { /* missing */ }
  if (current !== json) {
    console.error('syntaxes/flinksql.tmLanguage.json is stale: run node syntaxes/grammar.src.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(out, json);
  console.log(`wrote syntaxes/flinksql.tmLanguage.json (${KEYWORDS.length} keywords, ${TYPES.length} types, ${FUNCTIONS.length} functions)`);
}

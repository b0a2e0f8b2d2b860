// Typed AST of Flink 2.3.0's default SQL dialect, as produced by `parse()` (engine/syntax/parse.ts).
//
// Conventions (stable; the catalog, analysis and planner code against them):
// - Every node has `kind` (the discriminant) and `range` (0-based line/character, end exclusive,
//   the same Range as diagnostics). A node's range covers its whole source text.
// - Keywords are normalized to UPPER CASE strings in fields such as `joinType`, `op`, `name` of
//   a data type. Identifiers keep their original text (Flink's Lex.JAVA: case-sensitive, no case
//   folding); a back-quoted identifier has `quoted: true` and `value` with "``" unescaped.
// - Names made of several parts (`cat.db.tbl`) are `Identifier[]`, outermost part first.
// - Optional clauses that are absent are `undefined`; lists that are absent are `[]`.
// - A node that failed to parse is simply missing (recovery drops it) and the diagnostics say
//   why; a statement that could not be understood at all becomes `InvalidStatement`.
import type { Range } from '../diagnostics.ts';

export type { Range };

interface NodeBase {
  range: Range;
}

// ---------------------------------------------------------------------------------------------
// Identifiers and literals

export interface Identifier extends NodeBase {
  kind: 'Identifier';
  /** The name: original text for a plain identifier, unescaped content for `quoted`. */
  value: string;
  /** True when written with back quotes (`` `date` ``). */
  quoted: boolean;
}

export interface StringLiteral extends NodeBase {
  kind: 'StringLiteral';
  /** The unescaped value ('' -> '), adjacent literals 'a' 'b' concatenated. */
  value: string;
  /** `N'...'` -> 'N', `_UTF16'...'` -> 'UTF16', `U&'...'` -> 'U&'. */
  prefix?: string;
}

export interface BinaryStringLiteral extends NodeBase {
  kind: 'BinaryStringLiteral';
  /** Hex digits of X'...' (upper case, no spaces). */
  hex: string;
}

export interface NumericLiteral extends NodeBase {
  kind: 'NumericLiteral';
  /** Source text of the number, e.g. '42', '3.14', '1E10'. */
  text: string;
  /** integer: digits only; decimal: with a point; approximate: with an exponent. */
  numberKind: 'integer' | 'decimal' | 'approximate';
}

export interface BooleanLiteral extends NodeBase {
  kind: 'BooleanLiteral';
  value: boolean | null; // null = UNKNOWN
}

export interface NullLiteral extends NodeBase {
  kind: 'NullLiteral';
}

/** DATE '2020-01-01', TIME '12:00:00', TIMESTAMP '...', TIMESTAMP WITH LOCAL TIME ZONE '...'. */
export interface TypedLiteral extends NodeBase {
  kind: 'TypedLiteral';
  type: 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMP_LTZ' | 'TIME_LTZ';
  value: string;
}

export type TimeUnit =
  | 'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND'
  | 'MILLISECOND' | 'MICROSECOND' | 'NANOSECOND' | 'DOW' | 'DOY' | 'ISODOW' | 'ISOYEAR'
  | 'EPOCH' | 'DECADE' | 'CENTURY' | 'MILLENNIUM' | 'DAYOFWEEK' | 'DAYOFYEAR';

/** `DAY`, `DAY(3) TO SECOND(6)`, `MINUTES` (plural spellings are normalized to singular). */
export interface IntervalQualifier extends NodeBase {
  kind: 'IntervalQualifier';
  start: TimeUnit;
  startPrecision?: number;
  end?: TimeUnit;
  /** Fractional second precision: `SECOND(p, f)` or `... TO SECOND(f)`. */
  fractionalPrecision?: number;
}

/** INTERVAL '10' MINUTE, INTERVAL -'1 2' DAY TO HOUR. */
export interface IntervalLiteral extends NodeBase {
  kind: 'IntervalLiteral';
  sign: 1 | -1;
  value: string;
  qualifier: IntervalQualifier;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | StringLiteral
  | BinaryStringLiteral
  | NumericLiteral
  | BooleanLiteral
  | NullLiteral
  | TypedLiteral
  | IntervalLiteral
  | NameExpr
  | StarExpr
  | DynamicParam
  | UnaryExpr
  | BinaryExpr
  | IsExpr
  | IsDistinctFromExpr
  | BetweenExpr
  | InExpr
  | LikeExpr
  | QuantifiedComparison
  | ExistsExpr
  | SubqueryExpr
  | FunctionCall
  | CastExpr
  | CaseExpr
  | ArrayConstructor
  | MapConstructor
  | MultisetConstructor
  | RowConstructor
  | ItemAccess
  | FieldAccess
  | SymbolExpr
  | IntervalExpr
  | CollateExpr;

/** A column or a qualified column: `a`, `t.a`, `cat.db.t.a`, `row_col.field`. */
export interface NameExpr extends NodeBase {
  kind: 'Name';
  parts: Identifier[];
}

/** `*` or `t.*` (select list, COUNT(*)). */
export interface StarExpr extends NodeBase {
  kind: 'Star';
  qualifier: Identifier[];
}

/** `?` */
export interface DynamicParam extends NodeBase {
  kind: 'DynamicParam';
  index: number;
}

export interface UnaryExpr extends NodeBase {
  kind: 'Unary';
  op: '-' | '+' | 'NOT';
  operand: Expression;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%' | '||'
  | '=' | '<>' | '!=' | '<' | '<=' | '>' | '>='
  | 'AND' | 'OR'
  | 'MEMBER OF' | 'SUBMULTISET OF' | 'NOT SUBMULTISET OF'
  | 'MULTISET UNION' | 'MULTISET UNION ALL' | 'MULTISET UNION DISTINCT'
  | 'MULTISET INTERSECT' | 'MULTISET INTERSECT ALL' | 'MULTISET INTERSECT DISTINCT'
  | 'MULTISET EXCEPT' | 'MULTISET EXCEPT ALL' | 'MULTISET EXCEPT DISTINCT'
  | 'CONTAINS' | 'OVERLAPS' | 'EQUALS' | 'PRECEDES' | 'SUCCEEDS'
  | 'IMMEDIATELY PRECEDES' | 'IMMEDIATELY SUCCEEDS';

export interface BinaryExpr extends NodeBase {
  kind: 'Binary';
  op: BinaryOp;
  left: Expression;
  right: Expression;
}

/** x IS [NOT] NULL | TRUE | FALSE | UNKNOWN | JSON [VALUE|OBJECT|ARRAY|SCALAR] | A SET | EMPTY. */
export interface IsExpr extends NodeBase {
  kind: 'Is';
  not: boolean;
  test: 'NULL' | 'TRUE' | 'FALSE' | 'UNKNOWN' | 'JSON' | 'JSON VALUE' | 'JSON OBJECT' | 'JSON ARRAY' | 'JSON SCALAR' | 'A SET' | 'EMPTY';
  operand: Expression;
}

export interface IsDistinctFromExpr extends NodeBase {
  kind: 'IsDistinctFrom';
  not: boolean;
  left: Expression;
  right: Expression;
}

export interface BetweenExpr extends NodeBase {
  kind: 'Between';
  not: boolean;
  symmetric: boolean;
  operand: Expression;
  low: Expression;
  high: Expression;
}

/** x [NOT] IN (a, b) | x [NOT] IN (subquery). Exactly one of `list`/`query` is set. */
export interface InExpr extends NodeBase {
  kind: 'In';
  not: boolean;
  operand: Expression;
  list?: Expression[];
  query?: Query;
}

export interface LikeExpr extends NodeBase {
  kind: 'Like';
  op: 'LIKE' | 'ILIKE' | 'RLIKE' | 'SIMILAR TO';
  not: boolean;
  operand: Expression;
  pattern: Expression;
  escape?: Expression;
}

/** x = ANY (subquery), x > ALL (...), x = SOME (...). */
export interface QuantifiedComparison extends NodeBase {
  kind: 'QuantifiedComparison';
  op: '=' | '<>' | '!=' | '<' | '<=' | '>' | '>=';
  quantifier: 'ANY' | 'SOME' | 'ALL';
  left: Expression;
  query?: Query;
  list?: Expression[];
}

export interface ExistsExpr extends NodeBase {
  kind: 'Exists';
  query: Query;
}

/** A parenthesized query used as a value: `(SELECT MAX(x) FROM t)`. */
export interface SubqueryExpr extends NodeBase {
  kind: 'Subquery';
  query: Query;
}

/**
 * A function call, including the special-syntax built-ins, normalized:
 * - `CURRENT_TIMESTAMP` etc. without parentheses: `noParens: true`, `args: []`.
 * - `COUNT(*)`: args `[Star]`.
 * - `EXTRACT(DAY FROM x)`: name EXTRACT, args `[Symbol DAY, x]`.
 * - `POSITION(a IN b)`: args `[a, b]`; `TRIM(BOTH 'x' FROM y)`: args `[Symbol BOTH, 'x', y]`;
 *   `SUBSTRING(a FROM b FOR c)`: args `[a, b, c]`; `OVERLAY(a PLACING b FROM c FOR d)`: `[a,b,c,d]`;
 *   `CEIL(x TO DAY)` / `FLOOR`: `[x, Symbol DAY]`; `TIMESTAMPADD(DAY, 1, t)`: `[Symbol DAY, 1, t]`.
 * - JSON functions: extra clauses in `jsonClauses`, `RETURNING type` in `returning`,
 *   JSON_OBJECT's `KEY k VALUE v` / `k : v` entries as `JsonKeyValue` args.
 * - Table-valued functions (window TVFs, PTFs): args may be `NamedArgument`, `TableArgument`,
 *   `Descriptor`, `ModelArgument`.
 */
export interface FunctionCall extends NodeBase {
  kind: 'FunctionCall';
  name: Identifier[];
  args: FunctionArg[];
  quantifier?: 'DISTINCT' | 'ALL';
  noParens?: boolean;
  /** agg(x) WITHIN GROUP (ORDER BY ...) */
  withinGroup?: OrderItem[];
  /** agg(x) FILTER (WHERE cond) */
  filter?: Expression;
  /** RESPECT NULLS / IGNORE NULLS */
  nullTreatment?: 'RESPECT NULLS' | 'IGNORE NULLS';
  /** OVER (window spec) or OVER window_name. */
  over?: WindowSpec;
  returning?: DataType;
  jsonClauses?: JsonClause[];
}

export type FunctionArg = Expression | NamedArgument | TableArgument | Descriptor | ModelArgument | JsonKeyValue | DefaultArgument;

/** DEFAULT as an argument: the parameter's default value. */
export interface DefaultArgument extends NodeBase {
  kind: 'DefaultArgument';
}

/** name => value */
export interface NamedArgument extends NodeBase {
  kind: 'NamedArgument';
  name: Identifier;
  value: Expression | TableArgument | Descriptor | ModelArgument;
}

/** TABLE t [PARTITION BY ...] [ORDER BY ...], or a subquery (`(SELECT ...)`) used as a table argument. */
export interface TableArgument extends NodeBase {
  kind: 'TableArgument';
  /** TABLE name (Flink's grammar takes no TABLE (query)) */
  table: Identifier[];
  partitionBy: Expression[];
  orderBy: OrderItem[];
}

/** DESCRIPTOR(col, ...) */
export interface Descriptor extends NodeBase {
  kind: 'Descriptor';
  /** The arguments that are column names. */
  columns: Identifier[];
  /** Other arguments Flink's grammar takes (DESCRIPTOR(*), DESCRIPTOR(a.b), DESCRIPTOR(1)). */
  others?: FunctionArg[];
}

/** MODEL name (ML_PREDICT / ML_EVALUATE arguments). */
export interface ModelArgument extends NodeBase {
  kind: 'ModelArgument';
  name: Identifier[];
}

/** JSON_OBJECT(KEY k VALUE v) / JSON_OBJECT(k VALUE v) / JSON_OBJECT(k : v). */
export interface JsonKeyValue extends NodeBase {
  kind: 'JsonKeyValue';
  key: Expression;
  value: Expression;
}

/**
 * A clause of a JSON function, normalized to its keywords:
 * 'NULL ON NULL', 'ABSENT ON NULL', 'NULL ON EMPTY', 'ERROR ON EMPTY', 'DEFAULT ON EMPTY' (with
 * `value`), 'NULL ON ERROR', 'ERROR ON ERROR', 'DEFAULT ON ERROR', 'TRUE ON ERROR', 'FALSE ON ERROR',
 * 'UNKNOWN ON ERROR', 'EMPTY ARRAY ON EMPTY', 'EMPTY OBJECT ON ERROR', ..., 'WITHOUT ARRAY WRAPPER',
 * 'WITH CONDITIONAL ARRAY WRAPPER', 'WITH UNCONDITIONAL ARRAY WRAPPER', 'FORMAT JSON',
 * 'STRICT' / 'LAX' are part of the path string and not clauses.
 */
export interface JsonClause extends NodeBase {
  kind: 'JsonClause';
  clause: string;
  value?: Expression;
}

export interface CastExpr extends NodeBase {
  kind: 'Cast';
  /** CAST, TRY_CAST (Flink), SAFE_CAST */
  op: 'CAST' | 'TRY_CAST' | 'SAFE_CAST';
  operand: Expression;
  type: DataType;
  format?: Expression;
}

export interface CaseExpr extends NodeBase {
  kind: 'Case';
  /** CASE x WHEN ... (simple form) */
  operand?: Expression;
  whens: { when: Expression; then: Expression }[];
  else?: Expression;
}

/** ARRAY[a, b] or ARRAY(subquery). */
export interface ArrayConstructor extends NodeBase {
  kind: 'ArrayConstructor';
  elements: Expression[];
  query?: Query;
  /** ARRAY(x, ...) written with parentheses and no query: Flink 2.3.0's validator has no such function */
  parens?: true;
}

/** MAP[k1, v1, k2, v2] (elements alternate key, value) or MAP(subquery). */
export interface MapConstructor extends NodeBase {
  kind: 'MapConstructor';
  elements: Expression[];
  query?: Query;
  /** MAP(k, v, ...) written with parentheses and no query: Flink 2.3.0's validator has no such function */
  parens?: true;
}

export interface MultisetConstructor extends NodeBase {
  kind: 'MultisetConstructor';
  elements: Expression[];
  query?: Query;
}

/** ROW(a, b) (explicit: true) or (a, b) (explicit: false). */
export interface RowConstructor extends NodeBase {
  kind: 'RowConstructor';
  explicit: boolean;
  fields: Expression[];
}

/** x[i], m['key'] */
export interface ItemAccess extends NodeBase {
  kind: 'ItemAccess';
  operand: Expression;
  index: Expression;
}

/** (expr).field — field access on something that is not a plain name. */
export interface FieldAccess extends NodeBase {
  kind: 'FieldAccess';
  operand: Expression;
  field: Identifier;
}

/** A keyword inside a special function's arguments (time unit of EXTRACT, BOTH of TRIM, ...). */
export interface SymbolExpr extends NodeBase {
  kind: 'Symbol';
  value: string;
  /** a time unit written as an identifier (not a unit keyword): its text as written */
  written?: string;
}

/** INTERVAL expr unit, e.g. INTERVAL x DAY (non-literal interval; rare). */
export interface IntervalExpr extends NodeBase {
  kind: 'IntervalExpr';
  operand: Expression;
  qualifier: IntervalQualifier;
}

export interface CollateExpr extends NodeBase {
  kind: 'Collate';
  operand: Expression;
  collation: string;
}

// ---------------------------------------------------------------------------------------------
// Data types. Every type has `nullable` (false for `NOT NULL`).

export type DataType =
  | BasicType
  | RowType
  | CollectionType
  | MapType
  | RawType
  | StructuredType
  | IntervalType
  | NamedType;

/**
 * Built-in scalar types, `name` normalized:
 * INTEGER -> INT, DEC/NUMERIC -> DECIMAL, CHARACTER -> CHAR, CHAR VARYING/CHARACTER VARYING ->
 * VARCHAR, BINARY VARYING -> VARBINARY, DOUBLE PRECISION -> DOUBLE,
 * TIMESTAMP(p) WITH LOCAL TIME ZONE and TIMESTAMP_LTZ(p) -> TIMESTAMP_LTZ,
 * TIME(p) WITH LOCAL TIME ZONE -> TIME_LTZ, TIMESTAMP(p) WITH TIME ZONE -> TIMESTAMP_TZ,
 * TIMESTAMP WITHOUT TIME ZONE -> TIMESTAMP. STRING and BYTES stay as written (Flink maps them to
 * VARCHAR/VARBINARY(MAX)).
 */
export interface BasicType extends NodeBase {
  kind: 'BasicType';
  name:
    | 'BOOLEAN' | 'TINYINT' | 'SMALLINT' | 'INT' | 'BIGINT' | 'FLOAT' | 'REAL' | 'DOUBLE' | 'DECIMAL'
    | 'CHAR' | 'VARCHAR' | 'STRING' | 'BINARY' | 'VARBINARY' | 'BYTES'
    | 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMP_LTZ' | 'TIME_LTZ' | 'TIMESTAMP_TZ'
    | 'NULL' | 'ANY' | 'VARIANT' | 'BITMAP' | 'GEOMETRY';
  /** length for CHAR/VARCHAR/BINARY/VARBINARY, precision for DECIMAL/TIME/TIMESTAMP/FLOAT. */
  precision?: number;
  scale?: number;
  nullable: boolean;
}

export interface RowField extends NodeBase {
  kind: 'RowField';
  name: Identifier;
  type: DataType;
  comment?: StringLiteral;
}

/** ROW<a INT, b STRING> (style 'angle') or ROW(a INT, b STRING) (style 'paren'). */
export interface RowType extends NodeBase {
  kind: 'RowType';
  style: 'angle' | 'paren';
  fields: RowField[];
  nullable: boolean;
}

/** ARRAY<T>, MULTISET<T>, and the suffix forms `T ARRAY`, `T MULTISET`. */
export interface CollectionType extends NodeBase {
  kind: 'CollectionType';
  collection: 'ARRAY' | 'MULTISET';
  element: DataType;
  nullable: boolean;
}

export interface MapType extends NodeBase {
  kind: 'MapType';
  key: DataType;
  value: DataType;
  nullable: boolean;
}

/** RAW('class', 'snapshot') */
export interface RawType extends NodeBase {
  kind: 'RawType';
  className: StringLiteral;
  snapshot?: StringLiteral;
  nullable: boolean;
}

/** STRUCTURED<'com.example.User', name STRING, age INT> */
export interface StructuredType extends NodeBase {
  kind: 'StructuredType';
  className: StringLiteral;
  fields: RowField[];
  nullable: boolean;
}

/** INTERVAL DAY TO SECOND(3), INTERVAL YEAR(2) TO MONTH, ... */
export interface IntervalType extends NodeBase {
  kind: 'IntervalType';
  qualifier: IntervalQualifier;
  nullable: boolean;
}

/** A user-defined (catalog) type referenced by name. */
export interface NamedType extends NodeBase {
  kind: 'NamedType';
  name: Identifier[];
  nullable: boolean;
}

// ---------------------------------------------------------------------------------------------
// Queries

/**
 * Every query position (statement, subquery, INSERT source, view body, CTE body) holds a
 * `Query`: optional WITH, a body, and the ORDER BY / LIMIT / OFFSET / FETCH that apply to the
 * whole body (so `SELECT ... UNION SELECT ... ORDER BY x` orders the union).
 * `LIMIT n` and `FETCH FIRST n ROWS ONLY` both set `fetch`; `LIMIT a, b` is not Flink syntax.
 */
export interface Query extends NodeBase {
  kind: 'Query';
  with?: WithClause;
  body: QueryBody;
  orderBy: OrderItem[];
  offset?: Expression;
  fetch?: Expression;
}

/** A parenthesized query nested in a set operation appears as a `Query`. */
export type QueryBody = Select | SetOperation | Values | ExplicitTable | Query;

export interface WithClause extends NodeBase {
  kind: 'With';
  recursive: boolean;
  ctes: CommonTableExpression[];
}

export interface CommonTableExpression extends NodeBase {
  kind: 'CommonTableExpression';
  name: Identifier;
  columns: Identifier[];
  query: Query;
}

export interface Select extends NodeBase {
  kind: 'Select';
  /** SELECT /*+ hint(...) *\/ ... */
  hints: Hint[];
  quantifier?: 'DISTINCT' | 'ALL';
  items: SelectItem[];
  from?: FromItem;
  where?: Expression;
  groupBy?: GroupBy;
  having?: Expression;
  windows: NamedWindow[];
  qualify?: Expression;
}

export interface SelectItem extends NodeBase {
  kind: 'SelectItem';
  expr: Expression;
  alias?: Identifier;
}

export interface SetOperation extends NodeBase {
  kind: 'SetOperation';
  op: 'UNION' | 'INTERSECT' | 'EXCEPT' | 'MINUS';
  quantifier?: 'ALL' | 'DISTINCT';
  left: QueryBody;
  right: QueryBody;
}

/** VALUES (1, 'a'), (2, 'b') — each row is the list of its expressions. */
export interface Values extends NodeBase {
  kind: 'Values';
  rows: ValuesElement[][];
}

/** a VALUES row's element: an expression, or DEFAULT directly in the row's list */
export type ValuesElement = Expression | DefaultArgument;

/** TABLE t as a query. */
export interface ExplicitTable extends NodeBase {
  kind: 'ExplicitTable';
  name: Identifier[];
}

export interface OrderItem extends NodeBase {
  kind: 'OrderItem';
  expr: Expression;
  direction?: 'ASC' | 'DESC';
  nulls?: 'FIRST' | 'LAST';
}

export interface GroupBy extends NodeBase {
  kind: 'GroupBy';
  quantifier?: 'DISTINCT' | 'ALL';
  items: GroupingElement[];
}

/** `()` is an EmptyGrouping; `(a, b)` inside ROLLUP/CUBE/GROUPING SETS is a RowConstructor. */
export type GroupingElement = Expression | GroupingSets | Rollup | Cube | EmptyGrouping;

export interface GroupingSets extends NodeBase {
  kind: 'GroupingSets';
  sets: GroupingElement[];
}
export interface Rollup extends NodeBase {
  kind: 'Rollup';
  items: GroupingElement[];
}
export interface Cube extends NodeBase {
  kind: 'Cube';
  items: GroupingElement[];
}
export interface EmptyGrouping extends NodeBase {
  kind: 'EmptyGrouping';
}

export interface NamedWindow extends NodeBase {
  kind: 'NamedWindow';
  name: Identifier;
  spec: WindowSpec;
}

/** OVER (...) / WINDOW w AS (...). `OVER w` is a WindowSpec with only `base`. */
export interface WindowSpec extends NodeBase {
  kind: 'WindowSpec';
  base?: Identifier;
  partitionBy: Expression[];
  orderBy: OrderItem[];
  frame?: WindowFrame;
}

export interface WindowFrame extends NodeBase {
  kind: 'WindowFrame';
  unit: 'ROWS' | 'RANGE';
  start: FrameBound;
  /** Set for BETWEEN start AND end. */
  end?: FrameBound;
  allowPartial?: boolean;
}

export interface FrameBound extends NodeBase {
  kind: 'FrameBound';
  bound: 'UNBOUNDED PRECEDING' | 'UNBOUNDED FOLLOWING' | 'CURRENT ROW' | 'PRECEDING' | 'FOLLOWING';
  offset?: Expression;
}

/** A query hint: NAME, NAME(a, b), NAME('k'='v', ...). */
export interface Hint extends NodeBase {
  kind: 'Hint';
  name: Identifier;
  /** Positional options: identifiers or literals as written. */
  options: (Identifier | StringLiteral | NumericLiteral)[];
  /** 'k' = 'v' / k = 'v' options. */
  kvOptions: { key: string; value: string; range: Range }[];
}

/** AS alias [(c1, c2)] */
export interface Alias extends NodeBase {
  kind: 'Alias';
  name: Identifier;
  columns: Identifier[];
}

export type FromItem =
  | TableName
  | DerivedTable
  | TableFunction
  | Unnest
  | Join
  | MatchRecognize;

/** t [/*+ OPTIONS(...) *\/] [FOR SYSTEM_TIME AS OF expr] [AS] alias */
export interface TableName extends NodeBase {
  kind: 'TableName';
  name: Identifier[];
  hints: Hint[];
  /** FROM t [EXTEND] (a INT, ...): extended columns */
  extend?: { name: Identifier[]; type: DataType }[];
  systemTime?: Expression;
  alias?: Alias;
}

/** [LATERAL] (query) [AS] alias — also (VALUES ...) AS t(a, b). */
export interface DerivedTable extends NodeBase {
  kind: 'DerivedTable';
  lateral: boolean;
  query: Query;
  alias?: Alias;
}

/** [LATERAL] TABLE(fn(args)) [AS] alias — window TVFs, UDTFs, PTFs. */
export interface TableFunction extends NodeBase {
  kind: 'TableFunction';
  lateral: boolean;
  call: FunctionCall;
  alias?: Alias;
}

export interface Unnest extends NodeBase {
  kind: 'Unnest';
  lateral: boolean;
  args: Expression[];
  withOrdinality: boolean;
  alias?: Alias;
}

export interface Join extends NodeBase {
  kind: 'Join';
  /** COMMA is the implicit cross join `FROM a, b`. */
  joinType: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'CROSS' | 'COMMA' | 'CROSS APPLY' | 'OUTER APPLY';
  natural: boolean;
  left: FromItem;
  right: FromItem;
  on?: Expression;
  using?: Identifier[];
}

export interface MatchRecognize extends NodeBase {
  kind: 'MatchRecognize';
  input: FromItem;
  partitionBy: Expression[];
  orderBy: OrderItem[];
  measures: SelectItem[];
  rowsPerMatch?: 'ONE ROW PER MATCH' | 'ALL ROWS PER MATCH';
  /** 'SKIP TO NEXT ROW' | 'SKIP PAST LAST ROW' | 'SKIP TO FIRST x' | 'SKIP TO LAST x' | 'SKIP TO x' */
  afterMatch?: { kind: 'AfterMatch'; range: Range; mode: string; variable?: Identifier };
  /** ^ / $ anchors */
  strictStart: boolean;
  strictEnd: boolean;
  pattern: PatternNode;
  within?: Expression;
  subsets: { name: Identifier; variables: Identifier[] }[];
  define: { name: Identifier; condition: Expression }[];
  alias?: Alias;
}

export type PatternNode =
  | { kind: 'PatternVariable'; range: Range; name: Identifier }
  | { kind: 'PatternConcat'; range: Range; items: PatternNode[] }
  | { kind: 'PatternAlternation'; range: Range; alternatives: PatternNode[] }
  | { kind: 'PatternQuantified'; range: Range; pattern: PatternNode; min: number; max?: number; reluctant: boolean }
  | { kind: 'PatternGroup'; range: Range; pattern: PatternNode }
  | { kind: 'PatternPermute'; range: Range; items: PatternNode[] }
  | { kind: 'PatternExclude'; range: Range; pattern: PatternNode };

// ---------------------------------------------------------------------------------------------
// DDL pieces

/** 'key' = 'value' in WITH (...) / SET (...). */
export interface TableOption extends NodeBase {
  kind: 'TableOption';
  key: StringLiteral;
  value: StringLiteral;
}

export type ColumnDef = PhysicalColumn | ComputedColumn | MetadataColumn;

/** name type [PRIMARY KEY NOT ENFORCED] [COMMENT '...'] */
export interface PhysicalColumn extends NodeBase {
  kind: 'PhysicalColumn';
  name: Identifier;
  type: DataType;
  constraint?: TableConstraint;
  comment?: StringLiteral;
}

/** name AS expr [COMMENT '...'] */
export interface ComputedColumn extends NodeBase {
  kind: 'ComputedColumn';
  name: Identifier;
  expr: Expression;
  comment?: StringLiteral;
}

/** name type METADATA [FROM 'key'] [VIRTUAL] [COMMENT '...'] */
export interface MetadataColumn extends NodeBase {
  kind: 'MetadataColumn';
  name: Identifier;
  type: DataType;
  metadataKey?: StringLiteral;
  virtual: boolean;
  comment?: StringLiteral;
}

/** [CONSTRAINT name] PRIMARY KEY (cols) [NOT] ENFORCED, or UNIQUE (...). For a column
 *  constraint `columns` is that one column. `enforced` is undefined when not written. */
export interface TableConstraint extends NodeBase {
  kind: 'TableConstraint';
  name?: Identifier;
  type: 'PRIMARY KEY' | 'UNIQUE';
  columns: Identifier[];
  enforced?: boolean;
}

/** WATERMARK FOR rowtime AS strategy */
export interface Watermark extends NodeBase {
  kind: 'Watermark';
  column: Identifier[];
  strategy: Expression;
}

/** DISTRIBUTED BY [HASH|RANGE] (cols) [INTO n BUCKETS] | DISTRIBUTED INTO n BUCKETS */
export interface Distribution extends NodeBase {
  kind: 'Distribution';
  algorithm?: 'HASH' | 'RANGE';
  columns: Identifier[];
  buckets?: NumericLiteral;
}

/** LIKE source [(INCLUDING ALL EXCLUDING OPTIONS ...)] */
export interface LikeClause extends NodeBase {
  kind: 'LikeClause';
  table: Identifier[];
  options: {
    kind: 'LikeOption';
    range: Range;
    mode: 'INCLUDING' | 'EXCLUDING' | 'OVERWRITING';
    feature: 'ALL' | 'CONSTRAINTS' | 'DISTRIBUTION' | 'GENERATED' | 'METADATA' | 'OPTIONS' | 'PARTITIONS' | 'WATERMARKS';
  }[];
}

/** Column position in ALTER TABLE ADD/MODIFY: FIRST | AFTER col. */
export interface ColumnPosition extends NodeBase {
  kind: 'ColumnPosition';
  position: 'FIRST' | 'AFTER';
  reference?: Identifier;
}

/** A schema element of ALTER TABLE ADD/MODIFY ( ... ). */
export type SchemaElement =
  | (ColumnDef & { position?: ColumnPosition })
  | TableConstraint
  | Watermark;

/** A static partition spec: PARTITION (k = 'v', ...). */
export interface PartitionSpec extends NodeBase {
  kind: 'PartitionSpec';
  entries: { name: Identifier; value?: Expression }[];
}

// ---------------------------------------------------------------------------------------------
// Statements

export type Statement =
  | QueryStatement
  | CreateTable
  | CreateView
  | CreateFunction
  | CreateCatalog
  | CreateDatabase
  | CreateMaterializedTable
  | CreateModel
  | CreateConnection
  | Drop
  | AlterTable
  | AlterOther
  | Insert
  | StatementSet
  | BeginStatementSet
  | EndStatementSet
  | Execute
  | Explain
  | CompilePlan
  | ExecutePlan
  | SetStatement
  | ResetStatement
  | Use
  | Show
  | Describe
  | Update
  | Delete
  | Merge
  | Truncate
  | Call
  | AnalyzeTable
  | OtherStatement
  | InvalidStatement;

export interface QueryStatement extends NodeBase {
  kind: 'QueryStatement';
  query: Query;
}

/**
 * CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (elements) [COMMENT] [DISTRIBUTED ...]
 * [PARTITIONED BY (cols)] [WITH (options)] [LIKE src (...)] [AS query]
 * and CREATE OR REPLACE TABLE ... AS / REPLACE TABLE ... AS (`replace`).
 */
export interface CreateTable extends NodeBase {
  kind: 'CreateTable';
  temporary: boolean;
  ifNotExists: boolean;
  /** 'CREATE OR REPLACE' or 'REPLACE' (only with AS query). */
  replace?: 'CREATE OR REPLACE' | 'REPLACE';
  name: Identifier[];
  columns: ColumnDef[];
  constraints: TableConstraint[];
  watermark?: Watermark;
  comment?: StringLiteral;
  distribution?: Distribution;
  partitionedBy: Identifier[];
  options: TableOption[];
  like?: LikeClause;
  asQuery?: Query;
}

export interface CreateView extends NodeBase {
  kind: 'CreateView';
  temporary: boolean;
  ifNotExists: boolean;
  name: Identifier[];
  columns: Identifier[];
  comment?: StringLiteral;
  query: Query;
}

export interface CreateFunction extends NodeBase {
  kind: 'CreateFunction';
  temporary: boolean;
  system: boolean;
  ifNotExists: boolean;
  name: Identifier[];
  className: StringLiteral;
  language?: 'JAVA' | 'SCALA' | 'SQL' | 'PYTHON';
  /** USING JAR 'path', ... */
  jars: StringLiteral[];
  options: TableOption[];
}

export interface CreateCatalog extends NodeBase {
  kind: 'CreateCatalog';
  ifNotExists: boolean;
  name: Identifier;
  comment?: StringLiteral;
  options: TableOption[];
}

export interface CreateDatabase extends NodeBase {
  kind: 'CreateDatabase';
  ifNotExists: boolean;
  name: Identifier[];
  comment?: StringLiteral;
  options: TableOption[];
}

/**
 * CREATE [OR ALTER] MATERIALIZED TABLE name [(schema)] [COMMENT] [DISTRIBUTED ...]
 * [PARTITIONED BY] [WITH] [START_MODE = ...] [FRESHNESS = INTERVAL ...] [REFRESH_MODE = FULL|CONTINUOUS] AS query
 */
export interface CreateMaterializedTable extends NodeBase {
  kind: 'CreateMaterializedTable';
  orAlter: boolean;
  ifNotExists: boolean;
  name: Identifier[];
  columns: ColumnDef[];
  constraints: TableConstraint[];
  watermark?: Watermark;
  comment?: StringLiteral;
  distribution?: Distribution;
  partitionedBy: Identifier[];
  options: TableOption[];
  freshness?: Expression;
  /** START_MODE = FROM_BEGINNING | FROM_NOW | FROM_TIMESTAMP | RESUME_OR_... (Flink 2.3) */
  startMode?: string;
  refreshMode?: 'FULL' | 'CONTINUOUS';
  query?: Query;
}

/** CREATE [TEMPORARY] MODEL [IF NOT EXISTS] name [INPUT (cols)] [OUTPUT (cols)] [COMMENT] WITH (...) [AS query] */
export interface CreateModel extends NodeBase {
  kind: 'CreateModel';
  temporary: boolean;
  ifNotExists: boolean;
  name: Identifier[];
  input: ColumnDef[];
  output: ColumnDef[];
  comment?: StringLiteral;
  options: TableOption[];
  asQuery?: Query;
}

/** CREATE [TEMPORARY] [SYSTEM] CONNECTION [IF NOT EXISTS] name [COMMENT] WITH (...) */
export interface CreateConnection extends NodeBase {
  kind: 'CreateConnection';
  temporary: boolean;
  system: boolean;
  ifNotExists: boolean;
  name: Identifier[];
  comment?: StringLiteral;
  options: TableOption[];
}

export interface Drop extends NodeBase {
  kind: 'Drop';
  objectType: 'TABLE' | 'VIEW' | 'FUNCTION' | 'CATALOG' | 'DATABASE' | 'MATERIALIZED TABLE' | 'MODEL' | 'CONNECTION';
  temporary: boolean;
  system: boolean;
  ifExists: boolean;
  name: Identifier[];
  /** DROP DATABASE ... CASCADE (true) / RESTRICT (false) */
  cascade?: boolean;
}

export type AlterTableAction =
  | { kind: 'RenameTable'; range: Range; newName: Identifier[] }
  | { kind: 'RenameColumn'; range: Range; from: Identifier[]; to: Identifier }
  | { kind: 'SetOptions'; range: Range; options: TableOption[] }
  | { kind: 'ResetOptions'; range: Range; keys: StringLiteral[] }
  | { kind: 'AddSchema'; range: Range; mode: 'ADD' | 'MODIFY'; elements: SchemaElement[] }
  | { kind: 'DropColumns'; range: Range; columns: Identifier[][] }
  | { kind: 'DropPrimaryKey'; range: Range }
  | { kind: 'DropConstraint'; range: Range; name: Identifier }
  | { kind: 'DropWatermark'; range: Range }
  | { kind: 'AddDistribution'; range: Range; mode: 'ADD' | 'MODIFY'; distribution: Distribution }
  | { kind: 'DropDistribution'; range: Range }
  | { kind: 'AddPartitions'; range: Range; ifNotExists: boolean; partitions: { spec: PartitionSpec; options: TableOption[] }[] }
  | { kind: 'DropPartitions'; range: Range; ifExists: boolean; partitions: PartitionSpec[] }
  | { kind: 'Compact'; range: Range; partition?: PartitionSpec };

export interface AlterTable extends NodeBase {
  kind: 'AlterTable';
  ifExists: boolean;
  name: Identifier[];
  action: AlterTableAction;
}

/**
 * ALTER VIEW / DATABASE / FUNCTION / CATALOG / MODEL / CONNECTION / MATERIALIZED TABLE.
 * `action` says what: 'RENAME' (newName), 'SET' (options), 'RESET' (keys), 'AS' (query),
 * 'COMMENT' (comment), 'FUNCTION' (className/language of ALTER FUNCTION), 'SUSPEND', 'RESUME',
 * 'REFRESH' (partition), 'FRESHNESS', 'REFRESH_MODE', 'SCHEMA' (tableAction for ADD/MODIFY/DROP
 * on materialized tables), 'DISTRIBUTION'.
 */
export interface AlterOther extends NodeBase {
  kind: 'AlterOther';
  objectType: 'VIEW' | 'DATABASE' | 'FUNCTION' | 'CATALOG' | 'MODEL' | 'CONNECTION' | 'MATERIALIZED TABLE';
  temporary: boolean;
  system: boolean;
  ifExists: boolean;
  name: Identifier[];
  action: string;
  newName?: Identifier[];
  options: TableOption[];
  keys: StringLiteral[];
  query?: Query;
  comment?: StringLiteral;
  className?: StringLiteral;
  language?: string;
  freshness?: Expression;
  refreshMode?: string;
  partition?: PartitionSpec;
  tableAction?: AlterTableAction;
}

/**
 * INSERT INTO|OVERWRITE [catalog.db.]t [/*+ hints *\/] [PARTITION (k='v')] [(cols)] query
 * [ON CONFLICT DO NOTHING|ERROR|DEDUPLICATE]; UPSERT INTO is `mode: 'UPSERT'`.
 */
export interface Insert extends NodeBase {
  kind: 'Insert';
  mode: 'INTO' | 'OVERWRITE' | 'UPSERT';
  table: Identifier[];
  hints: Hint[];
  partition?: PartitionSpec;
  columns: Identifier[];
  source: Query;
  onConflict?: 'NOTHING' | 'ERROR' | 'DEDUPLICATE';
}

/** EXECUTE STATEMENT SET BEGIN insert; ... END (also without EXECUTE inside EXPLAIN). */
export interface StatementSet extends NodeBase {
  kind: 'StatementSet';
  execute: boolean;
  statements: Insert[];
}

/** BEGIN STATEMENT SET (SQL client style, statements follow as separate statements). */
export interface BeginStatementSet extends NodeBase {
  kind: 'BeginStatementSet';
}

/** END (closes BEGIN STATEMENT SET). */
export interface EndStatementSet extends NodeBase {
  kind: 'EndStatementSet';
}

/** EXECUTE insert|select|statement set */
export interface Execute extends NodeBase {
  kind: 'Execute';
  statement: Statement;
}

/** EXPLAIN [PLAN FOR | detail, ...] statement */
export interface Explain extends NodeBase {
  kind: 'Explain';
  /** ESTIMATED_COST, CHANGELOG_MODE, JSON_EXECUTION_PLAN, PLAN_ADVICE; 'PLAN FOR' when written so. */
  details: string[];
  statement: Statement;
}

/** COMPILE PLAN 'file' [IF NOT EXISTS] FOR stmt; COMPILE AND EXECUTE PLAN 'file' FOR stmt */
export interface CompilePlan extends NodeBase {
  kind: 'CompilePlan';
  execute: boolean;
  path: StringLiteral;
  ifNotExists: boolean;
  statement: Statement;
}

/** EXECUTE PLAN 'file' */
export interface ExecutePlan extends NodeBase {
  kind: 'ExecutePlan';
  path: StringLiteral;
}

/**
 * SET ['key' = 'value'] — Calcite form, or the legacy unquoted `SET key=value` (`legacy: true`)
 * that Flink's ExtendedParser accepts when the statement text starts with SET.
 */
export interface SetStatement extends NodeBase {
  kind: 'Set';
  key?: string;
  value?: string;
  legacy: boolean;
}

/** RESET ['key'] / legacy RESET key */
export interface ResetStatement extends NodeBase {
  kind: 'Reset';
  key?: string;
  legacy: boolean;
}

/** USE db | USE CATALOG c | USE MODULES a, b */
export interface Use extends NodeBase {
  kind: 'Use';
  target: 'DATABASE' | 'CATALOG' | 'MODULES';
  names: Identifier[][];
}

/**
 * SHOW CATALOGS | CURRENT CATALOG | DATABASES | CURRENT DATABASE | TABLES | VIEWS | FUNCTIONS |
 * USER FUNCTIONS | MODULES | FULL MODULES | JARS | JOBS | PARTITIONS | PROCEDURES | COLUMNS |
 * MODELS | CONNECTIONS | MATERIALIZED TABLES | CREATE TABLE|VIEW|CATALOG|MODEL|... name
 * [FROM|IN name] [[NOT] LIKE|ILIKE 'pattern'].
 */
export interface Show extends NodeBase {
  kind: 'Show';
  object: string;
  name?: Identifier[];
  from?: Identifier[];
  fromKeyword?: 'FROM' | 'IN';
  like?: { not: boolean; op: 'LIKE' | 'ILIKE'; pattern: StringLiteral };
  partition?: PartitionSpec;
}

/** DESCRIBE|DESC [EXTENDED] [CATALOG|DATABASE|FUNCTION|MODEL|CONNECTION|JOB] name */
export interface Describe extends NodeBase {
  kind: 'Describe';
  objectType: 'TABLE' | 'CATALOG' | 'DATABASE' | 'FUNCTION' | 'MODEL' | 'CONNECTION' | 'JOB';
  extended: boolean;
  name: Identifier[];
  /** DESCRIBE JOB 'id' */
  id?: StringLiteral;
  /** DESCRIBE [STATEMENT] query (DESCRIBE TABLE t too: TABLE t is a query) */
  query?: Query;
  /** DESCRIBE [STATEMENT] INSERT INTO / UPSERT INTO / UPDATE / DELETE */
  dml?: Statement;
}

export interface Update extends NodeBase {
  kind: 'Update';
  table: Identifier[];
  alias?: Identifier;
  /** the column: one name (UPDATE), or a qualified one (MERGE's WHEN MATCHED) */
  assignments: { column: Identifier[]; value: Expression }[];
  where?: Expression;
}

export interface Delete extends NodeBase {
  kind: 'Delete';
  table: Identifier[];
  alias?: Identifier;
  where?: Expression;
}

/**
 * MERGE INTO t [[AS] alias] USING source ON condition [WHEN MATCHED THEN UPDATE SET ...]
 * [WHEN NOT MATCHED THEN INSERT [(columns)] VALUES row] (Calcite's; parsed, not run)
 */
export interface Merge extends NodeBase {
  kind: 'Merge';
  table: Identifier[];
  alias?: Identifier;
  source: FromItem;
  condition: Expression;
  update?: { column: Identifier[]; value: Expression }[];
  insert?: { columns?: Identifier[]; values: ValuesElement[] };
}

export interface Truncate extends NodeBase {
  kind: 'Truncate';
  table: Identifier[];
}

/** CALL catalog.sys.procedure(args) */
export interface Call extends NodeBase {
  kind: 'Call';
  call: FunctionCall;
}

/** ANALYZE TABLE t [PARTITION (...)] COMPUTE STATISTICS [FOR COLUMNS a, b | FOR ALL COLUMNS] */
export interface AnalyzeTable extends NodeBase {
  kind: 'AnalyzeTable';
  table: Identifier[];
  partition?: PartitionSpec;
  columns?: Identifier[];
  allColumns: boolean;
}

/**
 * Rarely used statements kept as a keyword label plus their arguments:
 * 'LOAD MODULE' (name, options), 'UNLOAD MODULE', 'ADD JAR' (path), 'REMOVE JAR', 'STOP JOB'
 * (path = job id, `withSavepoint`, `drain`), 'HELP', 'QUIT', 'EXIT', 'CLEAR'.
 */
export interface OtherStatement extends NodeBase {
  kind: 'OtherStatement';
  statement: string;
  name?: Identifier;
  path?: StringLiteral;
  options: TableOption[];
  withSavepoint?: boolean;
  drain?: boolean;
}

/** A statement with a syntax error (see diagnostics); `text` is its source text. */
export interface InvalidStatement extends NodeBase {
  kind: 'InvalidStatement';
  text: string;
}

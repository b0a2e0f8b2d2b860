// The catalog built from a document's DDL: tables (schema, computed columns, watermark,
// primary key, connector options) and views. Names are case-sensitive, as in Flink.
import type * as A from '../syntax/ast.ts';
import type { Range } from '../diagnostics.ts';
import { relRange, toSqlType } from '../analysis/expressions.ts';
import { FlinkError, VALIDATION, notSupported } from '../analysis/errors.ts';
import type { SqlType } from '../types/types.ts';

export interface CatalogColumn {
  name: string;
  type: SqlType;
  kind: 'physical' | 'computed' | 'metadata';
  /** a VIRTUAL metadata column: read only, not a sink column */
  virtual?: boolean;
  expr?: A.Expression;
  range: Range;
}

export interface CatalogTable {
  kind: 'table';
  name: string;
  /** 0-based order of CREATE TABLE in the document: the default arrival order */
  order: number;
  columns: CatalogColumn[];
  watermark?: { column: string; strategy: A.Expression; range: Range };
  primaryKey?: string[];
  options: Record<string, string>;
  optionRanges: Record<string, Range>;
  range: Range;
  ast: A.CreateTable;
}

export interface CatalogView {
  kind: 'view';
  name: string;
  columns: string[];
  query: A.Query;
  range: Range;
}

export type CatalogObject = CatalogTable | CatalogView;

export const DEFAULT_PATH = 'default_catalog.default_database';

export class Catalog {
  objects = new Map<string, CatalogObject>();
  private tableCount = 0;

  static key(name: A.Identifier[]): string {
    // default_catalog.default_database.t, default_database.t and t all name t
    const parts = name.map((p) => p.value);
    if (parts.length === 3 && parts[0] === 'default_catalog' && parts[1] === 'default_database') return parts[2]!;
    if (parts.length === 2 && parts[0] === 'default_database') return parts[1]!;
    return parts.join('.');
  }

  get(name: A.Identifier[]): CatalogObject | undefined {
    return this.objects.get(Catalog.key(name));
  }

  /**
   * `query`: the columns of CREATE TABLE ... AS's query (index.ts createTableAs): they follow the
   * declared columns the query lacks (a declared type replaces the query's), and a primary key
   * column must be NOT NULL already.
   */
  addTable(s: A.CreateTable, query?: CatalogColumn[]): CatalogTable {
    const name = Catalog.key(s.name);
    if (this.objects.has(name) && !s.ifNotExists) {
      throw new FlinkError(VALIDATION, `Could not execute CreateTable in path \`default_catalog\`.\`default_database\`.\`${name}\``, s.range);
    }
    let columns: CatalogColumn[] = s.columns.map((c) => {
      if (c.kind === 'PhysicalColumn') return { name: c.name.value, type: toSqlType(c.type), kind: 'physical', range: c.range };
      if (c.kind === 'MetadataColumn') return { name: c.name.value, type: toSqlType(c.type), kind: 'metadata', ...(c.virtual ? { virtual: true } : {}), range: c.range };
      return { name: c.name.value, type: { name: 'NULL', nullable: true }, kind: 'computed', expr: c.expr, range: c.range };
    });
    if (query) {
      const declared = columns;
      columns = [...declared.filter((c) => !query.some((q) => q.name === c.name)), ...query.map((q) => declared.find((c) => c.name === q.name) ?? q)];
    }
    const options: Record<string, string> = {};
    const optionRanges: Record<string, Range> = {};
    for (const o of s.options) { options[o.key.value] = o.value.value; optionRanges[o.key.value] = o.range; }
    let primaryKey: string[] | undefined;
    for (const c of s.constraints) if (c.type === 'PRIMARY KEY') primaryKey = c.columns.map((x) => x.value);
    for (const c of s.columns) if (c.kind === 'PhysicalColumn' && c.constraint?.type === 'PRIMARY KEY') primaryKey = [c.name.value];
    let t: CatalogTable = {
      kind: 'table', name, order: this.tableCount, columns, options, optionRanges, range: s.range, ast: s,
      primaryKey,
      watermark: s.watermark ? { column: s.watermark.column.map((p) => p.value).join('.'), strategy: s.watermark.strategy, range: s.watermark.range } : undefined,
    };
    if (s.like) t = mergeLike(this.likeSource(s, s.like), t, s, s.like);
    if (t.primaryKey && query) {
      const nullable = t.primaryKey.find((k) => t.columns.find((c) => c.name === k)?.type.nullable !== false);
      if (nullable) throw new FlinkError(VALIDATION, `Invalid primary key 'PK_${t.primaryKey.join('_')}'. Column '${nullable}' is nullable.`, s.range);
    } else if (t.primaryKey) {
      // primary key columns are NOT NULL
      for (const c of t.columns) if (t.primaryKey.includes(c.name)) c.type = { ...c.type, nullable: false };
    }
    this.tableCount++;
    this.objects.set(name, t);
    return t;
  }

  /** The table a LIKE clause names: a table of this catalog (Flink's messages for a missing one and a view). */
  private likeSource(s: A.CreateTable, like: A.LikeClause): CatalogTable {
    const src = this.get(like.table);
    // the name's position in the statement, as Flink counts it (relRange: statement-relative)
    const at = relRange({ stmtStart: s.range.start }, like.table[0]!.range)!.start;
    const pos = `at line ${at.line + 1}, column ${at.character + 1}`;
    const full = '`' + DEFAULT_PATH.replace('.', '`.`') + '`.`' + Catalog.key(like.table) + '`';
    if (!src) throw new FlinkError(VALIDATION, `Source table '${full}' of the LIKE clause not found in the catalog, ${pos}`, like.range);
    if (src.kind !== 'table') throw new FlinkError(VALIDATION, `Source table '${full}' of the LIKE clause can not be a VIEW, ${pos}`, like.range);
    return src;
  }

  addView(s: A.CreateView): CatalogView {
    const name = Catalog.key(s.name);
    const v: CatalogView = { kind: 'view', name, columns: s.columns.map((c) => c.value), query: s.query, range: s.range };
    this.objects.set(name, v);
    return v;
  }

  drop(name: A.Identifier[]): void {
    this.objects.delete(Catalog.key(name));
  }
}

type LikeFeature = Exclude<A.LikeClause['options'][number]['feature'], 'ALL'>;
type LikeMode = A.LikeClause['options'][number]['mode'];

/**
 * CREATE TABLE t (...) WITH (...) LIKE src (options), as Flink 2.3.0's MergeTableLikeUtil merges
 * them: src's columns first (physical always, computed and metadata unless EXCLUDING GENERATED /
 * METADATA), then t's (a computed or metadata column may replace src's of its kind, in its place,
 * when OVERWRITING); src's watermark, primary key and options unless EXCLUDING; t's options
 * overwrite src's by default (OVERWRITING OPTIONS), INCLUDING fails on a key in both. Checked on
 * Flink (cases create-table-like-*): DESCRIBE's column order and each message.
 */
function mergeLike(src: CatalogTable, own: CatalogTable, s: A.CreateTable, like: A.LikeClause): CatalogTable {
  const mode: Record<LikeFeature, LikeMode> = {
    OPTIONS: 'OVERWRITING', WATERMARKS: 'INCLUDING', GENERATED: 'INCLUDING', METADATA: 'INCLUDING', CONSTRAINTS: 'INCLUDING',
    PARTITIONS: 'INCLUDING', DISTRIBUTION: 'INCLUDING',
  };
  const all = like.options.find((o) => o.feature === 'ALL');
  if (all) for (const f of Object.keys(mode) as LikeFeature[]) mode[f] = all.mode;
  for (const o of like.options) if (o.feature !== 'ALL') mode[o.feature] = o.mode;

  const columns: CatalogColumn[] = src.columns
    .filter((c) => c.kind === 'physical' || (c.kind === 'computed' ? mode.GENERATED : mode.METADATA) !== 'EXCLUDING')
    .map((c) => ({ ...c }));
  const has = (name: string) => columns.findIndex((c) => c.name === name);
  for (const c of own.columns) {
    if (c.kind === 'physical' && has(c.name) >= 0) throw new FlinkError(VALIDATION, `A column named '${c.name}' already exists in the base table.`, c.range);
  }
  for (const c of own.columns) {
    const i = has(c.name);
    if (c.kind === 'physical' || i < 0) { columns.push(c); continue; }
    const what = c.kind === 'computed' ? ['Computed', 'generated', 'GENERATED'] : ['Metadata', 'metadata', 'METADATA'];
    if (columns[i]!.kind !== c.kind) throw new FlinkError(VALIDATION, `A column named '${c.name}' already exists in the base table. ${what[0]} columns can only overwrite other ${what[1]} columns.`, c.range);
    if (mode[c.kind === 'computed' ? 'GENERATED' : 'METADATA'] !== 'OVERWRITING') {
      throw new FlinkError(VALIDATION, `A ${what[1]} column named '${c.name}' already exists in the base table. You might want to specify EXCLUDING ${what[2]} or OVERWRITING ${what[2]}.`, c.range);
    }
    columns[i] = c;
  }

  let watermark = mode.WATERMARKS !== 'EXCLUDING' ? src.watermark : undefined;
  if (own.watermark) {
    if (watermark && watermark.column === own.watermark.column && mode.WATERMARKS !== 'OVERWRITING') {
      throw new FlinkError(VALIDATION, `There already exists a watermark spec for column '${own.watermark.column}' in the base table. You might want to specify EXCLUDING WATERMARKS or OVERWRITING WATERMARKS.`, own.watermark.range);
    }
    if (watermark && watermark.column !== own.watermark.column) throw notSupported('a second WATERMARK (on another column than the LIKE table\'s)', own.watermark.range);
    watermark = own.watermark;
  }

  let primaryKey = mode.CONSTRAINTS === 'INCLUDING' ? src.primaryKey : undefined;
  if (own.primaryKey) {
    const pk = s.constraints.find((c) => c.type === 'PRIMARY KEY') ?? s.columns.find((c) => c.kind === 'PhysicalColumn' && c.constraint?.type === 'PRIMARY KEY');
    if (primaryKey) throw new FlinkError(VALIDATION, 'The base table already has a primary key. You might want to specify EXCLUDING CONSTRAINTS.', pk?.range ?? s.range);
    primaryKey = own.primaryKey;
  }

  const options: Record<string, string> = mode.OPTIONS !== 'EXCLUDING' ? { ...src.options } : {};
  const optionRanges: Record<string, Range> = mode.OPTIONS !== 'EXCLUDING' ? { ...src.optionRanges } : {};
  for (const [key, value] of Object.entries(own.options)) {
    if (mode.OPTIONS !== 'OVERWRITING' && Object.hasOwn(options, key)) {
      throw new FlinkError(VALIDATION, `There already exists an option ['${key}' -> '${options[key]}']  in the base table. You might want to specify EXCLUDING OPTIONS or OVERWRITING OPTIONS.`, own.optionRanges[key]);
    }
    options[key] = value;
    optionRanges[key] = own.optionRanges[key]!;
  }
  return { ...own, columns, watermark, primaryKey, options, optionRanges };
}

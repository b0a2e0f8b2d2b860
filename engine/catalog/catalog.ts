// The catalog built from a document's DDL: tables (schema, computed columns, watermark,
// primary key, connector options) and views. Names are case-sensitive, as in Flink.
import type * as A from '../syntax/ast.ts';
import type { Range } from '../diagnostics.ts';
import { toSqlType } from '../analysis/expressions.ts';
import { FlinkError, VALIDATION } from '../analysis/errors.ts';
import type { SqlType } from '../types/types.ts';

export interface CatalogColumn {
  name: string;
  type: SqlType;
  kind: 'physical' | 'computed' | 'metadata';
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

  addTable(s: A.CreateTable): CatalogTable {
    const name = Catalog.key(s.name);
    if (this.objects.has(name) && !s.ifNotExists) {
      throw new FlinkError(VALIDATION, `Could not execute CreateTable in path \`default_catalog\`.\`default_database\`.\`${name}\``, s.range);
    }
    const columns: CatalogColumn[] = s.columns.map((c) => {
      if (c.kind === 'PhysicalColumn') return { name: c.name.value, type: toSqlType(c.type), kind: 'physical', range: c.range };
      if (c.kind === 'MetadataColumn') return { name: c.name.value, type: toSqlType(c.type), kind: 'metadata', range: c.range };
      return { name: c.name.value, type: { name: 'NULL', nullable: true }, kind: 'computed', expr: c.expr, range: c.range };
    });
    const options: Record<string, string> = {};
    const optionRanges: Record<string, Range> = {};
    for (const o of s.options) { options[o.key.value] = o.value.value; optionRanges[o.key.value] = o.range; }
    let primaryKey: string[] | undefined;
    for (const c of s.constraints) if (c.type === 'PRIMARY KEY') primaryKey = c.columns.map((x) => x.value);
    for (const c of s.columns) if (c.kind === 'PhysicalColumn' && c.constraint?.type === 'PRIMARY KEY') primaryKey = [c.name.value];
    if (primaryKey) {
      // primary key columns are NOT NULL
      for (const c of columns) if (primaryKey.includes(c.name)) c.type = { ...c.type, nullable: false };
    }
    const t: CatalogTable = {
      kind: 'table', name, order: this.tableCount++, columns, options, optionRanges, range: s.range, ast: s,
      primaryKey,
      watermark: s.watermark ? { column: s.watermark.column.map((p) => p.value).join('.'), strategy: s.watermark.strategy, range: s.watermark.range } : undefined,
    };
    this.objects.set(name, t);
    return t;
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

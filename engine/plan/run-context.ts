// What building the operator graph registers: the sources to drive and the progress hooks.
import type { Operator } from '../runtime/operator.ts';
import type { CatalogTable } from '../catalog/catalog.ts';

export interface SourceBinding {
  /** the table scanned (null for VALUES) */
  table: CatalogTable | null;
  /** rows for VALUES */
  values?: unknown[][];
  /** where the source's rows go (computed columns and watermark assigner included) */
  entry: Operator;
  /** computes the full row (physical + computed columns) from the physical columns */
  complete: ((f: unknown[]) => unknown[]) | null;
  /** per physical column: does the query read it (the source leaves the others null, unconverted) */
  reads?: boolean[];
  /** order of the source: CREATE TABLE order, VALUES first */
  order: number;
  name: string;
}

export interface RunContext {
  sources: SourceBinding[];
  now: () => number;
  onWatermark(ts: number): void;
  onLate(): void;
}

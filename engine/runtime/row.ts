// Changelog rows: a kind and the fields (values as in engine/types/types.ts).
import type { SqlType } from '../types/types.ts';
import { formatValue } from '../types/values.ts';

/** Flink's RowKind, as a small int: +I, -U, +U, -D. */
export const INSERT = 0, UPDATE_BEFORE = 1, UPDATE_AFTER = 2, DELETE = 3;
export type RowKind = 0 | 1 | 2 | 3;
export const KIND_SHORT = ['+I', '-U', '+U', '-D'] as const;
export const KIND_NAME = ['INSERT', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'DELETE'] as const;

export interface Row {
  kind: RowKind;
  f: unknown[];
}

export const row = (kind: RowKind, f: unknown[]): Row => ({ kind, f });
/** +I and +U add to the table, -U and -D take away (Flink's RowDataUtil.isAccumulateMsg). */
export const isAccumulate = (r: Row) => r.kind === INSERT || r.kind === UPDATE_AFTER;

/** Row.toString(): `+I[a, 1]`. */
export function formatRow(r: Row, types: readonly SqlType[]): string {
  let s = KIND_SHORT[r.kind] + '[';
  for (let i = 0; i < r.f.length; i++) s += (i ? ', ' : '') + formatValue(r.f[i], types[i]!);
  return s + ']';
}

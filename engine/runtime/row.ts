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

/** formatRow specialised once for a list of column types: (kind, fields) -> `+I[a, 1]`. */
export function rowFormatter(types: readonly SqlType[]): (kind: RowKind, f: readonly unknown[]) => string {
  const fmts = types.map((ty): ((v: unknown) => string) => {
    switch (ty.name) {
      case 'CHAR': case 'VARCHAR': return (v) => (v === null || v === undefined ? 'null' : (v as string));
      case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return (v) => (v === null || v === undefined ? 'null' : '' + (v as number));
      default: return (v) => formatValue(v, ty);
    }
  });
  const n = fmts.length;
  if (n === 1) { const f0 = fmts[0]!; return (kind, f) => KIND_SHORT[kind] + '[' + f0(f[0]) + ']'; }
  if (n === 2) { const f0 = fmts[0]!, f1 = fmts[1]!; return (kind, f) => KIND_SHORT[kind] + '[' + f0(f[0]) + ', ' + f1(f[1]) + ']'; }
  if (n === 3) { const f0 = fmts[0]!, f1 = fmts[1]!, f2 = fmts[2]!; return (kind, f) => KIND_SHORT[kind] + '[' + f0(f[0]) + ', ' + f1(f[1]) + ', ' + f2(f[2]) + ']'; }
  return (kind, f) => {
    let s = KIND_SHORT[kind] + '[';
    for (let i = 0; i < f.length; i++) s += (i ? ', ' : '') + (i < n ? fmts[i]!(f[i]) : formatValue(f[i], types[i]!));
    return s + ']';
  };
}

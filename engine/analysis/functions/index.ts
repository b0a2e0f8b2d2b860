// Scalar functions beyond expressions.ts's own switch, one module per family (strings and
// encodings, collections, ...): compileCall asks them, in order, for a call it does not know
// before it answers "not supported yet" (a name Flink 2.3.0 knows: knowledge/flink-functions.ts)
// or Calcite's "No match found for function signature" (a name Flink does not know).
import type * as A from '../../syntax/ast.ts';
import type { SqlType } from '../../types/types.ts';
import type { Compiled, ExprContext, Fn } from '../expressions.ts';
import { compileTextCall } from './text.ts';
import { compileCollectionCall } from './collections.ts';

export interface Impl { type: SqlType; fn: Fn }

/** A call as compileCall sees it, with its helpers (passed in: no import cycle with expressions.ts). */
export interface CallSite {
  /** the function's name, upper case */
  name: string;
  call: A.FunctionCall;
  argNodes: A.Expression[];
  ctx: ExprContext;
  /** the arguments compiled (a symbol argument as its text) */
  args(): Compiled[];
  /** NULL in, NULL out: `f` gets the arguments' values when none is NULL; nullable when one is */
  strict(type: SqlType, cs: Compiled[], f: (...v: any[]) => unknown): Impl;
  /** a value of `c` as type `to` (Flink's implicit cast) */
  castTo(c: Compiled, to: SqlType): Fn;
  /** `From line L, column C to line L2, column C2: ` of a range, for Calcite's messages */
  pos(r: A.Range | undefined): string;
}

/** The compiled call and the compiled arguments it was built from (explain prints them). */
export interface CompiledCall { impl: Impl; cs: Compiled[] }

export function compileMoreCall(site: CallSite): CompiledCall | undefined {
  return compileTextCall(site) ?? compileCollectionCall(site);
}

// Errors of analysis and planning, carrying the Flink exception class that reports the same
// fault, Flink's message, and the source range of the construct (for the language server).
import type { Range } from '../diagnostics.ts';

export const VALIDATION = 'org.apache.flink.table.api.ValidationException';
export const TABLE = 'org.apache.flink.table.api.TableException';
export const SQL_VALIDATION = 'org.apache.flink.table.api.SqlValidationException';
/** Calcite's validator: the cause the SQL client shows for name and type errors */
export const CALCITE = 'org.apache.calcite.sql.validate.SqlValidatorException';
export const PARSE = 'org.apache.flink.sql.parser.impl.ParseException';
export const RUNTIME = 'java.lang.RuntimeException';
export const UNSUPPORTED_OPERATION = 'java.lang.UnsupportedOperationException';
export const ILLEGAL_STATE = 'java.lang.IllegalStateException';
export const TABLE_EXISTS = 'org.apache.flink.table.catalog.exceptions.TableAlreadyExistException';
/** the planner's code generation, which EXPLAIN reaches (it translates the optimized plan) */
export const CODEGEN = 'org.apache.flink.table.planner.codegen.CodeGenException';
/** not a Flink class: the engine lacks the construct (Flink may well accept it) */
export const NOT_SUPPORTED = 'NotSupportedYet';

export class FlinkError extends Error {
  className: string;
  range: Range | undefined;
  constructor(className: string, message: string, range?: Range) {
    super(message);
    this.className = className;
    this.range = range;
  }
}

/**
 * A call Flink 2.3.0's validator accepts and its code generation refuses (CodeGenException).
 * EXPLAIN generates the code of every expression the optimized plan keeps, so the analysis fails
 * here, at the call's range: `flinksql check` and the editor report it, and run prints it as
 * Flink does. An expression Calcite's simplification drops gets no code in Flink (a CASE branch
 * under WHEN FALSE or after WHEN TRUE, a COALESCE operand after a NOT NULL one: compiled with
 * `ctx.deadCode`): there the call compiles to a function that would fail if it ever ran. Where
 * the optimizer may still prune the expression (a SELECT item no query reads, a computed column,
 * a SELECT whose WHERE is false: `ctx.deferred`), the error is kept there for the planner to
 * raise once the expression is read, and the call's value is null.
 */
export function codegenRefusal(ctx: { deadCode?: boolean; deferred?: FlinkError[] }, message: string, range: Range | undefined): () => null {
  const err = () => new FlinkError(CODEGEN, message, range);
  if (ctx.deadCode) return () => { throw err(); };
  deferOrThrow(ctx, err());
  // (a Calc computes its unread items too: their value is never read)
  return () => null;
}

/** An error of the plan's translation or code generation: kept in `ctx.deferred` for the planner
 *  to raise once the expression is read (the optimizer may prune it), thrown where nothing defers. */
export function deferOrThrow(ctx: { deferred?: FlinkError[] }, err: FlinkError): void {
  if (!ctx.deferred) throw err;
  ctx.deferred.push(err);
}

export function notSupported(what: string, range?: Range): FlinkError {
  const at = range ? ` (line ${range.start.line + 1}, column ${range.start.character + 1})` : '';
  return new FlinkError(NOT_SUPPORTED, `${what} is not supported yet${at}`, range);
}

/** Calcite's position prefix: "From line 1, column 18 to line 1, column 25: ". */
export function calcitePos(range: Range | undefined): string {
  if (!range) return '';
  return `From line ${range.start.line + 1}, column ${range.start.character + 1} to line ${range.end.line + 1}, column ${range.end.character}: `;
}

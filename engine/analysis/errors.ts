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

export function notSupported(what: string, range?: Range): FlinkError {
  const at = range ? ` (line ${range.start.line + 1}, column ${range.start.character + 1})` : '';
  return new FlinkError(NOT_SUPPORTED, `${what} is not supported yet${at}`, range);
}

/** Calcite's position prefix: "From line 1, column 18 to line 1, column 25: ". */
export function calcitePos(range: Range | undefined): string {
  if (!range) return '';
  return `From line ${range.start.line + 1}, column ${range.start.character + 1} to line ${range.end.line + 1}, column ${range.end.character}: `;
}

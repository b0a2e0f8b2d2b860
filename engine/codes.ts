// Registry of stable diagnostic codes. A code never changes meaning once released; add new codes
// at the end of their group. Owners: FSQL00x syntax (engine/syntax), later groups are added by
// the semantic and engine code.
export const CODES = {
  /** Syntax error: Flink's parser would reject the statement ("Encountered ... Was expecting"). */
  FSQL001: 'syntax-error',
  /** A reserved word used as a name (Flink rejects it unless back-quoted). */
  FSQL002: 'reserved-word-as-name',
  /** Lexical error: unterminated string, quoted identifier or comment; illegal character. */
  FSQL003: 'lexical-error',
  /** Flink's validator rejects the statement (ValidationException, SqlValidatorException:
   *  unknown table/column/function, types, time attributes, ...); the message is Flink's. */
  FSQL100: 'validation-error',
  /** The planner rejects the statement (TableException), e.g. a sink that cannot consume the
   *  query's update changes; the message is Flink's. */
  FSQL110: 'planner-error',
  /** A table's connector options: missing `connector`, required options, unknown keys
   *  (did-you-mean), bad values; Flink's FactoryUtil messages. A warning at the CREATE TABLE
   *  (Flink accepts the DDL), an error on each query that reads or writes the table. */
  FSQL120: 'connector-options',
  /** WATERMARK FOR a column that is not TIMESTAMP(p)/TIMESTAMP_LTZ(p), p <= 3 (Flink's message). */
  FSQL121: 'watermark-type',
  /** Warning: a regular join or a non-windowed aggregation keeps unbounded state and no state TTL
   *  is set (SET 'table.exec.state.ttl' or the STATE_TTL hint). */
  FSQL200: 'state-without-ttl',
  /** Information: an updating query into an upsert sink or the SQL client emits every
   *  intermediate result (the seed's pitfall); windows, mini-batch or a keyed sink instead. */
  FSQL201: 'updating-query-intermediate-results',
  /** Warning: a ROW_NUMBER top-1 that Flink 2.1+ declares insert-only (inferred as a keep-first
   *  deduplication) still replaces its row: sinks get lone +U rows, append-only sinks accept it,
   *  aggregates above count every replacement. */
  FSQL202: 'top1-declared-insert-only',
} as const;

/** The code of an engine error, by the Flink exception class that carries its message. */
export function codeOfFlinkError(className: string): DiagnosticCode {
  // (UnsupportedOperationException, IllegalStateException: a sink without the ability a statement
  // needs, e.g. row-level UPDATE, or INSERT OVERWRITE in streaming mode)
  return className.endsWith('TableException') || className === 'java.lang.UnsupportedOperationException' || className === 'java.lang.IllegalStateException' ? 'FSQL110' : 'FSQL100';
}

export type DiagnosticCode = keyof typeof CODES;

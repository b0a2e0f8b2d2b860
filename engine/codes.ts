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
} as const;

export type DiagnosticCode = keyof typeof CODES;

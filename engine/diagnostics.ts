// The one diagnostic shape every surface speaks: the CLI prints it, the server sends it as an
// LSP diagnostic unchanged (0-based line/character, UTF-16 columns, end exclusive).

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  /** Stable code, `FSQL` + three digits; see engine/codes.ts. */
  code: string;
  severity: Severity;
  /** What is wrong and what to do; contains Flink's own text where Flink has a message. */
  message: string;
  range: Range;
}

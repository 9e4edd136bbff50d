/** A problem found in a file, located as a reader would count: lines and columns start at 1. */
export type Severity = "error" | "warning";

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  /** Absent when only the start is known (a missing key points at its parent). */
  end?: Position;
}

export interface Diagnostic {
  /** Relative to the working directory, with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** The rule that raised it; `parse` and `read` are raised by the parser and the reader. */
  rule: string;
  message: string;
  expected?: string;
  actual?: string;
}

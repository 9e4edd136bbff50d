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

/** Where something stands in a file: a start, an end when the thing itself was found, its offsets. */
export interface Located {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The path exists; otherwise the place is its nearest parent, where the missing key belongs. */
  found: boolean;
  /** Offsets in the file text (without byte-order mark) of the value or key, when found. */
  start?: number;
  end?: number;
  /** How the value is written: plain, double or single quoted, a block, a flow list, empty. */
  style?: string;
}

/** One edit of a file's text (offsets without the byte-order mark) that fixes a problem. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Diagnostic {
  /** Relative to the working directory, with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** The rule that raised it (reading and parsing are rules too: `read`, `parse`). */
  rule: string;
  /** Stable within the rule; with `data`, it words the message in any language. */
  messageId: string;
  data: Readonly<Record<string, string | number>>;
  /** Worded in the run's language. */
  message: string;
  /** The file's data cannot be trusted for figures: report and build leave the file out. */
  fatal?: boolean;
  expected?: string;
  actual?: string;
  /** The certain correction, applied by `lint --fix`. */
  fix?: Fix;
  /** The id of another incident this problem is about (a `related` that no longer exists). */
  about?: string;
}

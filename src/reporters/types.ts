import type { LintResults } from "../model/index.js";

export interface ReporterOptions {
  /** Whether to use ANSI colours; decided by the caller from the terminal and NO_COLOR. */
  color: boolean;
}

export type Reporter = (results: LintResults, options: ReporterOptions) => string;

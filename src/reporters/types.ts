import type { Language } from "../i18n/language.js";
import type { LintResults } from "../model/index.js";

/** What a machine-readable report says about the tool and its rules. */
export interface ToolInfo {
  name: string;
  version: string;
  /** Where people read about the tool; rule help links hang off it. */
  informationUri: string;
  rules: readonly { id: string; severity: "error" | "warn" }[];
}

export interface ReporterOptions {
  /** Whether to use ANSI colours; decided by the caller from the terminal and NO_COLOR. */
  color: boolean;
  /** The language of the words the reporter adds (summaries, rule descriptions). */
  lang: Language;
  tool: ToolInfo;
  /** Turns a path relative to the working directory into one relative to the repository root. */
  repoPath?: (file: string) => string;
}

/**
 * A report, in the pieces it is written in (a file's problems, the summary): joined, they are the report.
 * Given in pieces, a run with a hundred thousand problems never holds its whole report as one text.
 */
export type Reporter = (results: LintResults, options: ReporterOptions) => Iterable<string>;

/** A report as one text (tests, and the places that need it whole). */
export function reportText(pieces: Iterable<string>): string {
  return [...pieces].join("");
}

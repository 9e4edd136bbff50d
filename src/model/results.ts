import type { Diagnostic } from "./diagnostic.js";

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
}

export interface LintResults {
  summary: LintSummary;
  files: FileResult[];
}

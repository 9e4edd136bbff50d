import type { LintResults } from "../model/index.js";

/** The spec's shape: a summary and every diagnostic, flat, in file order. */
export function json(results: LintResults): string {
  const diagnostics = results.files.flatMap((f) => f.diagnostics);
  return `${JSON.stringify({ summary: results.summary, diagnostics }, null, 2)}\n`;
}

import type { Diagnostic, LintResults } from "../../src/model/index.js";

/** A diagnostic as reporters receive it, with what a test does not care about filled in. */
export function diagnostic(
  d: Pick<Diagnostic, "file" | "line" | "column" | "severity" | "rule" | "message"> & Partial<Diagnostic>,
): Diagnostic {
  return { messageId: "test", data: {}, ...d };
}

/** Results grouped by file, with the summary counted from the diagnostics. */
export function resultsOf(diagnostics: Diagnostic[], files?: number): LintResults {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return {
    summary: { files: files ?? byFile.size, errors, warnings: diagnostics.length - errors },
    files: [...byFile].map(([file, ds]) => ({ file, diagnostics: ds })),
  };
}

import type { Diagnostic, LintResults } from "../model/index.js";

/** What JSON consumers get of a diagnostic: the spec's fields, the message id and its data. */
function plain(d: Diagnostic) {
  const out: Record<string, unknown> = { ...d };
  delete out.fix;
  delete out.about;
  if (d.fix) out.fixable = true;
  return out;
}

/** The spec's shape: a summary and every diagnostic, flat, in file order. */
export function json(results: LintResults): string {
  const diagnostics = results.files.flatMap((f) => f.diagnostics.map(plain));
  return `${JSON.stringify({ summary: results.summary, diagnostics }, null, 2)}\n`;
}

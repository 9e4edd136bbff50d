import type { Diagnostic, LintResults } from "../model/index.js";

const FIELDS = [
  "file",
  "line",
  "column",
  "endLine",
  "endColumn",
  "severity",
  "rule",
  "messageId",
  "data",
  "message",
  "fatal",
  "expected",
  "actual",
] as const;

/** What JSON consumers get of a diagnostic, in a fixed order: the spec's fields, the message id and its data. */
function plain(d: Diagnostic) {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) if (d[field] !== undefined) out[field] = d[field];
  if (d.fix) out.fixable = true;
  return out;
}

/** The spec's shape: a summary and every diagnostic, flat, in file order. */
export function json(results: LintResults): string {
  const diagnostics = results.files.flatMap((f) => f.diagnostics.map(plain));
  return `${JSON.stringify({ summary: results.summary, diagnostics }, null, 2)}\n`;
}

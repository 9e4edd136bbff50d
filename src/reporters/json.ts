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

/**
 * JSON written with two spaces of indent, nested `depth` levels down. A line break in JSON text is always
 * between tokens (one inside a string is escaped), so indenting each line indents the value.
 */
export function nestedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/**
 * Every file's diagnostics, each as `item` makes it, as the items of a JSON array `depth` levels down: a
 * file's at a time, as `JSON.stringify(…, null, 2)` writes them, from just after its `[` to its `]`.
 */
export function* jsonItems(results: LintResults, item: (d: Diagnostic) => unknown, depth: number): Generator<string> {
  let first = true;
  for (const f of results.files) {
    let piece = "";
    for (const d of f.diagnostics) {
      piece += `${first ? "" : ","}\n${"  ".repeat(depth + 1)}${nestedJson(item(d), depth + 1)}`;
      first = false;
    }
    if (piece) yield piece;
  }
  yield first ? "]" : `\n${"  ".repeat(depth)}]`;
}

/**
 * The spec's shape: a summary and every diagnostic, flat, in file order; the same text as
 * `JSON.stringify({ summary, diagnostics }, null, 2)`, made a file at a time.
 */
export function* json(results: LintResults): Generator<string> {
  yield `{\n  "summary": ${nestedJson(results.summary, 1)},\n  "diagnostics": [`;
  yield* jsonItems(results, plain, 1);
  yield "\n}\n";
}

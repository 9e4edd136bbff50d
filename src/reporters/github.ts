import type { Diagnostic, LintResults } from "../model/index.js";
import { visible } from "./terminal.js";
import type { ReporterOptions } from "./types.js";

/** Escaping of a workflow command's message, as the Actions toolkit does it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values also escape the separators of the property list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(d: Diagnostic, repoPath: (file: string) => string): string {
  // GitHub places annotations by path from the repository root, whatever folder lint ran in.
  const props: [string, string | number][] = [
    ["file", visible(repoPath(d.file))],
    ["line", d.line],
  ];
  const oneLine = d.endLine === undefined || d.endLine === d.line;
  if (d.endLine !== undefined) props.push(["endLine", d.endLine]);
  // Actions ignores columns on a range over several lines.
  if (oneLine) {
    props.push(["col", d.column]);
    if (d.endColumn !== undefined) props.push(["endColumn", d.endColumn]);
  }
  props.push(["title", d.rule]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${d.severity === "error" ? "error" : "warning"} ${list}::${escapeData(visible(d.message))}`;
}

/** GitHub Actions workflow commands: one annotation per diagnostic, a file's at a time. */
export function* github(results: LintResults, options: Pick<ReporterOptions, "repoPath">): Generator<string> {
  const repoPath = options.repoPath ?? ((file: string) => file);
  for (const f of results.files) if (f.diagnostics.length) yield f.diagnostics.map((d) => `${command(d, repoPath)}\n`).join("");
}

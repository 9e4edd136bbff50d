import type { Diagnostic, LintResults } from "../model/index.js";
import { inline } from "./markdown.js";

export interface SummaryOptions {
  /** A link to a file's line on the forge, when the run knows where the repository lives. */
  lineLink?: (file: string, line: number) => string;
  /** GitHub takes up to 1 MiB per step summary, earlier steps' text included. */
  maxBytes?: number;
  /** Paths from the repository root, as the forge shows them. */
  repoPath?: (file: string) => string;
}

const DEFAULT_MAX = 1024 * 1024 - 4096;

function row(d: Diagnostic, options: SummaryOptions): string {
  const place = `${d.line}:${d.column}`;
  const where = options.lineLink ? `[${place}](${options.lineLink(d.file, d.line)})` : place;
  return `| ${where} | ${d.severity} | ${inline(d.message)} | \`${d.rule}\` |`;
}

/**
 * A Markdown job summary with every problem, grouped by file: the annotations GitHub shows stop at ten
 * per kind, this does not. When it would pass the size limit, it ends with how many were left out.
 */
export function renderJobSummary(results: LintResults, options: SummaryOptions = {}): string {
  const max = options.maxBytes ?? DEFAULT_MAX;
  const { files, errors, warnings } = results.summary;
  const head = [
    "## lessonbook lint",
    "",
    errors + warnings === 0
      ? `✔ ${files} incident file${files === 1 ? "" : "s"} checked: no problems.`
      : `✖ ${errors + warnings} problem${errors + warnings === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}) in ${files} incident file${files === 1 ? "" : "s"}.`,
    "",
  ].join("\n");
  const reserve = 200;
  let out = head;
  let left = errors + warnings;
  let bytes = Buffer.byteLength(out);
  files: for (const file of results.files) {
    if (file.diagnostics.length === 0) continue;
    const title = `\n### ${inline(options.repoPath ? options.repoPath(file.file) : file.file)}\n\n| Place | Severity | Problem | Rule |\n| --- | --- | --- | --- |\n`;
    if (bytes + Buffer.byteLength(title) + reserve > max) break;
    out += title;
    bytes += Buffer.byteLength(title);
    for (const d of file.diagnostics) {
      const line = `${row(d, options)}\n`;
      const size = Buffer.byteLength(line);
      if (bytes + size + reserve > max) break files;
      out += line;
      bytes += size;
      left--;
    }
  }
  if (left > 0)
    out += `\n… and ${left} more problem${left === 1 ? "" : "s"} not shown here (the summary is limited to 1 MiB); run \`lessonbook lint\` to see them all.\n`;
  return out;
}

import type { Language } from "../i18n/language.js";
import { translate } from "../i18n/translate.js";
import type { Diagnostic, LintResults } from "../model/index.js";
import { inline } from "./markdown.js";

export interface SummaryOptions {
  /** A link to a file's line on the forge, when the run knows where the repository lives. */
  lineLink?: (file: string, line: number) => string;
  /** GitHub takes up to 1 MiB per step summary, earlier steps' text included. */
  maxBytes?: number;
  /** Paths from the repository root, as the forge shows them. */
  repoPath?: (file: string) => string;
  lang?: Language;
}

const DEFAULT_MAX = 1024 * 1024 - 4096;

function row(d: Diagnostic, options: SummaryOptions): string {
  const place = `${d.line}:${d.column}`;
  const where = options.lineLink ? `[${place}](${options.lineLink(d.file, d.line)})` : place;
  return `| ${where} | ${translate(options.lang ?? "en", `lint.severity.${d.severity}`)} | ${inline(d.message)} | \`${d.rule}\` |`;
}

/**
 * A Markdown job summary with every problem, grouped by file: the annotations GitHub shows stop at ten
 * per kind, this does not. When it would pass the size limit, it ends with how many were left out.
 */
export function renderJobSummary(results: LintResults, options: SummaryOptions = {}): string {
  const max = options.maxBytes ?? DEFAULT_MAX;
  const { files, errors, warnings } = results.summary;
  const t = (id: string, data?: Record<string, string | number>) => translate(options.lang ?? "en", id, data);
  const head = [
    `## ${t("lint.summary-title")}`,
    "",
    errors + warnings === 0
      ? `✔ ${t("lint.clean", { files })}`
      : `✖ ${t("lint.problems", { total: errors + warnings, errors, warnings, files })}.`,
    "",
  ].join("\n");
  const reserve = 200;
  let out = head;
  let left = errors + warnings;
  let bytes = Buffer.byteLength(out);
  files: for (const file of results.files) {
    if (file.diagnostics.length === 0) continue;
    const title = `\n### ${inline(options.repoPath ? options.repoPath(file.file) : file.file)}\n\n${t("lint.summary-columns")}\n| --- | --- | --- | --- |\n`;
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
  if (left > 0) out += `\n${t("lint.summary-more", { count: left })}\n`;
  return out;
}

import { type Generator, markLine } from "../../model/marks.js";
import type { ReportModel } from "../../model/index.js";
import type { Language } from "../../schema/index.js";
import { relativeLinker } from "../markdown.js";
import { reportBlocks, sectionContext } from "../report-sections.js";
import { encodePath } from "../url.js";
import { PageParts } from "../page-parts.js";
import { blocksToHtmlPieces } from "./blocks-html.js";
import { escapeHtml } from "./escape.js";
import { STYLES } from "./styles.js";

export interface HtmlReportOptions {
  lang: Language;
  /** Where the file will live, relative to the working directory, so links to incidents resolve. */
  location: string;
  /**
   * The static site's folder, relative to the working directory, when there is one to link to: each
   * incident then opens its page on the site instead of its source file.
   */
  site?: string;
  /** Whose mark the page carries: `build` writes the review into its site, as one of its own pages. */
  generator?: Generator;
}

/**
 * The quarterly review as one self-contained HTML file: inline styles and SVG, no script, laid out to
 * be read on a phone, projected, or printed on A4 or Letter.
 */
export function renderReportHtml(model: ReportModel, options: HtmlReportOptions): string {
  const parts: string[] = [];
  writeReportHtml(model, options, (part) => parts.push(part));
  return parts.join("");
}

/** The same page as `renderReportHtml`, handed to `emit` in parts as it is made (see `PageContent`). */
export function writeReportHtml(model: ReportModel, options: HtmlReportOptions, emit: (part: string) => void): void {
  const { site } = options;
  const relative = relativeLinker(options.location);
  const link = (target: { id: string; file: string }) =>
    encodePath(relative(site !== undefined ? `${site}/incidents/${target.id}.html` : target.file));
  const c = sectionContext(options.lang);
  const parts = new PageParts(emit);
  parts.push(`<!doctype html>
${markLine(options.generator ?? "lessonbook report", "html")}
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lessonbook report">
<title>${escapeHtml(c.t.reviewTitle(c.name(model.period)))}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
`);
  blocksToHtmlPieces(reportBlocks(model, options.lang), link, undefined, parts);
  parts.push(`
</main>
</body>
</html>
`);
  parts.flush();
}

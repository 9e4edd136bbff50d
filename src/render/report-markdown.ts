import type { ReportModel } from "../model/index.js";
import type { Language } from "../schema/index.js";
import { blocksToMarkdown } from "./blocks-markdown.js";
import { relativeLinker } from "./markdown.js";
import { reportBlocks } from "./report-sections.js";

export interface MarkdownOptions {
  lang: Language;
  /** Where the page will live, relative to the working directory, so links to incidents resolve. */
  location: string;
}

/** The quarterly review as a Markdown page GitHub renders, charts included. */
export function renderReportMarkdown(model: ReportModel, options: MarkdownOptions): string {
  const link = relativeLinker(options.location);
  return blocksToMarkdown(reportBlocks(model, options.lang), (target) => link(target.file));
}

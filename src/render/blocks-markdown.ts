import { type Block, cached, type Chart, type Inline, type InlineMemo } from "./blocks.js";
import { inline, inlinePart, link, mermaidText, tableHead, tableRow } from "./markdown.js";
import type { PieceSink } from "./page-parts.js";

/** Where an incident link points from a Markdown page. */
export type MarkdownLinks = (target: { id: string; file: string }) => string;

/** Markdown of an inline, written once when `memo` is given (see `InlineMemo`). */
function memoized(value: Inline, links: MarkdownLinks, memo: InlineMemo | undefined): string {
  return typeof value === "object" ? cached(memo, value, () => text(value, links)) : text(value, links);
}

function text(value: Inline, links: MarkdownLinks): string {
  return part(value, links).trim();
}

function part(value: Inline, links: MarkdownLinks): string {
  if (typeof value === "string") return inlinePart(value);
  if (Array.isArray(value)) {
    let out = "";
    for (const v of value) out += part(v, links);
    return out;
  }
  switch (value.kind) {
    case "incident":
      return link(value.text, links(value));
    case "strong":
      return `**${inline(value.text)}**`;
    case "code":
      return `\`${value.text.replace(/`/g, "'")}\``;
    case "severity":
      return inline(value.text);
    case "due":
      return value.overdue ? `**${inline(value.text)}** (${inline(value.overdueText)})` : inline(value.text);
    case "time":
      return inline(value.text);
    case "link":
      return link(value.text, value.href);
    case "external":
      return /^https?:\/\//i.test(value.url)
        ? `[${inline(value.text)}](${value.url.replace(/[\s()<>]/g, encodeURIComponent)})`
        : inline(value.text);
  }
}

function chart(c: Chart): string[] {
  if (c.type === "pie") {
    return ["```mermaid", `pie title ${mermaidText(c.title)}`, ...c.rows.map((r) => `    "${mermaidText(r.label)}" : ${r.value}`), "```"];
  }
  // GitHub draws xychart-beta; a stacked chart shows its totals, its table beside it has the parts.
  const labels = c.type === "bars" ? c.rows.map((r) => r.label) : c.categories;
  const values =
    c.type === "bars" ? c.rows.map((r) => r.value) : c.categories.map((_, i) => c.series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...values);
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidText(c.title)}"`,
    `    x-axis [${labels.map((l) => `"${mermaidText(l)}"`).join(", ")}]`,
    `    y-axis 0 --> ${max}`,
    `    bar [${values.join(", ")}]`,
    "```",
  ];
}

/** Blocks as Markdown that GitHub renders, Mermaid charts included. */
export function blocksToMarkdown(blocks: readonly Block[], links: MarkdownLinks, memo?: InlineMemo): string {
  const out: string[] = [];
  blocksToMarkdownLines(blocks, links, memo, out);
  return `${out.join("\n").trimEnd()}\n`;
}

/** The lines `blocksToMarkdown` joins, pushed onto `out` (an array, or `MarkdownParts`). */
export function blocksToMarkdownLines<Sink extends PieceSink>(
  blocks: readonly Block[],
  links: MarkdownLinks,
  memo: InlineMemo | undefined,
  out: Sink,
): Sink {
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push(`${"#".repeat(b.level)} ${inline(b.text)}`, "");
        break;
      case "paragraph":
        out.push(text(b.content, links), "");
        break;
      case "table":
        // One line per row as it is made: a table of a hundred thousand rows is never one string here.
        out.push(...tableHead(b.head.map(inline), b.numeric));
        for (const row of b.rows) out.push(cached(memo, row, () => tableRow(row.map((cell) => text(cell, links)))));
        out.push("");
        break;
      case "list":
        // One line at a time: a list of fifty thousand items is too many arguments for one call.
        for (const item of b.items) out.push(`- ${memoized(item, links, memo)}`);
        out.push("");
        break;
      case "tiles":
        break;
      case "fields":
        out.push(...b.items.map((f) => `- **${inline(f.label)}:** ${text(f.value, links)}`), "");
        break;
      case "chart":
        if (b.chart.type === "columns" && b.chart.markdown === false) break;
        out.push(...chart(b.chart), "");
        break;
    }
  }
  return out;
}

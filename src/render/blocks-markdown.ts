import type { Block, Chart, Inline } from "./blocks.js";
import { inline, inlinePart, link, mermaidText, tableHead, tableRow } from "./markdown.js";

/** Where an incident link points from a Markdown page. */
export type MarkdownLinks = (target: { id: string; file: string }) => string;

/**
 * Markdown already written for inlines that several pages show: each is then written once. Only for
 * inlines that look the same on every page that shows them, so never one with an `incident` link.
 */
export type MarkdownMemo = WeakMap<object, string>;

function memoized(value: Inline, links: MarkdownLinks, memo: MarkdownMemo | undefined): string {
  if (!memo || typeof value !== "object") return text(value, links);
  let markdown = memo.get(value);
  if (markdown === undefined) memo.set(value, (markdown = text(value, links)));
  return markdown;
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
export function blocksToMarkdown(blocks: readonly Block[], links: MarkdownLinks, memo?: MarkdownMemo): string {
  const out: string[] = [];
  blocksToMarkdownLines(blocks, links, memo, out);
  return `${out.join("\n").trimEnd()}\n`;
}

/** Where lines of Markdown go: an array, or `MarkdownParts`. */
export interface LineSink {
  push(...lines: string[]): unknown;
}

/**
 * The same text as `blocksToMarkdown`, handed to `emit` in parts of about `size` characters as the lines
 * come (see `PageContent`). Whitespace at the end of a part is held back until text follows it, so the
 * page ends trimmed exactly as the whole text would.
 */
export class MarkdownParts implements LineSink {
  #pending: string[] = [];
  #length = 0;
  #held = "";
  #started = false;
  constructor(
    readonly emit: (part: string) => void,
    readonly size = 256 * 1024,
  ) {}
  push(...lines: string[]): void {
    for (const line of lines) {
      this.#pending.push(line);
      this.#length += line.length + 1;
    }
    if (this.#length >= this.size) this.#flush();
  }
  #flush(): void {
    if (!this.#pending.length) return;
    // Lines are joined by line breaks: one goes between this part and the text before it.
    const joined = `${this.#held}${this.#started ? "\n" : ""}${this.#pending.join("\n")}`;
    this.#started = true;
    this.#pending = [];
    this.#length = 0;
    const kept = joined.trimEnd();
    this.#held = joined.slice(kept.length);
    if (kept) this.emit(kept);
  }
  /** Emits the rest, ending the page with one line break. */
  end(): void {
    this.#flush();
    this.emit("\n");
  }
}

/** The lines `blocksToMarkdown` joins, pushed onto `out`. */
export function blocksToMarkdownLines<Sink extends LineSink>(
  blocks: readonly Block[],
  links: MarkdownLinks,
  memo: MarkdownMemo | undefined,
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
        for (const row of b.rows) out.push(tableRow(row.map((cell) => memoized(cell, links, memo))));
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

import type { Block, Chart, Inline } from "../blocks.js";
import { encodePath } from "../url.js";
import { horizontalBars, stackedColumns } from "./charts.js";
import { escapeHtml as e, type Html, raw } from "./escape.js";

/** Where an incident link points from an HTML page (already a URL, not yet escaped). */
export type HtmlLinks = (target: { id: string; file: string }) => string;

/**
 * HTML already written for inlines that several pages show (an incident's row on its cause page and on
 * each of its channels' pages): each is then written once. Only for inlines that look the same on every
 * page that shows them, so never one with an `incident` link, whose target depends on the page.
 */
export type HtmlMemo = WeakMap<object, string>;

function memoized(value: Inline, links: HtmlLinks, memo: HtmlMemo | undefined): string {
  if (!memo || typeof value !== "object") return inlineHtml(value, links);
  let html = memo.get(value);
  if (html === undefined) memo.set(value, (html = inlineHtml(value, links)));
  return html;
}

/**
 * An inline as HTML. Built as plain strings, every value escaped here: a site of ten thousand incidents
 * writes millions of them.
 */
export function inlineHtml(value: Inline, links: HtmlLinks): string {
  if (typeof value === "string") return e(value);
  if (Array.isArray(value)) {
    let out = "";
    for (const v of value) out += inlineHtml(v, links);
    return out;
  }
  switch (value.kind) {
    case "incident":
      return `<a href="${e(links(value))}">${e(value.text)}</a>`;
    case "strong":
      return `<strong>${e(value.text)}</strong>`;
    case "code":
      return `<code>${e(value.text)}</code>`;
    case "severity":
      return `<span class="badge sev-${e(value.value)}">${e(value.text)}</span>`;
    case "due":
      if (!value.open) return `<time datetime="${e(value.day)}">${e(value.text)}</time>`;
      // overdue.js marks an open action once its day has passed, from the reader's own date.
      return `<time class="due${value.overdue ? " overdue" : ""}" datetime="${e(value.day)}" data-due="${e(value.day)}" data-overdue="${e(value.overdueText)}">${e(value.text)}${value.overdue ? ` (${e(value.overdueText)})` : ""}</time>`;
    case "time":
      return `<time datetime="${e(value.value)}">${e(value.text)}</time>`;
    case "link":
      return `<a href="${e(encodePath(value.href))}">${e(value.text)}</a>`;
    case "external":
      return /^https?:\/\//i.test(value.url) ? `<a href="${e(value.url)}" rel="noopener noreferrer">${e(value.text)}</a>` : e(value.text);
  }
}

/**
 * A table: header cells, then rows; the columns listed in `numeric` are right-aligned. Each cell carries
 * its column's name, so that on a narrow screen the rows of a wide table stack into cards that still
 * say what each value is. Narrow tables fit a phone as they are; either way the box scrolls, never the page.
 */
function table(
  out: HtmlSink,
  head: readonly string[],
  rows: Iterable<readonly Inline[]>,
  numeric: readonly number[],
  links: HtmlLinks,
  memo: HtmlMemo | undefined,
): void {
  const cls = head.map((_, i) => (numeric.includes(i) ? ' class="num"' : ""));
  // Each cell's opening tag, written once for the thousands of rows of a large table.
  const open = head.map((h, i) => `<td${cls[i]}${h ? ` data-label="${e(h)}"` : ""}>`);
  out.push(`<div class="table-scroll"><table${head.length >= 5 ? ' class="cards"' : ""}>\n`);
  if (head.length) out.push(`<thead><tr>${head.map((h, i) => `<th${cls[i]}>${e(h)}</th>`).join("")}</tr></thead>\n`);
  out.push("<tbody>\n");
  for (const row of rows) {
    out.push("<tr>");
    for (let i = 0; i < row.length; i++) out.push(open[i] ?? "<td>", memoized(row[i]!, links, memo), "</td>");
    out.push("</tr>\n");
  }
  out.push("</tbody>\n</table></div>\n");
}

function chartHtml(c: Chart): string {
  if (c.type === "columns") return stackedColumns(c.id, c.title, c.desc, c.categories, c.series);
  const rows = c.rows.map((r) => ({ label: r.label, value: r.value, text: "text" in r ? r.text : undefined }));
  const desc = `${c.title}: ${rows.map((r) => `${r.label} ${r.text ?? r.value}`).join(", ")}.`;
  return horizontalBars(c.id, c.title, desc, rows);
}

/**
 * Blocks as HTML: every value escaped, tables that stack into cards on a phone, SVG charts. The pieces
 * are joined once at the end: a page of thousands of rows is then one string, not a chain of thousands
 * of joined pieces kept alive until it is written.
 */
export function blocksToHtml(blocks: readonly Block[], links: HtmlLinks, memo?: HtmlMemo): Html {
  return raw(blocksToHtmlPieces(blocks, links, memo, [] as string[]).join(""));
}

/** Where HTML pieces go: an array, or `PageParts`. */
export interface HtmlSink {
  push(...pieces: string[]): unknown;
}

/**
 * Pieces of a page gathered into parts of about `size` characters, each handed to `emit` as one string:
 * a page of many megabytes then never exists whole (see `PageContent`).
 */
export class PageParts implements HtmlSink {
  #pending: string[] = [];
  #length = 0;
  constructor(
    readonly emit: (part: string) => void,
    readonly size = 256 * 1024,
  ) {}
  push(...pieces: string[]): void {
    for (const piece of pieces) {
      this.#pending.push(piece);
      this.#length += piece.length;
    }
    if (this.#length >= this.size) this.flush();
  }
  flush(): void {
    if (!this.#pending.length) return;
    this.emit(this.#pending.join(""));
    this.#pending = [];
    this.#length = 0;
  }
}

/** The pieces `blocksToHtml` joins, pushed onto `out` (see `PageParts`). */
export function blocksToHtmlPieces<Sink extends HtmlSink>(
  blocks: readonly Block[],
  links: HtmlLinks,
  memo: HtmlMemo | undefined,
  out: Sink,
): Sink {
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push(`<h${b.level}>${e(b.text)}</h${b.level}>\n`);
        break;
      case "paragraph":
        out.push(`<p${b.muted ? ' class="muted"' : ""}>`, inlineHtml(b.content, links), "</p>\n");
        break;
      case "table":
        table(out, b.head, b.rows, b.numeric ?? [], links, memo);
        break;
      case "list":
        out.push("<ul>\n");
        b.items.forEach((item, i) => out.push(i ? "</li>\n<li>" : "<li>", memoized(item, links, memo)));
        out.push(b.items.length ? "</li>\n</ul>\n" : "\n</ul>\n");
        break;
      case "fields":
        out.push('<dl class="meta">\n');
        b.items.forEach((f, i) => out.push(i ? "</dd>\n<dt>" : "<dt>", e(f.label), "</dt><dd>", inlineHtml(f.value, links)));
        out.push(b.items.length ? "</dd>\n</dl>\n" : "\n</dl>\n");
        break;
      case "tiles":
        out.push(
          `<div class="figures">${b.items.map((f) => `<div class="figure"><b>${e(f.value)}</b><span>${e(f.label)}</span></div>`).join("")}</div>\n`,
        );
        break;
      case "chart":
        out.push(chartHtml(b.chart), "\n");
        break;
    }
  }
  return out;
}

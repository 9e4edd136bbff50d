import { type Block, cached, type Chart, type Inline, type InlineMemo } from "../blocks.js";
import type { PieceSink } from "../page-parts.js";
import { encodePath } from "../url.js";
import { horizontalBars, stackedColumns } from "./charts.js";
import { escapeHtml as e, type Html, raw } from "./escape.js";

/** Where an incident link points from an HTML page (already a URL, not yet escaped). */
export type HtmlLinks = (target: { id: string; file: string }) => string;

/** HTML of an inline, written once when `memo` is given (see `InlineMemo`). */
function memoized(value: Inline, links: HtmlLinks, memo: InlineMemo | undefined): string {
  return typeof value === "object" ? cached(memo, value, () => inlineHtml(value, links)) : inlineHtml(value, links);
}

/**
 * An inline as HTML. Built as plain strings, every value escaped here: a site of ten thousand incidents
 * writes millions of them.
 */
export function inlineHtml(value: Inline, links: HtmlLinks): string {
  if (typeof value === "string") return e(value);
  if (Array.isArray(value)) {
    // Joined into one flat string, for the same reason as a table's rows (see `table`).
    const out: string[] = [];
    for (const v of value) out.push(inlineHtml(v, links));
    return out.join("");
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
  out: PieceSink,
  head: readonly string[],
  rows: Iterable<readonly Inline[]>,
  numeric: readonly number[],
  links: HtmlLinks,
  memo: InlineMemo | undefined,
): void {
  const cls = head.map((_, i) => (numeric.includes(i) ? ' class="num"' : ""));
  // Each cell's opening tag, written once for the thousands of rows of a large table.
  const open = head.map((h, i) => `<td${cls[i]}${h ? ` data-label="${e(h)}"` : ""}>`);
  out.push(`<div class="table-scroll"><table${head.length >= 5 ? ' class="cards"' : ""}>\n`);
  if (head.length) out.push(`<thead><tr>${head.map((h, i) => `<th${cls[i]}>${e(h)}</th>`).join("")}</tr></thead>\n`);
  out.push("<tbody>\n");
  // A row shared through `memo` is one piece, written once. Any other row goes onto `out` as its pieces,
  // which the page's one join copies: joined first, an incident page's thirty rows were copied twice.
  // (Added up instead, a shared row would stay a tree of its pieces, walked again on every page.)
  const cells = (row: readonly Inline[], sink: PieceSink) => {
    sink.push("<tr>");
    for (let i = 0; i < row.length; i++) sink.push(open[i] ?? "<td>", inlineHtml(row[i]!, links), "</td>");
    sink.push("</tr>\n");
  };
  const joined = (row: readonly Inline[]) => {
    const pieces: string[] = [];
    cells(row, pieces);
    return pieces.join("");
  };
  for (const row of rows) {
    if (memo) out.push(cached(memo, row, () => joined(row)));
    else cells(row, out);
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
export function blocksToHtml(blocks: readonly Block[], links: HtmlLinks, memo?: InlineMemo): Html {
  return raw(blocksToHtmlPieces(blocks, links, memo, [] as string[]).join(""));
}

/** The pieces `blocksToHtml` joins, pushed onto `out` (an array, or `PageParts`). */
export function blocksToHtmlPieces<Sink extends PieceSink>(
  blocks: readonly Block[],
  links: HtmlLinks,
  memo: InlineMemo | undefined,
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

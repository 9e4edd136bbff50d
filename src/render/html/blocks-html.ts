import type { Block, Chart, Inline } from "../blocks.js";
import { encodePath } from "../url.js";
import { horizontalBars, stackedColumns } from "./charts.js";
import { escapeHtml as e, type Html, raw } from "./escape.js";

/** Where an incident link points from an HTML page (already a URL, not yet escaped). */
export type HtmlLinks = (target: { id: string; file: string }) => string;

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
function table(head: readonly string[], rows: readonly (readonly Inline[])[], numeric: readonly number[], links: HtmlLinks): string {
  const cls = head.map((_, i) => (numeric.includes(i) ? ' class="num"' : ""));
  const label = head.map((h) => (h ? ` data-label="${e(h)}"` : ""));
  let out = `<div class="table-scroll"><table${head.length >= 5 ? ' class="cards"' : ""}>\n`;
  if (head.length) out += `<thead><tr>${head.map((h, i) => `<th${cls[i]}>${e(h)}</th>`).join("")}</tr></thead>\n`;
  out += "<tbody>\n";
  for (const row of rows) {
    out += "<tr>";
    for (let i = 0; i < row.length; i++) out += `<td${cls[i] ?? ""}${label[i] ?? ""}>${inlineHtml(row[i]!, links)}</td>`;
    out += "</tr>\n";
  }
  return `${out}</tbody>\n</table></div>\n`;
}

function chartHtml(c: Chart): string {
  if (c.type === "columns") return stackedColumns(c.id, c.title, c.desc, c.categories, c.series);
  const rows = c.rows.map((r) => ({ label: r.label, value: r.value, text: "text" in r ? r.text : undefined }));
  const desc = `${c.title}: ${rows.map((r) => `${r.label} ${r.text ?? r.value}`).join(", ")}.`;
  return horizontalBars(c.id, c.title, desc, rows);
}

/** Blocks as HTML: every value escaped, tables that stack into cards on a phone, SVG charts. */
export function blocksToHtml(blocks: readonly Block[], links: HtmlLinks): Html {
  let out = "";
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out += `<h${b.level}>${e(b.text)}</h${b.level}>\n`;
        break;
      case "paragraph":
        out += `<p${b.muted ? ' class="muted"' : ""}>${inlineHtml(b.content, links)}</p>\n`;
        break;
      case "table":
        out += table(b.head, b.rows, b.numeric ?? [], links);
        break;
      case "list":
        out += `<ul>\n${b.items.map((item) => `<li>${inlineHtml(item, links)}</li>`).join("\n")}\n</ul>\n`;
        break;
      case "fields":
        out += `<dl class="meta">\n${b.items.map((f) => `<dt>${e(f.label)}</dt><dd>${inlineHtml(f.value, links)}</dd>`).join("\n")}\n</dl>\n`;
        break;
      case "tiles":
        out += `<div class="figures">${b.items.map((f) => `<div class="figure"><b>${e(f.value)}</b><span>${e(f.label)}</span></div>`).join("")}</div>\n`;
        break;
      case "chart":
        out += `${chartHtml(b.chart)}\n`;
        break;
    }
  }
  return raw(out);
}

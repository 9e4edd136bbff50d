import type { Block, Chart, Inline } from "../blocks.js";
import { horizontalBars, stackedColumns } from "./charts.js";
import { encodePath } from "../url.js";
import { type Html, html, raw, table } from "./escape.js";

/** Where an incident link points from an HTML page (already a URL, not yet escaped). */
export type HtmlLinks = (target: { id: string; file: string }) => string;

export function inlineHtml(value: Inline, links: HtmlLinks): Html {
  if (typeof value === "string") return html`${value}`;
  if (Array.isArray(value)) return html`${value.map((v) => inlineHtml(v, links))}`;
  switch (value.kind) {
    case "incident":
      return html`<a href="${links(value)}">${value.text}</a>`;
    case "strong":
      return html`<strong>${value.text}</strong>`;
    case "code":
      return html`<code>${value.text}</code>`;
    case "severity":
      return html`<span class="badge sev-${value.value}">${value.text}</span>`;
    case "due":
      if (!value.open) return html`<time datetime="${value.day}">${value.text}</time>`;
      // overdue.js marks an open action once its day has passed, from the reader's own date.
      return html`<time
        class="due${value.overdue ? " overdue" : ""}"
        datetime="${value.day}"
        data-due="${value.day}"
        data-overdue="${value.overdueText}"
        >${value.text}${value.overdue ? ` (${value.overdueText})` : ""}</time
      >`;
    case "time":
      return html`<time datetime="${value.value}">${value.text}</time>`;
    case "link":
      return html`<a href="${encodePath(value.href)}">${value.text}</a>`;
    case "external":
      return /^https?:\/\//i.test(value.url)
        ? html`<a href="${value.url}" rel="noopener noreferrer">${value.text}</a>`
        : html`${value.text}`;
  }
}

function chartHtml(c: Chart): string {
  if (c.type === "columns") return stackedColumns(c.id, c.title, c.desc, c.categories, c.series);
  const rows = c.rows.map((r) => ({ label: r.label, value: r.value, text: "text" in r ? r.text : undefined }));
  const desc = `${c.title}: ${rows.map((r) => `${r.label} ${r.text ?? r.value}`).join(", ")}.`;
  return horizontalBars(c.id, c.title, desc, rows);
}

/** Blocks as HTML: every value escaped, tables that stack into cards on a phone, SVG charts. */
export function blocksToHtml(blocks: readonly Block[], links: HtmlLinks): Html {
  const parts: Html[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        parts.push(b.level === 1 ? html`<h1>${b.text}</h1>` : b.level === 2 ? html`<h2>${b.text}</h2>` : html`<h3>${b.text}</h3>`);
        break;
      case "paragraph":
        parts.push(html`<p${raw(b.muted ? ' class="muted"' : "")}>${inlineHtml(b.content, links)}</p>`);
        break;
      case "table":
        parts.push(
          table(
            b.head,
            b.rows.map((row) => row.map((cell) => inlineHtml(cell, links))),
            b.numeric,
          ),
        );
        break;
      case "list":
        parts.push(
          html`<ul>
            ${b.items.map((item) => html`<li>${inlineHtml(item, links)}</li>`)}
          </ul>`,
        );
        break;
      case "fields":
        parts.push(
          html`<dl class="meta">
            ${b.items.map(
              (f) =>
                html`<dt>${f.label}</dt>
                  <dd>${inlineHtml(f.value, links)}</dd>`,
            )}
          </dl>`,
        );
        break;
      case "tiles":
        parts.push(
          html`<div class="figures">${b.items.map((f) => html`<div class="figure"><b>${f.value}</b><span>${f.label}</span></div>`)}</div>`,
        );
        break;
      case "chart":
        parts.push(raw(chartHtml(b.chart)));
        break;
    }
  }
  return html`${parts}`;
}

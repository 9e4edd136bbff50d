import { encodePath } from "../url.js";

/** Text from an incident, safe inside HTML text and attribute values. */
const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A relative href, each path segment percent-encoded, safe inside an attribute. */
export function href(path: string): string {
  return escapeHtml(encodePath(path));
}

/** Tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    const parts = Array.isArray(value) ? value : [value];
    for (const part of parts)
      out += part instanceof Html ? part.value : part === null || part === undefined || part === false ? "" : escapeHtml(String(part));
    out += strings[i + 1]!;
  });
  return new Html(out);
}

/** Marks text that is already HTML, such as a sanitized incident body or an SVG chart. */
export function raw(text: string): Html {
  return new Html(text);
}

/**
 * A table: header cells, then rows of cells; the columns listed in `numeric` are right-aligned. Each
 * cell carries its column's name, so that on a narrow screen the rows stack into cards that still say
 * what each value is.
 */
export function table(head: readonly unknown[], rows: readonly (readonly unknown[])[], numeric: readonly number[] = []): Html {
  const names = head.map((h) => (h instanceof Html ? h.value.replace(/<[^>]*>/g, "") : String(h)));
  const align = (i: number) => raw(numeric.includes(i) ? ' class="num"' : "");
  const label = (i: number) => raw(names[i] ? ` data-label="${escapeHtml(names[i])}"` : "");
  const header = head.length
    ? html`<thead>
        <tr>
          ${head.map((h, i) => html`<th${align(i)}>${h}</th>`)}
        </tr>
      </thead>`
    : "";
  // Narrow tables fit a phone as they are; wider ones stack. Either way the box scrolls, never the page.
  return html`<div class="table-scroll"><table${raw(head.length >= 5 ? ' class="cards"' : "")}>
    ${header}
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell, i) => html`<td${align(i)}${label(i)}>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table></div>`;
}

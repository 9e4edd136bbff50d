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

import path from "node:path";
import { encodePath } from "./url.js";

const SPECIAL = /[\\`*_[\]<>|]/;
const ODD_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/** Text from an incident, safe inside Markdown: no raw HTML, no accidental links or emphasis. */
export function inline(text: string): string {
  // Most text needs nothing: pages of thousands of rows make the quick check worth it.
  const spaced = ODD_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  if (!SPECIAL.test(spaced)) return spaced;
  return spaced.replace(/[\\`*_[\]<>|]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`));
}

/** A Markdown link whose target survives `#`, spaces and parentheses in file names. */
export function link(text: string, href: string): string {
  return `[${inline(text)}](${encodePath(href)})`;
}

/** The link from a page at `from` (relative to the working directory) to `file`. */
export function relativeLink(from: string, file: string): string {
  return path.posix.relative(path.posix.dirname(from), file) || path.posix.basename(file);
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const align = headers.map((_, i) => (right.includes(i) ? "---:" : "---"));
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(align), ...rows.map(line)].join("\n");
}

/** Text inside a Mermaid string: its quotes and line breaks would end the string. */
export function mermaidText(text: string): string {
  return text.replace(/["\n\r]/g, " ").replace(/[<>]/g, "");
}

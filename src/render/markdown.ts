import path from "node:path";
import { encodePath } from "./url.js";

const SPECIAL = /[\\`*_[\]<>|]/;
const ODD_SPACE = /[^\S ]| {2}/;
/** Either of the two: most text has neither, and one match says so instead of two. */
const ANY = new RegExp(`${SPECIAL.source}|${ODD_SPACE.source}`);

/** Text from an incident, safe inside Markdown: no raw HTML, no accidental links or emphasis. */
export function inline(text: string): string {
  return inlinePart(text).trim();
}

/** As `inline`, for a piece of a longer text: runs of spaces become one, but the ends are kept. */
export function inlinePart(text: string): string {
  // Most text needs nothing: pages of thousands of rows make the quick check worth it.
  if (!ANY.test(text)) return text;
  const spaced = ODD_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
  if (!SPECIAL.test(spaced)) return spaced;
  return spaced.replace(/[\\`*_[\]<>|]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`));
}

/** A Markdown link whose target survives `#`, spaces and parentheses in file names. */
export function link(text: string, href: string): string {
  return `[${inline(text)}](${encodePath(href)})`;
}

/** A relative path with no `.`, `..` or empty segment, which needs no normalising. */
function plainPath(p: string): boolean {
  return p !== "" && p[0] !== "/" && p[0] !== "." && !p.includes("/.") && !p.includes("//") && !p.endsWith("/");
}

/** Linkers by the folder they link from: every page of a folder links the same way. */
const linkers = new Map<string, (file: string) => string>();

/**
 * Links from the page at `from` to many files. Pages of one folder share one linker and what it has
 * worked out: an incident is linked from its cause, channel, tag, lesson and action lists, and a corpus
 * may keep each incident in a folder of its own (`brand/2024/03/campaign/`).
 */
export function relativeLinker(from: string): (file: string) => string {
  const plain = plainPath(from);
  const key = `${plain ? "plain" : "exact"}\0${path.posix.dirname(from)}`;
  let linker = linkers.get(key);
  if (!linker) {
    if (linkers.size >= 16) linkers.clear();
    linkers.set(key, (linker = remembered(plain ? plainLinker(from) : exactLinker(from))));
  }
  return linker;
}

const exactLinker = (from: string) => (file: string) => path.posix.relative(path.posix.dirname(from), file) || path.posix.basename(file);

/** A linker that works each file's link out once (up to a bound, then afresh). */
function remembered(linker: (file: string) => string): (file: string) => string {
  const links = new Map<string, string>();
  return (file) => {
    let link = links.get(file);
    if (link === undefined) {
      if (links.size >= 20_000) links.clear();
      links.set(file, (link = linker(file)));
    }
    return link;
  };
}

/**
 * Plain relative paths are compared segment by segment, which is what path.posix.relative does after
 * the normalising that they do not need.
 */
function plainLinker(from: string): (file: string) => string {
  const exact = exactLinker(from);
  const dir = from.split("/");
  dir.pop();
  const prefix = dir.length ? `${dir.join("/")}/` : "";
  const way = (folder: string): string => {
    const target = folder ? folder.split("/") : [];
    let common = 0;
    while (common < dir.length && common < target.length && dir[common] === target[common]) common++;
    const up = "../".repeat(dir.length - common);
    return common < target.length ? `${up}${target.slice(common).join("/")}/` : up;
  };
  return (file) => {
    if (!plainPath(file)) return exact(file);
    // Most links go below the page's own folder, or share its first folders.
    if (prefix && file.startsWith(prefix) && file.indexOf("/", prefix.length) === -1) return file.slice(prefix.length);
    const cut = file.lastIndexOf("/");
    return way(cut === -1 ? "" : file.slice(0, cut)) + file.slice(cut + 1);
  };
}

/** A table's header line and alignment line; the columns in `right` are right-aligned. */
export function tableHead(headers: readonly string[], right: readonly number[] = []): [string, string] {
  return [tableRow(headers), tableRow(headers.map((_, i) => (right.includes(i) ? "---:" : "---")))];
}

/** One table line: header, alignment or row. */
export const tableRow = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;

/** Text inside a Mermaid string: its quotes and line breaks would end the string. */
export function mermaidText(text: string): string {
  return text.replace(/["\n\r]/g, " ").replace(/[<>]/g, "");
}

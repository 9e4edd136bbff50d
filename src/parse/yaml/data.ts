/**
 * The data of a front-matter the fast path scanned (`scanStructure`), read from the scanned nodes without
 * a parser where the scan is sure of the reading; a block it is not sure of is given to `yaml` alone.
 */
import { parseStrict } from "./library.js";
import { plainValue, unescape } from "./scalars.js";
import type { YamlNode } from "./structure.js";

function scalarValue(text: string, node: YamlNode): unknown {
  if (node.style === "plain" && "value" in node) return node.value;
  const raw = text.slice(node.start, node.end);
  switch (node.style) {
    case "plain":
      return plainValue(raw);
    case "double":
      return unescape(raw.slice(1, -1));
    case "single":
      return raw.slice(1, -1).replace(/''/g, "'");
    default:
      return null;
  }
}

/** Sets a key as an own property, `__proto__` included: data read from a file never reaches a prototype. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** YAML trims only spaces and tabs: a no-break or ideographic space is text. */
const BLANK = /^[ \t]*$/;
const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;

/** The lines of `text` from `start` to `end`, without their line breaks (LF or CRLF). */
function linesBetween(text: string, start: number, end: number): string[] {
  return text
    .slice(start, end)
    .split("\n")
    .map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/**
 * A `|` or `>` block's value, for the blocks people write: `undefined` (the exact path reads it) when it keeps
 * its trailing line breaks (`|+`, `>+`), or when a folded block has lines indented deeper than the
 * others or starts with blank lines, where folding has rules of its own.
 */
function blockValue(text: string, node: YamlNode): string | undefined {
  const headerEnd = text.indexOf("\n", node.start);
  const header = text.slice(node.start, headerEnd === -1 ? text.length : headerEnd);
  const folded = header[0] === ">";
  const chomp = header[1] === "-" || header[1] === "+" ? header[1] : "";
  if (chomp === "+") return undefined;
  const indent = node.blockIndent;
  // No line of content: an empty value.
  if (indent === undefined || headerEnd === -1) return "";
  const lines = linesBetween(text, headerEnd + 1, node.end).map((line) => (BLANK.test(line) ? "" : line.slice(indent)));
  const end = chomp === "-" ? "" : "\n";
  if (!folded) return lines.join("\n") + end;
  if (lines[0] === "" || lines.some((line) => line[0] === " " || line[0] === "\t")) return undefined;
  return fold(lines) + end;
}

/** Where a block's value ends in `text`: after its last line of content and the blank lines that follow it. */
function blockExtent(text: string, node: YamlNode): number {
  for (let end = node.end; ;) {
    const lineBreak = text.indexOf("\n", end);
    if (lineBreak === -1) return text.length;
    const next = text.indexOf("\n", lineBreak + 1);
    const line = text.slice(lineBreak + 1, next === -1 ? text.length : next);
    if (!BLANK.test(line.endsWith("\r") ? line.slice(0, -1) : line)) return lineBreak + 1;
    if (next === -1) return text.length;
    end = next;
  }
}

/**
 * A block `blockValue` leaves alone (`|+`, `>+`, a folded block with deeper lines or first blank lines),
 * read by `yaml` on its own: a block's value depends only on its lines, and parsing them alone costs
 * little, where the whole front-matter through the exact path cost 5 ms for 27 KB. Its header carries
 * no indentation number (the scan leaves those to the exact path), so its lines read the same under
 * `x:` as under their own key. `undefined` when `yaml` finds a problem: the exact path explains it.
 */
function blockValueByParser(text: string, node: YamlNode): string | undefined {
  const doc = parseStrict(`x: ${text.slice(node.start, blockExtent(text, node))}`);
  if (doc.errors.length) return undefined;
  const value: unknown = doc.get("x");
  return typeof value === "string" ? value : undefined;
}

/**
 * A plain value continued on more lines: each line trimmed, joined by a space, a blank line giving a
 * line break; `undefined` when a comment sits among its lines (where the value ends is then a parser's
 * call).
 */
function multilinePlainValue(text: string, node: YamlNode): unknown {
  const lines = linesBetween(text, node.start, node.end);
  if (lines.some((line) => /(?:^|\s)#/.test(line))) return undefined;
  return plainValue(fold(lines.map((line) => line.replace(EDGE_SPACE, ""))));
}

/** YAML's line folding: lines joined by a space, and each empty line between two a line break instead. */
function fold(lines: readonly string[]): string {
  let out = "";
  let blanks = 0;
  for (const line of lines) {
    if (line === "") {
      blanks++;
      continue;
    }
    if (out !== "") out += blanks ? "\n".repeat(blanks) : " ";
    out += line;
    blanks = 0;
  }
  return out;
}

/**
 * The data of a scanned front-matter, or `undefined` when it holds a plain value over lines that
 * `multilinePlainValue` leaves to the exact path, or a block `yaml` finds a problem in. Everything else the scan checked
 * reads as `yaml` reads it; the differential tests hold this to that.
 */
export function dataOf(text: string, root: YamlNode): Record<string, unknown> | undefined {
  let ok = true;
  const value = (node: YamlNode): unknown => {
    if (node.alias) return value(node.alias);
    if (node.style === "block" || node.multiline) {
      const read = node.style === "block" ? (blockValue(text, node) ?? blockValueByParser(text, node)) : multilinePlainValue(text, node);
      if (read === undefined) ok = false;
      return read;
    }
    if (node.entries) {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) setKey(out, e.key, value(e.value));
      return out;
    }
    if (node.items) return node.items.map(value);
    return scalarValue(text, node);
  };
  const data = value(root) as Record<string, unknown>;
  return ok ? data : undefined;
}

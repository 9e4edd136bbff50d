import type { Heading, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** A second-level section of the body, located in the file. */
export interface Section {
  title: string;
  line: number;
  column: number;
  /** Something a reader sees follows the heading before the next heading of level 1 or 2. */
  hasContent: boolean;
  /** The section's last file line, before the next heading of level 1 or 2 or the end of the body. */
  endLine: number;
}

function lastLine(body: string, bodyLine: number): number {
  let n = bodyLine;
  for (let i = body.indexOf("\n"); i !== -1 && i < body.length - 1; i = body.indexOf("\n", i + 1)) n++;
  return n;
}

const parser = unified().use(remarkParse);

const COMMENT = /^<!--[\s\S]*-->$/;

function isComment(node: RootContent): boolean {
  return node.type === "html" && COMMENT.test(node.value.trim());
}

/** The exact outline, from the CommonMark tree. */
export function parseOutline(body: string, bodyLine: number): Section[] {
  const tree = parser.parse(body) as Root;
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      const start = (node as Heading).position?.start ?? { line: 1, column: 1 };
      const line = start.line + bodyLine - 1;
      if (current) current.endLine = line - 1;
      current = null;
      if (node.depth === 2) {
        current = { title: mdastToString(node).trim(), line, column: start.column, hasContent: false, endLine: line };
        sections.push(current);
      }
    } else if (current && !isComment(node)) {
      current.hasContent = true;
    }
  }
  if (current) current.endLine = lastLine(body, bodyLine);
  return sections;
}

const UNSURE_LINE = /^[ \t]*(```|~~~|<)|^ {0,3}(=+|-+)[ \t]*$|^[ \t]+#/;
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const INLINE_MARKUP = /[\\`*_[\]<>&!]/;
/** Blank as CommonMark counts it: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*$/;

/**
 * A line scan that gives the same outline as CommonMark for plain bodies, and `null` as soon as a line
 * could make them differ (code fences, HTML, setext underlines, indented headings, inline markup in a
 * heading). Parsing every body with remark is most of the cost of linting a large corpus.
 */
export function scanOutline(body: string, bodyLine: number): Section[] | null {
  const sections: Section[] = [];
  let current: Section | null = null;
  const lines = body.split("\n");
  const lineAt = (i: number) => (lines[i]!.endsWith("\r") ? lines[i]!.slice(0, -1) : lines[i]!);
  for (let i = 0; i < lines.length; i++) {
    const line = lineAt(i);
    if (line.startsWith("<!--")) {
      // An HTML comment block runs to the first line holding `-->`; it is content only if text follows it.
      if (/^<!--->?/.test(line) || line.startsWith("<!-->")) return null;
      let end = line.indexOf("-->", 4) === -1 ? -1 : i;
      for (let j = i + 1; end === -1 && j < lines.length; j++) if (lineAt(j).includes("-->")) end = j;
      if (end === -1) return null;
      const block = lines
        .slice(i, end + 1)
        .map((_, k) => lineAt(i + k))
        .join("\n")
        .trim();
      if (current && !COMMENT.test(block)) current.hasContent = true;
      i = end;
      continue;
    }
    // A lone carriage return is a line break to CommonMark but not to this scan.
    if (UNSURE_LINE.test(line) || line.includes("\r")) return null;
    const atx = line.charCodeAt(0) === 35 ? ATX.exec(line) : null;
    if (atx) {
      const depth = atx[1]!.length;
      if (depth > 2) {
        if (current) current.hasContent = true;
        continue;
      }
      const title = (atx[2] ?? "").replace(/(^|[ \t]+)#+$/, "").trim();
      if (INLINE_MARKUP.test(title)) return null;
      if (current) current.endLine = bodyLine + i - 1;
      current = null;
      if (depth === 2) {
        current = { title, line: bodyLine + i, column: 1, hasContent: false, endLine: bodyLine + i };
        sections.push(current);
      }
    } else if (current && !BLANK.test(line)) {
      current.hasContent = true;
    }
  }
  if (current) current.endLine = lastLine(body, bodyLine);
  return sections;
}

export function outlineBody(body: string, bodyLine: number): Section[] {
  return scanOutline(body, bodyLine) ?? parseOutline(body, bodyLine);
}

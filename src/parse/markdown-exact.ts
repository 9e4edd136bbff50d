import type { Heading, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { lastLine, type Section } from "./markdown.js";

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

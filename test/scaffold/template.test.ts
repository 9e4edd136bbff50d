import fc from "fast-check";
import { load } from "js-yaml";
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { DEFAULT_SECTIONS } from "../../src/i18n/sections.js";
import { TEMPLATE_TEXT } from "../../src/i18n/template.js";
import { oneLine } from "../../src/scaffold/quote.js";
import { renderTemplate, type TemplateInput } from "../../src/scaffold/template.js";
import { DEFAULT_CAUSES } from "../../src/schema/index.js";

/** Pieces of text that would change a YAML or Markdown document if they were pasted into it as they are. */
const HOSTILE = [
  "```",
  "~~~",
  "   ```js",
  "<!--",
  "-->",
  "<script>alert(1)</script>",
  "<pre>",
  "<?php",
  "<![CDATA[",
  "<!DOCTYPE html>",
  "<div onclick=alert(1)>",
  "# Title",
  "## Root cause",
  "## Summary",
  "---",
  "===",
  "- item",
  "> quote",
  "[x]: javascript:alert(1)",
  ": ",
  " #",
  "'",
  '"',
  "\\",
  "{a: 1}",
  "&amp;",
  "\t",
  "\r\n",
  "\r",
  "\u2028",
  "\u0085",
  "\ufeff",
  "\u0000",
  "\u007f",
  "\ud800",
  "text",
  " ",
  "\n",
  "\n\n",
];
const hostile = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 12 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function input(over: Partial<TemplateInput>): TemplateInput {
  return {
    id: "2026-03-14-x",
    title: "x",
    lang: "en",
    started: "2026-03-14",
    detected: "2026-03-14",
    severity: "medium",
    owner: "unassigned",
    channels: ["web"],
    cause: "concept",
    causes: DEFAULT_CAUSES,
    sections: DEFAULT_SECTIONS,
    ...over,
  };
}

function split(text: string): { yaml: string; body: string } {
  const end = text.indexOf("\n---\n", 4);
  return { yaml: text.slice(4, end), body: text.slice(end + 5) };
}

function topHeadings(body: string): string[] {
  const tree = unified().use(remarkParse).parse(body) as Root;
  return tree.children
    .filter((n): n is Heading => n.type === "heading" && n.depth <= 2)
    .map((h) => `${"#".repeat(h.depth)} ${toString(h)}`);
}

describe("renderTemplate with text from people", () => {
  it("keeps every value as text, and the document's structure as it is", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, hostile, (title, owner, summary, happened, response, unplaced) => {
        fc.pre(oneLine(title) !== "");
        const text = renderTemplate(
          input({
            title,
            owner,
            summary,
            answers: { "what-happened": happened, response },
            unplaced: [{ label: unplaced, text: unplaced, reason: "why" }],
          }),
        );
        const { yaml, body } = split(text);
        // Read by both parsers the project uses; the values come back exactly as written.
        for (const data of [load(yaml) as Record<string, unknown>, parseYaml(yaml) as Record<string, unknown>]) {
          expect(data.title).toBe(oneLine(title));
          expect(data.owner).toBe(oneLine(owner));
          expect(Object.keys(data)).toEqual([
            "id",
            "title",
            "status",
            "severity",
            "started",
            "detected",
            "channels",
            "owner",
            "cause",
            "timeline",
            "lessons",
            "tags",
          ]);
          const written = oneLine(summary) === "" ? TEMPLATE_TEXT.en.summary : summary.trim().replace(LONE_SURROGATE, "\ufffd");
          expect((data.cause as { summary: unknown }).summary).toBe(written);
        }
        // The front-matter ends where we ended it: no answer line is a fence.
        expect(body.split("\n")).not.toContain("---\r");
        const sections = TEMPLATE_TEXT.en.sections.map(([heading]) => `## ${heading}`);
        // The title heading reads as the title itself: whatever markup it held shows as typed.
        expect(topHeadings(body)).toEqual([`# ${oneLine(title)}`, ...sections, `## ${TEMPLATE_TEXT.en.unplacedHeading}`]);
      }),
      { numRuns: 300 },
    );
  });

  it("writes a summary with line breaks as one YAML string", () => {
    const text = renderTemplate(input({ summary: "First line: the cause.\nSecond # line" }));
    expect((load(split(text).yaml) as { cause: { summary: string } }).cause.summary).toBe("First line: the cause.\nSecond # line");
  });

  it("marks the fields the form left empty, in the draft's language", () => {
    const text = renderTemplate(input({ lang: "es", unanswered: new Set(["severity", "owner"]) }));
    expect(text).toMatch(/^severity: medium # .*\(el formulario no dio una respuesta/m);
    expect(text).toMatch(/^owner: "unassigned" # \(el formulario/m);
    expect(text).not.toMatch(/^channels: .*formulario/m);
  });
});

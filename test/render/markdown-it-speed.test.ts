/**
 * The faster steps must change nothing: every CommonMark spec example, footnotes of every kind and random
 * Markdown give the same tokens and the same HTML as markdown-it and its footnote plugin as published.
 */
import { createRequire } from "node:module";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { describe, expect, it } from "vitest";
import { fasterMarkdownIt } from "../../src/render/html/markdown-it-speed.js";

const require = createRequire(import.meta.url);
const spec = require("commonmark-spec") as { tests: { markdown: string; number: number }[] };

function make(faster: boolean, withFootnotes = true): MarkdownIt {
  const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
  if (withFootnotes) md.use(footnote);
  if (faster) fasterMarkdownIt(md);
  return md;
}

const reference = make(false);
const faster = make(true);

/** Tokens as plain data, children included: what the renderer and the page's own steps read. */
function tokens(md: MarkdownIt, text: string): unknown {
  return JSON.parse(JSON.stringify(md.parse(text, { docId: "d" })));
}

function same(text: string): void {
  expect(faster.render(text, { docId: "d" }), JSON.stringify(text)).toBe(reference.render(text, { docId: "d" }));
  expect(tokens(faster, text), JSON.stringify(text)).toEqual(tokens(reference, text));
}

const FOOTNOTES = [
  "Text[^1] and again[^1].\n\n[^1]: The note.\n",
  "A[^a] b[^b] c^[inline *note*].\n\n[^b]: Second,\n    on two lines.\n\n[^a]: First.\n\n    With a second paragraph.\n",
  "- item[^x]\n- item\n\n> quoted[^y]\n\n[^x]: In a list.\n[^y]: In a quote.\n\nAfter the notes.\n",
  "[^unused]: Never cited.\n\nText.\n",
  "Missing[^nope] note.\n",
  "Ends with a note[^1]\n\n[^1]:\n",
  "Note[^1].\n\n[^1]: - a list\n    - in a note\n",
  "^[only inline] and ^[another]\n",
  "| a | b |\n| - | - |\n| x[^t] | y |\n\n[^t]: In a table.\n",
  "# Title[^h]\n\n[^h]: In a heading.\n\n## Next\n\nMore[^h].\n",
  // A note defined inside a note: the plugin ends the outer one at the inner one's end.
  "\n[^n]: [^1]:",
  "Text[^n].\n\n[^n]: Outer\n\n    [^1]: Inner\n\n    Outer again.\n\nAfter.\n",
];

describe("markdown-it made faster", () => {
  it("gives markdown-it's tokens and HTML on every CommonMark spec example", () => {
    expect(spec.tests.length).toBeGreaterThan(600);
    for (const example of spec.tests) same(example.markdown.replace(/→/g, "\t"));
  });

  it("gives the footnote plugin's tokens and HTML, notes cited twice, inline, unused, missing and nested", () => {
    for (const text of FOOTNOTES) same(text);
    // The cases are not trivial: most have a footnote section.
    expect(FOOTNOTES.filter((text) => reference.render(text).includes("footnotes")).length).toBeGreaterThan(6);
  });

  it("reads lines as markdown-it does: tabs, blank lines, a last line of spaces, no line break at the end", () => {
    for (const text of [
      "",
      "\n",
      "\n\n",
      "a",
      "a\n",
      "  ",
      "a\n  ",
      "a\n \t",
      "\t\tcode\n",
      " \t x\n\t  y",
      "a\n\n\n b \n",
      "x\u2028y\n\r\n",
    ]) {
      same(text);
      const lines = (md: MarkdownIt) => {
        const state = new md.block.State(text, md, {}, []);
        return [state.bMarks, state.eMarks, state.tShift, state.sCount, state.bsCount, state.lineMax, state.src];
      };
      expect(lines(faster)).toEqual(lines(reference));
    }
  });

  it("gives markdown-it's tokens for plain text at once: cells, headings, short and long paragraphs", () => {
    const cells = Array.from({ length: 12 }, (_, i) => ` ${i * 1234} `).join("|");
    for (const text of [
      `| day |${cells}|\n|---|${"---|".repeat(12)}\n| 2025-08-01 |${cells}|\n|  | x \\| y | *z* | a  b |\n`,
      "# Plain heading\n\n## Another one  \n\nPlain words.\n",
      "Text ending in spaces   \nnext line\n",
      `${"plain words ".repeat(30)}\n\n${"palabras sin marca ".repeat(10)}*fin*\n`,
      "Símbolos ¿¡«»—… 100 (uno) \"dos\" 'tres' / y ; , . ?\n",
      "a|b\n-|-\n1|2\n",
    ])
      same(text);
  });

  it("works without the footnote plugin", () => {
    const plain = make(true, false);
    expect(plain.render("Text[^1].\n\n[^1]: Note.\n")).toBe(make(false, false).render("Text[^1].\n\n[^1]: Note.\n"));
  });

  it("gives the same result on random Markdown", () => {
    const piece = fc.constantFrom(
      "word ",
      "otra palabra, ",
      "é",
      "—",
      "\n",
      "\n\n",
      "  ",
      "\t",
      "    ",
      "*",
      "_",
      "**",
      "`",
      "~~",
      "[",
      "]",
      "(",
      ")",
      "[link](url)",
      "![img](a.png)",
      "<",
      ">",
      "> ",
      "- ",
      "1. ",
      "# ",
      "## ",
      "---",
      "```",
      "|",
      "| - |",
      "\\",
      "&amp;",
      "!",
      ":",
      "^",
      "[^1]",
      "[^n]",
      "\n[^1]: ",
      "\n[^n]: ",
      "^[inline]",
      "\uD83D\uDE00",
      "\uD800",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        same(pieces.join(""));
      }),
      { numRuns: 10_000 },
    );
  });
});

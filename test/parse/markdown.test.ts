import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOutline } from "../../src/parse/markdown-exact.js";
import { loadExactOutline, outlineBody, type Section, scanOutline } from "../../src/parse/markdown.js";

await loadExactOutline();

const section = (title: string, line: number, hasContent: boolean, endLine: number, column = 1): Section => ({
  title,
  line,
  column,
  hasContent,
  endLine,
});

/** Both paths, and the combined one, must give `expected`; `scanned` says whether the fast path answers. */
function expectOutline(body: string, bodyLine: number, expected: Section[], scanned: boolean) {
  expect(parseOutline(body, bodyLine)).toEqual(expected);
  expect(outlineBody(body, bodyLine)).toEqual(expected);
  if (scanned) expect(scanOutline(body, bodyLine)).toEqual(expected);
  else expect(scanOutline(body, bodyLine)).toBeNull();
}

describe("outline", () => {
  it("finds English sections with file lines offset by bodyLine", () => {
    const body = "\n## Summary\n\nText.\n\n## What happened\n\nMore.\n";
    expectOutline(body, 5, [section("Summary", 6, true, 9), section("What happened", 10, true, 12)], true);
  });

  it("finds Spanish sections with accents", () => {
    const body = "## Resumen\nUno.\n## Qué pasó\nDos.\n## Causa raíz\nTres.\n## Lecciones aprendidas\nCuatro.";
    expectOutline(
      body,
      10,
      [
        section("Resumen", 10, true, 11),
        section("Qué pasó", 12, true, 13),
        section("Causa raíz", 14, true, 15),
        section("Lecciones aprendidas", 16, true, 17),
      ],
      true,
    );
  });

  it("drops closing hashes but keeps a # that is part of the title", () => {
    expectOutline("## Summary ##\nText.\n## C# tips #\nText.\n", 1, [section("Summary", 1, true, 2), section("C# tips", 3, true, 4)], true);
    expectOutline("## Issue#\nText.\n", 1, [section("Issue#", 1, true, 2)], true);
  });

  it("reads setext headings after a paragraph", () => {
    expectOutline("Summary\n-------\n\nText.\n\nCauses\n===\n", 3, [section("Summary", 3, true, 7)], true);
  });

  it("ignores headings inside fenced code, and counts the code as content", () => {
    expectOutline("## Summary\n\n```md\n## Not a heading\n```\n", 1, [section("Summary", 1, true, 5)], true);
    expectOutline(
      "## Summary\n~~~\n# Not a title\n~~~\n## Root cause\n",
      1,
      [section("Summary", 1, true, 4), section("Root cause", 5, false, 5)],
      true,
    );
  });

  it("does not count HTML comments as content", () => {
    const body = "## Summary\n\n<!-- fill in -->\n\n## Root cause\n<!--\nseveral\nlines\n-->\n## Lessons learned\n<div>x</div>\n";
    expectOutline(
      body,
      4,
      [section("Summary", 4, false, 7), section("Root cause", 8, false, 12), section("Lessons learned", 13, true, 14)],
      true,
    );
  });

  it("reads HTML blocks as CommonMark does: what they hold up to their end is not a heading", () => {
    const body = [
      "## Summary",
      "<details>",
      "## Not a heading: inside the block",
      "</details>",
      "",
      "## What happened",
      "<script>",
      "",
      "## Still the script",
      "</script>",
      "<https://example.com/an-autolink-is-text>",
      "## Root cause",
      "Text",
      "<kbd>alone</kbd>",
      "## Lessons learned",
      "<!DOCTYPE html>",
      "",
    ].join("\n");
    expectOutline(
      body,
      3,
      [
        section("Summary", 3, true, 7),
        section("What happened", 8, true, 13),
        section("Root cause", 14, true, 16),
        section("Lessons learned", 17, true, 18),
      ],
      true,
    );
  });

  it("ends a section at a level-1 heading and counts deeper headings as content", () => {
    expectOutline(
      "## Summary\n### Detail\n# Appendix\nText.\n## Root cause\n\n",
      2,
      [section("Summary", 2, true, 3), section("Root cause", 6, false, 7)],
      true,
    );
  });

  it("gives the same lines for CRLF bodies", () => {
    const lf = "\n## Summary\n\nText.\n\n## Root cause\n\n";
    const expected = [section("Summary", 8, true, 11), section("Root cause", 12, false, 13)];
    expectOutline(lf, 7, expected, true);
    expectOutline(lf.replaceAll("\n", "\r\n"), 7, expected, true);
  });

  it("gives the title of a heading with inline markup as text", () => {
    expectOutline("## **Root** `cause`\nText.\n", 1, [section("Root cause", 1, true, 2)], false);
  });

  it("keeps the column of an indented heading", () => {
    expectOutline("   ## Summary\nText.\n", 1, [section("Summary", 1, true, 2, 4)], false);
  });

  it("has no sections for an empty body or one without level-2 headings", () => {
    expectOutline("", 9, [], true);
    expectOutline("# Title\n\n### Sub\n\nText\n", 9, [], true);
  });

  it("agrees with remark on a section whose only line is a no-break space", () => {
    // Pasted from a word processor: remark sees a paragraph, the scan sees a blank line.
    const body = "## Summary\n\u00a0\n\n## Root cause\n\nText.\n";
    expect(scanOutline(body, 1)).toEqual(parseOutline(body, 1));
  });
});

describe("scanOutline never disagrees with remark", () => {
  const kinds = [
    "",
    "",
    "Some paragraph text.",
    "## Title",
    "## Qué pasó",
    "# Title",
    "### Sub",
    "- item",
    "  - nested",
    "> quote",
    "> ## quoted heading",
    "```",
    "```md",
    "~~~",
    "<!-- c -->",
    "<!-- c --> text after it",
    "## ¡Qué error!",
    "## Wow! [link](x)",
    "## ![img](x)",
    "- 0.5 points lost",
    "> 1.5 million views",
    "   2.5 continued",
    "1.5 million",
    "10) item",
    "<!-- c --> ## not a heading",
    "<!--",
    "--> text after the end",
    "<div>",
    "---",
    "===",
    "--",
    "***",
    "    indented ## code",
    "    ## indented heading",
    "| a | b |",
    "text with *emph*",
    "#hashtag",
    "## **Bold**",
    "## Summary ##",
    "## C# tips #",
    "#",
    "## ",
    "1. first",
    "- ## heading in a list",
    "text\r",
    "## Title\r",
    "\r",
    "   \t",
    "  continued text",
    "2. second",
    "* * *",
    "> > nested quote",
    "   ## three spaces",
    "+ plus item",
    "1) paren",
    "- [ ] task",
    "![image](a.png)",
    "[link](https://example.com)",
    "`code span`",
    "|---|---|",
    "  ```",
    "~~~~",
    "````",
    "___",
    "- ",
    "-",
    ">",
    "text  ",
    "## Summary",
    "## What happened",
    "[^1]: A note.",
    "[site]: https://example.com",
    "   - deep nested",
    "  1. nested ordered",
    "    - four-space nested",
    "  > quote in item",
    ">> tight nested quote",
    "> > > three deep",
    "> >",
    "> > ## heading in a nested quote",
    "> >     code in a nested quote",
    ">  > spaced nested",
    "[^2]: The post went out before the review.",
    "[^3]: note (aside)",
    '[a]: /url "title"',
    "[a]: /url",
    "[a]: <url> text",
    "[a]: /url 'title' more",
    "[b]: ./notes/x.md (title)",
    '[c]: <./a b.md> "t"',
    '"title on its own line"',
    "<details>",
    "</details>",
    "<summary>Screens</summary>",
    "<script>",
    "</script>",
    "<https://example.com/autolink>",
    "<kbd>Ctrl</kbd>+<kbd>Z</kbd>",
    "<span>",
    "<?php",
    "?>",
    "<!DOCTYPE html>",
    "<script/>",
    "</pre>",
    "<Textarea>",
    "- `code` in an item",
    "  - _emphasis_ nested",
    "- #hashtag in an item",
    "- <https://example.com> in an item",
    "- <div> in an item",
    "> `code` in a quote",
    "- ~~struck~~",
    "- ___",
    "- ==",
  ];

  it("returns either null or exactly parseOutline's sections", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kinds), { maxLength: 24 }), fc.integer({ min: 1, max: 60 }), (lines, bodyLine) => {
        const body = lines.join("\n");
        const scanned = scanOutline(body, bodyLine);
        if (scanned === null) return;
        answered++;
        expect(scanned).toEqual(parseOutline(body, bodyLine));
      }),
      { numRuns: Number(process.env.OUTLINE_RUNS ?? 600) },
    );
    // The property must not hold only because the scan always gives up.
    expect(answered).toBeGreaterThan(100);
  });
});

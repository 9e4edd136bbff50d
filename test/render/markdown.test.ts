import path from "node:path";
import { describe, expect, it } from "vitest";
import { inline, inlinePart, relativeLinker } from "../../src/render/markdown.js";

describe("relativeLinker", () => {
  it("links a page to each file as path.posix.relative does, the second time too", () => {
    const pages = ["README.md", "kb/README.md", "kb/causes/timing.md", "kb/site/report.html", "out/deep/er/page.md", "incidents/2026/x.md"];
    const files = [
      "x.md",
      "incidents/2026/2026-03-01-a.md",
      "incidents/2026/2026-03-02-b.md",
      "incidents/2025/2025-12-31-c.md",
      "incidents/clients/acme/2026/d.md",
      "kb/causes/copy.md",
      "kb/other.md",
      "out/deep/er/page2.md",
      "out/deep/other/page3.md",
    ];
    for (const page of pages) {
      const link = relativeLinker(page);
      for (const round of [1, 2]) {
        for (const file of files) {
          const exact = path.posix.relative(path.posix.dirname(page), file) || path.posix.basename(file);
          expect(`${round} ${page} → ${link(file)}`).toBe(`${round} ${page} → ${exact}`);
        }
      }
    }
  });
});

describe("inline", () => {
  it("gives plain text back as it is, and makes the rest safe and on one line", () => {
    const plainText = "Add a context check to the publishing checklist (step 3).";
    expect(inlinePart(plainText)).toBe(plainText);
    expect(inlinePart("two  spaces")).toBe("two spaces");
    expect(inlinePart("a\tb")).toBe("a b");
    expect(inlinePart("line\nbreak ")).toBe("line break ");
    expect(inlinePart("no\u00a0break")).toBe("no break");
    expect(inline("  *emphasis* and <b>tags</b> | pipes [links] `code` _under_  ")).toBe(
      "\\*emphasis\\* and &lt;b&gt;tags&lt;/b&gt; \\| pipes \\[links\\] \\`code\\` \\_under\\_",
    );
  });
});

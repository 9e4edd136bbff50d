import path from "node:path";
import { describe, expect, it } from "vitest";
import { relativeLinker } from "../../src/render/markdown.js";

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

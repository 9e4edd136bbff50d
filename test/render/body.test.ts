import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { describe, expect, it } from "vitest";
import path from "node:path";
import { bodyToHtml, rebaseLink } from "../../src/render/html/body.js";

const rebase = (url: string) => `../${url}`;

describe("incident bodies as HTML", () => {
  it("cannot run anything: raw HTML is written as text, unsafe links are not links", () => {
    const html = bodyToHtml(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[a](javascript:alert(3)) [b](vbscript:x) [c](data:text/html,x) [d](JAVASCRIPT:alert(4))',
      { rebase },
    );
    expect(html).not.toMatch(/<script|<img|onerror="|href="(javascript|vbscript|data):/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("renders tables in a box that scrolls, footnotes with their own ids, and rebases relative links", () => {
    const html = bodyToHtml(
      "| a | b |\n| - | - |\n| 1 | 2 |\n\nNote[^1] and [brief](brief.txt), [site](https://example.com).\n\n[^1]: Foot.",
      {
        rebase,
      },
    );
    expect(html).toContain('<div class="table-scroll"><table>');
    expect(html).toContain('href="#fn-user-content-1"');
    expect(html).toContain('id="fn-user-content-1"');
    expect(html).toContain('href="../brief.txt"');
    expect(html).toContain('href="https://example.com"');
  });

  it("moves headings one level down and drops a first heading that repeats the title", () => {
    const html = bodyToHtml("# Promo código al 90 %\n\n## Summary\n\nText.", { rebase, title: "Promo codigo al 90%" });
    expect(html).not.toContain("Promo");
    expect(html).toContain("<h3>Summary</h3>");
    expect(bodyToHtml("# Another title\n\nText.", { rebase, title: "Promo" })).toContain("<h2>Another title</h2>");
  });

  it("reads line breaks and NUL as markdown-it's own rule does: CRLF, a lone CR and LF give one page", () => {
    const reference = new MarkdownIt("default", { html: false, linkify: false, typographer: false }).use(footnote);
    const lf = "## Timeline\n\n- 09:00 post\n- 09:15 reply\n\nA line\nand the next.[^1]\n\n    code\n    block\n\n[^1]: Foot.\n";
    for (const text of [lf, lf.replace(/\n/g, "\r\n"), lf.replace(/\n/g, "\r"), `${lf}Nul\0here\r\n`]) {
      const html = bodyToHtml(text, { rebase });
      expect(html).toBe(bodyToHtml(text.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD"), { rebase }));
      // The same headings moved down a level as markdown-it with its own rule gives.
      expect(html).toBe(reference.render(text, { docId: "user-content" }).replace(/<(\/?)h2>/g, "<$1h3>"));
    }
  });
});

describe("rebaseLink", () => {
  it("gives what path.posix.relative gives for every link, in any folder", () => {
    const pages = ["kb/site/incidents", "docs/kb/site/incidents", "site", "kb/./site//incidents/"];
    const froms = ["incidents", "incidents/2024/03", ".", "incidents/team a", "kb/site/incidents"];
    const urls = [
      "a.png",
      "./b/c.png",
      "../assets/x.png",
      "x#y",
      "notes/y.md?v=1#s",
      "a/../../b",
      "../../../../../..",
      ".",
      "./",
      "a//b",
      "..",
      "../..",
      "incidents/x",
      "kb/site/incidents/z.html",
      "%20 space.md",
      "ü/ñ.png",
    ];
    let compared = 0;
    for (const page of pages)
      for (const from of froms)
        for (const url of urls) {
          expect(rebaseLink(page, from, url), `${page} ${from} ${url}`).toBe(path.posix.relative(page, path.posix.join(from, url)));
          compared++;
        }
    expect(compared).toBe(pages.length * froms.length * urls.length);
  });
});

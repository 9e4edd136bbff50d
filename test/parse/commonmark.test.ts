/**
 * Differential test of the body outline against the reference reading: every example of the CommonMark
 * spec, alone and set inside an incident body between two sections, must give the sections remark gives.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseOutline } from "../../src/parse/markdown-exact.js";
import { loadExactOutline, outlineBody, scanOutline } from "../../src/parse/markdown.js";

await loadExactOutline();

const require = createRequire(import.meta.url);
const spec = require("commonmark-spec") as { tests: { markdown: string; number: number; section: string }[] };

describe("outline on every CommonMark spec example", () => {
  it("has the examples", () => {
    expect(spec.tests.length).toBeGreaterThan(600);
  });

  for (const [name, wrap] of [
    ["alone", (md: string) => md],
    ["inside a body", (md: string) => `## Summary\n\nText.\n\n## What happened\n\n${md}\n\n## Root cause\n\nText.\n`],
    ["right after a heading", (md: string) => `## Lessons learned\n${md}`],
  ] as const) {
    it(`agrees with remark, ${name}`, () => {
      let scanned = 0;
      const wrong: string[] = [];
      for (const example of spec.tests) {
        const body = wrap(example.markdown.replace(/→/g, "\t"));
        const expected = parseOutline(body, 7);
        const fast = scanOutline(body, 7);
        if (fast !== null) scanned++;
        if (
          JSON.stringify(outlineBody(body, 7)) !== JSON.stringify(expected) ||
          (fast && JSON.stringify(fast) !== JSON.stringify(expected))
        ) {
          wrong.push(`example ${example.number} (${example.section})`);
        }
      }
      expect(wrong).toEqual([]);
      // The scan must answer for a good part of them, or it proves nothing.
      expect(scanned).toBeGreaterThan(spec.tests.length / 4);
    });
  }

  it("is read by the scan itself for most HTML block examples", () => {
    const html = spec.tests.filter((t) => t.section === "HTML blocks");
    const scanned = html.filter((t) => scanOutline(t.markdown.replace(/→/g, "\t"), 1) !== null);
    expect(html.length).toBeGreaterThan(40);
    expect(scanned.length).toBeGreaterThan(html.length / 2);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MarkdownParts, PageParts } from "../../src/render/page-parts.js";

/** Lines as pages have them, with the whitespace that the end of a page trims. */
const lines = fc.array(fc.oneof(fc.constantFrom("", " ", "  \t", "| a | b |", "- item  "), fc.string({ maxLength: 12 })), {
  maxLength: 60,
});

describe("pages written in parts", () => {
  it("MarkdownParts emits exactly the text the whole page would be, whatever the part size", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 40 }), (page, size) => {
        const parts: string[] = [];
        const sink = new MarkdownParts((part) => parts.push(part), size);
        for (const line of page) sink.push(line);
        sink.end();
        expect(parts.join("")).toBe(`${page.join("\n").trimEnd()}\n`);
        // Small parts really are many parts: the page is never held whole.
        if (size < 5 && page.join("").trim().length > 100) expect(parts.length).toBeGreaterThan(2);
      }),
      { numRuns: 500 },
    );
  });

  it("PageParts emits the pieces joined, in parts of about its size", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 80 }), fc.integer({ min: 1, max: 50 }), (pieces, size) => {
        const parts: string[] = [];
        const sink = new PageParts((part) => parts.push(part), size);
        for (const piece of pieces) sink.push(piece);
        sink.flush();
        expect(parts.join("")).toBe(pieces.join(""));
        for (const part of parts.slice(0, -1)) expect(part.length).toBeLessThan(size + 30);
      }),
      { numRuns: 300 },
    );
  });
});

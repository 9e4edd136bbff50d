import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText, sortByTexts } from "../../src/aggregate/compare.js";

const word = fc.constantFrom("Ana", "ana", "Ána", "Zoë", "zoe", "Óscar", "oscar", "2026-03-31", "2026-03-04", "", "Ñandú", "nandu");

describe("text order", () => {
  it("folds accents and case first, then compares code units", () => {
    expect(["Zoë", "ana", "Ána", "Ana"].sort(compareText)).toEqual(["Ana", "ana", "Ána", "Zoë"]);
  });

  it("sortByTexts orders exactly as a chain of compareText would, ties kept in their order", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ open: fc.boolean(), a: word, b: word, n: fc.nat() }), { maxLength: 60 }), (items) => {
        const first = (x: { open: boolean }, y: { open: boolean }) => Number(y.open) - Number(x.open);
        const expected = [...items].sort((x, y) => first(x, y) || compareText(x.a, y.a) || compareText(x.b, y.b));
        expect(sortByTexts(items, (x) => [x.a, x.b], first)).toEqual(expected);
      }),
    );
  });
});

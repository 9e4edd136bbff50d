import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alternation } from "../../../src/rules/rules/blameless-language.js";
import { BLAME_PHRASES } from "../../../src/i18n/blame.js";

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const accented = (c: string) => ({ a: "[aá]", e: "[eé]", n: "[nñ]" })[c] ?? escape(c);

describe("the phrases as one shared alternation", () => {
  it("shares the beginnings the phrases have in common", () => {
    expect(alternation(["blame on", "blamed", "to blame"], escape)).toBe("(?:blame(?: on|d)|to blame)");
    expect(alternation(["careless", "carelessness"], escape)).toBe("careless(?:ness)?");
  });

  it("finds a phrase in a text exactly when one of the phrases alone would", () => {
    const letters = fc.constantFrom("a", "á", "b", "e", "é", "n", "ñ", " ", ".", "(", "l", "m");
    const word = fc.array(letters, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(letters, { maxLength: 30 }), (words, text) => {
        const t = text.join("");
        for (const letter of [escape, accented]) {
          const shared = new RegExp(alternation(words, letter), "i");
          const plain = new RegExp(words.map((w) => [...w].map(letter).join("")).join("|"), "i");
          expect(shared.test(t)).toBe(plain.test(t));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("still finds every built-in phrase, written with accents and in capitals", () => {
    const loose = new RegExp(alternation(BLAME_PHRASES, accented), "i");
    for (const phrase of BLAME_PHRASES) expect(loose.test(`Nota: ${phrase.toUpperCase()}.`), phrase).toBe(true);
    expect(loose.test("The approval process had no check of the news.")).toBe(false);
  });
});

import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { closeCandidates, suggest } from "../../src/schema/index.js";

const limit = (length: number) => (length <= 3 ? 1 : Math.max(2, Math.floor(length / 3)));

/** What `suggest` means, compared with every candidate: the closest within typo distance, the first of equals. */
function everyCandidate(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c);
    if (d <= limit(c.length) && d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

describe("suggesting what a value is a typo of", () => {
  it("names the candidate a typo is close to, and none when every one is far", () => {
    expect(suggest("hihg", ["low", "medium", "high", "critical"])).toBe("high");
    expect(suggest("promo-code-at-90-percnt", ["launch-teaser", "promo-code-at-90-percent"])).toBe("promo-code-at-90-percent");
    expect(suggest("banana", ["low", "medium", "high", "critical"])).toBeUndefined();
    expect(suggest("x", [])).toBeUndefined();
  });

  it("finds what a comparison with every candidate finds, though it skips those out of reach", () => {
    const word = fc.stringMatching(/^[a-c-]{0,14}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (value, candidates) => {
        expect(suggest(value, candidates)).toBe(everyCandidate(value, candidates));
        expect(suggest(value, candidates, { work: Number.MAX_SAFE_INTEGER })).toBe(everyCandidate(value, candidates));
      }),
      { numRuns: 500 },
    );
  });

  it("looks only when the budget covers a comparison with every candidate, and counts what it compared", () => {
    const ids = ["2026-01-05-promo-code", "2026-02-11-reply-gone-viral", "2026-03-31-easter-code"];
    const all = ids.reduce((sum, id) => sum + id.length, 0);
    const value = "2026-01-05-promo-cod";
    const budget = { work: value.length * all };
    expect(suggest(value, ids, budget)).toBe("2026-01-05-promo-code");
    expect(budget.work).toBeGreaterThanOrEqual(0);
    expect(budget.work).toBeLessThan(value.length * all);
    // Short of one whole look: no suggestion, and none for any value after it.
    const short = { work: value.length * all - 1 };
    expect(suggest(value, ids, short)).toBeUndefined();
    expect(short.work).toBe(0);
    expect(suggest("x", ids, short)).toBeUndefined();
  });

  it("lists every candidate within typo distance", () => {
    expect(closeCandidates("hihg", ["high", "hig", "low"])).toEqual(["high", "hig"]);
    expect(closeCandidates("zzzz", ["high", "low"])).toEqual([]);
  });
});

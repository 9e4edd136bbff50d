import { describe, expect, it } from "vitest";
import { SYNONYMS } from "../../src/i18n/synonyms.js";
import { normalizeValue } from "../../src/schema/vocabulary.js";

const STATUSES = ["draft", "review", "final"];

describe("the words people type for a fixed value", () => {
  it("reads British and American spellings of a finished post-mortem, and 'under review', as the format's words", () => {
    expect(normalizeValue("status", "finalised", STATUSES)).toEqual({ value: "final", via: "synonym" });
    expect(normalizeValue("status", "Finalized", STATUSES)).toEqual({ value: "final", via: "synonym" });
    expect(normalizeValue("status", "Under review", STATUSES)).toEqual({ value: "review", via: "synonym" });
    expect(normalizeValue("status", "Definitiva", STATUSES)).toEqual({ value: "final", via: "synonym" });
  });

  it("leaves a word it does not know to the typo suggestions", () => {
    expect(normalizeValue("status", "finito", STATUSES)).toBeNull();
  });

  it("maps every synonym of a status to a status of the format", () => {
    for (const value of Object.values(SYNONYMS.status)) expect(STATUSES).toContain(value);
  });
});

import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/i18n/labels.js";

describe("formatNumber", () => {
  // Whole numbers take a quick path of their own: it must write exactly what Intl writes.
  const values = [0, 7, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER];
  for (let i = 0; i < 2000; i++) values.push(Math.floor(Math.abs(Math.sin(i + 1)) * 10 ** (i % 16)));

  for (const lang of ["en", "es"] as const) {
    it(`writes whole numbers as Intl does in ${lang}`, () => {
      const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
      for (const value of values) expect([value, formatNumber(lang, value)]).toEqual([value, intl.format(value)]);
    });
  }

  it("groups as each language does, and leaves fractions and negatives to Intl", () => {
    expect([formatNumber("en", 1234), formatNumber("es", 1234), formatNumber("es", 52_000), formatNumber("en", 52_000)]).toEqual([
      "1,234",
      "1234",
      "52.000",
      "52,000",
    ]);
    expect([formatNumber("en", 1234.567), formatNumber("es", -12_345), formatNumber("es", 2.5)]).toEqual(["1,234.57", "-12.345", "2,5"]);
    expect(formatNumber("en", -0)).toBe(new Intl.NumberFormat("en").format(-0));
  });
});

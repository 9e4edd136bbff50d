import { describe, expect, it } from "vitest";
import { humanDay, humanTime, humanWhen } from "../../src/render/when.js";
import { formatChange, formatMoney, formatNumber } from "../../src/i18n/labels.js";

describe("dates as people write them", () => {
  it("keeps the offset as written, never the machine's zone", () => {
    expect(humanWhen("2026-03-14T09:30:00-05:00", "es")).toBe("14 mar 2026, 09:30 (UTC−5)");
    expect(humanWhen("2026-03-14T09:30:00-05:00", "en")).toBe("Mar 14, 2026, 9:30\u00a0AM (UTC−5)");
    expect(humanWhen("2026-03-31T21:30:00-05:00", "en")).toBe("Mar 31, 2026, 9:30\u00a0PM (UTC−5)");
    expect(humanWhen("2026-01-02T00:05:00+05:30", "es")).toBe("2 ene 2026, 00:05 (UTC+5:30)");
    expect(humanWhen("2026-09-01T12:00:00Z", "en")).toBe("Sep 1, 2026, 12:00\u00a0PM (UTC)");
  });

  it("shows a calendar day as that day, and text that is no date as it is", () => {
    expect(humanWhen("2026-12-31", "es")).toBe("31 dic 2026");
    expect(humanDay("2026-03-31T23:30:00-05:00", "en")).toBe("Mar 31, 2026");
    expect(humanTime("2026-03-31", "en")).toBe("");
    expect(humanWhen("soon", "en")).toBe("soon");
  });
});

describe("numbers and money as each language writes them", () => {
  it("groups Spanish from five digits and English from four", () => {
    expect(formatNumber("es", 52_000)).toBe("52.000");
    expect(formatNumber("es", 5000)).toBe("5000");
    expect(formatNumber("en", 5000)).toBe("5,000");
  });

  it("writes fractions and negatives in each language, the same each time it is asked", () => {
    for (const round of [1, 2]) {
      expect([round, formatNumber("en", 0.4), formatNumber("es", 0.4)]).toEqual([round, "0.4", "0,4"]);
      expect([round, formatNumber("es", -12_345.678), formatNumber("en", -12_345.678)]).toEqual([round, "-12.345,68", "-12,345.68"]);
      expect([round, formatNumber("en", -0), formatNumber("en", 0)]).toEqual([round, "-0", "0"]);
    }
  });

  it("writes changes with their sign, and money with its currency", () => {
    expect(formatChange("en", 2140)).toBe("+2,140");
    expect(formatChange("en", -5)).toBe("-5");
    expect(formatChange("es", 0)).toBe("±0");
    expect(formatMoney("en", 38_900, "USD")).toBe("$38,900");
    expect(formatMoney("es", 1200.5, "EUR")).toBe("1200,50\u00a0€");
    expect(formatMoney("en", 12, "EUR", true)).toBe("+€12");
    expect(formatMoney("en", 7, "XYZ1")).toBe("7 XYZ1");
  });
});

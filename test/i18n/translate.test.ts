import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../src/i18n/catalog.js";
import { LANGUAGES } from "../../src/i18n/language.js";
import { translate } from "../../src/i18n/translate.js";

// The numbers a message may be given: small counts (written without ICU), the edges of that shortcut,
// and numbers with thousands separators, which differ between English (1,234) and Spanish (1234, 12.345).
const NUMBERS = [0, 1, 2, 7, 999, 1000, 1234, 9999, 12_345, 1_234_567, -1, -999, -1000, -0, 2.5, 0.1];

/** What intl-messageformat writes with its own formatters and language check, for comparison. */
function reference(lang: string, source: string, data: Record<string, number | string>): string {
  return String(new IntlMessageFormat(source, lang, undefined, { ignoreTag: true }).format(data));
}

describe("translate", () => {
  for (const lang of LANGUAGES) {
    it(`writes numbers in counts and {n, number} as Intl does (${lang})`, () => {
      const ids = ["build.and-more", "build.done", "read/too-large"].filter((id) => CATALOG[lang][id] !== undefined);
      expect(ids.length).toBeGreaterThan(1);
      for (const id of ids) {
        for (const n of NUMBERS) {
          const data = { count: n, pages: n, written: n, removed: n, incidents: n, size: n, max: n, out: "kb" };
          expect(translate(lang, id, data), `${id} with ${n}`).toBe(reference(lang, CATALOG[lang][id]!, data));
        }
      }
    });
  }

  it("groups thousands the way each language does", () => {
    expect(translate("en", "build.and-more", { count: 12_345 })).toContain("12,345");
    expect(translate("es", "build.and-more", { count: 12_345 })).toContain("12.345");
    expect(translate("es", "build.and-more", { count: 1234 })).toContain("1234");
  });
});

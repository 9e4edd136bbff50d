import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOG, MESSAGE_TABLES } from "../../src/i18n/catalog.js";
import { LANGUAGES } from "../../src/i18n/language.js";
import { translate } from "../../src/i18n/translate.js";

/** Every placeholder a message uses, with the kind of value it formats. */
function placeholders(elements: readonly MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(`${el.value}:${el.type === TYPE.plural ? "plural" : "select"}`);
      for (const option of Object.values(el.options)) placeholders(option.value, out);
    }
  }
  return out;
}

describe("message catalog", () => {
  for (const [name, table] of Object.entries(MESSAGE_TABLES)) {
    describe(name, () => {
      it("has the same ids in every language", () => {
        const ids = Object.keys(table.en).sort();
        for (const lang of LANGUAGES) expect(Object.keys(table[lang]).sort(), lang).toEqual(ids);
      });

      it("uses the same placeholders in every language", () => {
        for (const id of Object.keys(table.en)) {
          const reference = [...placeholders(parse(table.en[id]!, { ignoreTag: true }))].sort();
          for (const lang of LANGUAGES) {
            expect([...placeholders(parse(table[lang][id]!, { ignoreTag: true }))].sort(), `${lang} ${id}`).toEqual(reference);
          }
        }
      });
    });
  }

  it("formats every message with data for each placeholder, in every language", () => {
    for (const lang of LANGUAGES) {
      for (const [id, text] of Object.entries(CATALOG[lang])) {
        const names = [...placeholders(parse(text, { ignoreTag: true }))];
        // Only real names: a brace that was meant as text would show up here as a strange placeholder.
        for (const name of names) expect(name, `${lang} ${id}`).toMatch(/^[a-zA-Z]+(:plural|:select)?$/);
        const data = Object.fromEntries(names.map((n) => [n.split(":")[0]!, n.endsWith(":plural") ? 2 : "x"]));
        expect(() => translate(lang, id, data), `${lang} ${id}`).not.toThrow();
      }
    }
  });

  it("has no id in two tables", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, table] of Object.entries(MESSAGE_TABLES)) {
      for (const id of Object.keys(table.en)) {
        if (seen.has(id)) clashes.push(`${id} in ${seen.get(id)} and ${name}`);
        seen.set(id, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("words a message with its data in each language", () => {
    expect(translate("en", "lint.too-many-warnings", { count: 3, max: 1 })).toBe("lessonbook: 3 warnings, more than --max-warnings 1.");
    expect(translate("es", "lint.too-many-warnings", { count: 1, max: 0 })).toBe("lessonbook: 1 aviso, más que --max-warnings 0.");
  });

  it("writes every count of a build's summary the same way, with the language's digit grouping", () => {
    const data = { out: "kb", pages: 10_071, written: 10_071, removed: 12_000, incidents: 10_000 };
    expect(translate("en", "build.done", data)).toBe("kb/: 10,071 pages, 10,071 written, 12,000 removed, from 10,000 incidents.");
    expect(translate("es", "build.done", data)).toBe(
      "kb/: 10.071 páginas, 10.071 escritas, 12.000 borradas, a partir de 10.000 incidentes.",
    );
  });

  it("throws on an id that does not exist, so a typo in code fails its test", () => {
    expect(() => translate("en", "no.such.message")).toThrow(/no message/);
  });

  it("has a non-empty text for every id", () => {
    for (const lang of LANGUAGES) for (const [id, text] of Object.entries(CATALOG[lang])) expect(text.trim(), `${lang} ${id}`).not.toBe("");
  });
});

/**
 * A corpus can name thousands of incidents it does not hold. Each is reported; a suggestion is worked out
 * once per unknown id, and the run's suggestions stop past a budget of work (see `SUGGEST_WORK`), so that
 * lint stays about as fast as on a corpus with none.
 */
import { describe, expect, it } from "vitest";
import { Linter, type Source } from "../../../src/lint/index.js";
import { parseDate } from "../../../src/dates/index.js";
import { RULES } from "../../../src/rules/index.js";
import { incidentFieldNames, resolveConfig } from "../../../src/schema/index.js";
import { validIncident } from "../../support/valid.js";

const run = { config: resolveConfig({}), today: parseDate("2026-11-23")!, lang: "en" as const };
const rules = RULES.filter((r) => r.id === "related-exists");
const encode = (file: string, text: string): Source => ({ file, bytes: new TextEncoder().encode(text) });
/** Ids of about a hundred characters, as a team with long slugs writes them. */
const idOf = (i: number) =>
  `2026-03-${String(1 + (i % 28)).padStart(2, "0")}-incident-${i}-${"regional-campaign-agency-review-".repeat(3)}x`;

function unknownRelated(files: number, related: (i: number) => string) {
  const linter = new Linter(run, { parse: { fields: incidentFieldNames() }, rules });
  for (let i = 0; i < files; i++) linter.lint(encode(`incidents/${idOf(i)}.md`, validIncident(idOf(i), `related: [${related(i)}]\n`)));
  return linter.finish().files.flatMap((f) => f.diagnostics.map((d) => ({ file: f.file, messageId: d.messageId, data: d.data })));
}

describe("related-exists over a large corpus", () => {
  it("suggests the id to every file that names the same missing one, not only to the first ones", () => {
    const typo = idOf(7).replace("incident", "incidnet");
    const found = unknownRelated(1500, () => typo);
    expect(found).toHaveLength(1500);
    expect(found.every((d) => d.messageId === "unknown-suggest" && d.data.suggestion === idOf(7))).toBe(true);
  });

  it("reports every unknown id when there are many, suggesting for the first ones only, and never wrongly", () => {
    const found = unknownRelated(1500, (i) => idOf(i).replace("incident", "incidnet"));
    expect(found).toHaveLength(1500);
    const suggested = found.filter((d) => d.messageId === "unknown-suggest");
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThan(1500);
    for (const d of suggested) expect(`incidents/${String(d.data.suggestion)}.md`).toBe(d.file);
    // The first files in file order get the suggestions, whatever order they were linted in (with
    // `lint --cache`, some come from the cache): the answer depends on the files, never on timing.
    const names = Array.from({ length: 1500 }, (_, i) => `incidents/${idOf(i)}.md`).sort();
    expect(suggested.map((d) => d.file).sort()).toEqual(names.slice(0, suggested.length));
  });
});

import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/aggregate/index.js";
import type { IncidentRecord } from "../../src/model/index.js";
import { ENTRY_PAGE_INCIDENTS, siteOrder, sitePages } from "../../src/render/html/site.js";
import { record } from "../aggregate/records.js";

/** The site's entry page for `records`, read in the order given. */
function entryPage(records: readonly IncidentRecord[], lang: "en" | "es" = "en"): string {
  const model = buildKnowledgeBase(records);
  const pages = new Map(sitePages(model, siteOrder(model, records), { lang, out: "kb/site" }));
  return pages.get("index.html") as string;
}

/** The incident pages the entry page's incident table links to, top to bottom. */
const listed = (page: string) =>
  [
    ...page
      .split("<tbody>")
      .at(-1)!
      .matchAll(/href="(incidents\/[^"]+)\.html"/g),
  ].map((m) => m[1]);

/** Day `n` of 2025, as written in a file. */
const day = (n: number) => new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);

describe("the site's entry page", () => {
  it("lists every incident of a small team, newest first by the day it started, whatever the files' order", () => {
    const page = entryPage([
      record({ id: "b", started: day(9) }),
      record({ id: "a", started: day(20) }),
      record({ id: "c", started: day(1) }),
    ]);
    expect(page).toContain("<h2>All incidents</h2>");
    expect(listed(page)).toEqual(["incidents/a", "incidents/b", "incidents/c"]);
    expect(page).not.toContain("most recent");
  });

  it("lists only the latest past a few hundred, and says how many there are and where the others are", () => {
    const count = ENTRY_PAGE_INCIDENTS + 5;
    const records = Array.from({ length: count }, (_, i) => record({ id: `i${i}`, started: day(i + 1) }));
    const page = entryPage(records);
    expect(page).toContain("<h2>Latest incidents</h2>");
    expect(page).toContain(`The ${ENTRY_PAGE_INCIDENTS} most recent of ${count}. Find the others through their cause or channel above`);
    const shown = listed(page);
    expect(shown).toHaveLength(ENTRY_PAGE_INCIDENTS);
    expect(shown[0]).toBe(`incidents/i${count - 1}`);
    expect(shown.at(-1)).toBe("incidents/i5");
    // The others are one click away: each on its cause's page, which the entry page links to.
    expect(page).toContain('href="causes/timing.html"');
    const es = entryPage(records, "es");
    expect(es).toContain("<h2>Incidentes más recientes</h2>");
    expect(es).toContain(`Los ${ENTRY_PAGE_INCIDENTS} más recientes de ${count}.`);
  });
});

import { describe, expect, it } from "vitest";
import { buildKnowledgeBase, LATEST_DONE_ACTIONS } from "../../src/aggregate/index.js";
import type { IncidentRecord } from "../../src/model/index.js";
import { ENTRY_PAGE_INCIDENTS, siteFiles, sitePages } from "../../src/render/html/site.js";
import { record } from "../aggregate/records.js";
import { pageText } from "../support/page-text.js";

/** The site's pages (but incident pages) for `records`, read in the order given. */
function site(records: readonly IncidentRecord[], lang: "en" | "es" = "en"): Map<string, string> {
  const pages = sitePages(buildKnowledgeBase(records), { lang, out: "kb/site" });
  return new Map([...pages].map(([name, page]) => [name, pageText(page)]));
}

/** The incident pages the last table of a page links to, top to bottom, as `incidents/<id>`. */
const listed = (page: string) =>
  [
    ...page
      .split("<tbody>")
      .at(-1)!
      .split("</table>")[0]!
      .matchAll(/href="(?:\.\.\/)?(incidents\/[^"]+)\.html"/g),
  ].map((m) => m[1]);

/** Day `n` of 2025, as written in a file. */
const day = (n: number) => new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);

/** `count` incidents, one a day from the first of January, read in the order given by `order`. */
const daily = (count: number, order: (i: number) => number = (i) => i) =>
  Array.from({ length: count }, (_, i) => record({ id: `i${order(i)}`, started: day(order(i) + 1) }));

describe("the site's entry page", () => {
  it("lists every incident of a small team, newest first by the day it started, whatever the files' order", () => {
    const page = site([
      record({ id: "b", started: day(9) }),
      record({ id: "a", started: day(20) }),
      record({ id: "c", started: day(1) }),
    ]).get("index.html")!;
    expect(page).toContain("<h2>All incidents</h2>");
    expect(listed(page)).toEqual(["incidents/a", "incidents/b", "incidents/c"]);
    expect(page).not.toContain("most recent");
  });

  it(`lists all of ${ENTRY_PAGE_INCIDENTS} incidents, and only the latest ${ENTRY_PAGE_INCIDENTS} of one more`, () => {
    const all = site(daily(ENTRY_PAGE_INCIDENTS)).get("index.html")!;
    expect(all).toContain("<h2>All incidents</h2>");
    expect(listed(all)).toHaveLength(ENTRY_PAGE_INCIDENTS);
    const one = site(daily(ENTRY_PAGE_INCIDENTS + 1)).get("index.html")!;
    expect(one).toContain(`Showing the ${ENTRY_PAGE_INCIDENTS} most recent of ${ENTRY_PAGE_INCIDENTS + 1} incidents.`);
    expect(listed(one)).not.toContain("incidents/i0");
  });

  it("says how many there are and where the others are, in English and in Spanish", () => {
    const count = ENTRY_PAGE_INCIDENTS + 5;
    // Files read in an order that is not the days': the latest are still the latest by day.
    const records = daily(count, (i) => (i * 7) % count);
    const page = site(records).get("index.html")!;
    expect(page).toContain("<h2>Latest incidents</h2>");
    expect(page).toContain(`Showing the ${ENTRY_PAGE_INCIDENTS} most recent of ${count} incidents. To find an older one, open its cause`);
    const shown = listed(page);
    expect(shown).toHaveLength(ENTRY_PAGE_INCIDENTS);
    expect(shown[0]).toBe(`incidents/i${count - 1}`);
    expect(shown.at(-1)).toBe("incidents/i5");
    // The others are one click away: each on its cause's page, which the entry page links to.
    expect(page).toContain('href="causes/timing.html"');
    const es = site(records, "es").get("index.html")!;
    expect(es).toContain("<h2>Incidentes más recientes</h2>");
    expect(es).toContain(`Se muestran los ${ENTRY_PAGE_INCIDENTS} más recientes de ${count} incidentes.`);
  });

  it("sends readers to cause and channel pages that list newest first by day too", () => {
    const pages = site(daily(30, (i) => (i * 7) % 30));
    const newestFirst = Array.from({ length: 30 }, (_, i) => `incidents/i${29 - i}`);
    expect(listed(pages.get("causes/timing.html")!)).toEqual(newestFirst);
    expect(listed(pages.get("channels/instagram.html")!)).toEqual(newestFirst);
  });
});

describe("the site's action tracker", () => {
  /** One incident a day, each with a done action and, every tenth, an open one. */
  const withActions = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      record({ id: `i${i}`, started: day(i + 1) }, [
        { task: `Done ${i}`, due: day(i + 5), status: "done", done: day(i + 3) },
        ...(i % 10 ? [] : [{ task: `Open ${i}`, due: day(i + 30), status: "open" as const }]),
      ]),
    );
  /** The tasks of the page's table that follows `heading`. */
  const tasks = (page: string, heading: string) =>
    [
      ...page
        .split(heading)[1]!
        .split("</table>")[0]!
        .matchAll(/<td data-label="Task">((?:Done|Open) \d+)<\/td>/g),
    ].map((m) => m[1]);

  it("lists every done action of a small team", () => {
    const page = site(withActions(12)).get("actions.html")!;
    expect(page).toContain("<h2>Done (12)</h2>");
    expect(tasks(page, "<h2>Done (12)</h2>")).toEqual(Array.from({ length: 12 }, (_, i) => `Done ${11 - i}`));
    expect(page).not.toContain("most recently done");
  });

  it(`lists every open action but only the ${LATEST_DONE_ACTIONS} latest done ones, and says where the others are`, () => {
    const count = LATEST_DONE_ACTIONS + 7;
    const page = site(withActions(count)).get("actions.html")!;
    const open = Math.ceil(count / 10);
    expect(tasks(page, `<h2>Open (${open})</h2>`)).toEqual(Array.from({ length: open }, (_, i) => `Open ${i * 10}`));
    expect(page).toContain(`<h2>Done (${count})</h2>`);
    expect(page).toContain(
      `Showing the ${LATEST_DONE_ACTIONS} most recently done of ${count} done actions. Every action, done or not, is also on its incident`,
    );
    const done = tasks(page, `<h2>Done (${count})</h2>`);
    expect(done).toHaveLength(LATEST_DONE_ACTIONS);
    expect(done[0]).toBe(`Done ${count - 1}`);
    expect(done.at(-1)).toBe("Done 7");
    const es = site(withActions(count), "es").get("actions.html")!;
    expect(es).toContain(`<h2>Cumplidas (${count})</h2>`);
    expect(es).toContain(
      `Se muestran las ${LATEST_DONE_ACTIONS} acciones cumplidas más recientes de un total de ${count}. Todas las acciones, cumplidas o no, están también en la página de su incidente.`,
    );
  });
});

describe("the search index", () => {
  const index = (records: readonly IncidentRecord[]) => pageText(new Map(siteFiles(records, "en")).get("search-index.js")!);
  /** The index's entries, read back as the page's script reads them. */
  const entries = (text: string) => {
    const start = "window.LESSONBOOK_INDEX = ";
    const json = text.slice(text.indexOf(start) + start.length).trimEnd();
    expect(json.endsWith(";")).toBe(true);
    return JSON.parse(json.slice(0, -1)) as { title: string; url: string; lessons: string[]; tags: string[] }[];
  };

  it("holds every incident, newest first, and no text in it can close the script element", () => {
    const records = [
      record({ id: "2025-01-01-a", started: "2025-01-01", title: "Promo </script><script>alert(1)</script>", tags: ["x<y"] }),
      record({ id: "2025-02-01-b", started: "2025-02-01", brand: "Río", campaign: "Verano" }),
      record({ id: "2025-03-01-c", started: "2025-03-01", lessons: [{ lesson: "One" }, { lesson: "Two <b>" }] }),
    ];
    const text = index(records);
    expect(text).not.toMatch(/<\/?script/i);
    expect(text).not.toContain("<");
    const got = entries(text);
    expect(got.map((e) => e.url)).toEqual(["incidents/2025-03-01-c.html", "incidents/2025-02-01-b.html", "incidents/2025-01-01-a.html"]);
    expect(got[2]!.title).toBe("Promo </script><script>alert(1)</script>");
    expect(got[2]!.tags).toEqual(["x<y"]);
    expect(got[1]!.tags).toEqual(["Río", "Verano"]);
    expect(got[0]!.lessons).toEqual(["One", "Two <b>"]);
  });

  it("holds every incident once, in order, however many there are", () => {
    // More than two of the groups it is written in.
    const many = Array.from({ length: 600 }, (_, n) => record({ id: `2025-01-01-i${n}`, started: "2025-01-01" }));
    const urls = entries(index(many)).map((e) => e.url);
    expect(urls).toEqual(many.map((r) => `incidents/${r.incident.id}.html`).reverse());
  });

  it("is an empty list when there is no incident", () => {
    expect(entries(index([]))).toEqual([]);
  });
});

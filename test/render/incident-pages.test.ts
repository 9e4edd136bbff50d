import { describe, expect, it } from "vitest";
import type { IncidentMeasures, IncidentRecord, PagePieces } from "../../src/model/index.js";
import { IncidentPages, incidentPageHtml } from "../../src/render/html/incident-pages.js";
import { record } from "../aggregate/records.js";

const NOT_MEASURED = { target: null, minutes: null, met: null };
const measures = (): IncidentMeasures =>
  ({ detect: NOT_MEASURED, respond: NOT_MEASURED, resolve: NOT_MEASURED }) as unknown as IncidentMeasures;
const decoder = new TextDecoder();
const text = (page: PagePieces) => page.map((p) => (typeof p === "string" ? p : decoder.decode(p))).join("");
const body = (s: string) => new TextEncoder().encode(`<p>${s}</p>`);

/** Pages put, in order, as text. */
function site(rawBytes?: number, early?: (name: string) => boolean) {
  const put: [string, string][] = [];
  const pages = new IncidentPages({
    lang: "en",
    out: "kb/site",
    measures,
    put: (name, page) => put.push([name, text(page)]),
    ...(rawBytes !== undefined && { rawBytes }),
    ...(early && { early }),
  });
  return { pages, put };
}

/** Reads each record, in order, and hands its body back at once (the body's text is `html`, else the id). */
function readAll(pages: IncidentPages, records: readonly IncidentRecord[], html = (r: IncidentRecord) => r.incident.id): void {
  for (const r of records) {
    pages.read(r);
    pages.body(r.file, body(html(r)));
  }
}

/** What one incident's page is, made at the end with every id in `known`. */
function expected(r: IncidentRecord, html: string, known: readonly string[]): string {
  return text(incidentPageHtml(r, body(html), { lang: "en", out: "kb/site", measures: measures(), known: new Set(known) }));
}

describe("incident pages made while the files are read", () => {
  it("makes a page as soon as its body comes when nothing read later can change it", () => {
    const { pages, put } = site();
    const a = record({ id: "a", started: "2026-01-05" });
    const b = record({ id: "b", started: "2026-01-06", related: ["a"] });
    readAll(pages, [a, b], (r) => r.incident.id.toUpperCase());
    expect(put.map(([name]) => name)).toEqual(["incidents/a.html", "incidents/b.html"]);
    expect(put[1]![1]).toContain('href="../incidents/a.html"');
    expect(pages.finish([a, b])).toEqual({ withdrawn: [], again: [] });
    expect(put).toHaveLength(2);
  });

  it("holds a body whose page links to an incident not read yet, and makes it at the end, the same page", () => {
    const { pages, put } = site();
    const a = record({ id: "a", started: "2026-01-05", related: ["b"] });
    const b = record({ id: "b", started: "2026-01-06" });
    pages.read(a);
    pages.body(a.file, body("A"));
    expect(put).toEqual([]);
    readAll(pages, [b], () => "B");
    expect(pages.finish([a, b])).toEqual({ withdrawn: [], again: [] });
    expect(put).toEqual([
      ["incidents/b.html", expected(b, "B", ["a", "b"])],
      ["incidents/a.html", expected(a, "A", ["a", "b"])],
    ]);
    expect(put[1]![1]).toContain('href="../incidents/b.html"');
  });

  it("withdraws a page whose id a later file shares, and makes again those that linked to it", () => {
    const { pages, put } = site();
    const first = record({ id: "dup", started: "2026-01-05" });
    const linking = record({ id: "c", started: "2026-01-06", related: ["dup"] });
    const second = { ...record({ id: "dup", started: "2026-01-07" }), file: "incidents/dup-2.md" };
    readAll(pages, [first, linking, second]);
    // Both files sharing the id are left out of the corpus.
    const redo = pages.finish([linking]);
    expect(redo).toEqual({ withdrawn: ["incidents/dup.html", "incidents/c.html"], again: [linking] });
    expect(put.map(([name]) => name)).toEqual(["incidents/dup.html", "incidents/c.html"]);
    pages.page(linking, body("c"), new Set(["c"]));
    expect(put[2]).toEqual(["incidents/c.html", expected(linking, "c", ["c"])]);
    expect(put[2]![1]).not.toContain('href="../incidents/dup.html"');
    expect(put[2]![1]).toContain("dup");
  });

  it("asks again for a kept incident whose body never came, and makes no page for one left out", () => {
    const { pages, put } = site();
    const a = record({ id: "a", started: "2026-01-05" });
    const gone = record({ id: "gone", started: "2026-01-06", related: ["zzz"] });
    pages.read(gone);
    pages.body(gone.file, body("held"));
    pages.read(a);
    expect(pages.finish([a])).toEqual({ withdrawn: [], again: [a] });
    expect(put).toEqual([]);
  });

  it("gives held bodies back byte for byte when it keeps them compressed", () => {
    const { pages, put } = site(64);
    const records = Array.from({ length: 6 }, (_, i) => record({ id: `r${i}`, started: "2026-01-05", related: ["later"] }));
    const later = record({ id: "later", started: "2026-02-01" });
    readAll(pages, records, (r) => `Body of ${r.incident.id} ${"é".repeat(40)}`);
    readAll(pages, [later]);
    pages.finish([...records, later]);
    const all = [...records, later].map((r) => r.incident.id);
    expect(new Map(put)).toEqual(
      new Map([
        ["incidents/later.html", expected(later, "later", all)],
        ...records.map((r): [string, string] => [
          `incidents/${r.incident.id}.html`,
          expected(r, `Body of ${r.incident.id} ${"é".repeat(40)}`, all),
        ]),
      ]),
    );
  });

  it("holds the body of a page that may not be made early (a person's file is in its place)", () => {
    const { pages, put } = site(undefined, (name) => name !== "incidents/b.html");
    const a = record({ id: "a", started: "2026-01-05" });
    const b = record({ id: "b", started: "2026-01-06" });
    readAll(pages, [a, b]);
    expect(put.map(([name]) => name)).toEqual(["incidents/a.html"]);
    expect(pages.finish([a, b])).toEqual({ withdrawn: [], again: [] });
    expect(put[1]).toEqual(["incidents/b.html", expected(b, "b", ["a", "b"])]);
  });

  it("keeps its own copy of a body it holds, not a view into the batch it came in", () => {
    const { pages, put } = site();
    const a = record({ id: "a", started: "2026-01-05", related: ["later"] });
    const later = record({ id: "later", started: "2026-01-06" });
    const batch = new TextEncoder().encode("<p>A</p><p>other bodies of the batch</p>");
    pages.read(a);
    pages.body(a.file, batch.subarray(0, 8));
    // The batch's buffer is let go (or reused) once every body of it is handed over.
    batch.fill(0);
    readAll(pages, [later]);
    pages.finish([a, later]);
    expect(new Map(put).get("incidents/a.html")).toBe(expected(a, "A", ["a", "later"]));
  });
});

describe("an incident's page", () => {
  const decoded = (r: IncidentRecord, lang: "en" | "es", out: string) =>
    text(incidentPageHtml(r, body("x"), { lang, out, measures: measures(), known: new Set([r.incident.id]) }));

  it("is made in each language and for each site folder asked for, one after another in one process", () => {
    const r = record({ id: "a", started: "2026-01-05", brand: "Acme" });
    for (const round of [1, 2]) {
      const en = decoded(r, "en", "kb/site");
      const es = decoded(r, "es", "kb/site");
      const deeper = decoded(r, "en", "out/kb/site");
      expect([
        round,
        en.includes('<html lang="en">'),
        en.includes("<dt>Severity</dt>"),
        en.includes('href="../../../incidents/a.md"'),
      ]).toEqual([round, true, true, true]);
      expect([round, es.includes('<html lang="es">'), es.includes("<dt>Severidad</dt>"), es.includes("Lecciones aprendidas</a>")]).toEqual([
        round,
        true,
        true,
        true,
      ]);
      expect([round, deeper.includes('href="../../../../incidents/a.md"')]).toEqual([round, true]);
    }
  });

  it("leaves out a detail written blank, and shows one written", () => {
    const page = decoded(record({ id: "a", started: "2026-01-05", brand: "Acme", campaign: "  " }), "en", "kb/site");
    expect(page).toContain("<dt>Brand</dt><dd>Acme</dd>");
    expect(page).not.toContain("<dt>Campaign</dt>");
  });
});

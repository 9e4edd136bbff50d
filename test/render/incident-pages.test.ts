import { describe, expect, it } from "vitest";
import type { IncidentMeasures, IncidentRecord, PagePieces } from "../../src/model/index.js";
import { type IncidentPageJob, IncidentPages, incidentPageText } from "../../src/render/html/incident-pages.js";
import { record } from "../aggregate/records.js";

const NOT_MEASURED = { target: null, minutes: null, met: null };
const measures = (): IncidentMeasures =>
  ({ detect: NOT_MEASURED, respond: NOT_MEASURED, resolve: NOT_MEASURED }) as unknown as IncidentMeasures;
const decoder = new TextDecoder();
const encoder = new TextEncoder();
const text = (page: PagePieces) => page.map((p) => (typeof p === "string" ? p : decoder.decode(p))).join("");
const SITE = { lang: "en", out: "kb/site" } as const;
/** A body in Markdown: a paragraph, so that its HTML is `<p>…</p>`. */
const body = (s: string) => `${s}\n`;

/** A page as the page renderer hands it back, made while the files are read from what `read` gave. */
const made = (job: IncidentPageJob) => encoder.encode(incidentPageText(job, SITE).join(""));

/** Pages put, in order, as text; as in the output folder, a page withdrawn is taken out, and one put twice fails. */
function site(rawBytes?: number) {
  const put: [string, string][] = [];
  const withdraw = (name: string) => {
    const at = put.findIndex(([n]) => n === name);
    if (at < 0) throw new Error(`${name} withdrawn but never put`);
    put.splice(at, 1);
  };
  const pages = new IncidentPages({
    ...SITE,
    measures,
    put: (name, page) => {
      if (put.some(([n]) => n === name)) throw new Error(`${name} put twice`);
      put.push([name, text(page)]);
    },
    ...(rawBytes !== undefined && { rawBytes }),
  });
  return { pages, put, finish: (records: readonly IncidentRecord[]) => pages.finish(records, withdraw) };
}

/**
 * Reads each record, in order, and hands its page back at once (its body's text is `markdown`, else the
 * id); gives the records whose page `read` left for the end.
 */
function readAll(
  pages: IncidentPages,
  records: readonly IncidentRecord[],
  markdown = (r: IncidentRecord) => r.incident.id,
): IncidentRecord[] {
  const later: IncidentRecord[] = [];
  for (const r of records) {
    const job = pages.read(r, body(markdown(r)));
    if (job) pages.made(r.file, made(job));
    else later.push(r);
  }
  return later;
}

/** What one incident's page is, made at the end with every id in `known`. */
function expected(r: IncidentRecord, markdown: string, known: readonly string[]): string {
  const linked = (r.incident.related ?? []).filter((id) => known.includes(id));
  return incidentPageText({ record: r, measures: measures(), body: body(markdown), linked }, SITE).join("");
}

describe("incident pages made while the files are read", () => {
  it("puts a page as soon as it comes, linking, when not told the files, a related incident read later", () => {
    const { pages, put, finish } = site();
    const a = record({ id: "a", started: "2026-01-05", related: ["b"] });
    const b = record({ id: "b", started: "2026-01-06", related: ["a"] });
    pages.made(a.file, made(pages.read(a, body("A"))!));
    expect(put.map(([name]) => name)).toEqual(["incidents/a.html"]);
    readAll(pages, [b], () => "B");
    expect(finish([a, b])).toEqual({ withdrawn: [], again: [] });
    expect(put).toEqual([
      ["incidents/a.html", expected(a, "A", ["a", "b"])],
      ["incidents/b.html", expected(b, "B", ["a", "b"])],
    ]);
    expect(put[0]![1]).toContain('href="../incidents/b.html"');
    expect(put[0]![1]).toContain("<p>A</p>");
  });

  it("withdraws and makes again a page that linked, not told the files, a related incident with no page", () => {
    const { pages, put, finish } = site();
    const a = record({ id: "a", started: "2026-01-05", related: ["zzz"] });
    readAll(pages, [a]);
    expect(put[0]![1]).toContain('href="../incidents/zzz.html"');
    expect(finish([a])).toEqual({ withdrawn: ["incidents/a.html"], again: [a] });
    expect(put).toEqual([]);
    pages.remade(a.file, made(pages.again(a, body("a"))));
    expect(put).toEqual([["incidents/a.html", expected(a, "a", ["a"])]]);
    expect(put[0]![1]).not.toContain('href="../incidents/zzz.html"');
    expect(put[0]![1]).toContain("zzz");
  });

  it("links, once told the files, only the related incidents a file is named after: a missing one costs nothing at the end", () => {
    const { pages, put, finish } = site();
    const a = record({ id: "a", started: "2026-01-05", related: ["b", "zzz"] });
    const b = record({ id: "b", started: "2026-01-06", related: ["a"] });
    pages.willRead([a.file, b.file]);
    readAll(pages, [a, b]);
    expect(put[0]![1]).toContain('href="../incidents/b.html"');
    expect(put[0]![1]).not.toContain('href="../incidents/zzz.html"');
    expect(put[0]![1]).toContain("zzz");
    expect(finish([a, b])).toEqual({ withdrawn: [], again: [] });
    expect(put).toEqual([
      ["incidents/a.html", expected(a, "a", ["a", "b"])],
      ["incidents/b.html", expected(b, "b", ["a", "b"])],
    ]);
  });

  it("makes again, once told the files, the pages that a file whose id is not its name misled", () => {
    const { pages, put, finish } = site();
    // The file `draft.md` holds incident "b": no file is named after "b", and no incident is "draft".
    const b = { ...record({ id: "b", started: "2026-01-06" }), file: "incidents/2026/draft.md" };
    const namesB = record({ id: "a", started: "2026-01-05", related: ["b"] });
    const namesDraft = record({ id: "c", started: "2026-01-07", related: ["draft"] });
    // Read after the file that holds "b": that one is known by then, whatever its name.
    const namesBLater = record({ id: "d", started: "2026-01-08", related: ["b"] });
    pages.willRead([namesB.file, b.file, namesDraft.file, namesBLater.file]);
    readAll(pages, [namesB, b, namesDraft, namesBLater]);
    expect(put[0]![1]).not.toContain('href="../incidents/b.html"');
    expect(put[2]![1]).toContain('href="../incidents/draft.html"');
    expect(put[3]![1]).toContain('href="../incidents/b.html"');
    expect(finish([namesB, b, namesDraft, namesBLater])).toEqual({
      withdrawn: ["incidents/a.html", "incidents/c.html"],
      again: [namesB, namesDraft],
    });
    expect(put).toEqual([
      ["incidents/b.html", expected(b, "b", ["a", "b", "c", "d"])],
      ["incidents/d.html", expected(namesBLater, "d", ["a", "b", "c", "d"])],
    ]);
  });

  it("makes again, once told the files, a held page that named an incident a misnamed file read later holds", () => {
    const { pages, put, finish } = site();
    const a = record({ id: "a", started: "2026-01-05", related: ["b", "gone"] });
    const b = { ...record({ id: "b", started: "2026-01-06" }), file: "incidents/draft.md" };
    // "gone" has a file named after it, left out at the end (an error in it, say).
    const gone = record({ id: "gone", started: "2026-01-07" });
    // A file read first shares a's id: a's page is held until the end says which of the two is kept.
    const twin = { ...record({ id: "a", started: "2026-01-05" }), file: "incidents/old/a.md" };
    pages.willRead([twin.file, a.file, b.file, gone.file]);
    pages.read(twin, body("twin"));
    readAll(pages, [a, b, gone]);
    expect(put.map(([name]) => name)).toEqual(["incidents/b.html", "incidents/gone.html"]);
    expect(finish([a, b])).toEqual({ withdrawn: ["incidents/gone.html"], again: [a] });
    expect(put.map(([name]) => name)).toEqual(["incidents/b.html"]);
    pages.remade(a.file, made(pages.again(a, body("a"))));
    expect(put[1]).toEqual(["incidents/a.html", expected(a, "a", ["a", "b"])]);
  });

  it("links, once a file is not named after its id, an incident no file is named after, while such bets come true", () => {
    const { pages, put, finish } = site();
    // `a` is named after its id and read first: nothing says yet that names and ids differ, so its page
    // is made now (naming "b", which no file is named after) and made again at the end.
    const a = record({ id: "a", started: "2026-01-05", related: ["b"] });
    // Misnamed: from here on, a page may link an incident no file is named after. Nothing was bet on
    // yet, so `b` links "d" (held by the next file) ...
    const b = { ...record({ id: "b", started: "2026-01-06", related: ["d"] }), file: "incidents/entry-2.md" };
    // ... and `d`, "e": the one bet so far came true.
    const d = { ...record({ id: "d", started: "2026-01-07", related: ["a", "e"] }), file: "incidents/entry-3.md" };
    const e = { ...record({ id: "e", started: "2026-01-08" }), file: "incidents/entry-4.md" };
    pages.willRead([a.file, b.file, d.file, e.file]);
    expect(readAll(pages, [a, b, d, e])).toEqual([]);
    expect(put.map(([name]) => name)).toEqual(["incidents/a.html", "incidents/b.html", "incidents/d.html", "incidents/e.html"]);
    expect(finish([a, b, d, e])).toEqual({ withdrawn: ["incidents/a.html"], again: [a] });
    pages.remade(a.file, made(pages.again(a, body("a"))));
    const got = new Map(put);
    expect(got.get("incidents/a.html")).toBe(expected(a, "a", ["a", "b", "d", "e"]));
    expect(got.get("incidents/b.html")).toBe(expected(b, "b", ["a", "b", "d", "e"]));
    expect(got.get("incidents/d.html")).toBe(expected(d, "d", ["a", "b", "d", "e"]));
  });

  it("leaves for the end, once such bets fail, a page naming an incident no file is named after", () => {
    const { pages, put, finish } = site();
    // Misnamed, naming an incident no file holds: the first bet, lost; the page is made now, linking it.
    const b = { ...record({ id: "b", started: "2026-01-06", related: ["gone"] }), file: "incidents/entry-1.md" };
    // The bet on "gone" has not come true: `c` waits for the end ...
    const c = { ...record({ id: "c", started: "2026-01-07", related: ["lost"] }), file: "incidents/entry-2.md" };
    // ... and so does `d`, which names an incident read later.
    const d = { ...record({ id: "d", started: "2026-01-08", related: ["e"] }), file: "incidents/entry-3.md" };
    // Misnamed, naming only an incident read by then: made now.
    const e = { ...record({ id: "e", started: "2026-01-09", related: ["b"] }), file: "incidents/entry-4.md" };
    pages.willRead([b.file, c.file, d.file, e.file]);
    expect(readAll(pages, [b, c, d, e])).toEqual([c, d]);
    expect(put.map(([name]) => name)).toEqual(["incidents/b.html", "incidents/e.html"]);
    expect(finish([b, c, d, e])).toEqual({ withdrawn: ["incidents/b.html"], again: [b, c, d] });
    for (const r of [b, c, d]) pages.remade(r.file, made(pages.again(r, body(r.incident.id))));
    const got = new Map(put);
    const known = ["b", "c", "d", "e"];
    for (const r of [b, c, d, e]) expect(got.get(`incidents/${r.incident.id}.html`)).toBe(expected(r, r.incident.id, known));
    expect(got.get("incidents/b.html")).not.toContain('href="../incidents/gone.html"');
    expect(got.get("incidents/d.html")).toContain('href="../incidents/e.html"');
  });

  it("makes pages naming missing incidents as the files are read where few files are misnamed", () => {
    const { pages, put, finish } = site();
    // Eight files named after their ids, then one misnamed: one in nine, too few to wait for the end.
    const named = Array.from({ length: 8 }, (_, k) => record({ id: `n${k}`, started: "2026-01-05", related: ["missing"] }));
    const misnamed = { ...record({ id: "m", started: "2026-01-06", related: ["missing", "n0"] }), file: "incidents/entry.md" };
    const all = [...named, misnamed];
    pages.willRead(all.map((r) => r.file));
    expect(readAll(pages, all)).toEqual([]);
    expect(put).toHaveLength(9);
    expect(finish(all)).toEqual({ withdrawn: [], again: [] });
    expect(new Map(put).get("incidents/m.html")).toBe(expected(misnamed, "m", ["n0", "m"]));
  });

  it("makes a page again only once the read is finished", () => {
    const { pages } = site();
    const a = record({ id: "a", started: "2026-01-05" });
    expect(() => pages.again(a, body("a"))).toThrow(/once the read is finished/);
  });

  it("withdraws a page whose id a later file shares, and makes again those that linked to it", () => {
    const { pages, put, finish } = site();
    const first = record({ id: "dup", started: "2026-01-05" });
    const linking = record({ id: "c", started: "2026-01-06", related: ["dup"] });
    const second = { ...record({ id: "dup", started: "2026-01-07" }), file: "incidents/dup-2.md" };
    readAll(pages, [first, linking, second]);
    expect(put.map(([name]) => name)).toEqual(["incidents/dup.html", "incidents/c.html"]);
    // Both files sharing the id are left out of the corpus.
    const redo = finish([linking]);
    expect(redo).toEqual({ withdrawn: ["incidents/dup.html", "incidents/c.html"], again: [linking] });
    expect(put).toEqual([]);
  });

  it("asks again for a kept incident whose page never came, and withdraws the page of one left out", () => {
    const { pages, put, finish } = site();
    const a = record({ id: "a", started: "2026-01-05" });
    const gone = record({ id: "gone", started: "2026-01-06" });
    readAll(pages, [gone]);
    pages.read(a, body("a"));
    expect(put.map(([name]) => name)).toEqual(["incidents/gone.html"]);
    expect(finish([a])).toEqual({ withdrawn: ["incidents/gone.html"], again: [a] });
    expect(put).toEqual([]);
  });

  it("holds the page of a file whose id another file read shares, and puts it at the end if the other was left out", () => {
    const { pages, put, finish } = site();
    const first = record({ id: "dup", started: "2026-01-05" });
    const second = { ...record({ id: "dup", started: "2026-01-07" }), file: "incidents/dup-2.md" };
    readAll(pages, [first, second], (r) => r.file);
    expect(put.map(([name]) => name)).toEqual(["incidents/dup.html"]);
    // Were the first left out and the second kept, the first's page goes before the second's held one is put.
    expect(finish([second])).toEqual({ withdrawn: ["incidents/dup.html"], again: [] });
    expect(put).toEqual([["incidents/dup.html", expected(second, second.file, ["dup"])]]);
  });

  it("gives held pages back byte for byte when it keeps them compressed", () => {
    const { pages, put, finish } = site(64);
    const records = Array.from({ length: 6 }, (_, i) => record({ id: `r${i}`, started: "2026-01-05", related: ["later"] }));
    const later = record({ id: "later", started: "2026-02-01" });
    // Each shares its id with a file read first, left out at the end: every page is held until then.
    for (const r of records) pages.read({ ...r, file: `incidents/old/${r.incident.id}.md` }, body("twin"));
    readAll(pages, records, (r) => `Body of ${r.incident.id} ${"é".repeat(40)}`);
    readAll(pages, [later]);
    expect(put.map(([name]) => name)).toEqual(["incidents/later.html"]);
    expect(finish([...records, later])).toEqual({ withdrawn: [], again: [] });
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

  it("keeps its own copy of a page it holds, not a view into the batch it came in", () => {
    const { pages, put, finish } = site();
    // Two files share an id: the page of the second is held until the end says which one is kept.
    const first = record({ id: "a", started: "2026-01-05" });
    const a = { ...record({ id: "a", started: "2026-01-05" }), file: "incidents/2026/a-copy.md" };
    pages.read(first, body("First"));
    const page = made(pages.read(a, body("A"))!);
    const batch = new Uint8Array(page.length + 10);
    batch.set(page);
    pages.made(a.file, batch.subarray(0, page.length));
    // The batch's buffer is let go (or reused) once every page of it is handed over.
    batch.fill(0);
    finish([a]);
    expect(new Map(put).get("incidents/a.html")).toBe(expected(a, "A", ["a"]));
  });
});

describe("an incident's page", () => {
  const decoded = (r: IncidentRecord, lang: "en" | "es", out: string) =>
    incidentPageText({ record: r, measures: measures(), body: body("x"), linked: [] }, { lang, out }).join("");

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

import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { type IncidentPageJob, incidentPageText } from "../../src/render/html/incident-pages.js";
import { type PageRenderer, openPageRenderer, type PageRendererOptions } from "../../src/render/html/page-renderer.js";
import type { IncidentMeasures } from "../../src/model/index.js";
import { record } from "../aggregate/records.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

const SITE = { lang: "es", out: "kb/site" } as const;
const NOT_MEASURED = { target: null, minutes: null, met: null };
const measures = { detect: NOT_MEASURED, respond: NOT_MEASURED, resolve: NOT_MEASURED } as unknown as IncidentMeasures;

/** A page's whole text as one thread makes it. */
const page = (job: IncidentPageJob) => incidentPageText(job, SITE).join("");

/**
 * Pages whose bodies are of every kind the thread must hand back intact (accents, emoji, CRLF, tables, raw
 * HTML, empty), some linking a related incident, one with a title in Spanish.
 */
function jobs(n: number): IncidentPageJob[] {
  const kinds = [
    "## Resumen\n\nLa campaña salió con el código «PRIMAVERA90» — un error.\n",
    "## Summary\r\n\r\nA reply 🙃 went viral.\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n",
    "# Same title\n\n<script>alert(1)</script>\n\n[brief](brief.txt) and [x](javascript:alert(1))[^1]\n\n[^1]: Note.",
    "",
  ];
  return Array.from({ length: n }, (_, i) => ({
    record: {
      ...record(
        {
          id: `incident-${i}`,
          started: "2026-03-0" + (1 + (i % 9)),
          title: i % 5 ? "Same title" : "Código «PRIMAVERA90»",
          ...(i % 3 === 1 && { related: [`incident-${i + 1}`, "not-read-yet"] }),
        },
        i % 4 ? [] : [{ task: "Añadir un control de contexto", owner: "Zoë Ağca", due: "2026-04-30", status: "open" }],
      ),
      file: `incidents/2026/incident-${i}.md`,
    },
    measures,
    body: `${kinds[i % kinds.length]!}${i % 7 === 0 ? "x".repeat(5000 + i) : ""}`,
    // One related incident linked, the other named.
    linked: i % 3 === 1 ? [`incident-${i + 1}`] : [],
  }));
}

/** Makes every page, polling as a build does between files; the pages in the order added. */
async function renderAll(renderer: PageRenderer, list: readonly IncidentPageJob[]): Promise<(string | undefined)[]> {
  const got = new Map<string, Uint8Array>();
  const each = (key: string, html: Uint8Array) => {
    if (got.has(key)) throw new Error(`${key} handed over twice`);
    got.set(key, html);
  };
  for (const job of list) {
    renderer.add(job.record.file, job);
    renderer.poll(each);
  }
  await renderer.finish(each);
  return list.map((job) => text(got.get(job.record.file)));
}

const decoder = new TextDecoder();
const text = (bytes: Uint8Array | undefined) => bytes && decoder.decode(bytes);

/** The built module, as the bin loads it: only it can start the second thread (tests run TypeScript). */
async function builtRenderer(): Promise<(options?: PageRendererOptions) => PageRenderer> {
  const chunks = path.join(ROOT, "dist/chunks");
  if (!existsSync(chunks)) throw new Error("dist/ is missing: run npm run build (npm test does)");
  const file = readdirSync(chunks).find((f) => /^page-renderer-[A-Z0-9]+\.js$/.test(f));
  if (!file) throw new Error("no page-renderer chunk in dist/chunks");
  const built = (await import(pathToFileURL(path.join(chunks, file)).href)) as { openPageRenderer: typeof openPageRenderer };
  return (options) => built.openPageRenderer(SITE, options);
}

describe("incident pages on a second thread", () => {
  it("makes on this thread exactly what incidentPageText gives", async () => {
    const list = jobs(10);
    expect(await renderAll(openPageRenderer(SITE, { thread: false }), list)).toEqual(list.map(page));
  });

  it("makes on the second thread, in batches, byte for byte what one thread makes", async () => {
    const list = jobs(300);
    const open = await builtRenderer();
    const threaded = await renderAll(open(), list);
    expect(threaded).toEqual(list.map(page));
    expect(threaded[2]).toContain("&lt;script&gt;");
    expect(threaded[0]).toContain("<title>Código «PRIMAVERA90»");
    expect(threaded[0]).toContain('<html lang="es">');
    // The related incidents the job links are linked, the others named.
    expect(threaded[1]).toContain('href="../incidents/incident-2.html"');
    expect(threaded[1]).not.toContain('href="../incidents/not-read-yet.html"');
    expect(threaded[1]).toContain("not-read-yet");
    expect(threaded[4]).toContain("Zoë Ağca");
  });

  it("hands bodies over while more are added, not only at the end", async () => {
    const open = await builtRenderer();
    const renderer = open();
    const list = jobs(640);
    let early = 0;
    for (const job of list) {
      renderer.add(job.record.file, job);
      renderer.poll(() => early++);
    }
    // Without `finish`, bodies still come back, as the thread renders them (bounded by work, not a timer:
    // the loop ends at the first body handed over, however slow the machine).
    for (let waited = 0; early === 0 && waited < 60_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      renderer.poll(() => early++);
    }
    let late = 0;
    await renderer.finish(() => late++);
    expect(early + late).toBe(640);
    expect(early).toBeGreaterThan(0);
  });

  it("says how much it has left to make, and makes a batch not yet full once flushed", async () => {
    const open = await builtRenderer();
    const renderer = open();
    const [first, second] = jobs(2).map((job) => ({ ...job, body: `${job.body}${"Long text. ".repeat(100)}` }));
    renderer.add("a.md", first!);
    renderer.add("b.md", second!);
    // Two pages do not fill a batch: nothing is sent yet, both bodies are still to make.
    expect(renderer.backlog()).toBe(first!.body.length + second!.body.length);
    expect(renderer.done()).toBe(false);
    renderer.flush();
    const got: string[] = [];
    // Without `finish`, the flushed pages come back (bounded by work: the loop ends once both are back).
    for (let waited = 0; got.length < 2 && waited < 60_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      renderer.poll((key) => got.push(key));
    }
    expect(got.sort()).toEqual(["a.md", "b.md"]);
    expect(renderer.backlog()).toBe(0);
    expect(renderer.done()).toBe(true);
    await renderer.finish(() => got.push("again"));
    expect(got).toHaveLength(2);
  });

  it("settles what was added and stays open for more, which finish then makes", async () => {
    const open = await builtRenderer();
    const renderer = open();
    const list = jobs(100);
    const got = new Map<string, string | undefined>();
    const each = (key: string, html: Uint8Array) => got.set(key, text(html));
    for (const job of list.slice(0, 70)) renderer.add(job.record.file, job);
    await renderer.settle(each);
    expect(got.size).toBe(70);
    for (const job of list.slice(70)) renderer.add(job.record.file, job);
    await renderer.finish(each);
    expect(list.map((job) => got.get(job.record.file))).toEqual(list.map(page));
    expect(() => renderer.add("again.md", list[0]!)).toThrow(/closed/);
  });

  it("on one thread, has never anything left to make", () => {
    const renderer = openPageRenderer(SITE, { thread: false });
    renderer.add("a.md", jobs(1)[0]!);
    renderer.flush();
    expect(renderer.backlog()).toBe(0);
    // Made at once, but not handed over until polled.
    expect(renderer.done()).toBe(false);
    renderer.poll(() => {});
    expect(renderer.done()).toBe(true);
    renderer.close();
  });

  it("waits for the thread when it runs ahead, and still renders every body", async () => {
    // Bodies of 20 KB with a budget of 50,000 characters: the sender waits every few batches.
    const list = jobs(400).map((job, i) => ({ ...job, body: `${job.body}\n\n${`Paragraph ${i} of a long post-mortem. `.repeat(500)}` }));
    const open = await builtRenderer();
    expect(await renderAll(open({ aheadChars: 50_000 }), list)).toEqual(list.map(page));
  });

  it("makes pages on the sending thread too when the page thread is behind, each page once and the same", async () => {
    // No room ahead and no wait allowed: whenever the thread has a batch in hand, the sender makes the next
    // one itself. Every page must still come back once, byte for byte what one thread makes.
    const list = jobs(300).map((job, i) => ({ ...job, body: `${job.body}\n\n${`Paragraph ${i}. `.repeat(400)}` }));
    const open = await builtRenderer();
    expect(await renderAll(open({ aheadChars: 1, shareAfterMs: 0 }), list)).toEqual(list.map(page));
  });

  it("stops at once, not after minutes, when the thread fails while the sender waits for it", async () => {
    const list = jobs(400).map((job, i) => ({
      ...job,
      body: i === 5 ? (Object("not a plain string") as string) : `${job.body}${"Long text. ".repeat(300)}`,
    }));
    const open = await builtRenderer();
    const renderer = open({ aheadChars: 10_000 });
    // Without word from the thread, the sender would wait out its 120 s stall guard: past the test's limit.
    await expect(renderAll(renderer, list)).rejects.toThrow();
    renderer.close();
  });

  it("on one thread, hands each page over once, at the first poll after it is added", async () => {
    const renderer = openPageRenderer(SITE, { thread: false });
    const seen: string[] = [];
    renderer.add("a.md", jobs(1)[0]!);
    renderer.poll((key, html) => seen.push(`${key} ${text(html)!.includes("<h3>Resumen</h3>")}`));
    renderer.poll((key) => seen.push(`again ${key}`));
    renderer.add("b.md", jobs(2)[1]!);
    await renderer.finish((key) => seen.push(key));
    expect(seen).toEqual(["a.md true", "b.md"]);
  });

  it("a closed renderer stops its thread, so a failed build can exit", async () => {
    const open = await builtRenderer();
    const renderer = open();
    renderer.add("a.md", jobs(1)[0]!);
    renderer.close();
    renderer.close();
    await expect(renderer.finish(() => {})).rejects.toThrow();
  });
});

import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { incidentBodyHtml, type IncidentBody } from "../../src/render/html/body.js";
import { type BodyRenderer, openBodyRenderer } from "../../src/render/html/bodies.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Bodies of every kind the thread must hand back intact: accents, emoji, CRLF, tables, raw HTML, empty. */
function bodies(n: number): IncidentBody[] {
  const kinds = [
    "## Resumen\n\nLa campaña salió con el código «PRIMAVERA90» — un error.\n",
    "## Summary\r\n\r\nA reply 🙃 went viral.\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n",
    "# Same title\n\n<script>alert(1)</script>\n\n[brief](brief.txt) and [x](javascript:alert(1))[^1]\n\n[^1]: Note.",
    "",
  ];
  return Array.from({ length: n }, (_, i) => ({
    page: "kb/site/incidents",
    file: `incidents/2026/incident-${i}.md`,
    title: "Same title",
    body: `${kinds[i % kinds.length]!}${i % 7 === 0 ? "x".repeat(5000 + i) : ""}`,
  }));
}

/** Renders every body, polling as a build does between files; the bodies in the order added. */
async function renderAll(renderer: BodyRenderer, list: readonly IncidentBody[]): Promise<(string | undefined)[]> {
  const got = new Map<string, Uint8Array>();
  const each = (key: string, html: Uint8Array) => {
    if (got.has(key)) throw new Error(`${key} handed over twice`);
    got.set(key, html);
  };
  for (const b of list) {
    renderer.add(b.file, b);
    renderer.poll(each);
  }
  await renderer.finish(each);
  return list.map((b) => text(got.get(b.file)));
}

const decoder = new TextDecoder();
const text = (bytes: Uint8Array | undefined) => bytes && decoder.decode(bytes);

/** The built module, as the bin loads it: only it can start the second thread (tests run TypeScript). */
async function builtRenderer(): Promise<typeof openBodyRenderer> {
  const chunks = path.join(ROOT, "dist/chunks");
  if (!existsSync(chunks)) throw new Error("dist/ is missing: run npm run build (npm test does)");
  const file = readdirSync(chunks).find((f) => /^bodies-[A-Z0-9]+\.js$/.test(f));
  if (!file) throw new Error("no bodies chunk in dist/chunks");
  return ((await import(pathToFileURL(path.join(chunks, file)).href)) as { openBodyRenderer: typeof openBodyRenderer }).openBodyRenderer;
}

describe("incident bodies on a second thread", () => {
  it("renders on this thread exactly what incidentBodyHtml gives", async () => {
    const list = bodies(10);
    expect(await renderAll(openBodyRenderer({ thread: false }), list)).toEqual(list.map(incidentBodyHtml));
  });

  it("renders on the second thread, in batches, byte for byte what one thread renders", async () => {
    const list = bodies(300);
    const open = await builtRenderer();
    const threaded = await renderAll(open(), list);
    expect(threaded).toEqual(list.map(incidentBodyHtml));
    expect(threaded[2]).toContain("&lt;script&gt;");
  });

  it("hands bodies over while more are added, not only at the end", async () => {
    const open = await builtRenderer();
    const renderer = open();
    const list = bodies(640);
    let early = 0;
    for (const b of list) {
      renderer.add(b.file, b);
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

  it("waits for the thread when it runs ahead, and still renders every body", async () => {
    // Bodies of 20 KB with a budget of 50,000 characters: the sender waits every few batches.
    const list = bodies(400).map((b, i) => ({ ...b, body: `${b.body}\n\n${`Paragraph ${i} of a long post-mortem. `.repeat(500)}` }));
    const open = await builtRenderer();
    expect(await renderAll(open({ aheadChars: 50_000 }), list)).toEqual(list.map(incidentBodyHtml));
  });

  it("stops at once, not after minutes, when the thread fails while the sender waits for it", async () => {
    const list = bodies(400).map((b, i) => ({
      ...b,
      body: i === 5 ? (Object("not a plain string") as string) : `${b.body}${"Long text. ".repeat(300)}`,
    }));
    const open = await builtRenderer();
    const renderer = open({ aheadChars: 10_000 });
    // Without word from the thread, the sender would wait out its 120 s stall guard: past the test's limit.
    await expect(renderAll(renderer, list)).rejects.toThrow();
    renderer.close();
  });

  it("on one thread, hands each body over once, at the first poll after it is added", async () => {
    const renderer = openBodyRenderer({ thread: false });
    const seen: string[] = [];
    renderer.add("a.md", bodies(1)[0]!);
    renderer.poll((key, html) => seen.push(`${key} ${text(html)!.slice(0, 16)}`));
    renderer.poll((key) => seen.push(`again ${key}`));
    renderer.add("b.md", bodies(2)[1]!);
    await renderer.finish((key) => seen.push(key));
    expect(seen).toEqual(["a.md <h3>Resumen</h3>", "b.md"]);
  });

  it("a closed renderer stops its thread, so a failed build can exit", async () => {
    const open = await builtRenderer();
    const renderer = open();
    renderer.add("a.md", bodies(1)[0]!);
    renderer.close();
    renderer.close();
    await expect(renderer.finish(() => {})).rejects.toThrow();
  });
});

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { IncidentPages, type PagesToRedo } from "../../src/render/html/incident-pages.js";
import { baseEnv, ROOT, type Run, runBin, runInProcess } from "./run.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped example incidents in a fresh folder. */
function examples(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lessonbook-kb-"));
  dirs.push(dir);
  cpSync(path.join(ROOT, "incidents"), path.join(dir, "incidents"), { recursive: true });
  return dir;
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, full)] = readFileSync(full, "utf8");
    }
  }
  return out;
}

/**
 * Adds to the examples, in `incidents/zz/`, one file per `[id, related]`: the Easter incident with that id
 * and those related incidents. The files are named `a.md`, `b.md`… so that they are read in that order.
 */
function addIncidents(cwd: string, incidents: readonly [id: string, related: string][]): void {
  const example = readFileSync(path.join(cwd, "incidents/2026/2026-03-31-easter-code-stacking-free-orders.md"), "utf8");
  mkdirSync(path.join(cwd, "incidents/zz"));
  incidents.forEach(([id, related], i) => {
    const text = example
      .replace("id: 2026-03-31-easter-code-stacking-free-orders", `id: ${id}`)
      .replace(/^related: .*$/m, `related: [${related}]`);
    writeFileSync(path.join(cwd, "incidents/zz", `${String.fromCharCode(97 + i)}.md`), text);
  });
}

/**
 * Builds the site of `cwd` twice: with the real bin into `threaded` (its pages made and written on other
 * threads) and in-process into `single` (all on this thread), so that the two can be compared.
 */
async function buildSiteTwice(cwd: string): Promise<{ threaded: Run; single: Run }> {
  const threaded = runBin(["build", "--html", "--out", "threaded"], cwd, baseEnv());
  return { threaded, single: await runInProcess(["build", "--html", "--out", "single"], cwd, baseEnv()) };
}

/** Every file a build wrote to `out`, with the folder's name taken out of the pages so two builds compare. */
function siteOf(cwd: string, out: string): Record<string, string> {
  return Object.fromEntries(Object.entries(tree(path.join(cwd, out))).map(([name, text]) => [name, text.replaceAll(`${out}/`, "OUT/")]));
}

describe("build", () => {
  it("writes kb/ whose every relative link resolves", async () => {
    const cwd = examples();
    const run = await runInProcess(["build"], cwd, baseEnv());
    expect(run.code).toBe(0);
    const pages = tree(path.join(cwd, "kb"));
    expect(Object.keys(pages)).toEqual(
      expect.arrayContaining([
        "README.md",
        "lessons.md",
        "actions.md",
        "recurrences.md",
        "tags.md",
        "causes/pricing.md",
        "channels/instagram.md",
      ]),
    );
    let links = 0;
    for (const [name, text] of Object.entries(pages)) {
      for (const match of text.matchAll(/\]\(([^)]+)\)/g)) {
        const target = decodeURI(match[1]!);
        links++;
        expect(existsSync(path.join(cwd, "kb", path.dirname(name), target)), `${name} → ${target}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(100);
  });

  it("is byte-identical across time zones, through the real bin", () => {
    const outputs = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"].map((TZ) => {
      const cwd = examples();
      expect(runBin(["build", "--html"], cwd, baseEnv({ TZ })).code).toBe(0);
      const report = runBin(["report", "--quarter", "2026-Q1"], cwd, baseEnv({ TZ }));
      return { kb: tree(path.join(cwd, "kb")), report: report.stdout };
    });
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  it("is byte-identical across time zones in-process", async () => {
    const saved = process.env.TZ;
    const outputs = [];
    try {
      for (const TZ of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
        process.env.TZ = TZ;
        // The check can fail: the local date really differs between these zones at this instant.
        expect(new Date(Date.UTC(2026, 2, 31, 11)).getDate()).toBe(TZ === "Pacific/Pago_Pago" ? 31 : TZ === "UTC" ? 31 : 1);
        const cwd = examples();
        await runInProcess(["build", "--html"], cwd, baseEnv());
        const report = await runInProcess(["report", "--quarter", "2026-Q1", "--format", "json"], cwd, baseEnv());
        outputs.push({ kb: tree(path.join(cwd, "kb")), report: report.stdout });
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  it("writes the same site with its bodies rendered on a second thread (bin) or on one (in-process)", async () => {
    // Twelve copies of each example: enough bodies for several batches to cross between the threads.
    const cwd = examples();
    for (const file of readdirSync(path.join(cwd, "incidents"), { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".md")) continue;
      const text = readFileSync(path.join(cwd, "incidents", file), "utf8");
      const id = path.basename(file, ".md");
      for (let k = 0; k < 12; k++) {
        writeFileSync(path.join(cwd, "incidents", path.dirname(file), `${id}-${k}.md`), text.replace(`id: ${id}`, `id: ${id}-${k}`));
      }
    }
    const { threaded: bin, single: inProcess } = await buildSiteTwice(cwd);
    expect([bin.code, inProcess.code]).toEqual([0, 0]);
    const threaded = tree(path.join(cwd, "threaded"));
    expect(Object.keys(threaded).filter((name) => name.startsWith("site/incidents/"))).toHaveLength(156);
    expect(siteOf(cwd, "threaded")).toEqual(siteOf(cwd, "single"));
  });

  it("writes the same site when long bodies are still being made as the review is (bin) or not (in-process)", async () => {
    // 48 post-mortems of 60 KB: read in moments, rendered over a good part of a second, so the page
    // thread has most of them left when the read ends, and the build makes the review meanwhile. Two
    // share an id: their pages are settled only after that.
    const cwd = examples();
    const example = readFileSync(path.join(cwd, "incidents/2026/2026-03-31-easter-code-stacking-free-orders.md"), "utf8");
    const long = `\n${"## More\n\nA long paragraph of the post-mortem, with *emphasis* and a [link](https://example.com).\n\n".repeat(600)}`;
    mkdirSync(path.join(cwd, "incidents/zz"));
    for (let k = 0; k < 48; k++) {
      const id = k === 47 ? "long-0" : `long-${k}`;
      writeFileSync(
        path.join(cwd, "incidents/zz", `long-${k}.md`),
        example.replace("id: 2026-03-31-easter-code-stacking-free-orders", `id: ${id}`) + long,
      );
    }
    const { threaded, single } = await buildSiteTwice(cwd);
    expect([threaded.code, single.code]).toEqual([0, 0]);
    expect(threaded.stderr).toContain("incidents/zz/long-47.md");
    expect(Object.keys(tree(path.join(cwd, "threaded")))).toContain("site/incidents/long-46.html");
    expect(siteOf(cwd, "threaded")).toEqual(siteOf(cwd, "single"));
  });

  it("makes at the end every page a misnamed file misled, in groups, the same on a second thread (bin) or on one", async () => {
    // 100 files not named after their id, each naming the next one and one that no file holds: no page
    // can be right while the files are read, so every page is made at the end (or made again there), in
    // several groups of bodies read anew.
    const cwd = examples();
    const example = readFileSync(path.join(cwd, "incidents/2026/2026-03-31-easter-code-stacking-free-orders.md"), "utf8");
    mkdirSync(path.join(cwd, "incidents/zz"));
    for (let k = 0; k < 100; k++) {
      const text = example
        .replace("id: 2026-03-31-easter-code-stacking-free-orders", `id: chain-${k}`)
        .replace(/^related: .*$/m, `related: [chain-${(k + 1) % 100}, gone-${k}]`);
      writeFileSync(path.join(cwd, "incidents/zz", `entry-${String(k).padStart(3, "0")}.md`), `${text}\nBody of entry ${k}.\n`);
    }
    const { threaded, single } = await buildSiteTwice(cwd);
    expect([threaded.code, single.code]).toEqual([0, 0]);
    const pages = tree(path.join(cwd, "threaded"));
    for (const k of [0, 31, 32, 99]) {
      const page = pages[`site/incidents/chain-${k}.html`]!;
      expect(page).toContain(`href="../incidents/chain-${(k + 1) % 100}.html"`);
      expect(page).toContain(`gone-${k}`);
      expect(page).not.toContain(`href="../incidents/gone-${k}.html"`);
      expect(page).toContain(`Body of entry ${k}.`);
      // Every step of the timeline, read again with the file: the record kept only two of the seven.
      expect(page).toContain("Code restricted to one discount per basket");
    }
    expect(siteOf(cwd, "threaded")).toEqual(siteOf(cwd, "single"));
  });

  it("takes back the page of an id two files share, and names it unlinked where a page made earlier linked it", async () => {
    // Read in this order: the first file with the id, one linking to it, then the second file with the id.
    const cwd = examples();
    addIncidents(cwd, [
      ["shared-id", "2025-08-07-promo-code-90-percent"],
      ["linking", "shared-id, 2025-08-07-promo-code-90-percent"],
      ["shared-id", "2025-08-07-promo-code-90-percent"],
    ]);
    // A person's file where the id's page would go: that page is never the site's, so it is in no one's way.
    for (const out of ["threaded", "single"]) {
      mkdirSync(path.join(cwd, out, "site/incidents"), { recursive: true });
      writeFileSync(path.join(cwd, out, "site/incidents/shared-id.html"), "my notes\n");
    }
    const { threaded, single } = await buildSiteTwice(cwd);
    expect([threaded.code, single.code]).toEqual([0, 0]);
    expect(threaded.stderr).toContain("incidents/zz/a.md");
    for (const out of ["threaded", "single"]) {
      const pages = tree(path.join(cwd, out));
      expect(pages["site/incidents/shared-id.html"]).toBe("my notes\n");
      expect(pages["manifest.json"] ?? pages[".lessonbook-manifest.json"] ?? "").not.toContain("shared-id");
      const linking = pages["site/incidents/linking.html"]!;
      expect(linking).toContain("shared-id");
      expect(linking).not.toContain("shared-id.html");
      expect(linking).toContain('href="../incidents/2025-08-07-promo-code-90-percent.html"');
      expect(readdirSync(path.join(cwd, out)).filter((f) => f.startsWith(".lessonbook-staging"))).toEqual([]);
    }
    expect(siteOf(cwd, "threaded")).toEqual(siteOf(cwd, "single"));
  });

  it("links a related incident read after the page was made, and names one no file has, unlinked", async () => {
    const cwd = examples();
    // Read in this order: the page of `early` is made before `later` is read.
    addIncidents(cwd, [
      ["early", "later, nobody-wrote-this"],
      ["later", "early"],
    ]);
    const { threaded: bin, single: inProcess } = await buildSiteTwice(cwd);
    expect([bin.code, inProcess.code]).toEqual([0, 0]);
    for (const out of ["threaded", "single"]) {
      const early = tree(path.join(cwd, out))["site/incidents/early.html"]!;
      expect(early).toContain('href="../incidents/later.html"');
      expect(early).toContain("nobody-wrote-this");
      expect(early).not.toContain("nobody-wrote-this.html");
    }
    expect(siteOf(cwd, "threaded")).toEqual(siteOf(cwd, "single"));
  });

  it("makes no page twice for a related incident that no file is named after", async () => {
    const cwd = examples();
    const easter = "incidents/2026/2026-03-31-easter-code-stacking-free-orders.md";
    const file = path.join(cwd, easter);
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/^related: .*$/m, "related: [2025-08-07-promo-code-90-percent, no-file-is-called-this]"),
    );
    const told = vi.spyOn(IncidentPages.prototype, "willRead");
    const finished = vi.spyOn(IncidentPages.prototype, "finish");
    try {
      const run = await runInProcess(["build", "--html"], cwd, baseEnv());
      expect(run.code).toBe(0);
      expect(told.mock.calls.map(([files]) => files.includes(easter))).toEqual([true]);
      expect(finished.mock.results.map((r) => r.value as PagesToRedo)).toEqual([{ withdrawn: [], again: [] }]);
    } finally {
      told.mockRestore();
      finished.mockRestore();
    }
    const page = tree(path.join(cwd, "kb"))["site/incidents/2026-03-31-easter-code-stacking-free-orders.html"]!;
    expect(page).toContain('href="../incidents/2025-08-07-promo-code-90-percent.html"');
    expect(page).toContain("no-file-is-called-this");
    expect(page).not.toContain("no-file-is-called-this.html");
  });

  it("the committed kb/ is what a build writes (build --check)", async () => {
    const run = await runInProcess(["build", "--check"], ROOT, baseEnv());
    expect(run.stdout).toBe("kb/ is up to date.\n");
    expect(run.code).toBe(0);
  });

  it("--check exits 1 and names the page when an incident changed, writing nothing", async () => {
    const cwd = examples();
    await runInProcess(["build"], cwd, baseEnv());
    const file = path.join(cwd, "incidents/2026/2026-01-22-asunto-email-doble-sentido.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("severity: low", "severity: medium"));
    const before = tree(path.join(cwd, "kb"));
    const run = await runInProcess(["build", "--check"], cwd, baseEnv());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("kb/README.md is out of date");
    expect(tree(path.join(cwd, "kb"))).toEqual(before);
  });

  it("removes its own stale pages and never touches files it did not write", async () => {
    const cwd = examples();
    await runInProcess(["build"], cwd, baseEnv());
    writeFileSync(path.join(cwd, "kb/NOTES.md"), "my notes");
    rmSync(path.join(cwd, "incidents/2026/2026-08-20-notificacion-push-duplicada.md"));
    const run = await runInProcess(["build"], cwd, baseEnv());
    expect(run.code).toBe(0);
    expect(existsSync(path.join(cwd, "kb/causes/platform.md"))).toBe(false);
    expect(readFileSync(path.join(cwd, "kb/NOTES.md"), "utf8")).toBe("my notes");
  });

  it("refuses to replace a file a person wrote, and writes nothing", async () => {
    const cwd = examples();
    writeFileSync(path.join(cwd, "README.md"), "");
    await runInProcess(["build", "--out", "docs"], cwd, baseEnv()).then((r) => expect(r.code).toBe(0));
    writeFileSync(path.join(cwd, "docs/lessons.md"), "hand-written");
    rmSync(path.join(cwd, "docs/.lessonbook-manifest.json"));
    const run = await runInProcess(["build", "--out", "docs"], cwd, baseEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("docs/lessons.md exists and was not written by lessonbook build");
    expect(readFileSync(path.join(cwd, "docs/lessons.md"), "utf8")).toBe("hand-written");
  });

  it("says which files it skipped, and fails only with --strict", async () => {
    const cwd = examples();
    writeFileSync(path.join(cwd, "incidents/broken.md"), "---\nid: broken\n---\n");
    const run = await runInProcess(["build"], cwd, baseEnv());
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^lessonbook: skipped incidents\/broken\.md:2:1: "title" is missing; add it\. \(schema\); run lessonbook lint for details\.$/m,
    );
    expect(readFileSync(path.join(cwd, "kb/README.md"), "utf8")).toContain("incidents/broken.md:2:1");
    expect((await runInProcess(["build", "--strict"], cwd, baseEnv())).code).toBe(1);
  });

  it("leaves out a file whose required field is misspelt, with lint's words for it, site and review included", async () => {
    const cwd = examples();
    const example = "incidents/2026/2026-03-31-easter-code-stacking-free-orders.md";
    const text = readFileSync(path.join(cwd, example), "utf8");
    writeFileSync(path.join(cwd, example), text.replace(/^severity:/m, "severty:"));
    const lint = await runInProcess(["lint", example], cwd, baseEnv());
    expect(lint.stdout).toContain('Unknown field "severty". Did you mean "severity"?');
    expect(lint.stdout).not.toMatch(/"severity" is missing/);
    const line = String(text.split("\n").findIndex((l) => l.startsWith("severity:")) + 1);
    const skipped = new RegExp(
      `^lessonbook: skipped ${example}:${line}:1: Unknown field "severty"\\. Did you mean "severity"\\? \\(unknown-key\\)`,
      "m",
    );
    for (const args of [
      ["build", "--html"],
      ["report", "--quarter", "2026-Q1"],
    ]) {
      const run = await runInProcess(args, cwd, baseEnv());
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0);
      expect(run.stderr).toMatch(skipped);
    }
    expect(existsSync(path.join(cwd, "kb/site/incidents/2026-03-31-easter-code-stacking-free-orders.html"))).toBe(false);
    expect(readFileSync(path.join(cwd, "kb/README.md"), "utf8")).toContain(`${example}:${line}:1`);
  });
});

describe("report", () => {
  it("gives the spec's JSON for a quarter of the examples", async () => {
    const run = await runInProcess(["report", "--quarter", "2026-Q1", "--format", "json"], examples(), baseEnv());
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.period).toEqual({ from: "2026-01-01", to: "2026-03-31", label: "2026-Q1" });
    expect(json.incidents).toEqual(["2026-01-22-asunto-email-doble-sentido", "2026-03-31-easter-code-stacking-free-orders"]);
    expect(json.recurrences).toEqual([
      expect.objectContaining({
        category: "pricing",
        incidents: ["2025-08-07-promo-code-90-percent", "2026-03-31-easter-code-stacking-free-orders"],
      }),
    ]);
    expect(json.actions).toMatchObject({ open: 7, overdue: 2 });
  });

  it("writes Spanish Markdown to --out with links relative to it, and never replaces a person's file", async () => {
    const cwd = examples();
    const run = await runInProcess(["report", "--quarter", "2026-Q1", "--lang", "es", "--out", "reports/2026-Q1.md"], cwd, baseEnv());
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(cwd, "reports/2026-Q1.md"), "utf8");
    expect(text).toContain("# Revisión de incidentes: 2026-Q1");
    expect(text).toContain("](../incidents/2026/2026-01-22-asunto-email-doble-sentido.md)");
    expect(text).toContain("```mermaid\npie title");
    expect(text).toContain("xychart-beta");
    expect((await runInProcess(["report", "--quarter", "2026-Q1", "--out", "reports/2026-Q1.md"], cwd, baseEnv())).code).toBe(0);
    writeFileSync(path.join(cwd, "mine.md"), "notes");
    const refused = await runInProcess(["report", "--out", "mine.md"], cwd, baseEnv());
    expect(refused.code).toBe(2);
    expect(readFileSync(path.join(cwd, "mine.md"), "utf8")).toBe("notes");
  });

  it("defaults to the last complete quarter with incidents, and rejects bad periods", async () => {
    const cwd = examples();
    expect((await runInProcess(["report"], cwd, baseEnv())).stdout).toContain("# Incident review: 2026-Q3");
    expect((await runInProcess(["report", "--quarter", "2026-Q7"], cwd, baseEnv())).code).toBe(2);
    expect((await runInProcess(["report", "--since", "2026-03-01", "--until", "2026-02-01"], cwd, baseEnv())).stderr).toContain(
      "is after --until",
    );
    const range = JSON.parse(
      (await runInProcess(["report", "--since", "2026-03-01", "--until", "2026-06-30", "--format", "json"], cwd, baseEnv())).stdout,
    );
    expect(range.incidents).toEqual([
      "2026-03-31-easter-code-stacking-free-orders",
      "2026-05-08-protest-ad-trivialising",
      "2026-06-12-publicaciones-programadas-durante-sismo",
    ]);
  });
});

describe("what a marketing director reads", () => {
  it("replaces only a report file that carries the mark where lessonbook puts it", async () => {
    const cwd = examples();
    const mark = "<!-- written by lessonbook report; edits are lost when it runs again -->";
    // The mark quoted inside a person's notes does not make the file lessonbook's.
    writeFileSync(path.join(cwd, "notes.html"), `<!doctype html>\n<p>My notes</p>\n${mark}\n`);
    writeFileSync(path.join(cwd, "notes.md"), `# Notes\n\n${mark}\n`);
    for (const out of ["notes.html", "notes.md"]) {
      const format = out.endsWith(".html") ? "html" : "md";
      const refused = await runInProcess(["report", "--quarter", "2026-Q1", "--format", format, "--out", out], cwd, baseEnv());
      expect(refused.code, out).toBe(2);
      expect(refused.stderr).toContain(`${out} exists and was not written by lessonbook report`);
    }
    for (const [out, format] of [
      ["r.html", "html"],
      ["r.json", "json"],
      ["r.md", "md"],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const run = await runInProcess(["report", "--quarter", "2026-Q1", "--format", format, "--out", out], cwd, baseEnv());
        expect(run.code, `${out} run ${i}`).toBe(0);
      }
    }
    expect(readFileSync(path.join(cwd, "r.html"), "utf8").split("\n").slice(0, 2)).toEqual(["<!doctype html>", mark]);
    // Its own file, written before in another format, is still its own.
    const switched = await runInProcess(["report", "--quarter", "2026-Q1", "--format", "json", "--out", "r.md"], cwd, baseEnv());
    expect(switched.code).toBe(0);
    expect((await runInProcess(["report", "--quarter", "2026-Q1", "--out", "r.md"], cwd, baseEnv())).code).toBe(0);
  });

  it("writes the latest quarter's review into the site, linked to the incident pages, and stays the same from day to day", async () => {
    const cwd = examples();
    expect((await runInProcess(["build", "--html"], cwd, baseEnv({ LESSONBOOK_TODAY: "2026-11-23" }))).code).toBe(0);
    const review = readFileSync(path.join(cwd, "kb/site/report.html"), "utf8");
    expect(review.split("\n")[1]).toBe("<!-- written by lessonbook build; edit the incident files instead -->");
    expect(review).toContain("Incident review: 2026-Q4 to date");
    expect(review).toContain('href="incidents/2026-11-17-ataque-coordinado-captura-falsa.html"');
    expect(readFileSync(path.join(cwd, "kb/site/index.html"), "utf8")).toContain('href="report.html"');
    for (const day of ["2026-11-24", "2027-06-30"]) {
      const check = await runInProcess(["build", "--html", "--check"], cwd, baseEnv({ LESSONBOOK_TODAY: day }));
      expect(check.stdout, day).toBe("kb/ is up to date.\n");
    }
    // A review written into the site links to the site's pages; with --site, from anywhere.
    const inSite = await runInProcess(
      ["report", "--quarter", "2026-Q1", "--format", "html", "--out", "kb/site/q1.html"],
      cwd,
      baseEnv({ LESSONBOOK_TODAY: "2026-11-23" }),
    );
    expect(inSite.code).toBe(0);
    expect(readFileSync(path.join(cwd, "kb/site/q1.html"), "utf8")).toContain(
      'href="incidents/2026-01-22-asunto-email-doble-sentido.html"',
    );
    await runInProcess(["report", "--quarter", "2026-Q1", "--format", "html", "--out", "q1.html", "--site", "kb/site"], cwd, baseEnv());
    expect(readFileSync(path.join(cwd, "q1.html"), "utf8")).toContain(
      'href="kb/site/incidents/2026-01-22-asunto-email-doble-sentido.html"',
    );
    await runInProcess(["report", "--quarter", "2026-Q1", "--format", "html", "--out", "plain.html"], cwd, baseEnv());
    expect(readFileSync(path.join(cwd, "plain.html"), "utf8")).toContain('href="incidents/2026/2026-01-22-asunto-email-doble-sentido.md"');
  });

  it("labels a running quarter 'to date' and compares it with the same days of the quarter before", async () => {
    const cwd = examples();
    const env = baseEnv({ LESSONBOOK_TODAY: "2026-11-23" });
    const md = await runInProcess(["report", "--quarter", "2026-Q4", "--lang", "es"], cwd, env);
    expect(md.stdout).toContain("# Revisión de incidentes: 2026-Q4 hasta la fecha");
    expect(md.stdout).toContain("(del 1 jul 2026 al 23 ago 2026)");
    const json = JSON.parse((await runInProcess(["report", "--quarter", "2026-Q4", "--format", "json"], cwd, env)).stdout);
    expect(json.period).toEqual({ from: "2026-10-01", to: "2026-11-23", label: "2026-Q4", toDate: true });
    expect(json.previous.period).toEqual({ from: "2026-07-01", to: "2026-08-23", label: "2026-Q3", toDate: true });
  });

  it("scopes recurrence to the brand and reads targets from the configuration", async () => {
    const cwd = examples();
    writeFileSync(
      path.join(cwd, "lessonbook.config.json"),
      JSON.stringify({ targets: { respond: { high: "1h" } }, recurrence: { by: ["cause", "brand"] } }),
    );
    const json = JSON.parse((await runInProcess(["report", "--quarter", "2026-Q1", "--format", "json"], cwd, baseEnv())).stdout);
    expect(json.recurrences).toEqual([expect.objectContaining({ category: "pricing", brand: "Pixel & Pan" })]);
    expect(json.targets).toEqual([
      expect.objectContaining({
        measure: "respond",
        severity: "high",
        target: "1h",
        missed: 1,
        missedIncidents: ["2026-03-31-easter-code-stacking-free-orders"],
      }),
    ]);
  });
});

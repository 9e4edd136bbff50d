import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validIncident } from "../support/valid.js";
import { baseEnv, ROOT, runInProcess } from "../cli/run.js";

const CHROMIUM = "/usr/bin/chromium";
/** Screenshots are kept here as test artifacts. */
const ARTIFACTS = path.join(ROOT, "test-artifacts");
// On CI the browser must be there (.ci/run installs it); elsewhere the suite says it skipped.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

const EVIL = validIncident(
  "2026-04-01-evil",
  "",
  `
## Summary

<script>window.__pwned = 1</script>
<img src="x" onerror="window.__pwned = 2">

A [harmless-looking link](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">another</a>.

## What happened

Text.

## Root cause

Text.

## Lessons learned

Text.
`,
).replace('title: "Promo code published at 90% instead of 9%"', "title: \"<img src=x onerror='window.__pwned=5'> Evil title\"");

/** A body with a table, a footnote and a link to a file beside the incident; it refers to an invalid incident. */
const RICH = validIncident(
  "2026-04-02-rich",
  "related: [2026-04-03-broken]\n",
  `
## Summary

| Channel | Reach |
| --- | --- |
| email | 12000 |

A note[^1] and [the brief](brief.txt).

[^1]: Written after the retro.

## What happened

Text.

## Root cause

Text.

## Lessons learned

Text.
`,
);

let cwd = "";
let site = "";
let browser: Browser;
const consoleErrors: string[] = [];

async function open(file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${file}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${file}: ${e.message}`));
  await page.goto(pathToFileURL(path.join(site, file)).href);
  return page;
}

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full, base) : name.endsWith(".html") ? [path.relative(base, full)] : [];
  });
}

describe.skipIf(!available)("the static site and the printed report, in Chromium", () => {
  beforeAll(async () => {
    cwd = mkdtempSync(path.join(tmpdir(), "lessonbook-site-"));
    cpSync(path.join(ROOT, "incidents"), path.join(cwd, "incidents"), { recursive: true });
    writeFileSync(path.join(cwd, "incidents/2026-04-01-evil.md"), EVIL);
    writeFileSync(path.join(cwd, "incidents/2026-04-02-rich.md"), RICH);
    writeFileSync(path.join(cwd, "incidents/brief.txt"), "the brief");
    writeFileSync(
      path.join(cwd, "incidents/2026-04-03-broken.md"),
      validIncident("2026-04-03-broken").replace("severity: high", "severity: hihg"),
    );
    expect((await runInProcess(["build", "--html"], cwd, baseEnv())).code).toBe(0);
    const report = await runInProcess(["report", "--quarter", "2026-Q1", "--format", "html", "--out", "report.html"], cwd, baseEnv());
    expect(report.code).toBe(0);
    site = path.join(cwd, "kb/site");
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it("finds an old incident by a word of its lessons, offline from file://, and follows the link", async () => {
    const page = await open("index.html");
    await page.screenshot({ path: path.join(ARTIFACTS, "site-index.png"), fullPage: false });
    // Typed without accents: "comunicación programada" is in the lesson.
    await page.fill("#search-input", "comunicacion programada");
    const results = page.locator("#search-results a");
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.first().textContent()).toContain("Publicación programada");
    await results.first().click();
    await page.waitForURL(/2025-09-10-post-programado-durante-duelo-nacional\.html$/);
    expect(await page.locator("h1").textContent()).toContain("Publicación programada");
    await page.close();
  });

  it("has no broken link and no console error on any page", async () => {
    const pages = htmlFiles(site);
    expect(pages.length).toBeGreaterThan(30);
    let links = 0;
    for (const file of pages) {
      const page = await open(file);
      const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const target of hrefs) {
        const url = new URL(target);
        if (url.protocol !== "file:") continue;
        links++;
        expect(existsSync(fileURLToPath(url)), `${file} → ${target}`).toBe(true);
      }
      await page.close();
    }
    expect(links).toBeGreaterThan(300);
    expect(consoleErrors).toEqual([]);
  });

  it("renders tables and footnotes, rebases relative links, and names a left-out incident without linking it", async () => {
    const page = await open("incidents/2026-04-02-rich.html");
    expect(await page.locator(".incident-body table td").first().textContent()).toBe("email");
    await page.locator(".incident-body a[data-footnote-ref]").click();
    expect(await page.evaluate(() => document.querySelector(decodeURIComponent(location.hash)) !== null)).toBe(true);
    expect(await page.locator('.incident-body a:has-text("the brief")').getAttribute("href")).toBe("../../../incidents/brief.txt");
    expect(await page.locator("dl.meta").textContent()).toContain("2026-04-03-broken");
    expect(await page.locator('dl.meta a:has-text("2026-04-03-broken")').count()).toBe(0);
    const index = await open("index.html");
    expect(await index.locator("main").textContent()).toContain("incidents/2026-04-03-broken.md:5:11");
    await page.close();
    await index.close();
  });

  it("runs nothing from an incident that carries <script>, onerror and javascript: links", async () => {
    const index = await open("index.html");
    await index.fill("#search-input", "evil");
    await expect.poll(() => index.locator("#search-results a").count()).toBe(1);
    expect(await index.locator("#search-results a").textContent()).toBe("<img src=x onerror='window.__pwned=5'> Evil title");
    expect(await index.locator("main img").count()).toBe(0);
    expect(await index.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await index.close();
    const page = await open("incidents/2026-04-01-evil.html");
    for (const link of await page.locator(".incident-body a").all()) await link.click({ force: true }).catch(() => undefined);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator(".incident-body script, .incident-body img[onerror], [onerror]").count()).toBe(0);
    expect(
      await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")).filter((h) => /^\s*javascript:/i.test(h ?? ""))),
    ).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe("<img src=x onerror='window.__pwned=5'> Evil title");
    await page.close();
  });

  it("prints the quarterly report cleanly on A4 and Letter, with no script needed", async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, javaScriptEnabled: false });
    await page.goto(pathToFileURL(path.join(cwd, "report.html")).href);
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: path.join(ARTIFACTS, "report-print.png"), fullPage: true });
    expect(await page.locator("svg.chart title").count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator("h1").textContent()).toBe("Incident review: 2026-Q1");
    // Printable widths in CSS pixels at 96 per inch, less the stylesheet's 14 mm margins on each side.
    for (const [format, width] of [
      ["A4", Math.floor(((210 - 28) / 25.4) * 96)],
      ["Letter", Math.floor((8.5 - 28 / 25.4) * 96)],
    ] as const) {
      await page.setViewportSize({ width, height: 1000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(overflow, `${format} at ${width}px`).toBe(false);
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    }
    await page.close();
  });
});

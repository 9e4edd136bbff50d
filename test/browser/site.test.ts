import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, available, BROWSER_TIMEOUT, launch, open, overflow } from "./browser.js";
import { buildFixture } from "./fixture.js";

let cwd = "";
let site = "";
let browser: Browser;
const errors: string[] = [];

describe.skipIf(!available)("the static site and the printed report, in Chromium", () => {
  beforeAll(async () => {
    ({ cwd, site } = await buildFixture());
    browser = await launch();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it(
    "finds an old incident by a word of its lessons, offline from file://, and follows the link",
    async () => {
      const page = await open(browser, path.join(site, "index.html"), errors);
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
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "shows an incident's harm, response, brand, campaign, detection and times, and its title once",
    async () => {
      const page = await open(browser, path.join(site, "incidents/2026-03-31-easter-code-stacking-free-orders.html"), errors);
      const text = await page.locator("main").innerText();
      for (const expected of [
        "Reach",
        "96,000",
        "Cost",
        "$38,900",
        "Public apology",
        "Brand",
        "Pixel & Pan",
        "Campaign",
        "Easter Bake-Off 2026",
        "Noticed through",
        "Time to first response",
        "Mar 31, 2026, 9:30\u00a0PM (UTC−5)",
      ]) {
        expect(text, expected).toContain(expected);
      }
      expect(await page.locator("h1").count()).toBe(1);
      await page.close();
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "renders tables and footnotes, rebases relative links, and names a left-out incident without linking it",
    async () => {
      const page = await open(browser, path.join(site, "incidents/2026-04-02-rich.html"), errors);
      expect(await page.locator(".incident-body table td").first().textContent()).toBe("email");
      await page.locator(".incident-body .footnote-ref a").click();
      expect(await page.evaluate(() => document.querySelector(decodeURIComponent(location.hash)) !== null)).toBe(true);
      expect(await page.locator('.incident-body a:has-text("the brief")').getAttribute("href")).toBe("../../../incidents/brief.txt");
      expect(await page.locator("dl.meta").first().textContent()).toContain("2026-04-03-broken");
      expect(await page.locator('dl.meta a:has-text("2026-04-03-broken")').count()).toBe(0);
      const index = await open(browser, path.join(site, "index.html"), errors);
      expect(await index.locator("main").textContent()).toContain("incidents/2026-04-03-broken.md:5:11");
      await page.close();
      await index.close();
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "runs nothing from an incident that carries <script>, onerror and javascript: links",
    async () => {
      const index = await open(browser, path.join(site, "index.html"), errors);
      await index.fill("#search-input", "evil");
      await expect.poll(() => index.locator("#search-results a").count()).toBe(1);
      expect(await index.locator("#search-results a").textContent()).toBe("<img src=x onerror='window.__pwned=5'> Evil title");
      expect(await index.locator("main img").count()).toBe(0);
      expect(await index.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await index.close();
      const page = await open(browser, path.join(site, "incidents/2026-04-01-evil.html"), errors);
      for (const link of await page.locator(".incident-body a").all()) await link.click({ force: true }).catch(() => undefined);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator(".incident-body script, .incident-body img, [onerror]").count()).toBe(0);
      expect(
        await page.$$eval("a[href]", (as) =>
          as.map((a) => a.getAttribute("href")).filter((h) => /^\s*(javascript|vbscript|data):/i.test(h ?? "")),
        ),
      ).toEqual([]);
      expect(await page.locator("h1").textContent()).toBe("<img src=x onerror='window.__pwned=5'> Evil title");
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "marks open actions overdue from the reader's own date, with a fixed browser clock, and reads fine without the script",
    async () => {
      const due = '[data-due="2026-03-31"]';
      const at = (iso: string) => async (page: Page) => page.clock.setFixedTime(new Date(iso));
      for (const file of ["actions.html", "incidents/2026-03-02-due-at-quarter-end.html"]) {
        const before = await open(browser, path.join(site, file), errors, { before: at("2026-03-31T12:00:00") });
        expect(await before.locator(due).first().getAttribute("class"), `${file} on the due day`).not.toContain("overdue");
        const after = await open(browser, path.join(site, file), errors, { before: at("2026-04-01T08:00:00") });
        expect(await after.locator(due).first().getAttribute("class"), `${file} the day after`).toContain("overdue");
        expect(await after.locator(due).first().textContent()).toBe("Mar 31, 2026 (overdue)");
        // A done action is never marked, however late the reader is.
        expect(await after.locator(".overdue:not([data-due])").count()).toBe(0);
        const plain = await open(browser, path.join(site, file), errors, { javaScript: false });
        expect(await plain.locator(due).first().textContent()).toBe("Mar 31, 2026");
        for (const p of [before, after, plain]) await p.close();
      }
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  for (const [name, file] of [
    ["the review written with --site", () => path.join(cwd, "report.html")],
    ["the review inside the site", () => path.join(site, "report.html")],
    ["an incident page", () => path.join(site, "incidents/2026-03-31-easter-code-stacking-free-orders.html")],
    ["the action tracker", () => path.join(site, "actions.html")],
  ] as const) {
    it(
      `prints ${name} on A4 and Letter with no script needed`,
      async () => {
        const page = await open(browser, file(), errors, { width: 794, javaScript: false });
        await page.emulateMedia({ media: "print" });
        if (name.startsWith("the review written")) {
          await page.screenshot({ path: path.join(ARTIFACTS, "report-print.png"), fullPage: true });
          expect(await page.locator("svg.chart title").count()).toBeGreaterThanOrEqual(3);
          expect(await page.locator("h1").textContent()).toBe("Incident review: 2026-Q1");
          expect(await page.locator('a[href$="incidents/2026-03-02-due-at-quarter-end.html"]').count()).toBeGreaterThan(0);
        }
        // Printable widths in CSS pixels at 96 per inch, less the stylesheet's 14 mm margins on each side.
        for (const [format, width] of [
          ["A4", Math.floor(((210 - 28) / 25.4) * 96)],
          ["Letter", Math.floor((8.5 - 28 / 25.4) * 96)],
        ] as const) {
          await page.setViewportSize({ width, height: 1000 });
          expect(await overflow(page), `${format} at ${width}px`).toBe(0);
          const pdf = await page.pdf({ format, printBackground: true });
          expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        }
        await page.close();
      },
      BROWSER_TIMEOUT,
    );
  }
});

/**
 * Every page of the site and the review, at a phone's 390 px and a laptop's 1280 px: no sideways scroll,
 * no console error, no broken link; the Spanish site with no English word for an enum value. The crawl
 * is split into slices of a fixed number of pages, so each test does a bounded amount of work.
 */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishOnlyWords } from "../../src/i18n/labels.js";
import { ARTIFACTS, available, BROWSER_TIMEOUT, htmlFiles, launch, open, overflow } from "./browser.js";
import { buildFixture } from "./fixture.js";

const SLICES = 6;
let cwd = "";
let pages: string[] = [];
let spanish: string[] = [];
let browser: Browser;

/** The format's own names, which a Spanish page must never show either (they live in URLs and classes only). */
const SLUGS = [
  "critical",
  "high",
  "medium",
  "low",
  "draft",
  "review",
  "open",
  "doing",
  "done",
  "targeting",
  "timing",
  "pricing",
  "concept",
];

describe.skipIf(!available)("every page, on a phone and on a laptop", () => {
  beforeAll(async () => {
    const fixture = await buildFixture();
    cwd = fixture.cwd;
    pages = [...htmlFiles(fixture.site).map((f) => path.join(fixture.site, f)), path.join(cwd, "report.html")];
    spanish = htmlFiles(fixture.siteEs).map((f) => path.join(fixture.siteEs, f));
    browser = await launch();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it("covers the whole site", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(spanish.length).toBeGreaterThan(20);
  });

  for (let slice = 0; slice < SLICES; slice++) {
    it(
      `slice ${slice + 1} of ${SLICES}: fits 390 px and 1280 px, with no console error and no broken link`,
      async () => {
        const errors: string[] = [];
        const mine = pages.filter((_, i) => i % SLICES === slice);
        let links = 0;
        for (const file of mine) {
          for (const width of [390, 1280]) {
            const page = await open(browser, file, errors, { width });
            expect(await overflow(page), `${path.relative(cwd, file)} at ${width}px`).toBe(0);
            if (width === 390 && file.endsWith("2026-02-10-long-word.html")) {
              await page.screenshot({ path: path.join(ARTIFACTS, "incident-long-word-390.png") });
            }
            if (width === 1280) {
              for (const target of await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
                const url = new URL(target);
                if (url.protocol !== "file:") continue;
                links++;
                expect(existsSync(fileURLToPath(url)), `${path.relative(cwd, file)} → ${target}`).toBe(true);
              }
            }
            await page.close();
          }
        }
        expect(links).toBeGreaterThan(mine.length * 4);
        expect(errors).toEqual([]);
      },
      BROWSER_TIMEOUT,
    );
  }

  for (let slice = 0; slice < 2; slice++) {
    it(
      `Spanish slice ${slice + 1} of 2: no English label, enum value or slug in the visible text, and fits 390 px`,
      async () => {
        const errors: string[] = [];
        const words = [...englishOnlyWords(), ...SLUGS];
        for (const file of spanish.filter((_, i) => i % 2 === slice)) {
          const page = await open(browser, file, errors, { width: 390 });
          const text = await page.locator("body").innerText();
          for (const word of words) {
            expect(text, `${path.basename(file)}: "${word}"`).not.toMatch(new RegExp(`(^|[^\\p{L}-])${word}($|[^\\p{L}-])`, "u"));
          }
          expect(await overflow(page), file).toBe(0);
          if (file.endsWith("index.html")) await page.screenshot({ path: path.join(ARTIFACTS, "site-index-es-390.png") });
          await page.close();
        }
        expect(errors).toEqual([]);
      },
      BROWSER_TIMEOUT,
    );
  }
});

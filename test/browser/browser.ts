/** Debian's chromium through playwright-core, with what every browser test shares. */
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { ROOT } from "../cli/run.js";

export const CHROMIUM = "/usr/bin/chromium";
/** Screenshots are kept here as test artifacts. */
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
// On CI the browser must be there (.ci/run installs it); elsewhere the suite says it skipped.
export const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

/**
 * Starting a browser on a busy two-core machine can take a long while; nothing here measures speed,
 * so the hooks and tests that start or drive one get a generous allowance.
 */
export const BROWSER_TIMEOUT = 180_000;

export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: BROWSER_TIMEOUT,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/** A page of a file on disk, collecting console errors and uncaught exceptions into `errors`. */
export async function open(
  browser: Browser,
  file: string,
  errors: string[],
  options: { width?: number; javaScript?: boolean; before?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  page.setDefaultTimeout(BROWSER_TIMEOUT);
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${file}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${file}: ${e.message}`));
  await options.before?.(page);
  await page.goto(pathToFileURL(file).href);
  return page;
}

/** Every HTML file under `dir`, relative to it, in a stable order. */
export function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? htmlFiles(full, base) : name.endsWith(".html") ? [path.relative(base, full)] : [];
    });
}

/** How far the page is wider than the window: 0 when nothing scrolls sideways. */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// Regenerates the README's pictures from this repository's own kb/site and 2026-Q1 review (run
// `npm run build` and `node bin/lessonbook.js build` first). Uses Debian's chromium through
// playwright-core; downloads nothing. The browser's clock is fixed so that overdue marks are the same
// on every run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "lessonbook-images-"));
const bin = path.join(root, "bin/lessonbook.js");
const env = { ...process.env, LESSONBOOK_TODAY: "2026-11-23" };
const site = path.join(root, "kb/site");
// Written from standard output: --out refuses, rightly, a file outside the working directory. --site
// makes its links point at this repository's site.
const review = (lang) =>
  execFileSync(process.execPath, [bin, "report", "--quarter", "2026-Q1", "--format", "html", "--lang", lang, "--site", "kb/site"], {
    cwd: root,
    env,
  });
const reportEn = path.join(work, "report.html");
const reportEs = path.join(work, "report-es.html");
writeFileSync(reportEn, review("en"));
writeFileSync(reportEs, review("es"));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
  ],
});
async function shot(file, name, { width, height, print = false, fullPage = false, search } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: width < 500 ? 2 : 1 });
  await page.clock.setFixedTime(new Date("2026-11-23T10:00:00"));
  await page.goto(pathToFileURL(file).href);
  if (search) await page.fill("#search-input", search);
  if (print) await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: path.join(root, "docs/images", name), fullPage });
  await page.close();
  console.log(`docs/images/${name}`);
}
await shot(path.join(site, "index.html"), "site-index.png", { width: 1200, height: 900, search: "programada" });
await shot(reportEn, "report-print.png", { width: 794, height: 1123, print: true, fullPage: true });
await shot(path.join(site, "incidents/2026-03-31-easter-code-stacking-free-orders.html"), "incident-phone.png", {
  width: 390,
  height: 844,
});
await shot(reportEs, "report-phone-es.png", { width: 390, height: 844 });
await shot(path.join(site, "actions.html"), "actions-phone.png", { width: 390, height: 844 });
await browser.close();
rmSync(work, { recursive: true, force: true });

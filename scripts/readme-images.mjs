// Regenerates the README's pictures from this repository's own kb/site and 2026-Q1 report
// (run `npm run build` first). Uses Debian's chromium through playwright-core; downloads nothing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "lessonbook-images-"));
const report = path.join(work, "report.html");
// Written from standard output: --out refuses, rightly, a file outside the working directory.
const html = execFileSync(process.execPath, [path.join(root, "bin/lessonbook.js"), "report", "--quarter", "2026-Q1", "--format", "html"], {
  cwd: root,
  env: { ...process.env, LESSONBOOK_TODAY: "2026-11-23" },
});
writeFileSync(report, html);
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
const site = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await site.goto(pathToFileURL(path.join(root, "kb/site/index.html")).href);
await site.fill("#search-input", "programada");
await site.screenshot({ path: path.join(root, "docs/images/site-index.png") });
const printed = await browser.newPage({ viewport: { width: 794, height: 1123 } });
await printed.goto(pathToFileURL(report).href);
await printed.emulateMedia({ media: "print" });
await printed.screenshot({ path: path.join(root, "docs/images/report-print.png"), fullPage: true });
await browser.close();
rmSync(work, { recursive: true, force: true });
console.log("docs/images/site-index.png\ndocs/images/report-print.png");

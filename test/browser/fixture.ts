/** The corpora the browser tests read: the shipped examples plus hostile and awkward incidents. */
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { validIncident } from "../support/valid.js";
import { baseEnv, ROOT, runInProcess } from "../cli/run.js";

const SECTIONS = (summary: string) => `
## Summary

${summary}

## What happened

Text.

## Root cause

Text.

## Lessons learned

Text.
`;

export const EVIL = validIncident(
  "2026-04-01-evil",
  "",
  SECTIONS(`<script>window.__pwned = 1</script>
<img src="x" onerror="window.__pwned = 2">

A [harmless-looking link](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">another</a>.`),
).replace('title: "Promo code published at 90% instead of 9%"', "title: \"<img src=x onerror='window.__pwned=5'> Evil title\"");

/** A body with a table, a footnote and a link to a file beside the incident; it refers to an invalid incident. */
export const RICH = validIncident(
  "2026-04-02-rich",
  "related: [2026-04-03-broken]\n",
  SECTIONS(`| Channel | Reach |
| --- | --- |
| email | 12000 |

A note[^1] and [the brief](brief.txt).

[^1]: Written after the retro.`),
);

/** One word of 100,000 characters, in the title, the cause, a lesson, a task and the body: no page may widen. */
const WORD = "a".repeat(100_000);
export const LONG = validIncident("2026-02-10-long-word", "", SECTIONS(`${WORD}\n\n| ${WORD} | b |\n| --- | --- |\n| ${WORD} | 2 |`))
  .replace('title: "Promo code published at 90% instead of 9%"', `title: "Long ${WORD}"`)
  .replace("started: 2026-03-14T09:30:00-05:00", "started: 2026-02-10T09:30:00-05:00")
  .replace("summary: The discount field", `summary: ${WORD} The discount field`)
  .replace("lesson: Every promo code", `lesson: ${WORD} Every promo code`)
  .replace("task: Add a four-eyes step", `task: ${WORD} Add a four-eyes step`)
  .replace("status: done\n        done: 2026-04-20\n", "status: open\n");

/** An open action due on 2026-03-31, for the overdue marking. */
export const DUE = validIncident("2026-03-02-due-at-quarter-end")
  .replace("started: 2026-03-14T09:30:00-05:00", "started: 2026-03-02T09:30:00-05:00")
  .replace("due: 2026-04-30\n        status: done\n        done: 2026-04-20\n", "due: 2026-03-31\n        status: open\n");

/**
 * A working folder with the examples and the incidents above, built with `build --html` (English) and,
 * in `kb-es`, in Spanish from the Spanish examples only, so that no English incident text can hide an
 * English label; with the 2026-Q1 review beside the site.
 */
export async function buildFixture(): Promise<{ cwd: string; site: string; siteEs: string }> {
  const cwd = mkdtempSync(path.join(tmpdir(), "lessonbook-site-"));
  cpSync(path.join(ROOT, "incidents"), path.join(cwd, "incidents"), { recursive: true });
  writeFileSync(path.join(cwd, "incidents/2026-04-01-evil.md"), EVIL);
  writeFileSync(path.join(cwd, "incidents/2026-04-02-rich.md"), RICH);
  writeFileSync(path.join(cwd, "incidents/2026-02-10-long-word.md"), LONG);
  writeFileSync(path.join(cwd, "incidents/2026-03-02-due-at-quarter-end.md"), DUE);
  writeFileSync(path.join(cwd, "incidents/brief.txt"), "the brief");
  writeFileSync(
    path.join(cwd, "incidents/2026-04-03-broken.md"),
    validIncident("2026-04-03-broken").replace("severity: high", "severity: hihg"),
  );
  expect((await runInProcess(["build", "--html"], cwd, baseEnv())).code).toBe(0);
  const report = await runInProcess(
    ["report", "--quarter", "2026-Q1", "--format", "html", "--out", "report.html", "--site", "kb/site"],
    cwd,
    baseEnv(),
  );
  expect(report.code).toBe(0);
  // The Spanish examples are the files with Spanish names; the English ones are moved aside.
  const spanish = ["programado", "sarcastica", "asunto-email", "publicaciones", "notificacion", "ataque"];
  const es = path.join(cwd, "es");
  for (const year of ["2025", "2026"]) {
    for (const name of readdirSync(path.join(ROOT, "incidents", year))) {
      if (spanish.some((word) => name.includes(word)))
        cpSync(path.join(ROOT, "incidents", year, name), path.join(es, "incidents", year, name));
    }
  }
  const built = await runInProcess(["build", "--html", "--lang", "es", "--out", "kb-es"], es, baseEnv());
  expect(built.code).toBe(0);
  return { cwd, site: path.join(cwd, "kb/site"), siteEs: path.join(es, "kb-es/site") };
}

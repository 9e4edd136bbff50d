import path from "node:path";
import { parseArgs } from "node:util";
import { buildReport, defaultPeriod, quarterPeriod, rangePeriod, toDate } from "../aggregate/index.js";
import { type CalendarDay, compareDays, formatDay, parseDate, parseTemporal } from "../dates/index.js";
import { loadConfig } from "../io/config.js";
import { today as todayFrom } from "../io/env.js";
import { collectLargeHeap, keepHeapClose } from "../io/heap.js";
import { checkOutputFile } from "../io/paths.js";
import { readTextIfExists, replaceOwnedFile } from "../io/write.js";
import type { Period } from "../model/index.js";
import { renderReportHtml } from "../render/html/report-html.js";
import { renderReportJson } from "../render/report-json.js";
import { renderReportMarkdown } from "../render/report-markdown.js";
import { RULE_IDS } from "../rules/index.js";
import { readCorpus, skippedLines } from "./corpus.js";
import { UsageError } from "../model/errors.js";
import { type Context, EXIT, inParts, writePieces } from "./io.js";

import { hasMark, markLine } from "../model/marks.js";

function day(value: string, option: string): string {
  if (!parseDate(value)) throw new UsageError("report.bad-day", { option, value });
  return value;
}

function choosePeriod(
  values: { quarter?: string; since?: string; until?: string },
  days: readonly CalendarDay[],
  today: string,
): Period | null {
  if (values.quarter !== undefined) {
    if (values.since !== undefined || values.until !== undefined) throw new UsageError("report.quarter-and-range");
    const period = quarterPeriod(values.quarter);
    if (!period) throw new UsageError("report.bad-quarter", { value: values.quarter });
    return period;
  }
  if (values.since !== undefined || values.until !== undefined) {
    const known = [...days].sort(compareDays);
    const since = values.since !== undefined ? day(values.since, "since") : known[0] ? formatDay(known[0]) : today;
    const until = values.until !== undefined ? day(values.until, "until") : today;
    if (since > until) throw new UsageError("report.since-after-until", { since, until });
    return rangePeriod(since, until);
  }
  return null;
}

/**
 * The site folder an HTML report links its incidents to: `--site`, else the folder the report is
 * written into when a build wrote a site there (`--out kb/site/report.html`). Relative to `cwd`.
 */
function siteFolder(site: string | undefined, target: string | null, cwd: string): string | undefined {
  const rel = (p: string) => path.relative(cwd, p).split(path.sep).join("/") || ".";
  if (site !== undefined) return rel(path.resolve(cwd, site));
  if (!target) return undefined;
  const dir = path.dirname(target);
  const index = readTextIfExists(path.join(dir, "index.html"));
  return index !== null && hasMark("lessonbook build", "index.html", index) ? rel(dir) : undefined;
}

function siteOption(site: string | undefined, target: string | null, cwd: string): { site?: string } {
  const folder = siteFolder(site, target, cwd);
  return folder === undefined ? {} : { site: folder };
}

export async function reportCommand(args: readonly string[], io: Context): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      quarter: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      site: { type: "string" },
      lang: { type: "string" },
      strict: { type: "boolean" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(io.t("report.help"));
    return EXIT.ok;
  }
  const format = values.format ?? "md";
  if (format !== "md" && format !== "json" && format !== "html") throw new UsageError("report.bad-format", { format });
  const config = loadConfig(io.cwd, RULE_IDS, values.config, io.lang);
  const lang = io.lang;
  const today = todayFrom(io.env);
  const todayText = formatDay(today);
  const corpus = await readCorpus({ args: positionals, cwd: io.cwd, run: { config, today, lang: io.lang } });
  keepHeapClose();
  if (corpus.records.length === 0 && corpus.skipped.length === 0) {
    // A team that has not written its first incident yet: nothing is wrong.
    io.stdout.write(`${io.t("files.none-yet", { paths: config.paths.join(", ") })}\n`);
    return EXIT.ok;
  }
  const days: CalendarDay[] = corpus.records.map((r) => parseTemporal(r.incident.started)!);
  const chosen = choosePeriod(values, days, todayText) ?? defaultPeriod(days, today);
  // A quarter still running ends today and is compared with the same days of the quarter before.
  const period = chosen && toDate(chosen, today);
  if (!period) {
    io.stderr.write(skippedLines(corpus.skipped, io.t));
    throw new UsageError("report.nothing");
  }
  const model = buildReport(corpus.records, {
    period,
    today,
    skipped: corpus.skipped,
    targets: config.targets,
    recurrenceBy: config.recurrenceBy,
  });
  // The review needs only its model from here: the records, and what reading them left, are let go
  // before the text is made (as `build` does; see `collectLargeHeap`).
  corpus.records.length = 0;
  collectLargeHeap();
  const out = values.out;
  const target = out ? checkOutputFile(out, io.cwd) : null;
  const location = target ? path.relative(io.cwd, target).split(path.sep).join("/") : "report.md";
  const markdown = () => renderReportMarkdown(model, { lang, location });
  // The mark is what lets a later run replace the file; on standard output it would only be noise.
  const text =
    format === "json"
      ? renderReportJson(model)
      : format === "html"
        ? renderReportHtml(model, { lang, location, ...siteOption(values.site, target, io.cwd) })
        : target
          ? `${markLine("lessonbook report", "markdown")}\n\n${markdown()}`
          : markdown();
  if (target) {
    // Only a file whose own content carries the report's mark (in any of its formats) is replaced, in one step.
    replaceOwnedFile(target, text, "lessonbook report", location);
    io.stdout.write(`${location}\n`);
  } else {
    // In parts, waiting for a pipe's reader: a review of 450,000 actions is 30 MB of text.
    await writePieces(io.stdout, inParts(text));
  }
  io.stderr.write(skippedLines(corpus.skipped, io.t));
  return values.strict && corpus.skipped.length ? EXIT.problems : EXIT.ok;
}

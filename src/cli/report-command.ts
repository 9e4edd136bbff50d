import path from "node:path";
import { parseArgs } from "node:util";
import { buildReport, defaultPeriod, quarterPeriod, rangePeriod } from "../aggregate/index.js";
import { type CalendarDay, compareDays, formatDay, parseDate, parseTemporal } from "../dates/index.js";
import { loadConfig } from "../io/config.js";
import { today as todayFrom } from "../io/env.js";
import { checkOutputFile } from "../io/paths.js";
import { readTextIfExists, replaceFileAtomic } from "../io/write.js";
import type { Period } from "../model/index.js";
import { renderReportHtml } from "../render/html/report-html.js";
import { renderReportJson } from "../render/report-json.js";
import { renderReportMarkdown } from "../render/report-markdown.js";
import { RULE_IDS } from "../rules/index.js";
import { readCorpus, skippedLines } from "./corpus.js";
import { UsageError } from "../model/errors.js";
import { type Context, EXIT } from "./io.js";

/** Marks the files `report` writes, so that --out never replaces a file a person wrote. */
export const REPORT_MARK = "<!-- written by lessonbook report; edits are lost when it runs again -->";

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

const HTML_MARK = '<meta name="generator" content="lessonbook report">';

function writtenByReport(text: string): boolean {
  try {
    return (JSON.parse(text) as { generator?: unknown }).generator === "lessonbook report";
  } catch {
    return false;
  }
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
  const corpus = await readCorpus({ args: positionals, cwd: io.cwd, run: { config, today, lang: io.lang }, keepBodies: false });
  const days: CalendarDay[] = corpus.records.map((r) => parseTemporal(r.incident.started)!);
  const period = choosePeriod(values, days, todayText) ?? defaultPeriod(days, today);
  if (!period) {
    io.stderr.write(skippedLines(corpus.skipped, io.t));
    throw new UsageError("report.nothing");
  }
  const model = buildReport(corpus.records, { period, today, skipped: corpus.skipped });
  const out = values.out;
  const target = out ? checkOutputFile(out, io.cwd) : null;
  const location = target ? path.relative(io.cwd, target).split(path.sep).join("/") : "report.md";
  const markdown = () => renderReportMarkdown(model, { lang, location });
  // The mark is what lets a later run replace the file; on standard output it would only be noise.
  const text =
    format === "json"
      ? renderReportJson(model)
      : format === "html"
        ? renderReportHtml(model, { lang, location })
        : target
          ? `${REPORT_MARK}\n\n${markdown()}`
          : markdown();
  if (target) {
    const existing = readTextIfExists(target);
    if (existing !== null && !existing.startsWith(REPORT_MARK) && !writtenByReport(existing) && !existing.includes(HTML_MARK)) {
      throw new UsageError("report.not-ours", { out: location });
    }
    replaceFileAtomic(target, text);
    io.stdout.write(`${location}\n`);
  } else {
    io.stdout.write(text);
  }
  io.stderr.write(skippedLines(corpus.skipped, io.t));
  return values.strict && corpus.skipped.length ? EXIT.problems : EXIT.ok;
}

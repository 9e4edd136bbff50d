import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  buildKnowledgeBase,
  buildReport,
  incidentMeasures,
  latestRecordedDay,
  quarterOf,
  quarterPeriod,
  toDate,
} from "../aggregate/index.js";
import type { CalendarDay } from "../dates/index.js";
import type { Incident, IncidentRecord, PageContent, PagePieces, SkippedFile } from "../model/index.js";
import type { Language, ResolvedConfig } from "../schema/index.js";
import { writeReportHtml } from "../render/html/report-html.js";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { collectLargeHeap, keepHeapClose } from "../io/heap.js";
import { openOutput, type StagedOutput } from "../io/output-folder.js";
import { checkOutputFolder } from "../io/paths.js";
import type { PageRenderer } from "../render/html/page-renderer.js";
import { IncidentPages } from "../render/html/incident-pages.js";
import { siteFiles, sitePages } from "../render/html/site.js";
import { renderKnowledgeBase } from "../render/kb.js";
import { RULE_IDS } from "../rules/index.js";
import { type Corpus, incidentReread, readCorpus, skippedLines } from "./corpus.js";
import { IncidentPagesEnd } from "./incident-pages-end.js";
import { type Context, EXIT } from "./io.js";

export async function buildCommand(args: readonly string[], io: Context): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      check: { type: "boolean" },
      html: { type: "boolean" },
      lang: { type: "string" },
      strict: { type: "boolean" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(io.t("build.help"));
    return EXIT.ok;
  }
  const config = loadConfig(io.cwd, RULE_IDS, values.config, io.lang);
  const lang = io.lang;
  const outDir = checkOutputFolder(values.out ?? "kb", io.cwd, positionals.length ? positionals : config.paths);
  const out = path.relative(io.cwd, outDir).split(path.sep).join("/");
  const html = Boolean(values.html || config.html);
  const site = `${out}/site`;
  const measures = (incident: Incident) => incidentMeasures(incident, config.targets);
  let output: StagedOutput | undefined;
  let renderer: PageRenderer | undefined;
  try {
    // Opened first: with --html, incident pages are written while the files are still read.
    const opened = openOutput(outDir, "lessonbook build", { check: values.check === true, shown: out, thread: availableParallelism() > 1 });
    output = opened;
    const names = new Set<string>();
    const put = (name: string, text: PageContent) => {
      names.add(name);
      opened.put(name, text);
    };
    // During the read, the pages one look at the renderer hands back are put together afterwards: put in
    // turn between the files' checks, they push the checks' code out of the processor's caches.
    const unput: [name: string, page: PagePieces][] = [];
    let reading = true;
    const putUnput = () => {
      for (const [name, page] of unput) put(`site/${name}`, page);
      unput.length = 0;
    };
    // Incident pages are made on a second thread as their files are read, and written as they come back.
    const pageRenderer = html ? (await import("../render/html/page-renderer.js")).openPageRenderer({ lang, out: site }) : undefined;
    renderer = pageRenderer;
    const pages =
      pageRenderer &&
      new IncidentPages({
        lang,
        out: site,
        measures,
        put: (name, page) => (reading ? unput.push([name, page]) : put(`site/${name}`, page)),
      });
    const run = { config, today: today(io.env), lang: io.lang };
    const corpus: Corpus = await readCorpus({
      args: positionals,
      cwd: io.cwd,
      run,
      ...(pageRenderer &&
        pages && {
          onFiles: (files: readonly string[]) => pages.willRead(files),
          onBody: (record: IncidentRecord, body: string, incident: Incident) => {
            const job = pages.read(record, body, incident);
            if (job) pageRenderer.add(record.file, job);
            pageRenderer.poll(pages.made);
            putUnput();
          },
        }),
    });
    reading = false;
    putUnput();
    keepHeapClose();
    const done = { skipped: corpus.skipped, incidents: corpus.records.length };
    // The newest day the files record: the site's review covers its quarter (see `siteReport`).
    const day = renderer ? latestRecordedDay(corpus.records) : null;
    const end =
      pageRenderer &&
      pages &&
      new IncidentPagesEnd(pageRenderer, pages, {
        reread: incidentReread(run, io.cwd),
        withdraw: (name) => {
          names.delete(`site/${name}`);
          opened.withdraw(`site/${name}`);
        },
      });
    // With the page thread far behind, this thread makes the pages that need only the records
    // meanwhile, and takes the incident pages as they come (see `IncidentPagesEnd`).
    const behind = end?.behind() ?? false;
    if (end && !behind) await end.settle(corpus.records);
    const between = end && (() => end.between());
    if (renderer) putAll(put, "site/", siteFiles(corpus.records, lang), between);
    // The review first: what it makes along the way is let go before the knowledge base's model is held.
    // Through `putAll` too, so that this frame does not hold the review's text (megabytes) to the end.
    if (renderer && day !== null) putAll(put, "site/", [["report.html", siteReport(corpus.records, day, config, lang, out)]], between);
    // What the review made is garbage by now: collected before the knowledge base's items are, so that
    // the two do not pile up (with 240,000 actions, that was the build's peak).
    collectLargeHeap();
    const model = buildKnowledgeBase(corpus.records, corpus.skipped, { recurrenceBy: config.recurrenceBy });
    const modelPages = (): void => {
      if (renderer) putAll(put, "site/", sitePages(model, { lang, out: site, withReport: day !== null }), between);
      putAll(put, "", renderKnowledgeBase(model, { lang, out }), between);
    };
    // With the page thread still behind, the pages that need only the model are made while it catches
    // up, rather than after this thread has waited for it (rich post-mortems: a quarter of a second).
    if (end && behind) {
      modelPages();
      await end.settle(corpus.records);
    }
    // The pages left need only the model: the records (about half the memory in use) are let go. Emptied
    // rather than dropped: this frame's interpreter registers keep the array passed to the calls above
    // (measured: 10,000 records, 43 MB, still reachable until the build's end with `corpus = undefined`).
    corpus.records.length = 0;
    collectLargeHeap();
    if (!(end && behind)) modelPages();
    await end?.finish();
    return finishBuild(io, opened, names, done, { out, check: values.check === true, strict: values.strict === true });
  } finally {
    renderer?.close();
    // A build that stopped midway lets go of its staging folder and of the output folder's lock.
    output?.abandon();
  }
}

/**
 * Puts each file `files` gives, its name after `prefix`. A call of its own, not a loop in the build's
 * frame: there, the last file given (the search index, 12 MB for 10,000 long post-mortems) stayed
 * reachable to the end of the build, held with what came after it at the build's peak.
 */
function putAll(
  put: (name: string, text: PageContent) => void,
  prefix: string,
  files: Iterable<readonly [string, PageContent]>,
  between?: () => void,
): void {
  for (const [name, text] of files) {
    put(`${prefix}${name}`, text);
    between?.();
  }
}

/** Files `build --check` names one by one before it counts the rest. */
const CHECK_LISTED = 20;

function finishBuild(
  io: Context,
  output: StagedOutput,
  names: ReadonlySet<string>,
  corpus: { skipped: readonly SkippedFile[]; incidents: number },
  options: { out: string; check: boolean; strict: boolean },
): number {
  const { out } = options;
  const plan = output.plan();
  io.stderr.write(skippedLines(corpus.skipped, io.t));
  if (plan.conflicts.length) {
    for (const name of plan.conflicts) io.stderr.write(`${io.t("build.conflict", { file: `${out}/${name}` })}\n`);
    io.stderr.write(`${io.t("build.nothing-written")}\n`);
    return EXIT.usage;
  }
  const changes = plan.write.length + plan.stale.length;
  if (options.check) {
    const lines = [
      ...plan.write.map((name) => io.t("build.out-of-date", { file: `${out}/${name}` })),
      ...plan.stale.map((name) => io.t("build.no-longer-produced", { file: `${out}/${name}` })),
    ];
    // A first build or a change to every page would list thousands: the first ones say enough.
    for (const line of lines.slice(0, CHECK_LISTED)) io.stdout.write(`${line}\n`);
    if (lines.length > CHECK_LISTED) io.stdout.write(`${io.t("build.and-more", { count: lines.length - CHECK_LISTED })}\n`);
    io.stdout.write(`${io.t(changes ? "build.not-up-to-date" : "build.up-to-date", { out })}\n`);
    return changes ? EXIT.problems : EXIT.ok;
  }
  output.commit();
  const written = plan.write.filter((n) => names.has(n)).length;
  io.stdout.write(`${io.t("build.done", { out, pages: names.size, written, removed: plan.stale.length, incidents: corpus.incidents })}\n`);
  return options.strict && corpus.skipped.length ? EXIT.problems : EXIT.ok;
}

/**
 * The review of the latest quarter, for the site. It reads no clock, so the site stays the same from
 * day to day: "today" is the newest day the files record, and a quarter still running then is shown
 * to date.
 */
function siteReport(
  records: readonly IncidentRecord[],
  day: CalendarDay,
  config: ResolvedConfig,
  lang: Language,
  out: string,
): PageContent {
  const period = toDate(quarterPeriod(quarterOf(day))!, day);
  const model = buildReport(records, { period, today: day, targets: config.targets, recurrenceBy: config.recurrenceBy });
  const options = { lang, location: `${out}/site/report.html`, site: `${out}/site`, generator: "lessonbook build" } as const;
  return (emit) => writeReportHtml(model, options, emit);
}

import { findFiles, readBatches } from "../io/files.js";
import type { Translate } from "../i18n/translate.js";
import { Linter } from "../lint/index.js";
import { UsageError } from "../model/errors.js";
import { ownStrings } from "../model/own-string.js";
import { parseTemporal } from "../dates/index.js";
import type { Incident, IncidentRecord, SkippedFile, TimelineEntry } from "../model/index.js";
import { RULES, type RunContext } from "../rules/index.js";
import { incidentFieldNames } from "../schema/index.js";

/**
 * The files named by `args`, or the configured paths. Named paths that hold no incident are a usage error;
 * configured folders that exist but are still empty are a team that has not written one yet: an empty list.
 */
export async function incidentFiles(args: readonly string[], paths: readonly string[], cwd: string): Promise<string[]> {
  const targets = args.length ? args : paths;
  const files = await findFiles(targets, cwd);
  if (files.length === 0 && args.length) throw new UsageError("files.none-found", { paths: targets.join(", ") });
  return files;
}

export interface Corpus {
  /**
   * The incidents kept, in the order read. A long timeline keeps only the entries the reports read
   * (`entriesReportsRead`); the whole incident is given to `onBody`, for its page.
   */
  records: IncidentRecord[];
  skipped: SkippedFile[];
}

/**
 * The incidents a report can trust, read a group of files at a time. Only the rules whose errors make
 * data wrong run (a file cannot be read, does not match the format, misspells a required field, shares
 * its id, or its times run backwards), even when the configuration turns them off; a file with such an
 * error is left out, with that error as the reason, rather than counted wrong. Bodies are not kept:
 * `onBody` sees each one once its group is checked, with the record as kept and the whole incident (a
 * file later left out for a shared id has had its body seen too).
 */
export async function readCorpus(options: {
  args: readonly string[];
  cwd: string;
  run: RunContext;
  /** Told the files once they are found, before the first is read. */
  onFiles?: (files: readonly string[]) => void;
  onBody?: (record: IncidentRecord, body: string, incident: Incident) => void;
}): Promise<Corpus> {
  const { args, cwd, run } = options;
  const files = await incidentFiles(args, run.config.paths, cwd);
  options.onFiles?.(files);
  const linter = dataLinter(run);
  const records = new Map<string, IncidentRecord>();
  const skipped: SkippedFile[] = [];
  const skip = (file: string, d: { line: number; column: number; rule: string; message: string }) =>
    skipped.push({ file, line: d.line, column: d.column, rule: d.rule, message: d.message });
  for (const batch of readBatches(files, cwd)) {
    for (const { result, doc } of linter.lintBatch(batch)) {
      const fatal = result.diagnostics.find((d) => d.fatal);
      if (fatal) skip(result.file, fatal);
      else {
        const incident = incidentOf(doc.data);
        const kept = entriesReportsRead(incident.timeline);
        const record: IncidentRecord = {
          file: result.file,
          incident: kept === incident.timeline ? incident : { ...incident, timeline: kept },
        };
        records.set(result.file, record);
        options.onBody?.(record, doc.body, incident);
      }
    }
  }
  // Corpus rules (a shared id) speak at the end.
  for (const file of linter.finish().files) {
    const fatal = records.has(file.file) ? file.diagnostics.find((d) => d.fatal) : undefined;
    if (!fatal) continue;
    records.delete(file.file);
    skip(file.file, fatal);
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { records: [...records.values()], skipped };
}

/** An incident as a report holds it, from the front-matter of a file that passed the checks. */
function incidentOf(data: Readonly<Record<string, unknown>> | undefined): Incident {
  // Records live until the report is written: they keep copies, not views into each file's text. The
  // front-matter's mapping, filled key by key, is past V8's limit for fast properties at about twenty
  // fields (a hash table, 800 bytes); spread into a new object, it is a plain one again.
  return compact({ ...ownStrings(data) } as unknown as Incident);
}

/**
 * The entries of a timeline that reports read once every file is read: the first whose time carries an
 * offset (the incident's, `incidentOffset`) and the first with the latest day (`latestRecordedDay`), in
 * their order; the whole timeline when it has two entries or fewer. The steps a team logs (hundreds, in
 * some post-mortems) are shown only on the incident's own page, made as its file is read: kept to the end,
 * 10,000 files of 200 steps held 438 MB in `report` (145 MB without them) and 542 MB in `build --html`.
 */
export function entriesReportsRead(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  if (timeline.length <= 2) return timeline as TimelineEntry[];
  let offset = -1;
  let latest = 0;
  timeline.forEach((entry, i) => {
    if (offset === -1 && parseTemporal(entry.at)?.kind === "datetime") offset = i;
    if (entry.at.slice(0, 10) > timeline[latest]!.at.slice(0, 10)) latest = i;
  });
  if (offset === -1 || offset === latest) return [timeline[latest]!];
  return offset < latest ? [timeline[offset]!, timeline[latest]!] : [timeline[latest]!, timeline[offset]!];
}

/**
 * The incident with its many small objects (timeline entries, lessons, actions) made anew, each at once
 * with the fields the format defines. An object a parser fills key by key gets four slots and a separate
 * store for more: an action of five fields took 96 bytes and takes 64, a timeline entry 56 and 40 (a
 * quarter of a million of each in 10,000 post-mortems of the benchmark's actions shape). A field the
 * format does not define (`unknown-key` reports it) is not kept: no report reads one, and a test holds
 * these fields to the schema's (`test/cli/corpus.test.ts`). Copied through JSON instead, every object
 * is as small, but at about a microsecond each (`report` of the benchmark's plain shape 1.15 → 1.26 s,
 * of its long shape 2.35 → 2.66 s).
 */
function compact(incident: Incident): Incident {
  incident.timeline = incident.timeline.map((e) => ({ at: e.at, event: e.event }));
  incident.lessons = incident.lessons.map((l) => ({
    lesson: l.lesson,
    actions: l.actions?.map((a) => ({ task: a.task, owner: a.owner, due: a.due, status: a.status, done: a.done })),
  }));
  return incident;
}

/** Runs the rules whose errors make data wrong, even when the configuration turns them off. */
function dataLinter(run: RunContext): Linter {
  return new Linter(run, {
    parse: { fields: incidentFieldNames() },
    rules: RULES.filter((r) => r.affectsData),
    alwaysCheckData: true,
  });
}

/** What a page made at the end is made from: the whole incident and the body, read again. */
export type IncidentReread = (records: readonly IncidentRecord[]) => Map<string, { incident: Incident; body: string }>;

/**
 * Reads again the files of `records` and checks them as `readCorpus` did, for the rare page made at the
 * end (its first making was left for then, or the end of the read changed it): neither the body nor the
 * whole timeline was kept. A file that no longer passes, or that holds another incident, changed while
 * the site was being built: the build stops and says so rather than make a page of it.
 */
export function incidentReread(run: RunContext, cwd: string): IncidentReread {
  const linter = dataLinter(run);
  return (records) => {
    const ids = new Map(records.map((r) => [r.file, r.incident.id]));
    const read = new Map<string, { incident: Incident; body: string }>();
    for (const batch of readBatches(ids.keys(), cwd)) {
      for (const { result, doc } of linter.lintBatch(batch)) {
        if (result.diagnostics.some((d) => d.fatal) || doc.data?.["id"] !== ids.get(result.file))
          throw new UsageError("files.changed-meanwhile", { file: result.file });
        read.set(result.file, { incident: incidentOf(doc.data), body: doc.body });
      }
    }
    return read;
  };
}

/** One line per skipped file on standard error: nothing is dropped silently. */
export function skippedLines(skipped: readonly SkippedFile[], t: Translate): string {
  return skipped
    .map((s) => `${t("corpus.skipped", { place: `${s.file}:${s.line}:${s.column}`, message: s.message, rule: s.rule })}\n`)
    .join("");
}

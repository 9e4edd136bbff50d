import { findFiles, readBatches, readSources } from "../io/files.js";
import type { Translate } from "../i18n/translate.js";
import { Linter } from "../lint/index.js";
import { UsageError } from "../model/errors.js";
import { ownStrings } from "../model/own-string.js";
import { parseIncidentBytes } from "../parse/index.js";
import type { Incident, IncidentRecord, SkippedFile } from "../model/index.js";
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
  records: IncidentRecord[];
  skipped: SkippedFile[];
}

/**
 * The incidents a report can trust, read a group of files at a time. Only the rules whose errors make
 * data wrong run (a file cannot be read, does not match the format, misspells a required field, shares
 * its id, or its times run backwards), even when the configuration turns them off; a file with such an
 * error is left out, with that error as the reason, rather than counted wrong. Bodies are not kept:
 * `onBody` sees each one once its group is checked (a file later left out for a shared id has had its
 * body seen too).
 */
export async function readCorpus(options: {
  args: readonly string[];
  cwd: string;
  run: RunContext;
  /** Told the files once they are found, before the first is read. */
  onFiles?: (files: readonly string[]) => void;
  onBody?: (record: IncidentRecord, body: string) => void;
}): Promise<Corpus> {
  const { args, cwd, run } = options;
  const files = await incidentFiles(args, run.config.paths, cwd);
  options.onFiles?.(files);
  const linter = new Linter(run, {
    parse: { fields: incidentFieldNames() },
    rules: RULES.filter((r) => r.affectsData),
    alwaysCheckData: true,
  });
  const records = new Map<string, IncidentRecord>();
  const skipped: SkippedFile[] = [];
  const skip = (file: string, d: { line: number; column: number; rule: string; message: string }) =>
    skipped.push({ file, line: d.line, column: d.column, rule: d.rule, message: d.message });
  for (const batch of readBatches(files, cwd)) {
    for (const { result, doc } of linter.lintBatch(batch)) {
      const fatal = result.diagnostics.find((d) => d.fatal);
      if (fatal) skip(result.file, fatal);
      else {
        // Records live until the report is written: they keep copies, not views into each file's text.
        // The front-matter's mapping, filled key by key, is past V8's limit for fast properties at about
        // twenty fields (a hash table, 800 bytes); spread into a new object, it is a plain one again.
        const incident = compact({ ...ownStrings(doc.data) } as unknown as Incident);
        const record: IncidentRecord = { file: result.file, incident };
        records.set(result.file, record);
        options.onBody?.(record, doc.body);
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

/**
 * The Markdown bodies of `files`, read again: for the rare page made before the end of the read changed
 * it (a later file shares its id, or it expected wrong which related incidents have a page), whose body
 * was let go. A file that can no longer be read has none.
 */
export function readBodies(files: readonly string[], cwd: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const source of readSources(files, cwd)) {
    if ("bytes" in source) bodies.set(source.file, parseIncidentBytes(source.file, source.bytes, { fields: incidentFieldNames() }).body);
  }
  return bodies;
}

/** One line per skipped file on standard error: nothing is dropped silently. */
export function skippedLines(skipped: readonly SkippedFile[], t: Translate): string {
  return skipped
    .map((s) => `${t("corpus.skipped", { place: `${s.file}:${s.line}:${s.column}`, message: s.message, rule: s.rule })}\n`)
    .join("");
}

import { findFiles, readSources } from "../io/files.js";
import type { Translate } from "../i18n/translate.js";
import { Linter } from "../lint/index.js";
import { UsageError } from "../model/errors.js";
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
 * The incidents a report can trust, read file by file. Only the rules whose errors make data wrong run
 * (a file cannot be read, does not match the format, shares its id, or its times run backwards), even
 * when the configuration turns them off; a file with such an error is left out, with that error as the
 * reason, rather than counted wrong. Bodies are not kept: `onBody` sees each one as its file is read (a
 * file later left out for a shared id has had its body seen too).
 */
export async function readCorpus(options: {
  args: readonly string[];
  cwd: string;
  run: RunContext;
  onBody?: (record: IncidentRecord, body: string) => void;
}): Promise<Corpus> {
  const { args, cwd, run } = options;
  const files = await incidentFiles(args, run.config.paths, cwd);
  const linter = new Linter(run, {
    parse: { fields: incidentFieldNames() },
    rules: RULES.filter((r) => r.affectsData),
    alwaysCheckData: true,
  });
  const records = new Map<string, IncidentRecord>();
  const skipped: SkippedFile[] = [];
  const skip = (file: string, d: { line: number; column: number; rule: string; message: string }) =>
    skipped.push({ file, line: d.line, column: d.column, rule: d.rule, message: d.message });
  for (const source of readSources(files, cwd)) {
    const { result, doc } = linter.lint(source);
    const fatal = result.diagnostics.find((d) => d.fatal);
    if (fatal) skip(result.file, fatal);
    else {
      const record: IncidentRecord = { file: result.file, incident: ownStrings(doc.data) as unknown as Incident };
      records.set(result.file, record);
      options.onBody?.(record, doc.body);
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
 * V8 keeps a string cut from a longer one as a view of it: every title or date read from a file would keep
 * the whole file's text alive for as long as the record lives, about twice the incident itself. Records
 * keep copies instead. V8 stores a property name as a string of its own, once for equal names (owners,
 * channels, tags and dates repeat across a corpus), and frees it when nothing uses it any more: the name
 * of a throwaway property is such a copy. (A map from text to copy would be faster, but it is alive while
 * the files are read, and V8 then lets the heap grow to several times that size later on.)
 */
function ownString(text: string): string {
  // V8 copies strings shorter than 13 characters instead of making views of them.
  if (text.length < 13) return text;
  for (const key in { [text]: 0 }) return key;
  return text;
}

/** Replaces, in place, every string of a parsed front-matter with its own copy (see `ownString`). */
function ownStrings(value: unknown): unknown {
  if (typeof value === "string") return ownString(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = ownStrings(value[i]);
  } else {
    // Assigning to an own key, even one named `__proto__`, updates that key.
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = ownStrings(record[key]);
  }
  return value;
}

/** One line per skipped file on standard error: nothing is dropped silently. */
export function skippedLines(skipped: readonly SkippedFile[], t: Translate): string {
  return skipped
    .map((s) => `${t("corpus.skipped", { place: `${s.file}:${s.line}:${s.column}`, message: s.message, rule: s.rule })}\n`)
    .join("");
}

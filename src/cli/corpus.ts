import { findFiles, readBytes } from "../io/files.js";
import type { Translate } from "../i18n/translate.js";
import { UsageError } from "../model/errors.js";
import { lintDocuments } from "../lint/index.js";
import type { Incident, IncidentRecord, LintResults, SkippedFile } from "../model/index.js";
import { type IncidentDocument, parseIncidentBytes, unreadableDocument } from "../parse/index.js";
import type { RunContext } from "../rules/index.js";
import { createIncidentSchema } from "../schema/index.js";

function readDocument(file: string, cwd: string): IncidentDocument {
  const read = readBytes(file, cwd);
  return read.ok ? parseIncidentBytes(file, read.bytes) : unreadableDocument(file, read.message);
}

/** Finds, reads and parses the incident files named by `args` (or the configured paths). */
export async function loadDocuments(args: readonly string[], paths: readonly string[], cwd: string): Promise<IncidentDocument[]> {
  const targets = args.length ? args : paths;
  const files = await findFiles(targets, cwd);
  if (files.length === 0) throw new UsageError("files.none-found", { paths: targets.join(", ") });
  return files.map((file) => readDocument(file, cwd));
}

/**
 * The files named by `args`, plus the rest of the configured corpus as context: checking one file
 * still needs every other id, or `related` and unique ids would be judged on a part of the corpus.
 */
export async function loadWithContext(
  args: readonly string[],
  paths: readonly string[],
  cwd: string,
): Promise<{ docs: IncidentDocument[]; named: Set<string> | null }> {
  const named = await loadDocuments(args, paths, cwd);
  if (!args.length) return { docs: named, named: null };
  const seen = new Set(named.map((d) => d.file));
  // The configured folders may not exist in a checkout that names files explicitly.
  const context = await findFiles(paths, cwd).catch(() => [] as string[]);
  const rest = context.filter((file) => !seen.has(file)).map((file) => readDocument(file, cwd));
  return { docs: [...named, ...rest], named: seen };
}

export interface Corpus {
  records: IncidentRecord[];
  skipped: SkippedFile[];
  results: LintResults;
}

/**
 * The rules whose errors make a file's data untrustworthy for figures: it cannot be read, its fields do
 * not match the format, its id is ambiguous, or its times run backwards. Other errors (a missing section,
 * an overdue action set to error) say the document needs work, not that its numbers are wrong.
 */
const DATA_RULES = new Set(["read", "parse", "schema", "unique-id", "time-order"]);

/**
 * The incidents a report can trust: every file is linted, and one with a data error is left out, with
 * that error as the reason, rather than counted wrong.
 */
export function validCorpus(docs: readonly IncidentDocument[], run: RunContext): Corpus {
  const results = lintDocuments(docs, run);
  const byFile = new Map(results.files.map((f) => [f.file, f.diagnostics]));
  // When the schema rule ran and passed, the data is known good; otherwise it is checked here.
  const schemaRan = run.config.rules.schema !== "off";
  let schema: ReturnType<typeof createIncidentSchema> | undefined;
  const records: IncidentRecord[] = [];
  const skipped: SkippedFile[] = [];
  for (const doc of docs) {
    // A schema problem excludes the file even when the rule is only set to warn: the data is still wrong.
    const error = byFile.get(doc.file)?.find((d) => DATA_RULES.has(d.rule) && (d.severity === "error" || d.rule === "schema"));
    if (error) {
      skipped.push({ file: doc.file, line: error.line, column: error.column, rule: error.rule, message: error.message });
      continue;
    }
    if (schemaRan) {
      records.push({ file: doc.file, incident: doc.data as unknown as Incident, body: doc.body });
      continue;
    }
    schema ??= createIncidentSchema({ causes: run.config.causes, ...(run.config.channels ? { channels: run.config.channels } : {}) });
    const parsed = schema.safeParse(doc.data);
    if (parsed.success) records.push({ file: doc.file, incident: parsed.data as Incident, body: doc.body });
    else skipped.push({ file: doc.file, line: 1, column: 1, rule: "schema", message: "Front-matter does not match the incident format." });
  }
  return { records, skipped, results };
}

/** One line per skipped file on standard error: nothing is dropped silently. */
export function skippedLines(skipped: readonly SkippedFile[], t: Translate): string {
  return skipped
    .map((s) => `${t("corpus.skipped", { place: `${s.file}:${s.line}:${s.column}`, message: s.message, rule: s.rule })}\n`)
    .join("");
}

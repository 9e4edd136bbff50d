import { findFiles, readBytes, UsageError } from "../io/files.js";
import { lintDocuments } from "../lint/index.js";
import type { Incident, IncidentRecord, LintResults, SkippedFile } from "../model/index.js";
import { type IncidentDocument, parseIncidentBytes, unreadableDocument } from "../parse/index.js";
import type { RunContext } from "../rules/index.js";
import { createIncidentSchema } from "../schema/index.js";

/** Finds, reads and parses the incident files named by `args` (or the configured paths). */
export async function loadDocuments(args: readonly string[], paths: readonly string[], cwd: string): Promise<IncidentDocument[]> {
  const targets = args.length ? args : paths;
  const files = await findFiles(targets, cwd);
  if (files.length === 0) throw new UsageError(`No incident files found in ${targets.join(", ")}.`);
  return files.map((file) => {
    const read = readBytes(file, cwd);
    return read.ok ? parseIncidentBytes(file, read.bytes) : unreadableDocument(file, read.message);
  });
}

export interface Corpus {
  records: IncidentRecord[];
  skipped: SkippedFile[];
  results: LintResults;
}

/**
 * The incidents a report can trust: every file is linted, and one with an error is left out, with
 * its first error as the reason, rather than counted wrong.
 */
export function validCorpus(docs: readonly IncidentDocument[], run: RunContext): Corpus {
  const results = lintDocuments(docs, run);
  const schema = createIncidentSchema({ causes: run.config.causes, ...(run.config.channels ? { channels: run.config.channels } : {}) });
  const byFile = new Map(results.files.map((f) => [f.file, f.diagnostics]));
  const records: IncidentRecord[] = [];
  const skipped: SkippedFile[] = [];
  for (const doc of docs) {
    const error = byFile.get(doc.file)?.find((d) => d.severity === "error");
    const parsed = error ? null : schema.safeParse(doc.data);
    if (parsed?.success) {
      records.push({ file: doc.file, incident: parsed.data as Incident });
    } else if (error) {
      skipped.push({ file: doc.file, line: error.line, column: error.column, rule: error.rule, message: error.message });
    } else {
      skipped.push({ file: doc.file, line: 1, column: 1, rule: "schema", message: "Front-matter does not match the incident format." });
    }
  }
  return { records, skipped, results };
}

/** One line per skipped file on standard error: nothing is dropped silently. */
export function skippedLines(skipped: readonly SkippedFile[]): string {
  return skipped
    .map((s) => `lessonbook: skipped ${s.file}:${s.line}:${s.column}: ${s.message} (${s.rule}); run lessonbook lint for details.\n`)
    .join("");
}

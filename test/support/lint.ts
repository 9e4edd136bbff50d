import { parseDate } from "../../src/dates/index.js";
import { lintDocuments } from "../../src/lint/index.js";
import type { Diagnostic } from "../../src/model/index.js";
import { parseIncidentBytes } from "../../src/parse/index.js";
import { type ConfigInput, resolveConfig } from "../../src/schema/index.js";

/** The day every test runs on, so that overdue actions do not change with the calendar. */
export const TEST_TODAY = parseDate("2026-11-23")!;

export interface Source {
  file: string;
  text: string | Uint8Array;
}

/** Lints in-memory files together, as one corpus, and returns every diagnostic. */
export function lintSources(sources: readonly Source[], config: ConfigInput = {}): Diagnostic[] {
  const docs = sources.map((s) => parseIncidentBytes(s.file, typeof s.text === "string" ? new TextEncoder().encode(s.text) : s.text));
  const results = lintDocuments(docs, { config: resolveConfig(config), today: TEST_TODAY });
  return results.files.flatMap((f) => f.diagnostics);
}

export function lintText(file: string, text: string, config: ConfigInput = {}): Diagnostic[] {
  return lintSources([{ file, text }], config);
}

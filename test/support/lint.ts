import { parseDate } from "../../src/dates/index.js";
import type { Language } from "../../src/i18n/language.js";
import { lintSources as lintCorpus } from "../../src/lint/index.js";
import type { Diagnostic } from "../../src/model/index.js";
import { loadExactOutline } from "../../src/parse/index.js";
import { type ConfigInput, incidentFieldNames, resolveConfig } from "../../src/schema/index.js";

// Tests lint bodies of every shape synchronously: the exact Markdown parser is loaded once, here.
await loadExactOutline();

/** The day every test runs on, so that overdue actions do not change with the calendar. */
export const TEST_TODAY = parseDate("2026-11-23")!;

export const PARSE_OPTIONS = { fields: incidentFieldNames() };

export interface Source {
  file: string;
  text: string | Uint8Array;
}

/** Lints in-memory files together, as one corpus, and returns every diagnostic. */
export function lintSources(sources: readonly Source[], config: ConfigInput = {}, lang: Language = "en"): Diagnostic[] {
  const encoded = sources.map((s) => ({ file: s.file, bytes: typeof s.text === "string" ? new TextEncoder().encode(s.text) : s.text }));
  const results = lintCorpus(encoded, { config: resolveConfig(config), today: TEST_TODAY, lang }, { parse: PARSE_OPTIONS });
  return results.files.flatMap((f) => f.diagnostics);
}

export function lintText(file: string, text: string, config: ConfigInput = {}, lang: Language = "en"): Diagnostic[] {
  return lintSources([{ file, text }], config, lang);
}

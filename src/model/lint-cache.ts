import type { Diagnostic } from "./diagnostic.js";

/**
 * What `lint --cache` keeps of a file between runs: its file rules' diagnostics and what each corpus
 * rule collected of it (`null` where a rule collected nothing), in the order of the run's corpus rules.
 * Corpus rules' own diagnostics are not kept: they depend on the other files and are made again.
 */
export interface CachedLint {
  diagnostics: Diagnostic[];
  corpus: unknown[];
}

/**
 * Outcomes of earlier runs, by file and by the file's bytes: an answer only for the very bytes it was
 * made from. Whoever stores it (`src/io/lint-cache.ts`) keys it by everything else a result depends
 * on (lessonbook's version, the configuration, the language, the day).
 */
export interface LintCache {
  get(file: string, bytes: Uint8Array): CachedLint | undefined;
  set(file: string, bytes: Uint8Array, outcome: CachedLint): void;
}

const SEVERITIES = new Set(["error", "warning"]);

/** Whether `value` is a diagnostic of `file` as the engine makes them: a cache read from disk may hold anything. */
export function isCachedDiagnostic(value: unknown, file: string): value is Diagnostic {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    d["file"] === file &&
    Number.isInteger(d["line"]) &&
    Number.isInteger(d["column"]) &&
    typeof d["severity"] === "string" &&
    SEVERITIES.has(d["severity"]) &&
    typeof d["rule"] === "string" &&
    typeof d["messageId"] === "string" &&
    typeof d["message"] === "string" &&
    typeof d["data"] === "object" &&
    d["data"] !== null &&
    !Array.isArray(d["data"])
  );
}

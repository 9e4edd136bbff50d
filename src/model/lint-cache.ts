import type { Diagnostic } from "./diagnostic.js";

/**
 * What `lint --cache` keeps of a file between runs: its file rules' diagnostics and what each corpus
 * rule collected of it (`null` where a rule collected nothing), in the order of the run's corpus rules.
 * Corpus rules' own diagnostics are not kept: they depend on the other files and are made again.
 */
export interface CachedLint {
  diagnostics: Diagnostic[];
  corpus: unknown[];
  /**
   * The days (YYYY-MM-DD) between which the outcome stands: from `since`, when a rule's verdict last
   * changed (an action fell due), to the day before `until`, when it next does. Absent: no limit that way.
   */
  since?: string;
  until?: string;
}

/**
 * Outcomes of earlier runs, by file and by the file's bytes: an answer only for the very bytes it was
 * made from, on a day it stands (`since`, `until`). Whoever stores it (`src/io/lint-cache.ts`) keys it by
 * everything else a result depends on (lessonbook's version, the configuration, the language).
 */
export interface LintCache {
  get(file: string, bytes: Uint8Array): CachedLint | undefined;
  set(file: string, bytes: Uint8Array, outcome: CachedLint): void;
}

const SEVERITIES = new Set(["error", "warning"]);
const isLineOrColumn = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;
const isOptional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const isText = (v: unknown) => typeof v === "string";
const isFix = (v: unknown) => {
  const f = v as Record<string, unknown> | null;
  return typeof f === "object" && f !== null && Number.isInteger(f["start"]) && Number.isInteger(f["end"]) && isText(f["text"]);
};
const isData = (v: unknown) =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === "string" || (typeof x === "number" && Number.isFinite(x)));

/** Whether `value` holds a place in a file (line and column from 1, and an end when given), as a cache may give one back. */
export function isPlace(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    isLineOrColumn(p["line"]) &&
    isLineOrColumn(p["column"]) &&
    isOptional(p["endLine"], isLineOrColumn) &&
    isOptional(p["endColumn"], isLineOrColumn)
  );
}

/**
 * Whether `value` is a diagnostic as the engine makes them (its `file` aside, which the cache gives back
 * itself): a cache read from disk may hold anything, and what it holds goes to the reporters as it is.
 */
export function isCachedDiagnostic(value: unknown): value is Diagnostic {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const d = value as Record<string, unknown>;
  return (
    isPlace(d) &&
    typeof d["severity"] === "string" &&
    SEVERITIES.has(d["severity"]) &&
    isText(d["rule"]) &&
    isText(d["messageId"]) &&
    isText(d["message"]) &&
    isData(d["data"]) &&
    isOptional(d["fatal"], (v) => typeof v === "boolean") &&
    isOptional(d["expected"], isText) &&
    isOptional(d["actual"], isText) &&
    isOptional(d["about"], isText) &&
    isOptional(d["fix"], isFix)
  );
}

import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { formatDay, parseDate } from "../dates/index.js";
import { type CachedLint, isCachedDiagnostic, type LintCache } from "../model/lint-cache.js";
import { sharedString } from "../model/own-string.js";
import { lstatIfExists, readLinesNoFollow, replaceFileAtomic } from "./write.js";

/** Says in the file itself that lessonbook wrote it: a file without it is never replaced. */
const MARK = "lessonbook lint cache";
const FORMAT = 3;
/** A larger file is not a cache lessonbook wrote (10,000 files with 100,000 problems make 86 MB). */
const CACHE_MAX_BYTES = 512 * 1024 * 1024;

interface Entry extends Standing {
  hash: string;
  /** Each without its `file`, which is the entry's: given back by `get`. */
  diagnostics: Record<string, unknown>[];
  corpus: unknown[];
}

export interface StoredLintCache extends LintCache {
  /**
   * Writes the cache back in one step, with the files of `keep` only (a file removed or renamed since
   * drops out). Throws when it cannot write; a file at the place that lessonbook did not write is left
   * as it is, and the answer says so.
   */
  save(keep: ReadonlySet<string>): "saved" | "unchanged" | "not-ours";
}

/**
 * The cache of `lint --cache` at `file`, valid for runs whose `key` is the same (lessonbook's version,
 * the configuration, the language: whatever besides a file's bytes and the day its result depends on).
 * An outcome is taken on the days it stands (`CachedLint.since`, `until`): a team's CI cache lasts from
 * one day to the next, and a file whose open action has fallen due since is checked again.
 * One line of JSON says what the file is, then one line per incident file: written and read a line at
 * a time, the cache of a large corpus never exists as one string (86 MB for 100,000 problems, 540 MB at
 * the peak when it did). A cache that cannot be read, or was made for another key, starts empty: it only
 * ever saves time.
 */
export function openLintCache(file: string, key: string, shown: string, today: string): StoredLintCache {
  const found = readCache(file, key, today);
  const entries = found.entries;
  const hashes = new WeakMap<Uint8Array, string>();
  let changed = found.stale;
  const hashOf = (bytes: Uint8Array): string => {
    let hash = hashes.get(bytes);
    if (hash === undefined) hashes.set(bytes, (hash = createHash("sha256").update(bytes).digest("base64")));
    return hash;
  };
  return {
    get(name: string, bytes: Uint8Array): CachedLint | undefined {
      const entry = entries.get(name);
      if (!entry || entry.hash !== hashOf(bytes)) return undefined;
      // Given back their file in place: these very objects are the run's results, held once.
      for (const d of entry.diagnostics) d["file"] = name;
      return { diagnostics: entry.diagnostics as unknown as CachedLint["diagnostics"], corpus: entry.corpus };
    },
    set(name: string, bytes: Uint8Array, outcome: CachedLint): void {
      const days = standing(outcome.since, outcome.until);
      // Days the cache could not compare as text (a year past 9999) are no limits it can keep.
      if (!days) {
        changed ||= entries.delete(name);
        return;
      }
      entries.set(name, {
        hash: hashOf(bytes),
        ...days,
        diagnostics: outcome.diagnostics as unknown as Entry["diagnostics"],
        corpus: outcome.corpus,
      });
      changed = true;
    },
    save(keep: ReadonlySet<string>) {
      if (found.failure) throw Object.assign(new Error(`cannot use ${shown}`), { code: found.failure, path: shown });
      if (found.foreign) return "not-ours";
      for (const name of entries.keys()) {
        if (keep.has(name)) continue;
        entries.delete(name);
        changed = true;
      }
      if (!changed) return "unchanged";
      replaceFileAtomic(file, lines(key, entries), shown);
      changed = false;
      return "saved";
    },
  };
}

/** The cache's text, a line at a time, files in order. */
function* lines(key: string, entries: ReadonlyMap<string, Entry>): Generator<string> {
  yield `${JSON.stringify({ lessonbook: MARK, format: FORMAT, key })}\n`;
  for (const name of [...entries.keys()].sort()) {
    const { hash, since, until, diagnostics, corpus } = entries.get(name)!;
    const own = diagnostics.map((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== "file")));
    yield `${JSON.stringify({ file: name, hash, since, until, diagnostics: own, corpus })}\n`;
  }
}

interface Found {
  entries: Map<string, Entry>;
  /** Something lessonbook did not write is at the place: it is never replaced. */
  foreign: boolean;
  /** The entries must be written again (another key), even if no file changes. */
  stale: boolean;
  /** The system's error code when the place cannot be used at all (a name too long, a file where a folder should be). */
  failure?: string;
}

/**
 * The entries of the cache at `file` for `key` that stand on `today`, and whether it may be written
 * there. One that does not is dropped as it is read, rather than held while its file is checked again.
 */
function readCache(file: string, key: string, today: string): Found {
  const entries = new Map<string, Entry>();
  let stat;
  try {
    stat = lstatIfExists(file);
    // Nothing there yet: its folder must be one (or not be there yet, and be made).
    if (!stat) folderOrNothing(path.dirname(file));
  } catch (error) {
    return unusable(error);
  }
  if (!stat) return { entries, foreign: false, stale: false };
  if (!stat.isFile() || stat.size > CACHE_MAX_BYTES) return { entries, foreign: true, stale: false };
  let lines: IterableIterator<string> | undefined;
  let head: unknown;
  try {
    lines = readLinesNoFollow(file, CACHE_MAX_BYTES);
    const first = lines.next();
    head = JSON.parse(first.done ? "" : first.value);
  } catch (error) {
    lines?.return?.();
    // Not JSON, or a first line too long to be one string: not a cache lessonbook wrote (it writes the
    // whole file in one step, its first line short).
    return isSystemError(error) ? unusable(error) : { entries, foreign: true, stale: false };
  }
  const header = typeof head === "object" && head !== null ? (head as Record<string, unknown>) : {};
  const foreign = header["lessonbook"] !== MARK;
  // Another version, configuration or language, or another layout: nothing in it holds.
  if (foreign || header["format"] !== FORMAT || header["key"] !== key) {
    lines.return?.();
    return { entries, foreign, stale: !foreign };
  }
  let stale = false;
  try {
    for (const line of lines) {
      const entry = parseEntry(line);
      if (!entry) return { entries: new Map(), foreign: false, stale: true };
      if (entry === "skip") continue;
      const days = standing(entry.since, entry.until);
      if (!days || !stands(days, today)) {
        stale = true;
        continue;
      }
      entries.set(entry.file, {
        hash: entry.hash,
        ...days,
        diagnostics: entry.diagnostics.map(shareText),
        corpus: entry.corpus,
      });
    }
  } catch (error) {
    // A line too long to be one string is no line lessonbook wrote: the cache is written anew.
    return isSystemError(error) ? unusable(error) : { entries: new Map(), foreign: false, stale: true };
  }
  return { entries, foreign: false, stale };
}

/** The place cannot be used at all: nothing is read from it, and saving says why. */
function unusable(error: unknown): Found {
  return { entries: new Map(), foreign: false, stale: false, failure: (error as NodeJS.ErrnoException).code ?? "EINVAL" };
}

/** An error the system gave (a file that cannot be opened or read), rather than one about what the file holds. */
const isSystemError = (error: unknown): boolean => typeof (error as NodeJS.ErrnoException | null)?.syscall === "string";

/** The fields of a diagnostic lessonbook makes, its `file` aside (`get` gives that back). */
const FIELDS = new Set([
  "line",
  "column",
  "endLine",
  "endColumn",
  "severity",
  "rule",
  "messageId",
  "data",
  "message",
  "fatal",
  "expected",
  "actual",
  "fix",
  "about",
]);
const FIX_FIELDS = new Set(["start", "end", "text"]);

/**
 * Whether a diagnostic read back is one lessonbook makes, and nothing more: a key it does not write may
 * hold anything, nested however deep, and would go to the reporters as it is.
 */
const isOwnDiagnostic = (d: unknown): d is Record<string, unknown> =>
  isCachedDiagnostic(d) && Object.keys(d).every((k) => FIELDS.has(k)) && (!d.fix || Object.keys(d.fix).every((k) => FIX_FIELDS.has(k)));

/**
 * Shares, in place, the text of a diagnostic read back (tens of thousands of warnings repeat their rule,
 * field and owner), as a run's are: its fields are flat (`isOwnDiagnostic`), and an own key of `data`,
 * even one named `__proto__`, is updated as one.
 */
function shareText(d: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(d)) if (typeof d[key] === "string") d[key] = sharedString(d[key]);
  const data = d["data"] as Record<string, unknown>;
  for (const key of Object.keys(data)) if (typeof data[key] === "string") data[key] = sharedString(data[key]);
  const fix = d["fix"] as { text: string } | undefined;
  if (fix) fix.text = sharedString(fix.text);
  return d;
}

interface StoredEntry {
  file: string;
  hash: string;
  since?: unknown;
  until?: unknown;
  diagnostics: Record<string, unknown>[];
  corpus: unknown[];
}

/**
 * One line of the cache: its entry, `"skip"` for a line of another shape or with a diagnostic that is not
 * one lessonbook makes (left out, as a file the cache does not know: it is checked again), or `null` when
 * the line is not JSON (the cache is read no further).
 */
function parseEntry(line: string): StoredEntry | "skip" | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const entry = value as Partial<Record<keyof StoredEntry, unknown>> | null;
  if (
    entry &&
    typeof entry.file === "string" &&
    typeof entry.hash === "string" &&
    Array.isArray(entry.diagnostics) &&
    entry.diagnostics.every(isOwnDiagnostic) &&
    Array.isArray(entry.corpus)
  )
    return entry as StoredEntry;
  return "skip";
}

/** The days between which an outcome stands, as the cache writes them: each a real day, YYYY-MM-DD. */
interface Standing {
  since?: string;
  until?: string;
}

const isDay = (v: unknown): v is string => {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const day = parseDate(v);
  return day !== null && formatDay(day) === v;
};

/** `since` and `until` when each is absent or a real day and they come in that order; else `null`. */
function standing(since: unknown, until: unknown): Standing | null {
  if ((since !== undefined && !isDay(since)) || (until !== undefined && !isDay(until))) return null;
  if (since !== undefined && until !== undefined && since >= until) return null;
  return { ...(since !== undefined && { since }), ...(until !== undefined && { until }) };
}

/** Whether an outcome stands on `today`: days as YYYY-MM-DD compare as text. */
const stands = ({ since, until }: Standing, today: string): boolean =>
  (since === undefined || since <= today) && (until === undefined || today < until);

/** Throws ENOTDIR when `dir` is there and is not a folder (a link to one is one). */
function folderOrNothing(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`not a folder: ${dir}`), { code: "ENOTDIR" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/**
 * The key of a cache: the same for two runs exactly when their results for the same bytes are the same.
 * With `parts`, the time this very code was built: two builds of one version (a developer's) differ.
 */
export function lintCacheKey(parts: Record<string, unknown>): string {
  const built = statSync(new URL(import.meta.url)).mtimeMs;
  return createHash("sha256")
    .update(JSON.stringify({ ...parts, built }))
    .digest("base64");
}

import { createHash } from "node:crypto";
import { type CachedLint, isCachedDiagnostic, type LintCache } from "../model/lint-cache.js";
import { lstatIfExists, readNoFollow, replaceFileAtomic } from "./write.js";

/** Says in the file itself that lessonbook wrote it: a file without it is never replaced. */
const MARK = "lessonbook lint cache";
const FORMAT = 1;
/** A larger file is not a cache lessonbook wrote (50,000 files with many problems make a few tens of MB). */
const CACHE_MAX_BYTES = 256 * 1024 * 1024;

interface Entry {
  hash: string;
  diagnostics: unknown[];
  corpus: unknown[];
}

export interface StoredLintCache extends LintCache {
  /**
   * Writes the cache back in one step, with the files of `keep` only (a file removed or renamed since
   * drops out). Throws when it cannot write; a file at the place that lessonbook did not write is left
   * as it is, and `saved` says so.
   */
  save(keep: ReadonlySet<string>): "saved" | "unchanged" | "not-ours";
}

/**
 * The cache of `lint --cache` at `file`, valid for runs whose `key` is the same (lessonbook's version,
 * the configuration, the language, the day: whatever besides a file's bytes its result depends on).
 * A cache that cannot be read, or was made for another key, starts empty: it only ever saves time.
 */
export function openLintCache(file: string, key: string, shown: string): StoredLintCache {
  const found = readCache(file, key);
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
      if (!entry.diagnostics.every((d) => isCachedDiagnostic(d, name))) return undefined;
      return { diagnostics: entry.diagnostics as CachedLint["diagnostics"], corpus: entry.corpus };
    },
    set(name: string, bytes: Uint8Array, outcome: CachedLint): void {
      entries.set(name, { hash: hashOf(bytes), diagnostics: outcome.diagnostics, corpus: outcome.corpus });
      changed = true;
    },
    save(keep: ReadonlySet<string>) {
      if (found.foreign) return "not-ours";
      for (const name of entries.keys()) {
        if (keep.has(name)) continue;
        entries.delete(name);
        changed = true;
      }
      if (!changed) return "unchanged";
      const files: Record<string, Entry> = {};
      for (const [name, entry] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) files[name] = entry;
      replaceFileAtomic(file, `${JSON.stringify({ lessonbook: MARK, format: FORMAT, key, files })}\n`, shown);
      changed = false;
      return "saved";
    },
  };
}

/** The entries of the cache at `file` for `key`; `foreign` when something else is there, `stale` when they must be written again. */
function readCache(file: string, key: string): { entries: Map<string, Entry>; foreign: boolean; stale: boolean } {
  const entries = new Map<string, Entry>();
  const stat = lstatIfExists(file);
  if (!stat) return { entries, foreign: false, stale: false };
  if (!stat.isFile() || stat.size > CACHE_MAX_BYTES) return { entries, foreign: true, stale: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readNoFollow(file, CACHE_MAX_BYTES).toString("utf8"));
  } catch {
    // Not JSON: not a cache lessonbook wrote (it writes the whole file in one step).
    return { entries, foreign: true, stale: false };
  }
  const cache = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (cache["lessonbook"] !== MARK) return { entries, foreign: true, stale: false };
  // Another version, configuration, language or day: nothing in it holds.
  if (cache["format"] !== FORMAT || cache["key"] !== key) return { entries, foreign: false, stale: true };
  const files = cache["files"];
  if (typeof files !== "object" || files === null) return { entries, foreign: false, stale: true };
  for (const [name, value] of Object.entries(files)) {
    const entry = value as Partial<Entry> | null;
    if (entry && typeof entry.hash === "string" && Array.isArray(entry.diagnostics) && Array.isArray(entry.corpus))
      entries.set(name, { hash: entry.hash, diagnostics: entry.diagnostics, corpus: entry.corpus });
  }
  return { entries, foreign: false, stale: false };
}

/** The key of a cache: the same for two runs exactly when their results for the same bytes are the same. */
export function lintCacheKey(parts: Record<string, unknown>): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64");
}

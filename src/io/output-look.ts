import { realpathSync } from "node:fs";
import path from "node:path";
import { lstatIfExists } from "./write.js";

/** Names starting with this are lessonbook's own (manifest, staging): never a page. */
export const RESERVED_PREFIX = ".lessonbook-";

/** What is at a page's path, found without following links. */
export type Found =
  | { kind: "absent" }
  | { kind: "file"; size: number }
  /** `at` is a symbolic link. */
  | { kind: "link"; at: string }
  /** `at` is something other than what the page needs there (a file where a folder goes, a folder or device where the page goes). */
  | { kind: "blocked"; at: string };

/** A page name as plain relative parts, or `null` when it could leave the folder or clash with lessonbook's own files. */
export function pageParts(name: string): string[] | null {
  if (name === "" || name.includes("\0") || name.includes("\\") || name.startsWith("/")) return null;
  const parts = name.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) return null;
  return parts[0]!.startsWith(RESERVED_PREFIX) ? null : parts;
}

/** The real path of `dir`: links above it resolved, missing folders appended as they are. */
export function realFolder(dir: string): string {
  const rest: string[] = [];
  let existing = path.resolve(dir);
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== "ENOENT" && code !== "ENOTDIR") || path.dirname(existing) === existing) throw error;
      rest.unshift(path.basename(existing));
      existing = path.dirname(existing);
    }
  }
}

export const sorted = (names: Iterable<string>): string[] => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Looks at paths inside `root` one component at a time with `lstat`, never following a link. A folder
 * found missing is remembered as missing until `forget()`: a first build puts ten thousand pages into a
 * few folders that are not there yet, and each page then costs no `lstat` at all. A folder that appears
 * meanwhile can only make a page look new for a while, and nothing is read through what is remembered;
 * the commit forgets, then checks every target again before the first rename.
 */
export class FolderLook {
  readonly #root: string;
  readonly #absent = new Set<string>();

  constructor(root: string) {
    this.#root = root;
  }

  forget(): void {
    this.#absent.clear();
  }

  look(name: string): Found {
    const stop = this.#firstNotFolder(name);
    if (stop) return stop.what === "absent" ? { kind: "absent" } : { kind: stop.what === "link" ? "link" : "blocked", at: stop.at };
    const stats = lstatIfExists(path.join(this.#root, name));
    if (!stats) return { kind: "absent" };
    if (stats.isSymbolicLink()) return { kind: "link", at: name };
    return stats.isFile() ? { kind: "file", size: stats.size } : { kind: "blocked", at: name };
  }

  /** Whether a folder on the way to `name` is remembered as not there: then `look` costs nothing. */
  remembersAbsent(name: string): boolean {
    let at = name.indexOf("/");
    for (; at !== -1; at = name.indexOf("/", at + 1)) if (this.#absent.has(name.slice(0, at))) return true;
    return false;
  }

  /** The first folder on the way to `name` that is not there, if one is not and nothing else is in the way. */
  absentFolder(name: string): string | undefined {
    const stop = this.#firstNotFolder(name);
    return stop?.what === "absent" ? stop.at : undefined;
  }

  /** The first component above `name` that is not a plain folder, and what it is instead. */
  #firstNotFolder(name: string): { at: string; what: "absent" | "link" | "other" } | undefined {
    const parts = name.split("/");
    let at = "";
    for (let i = 0; i < parts.length - 1; i++) {
      at = i ? `${at}/${parts[i]}` : parts[i]!;
      const what = this.#folder(at);
      if (what !== "folder") return { at, what };
    }
    return undefined;
  }

  #folder(at: string): "folder" | "absent" | "link" | "other" {
    if (this.#absent.has(at)) return "absent";
    const stats = lstatIfExists(path.join(this.#root, at));
    if (!stats) {
      this.#absent.add(at);
      return "absent";
    }
    if (stats.isSymbolicLink()) return "link";
    return stats.isDirectory() ? "folder" : "other";
  }
}

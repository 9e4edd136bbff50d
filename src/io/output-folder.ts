import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Generator, markLine } from "../model/marks.js";
import { readTextIfExists } from "./write.js";

/** Lists what `build` wrote, so that a later build removes only its own pages. */
export const MANIFEST = ".lessonbook-manifest.json";

export interface FolderPlan {
  /** Pages to write, new or changed. */
  write: string[];
  /** Pages an earlier build wrote that this one no longer produces. */
  stale: string[];
  /** Files in the way that lessonbook did not write: never replaced. */
  conflicts: string[];
}

function manifestText(files: Iterable<string>): string {
  return `${JSON.stringify({ generator: "lessonbook build", files: [...files].sort() }, null, 2)}\n`;
}

function previousFiles(outDir: string): Set<string> {
  const text = readTextIfExists(path.join(outDir, MANIFEST));
  if (text === null) return new Set();
  try {
    const files = (JSON.parse(text) as { files?: unknown }).files;
    // Only plain relative names inside the folder: a tampered manifest must not reach outside it.
    return new Set(
      Array.isArray(files)
        ? files.filter((f): f is string => typeof f === "string" && !f.split(/[\\/]/).includes("..") && !path.isAbsolute(f))
        : [],
    );
  } catch {
    return new Set();
  }
}

/** Adds the manifest to the pages and compares them with what is on disk. Reads only. */
export function planFolder(
  outDir: string,
  pages: ReadonlyMap<string, string>,
  mark: string,
): { files: Map<string, string>; plan: FolderPlan } {
  const files = new Map(pages);
  files.set(MANIFEST, manifestText(pages.keys()));
  const before = previousFiles(outDir);
  const plan: FolderPlan = { write: [], stale: [], conflicts: [] };
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const existing = readTextIfExists(path.join(outDir, name));
    if (existing === text) continue;
    const ours = existing === null || name === MANIFEST || before.has(name) || existing.startsWith(mark);
    (ours ? plan.write : plan.conflicts).push(name);
  }
  for (const name of [...before].sort()) {
    if (!files.has(name) && readTextIfExists(path.join(outDir, name)) !== null) plan.stale.push(name);
  }
  return { files, plan };
}

function removeEmptyParents(outDir: string, file: string): void {
  for (let dir = path.dirname(path.join(outDir, file)); dir.startsWith(outDir) && dir !== outDir; dir = path.dirname(dir)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
  }
}

/**
 * Applies a plan. Every page is first written to a staging folder beside the output, then renamed into
 * place one by one: an error while writing leaves the previous pages as they were.
 */
export function applyPlan(outDir: string, files: ReadonlyMap<string, string>, plan: FolderPlan): void {
  mkdirSync(path.dirname(outDir), { recursive: true });
  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging-${randomBytes(4).toString("hex")}`);
  try {
    for (const name of plan.write) {
      const staged = path.join(staging, name);
      mkdirSync(path.dirname(staged), { recursive: true });
      writeFileSync(staged, files.get(name)!);
    }
    // The manifest goes last: until then, the previous one still describes the folder.
    const ordered = [...plan.write.filter((n) => n !== MANIFEST), ...plan.write.filter((n) => n === MANIFEST)];
    for (const name of ordered) {
      const target = path.join(outDir, name);
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(staging, name), target);
    }
    for (const name of plan.stale) {
      rmSync(path.join(outDir, name), { force: true });
      removeEmptyParents(outDir, name);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * An output folder being written page by page: `put` each page, read the `plan`, then `commit` (or
 * `abandon`). The contract `build` relies on: nothing outside `outDir` is written or removed, and a page
 * is replaced or removed only when lessonbook wrote it.
 */
export interface StagedOutput {
  put(name: string, text: string): void;
  /** What a commit would change: pages to write, stale pages to remove, files in the way. Reads only. */
  plan(): FolderPlan;
  /** Writes the planned changes; refuses (throws) while the plan has conflicts. */
  commit(): void;
  /** Leaves the folder exactly as it was. */
  abandon(): void;
}

export function openOutput(outDir: string, generator: Generator): StagedOutput {
  const mark = markLine(generator, "markdown");
  const pages = new Map<string, string>();
  let planned: { files: Map<string, string>; plan: FolderPlan } | undefined;
  return {
    put(name, text) {
      pages.set(name, text);
      planned = undefined;
    },
    plan() {
      planned ??= planFolder(outDir, pages, mark);
      return planned.plan;
    },
    commit() {
      planned ??= planFolder(outDir, pages, mark);
      if (planned.plan.conflicts.length) throw new Error("commit with conflicts");
      applyPlan(outDir, planned.files, planned.plan);
    },
    abandon() {
      pages.clear();
    },
  };
}

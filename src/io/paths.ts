import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { isDynamicPattern } from "globby";
import { UsageError } from "../model/errors.js";

/** The real path of `target`, or of its nearest existing parent with the rest appended: links resolved. */
function realPathOf(target: string): string {
  let existing = target;
  const rest: string[] = [];
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...rest);
}

function inside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}

/** The folder part of a configured path or glob: `incidents/**\/*.md` → `incidents`. */
export function staticBase(pattern: string): string {
  if (!isDynamicPattern(pattern)) return pattern;
  const parts = pattern.split("/");
  const fixed = parts.slice(
    0,
    parts.findIndex((p) => isDynamicPattern(p)),
  );
  return fixed.join("/") || ".";
}

/**
 * Checks an output folder: inside the working directory (links followed), not the working directory
 * itself, neither inside nor around the incident folders, and not a file.
 */
export function checkOutputFolder(out: string, cwd: string, incidentPaths: readonly string[]): string {
  const target = path.resolve(cwd, out);
  const real = realPathOf(target);
  const root = realpathSync(cwd);
  if (real === root || !inside(real, root)) throw new UsageError("out.folder-outside", { out });
  for (const p of incidentPaths) {
    const base = realPathOf(path.resolve(cwd, staticBase(p)));
    if (inside(real, base) || inside(base, real)) throw new UsageError("out.folder-overlaps", { out, path: p });
  }
  if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError("out.folder-is-file", { out });
  return target;
}

/** Checks an output file: inside the working directory (links followed) and not a folder. */
export function checkOutputFile(out: string, cwd: string): string {
  const target = path.resolve(cwd, out);
  if (!inside(realPathOf(target), realpathSync(cwd))) throw new UsageError("out.file-outside", { out });
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError("out.file-is-folder", { out });
  return target;
}

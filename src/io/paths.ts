import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
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
 * The real path of an output path, walked one component at a time with `lstat`. Links above the working
 * directory are resolved (a home folder may be one); a link at or below it is refused, naming the link:
 * lessonbook never writes through one. Missing components are appended as they are.
 */
function realOutputPath(target: string, root: string, out: string, option: string): string {
  let real = path.parse(target).root;
  const parts = target.slice(real.length).split(path.sep).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const next = path.join(real, parts[i]!);
    let isLink: boolean;
    try {
      isLink = lstatSync(next).isSymbolicLink();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return path.join(next, ...parts.slice(i + 1));
      throw error;
    }
    if (isLink && inside(next, root)) {
      const link = path.relative(root, next).split(path.sep).join("/");
      throw i === parts.length - 1
        ? new UsageError("output.out-is-link", { out, option })
        : new UsageError("output.out-through-link", { out, link, option });
    }
    if (!isLink) real = next;
    else {
      try {
        real = realpathSync(next);
      } catch {
        return path.join(next, ...parts.slice(i + 1)); // a broken link above the working directory: outside it
      }
    }
  }
  return real;
}

/**
 * Checks an output folder: inside the working directory, reached without a symbolic link below it, not
 * the working directory itself, neither inside nor around the incident folders, and not a file.
 */
export function checkOutputFolder(out: string, cwd: string, incidentPaths: readonly string[]): string {
  const target = path.resolve(cwd, out);
  const root = realpathSync(cwd);
  const real = realOutputPath(target, root, out, "--out");
  if (real === root || !inside(real, root)) throw new UsageError("out.folder-outside", { out });
  for (const p of incidentPaths) {
    const base = realPathOf(path.resolve(cwd, staticBase(p)));
    if (inside(real, base) || inside(base, real)) throw new UsageError("out.folder-overlaps", { out, path: p });
  }
  if (existsSync(real) && !statSync(real).isDirectory()) throw new UsageError("out.folder-is-file", { out });
  return target;
}

/**
 * Checks an output file: inside the working directory, reached without a symbolic link below it, and not a
 * folder. `option` names it as the person gave it (`--out`, `--cache-location`).
 */
export function checkOutputFile(out: string, cwd: string, option = "--out"): string {
  const target = path.resolve(cwd, out);
  const real = realOutputPath(target, realpathSync(cwd), out, option);
  if (!inside(real, realpathSync(cwd))) throw new UsageError("out.file-outside", { out, option });
  if (existsSync(real) && statSync(real).isDirectory()) throw new UsageError("out.file-is-folder", { out, option });
  return target;
}

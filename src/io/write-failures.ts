import { existsSync, mkdirSync, rmdirSync } from "node:fs";
import path from "node:path";

/*
 * File-system failures told as a person can act on them: the right reason, and the file or folder
 * named as the person named it, never a temporary or staging name lessonbook made.
 */

/**
 * `mkdir -p` that says why it failed and leaves nothing behind when it does. Node's recursive `mkdir`
 * reports some failures (a read-only file system) as ENOENT, "no such file or folder", which would tell
 * a person the wrong thing: the missing folders are then made one at a time, and the one that fails
 * says why. The folders made before a failure are removed again. Returns the first folder made, as
 * `mkdirSync` does.
 */
export function makeFolders(dir: string): string | undefined {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && path.dirname(at) !== at; at = path.dirname(at)) missing.unshift(at);
  // Nothing to make: `mkdirSync` still says so if what is there is not a folder.
  if (!missing.length) return mkdirSync(dir, { recursive: true });
  let failure: unknown;
  try {
    mkdirSync(dir, { recursive: true });
    return missing[0];
  } catch (error) {
    failure = error;
  }
  if ((failure as NodeJS.ErrnoException).code === "ENOENT") {
    try {
      for (const at of missing) if (!existsSync(at)) mkdirSync(at);
      return missing[0];
    } catch (error) {
      failure = error;
    }
  }
  removeEmptyFolders(dir, missing[0]!);
  throw failure;
}

/**
 * A file-system failure about `actual`, or a folder on its way there, named as the person named it
 * (`shown`: `out/review.md` for `/home/ana/brand/out/review.md`). Anything else is left as it is.
 */
export function namedAsShown(error: unknown, actual: string, shown: string): unknown {
  const failure = error as NodeJS.ErrnoException;
  if (typeof failure?.path !== "string") return error;
  if (failure.path !== actual && !actual.startsWith(failure.path + path.sep)) return error;
  const below = path.relative(failure.path, actual).split(path.sep).join("/");
  if (!below) failure.path = shown;
  else if (shown.endsWith(`/${below}`)) failure.path = shown.slice(0, -below.length - 1);
  return error;
}

/**
 * Removes `deepest` and the folders above it up to `outermost`, each while it is empty: the folders a
 * failed write made for nothing (a failed `mkdir -p` may have made only the outer ones). Stops at the
 * first that will not go: it holds something.
 */
function removeEmptyFolders(deepest: string, outermost: string): void {
  for (let at = deepest; at.length >= outermost.length; at = path.dirname(at)) {
    try {
      rmdirSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") return;
    }
  }
}

/**
 * `makeFolders` for the folder of `target`, its failure named as `shown` names it (see `namedAsShown`).
 * Returns a function that removes the folders it made, if still empty: for a write that then fails.
 */
export function makeFoldersFor(target: string, shown: string): () => void {
  let made: string | undefined;
  try {
    made = makeFolders(path.dirname(target));
  } catch (error) {
    throw namedAsShown(error, target, shown);
  }
  return () => {
    if (made !== undefined) removeEmptyFolders(path.dirname(target), made);
  };
}

/**
 * A file-system failure while writing `shown`, named as a write of it: a write that fails on a full disk
 * names no file (it takes a descriptor), and the temporary file it was writing means nothing to a person.
 */
export function failedWrite(error: unknown, shown: string): unknown {
  const failure = error as NodeJS.ErrnoException;
  if (typeof failure?.code !== "string") return error;
  failure.path = shown;
  failure.syscall = "write";
  return failure;
}

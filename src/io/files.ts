import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { globby, isDynamicPattern } from "globby";
import { UsageError } from "../model/errors.js";

export { UsageError };

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/**
 * The Markdown files named by the arguments: files as they are, folders searched for `.md` files,
 * globs expanded. Paths come back relative to `cwd`, with `/`, sorted, once each.
 */
export async function findFiles(args: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const matches = await globby(toPosix(arg), { cwd, onlyFiles: true, ignore: ["**/node_modules/**"] });
      if (matches.length === 0) throw new UsageError("files.pattern-no-match", { pattern: arg });
      for (const m of matches) found.add(toPosix(path.normalize(m)));
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(absolute);
    } catch {
      throw new UsageError("files.no-such-path", { path: arg });
    }
    if (stat.isDirectory()) {
      const matches = await globby("**/*.md", {
        cwd: absolute,
        onlyFiles: true,
        caseSensitiveMatch: false,
        ignore: ["**/node_modules/**"],
      });
      for (const m of matches) found.add(toPosix(path.relative(cwd, path.join(absolute, m))));
    } else {
      found.add(toPosix(path.relative(cwd, absolute)));
    }
  }
  return [...found].sort();
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const READ_ERRORS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  ENOENT: "it no longer exists",
};

/** A file's bytes, or why they could not be read, in words. */
export function readBytes(file: string, cwd: string): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(path.resolve(cwd, file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return { ok: false, message: `File could not be read: ${READ_ERRORS[code] ?? (code || "unknown error")}.` };
  }
}

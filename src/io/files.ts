import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../model/errors.js";
import { LIMITS } from "../parse/index.js";

export { UsageError };

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/** A pattern with wildcards, braces or brackets, as globby reads them. */
function isPattern(arg: string): boolean {
  return /[*?[\]{}()!]/.test(arg);
}

/** Every `.md` file under a folder, skipping hidden entries and node_modules, as paths relative to `cwd`. */
function walk(dir: string, cwd: string, out: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, cwd, out);
    // A folder's README.md explains the folder (GitHub shows it on the folder's page); it is not an incident.
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md") && entry.name.toLowerCase() !== "readme.md")
      out.add(toPosix(path.relative(cwd, full)));
  }
}

/**
 * The Markdown files named by the arguments: files as they are, folders searched for `.md` files (but
 * README.md), globs expanded (globby is loaded only for those). Paths come back relative to `cwd`, with `/`,
 * sorted.
 */
export async function findFiles(args: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    if (isPattern(arg)) {
      const { globby } = await import("globby");
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
    if (stat.isDirectory()) walk(absolute, cwd, found);
    else found.add(toPosix(path.relative(cwd, absolute)));
  }
  return [...found].sort();
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; messageId: string; data: Record<string, string | number> };

const READ_ERRORS: Record<string, string> = {
  EACCES: "permission-denied",
  EPERM: "permission-denied",
  EISDIR: "is-folder",
  ENOENT: "gone",
};

/** A file's bytes, or why they could not be read; a file over the size limit is not read at all. */
export function readBytes(file: string, cwd: string): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path.resolve(cwd, file), "r");
    const size = fstatSync(fd).size;
    if (size > LIMITS.fileBytes) return { ok: false, messageId: "too-large", data: { size, max: LIMITS.fileBytes } };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return { ok: false, messageId: READ_ERRORS[code] ?? "unreadable", data: { code: code || "?" } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export type SourceRead =
  { file: string; bytes: Uint8Array } | { file: string; error: { messageId: string; data: Record<string, string | number> } };

/**
 * How many files are read and checked together: sixteen small ones, or fewer long ones. On 10,000 files
 * (the smallest valid ones, and flow-style ones), lint took 10–20 % less time in groups of 16 to 64 than
 * file by file, and groups of 128 were slower than of 64 (a group no longer fits the processor's
 * caches); 16 was as fast as the best on both, for lint and for a site build.
 */
const BATCH = { files: 16, bytes: 256 * 1024 };

/**
 * The files as sources, in order, in groups read one after the other and checked together (see
 * `Linter.lintBatch`). Reading one file between two files' checks cost twice as much as reading a run of
 * them: the system calls and the checks push each other out of the processor's caches. Memory holds
 * one group: at most 256 KB past one file.
 */
export function* readBatches(files: Iterable<string>, cwd: string): Generator<SourceRead[]> {
  let batch: SourceRead[] = [];
  let bytes = 0;
  for (const file of files) {
    const read = readBytes(file, cwd);
    batch.push(read.ok ? { file, bytes: read.bytes } : { file, error: { messageId: read.messageId, data: read.data } });
    bytes += read.ok ? read.bytes.length : 0;
    if (batch.length < BATCH.files && bytes < BATCH.bytes) continue;
    yield batch;
    batch = [];
    bytes = 0;
  }
  if (batch.length > 0) yield batch;
}

/** The files as sources, one at a time, in order. */
export function* readSources(files: Iterable<string>, cwd: string): Generator<SourceRead> {
  for (const batch of readBatches(files, cwd)) yield* batch;
}

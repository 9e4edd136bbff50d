import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  type Stats,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { UsageError } from "../model/errors.js";
import { type Generator, hasMark } from "../model/marks.js";
import type { PagePieces } from "../model/page.js";

export class FileExistsError extends Error {}

/**
 * A temporary name beside `target`, on the same file system so a link or rename is atomic. It does not
 * repeat the target's name: a name near the file system's limit must not overflow here first.
 */
function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.lessonbook-${randomBytes(8).toString("hex")}.tmp`);
}

/**
 * `mkdir -p` that says why it failed: Node's recursive `mkdir` reports any failure to create a folder
 * (a read-only file system, a full disk) as ENOENT, "no such file or folder", which would tell a person
 * the wrong thing. On ENOENT the missing folders are made one at a time, and the one that fails says why.
 * Returns the first folder made, as `mkdirSync` does.
 */
export function makeFolders(dir: string): string | undefined {
  try {
    return mkdirSync(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    const missing: string[] = [];
    for (let at = dir; !existsSync(at) && path.dirname(at) !== at; at = path.dirname(at)) missing.unshift(at);
    for (const at of missing) mkdirSync(at);
    throw error;
  }
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

/** `makeFolders` for the folder of `target`, its failure named as `shown` names it (see `namedAsShown`). */
function makeFoldersFor(target: string, shown: string): void {
  try {
    makeFolders(path.dirname(target));
  } catch (error) {
    throw namedAsShown(error, target, shown);
  }
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

/**
 * Writes `text` to the new temporary file `temp` (`wx`: never through a link, never over a file). One
 * that fails midway (the disk is full) is removed, and the failure names `shown`.
 */
export function writeTemp(temp: string, text: string, shown: string): void {
  try {
    writeFileSync(temp, text, { flag: "wx" });
  } catch (error) {
    // `wx` failing with EEXIST means the name was someone else's: theirs is left alone.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") rmSync(temp, { force: true });
    throw failedWrite(error, shown);
  }
}

/**
 * Writes a new file in one step and never replaces an existing one: the text goes to a temporary file
 * beside it, which is then hard-linked to its name (an exclusive, atomic create).
 */
export function createFileExclusive(target: string, text: string, shown: string = target): void {
  makeFoldersFor(target, shown);
  const temp = tempBeside(target);
  writeTemp(temp, text, shown);
  try {
    linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(target);
    throw failedWrite(error, shown);
  } finally {
    unlinkSync(temp);
  }
}

/** Replaces a file in one step: readers see the old text or the new, never half of it. */
export function replaceFileAtomic(target: string, text: string, shown: string = target): void {
  makeFoldersFor(target, shown);
  const temp = tempBeside(target);
  writeTemp(temp, text, shown);
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw failedWrite(error, shown);
  }
}

/** The text of a file, or `null` when there is none. */
export function readTextIfExists(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** What is at `file` itself (a link is reported as a link, never followed), or `null` when nothing is. */
export function lstatIfExists(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}

/** Fills `buffer` from `fd` at `position`, as far as the file goes; returns the bytes read. */
function readAt(fd: number, buffer: Buffer, position: number): number {
  let filled = 0;
  while (filled < buffer.length) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

/**
 * The bytes of a regular file, at most `limit` of them, opened without following a link at its name
 * (`O_NOFOLLOW`) and without waiting on a pipe someone put there (`O_NONBLOCK`).
 */
export function readNoFollow(file: string, limit = Infinity): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw Object.assign(new Error(`not a regular file: ${file}`), { code: "EISDIR", path: file, syscall: "open" });
    const buffer = Buffer.alloc(Math.min(limit, stats.size));
    return buffer.subarray(0, readAt(fd, buffer, 0));
  } finally {
    closeSync(fd);
  }
}

/** Enough of a file's start to find a mark: a byte-order mark, a doctype line and the mark line fit. */
export const MARK_HEAD_BYTES = 1024;

/**
 * Whether a file `report` may replace carries its mark. `report` writes Markdown, HTML or JSON under any
 * name the user picks, so the mark is looked for in each of its forms rather than guessed from the name.
 */
function carriesMark(generator: Generator, head: string): boolean {
  return ["page.md", "page.html", "page.json"].some((form) => hasMark(generator, form, head));
}

/**
 * Writes `text` to `target` when nothing is there or when the file there carries `generator`'s mark,
 * in one step (readers see the old text or the new); anything else is refused with a `UsageError` that
 * names the file as `shown`. A link at the target is refused, never followed. The folders above
 * `target` are the caller's to check (`checkOutputFile` does).
 */
export function replaceOwnedFile(target: string, text: string, generator: Generator, shown: string = target): void {
  const existing = lstatIfExists(target);
  if (existing?.isSymbolicLink()) throw new UsageError("output.file-is-link", { file: shown });
  if (existing && !existing.isFile()) throw new UsageError("output.not-a-file", { file: shown });
  if (existing && !carriesMark(generator, readNoFollow(target, MARK_HEAD_BYTES).toString("utf8"))) {
    throw new UsageError("output.not-ours", { file: shown, generator });
  }
  makeFoldersFor(target, shown);
  const temp = tempBeside(target);
  writeTemp(temp, text, shown);
  try {
    // A new file is linked (fails if one appeared meanwhile); an owned one is replaced by a rename,
    // which swaps the name itself and never writes through whatever the name pointed to.
    if (existing) renameSync(temp, target);
    else linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError("output.not-ours", { file: shown, generator });
    throw failedWrite(error, shown);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Compares a text given in parts with the file at `file` (opened without following a link), part by
 * part, holding one part's bytes at a time (a part may come as its pieces). `end()` says whether the
 * file held exactly the text.
 */
export function fileComparer(file: string): { add(part: string | PagePieces): void; end(): boolean } {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  const size = fstatSync(fd).size;
  let offset = 0;
  let same = true;
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    add(part) {
      if (!same) return;
      const bytes = typeof part === "string" ? Buffer.from(part) : piecesBytes(part);
      if (offset + bytes.length > size) same = false;
      else {
        const found = Buffer.alloc(bytes.length);
        same = readAt(fd, found, offset) === bytes.length && found.equals(bytes);
      }
      offset += bytes.length;
      if (!same) close();
    },
    end() {
      close();
      return same && offset === size;
    },
  };
}

/** The UTF-8 length of a page's pieces. */
export function piecesLength(pieces: PagePieces): number {
  let length = 0;
  for (const piece of pieces) length += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
  return length;
}

/** A page's pieces as one run of UTF-8 bytes. */
export function piecesBytes(pieces: PagePieces): Uint8Array {
  return Buffer.concat(pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece)));
}

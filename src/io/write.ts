import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { UsageError } from "../model/errors.js";
import { type Generator, hasMark } from "../model/marks.js";
import type { PagePieces } from "../model/page.js";
import { failedWrite, makeFoldersFor } from "./write-failures.js";

export class FileExistsError extends Error {}

/**
 * A temporary name beside `target`, on the same file system so a link or rename is atomic. It does not
 * repeat the target's name: a name near the file system's limit must not overflow here first.
 */
function tempBeside(target: string): string {
  // The global `crypto`, loaded when first used: `node:crypto` imported would cost every lint 5 ms to start.
  const random = Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString("hex");
  return path.join(path.dirname(target), `.lessonbook-${random}.tmp`);
}

/** Removes a file of ours on the way out of a failure: the failure, not this, is what the person hears. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left behind; the failure being reported matters more.
  }
}

/**
 * Writes `text` to the new temporary file `temp` (`wx`: never through a link, never over a file). One
 * that fails midway (the disk is full) is removed, and the failure names `shown`.
 */
function writeTemp(temp: string, text: string | Iterable<string>, shown: string): void {
  try {
    if (typeof text === "string") writeFileSync(temp, text, { flag: "wx" });
    else writeParts(temp, text);
  } catch (error) {
    // `wx` failing with EEXIST means the name was someone else's: theirs is left alone.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") removeQuietly(temp);
    throw failedWrite(error, shown);
  }
}

/** Characters written at a time by `writeParts`. */
const PART_CHARS = 1024 * 1024;

/** Writes `parts` one after another to the new file `file`, about `PART_CHARS` at a time: the whole text never exists at once. */
function writeParts(file: string, parts: Iterable<string>): void {
  const fd = openSync(file, "wx");
  try {
    let chunk = "";
    const flush = () => {
      const bytes = Buffer.from(chunk);
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
      chunk = "";
    };
    for (const part of parts) {
      chunk += part;
      if (chunk.length >= PART_CHARS) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to a temporary file beside `target`, then `land`s it (a link or a rename). Whatever
 * fails on the way, the temporary file and the folders made for it go, and the failure names `shown`.
 */
export function writeBeside(target: string, text: string | Iterable<string>, shown: string, land: (temp: string) => void): void {
  const removeFolders = makeFoldersFor(target, shown);
  const temp = tempBeside(target);
  try {
    writeTemp(temp, text, shown);
    try {
      land(temp);
    } finally {
      removeQuietly(temp);
    }
  } catch (error) {
    removeFolders();
    throw error instanceof FileExistsError || error instanceof UsageError ? error : failedWrite(error, shown);
  }
}

/**
 * Writes a new file in one step and never replaces an existing one: the text goes to a temporary file
 * beside it, which is then hard-linked to its name (an exclusive, atomic create).
 */
export function createFileExclusive(target: string, text: string, shown: string = target): void {
  // Said before anything is written: a file that is there is the answer, whatever else would fail.
  if (lstatIfExists(target)) throw new FileExistsError(target);
  writeBeside(target, text, shown, (temp) => {
    try {
      linkSync(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(target);
      throw error;
    }
  });
}

/** Replaces a file in one step: readers see the old text or the new, never half of it. `text` may come in parts. */
export function replaceFileAtomic(target: string, text: string | Iterable<string>, shown: string = target): void {
  writeBeside(target, text, shown, (temp) => renameSync(temp, target));
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
  const { fd, size } = openRegularNoFollow(file);
  try {
    const buffer = Buffer.alloc(Math.min(limit, size));
    return buffer.subarray(0, readAt(fd, buffer, 0));
  } finally {
    closeSync(fd);
  }
}

/** A regular file opened for reading as `readNoFollow` says, and its size; anything else is refused (EISDIR). */
function openRegularNoFollow(file: string): { fd: number; size: number } {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw Object.assign(new Error(`not a regular file: ${file}`), { code: "EISDIR", path: file, syscall: "open" });
    return { fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Bytes read at a time by `readLinesNoFollow`: a line longer than this is read on into a larger buffer. */
const LINES_CHUNK = 1024 * 1024;

/**
 * The lines of a regular file (without their line breaks), opened as `readNoFollow` opens one and read a
 * part at a time: a large file (a lint cache of 10,000 files, 86 MB) is never held whole, as one buffer
 * or one string, while its lines are turned into something smaller. Like `readNoFollow`, it reads no
 * more than `limit` bytes, nor more than the file held when opened. A last line without a line break is
 * given too; the file is closed when the caller stops early.
 */
export function* readLinesNoFollow(file: string, limit = Infinity, chunk = LINES_CHUNK): IterableIterator<string> {
  const { fd, size } = openRegularNoFollow(file);
  try {
    let left = Math.min(limit, size);
    let buffer = Buffer.alloc(Math.min(chunk, left));
    // Bytes at the buffer's start that belong to a line not ended yet.
    let kept = 0;
    for (;;) {
      // A line longer than the buffer: a larger one, never larger than what is left to read needs.
      if (kept === buffer.length && left > 0) {
        const larger = Buffer.alloc(kept + Math.min(Math.max(kept, 1), left));
        buffer.copy(larger, 0, 0, kept);
        buffer = larger;
      }
      const read = left > 0 ? readSync(fd, buffer, kept, Math.min(buffer.length - kept, left), null) : 0;
      left -= read;
      const filled = buffer.subarray(0, kept + read);
      let start = 0;
      // The bytes kept hold no line break: the search starts at the new ones.
      for (let end = filled.indexOf(10, kept); end !== -1; end = filled.indexOf(10, start)) {
        yield filled.toString("utf8", start, end);
        start = end + 1;
      }
      if (read === 0) {
        if (start < filled.length) yield filled.toString("utf8", start);
        return;
      }
      if (start > 0) buffer.copy(buffer, 0, start, filled.length);
      kept = filled.length - start;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the file `name` inside `folder` is a regular file, reached through plain folders (each looked
 * at with `lstat`) and without a link, that holds exactly `text`.
 */
export function holdsInside(folder: string, name: string, text: string | PagePieces): boolean {
  try {
    let at = folder;
    for (const part of name.split("/").slice(0, -1)) {
      at = path.join(at, part);
      if (!lstatSync(at).isDirectory()) return false;
    }
    return readNoFollow(path.join(folder, name)).equals(typeof text === "string" ? Buffer.from(text) : piecesBytes(text));
  } catch {
    return false;
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
  writeBeside(target, text, shown, (temp) => {
    try {
      // A new file is linked (fails if one appeared meanwhile); an owned one is replaced by a rename,
      // which swaps the name itself and never writes through whatever the name pointed to.
      if (existing) renameSync(temp, target);
      else linkSync(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError("output.not-ours", { file: shown, generator });
      throw error;
    }
  });
}

/**
 * Compares a text given in parts with the file at `file` (opened without following a link), part by
 * part, holding one part's bytes at a time (a part may come as its pieces). `end()` says whether the
 * file held exactly the text.
 */
export function fileComparer(file: string): { add(part: string | PagePieces): void; end(): boolean } {
  const { fd, size } = openRegularNoFollow(file);
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

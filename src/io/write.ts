import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export class FileExistsError extends Error {}

/** A temporary name beside `target`, on the same file system so a link or rename is atomic. */
function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Writes a new file in one step and never replaces an existing one: the text goes to a temporary file
 * beside it, which is then hard-linked to its name (an exclusive, atomic create).
 */
export function createFileExclusive(target: string, text: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = tempBeside(target);
  writeFileSync(temp, text, { flag: "wx" });
  try {
    linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(target);
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** Replaces a file in one step: readers see the old text or the new, never half of it. */
export function replaceFileAtomic(target: string, text: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = tempBeside(target);
  writeFileSync(temp, text, { flag: "wx" });
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
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

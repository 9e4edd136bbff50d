import { chmodSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { failedWrite } from "./write-failures.js";
import { tempBeside, writeTemp } from "./write.js";

export type FixWrite = "written" | "changed-on-disk";

/**
 * Writes a file `lint --fix` corrected, in one step (temporary file, then rename), and only if the file
 * still holds the bytes lessonbook read: an edit made meanwhile is never overwritten.
 */
export function writeFixed(cwd: string, file: string, original: Uint8Array, text: string): FixWrite {
  const target = path.resolve(cwd, file);
  const now = readFileSync(target);
  if (!now.equals(original)) return "changed-on-disk";
  // Not named after the file: a name near the file system's limit must not overflow here first.
  const temp = tempBeside(target);
  writeTemp(temp, text, file);
  try {
    chmodSync(temp, statSync(target).mode & 0o7777);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw failedWrite(error, file);
  }
  return "written";
}

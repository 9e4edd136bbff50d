import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { failedWrite, writeTemp } from "./write.js";

export type FixWrite = "written" | "changed-on-disk";

/**
 * Writes a file `lint --fix` corrected, in one step (temporary file, then rename), and only if the file
 * still holds the bytes lessonbook read: an edit made meanwhile is never overwritten.
 */
export function writeFixed(cwd: string, file: string, original: Uint8Array, text: string): FixWrite {
  const target = path.resolve(cwd, file);
  const now = readFileSync(target);
  if (!now.equals(original)) return "changed-on-disk";
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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

import { chmodSync, readFileSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import { writeBeside } from "./write.js";

export type FixWrite = "written" | "changed-on-disk";

/**
 * Writes a file `lint --fix` corrected, in one step (temporary file, then rename), and only if the file
 * still holds the bytes lessonbook read: an edit made meanwhile is never overwritten.
 */
export function writeFixed(cwd: string, file: string, original: Uint8Array, text: string): FixWrite {
  const target = path.resolve(cwd, file);
  const now = readFileSync(target);
  if (!now.equals(original)) return "changed-on-disk";
  const mode = statSync(target).mode & 0o7777;
  writeBeside(target, text, file, (temp) => {
    chmodSync(temp, mode);
    renameSync(temp, target);
  });
  return "written";
}

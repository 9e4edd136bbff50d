import { closeSync, fstatSync, ftruncateSync, openSync, statSync, writeFileSync } from "node:fs";
import { failedWrite } from "./write-failures.js";

/** GitHub shows a step summary of up to 1 MiB. */
const LIMIT = 1024 * 1024;

/**
 * Appends to the file GitHub Actions shows as the step's summary, when the run has one. Earlier steps
 * wrote to the same file: a write that fails midway (a full disk) is cut back off, so their summaries
 * are left as they were and no half of ours is shown.
 */
export function appendStepSummary(env: Readonly<Record<string, string | undefined>>, text: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (env.GITHUB_ACTIONS !== "true" || !file) return false;
  let fd: number | undefined;
  let before: number | undefined;
  try {
    fd = openSync(file, "a");
    before = fstatSync(fd).size;
    writeFileSync(fd, text);
  } catch (error) {
    if (fd !== undefined && before !== undefined) {
      try {
        ftruncateSync(fd, before);
      } catch {
        // The first failure is the one worth telling.
      }
    }
    throw failedWrite(error, file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return true;
}

/** How many bytes the step summary can still take, after what earlier steps wrote; `null` outside Actions. */
export function stepSummaryRoom(env: Readonly<Record<string, string | undefined>>): number | null {
  const file = env.GITHUB_STEP_SUMMARY;
  if (env.GITHUB_ACTIONS !== "true" || !file) return null;
  let used = 0;
  try {
    used = statSync(file).size;
  } catch {
    // Not created yet: the whole limit is free.
  }
  return Math.max(0, LIMIT - used - 4096);
}

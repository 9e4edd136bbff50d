import { appendFileSync, statSync } from "node:fs";
import { failedWrite } from "./write-failures.js";

/** GitHub shows a step summary of up to 1 MiB. */
const LIMIT = 1024 * 1024;

/** Appends to the file GitHub Actions shows as the step's summary, when the run has one. */
export function appendStepSummary(env: Readonly<Record<string, string | undefined>>, text: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (env.GITHUB_ACTIONS !== "true" || !file) return false;
  try {
    appendFileSync(file, text);
  } catch (error) {
    throw failedWrite(error, file);
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

import { appendFileSync } from "node:fs";

/** Appends to the file GitHub Actions shows as the step's summary, when the run has one. */
export function appendStepSummary(env: Readonly<Record<string, string | undefined>>, text: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (env.GITHUB_ACTIONS !== "true" || !file) return false;
  appendFileSync(file, text);
  return true;
}

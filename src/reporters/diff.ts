import { createTwoFilesPatch } from "diff";

/** What `lint --fix` would change in a file, as a unified diff. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const text = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, text(before), text(after), "", "", { context: 3 }).replace(/^=+\n/m, "");
}

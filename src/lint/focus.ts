import type { FileResult, LintResults } from "../model/index.js";

export interface Focus {
  /** Files the change added or modified, relative to the working directory. */
  changed: ReadonlySet<string>;
  /** Ids of incidents the change removed or renamed away. */
  removedIds: ReadonlySet<string>;
}

/**
 * Keeps what a pull request is about: the problems of the files it touched, plus the files that now
 * point at an incident it removed. The corpus was linted whole, so cross-file rules saw everything.
 */
export function focusResults(results: LintResults, focus: Focus): LintResults {
  const keep = (f: FileResult) =>
    focus.changed.has(f.file) ||
    f.diagnostics.some((d) => d.rule === "related-exists" && d.actual !== undefined && focus.removedIds.has(d.actual));
  const files = results.files
    .filter(keep)
    .map((f) =>
      focus.changed.has(f.file)
        ? f
        : { file: f.file, diagnostics: f.diagnostics.filter((d) => d.rule === "related-exists" && focus.removedIds.has(d.actual ?? "")) },
    );
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === "error") errors++;
      else warnings++;
    }
  }
  return { summary: { files: files.length, errors, warnings }, files };
}

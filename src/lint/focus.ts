import type { Diagnostic, FileResult, LintResults } from "../model/index.js";
import { summarize } from "./engine.js";

export interface Focus {
  /** Files the change added or modified, relative to the working directory. */
  changed: ReadonlySet<string>;
  /** Ids of incidents the change removed or renamed away. */
  removedIds: ReadonlySet<string>;
}

/**
 * Keeps what a pull request is about: the problems of the files it touched, plus the problems elsewhere
 * that are about an incident it removed (a diagnostic says which incident it is `about`). The corpus was
 * linted whole, so cross-file rules saw everything.
 */
export function focusResults(results: LintResults, focus: Focus): LintResults {
  const aboutRemoved = (d: Diagnostic) => d.about !== undefined && focus.removedIds.has(d.about);
  const files: FileResult[] = results.files.flatMap((f) => {
    if (focus.changed.has(f.file)) return [f];
    const kept = f.diagnostics.filter(aboutRemoved);
    return kept.length ? [{ file: f.file, diagnostics: kept }] : [];
  });
  return summarize(files);
}

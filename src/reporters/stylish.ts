import pc from "picocolors";
import { translate } from "../i18n/translate.js";
import type { LintResults } from "../model/index.js";
import { visible } from "./terminal.js";
import type { ReporterOptions } from "./types.js";

/** Problems grouped by file, one aligned line each, then a summary: for people reading a terminal. */
export function* stylish(results: LintResults, options: ReporterOptions): Generator<string> {
  const c = pc.createColors(options.color);
  const t = (id: string, data?: Record<string, string | number>) => translate(options.lang, id, data);
  const { errors, warnings, files } = results.summary;
  if (errors + warnings === 0) {
    yield `${c.green("✔")} ${t("lint.clean", { files })}\n`;
    return;
  }
  const words = { error: t("lint.severity.error"), warning: t("lint.severity.warning") };
  const width = Math.max(words.error.length, words.warning.length);
  let fixable = 0;
  for (const file of results.files) {
    if (file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((d) => ({ d, place: `${d.line}:${d.column}`, message: visible(d.message).replace(/\n/g, " ") }));
    const placeWidth = Math.max(...rows.map((r) => r.place.length));
    // Long messages are not padded: one of them would push every rule id off the screen.
    const messageWidth = Math.min(72, Math.max(...rows.map((r) => r.message.length)));
    let piece = `${c.underline(visible(file.file))}\n`;
    for (const { d, place, message } of rows) {
      if (d.fix) fixable++;
      const severity = d.severity === "error" ? c.red(words.error.padEnd(width)) : c.yellow(words.warning.padEnd(width));
      piece += `${`  ${c.dim(place.padEnd(placeWidth))}  ${severity}  ${message.padEnd(messageWidth)}  ${c.dim(d.rule)}`.trimEnd()}\n`;
    }
    yield `${piece}\n`;
  }
  const line = `✖ ${t("lint.problems", { total: errors + warnings, errors, warnings, files })}`;
  yield `${errors > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line))}\n`;
  if (fixable > 0) yield `${c.dim(t("lint.fixable", { count: fixable }))}\n`;
}

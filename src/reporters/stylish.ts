import pc from "picocolors";
import type { LintResults } from "../model/index.js";
import type { ReporterOptions } from "./types.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Problems grouped by file, one aligned line each, then a summary: for people reading a terminal. */
export function stylish(results: LintResults, options: ReporterOptions): string {
  const c = pc.createColors(options.color);
  const { errors, warnings, files } = results.summary;
  if (errors + warnings === 0) return `${c.green("✔")} ${plural(files, "incident file")} checked: no problems.\n`;
  const out: string[] = [];
  for (const file of results.files) {
    if (file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((d) => ({ d, place: `${d.line}:${d.column}` }));
    const placeWidth = Math.max(...rows.map((r) => r.place.length));
    // Long messages are not padded: one of them would push every rule id off the screen.
    const messageWidth = Math.min(72, Math.max(...rows.map((r) => r.d.message.length)));
    out.push(c.underline(file.file));
    for (const { d, place } of rows) {
      const severity = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
      out.push(`  ${c.dim(place.padEnd(placeWidth))}  ${severity}  ${d.message.padEnd(messageWidth)}  ${c.dim(d.rule)}`.trimEnd());
    }
    out.push("");
  }
  const total = errors + warnings;
  const line = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${plural(files, "incident file")}`;
  out.push(errors > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
  return `${out.join("\n")}\n`;
}

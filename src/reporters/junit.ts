import type { LintResults } from "../model/index.js";

function xml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest are escaped.
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JUnit XML for CI systems other than GitHub: one test case per file, failing when it has errors. */
export function* junit(results: LintResults): Generator<string> {
  const failures = results.files.filter((f) => f.diagnostics.some((d) => d.severity === "error")).length;
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lessonbook" tests="${results.files.length}" failures="${failures}">`,
    `  <testsuite name="lessonbook lint" tests="${results.files.length}" failures="${failures}" errors="0">`,
    "",
  ].join("\n");
  for (const f of results.files) {
    const errors = f.diagnostics.filter((d) => d.severity === "error");
    const lines = f.diagnostics.map((d) => `${f.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.rule})`);
    const failure = errors.length
      ? `\n      <failure message="${xml(`${errors.length} error${errors.length === 1 ? "" : "s"}`)}" type="lint">${xml(lines.join("\n"))}</failure>`
      : "";
    const out = !errors.length && lines.length ? `\n      <system-out>${xml(lines.join("\n"))}</system-out>` : "";
    yield `    <testcase classname="lessonbook" name="${xml(f.file)}">${failure}${out}${failure || out ? "\n    " : ""}</testcase>\n`;
  }
  yield "  </testsuite>\n</testsuites>\n";
}

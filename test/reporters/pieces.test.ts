/**
 * Every reporter gives its report in pieces, a file's problems at a time, so that a run with a hundred
 * thousand problems never holds the whole report as one text. Joined, the pieces must be exactly the
 * report written whole: for the JSON formats, what `JSON.stringify(…, null, 2)` writes of the same value.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic, LintResults } from "../../src/model/index.js";
import { REPORTER_NAMES, REPORTERS, type ReporterOptions } from "../../src/reporters/index.js";
import { reportText } from "../../src/reporters/types.js";
import { RULES } from "../../src/rules/index.js";
import { diagnostic } from "../support/diagnostics.js";

const OPTIONS: ReporterOptions = {
  color: false,
  lang: "en",
  tool: { name: "lessonbook", version: "1.2.3", informationUri: "https://example.org/lessonbook", rules: RULES },
};

function problem(file: string, line: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return diagnostic({
    file,
    line,
    column: 3,
    severity: line % 2 ? "warning" : "error",
    rule: line % 2 ? "overdue-action" : "schema",
    message: `Problem "${line}" with \\ backslash, 50% and a line\nbreak`,
    data: { field: "timeline[2].at", count: line },
    ...extra,
  });
}

/** Files with problems and files without, as a real run gives them. */
function resultsOf(files: [string, Diagnostic[]][]): LintResults {
  const all = files.flatMap(([, ds]) => ds);
  const errors = all.filter((d) => d.severity === "error").length;
  return {
    summary: { files: files.length, errors, warnings: all.length - errors },
    files: files.map(([file, diagnostics]) => ({ file, diagnostics })),
  };
}

const MANY = resultsOf([
  [
    "incidents/a.md",
    [problem("incidents/a.md", 2), problem("incidents/a.md", 3, { endLine: 3, endColumn: 9, expected: "x", actual: "y" })],
  ],
  ["incidents/clean.md", []],
  ["incidents/Campaña 50%.md", [problem("incidents/Campaña 50%.md", 4, { fix: { start: 0, end: 1, text: "z" }, fatal: true })]],
  ["incidents/c.md", [problem("incidents/c.md", 5)]],
]);
const NONE = resultsOf([["incidents/clean.md", []]]);

/** The text `JSON.stringify(…, null, 2)` writes of the value a report holds: what the whole was written as. */
const whole = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;

describe("reporters in pieces", () => {
  it("json writes, piece by piece, what JSON.stringify writes of the whole", () => {
    for (const results of [MANY, NONE]) {
      const text = reportText(REPORTERS.json(results, OPTIONS));
      expect(text).toBe(whole(text));
      // Every diagnostic, in file order (what each holds is the spec's shape, checked in text-formats).
      expect(JSON.parse(text).diagnostics.map((d: Diagnostic) => `${d.file}:${d.line}`)).toEqual(
        results.files.flatMap((f) => f.diagnostics.map((d) => `${d.file}:${d.line}`)),
      );
    }
  });

  it("sarif writes, piece by piece, what JSON.stringify writes of the parsed log", () => {
    for (const results of [MANY, NONE]) {
      const text = reportText(REPORTERS.sarif(results, OPTIONS));
      expect(text).toBe(whole(text));
      expect(JSON.parse(text).runs[0].results).toHaveLength(results.summary.errors + results.summary.warnings);
    }
  });

  it("gives each file with problems a piece of its own in every format", () => {
    for (const name of REPORTER_NAMES) {
      const pieces = [...REPORTERS[name](MANY, OPTIONS)];
      // Three files have problems: each has its piece, and no piece holds two files' problems.
      const holding = (file: string) => pieces.filter((p) => p.includes(file)).length;
      for (const file of ["incidents/a.md", "incidents/c.md"]) expect(holding(file), `${name} ${file}`).toBe(1);
      expect(
        pieces.some((p) => p.includes("incidents/a.md") && p.includes("incidents/c.md")),
        name,
      ).toBe(false);
    }
  });
});

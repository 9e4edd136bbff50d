import { describe, expect, it } from "vitest";
import { junit as junitPieces } from "../../src/reporters/junit.js";
import { reportText } from "../../src/reporters/types.js";
import type { LintResults } from "../../src/model/index.js";
import { diagnostic } from "../support/diagnostics.js";

const junit = (...args: Parameters<typeof junitPieces>) => reportText(junitPieces(...args));

const results: LintResults = {
  summary: { files: 2, errors: 2, warnings: 1 },
  files: [
    {
      file: "incidents/Campaña 50%.md",
      diagnostics: [
        diagnostic({
          file: "incidents/Campaña 50%.md",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 15,
          severity: "error",
          rule: "schema",
          message: 'Bad "severity" <high> & co',
        }),
        diagnostic({
          file: "incidents/Campaña 50%.md",
          line: 1,
          column: 1,
          severity: "error",
          rule: "parse",
          message: "Front-matter is never closed",
        }),
      ],
    },
    {
      file: "incidents/b.md",
      diagnostics: [
        diagnostic({ file: "incidents/b.md", line: 9, column: 3, severity: "warning", rule: "overdue-action", message: "late" }),
      ],
    },
  ],
};

describe("junit", () => {
  it("has one test case per file, failing on errors, with XML escaped", () => {
    const xml = junit(results);
    expect(xml).toContain('<testsuites name="lessonbook" tests="2" failures="1">');
    expect(xml).toContain('<testcase classname="lessonbook" name="incidents/Campaña 50%.md">');
    expect(xml).toContain("Bad &#34;severity&#34; &#60;high&#62; &#38; co");
    expect(xml).toMatch(
      /<testcase classname="lessonbook" name="incidents\/b\.md">\n\s+<system-out>incidents\/b\.md:9:3 warning late \(overdue-action\)<\/system-out>/,
    );
    expect(xml).not.toMatch(/<high>/);
  });
});

import { readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { LintResults } from "../../src/model/index.js";
import { junit } from "../../src/reporters/junit.js";
import { sarif } from "../../src/reporters/sarif.js";
import { renderJobSummary } from "../../src/render/job-summary.js";
import { RULES } from "../../src/rules/index.js";

const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"));
const TOOL = { name: "lessonbook", version: "0.1.0", informationUri: "https://www.npmjs.com/package/lessonbook", rules: RULES };

const results: LintResults = {
  summary: { files: 2, errors: 2, warnings: 1 },
  files: [
    {
      file: "incidents/Campaña 50%.md",
      diagnostics: [
        {
          file: "incidents/Campaña 50%.md",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 15,
          severity: "error",
          rule: "schema",
          message: 'Bad "severity" <high> & co',
        },
        { file: "incidents/Campaña 50%.md", line: 1, column: 1, severity: "error", rule: "parse", message: "Front-matter is never closed" },
      ],
    },
    {
      file: "incidents/b.md",
      diagnostics: [{ file: "incidents/b.md", line: 9, column: 3, severity: "warning", rule: "overdue-action", message: "late" }],
    },
  ],
};

describe("sarif", () => {
  const log = JSON.parse(sarif(results, { color: false, tool: TOOL, repoPath: (f) => `docs/${f}` }));

  it("validates against the SARIF 2.1.0 JSON Schema", () => {
    // The published schema has a pattern that is only valid without the `u` flag.
    // Both packages are CommonJS with a `default` export.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema can fail: a result without a message is rejected.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ruleId: "x" }] }] })).toBe(false);
  });

  it("describes every rule, with help links and default levels", () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual([...RULES.map((r) => r.id), "read", "parse"]);
    expect(rules[0]).toMatchObject({
      id: "schema",
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.any(String) },
      helpUri: "https://www.npmjs.com/package/lessonbook#rules-lessonbook-rules",
    });
    expect(rules.find((r: { id: string }) => r.id === "overdue-action").defaultConfiguration.level).toBe("warning");
  });

  it("locates results with stable rule ids, levels and repository-relative paths", () => {
    const [first, second, third] = log.runs[0].results;
    expect(first).toEqual({
      ruleId: "schema",
      ruleIndex: 0,
      level: "error",
      message: { text: 'Bad "severity" <high> & co' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "docs/incidents/Campa%C3%B1a%2050%25.md", uriBaseId: "%SRCROOT%" },
            region: { startLine: 5, startColumn: 11, endLine: 5, endColumn: 15 },
          },
        },
      ],
    });
    expect(second.ruleId).toBe("parse");
    expect(third.level).toBe("warning");
  });
});

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

describe("job summary", () => {
  it("lists every problem with links when it fits", () => {
    const text = renderJobSummary(results, { lineLink: (f, l) => `https://example.test/${f}#L${l}` });
    expect(text).toContain("✖ 3 problems (2 errors, 1 warning) in 2 incident files.");
    expect(text).toContain(
      '| [5:11](https://example.test/incidents/Campaña 50%.md#L5) | error | Bad "severity" &lt;high&gt; & co | `schema` |',
    );
    expect(text).toContain("| [9:3](https://example.test/incidents/b.md#L9) | warning | late | `overdue-action` |");
    expect(text).not.toContain("more problem");
  });

  it("stays under the 1 MiB limit and says how many it left out", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      file: `incidents/f${i % 50}.md`,
      line: i + 1,
      column: 1,
      severity: "error" as const,
      rule: "schema",
      message: "x".repeat(100),
    }));
    const big: LintResults = {
      summary: { files: 50, errors: many.length, warnings: 0 },
      files: Array.from({ length: 50 }, (_, f) => ({
        file: `incidents/f${f}.md`,
        diagnostics: many.filter((d) => d.file === `incidents/f${f}.md`),
      })),
    };
    const text = renderJobSummary(big);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
    const shown = (text.match(/^\| \d+:1 \|/gm) ?? []).length;
    expect(shown).toBeGreaterThan(1000);
    expect(text).toContain(`… and ${20_000 - shown} more problems not shown here`);
  });
});

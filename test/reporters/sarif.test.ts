import { readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { LintResults } from "../../src/model/index.js";
import { sarif as sarifPieces } from "../../src/reporters/sarif.js";
import { reportText } from "../../src/reporters/types.js";
import { RULES } from "../../src/rules/index.js";
import { diagnostic } from "../support/diagnostics.js";

const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"));
const TOOL = { name: "lessonbook", version: "0.1.0", informationUri: "https://www.npmjs.com/package/lessonbook", rules: RULES };

const sarif = (...args: Parameters<typeof sarifPieces>) => reportText(sarifPieces(...args));

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
          messageId: "not-one-of",
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

describe("sarif", () => {
  const log = JSON.parse(sarif(results, { color: false, lang: "en" as const, tool: TOOL, repoPath: (f) => `docs/${f}` }));

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
    // Reading and parsing are rules like the others, described like them.
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules.find((r: { id: string }) => r.id === "schema")).toMatchObject({
      id: "schema",
      shortDescription: { text: "Front-matter fields have the types and values the incident format defines." },
      fullDescription: { text: expect.any(String) },
      helpUri: "https://www.npmjs.com/package/lessonbook#rules-lessonbook-rules",
    });
    expect(rules.find((r: { id: string }) => r.id === "overdue-action").defaultConfiguration.level).toBe("warning");
  });

  it("locates results with stable rule ids, levels and repository-relative paths", () => {
    const [first, second, third] = log.runs[0].results;
    expect(first).toEqual({
      ruleId: "schema",
      ruleIndex: RULES.findIndex((r) => r.id === "schema"),
      level: "error",
      message: { text: 'Bad "severity" <high> & co' },
      properties: { messageId: "not-one-of" },
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

  it("describes the rules in the run's language", () => {
    const es = JSON.parse(sarif(results, { color: false, lang: "es", tool: TOOL }));
    const schemaRule = es.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "schema");
    expect(schemaRule.shortDescription.text).toBe(
      "Los campos del front-matter tienen los tipos y valores que define el formato de incidentes.",
    );
  });
});

import { describe, expect, it } from "vitest";
import type { Diagnostic, LintResults } from "../../src/model/index.js";
import { escapeData, escapeProperty, github as githubPieces } from "../../src/reporters/github.js";
import { json as jsonPieces } from "../../src/reporters/json.js";
import { stylish as stylishPieces } from "../../src/reporters/stylish.js";
import { reportText } from "../../src/reporters/types.js";
import { diagnostic, resultsOf } from "../support/diagnostics.js";

const github = (...args: Parameters<typeof githubPieces>) => reportText(githubPieces(...args));
const json = (...args: Parameters<typeof jsonPieces>) => reportText(jsonPieces(...args));
const stylish = (...args: Parameters<typeof stylishPieces>) => reportText(stylishPieces(...args));

const results = (diagnostics: Diagnostic[], files = 1): LintResults => resultsOf(diagnostics, files);

const TOOL = { name: "lessonbook", version: "1.2.3", informationUri: "https://www.npmjs.com/package/lessonbook", rules: [] };

const error: Diagnostic = diagnostic({
  file: "incidents/a.md",
  line: 5,
  column: 11,
  endLine: 5,
  endColumn: 15,
  severity: "error",
  rule: "schema",
  messageId: "not-one-of",
  data: { found: "hihg" },
  message: '"severity" must be one of critical, high',
});

describe("github", () => {
  it("escapes %, CR and LF in messages, and also : and , in properties, as the Actions toolkit does", () => {
    expect(escapeData("50% off\r\nnow")).toBe("50%25 off%0D%0Anow");
    expect(escapeProperty("a:b,c%d\n")).toBe("a%3Ab%2Cc%25d%0A");
  });

  it("writes one command per diagnostic with file, line, columns and title", () => {
    const out = github(
      results([
        error,
        {
          ...error,
          file: "incidents/Campaña, 50%: off.md",
          line: 2,
          column: 1,
          endLine: 4,
          endColumn: 3,
          severity: "warning",
          rule: "overdue-action",
          message: "due\n2026-01-01",
        },
      ]),
      // Paths are given from the repository root, as when lint runs in a subfolder.
      { repoPath: (f) => `site/${f}` },
    );
    expect(out.split("\n")).toEqual([
      '::error file=site/incidents/a.md,line=5,endLine=5,col=11,endColumn=15,title=schema::"severity" must be one of critical, high',
      // Columns are dropped on a range over several lines: Actions ignores them there.
      "::warning file=site/incidents/Campaña%2C 50%25%3A off.md,line=2,endLine=4,title=overdue-action::due%0A2026-01-01",
      "",
    ]);
  });

  it("prints nothing when there is nothing to say", () => {
    expect(github(results([]), {})).toBe("");
  });
});

describe("json", () => {
  it("has the spec's shape", () => {
    expect(JSON.parse(json(results([error])))).toEqual({ summary: { files: 1, errors: 1, warnings: 0 }, diagnostics: [error] });
    // The message id and its data travel with the worded message; a fix shows as fixable, not as offsets.
    const fixable = JSON.parse(json(results([{ ...error, fix: { start: 0, end: 1, text: "x" } }]))).diagnostics[0];
    expect(fixable).toMatchObject({ messageId: "not-one-of", data: { found: "hihg" }, fixable: true });
    expect(fixable.fix).toBeUndefined();
  });
});

describe("stylish", () => {
  it("groups by file, aligns places and ends with a summary; no colour unless asked", () => {
    const out = stylish(
      results([
        error,
        { ...error, line: 12, column: 3, severity: "warning", rule: "overdue-action", messageId: "overdue", message: "late" },
      ]),
      {
        color: false,
        lang: "en",
        tool: TOOL,
      },
    );
    expect(out).toBe(
      [
        "incidents/a.md",
        '  5:11  error    "severity" must be one of critical, high  schema',
        "  12:3  warning  late                                      overdue-action",
        "",
        "✖ 2 problems (1 error, 1 warning) in 1 incident file",
        "",
      ].join("\n"),
    );
    expect(out).not.toContain("\u001b[");
    expect(stylish(results([error]), { color: true, lang: "en", tool: TOOL })).toContain("\u001b[31m");
  });

  it("says so when all is well, in English and Spanish", () => {
    expect(stylish(results([], 3), { color: false, lang: "en", tool: TOOL })).toBe("✔ 3 incident files checked: no problems.\n");
    expect(stylish(results([], 1), { color: false, lang: "es", tool: TOOL })).toBe("✔ 1 archivo de incidente revisado: sin problemas.\n");
  });

  it("words severities and the summary in Spanish, and counts what --fix can correct", () => {
    const out = stylish(results([{ ...error, fix: { start: 0, end: 1, text: "x" } }]), { color: false, lang: "es", tool: TOOL });
    expect(out).toContain("  5:11  error  ");
    expect(out).toContain("✖ 1 problema (1 error, 0 avisos) en 1 archivo de incidente");
    expect(out).toContain("1 problema se puede corregir con lessonbook lint --fix.");
  });

  it("shows control characters from a file escaped, so they cannot rewrite the terminal", () => {
    const hostile = { ...error, file: "incidents/\u001b[2Ka.md", message: 'Unknown field "\u001b[1A\u001b[2KOK no problems\u0007"' };
    const out = stylish(results([hostile]), { color: false, lang: "en", tool: TOOL });
    expect([...out].some((c) => c.charCodeAt(0) < 0x20 && c !== "\n")).toBe(false);
    expect(out).toContain("\\u001b[1A");
    const gh = github(results([hostile]), {});
    expect([...gh].some((c) => c.charCodeAt(0) < 0x20 && c !== "\n")).toBe(false);
  });
});

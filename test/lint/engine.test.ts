/**
 * The engine checks files in groups, rule by rule. Whatever the grouping, every file's problems are the
 * ones it has when linted alone, in the same order; a rule that fails on one file of a group is that
 * file's problem only; and a group linted again once the exact Markdown parser is loaded is seen by the
 * corpus rules once. This file never loads that parser itself, so the first group that needs it throws.
 */
import { describe, expect, it } from "vitest";
import { type FileLint, Linter, lintWithParser } from "../../src/lint/index.js";
import { NeedsExactOutline } from "../../src/parse/index.js";
import { RULES, type Rule } from "../../src/rules/index.js";
import { incidentFieldNames, resolveConfig } from "../../src/schema/index.js";
import { parseDate } from "../../src/dates/index.js";
import { encode, FILES_OF_EVERY_KIND } from "../support/sources.js";
import { validIncident } from "../support/valid.js";

// Not test/support/lint.ts: it loads the exact Markdown parser, which the last test needs unloaded.
const PARSE_OPTIONS = { fields: incidentFieldNames() };
const run = { config: resolveConfig({}), today: parseDate("2026-11-23")!, lang: "en" as const };

const FILES = FILES_OF_EVERY_KIND;

const problems = (outcomes: readonly FileLint[]) =>
  outcomes.map((o) => [o.result.file, o.result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)]);

describe("linting files in groups", () => {
  it("finds in each file of a group what it finds in that file alone, in the same order", () => {
    const alone = problems(FILES.map((source) => new Linter(run, { parse: PARSE_OPTIONS }).lint(source)));
    expect(alone.flatMap(([, d]) => d).length).toBeGreaterThan(4);
    for (const size of [1, 3, FILES.length]) {
      const linter = new Linter(run, { parse: PARSE_OPTIONS });
      const grouped: FileLint[] = [];
      for (let at = 0; at < FILES.length; at += size) grouped.push(...linter.lintBatch(FILES.slice(at, at + size)));
      expect(problems(grouped)).toEqual(alone);
    }
  });

  it("gives the corpus rules every file of the groups once (a shared id is found across groups)", () => {
    const linter = new Linter(run, { parse: PARSE_OPTIONS });
    linter.lintBatch(FILES.slice(0, 3));
    linter.lintBatch(FILES.slice(3));
    const shared = linter.finish().files.flatMap((f) => f.diagnostics.filter((d) => d.rule === "unique-id").map(() => f.file));
    expect(shared).toEqual(["incidents/a.md", "incidents/g.md"]);
  });

  it("makes a rule that fails on one file of a group that file's problem only", () => {
    const failing: Rule = {
      id: "fails-on-b",
      severity: "warn",
      scope: "file",
      messages: [],
      create: () => (doc) => {
        if (doc.file === "incidents/b.md") throw new Error("broken rule");
      },
    };
    const group = FILES.slice(0, 3);
    const alone = problems(new Linter(run, { parse: PARSE_OPTIONS }).lintBatch(group));
    const outcomes = problems(new Linter(run, { parse: PARSE_OPTIONS, rules: [...RULES, failing] }).lintBatch(group));
    const broken = outcomes.map(([, list]) => (list as string[]).filter((d) => d.includes("broken rule")));
    expect(broken.map((list) => list.length)).toEqual([0, 1, 0]);
    expect(outcomes.map(([file, list]) => [file, (list as string[]).filter((d) => !d.includes("broken rule"))])).toEqual(alone);
  });

  it("lints a group again, whole, once a body needs the exact Markdown parser, and counts each file once", async () => {
    // A heading indented by a space or two is one the line scan leaves to remark.
    const unsure = validIncident("x").replace("## Lessons learned", "  ### Indented heading\n\n## Lessons learned");
    const group = [
      encode("incidents/a.md", validIncident("a")),
      encode("incidents/x.md", unsure),
      encode("incidents/z.md", validIncident("z")),
    ];
    expect(() => new Linter(run, { parse: PARSE_OPTIONS }).lintBatch(group)).toThrow(NeedsExactOutline);
    const linter = new Linter(run, { parse: PARSE_OPTIONS });
    const outcomes = await lintWithParser(linter, group);
    expect(outcomes.map((o) => o.result.file)).toEqual(["incidents/a.md", "incidents/x.md", "incidents/z.md"]);
    const results = linter.finish();
    expect(results.files.map((f) => f.file)).toEqual(["incidents/a.md", "incidents/x.md", "incidents/z.md"]);
    // Counted twice, the first file would share its id with itself.
    expect(results.files.flatMap((f) => f.diagnostics.map((d) => d.rule))).not.toContain("unique-id");
  });
});

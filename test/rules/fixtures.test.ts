/**
 * Per-rule fixtures, in the manner of markdownlint's and ESLint's suites:
 *
 *   fixtures/<rule-id>/<case>.md + <case>.expected.json   one file, linted alone
 *   fixtures/<rule-id>/<case>/**.md + <case>/expected.json a corpus, linted together; expected.json is keyed by relative path
 *
 * An expected diagnostic gives line, column, rule and severity exactly and a substring of the message.
 * The list for a file is complete: a diagnostic that is not listed fails the case.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/index.js";
import { RULES } from "../../src/rules/index.js";
import { lintSources, type Source } from "../support/lint.js";

const ROOT = fileURLToPath(new URL("./fixtures/", import.meta.url));

interface Expected {
  line: number;
  column: number;
  rule: string;
  severity: "error" | "warning";
  messageIncludes: string;
}

interface FixtureCase {
  rule: string;
  name: string;
  /** A single file, or a corpus folder. */
  kind: "file" | "folder";
  sources: Source[];
  expected: Record<string, Expected[]>;
}

const toPosix = (p: string) => p.split(path.sep).join("/");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** Every `.md` file under `dir`, with its path relative to `dir`. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => rel.endsWith(".md") && statSync(path.join(dir, rel)).isFile())
    .map(toPosix)
    .sort();
}

function discover(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const rule of readdirSync(ROOT).sort()) {
    const ruleDir = path.join(ROOT, rule);
    for (const entry of readdirSync(ruleDir).sort()) {
      const full = path.join(ruleDir, entry);
      if (statSync(full).isDirectory()) {
        const sources = markdownFiles(full).map((rel) => ({ file: rel, text: readFileSync(path.join(full, rel), "utf8") }));
        cases.push({ rule, name: entry, kind: "folder", sources, expected: readJson(path.join(full, "expected.json")) });
      } else if (entry.endsWith(".md")) {
        const name = entry.slice(0, -".md".length);
        const expectedFile = path.join(ruleDir, `${name}.expected.json`);
        if (!existsSync(expectedFile)) throw new Error(`fixture ${rule}/${entry} has no ${name}.expected.json`);
        const expected = { [entry]: readJson<Expected[]>(expectedFile) };
        cases.push({ rule, name, kind: "file", sources: [{ file: entry, text: readFileSync(full, "utf8") }], expected });
      } else if (!entry.endsWith(".expected.json")) {
        throw new Error(`unexpected fixture file ${rule}/${entry}`);
      }
    }
  }
  return cases;
}

const order = (a: { line: number; column: number; rule: string }, b: { line: number; column: number; rule: string }) =>
  a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/** Pairs actual diagnostics with expected ones; a message matches when it contains `messageIncludes`. */
function comparable(actual: Diagnostic[], expected: Expected[]) {
  const wanted = [...expected].sort(order);
  const got = [...actual].sort(order);
  return {
    got: got.map((d, i) => {
      const want = wanted[i];
      const message = want && d.message.includes(want.messageIncludes) ? want.messageIncludes : d.message;
      return { line: d.line, column: d.column, rule: d.rule, severity: d.severity, message };
    }),
    wanted: wanted.map((e) => ({ line: e.line, column: e.column, rule: e.rule, severity: e.severity, message: e.messageIncludes })),
  };
}

const CASES = discover();
const RULE_IDS = RULES.map((r) => r.id);

describe("rule fixtures", () => {
  it("are found", () => {
    expect(CASES.length).toBeGreaterThan(0);
  });

  for (const rule of [...new Set(CASES.map((c) => c.rule))]) {
    describe(rule, () => {
      for (const fixture of CASES.filter((c) => c.rule === rule)) {
        it(`${fixture.name}${fixture.kind === "folder" ? "/" : ".md"}`, () => {
          const diagnostics = lintSources(fixture.sources);
          expect(Object.keys(fixture.expected).sort()).toEqual(fixture.sources.map((s) => s.file).sort());
          for (const source of fixture.sources) {
            const { got, wanted } = comparable(
              diagnostics.filter((d) => d.file === source.file),
              fixture.expected[source.file] ?? [],
            );
            expect(got, source.file).toEqual(wanted);
          }
        });
      }
    });
  }
});

describe("fixture coverage", () => {
  it("every fixture folder is named after a rule", () => {
    expect(CASES.map((c) => c.rule).filter((r) => !RULE_IDS.includes(r))).toEqual([]);
  });

  it("a case named valid-* expects no diagnostic at all", () => {
    const noisy = CASES.filter((c) => c.name.startsWith("valid-") && Object.values(c.expected).some((list) => list.length > 0));
    expect(noisy.map((c) => `${c.rule}/${c.name}`)).toEqual([]);
  });

  for (const id of RULE_IDS) {
    it(`${id} has a failing fixture and a valid one`, () => {
      const own = CASES.filter((c) => c.rule === id);
      const failing = own.filter((c) => Object.values(c.expected).some((list) => list.some((d) => d.rule === id)));
      const valid = own.filter((c) => c.name.startsWith("valid-"));
      expect(failing.length, `no fixture in fixtures/${id}/ expects a "${id}" diagnostic`).toBeGreaterThan(0);
      expect(valid.length, `no fixtures/${id}/valid-* case`).toBeGreaterThan(0);
    });
  }
});

/**
 * Per-rule fixtures, in the manner of markdownlint's and ESLint's suites:
 *
 *   fixtures/<rule-id>/<case>.md + <case>.expected.json   one file, linted alone
 *   fixtures/<rule-id>/<case>/**.md + <case>/expected.json a corpus, linted together; expected.json is keyed by relative path
 *   fixtures/<rule-id>/<case>.fixed.md                     the file after `lint --fix`, for a case with certain fixes
 *
 * An expected diagnostic gives line, column, rule, severity and message id exactly, and the message's data
 * in part (only the keys written); `fatal`, when written, says whether report and build leave the file out. The list for a file is complete: a diagnostic not listed fails the case.
 * Messages are checked in words elsewhere; here the language does not matter, and both are tried.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/lint/index.js";
import type { Diagnostic } from "../../src/model/index.js";
import { RULES } from "../../src/rules/index.js";
import { resolveConfig } from "../../src/schema/index.js";
import { lintSources, PARSE_OPTIONS, type Source, TEST_TODAY } from "../support/lint.js";

const ROOT = fileURLToPath(new URL("./fixtures/", import.meta.url));

interface Expected {
  line: number;
  column: number;
  rule: string;
  severity: "error" | "warning";
  messageId: string;
  data?: Record<string, string | number>;
  fatal?: boolean;
}

interface FixtureCase {
  rule: string;
  name: string;
  kind: "file" | "folder";
  sources: Source[];
  expected: Record<string, Expected[]>;
  /** The text after `--fix`, for a single file with certain fixes. */
  fixed?: string;
}

const toPosix = (p: string) => p.split(path.sep).join("/");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

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
      } else if (entry.endsWith(".md") && !entry.endsWith(".fixed.md")) {
        const name = entry.slice(0, -".md".length);
        const expectedFile = path.join(ruleDir, `${name}.expected.json`);
        if (!existsSync(expectedFile)) throw new Error(`fixture ${rule}/${entry} has no ${name}.expected.json`);
        const fixedFile = path.join(ruleDir, `${name}.fixed.md`);
        cases.push({
          rule,
          name,
          kind: "file",
          sources: [{ file: entry, text: readFileSync(full, "utf8") }],
          expected: { [entry]: readJson<Expected[]>(expectedFile) },
          ...(existsSync(fixedFile) ? { fixed: readFileSync(fixedFile, "utf8") } : {}),
        });
      } else if (!entry.endsWith(".expected.json") && !entry.endsWith(".fixed.md")) {
        throw new Error(`unexpected fixture file ${rule}/${entry}`);
      }
    }
  }
  return cases;
}

const order = (a: { line: number; column: number; rule: string; messageId: string }, b: typeof a) =>
  a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.messageId.localeCompare(b.messageId);

/** Pairs actual diagnostics with expected ones; data matches when every expected key has its value. */
function comparable(actual: Diagnostic[], expected: Expected[]) {
  const wanted = [...expected].sort(order);
  const got = [...actual].sort(order);
  return {
    got: got.map((d, i) => {
      const want = wanted[i];
      const data = want?.data ? Object.fromEntries(Object.keys(want.data).map((k) => [k, d.data[k]])) : undefined;
      const fatal = want?.fatal !== undefined ? { fatal: d.fatal === true } : {};
      return {
        line: d.line,
        column: d.column,
        rule: d.rule,
        severity: d.severity,
        messageId: d.messageId,
        ...(data ? { data } : {}),
        ...fatal,
      };
    }),
    wanted: wanted.map((e) => ({
      line: e.line,
      column: e.column,
      rule: e.rule,
      severity: e.severity,
      messageId: e.messageId,
      ...(e.data ? { data: e.data } : {}),
      ...(e.fatal !== undefined ? { fatal: e.fatal } : {}),
    })),
  };
}

function fix(text: string, file: string): string | undefined {
  const linter = new Linter({ config: resolveConfig(), today: TEST_TODAY, lang: "en" }, { parse: PARSE_OPTIONS, fix: true });
  return linter.lint({ file, bytes: new TextEncoder().encode(text) }).output;
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
          for (const lang of ["en", "es"] as const) {
            const diagnostics = lintSources(fixture.sources, {}, lang);
            expect(Object.keys(fixture.expected).sort()).toEqual(fixture.sources.map((s) => s.file).sort());
            for (const source of fixture.sources) {
              const { got, wanted } = comparable(
                diagnostics.filter((d) => d.file === source.file),
                fixture.expected[source.file] ?? [],
              );
              expect(got, `${source.file} (${lang})`).toEqual(wanted);
            }
          }
        });
        if (fixture.kind === "file") {
          const source = fixture.sources[0]!;
          const fixable = lintSources(fixture.sources).some((d) => d.fix);
          if (fixture.fixed !== undefined || fixable) {
            it(`${fixture.name}.md is fixed as ${fixture.name}.fixed.md, and fixing again changes nothing`, () => {
              expect(fixture.fixed, "a case with certain fixes has its .fixed.md").toBeDefined();
              const output = fix(String(source.text), source.file);
              expect(output).toBe(fixture.fixed);
              expect(fix(fixture.fixed!, source.file)).toBeUndefined();
              // Only what a fix touched changed: every other line is byte-identical.
              const before = String(source.text).split("\n");
              const after = fixture.fixed!.split("\n");
              expect(after.length).toBe(before.length);
            });
          }
        }
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

  for (const rule of RULES) {
    it(`${rule.id} has a failing fixture and a valid one${rule.fixable ? ", and a fixed one" : ""}`, () => {
      const own = CASES.filter((c) => c.rule === rule.id);
      const failing = own.filter((c) => Object.values(c.expected).some((list) => list.some((d) => d.rule === rule.id)));
      const valid = own.filter((c) => c.name.startsWith("valid-"));
      expect(failing.length, `no fixture in fixtures/${rule.id}/ expects a "${rule.id}" diagnostic`).toBeGreaterThan(0);
      expect(valid.length, `no fixtures/${rule.id}/valid-* case`).toBeGreaterThan(0);
      if (rule.fixable)
        expect(
          own.some((c) => c.fixed !== undefined),
          `no fixtures/${rule.id}/*.fixed.md`,
        ).toBe(true);
    });
  }

  it("every message id a rule declares is reported by some fixture", () => {
    const seen = new Set(CASES.flatMap((c) => Object.values(c.expected).flatMap((list) => list.map((d) => `${d.rule}/${d.messageId}`))));
    const never = RULES.flatMap((r) => r.messages.map((m) => `${r.id}/${m}`)).filter((id) => !seen.has(id));
    // Some problems cannot be written as a text fixture (a binary file, a folder, a limit); they are tested in
    // test/parse. The parse ones are the parser's words for what no hint recognised: the fuzz test meets them.
    const elsewhere = new Set([
      "parse/missing-char",
      "parse/yaml-error",
      "parse/duplicate-key-here",
      "read/binary",
      "read/not-utf8",
      "read/too-large",
      "read/unreadable",
      "read/permission-denied",
      "read/is-folder",
      "read/gone",
      "read/internal",
    ]);
    expect(never.filter((id) => !elsewhere.has(id) && !id.startsWith("parse/limit-"))).toEqual([]);
  });
});

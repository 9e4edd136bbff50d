/**
 * The limits on one file, swept up to each limit and past it: under the limit the file is read; past it, the
 * file gets one plain problem naming the limit, at the place it was crossed, and nothing else is attempted.
 * Work is bounded by input size, never by a timer.
 */
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/parse/limits.js";
import { parseIncidentText } from "../../src/parse/document.js";
import { lintSources, PARSE_OPTIONS } from "../support/lint.js";
import { validIncident } from "../support/valid.js";

const FILE = "incidents/x.md";
const parse = (yaml: string) => parseIncidentText(FILE, `---\nid: x\n${yaml}\n---\n\n## Summary\n\nText.\n`, PARSE_OPTIONS);
const limitProblem = (yaml: string) => parse(yaml).problems.find((p) => p.messageId.startsWith("limit-"));

describe("nesting depth", () => {
  const blockNesting = (n: number) => Array.from({ length: n }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " end";
  const flowNesting = (n: number) => `deep: ${"[".repeat(n)}1${"]".repeat(n)}`;
  const mapNesting = (n: number) => `deep: ${"{a: ".repeat(n)}1${"}".repeat(n)}`;

  for (const [name, make] of [
    ["block mappings", blockNesting],
    ["flow lists", flowNesting],
    ["flow mappings", mapNesting],
  ] as const) {
    it(`reads ${name} up to the limit and names the limit past it (swept)`, () => {
      for (const n of [1, 10, LIMITS.depth - 4]) expect(limitProblem(make(n)), `${name} ${n}`).toBeUndefined();
      for (const n of [LIMITS.depth + 2, 200, 2_000, 3_000]) {
        const problem = limitProblem(make(n));
        expect(problem, `${name} ${n}`).toMatchObject({
          rule: "parse",
          messageId: "limit-depth",
          fatal: true,
          data: { max: LIMITS.depth },
        });
      }
    });
  }
});

describe("number of keys, list entries and aliases", () => {
  it("reads a front-matter with many fields up to the limit, and names the limit past it", () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v`).join("\n");
    expect(limitProblem(keys(LIMITS.keys - 10))).toBeUndefined();
    for (const n of [LIMITS.keys + 1, 40_000]) expect(limitProblem(keys(n))).toMatchObject({ messageId: "limit-keys" });
  });

  it("names the limit on list entries", () => {
    const items = (n: number) => `tags:\n${Array.from({ length: n }, (_, i) => `  - t${i}`).join("\n")}`;
    expect(limitProblem(items(1000))).toBeUndefined();
    expect(limitProblem(items(LIMITS.items + 1))).toMatchObject({ messageId: "limit-items" });
    expect(limitProblem(`tags: [${Array.from({ length: LIMITS.items + 1 }, (_, i) => `t${i}`).join(", ")}]`)).toMatchObject({
      messageId: expect.stringMatching(/^limit-(items|lineLength)$/),
    });
  });

  it("counts aliases before any parser expands them", () => {
    const aliases = (n: number) => `a: &a x\n${Array.from({ length: n }, (_, i) => `b${i}: *a`).join("\n")}`;
    expect(limitProblem(aliases(50))).toBeUndefined();
    expect(limitProblem(aliases(LIMITS.aliases + 1))).toMatchObject({ messageId: "limit-aliases" });
  });
});

describe("line length and file size", () => {
  it("names a front-matter line over the limit, at its line", () => {
    const problem = limitProblem(`title: ${"x".repeat(LIMITS.lineLength + 1)}`);
    expect(problem).toMatchObject({ messageId: "limit-lineLength", line: 3 });
    expect(limitProblem(`brackets: ${"[".repeat(1_000_000)}`)).toMatchObject({ messageId: "limit-lineLength" });
  });

  it("refuses a file over the size limit without reading it as text", () => {
    const [d] = lintSources([{ file: FILE, text: `---\nid: x\ntitle: ${"x".repeat(LIMITS.fileBytes)}\n---\n` }]);
    expect(d).toMatchObject({ rule: "read", messageId: "too-large", fatal: true });
  });
});

describe("one hostile file among good ones", () => {
  it("gets its own problem while every other file is still checked", () => {
    // Nested 1,300 levels deep with a key after it (still under the size limit): the parser's stack would overflow.
    const deep = `---\nid: deep\n${Array.from({ length: 1_300 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")}\nafter: 1\n---\n`;
    const good = validIncident("good");
    const diagnostics = lintSources([
      { file: "incidents/deep.md", text: deep },
      { file: "incidents/good.md", text: good.replace("severity: high", "severity: hihg") },
      { file: "incidents/flow.md", text: `---\nid: flow\nx: ${"[".repeat(5_000)}\n---\n` },
    ]);
    expect(diagnostics.filter((d) => d.file === "incidents/deep.md").map((d) => d.messageId)).toEqual(["limit-depth"]);
    expect(diagnostics.filter((d) => d.file === "incidents/flow.md").map((d) => d.messageId)).toEqual(["limit-depth"]);
    expect(diagnostics.filter((d) => d.file === "incidents/good.md").map((d) => d.messageId)).toContain("not-one-of-suggest");
    expect(diagnostics.every((d) => !/internal|Maximum call stack/.test(d.message))).toBe(true);
  });
});

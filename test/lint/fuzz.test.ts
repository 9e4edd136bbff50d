/**
 * A seeded mutator over the example incidents: thousands of damaged files (characters inserted, deleted
 * and swapped, lines repeated and moved, tabs, fences, brackets, quotes, control characters) go through the
 * whole lint, with fixes. Whatever the damage: nothing throws, no problem is an internal error, every place
 * is inside its file, and a fixed text reads again. Bounded by case count, never by time.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/lint/index.js";
import { resolveConfig } from "../../src/schema/index.js";
import { PARSE_OPTIONS, TEST_TODAY } from "../support/lint.js";

const ROOT = path.resolve(import.meta.dirname, "../../incidents");
const EXAMPLES = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => readFileSync(path.join(ROOT, f), "utf8"));

const PIECES = [
  "---",
  "\n",
  "\r\n",
  "\r",
  "\t",
  " ",
  ": ",
  "- ",
  "#",
  "[",
  "]",
  "{",
  "}",
  "'",
  '"',
  "“",
  "”",
  "&a ",
  "*a",
  "!!js/function ",
  "|",
  ">",
  "%",
  "@",
  "`",
  "\u0000",
  "\u001b[2K",
  "\u00a0",
  "\uFEFF",
  "é",
  "\u0301",
  "```",
  "<!--",
  "-->",
  "## Summary",
  "\\",
  "0x1F",
  "1_000",
  ".",
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("repeat-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("move-line" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(text: string, mutations: readonly object[]): string {
  let out = text;
  for (const m of mutations as { kind: string; at: number; piece?: string; length?: number; to?: number }[]) {
    const at = out.length ? m.at % out.length : 0;
    if (m.kind === "insert") out = out.slice(0, at) + m.piece + out.slice(at);
    else if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else if (m.kind === "truncate") out = out.slice(0, at);
    else {
      const lines = out.split("\n");
      const i = m.at % lines.length;
      if (m.kind === "repeat-line") lines.splice(i, 0, lines[i]!);
      else lines.splice((m.to ?? 0) % lines.length, 0, ...lines.splice(i, 1));
      out = lines.join("\n");
    }
  }
  return out;
}

function linter(fix: boolean, lang: "en" | "es") {
  return new Linter({ config: resolveConfig(), today: TEST_TODAY, lang }, { parse: PARSE_OPTIONS, fix });
}

describe("damaged incident files", () => {
  it("are each reported in place, and never take the run down", () => {
    let problems = 0;
    fc.assert(
      fc.property(
        fc.nat(EXAMPLES.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (n, mutations, fix, es) => {
          const text = mutate(EXAMPLES[n]!, mutations);
          const bytes = new TextEncoder().encode(text);
          const run = linter(fix, es ? "es" : "en");
          const outcome = run.lint({ file: "incidents/damaged.md", bytes });
          const results = run.finish();
          const lines = (outcome.output ?? text.replace(/^\uFEFF/, "")).split("\n");
          for (const d of results.files.flatMap((f) => f.diagnostics)) {
            problems++;
            expect(d.messageId, d.message).not.toBe("internal");
            expect(d.message).not.toMatch(/Maximum call stack|undefined|\[object |NaN/);
            expect(d.line, d.message).toBeGreaterThanOrEqual(1);
            expect(d.line, d.message).toBeLessThanOrEqual(lines.length + 1);
            expect(d.column, d.message).toBeGreaterThanOrEqual(1);
            expect(d.column, d.message).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 2);
            if (d.endLine !== undefined) expect(d.endLine).toBeGreaterThanOrEqual(d.line);
          }
          // A fixed text is read again without failing, and fixing it once more changes nothing more than once.
          if (outcome.output !== undefined) {
            const again = linter(true, "en").lint({ file: "incidents/damaged.md", bytes: new TextEncoder().encode(outcome.output) });
            expect(again.result.diagnostics.every((d) => d.messageId !== "internal")).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000), seed: Number(process.env.FUZZ_SEED ?? 20261125) },
    );
    expect(problems).toBeGreaterThan(1000);
  });
});

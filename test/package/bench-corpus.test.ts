import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the benchmark's generator is plain JavaScript, with no types of its own.
import { SHAPES, writeCorpus } from "../../bench/corpus.mjs";
import { baseEnv, runInProcess, workspace } from "../cli/run.js";

interface LintJson {
  summary: { files: number; errors: number; warnings: number };
  diagnostics: { file: string; severity: string; rule: string }[];
}

/** 200 files of `shape` written by the benchmark's generator, and what lint says of them. */
async function lintShape(shape: string): Promise<{ dir: string; report: LintJson }> {
  const dir = workspace({});
  (writeCorpus as (dir: string, n: number, shape: string) => void)(path.join(dir, "incidents"), 200, shape);
  const run = await runInProcess(["lint", "--format", "json"], dir, baseEnv());
  expect(run.code).toBe(1);
  return { dir, report: JSON.parse(run.stdout) as LintJson };
}

describe("the benchmark's corpora", () => {
  it.each(SHAPES as string[])("%s: valid incidents but one in 200, with overdue actions, as real corpora have", async (shape) => {
    const { report } = await lintShape(shape);
    expect(report.summary.files).toBe(200);
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    // The one file with errors is the eighth written (an action with no owner, and more by hand).
    expect([...new Set(errors.map((d) => d.file))]).toEqual([expect.stringMatching(/-7\.md$/)]);
    expect(errors.map((d) => d.rule)).toContain("action-owner-due");
    expect(report.diagnostics.some((d) => d.rule === "overdue-action")).toBe(true);
  });

  it("unique: no two files share a timeline event", async () => {
    const { dir } = await lintShape("unique");
    const seen = new Map<string, string>();
    const files = readdirSync(path.join(dir, "incidents"), { recursive: true }) as string[];
    for (const file of files.filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(path.join(dir, "incidents", file), "utf8");
      for (const [, event] of text.matchAll(/^ {4}event: (.*?) # step/gm)) {
        expect(seen.get(event!), `"${event}" in ${file} and ${seen.get(event!)}`).toBeUndefined();
        seen.set(event!, file);
      }
    }
    expect(seen.size).toBe(200 * 24);
  });

  it("actions: six lessons of four actions in each file, most of them done", async () => {
    const { dir, report } = await lintShape("actions");
    const files = (readdirSync(path.join(dir, "incidents"), { recursive: true }) as string[]).filter((f) => f.endsWith(".md"));
    const text = files.map((file) => readFileSync(path.join(dir, "incidents", file), "utf8")).join("\n");
    expect(text.match(/^ {2}- lesson: /gm)).toHaveLength(200 * 6);
    expect(text.match(/^ {6}- task: /gm)).toHaveLength(200 * 24);
    const open = text.match(/^ {8}status: open$/gm)?.length ?? 0;
    expect(open).toBeGreaterThan(200 * 24 * 0.05);
    expect(open).toBeLessThan(200 * 24 * 0.15);
    // About one in twelve is open; those due before the benchmark's today (2026-11-23) are overdue.
    const overdue = report.diagnostics.filter((d) => d.rule === "overdue-action").length;
    expect(overdue).toBeGreaterThan(open * 0.9);
    expect(overdue).toBeLessThanOrEqual(open);
  });
});

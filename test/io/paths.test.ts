import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutputFile, checkOutputFolder } from "../../src/io/paths.js";
import { UsageError } from "../../src/model/errors.js";
import { scratch, snapshot } from "./sandbox.js";

function refusal(run: () => unknown): { id: string; data: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return { id: error.messageId, data: error.data };
    throw error;
  }
  return { id: "accepted", data: {} };
}

/** Each way an output path can name a place: a folder, a nested folder, a file. */
const CHECKS = [
  { out: "kb", check: (out: string, cwd: string) => checkOutputFolder(out, cwd, ["incidents"]) },
  { out: "docs/kb", check: (out: string, cwd: string) => checkOutputFolder(out, cwd, ["incidents"]) },
  { out: "reports/2026-Q1.md", check: (out: string, cwd: string) => checkOutputFile(out, cwd) },
];

describe("an output path that goes through a symbolic link is refused, naming the link", () => {
  for (const { out, check } of CHECKS) {
    const parts = out.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const link = parts.slice(0, i).join("/");
      for (const target of ["inside", "outside"] as const) {
        it(`--out ${out} with ${link} → ${target}`, () => {
          const { top, work, inside, outside } = scratch();
          const dest = path.join(target === "inside" ? inside : outside, "dest");
          mkdirSync(dest);
          mkdirSync(path.dirname(path.join(work, link)), { recursive: true });
          symlinkSync(dest, path.join(work, link));
          const before = snapshot(top);
          const expected =
            link === out
              ? { id: "output.out-is-link", data: { out, option: "--out" } }
              : { id: "output.out-through-link", data: { out, link, option: "--out" } };
          expect(refusal(() => check(out, work))).toEqual(expected);
          expect(snapshot(top)).toEqual(before);
        });
      }
    }
  }
});

describe("output paths without links below the working directory", () => {
  for (const { out, check } of CHECKS) {
    it(`accepts --out ${out}, even when the working directory is reached through a link`, () => {
      const { top, work } = scratch();
      symlinkSync(work, path.join(top, "work-link"));
      expect(check(out, work)).toBe(path.join(work, out));
      expect(check(out, path.join(top, "work-link"))).toBe(path.join(top, "work-link", out));
    });
  }

  it("still refuses folders outside the working directory, however they are written", () => {
    const { top, work } = scratch();
    for (const out of ["..", "../outside", path.join(top, "outside"), ".", "kb/../.."]) {
      expect(refusal(() => checkOutputFolder(out, work, ["incidents"])).id, out).toBe("out.folder-outside");
    }
    expect(refusal(() => checkOutputFile("../report.md", work)).id).toBe("out.file-outside");
  });

  it("refuses an --out that reaches the working directory from outside through a link", () => {
    const { top, work, outside } = scratch();
    symlinkSync(outside, path.join(work, "away"));
    expect(refusal(() => checkOutputFolder(path.join(top, "work/away/kb"), work, ["incidents"]))).toEqual({
      id: "output.out-through-link",
      data: { out: path.join(top, "work/away/kb"), link: "away", option: "--out" },
    });
  });
});

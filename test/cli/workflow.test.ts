import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run.js";

describe(".github/workflows/incidents.yml", () => {
  const workflow = parse(readFileSync(`${ROOT}/.github/workflows/incidents.yml`, "utf8"));
  const steps: { run?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] = workflow.jobs.incidents.steps;

  it("lints only the changed incidents on pull requests, with the base branch's history fetched", () => {
    expect(steps[0]!.with).toMatchObject({ "fetch-depth": 0 });
    const lint = steps.find((s) => s.run?.includes("--changed-since"))!;
    expect(lint.run).toBe('npx lessonbook lint --changed-since "origin/$BASE_REF"');
    // The branch name reaches the shell as a variable, never spliced into the script.
    expect(lint.env).toEqual({ BASE_REF: "${{ github.base_ref }}" });
  });

  it("checks that kb/ is up to date and asks for no write permission", () => {
    expect(steps.some((s) => s.run === "npx lessonbook build --check")).toBe(true);
    expect(workflow.permissions).toEqual({ contents: "read" });
  });
});

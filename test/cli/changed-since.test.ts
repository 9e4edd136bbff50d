import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validIncident } from "../support/valid.js";
import { baseEnv, runBin, runInProcess, workspace } from "./run.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "init.defaultBranch=main", ...args], {
    cwd,
    encoding: "utf8",
  });
}

const incident = (id: string, extra = "") => validIncident(id, extra);

/**
 * A repository whose main branch has four incidents, one of them with an old error nobody touches;
 * then a pull-request-like change: one added (with an error), one modified (now with an error), one
 * renamed (id and name together), and one deleted that another incident still references.
 */
function pullRequest(): string {
  const cwd = workspace({
    "incidents/old-error.md": incident("old-error").replace("severity: high", "severity: hihg"),
    "incidents/keep.md": incident("keep"),
    "incidents/edit.md": incident("edit"),
    "incidents/move.md": incident("move"),
    "incidents/gone.md": incident("gone"),
    "incidents/refers.md": incident("refers", "related: [gone]\n"),
  });
  dirs.push(cwd);
  git(cwd, "init", "-q");
  git(cwd, "add", ".");
  git(cwd, "commit", "-qm", "base");
  git(cwd, "branch", "base");
  writeFileSync(path.join(cwd, "incidents/new.md"), incident("new").replace("status: final", "status: finished"));
  const edit = path.join(cwd, "incidents/edit.md");
  writeFileSync(edit, readFileSync(edit, "utf8").replace("detected: 2026-03-14T11:00:00-05:00", "detected: 2026-03-13T11:00:00-05:00"));
  git(cwd, "add", "incidents/edit.md");
  git(cwd, "commit", "-qm", "edit committed");
  // A real rename, so git reports it as one (R) rather than as a deletion and a new file.
  git(cwd, "mv", "incidents/move.md", "incidents/moved.md");
  const moved = path.join(cwd, "incidents/moved.md");
  writeFileSync(moved, readFileSync(moved, "utf8").replace("id: move", "id: moved").replace("owner: Marta Gil", "owner: ''"));
  rmSync(path.join(cwd, "incidents/gone.md"));
  return cwd;
}

describe("lint --changed-since", () => {
  it("reports on exactly the changed files, and on files that reference a deleted incident", async () => {
    const cwd = pullRequest();
    const run = await runInProcess(["lint", "--changed-since", "base", "--format", "json"], cwd, baseEnv());
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    const pairs = out.diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`);
    expect(pairs).toEqual([
      "incidents/edit.md time-order",
      "incidents/moved.md schema",
      "incidents/new.md schema",
      "incidents/refers.md related-exists",
    ]);
    expect(out.summary).toEqual({ files: 4, errors: 4, warnings: 0 });
    expect(run.stdout).not.toContain("old-error");
  });

  it("through the real bin under GitHub Actions: annotations for changed lines, every problem in the job summary", () => {
    const cwd = pullRequest();
    const summary = path.join(cwd, "summary.md");
    writeFileSync(summary, "earlier step\n");
    const env = baseEnv({
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "brand/incidents",
      GITHUB_SHA: "abc123",
    });
    const run = runBin(["lint", "--changed-since", "base"], cwd, env);
    expect(run.code).toBe(1);
    const annotations = run.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations.map((l) => /file=([^,]+)/.exec(l)![1])).toEqual([
      "incidents/edit.md",
      "incidents/moved.md",
      "incidents/new.md",
      "incidents/refers.md",
    ]);
    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("earlier step\n## lessonbook lint")).toBe(true);
    expect(text).toContain("✖ 4 problems (4 errors, 0 warnings) in 4 incident files.");
    expect(text).toContain("(https://github.com/brand/incidents/blob/abc123/incidents/new.md#L4)");
    expect(text).not.toContain("old-error");
  });

  it("without a ref, reports everything, the old error included", async () => {
    const run = await runInProcess(["lint", "--format", "json"], pullRequest(), baseEnv());
    expect(run.stdout).toContain("incidents/old-error.md");
  });

  it("exits 2 with a clear message for an unknown ref, an option-like ref, or outside a repository", async () => {
    const cwd = pullRequest();
    const unknown = await runInProcess(["lint", "--changed-since", "nope"], cwd, baseEnv());
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toContain('git knows no commit "nope"');
    expect((await runInProcess(["lint", "--changed-since=--output=x"], cwd, baseEnv())).code).toBe(2);
    const plain = workspace({ "incidents/keep.md": incident("keep") });
    dirs.push(plain);
    const outside = await runInProcess(
      ["lint", "--changed-since", "main"],
      plain,
      baseEnv({ GIT_CEILING_DIRECTORIES: path.dirname(plain) }),
    );
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("needs a git repository");
  });

  it("sees a rename as git does, and names files from the repository root when run in a subfolder", async () => {
    const cwd = pullRequest();
    expect(git(cwd, "diff", "--name-status", "-M", "base", "--", "incidents/moved.md", "incidents/move.md")).toMatch(
      /^R\d+\tincidents\/move\.md\tincidents\/moved\.md/,
    );
    const run = await runInProcess(
      ["lint", ".", "--changed-since", "base"],
      path.join(cwd, "incidents"),
      baseEnv({ GITHUB_ACTIONS: "true" }),
    );
    const files = run.stdout
      .split("\n")
      .filter((l) => l.startsWith("::"))
      .map((l) => /file=([^,]+)/.exec(l)![1]);
    expect(files).toEqual(["incidents/edit.md", "incidents/moved.md", "incidents/new.md", "incidents/refers.md"]);
  });

  it("judges a branch against where it left the base, not against the base's later commits", async () => {
    const cwd = pullRequest();
    git(cwd, "add", "-A");
    git(cwd, "commit", "-qm", "pull request");
    git(cwd, "checkout", "-q", "-b", "feature");
    git(cwd, "checkout", "-q", "base");
    // The base branch moves on after the branch point: a file the pull request never touched changes there.
    const keep = path.join(cwd, "incidents/keep.md");
    writeFileSync(keep, readFileSync(keep, "utf8").replace("status: final", "status: review"));
    git(cwd, "commit", "-qam", "base moves on");
    git(cwd, "checkout", "-q", "feature");
    const json = JSON.parse((await runInProcess(["lint", "--changed-since", "base", "--format", "json"], cwd, baseEnv())).stdout);
    const files = [...new Set(json.diagnostics.map((d: { file: string }) => d.file))];
    expect(files).toEqual(["incidents/edit.md", "incidents/moved.md", "incidents/new.md", "incidents/refers.md"]);
    // Compared with the base's tip, keep.md would differ and be reported with its status change.
    expect(json.summary.files).toBe(4);
  });

  it("encodes #, %, spaces and colons in SARIF paths", async () => {
    const cwd = pullRequest();
    mkdirSync(path.join(cwd, "incidents/odd"), { recursive: true });
    writeFileSync(path.join(cwd, "incidents/odd/a b,c:d%e#f.md"), incident("x"));
    const sarif = JSON.parse(
      (await runInProcess(["lint", ".", "--changed-since", "base", "--format", "sarif"], path.join(cwd, "incidents"), baseEnv())).stdout,
    );
    const uris = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain("incidents/odd/a%20b%2Cc%3Ad%25e%23f.md");
  });
});

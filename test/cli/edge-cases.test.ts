import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintText } from "../support/lint.js";
import { validIncident } from "../support/valid.js";
import { baseEnv, ROOT, runInProcess, workspace } from "./run.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function examples(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lessonbook-edge-"));
  dirs.push(dir);
  cpSync(path.join(ROOT, "incidents"), path.join(dir, "incidents"), { recursive: true });
  return dir;
}

function space(files: Record<string, string>): string {
  const dir = workspace(files);
  dirs.push(dir);
  return dir;
}

describe("what goes into reports", () => {
  it("a rule raised to error for process reasons does not drop incidents from the figures", async () => {
    const cwd = examples();
    writeFileSync(path.join(cwd, "lessonbook.config.json"), JSON.stringify({ rules: { "overdue-action": "error" } }));
    const json = JSON.parse((await runInProcess(["report", "--quarter", "2026-Q1", "--format", "json"], cwd, baseEnv())).stdout);
    expect(json.incidents).toHaveLength(2);
    expect(json.actions).toMatchObject({ open: 7, overdue: 2 });
    expect(json.skipped).toEqual([]);
  });
});

describe("lint of named files", () => {
  it("still sees the rest of the corpus for related ids and unique ids", async () => {
    const cwd = space({ "incidents/aa.md": validIncident("aa"), "incidents/bb.md": validIncident("bb", "related: [aa]\n") });
    const run = await runInProcess(["lint", "incidents/bb.md"], cwd, baseEnv());
    expect(run).toMatchObject({ code: 0, stdout: "✔ 1 incident file checked: no problems.\n" });
    const dup = space({ "incidents/aa.md": validIncident("aa"), "other/aa.md": validIncident("aa") });
    expect((await runInProcess(["lint", "other/aa.md", "--format", "json"], dup, baseEnv())).stdout).toContain('"rule": "unique-id"');
  });
});

describe("output folders and files", () => {
  it("refuses a build inside the incident folder, even an empty one, and accepts names that only start with ..", async () => {
    const cwd = examples();
    const inside = await runInProcess(["build", "--out", "incidents/kb"], cwd, baseEnv());
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("overlaps the incident folder incidents");
    expect(existsSync(path.join(cwd, "incidents/kb"))).toBe(false);
    expect((await runInProcess(["build", "--out", "..kb"], cwd, baseEnv())).code).toBe(0);
    expect(existsSync(path.join(cwd, "..kb/README.md"))).toBe(true);
  });

  it("does not follow a link out of the working directory", async () => {
    const cwd = examples();
    const elsewhere = mkdtempSync(path.join(tmpdir(), "lessonbook-elsewhere-"));
    dirs.push(elsewhere);
    symlinkSync(elsewhere, path.join(cwd, "kbl"));
    const run = await runInProcess(["build", "--out", "kbl"], cwd, baseEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("inside the working directory");
  });

  it("says what is wrong, not 'internal error', for a folder given as a file and the reverse", async () => {
    const cwd = examples();
    mkdirSync(path.join(cwd, "adir"));
    writeFileSync(path.join(cwd, "afile"), "x");
    const report = await runInProcess(["report", "--out", "adir"], cwd, baseEnv());
    expect(report).toMatchObject({ code: 2 });
    expect(report.stderr).toContain("--out adir is a folder");
    const build = await runInProcess(["build", "--out", "afile"], cwd, baseEnv());
    expect(build.stderr).toContain("--out afile is a file, not a folder");
    const fresh = await runInProcess(["new", "X", "--dir", "afile/sub"], cwd, baseEnv());
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toMatch(/^lessonbook: cannot .* a part of the path is a file, not a folder\.\n$/);
    const today = await runInProcess(["lint"], cwd, baseEnv({ LESSONBOOK_TODAY: "soon" }));
    expect(today).toMatchObject({ code: 2 });
    expect(today.stderr).toContain('LESSONBOOK_TODAY must be a date (YYYY-MM-DD); found "soon"');
    for (const r of [report, build, fresh, today]) expect(r.stderr).not.toContain("internal error");
  });
});

describe("new follows the configuration", () => {
  it("writes the configured sections and resolves a glob path to its folder", async () => {
    const config = {
      paths: ["incidents/**/*.md"],
      sections: [
        ["Summary", "Resumen"],
        ["Audience reaction", "Reacción"],
      ],
    };
    const cwd = space({ "lessonbook.config.json": JSON.stringify(config) });
    const made = await runInProcess(["new", "Glob", "--lang", "es"], cwd, baseEnv());
    expect(made.stdout).toBe("incidents/2026/2026-11-23-glob.md\n");
    const text = readFileSync(path.join(cwd, "incidents/2026/2026-11-23-glob.md"), "utf8");
    expect(text).toContain("## Reacción");
    expect((await runInProcess(["lint"], cwd, baseEnv())).code).toBe(0);
  });
});

describe("links", () => {
  it("survive #, spaces and parentheses in folder names", async () => {
    const cwd = space({ "incidents/Campaña #1 (beta)/promo-a.md": validIncident("promo-a") });
    expect((await runInProcess(["build"], cwd, baseEnv())).code).toBe(0);
    const page = readFileSync(path.join(cwd, "kb/README.md"), "utf8");
    const href = /\]\((\.\.\/incidents\/[^)]+)\)/.exec(page)![1]!;
    expect(href).toBe("../incidents/Campa%C3%B1a%20%231%20%28beta%29/promo-a.md");
    expect(existsSync(path.join(cwd, "kb", decodeURIComponent(href)))).toBe(true);
  });
});

describe("blameless language", () => {
  it("lets a negation through: nobody is to blame", () => {
    const text = validIncident().replace("Every promo code is checked", "Nobody is to blame; every promo code is checked");
    expect(lintText("incidents/2026-03-14-promo-code-at-90-percent.md", text)).toEqual([]);
    const blaming = validIncident().replace("Every promo code is checked", "The agency is to blame; every promo code is checked");
    expect(lintText("incidents/2026-03-14-promo-code-at-90-percent.md", blaming).map((d) => d.rule)).toEqual(["blameless-language"]);
  });
});

describe("a disk that fills up while lessonbook writes", () => {
  // A file-size limit stands in for a full disk: the write fails midway, after the file was created.
  // `sh` counts the limit in blocks of 512 bytes: no file may grow past 8 KiB.
  const limited = (cwd: string, args: string, env: Record<string, string> = {}) =>
    spawnSync("sh", ["-c", `ulimit -f 16 && exec node ${JSON.stringify(path.join(ROOT, "bin/lessonbook.js"))} ${args}`], {
      cwd,
      env: baseEnv(env),
      encoding: "utf8",
    });
  const leftovers = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.lessonbook-/.test(f));

  it.each([
    [
      "report --format html --out review.html",
      "review.html",
      "cannot write review.html: the file would be larger than this system allows.",
    ],
    ["report --format html --out review.html --lang es", "review.html", "no se puede escribir review.html: el archivo superaría"],
    ["build --html --out site-kb", "site-kb", "cannot write site-kb/"],
  ])("%s: says which file and why in words, and leaves nothing half-written", (args, target, said) => {
    const cwd = examples();
    const run = limited(cwd, args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(said);
    expect(run.stderr).not.toMatch(/internal error|error interno/);
    expect(existsSync(path.join(cwd, target))).toBe(false);
    expect(leftovers(cwd)).toEqual([]);
  });

  it("leaves the summaries of earlier steps as they were when its own does not fit", () => {
    const cwd = examples();
    const summary = path.join(cwd, "step-summary.md");
    // Earlier steps' summaries, 500 bytes short of the limit: lint's summary starts to fit, then fails.
    const earlier = `## Build\n\n${"Earlier step. ".repeat(540)}\n`.slice(0, 8192 - 500);
    writeFileSync(summary, earlier);
    const run = limited(cwd, "lint", { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("step-summary.md: the file would be larger than this system allows.");
    expect(run.stderr).not.toMatch(/internal error/);
    expect(readFileSync(summary, "utf8")).toBe(earlier);
  });
});

describe("build --check on a folder never built", () => {
  it("names the first 20 files and counts the rest, which a build then writes", async () => {
    const cwd = examples();
    const check = await runInProcess(["build", "--html", "--check"], cwd, baseEnv());
    expect(check.code).toBe(1);
    const named = check.stdout.split("\n").filter((line) => line.endsWith(" is out of date"));
    expect(named).toHaveLength(20);
    const more = Number(/^…and (\d+) more files$/m.exec(check.stdout)?.[1]);
    const build = await runInProcess(["build", "--html"], cwd, baseEnv());
    const pages = Number(/kb\/: (\d+) pages/.exec(build.stdout)?.[1]);
    expect(pages).toBeGreaterThan(20);
    expect(20 + more).toBe(pages + 1); // and the manifest
  });
});

describe("two builds of one folder at once", () => {
  it.each([
    ["en", "Another lessonbook build is writing kb right now (process {pid}), so nothing was written."],
    ["es", "Otra compilación de lessonbook está escribiendo kb en este momento (proceso {pid}), así que no se escribió nada."],
  ])("the second one waits its turn, in words (%s), and touches nothing", (lang, said) => {
    const cwd = examples();
    const kb = path.join(cwd, "kb");
    const bin = path.join(ROOT, "bin/lessonbook.js");
    expect(spawnSync("node", [bin, "build", "--html"], { cwd, env: baseEnv() }).status).toBe(0);
    const before = readdirSync(kb, { recursive: true, encoding: "utf8" }).sort();
    // This test's own process stands for a build still running.
    const lock = JSON.stringify({ pid: process.pid, host: hostname(), token: ".lessonbook-staging-0" });
    writeFileSync(path.join(kb, ".lessonbook-lock"), lock);
    rmSync(path.join(kb, "README.md"));
    const run = spawnSync("node", [bin, "build", "--html", "--lang", lang], { cwd, env: baseEnv(), encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(said.replace("{pid}", String(process.pid)));
    expect(run.stderr).toContain("kb/.lessonbook-lock");
    expect(readFileSync(path.join(kb, ".lessonbook-lock"), "utf8")).toBe(lock);
    expect(readdirSync(kb, { recursive: true, encoding: "utf8" }).sort()).toEqual(
      before
        .filter((f) => f !== "README.md")
        .concat(".lessonbook-lock")
        .sort(),
    );
  });
});

describe("what a reviewer's terminal and a pipe see", () => {
  it("ends quietly when the reader closes the pipe early", () => {
    const cwd = examples();
    for (const command of [
      `node ${JSON.stringify(path.join(ROOT, "bin/lessonbook.js"))} rules | head -1`,
      `node ${JSON.stringify(path.join(ROOT, "bin/lessonbook.js"))} lint | head -1`,
    ]) {
      const run = spawnSync("sh", ["-c", command], { cwd, env: baseEnv(), encoding: "utf8" });
      expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(1);
      expect(run.stderr).toBe("");
    }
  });

  it("reads a CRLF file whose fields only the exact parser reads, a quoted value on its last line", () => {
    const text = validIncident("2026-03-14-promo-code-at-90-percent", "brand: 'Acme'\n")
      .replace("channels: [email, web]", "channels: [email,\n  web]")
      .replace(/\n/g, "\r\n");
    const found = lintText("incidents/2026/2026-03-14-promo-code-at-90-percent.md", text);
    expect(found.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("places the end of a bad value right on the last front-matter line of a CRLF file", () => {
    const text = validIncident("2026-03-14-promo-code-at-90-percent", "tags: [promo, Bad Tag]\n").replace(/\n/g, "\r\n");
    const [d] = lintText(
      "incidents/2026/2026-03-14-promo-code-at-90-percent.md",
      text.replace("tags: [promo, Bad Tag]", "related: [NotAnId]"),
    );
    expect(d).toMatchObject({ rule: "schema", messageId: "slug" });
    const line = text.replace("tags: [promo, Bad Tag]", "related: [NotAnId]").split("\r\n")[d!.line - 1]!;
    expect(line.slice(d!.column - 1, d!.endColumn! - 1)).toBe("NotAnId");
  });

  it("never takes markup in an owner's name for a person named in the cause", () => {
    const text = validIncident()
      .replace("owner: Marta Gil", 'owner: "<script>window"')
      .replace(
        "summary: The discount field accepted 90 where 9 was meant and no second check existed.",
        "summary: The window for review closed before the script ran.",
      );
    expect(lintText("incidents/2026/2026-03-14-promo-code-at-90-percent.md", text).filter((d) => d.rule === "blameless-language")).toEqual(
      [],
    );
  });
});

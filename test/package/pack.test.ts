/**
 * The package as a team gets it: `npm pack`, then `npm install --save-dev ./lessonbook-<v>.tgz` in a
 * fresh git repository and every command through `npx lessonbook`, under plain node, with none of our
 * devDependencies installed. Slow by nature (an npm install), so it runs once, with generous time.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { optionLabel, renderIssueBody } from "../scaffold/issue-body.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const work = mkdtempSync(path.join(tmpdir(), "lessonbook-pack-"));
const project = path.join(work, "acme-marketing");
const env = {
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? work,
  LESSONBOOK_TODAY: "2026-11-23",
  npm_config_update_notifier: "false",
};

function lessonbook(...args: string[]) {
  const r = spawnSync(NPM, ["exec", "--no", "--", "lessonbook", ...args], { cwd: project, env, encoding: "utf8", input: "" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tarball = "";

beforeAll(() => {
  // dist/ is built by `npm test` (and by prepack on a real pack); packing must not rebuild it while other tests run from it.
  expect(existsSync(path.join(ROOT, "dist")), "run npm run build first").toBe(true);
  const packed = JSON.parse(
    execFileSync(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, env, encoding: "utf8" }),
  ) as { filename: string }[];
  tarball = path.join(work, packed[0]!.filename);
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), '{\n  "name": "acme-marketing",\n  "private": true\n}\n');
  execFileSync("git", ["init", "-q"], { cwd: project });
  execFileSync(NPM, ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", tarball], {
    cwd: project,
    env,
    stdio: "pipe",
  });
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package, installed in a fresh project", () => {
  it("installs as a devDependency with its runtime dependencies and none of ours for development", () => {
    const pkg = JSON.parse(readFileSync(path.join(project, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(Object.keys(pkg.devDependencies)).toEqual(["lessonbook"]);
    const installed = readdirSync(path.join(project, "node_modules"));
    for (const dev of ["typescript", "vitest", "eslint", "prettier", "playwright-core"]) expect(installed).not.toContain(dev);
    expect(readdirSync(path.join(project, "node_modules/lessonbook/schemas")).sort()).toEqual([
      "config.schema.json",
      "incident.schema.json",
    ]);
  });

  it("runs every command, from init to the quarterly report", () => {
    expect(lessonbook("--version")).toMatchObject({
      code: 0,
      stdout: `${JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version}\n`,
    });
    expect(lessonbook("--help").stdout).toContain("init");

    const init = lessonbook("init", "--lang", "es", "--pages");
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("creado .github/ISSUE_TEMPLATE/incident.yml");
    expect(init.stdout).toContain("actualizado package.json");
    // The configuration's $schema points at the schema the package installed.
    const config = JSON.parse(readFileSync(path.join(project, "lessonbook.config.json"), "utf8")) as { $schema: string };
    expect(existsSync(path.join(project, config.$schema))).toBe(true);

    const body = renderIssueBody("es", {
      started: "12/06/2026 19:05 -05:00",
      detected: "2026-06-12 19:40 -05:00",
      severity: optionLabel("es", "severity", "high"),
      category: optionLabel("es", "category", "timing"),
      channels: [optionLabel("es", "channels", "instagram"), optionLabel("es", "channels", "x")],
      owner: "Lucía Pérez",
      source: optionLabel("es", "source", "social-listening"),
      summary: "Las publicaciones programadas no se pausaron tras el sismo.",
      "what-happened": "Se publicó una promo 20 minutos después del sismo.",
      response: "Borramos la publicación y pedimos disculpas.",
      lessons: "Pausar todo lo programado ante una tragedia.",
    });
    writeFileSync(path.join(work, "issue.md"), body);
    const draft = lessonbook("new", "--from-issue", path.join(work, "issue.md"), "--title", "Promo publicada durante el sismo");
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toBe("incidents/2026/2026-06-12-promo-publicada-durante-el-sismo.md\n");
    expect(lessonbook("new", "Segundo incidente", "--date", "2026-07-01", "--channel", "email")).toMatchObject({ code: 0 });

    const lint = lessonbook("lint", "--format", "json");
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    expect(JSON.parse(lint.stdout)).toMatchObject({ summary: { files: 2, errors: 0 } });
    expect(lessonbook("rules").code).toBe(0);

    const build = lessonbook("build", "--html");
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(path.join(project, "kb/README.md"))).toBe(true);
    expect(existsSync(path.join(project, "kb/site/index.html"))).toBe(true);
    expect(lessonbook("build", "--check", "--html").code).toBe(0);

    const report = lessonbook("report", "--quarter", "2026-Q2", "--format", "json");
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ incidents: ["2026-06-12-promo-publicada-durante-el-sismo"] });
    const npmReport = spawnSync(NPM, ["run", "--silent", "report", "--", "--quarter", "2026-Q2"], { cwd: project, env, encoding: "utf8" });
    expect(npmReport.status, npmReport.stderr).toBe(0);
    expect(npmReport.stdout).toContain("2026-Q2");

    execFileSync("git", ["add", "-A"], { cwd: project });
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init"], { cwd: project });
    expect(lessonbook("lint", "--changed-since", "HEAD").code).toBe(0);
  }, 300_000);
});

import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { baseEnv, runInProcess, workspace } from "./run.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const CTRL_C = "\u0003";
const CTRL_D = "\u0004";

/**
 * A fake terminal: each answer is typed when a question shows up (the screen ends with ": "), as a
 * person would; Ctrl+C and Ctrl+D are typed as the keys. Counting questions bounds the run: no timers.
 */
function terminal(answers: string[]) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const pending = [...answers];
  let screen = "";
  let sinceAnswer = "";
  stdout.on("data", (chunk: Buffer) => {
    screen += chunk.toString();
    sinceAnswer += chunk.toString();
    if (/: $/.test(sinceAnswer) && pending.length) {
      sinceAnswer = "";
      const answer = pending.shift()!;
      stdin.write(answer === CTRL_C || answer === CTRL_D ? answer : `${answer}\r`);
    }
  });
  return { stdin, stdout, screen: () => screen, left: () => pending.length };
}

async function wizard(argv: string[], answers: string[], files: Record<string, string> = {}) {
  const cwd = workspace(files);
  dirs.push(cwd);
  const term = terminal(answers);
  let stderr = "";
  const code = await main({
    argv: ["new", ...argv],
    cwd,
    env: baseEnv(),
    stdout: term.stdout,
    stderr: { write: (s: string) => (stderr += s) },
    stdin: term.stdin,
  });
  // Cursor moves and line refreshes of readline aside, what a person reads.
  // eslint-disable-next-line no-control-regex -- terminal escape sequences start with ESC
  const screen = term.screen().replace(/\u001b\[[0-9;]*[A-Za-z]/g, "");
  return { cwd, code, stderr, screen, unanswered: term.left() };
}

describe("new on a terminal", () => {
  it("asks every question, reads answers as lint does, and names the file after the start date", async () => {
    const run = await wizard(
      ["--lang", "en"],
      [
        "Promo code at 90%",
        "14/03/2026 09:30 -05:00",
        "",
        "alta",
        "Instagram, Twitter",
        "Marta Gil",
        "precio",
        "The discount field had no second check.",
      ],
    );
    expect({ code: run.code, stderr: run.stderr, unanswered: run.unanswered }).toEqual({ code: 0, stderr: "", unanswered: 0 });
    const file = "incidents/2026/2026-03-14-promo-code-at-90.md";
    expect(run.screen).toContain(`${file}\n`);
    const text = readFileSync(path.join(run.cwd, file), "utf8");
    expect(text).toContain("started: 2026-03-14T09:30:00-05:00");
    expect(text).toContain("detected: 2026-03-14T09:30:00-05:00");
    expect(text).toContain("severity: high");
    expect(text).toContain("channels: [instagram, x]");
    expect(text).toContain('owner: "Marta Gil"');
    expect(text).toContain("category: pricing");
    expect(text).toContain('summary: "The discount field had no second check."');
    const lint = await runInProcess(["lint", file], run.cwd, baseEnv());
    expect(lint.code, lint.stdout).toBe(0);
    expect(lint.stdout).not.toMatch(/error/);
  });

  it("asks again, in Spanish, saying why an answer cannot be used", async () => {
    const run = await wizard(
      ["--lang", "es"],
      [
        "Respuesta sarcástica viral",
        "03/04/2026",
        "2026-04-03 21:30",
        "2026-04-03",
        "2026-04-02",
        "2026-04-04",
        "bastante",
        "media",
        "",
        "",
        "nada",
        "comunidad",
        "",
      ],
    );
    expect(run.code).toBe(0);
    expect(run.unanswered).toBe(0);
    expect(run.screen).toContain('✖ "03/04/2026" puede ser 2026-04-03 o 2026-03-04');
    expect(run.screen).toContain('✖ "2026-04-03 21:30" tiene hora pero no diferencia horaria');
    expect(run.screen).toContain("✖ Eso es antes de que empezara (2026-04-03)");
    expect(run.screen).toContain('✖ "bastante" no es una severidad');
    expect(run.screen).toContain('✖ "nada" no es un tipo de error');
    expect(run.screen).toContain("Severidad: crítica, alta, media o baja [medium]: ");
    const text = readFileSync(path.join(run.cwd, "incidents/2026/2026-04-03-respuesta-sarcastica-viral.md"), "utf8");
    expect(text).toMatch(/started: 2026-04-03 /);
    expect(text).toMatch(/detected: 2026-04-04 /);
    expect(text).toContain("severity: medium");
    expect(text).toContain("channels: [web]");
    expect(text).toContain('owner: "unassigned"');
    expect(text).toContain("category: community-management");
    expect(text).toContain("## Qué pasó");
  });

  it.each([
    ["Ctrl+C", CTRL_C, "en", "Stopped: no file was written."],
    ["Ctrl+D", CTRL_D, "es", "Detenido: no se escribió ningún archivo."],
  ])("ends cleanly on %s, with no file and no stack trace", async (_key, key, lang, words) => {
    const run = await wizard(["--lang", lang], ["A title", "2026-03-14", "", key]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(words);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(run.cwd, "incidents"))).toBe(false);
  });

  it("asks only for what the options leave out", async () => {
    const run = await wizard(
      ["Quiet launch", "--severity", "low", "--channel", "email", "--owner", "Ana", "--cause", "copy", "--date", "2026-02-03"],
      ["2026-02-04", "A typo in the subject line."],
    );
    expect(run.code).toBe(0);
    expect(run.unanswered).toBe(0);
    expect(run.screen).not.toMatch(/Severity|Channels|Owner|Kind of error|Title/);
    const text = readFileSync(path.join(run.cwd, "incidents/2026/2026-02-03-quiet-launch.md"), "utf8");
    expect(text).toMatch(/detected: 2026-02-04 /);
    expect(text).toContain("severity: low");
  });

  it("asks nothing when stdin is not a terminal", async () => {
    const cwd = workspace({});
    dirs.push(cwd);
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    let out = "";
    const code = await main({
      argv: ["new", "Quiet"],
      cwd,
      env: baseEnv(),
      stdout: { write: (s: string) => (out += s), isTTY: true },
      stderr: { write: () => true },
      stdin,
    });
    expect(code).toBe(0);
    expect(out).toBe("incidents/2026/2026-11-23-quiet.md\n");
    expect(readFileSync(path.join(cwd, "incidents/2026/2026-11-23-quiet.md"), "utf8")).toContain('owner: "unassigned"');
  });
});

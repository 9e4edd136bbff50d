import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { baseEnv, workspace } from "./run.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fake terminal: answers are typed one line at a time, each after its question shows up. */
function terminal(answers: string[]) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  let shown = "";
  stdout.on("data", (chunk: Buffer) => {
    shown += chunk.toString();
    if (/\]: $/.test(shown) && answers.length) {
      shown = "";
      stdin.write(`${answers.shift()}\n`);
    }
  });
  return { stdin, stdout };
}

describe("new on a terminal", () => {
  it("asks for what the options leave out, and an empty answer takes the default", async () => {
    const cwd = workspace({});
    dirs.push(cwd);
    const { stdin, stdout } = terminal(["Respuesta sarcástica viral", "high", "Ana Ruiz", "x, instagram", ""]);
    let err = "";
    const code = await main({
      argv: ["new", "--lang", "es", "--date", "2026-02-03"],
      cwd,
      env: baseEnv(),
      stdout,
      stderr: { write: (s: string) => (err += s) },
      stdin,
    });
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const text = readFileSync(path.join(cwd, "incidents/2026/2026-02-03-respuesta-sarcastica-viral.md"), "utf8");
    expect(text).toContain("severity: high");
    expect(text).toContain('owner: "Ana Ruiz"');
    expect(text).toContain("channels: [x, instagram]");
    expect(text).toContain("category: concept");
  });

  it("asks nothing when stdin is not a terminal", async () => {
    const cwd = workspace({});
    dirs.push(cwd);
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    const code = await main({
      argv: ["new", "Quiet"],
      cwd,
      env: baseEnv(),
      stdout: { write: () => true, isTTY: true },
      stderr: { write: () => true },
      stdin,
    });
    expect(code).toBe(0);
    expect(readFileSync(path.join(cwd, "incidents/2026/2026-11-23-quiet.md"), "utf8")).toContain('owner: "unassigned"');
  });
});

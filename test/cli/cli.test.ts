import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CASES, type CliCase } from "./cases/index.js";
import { baseEnv, type Run, runBin, runInProcess, workspace } from "./run.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function verify(c: CliCase, run: Run, cwd: string) {
  expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: c.code });
  for (const m of c.stdout ?? []) expect(run.stdout).toMatch(m);
  for (const m of c.notStdout ?? []) expect(run.stdout).not.toMatch(m);
  for (const m of c.stderr ?? []) expect(run.stderr).toMatch(m);
  c.check?.(run, cwd);
}

describe.each([
  ["in-process main()", runInProcess],
  ["the real bin", runBin],
] as const)("CLI through %s", (_label, run) => {
  for (const c of CASES) {
    it(c.name, async () => {
      const cwd = workspace(c.files ?? {});
      dirs.push(cwd);
      verify(c, await run(c.argv, cwd, baseEnv(c.env)), cwd);
    });
  }
});

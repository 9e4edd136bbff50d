import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(ROOT, "bin/lessonbook.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh working directory holding `files` (text or bytes), for one case. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lessonbook-cli-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** The environment every case starts from: no colour hints, no CI, a fixed today. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "", LESSONBOOK_TODAY: "2026-11-23", ...extra };
}

export async function runInProcess(argv: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd,
    env,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export function runBin(argv: string[], cwd: string, env: Record<string, string>): Run {
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run npm run build (npm test does)");
  const result = spawnSync(process.execPath, [BIN, ...argv], { cwd, env, encoding: "utf8", input: "" });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK, lockOutput } from "../../src/io/output-lock.js";
import { UsageError } from "../../src/model/errors.js";
import { scratch } from "./sandbox.js";

/** An output folder with this build's staging folder in it, and a lock already there when `held` is given. */
function folder(held?: string): { root: string; staging: string; lock: string } {
  const { work } = scratch();
  const root = path.join(work, "kb");
  const staging = path.join(root, ".lessonbook-staging-test");
  mkdirSync(staging, { recursive: true });
  const lock = path.join(root, LOCK);
  if (held !== undefined) writeFileSync(lock, held);
  return { root, staging, lock };
}

const heldBy = (pid: number, host = hostname()) => JSON.stringify({ pid, host, token: ".lessonbook-staging-other" });

/** The pid of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("the output folder's lock", () => {
  it("is taken in full and let go", () => {
    const { root, staging, lock } = folder();
    const release = lockOutput(root, staging, "kb");
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it.each([
    ["a running build on this machine", () => heldBy(process.ppid), String(process.ppid)],
    ["a build on another machine", () => heldBy(endedPid(), "another-machine.example"), ""],
  ])("refuses while %s holds it, naming the folder and how to clear it", (_, held, pid) => {
    const text = held();
    const { root, staging, lock } = folder(text);
    let thrown: unknown;
    try {
      lockOutput(root, staging, "kb");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect(thrown).toMatchObject({ messageId: "output.busy", data: { out: "kb", lock: `kb/${LOCK}` } });
    if (pid) expect((thrown as UsageError).data).toMatchObject({ pid });
    expect(readFileSync(lock, "utf8")).toBe(text);
  });

  it.each([
    ["a build that was killed", () => heldBy(endedPid())],
    ["an earlier build of this same process", () => heldBy(process.pid)],
    ["a file lessonbook cannot read as a lock", () => "half a lo"],
  ])("takes over a lock left by %s", (_, held) => {
    const { root, staging, lock } = folder(held());
    const release = lockOutput(root, staging, "kb");
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid, token: path.basename(staging) });
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it("never lets go of a lock another build has taken over since", () => {
    const { root, staging, lock } = folder();
    const release = lockOutput(root, staging, "kb");
    writeFileSync(lock, heldBy(process.ppid));
    release();
    expect(readFileSync(lock, "utf8")).toBe(heldBy(process.ppid));
  });
});

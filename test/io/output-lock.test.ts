import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
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
    ["a build that was killed", () => heldBy(endedPid()), 0],
    ["an earlier build of this same process", () => heldBy(process.pid), 0],
    ["a file lessonbook cannot read as a lock, a minute old", () => "half a lo", 60],
    ["a build on another machine two hours ago", () => heldBy(1, "another-machine.example"), 7200],
  ])("takes over a lock left by %s", (_, held, ageSeconds) => {
    const { root, staging, lock } = folder(held());
    const then = Date.now() / 1000 - ageSeconds;
    utimesSync(lock, then, then);
    const release = lockOutput(root, staging, "kb");
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid, token: path.basename(staging) });
    release();
    expect(existsSync(lock)).toBe(false);
  });

  // Pids come round: a running process with the lock's pid, started long after the lock's build, is another one.
  it.runIf(process.platform === "linux")("takes over a lock whose pid another process has since been given", () => {
    const { root, staging, lock } = folder(JSON.stringify({ pid: process.ppid, host: hostname(), token: "t", started: 1000 }));
    const release = lockOutput(root, staging, "kb");
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });

  it("waits for a lock that cannot be read yet: another build may be writing it", () => {
    const { root, staging, lock } = folder("");
    expect(() => lockOutput(root, staging, "kb")).toThrow(expect.objectContaining({ messageId: "output.busy" }));
    expect(readFileSync(lock, "utf8")).toBe("");
  });

  it("lets only one build take over a lock whose build has ended", () => {
    const stale = heldBy(endedPid());
    const { root, staging, lock } = folder(stale);
    // Another build is taking it over right now.
    writeFileSync(path.join(root, `${LOCK}-takeover`), heldBy(process.ppid));
    expect(() => lockOutput(root, staging, "kb")).toThrow(expect.objectContaining({ messageId: "output.busy" }));
    expect(readFileSync(lock, "utf8")).toBe(stale);
  });

  it("clears a takeover left by a build killed while taking over, so the next try succeeds", () => {
    const { root, staging, lock } = folder(heldBy(endedPid()));
    const takeover = path.join(root, `${LOCK}-takeover`);
    writeFileSync(takeover, heldBy(endedPid()));
    expect(() => lockOutput(root, staging, "kb")).toThrow(expect.objectContaining({ messageId: "output.busy" }));
    expect(existsSync(takeover)).toBe(false);
    // The refused build removed its staging folder; the next one has its own.
    const next = path.join(root, ".lessonbook-staging-next");
    mkdirSync(next);
    const release = lockOutput(root, next, "kb");
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid });
    release();
  });

  it("never lets go of a lock another build has taken over since", () => {
    const { root, staging, lock } = folder();
    const release = lockOutput(root, staging, "kb");
    writeFileSync(lock, heldBy(process.ppid));
    release();
    expect(readFileSync(lock, "utf8")).toBe(heldBy(process.ppid));
  });
});

import { linkSync, lstatSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { UsageError } from "../model/errors.js";
import { failedWrite } from "./write-failures.js";

/**
 * Marks an output folder as being written by one build. Without it, a second build started on the same
 * folder (a script and a person, two terminals) would remove the first one's staging folder as a
 * leftover of an interrupted build, and the first would fail halfway through its commit.
 */
export const LOCK = ".lessonbook-lock";
/** Held by the one build taking over a lock whose build has ended, so that two cannot both take it. */
const TAKEOVER = `${LOCK}-takeover`;
/** A lock written on another machine this long ago is a build that was killed there: no build takes an hour. */
const FOREIGN_STALE_MS = 60 * 60 * 1000;
/** A lock that cannot be read yet may be one being written (where the disk cannot link files). */
const UNREADABLE_GRACE_MS = 10_000;

interface Holder {
  pid: number;
  host: string;
  /** Tells this build's lock from one a later build took after it. */
  token: string;
  /** When the process started (ms since the epoch): tells it from a later process given the same pid. */
  started?: number;
}

function holderOf(file: string): Holder | null {
  try {
    const held = JSON.parse(readFileSync(file, "utf8")) as Partial<Holder>;
    if (typeof held.pid !== "number" || typeof held.host !== "string" || typeof held.token !== "string") return null;
    return { pid: held.pid, host: held.host, token: held.token, ...(typeof held.started === "number" ? { started: held.started } : {}) };
  } catch {
    return null;
  }
}

function ageOf(file: string): number {
  try {
    return Date.now() - lstatSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Whether the lock at `file` may still belong to a running build. */
function stillWriting(file: string): boolean {
  const holder = holderOf(file);
  if (!holder) return ageOf(file) < UNREADABLE_GRACE_MS;
  // Another machine's process cannot be asked: its lock is believed until it is old.
  if (holder.host !== hostname()) return ageOf(file) < FOREIGN_STALE_MS;
  // This process holds no build of its own when it asks: a lock with its pid is one an earlier build here left.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // Pids come round again (every 32,768 processes on many systems): a process started at another time is
  // another process.
  const started = startedAt(holder.pid);
  return started === undefined || holder.started === undefined || Math.abs(started - holder.started) < 5_000;
}

/** When process `pid` started, in ms since the epoch, where the system says (Linux's /proc); else `undefined`. */
function startedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22, counted after the command name (which may hold spaces) in clock ticks of 1/100 s since boot.
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Puts `own` (written in full) at `target` only if nothing is there; `false` if something is. */
function placeExclusive(own: string, target: string, content: string): boolean {
  try {
    linkSync(own, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // Disks that cannot link files (FAT, some network and cloud drives): created exclusively, then written.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw failedWrite(error, target);
  }
  try {
    writeFileSync(target, content, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw failedWrite(error, target);
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Gone already.
  }
}

/**
 * Takes the lock of the output folder `root`, or refuses with a message naming `shownRoot` when a build
 * that may still be running holds it. The lock is written in full inside `staging` (this build's own
 * folder) and linked into place, so no other build reads half of it. A lock whose build has ended (killed)
 * is taken over under a second, short-lived lock, so that of several builds finding it only one takes
 * it. Returns the function that lets the lock go.
 */
export function lockOutput(root: string, staging: string, shownRoot: string): () => void {
  const lock = path.join(root, LOCK);
  const takeover = path.join(root, TAKEOVER);
  const own = path.join(staging, LOCK);
  const holder: Holder = { pid: process.pid, host: hostname(), token: path.basename(staging), started: Math.round(performance.timeOrigin) };
  const content = `${JSON.stringify(holder)}\n`;
  const busy = () =>
    new UsageError("output.busy", { out: shownRoot, pid: String(holderOf(lock)?.pid ?? "?"), lock: `${shownRoot}/${LOCK}` });
  try {
    writeFileSync(own, content, { flag: "wx" });
  } catch (error) {
    throw failedWrite(error, own);
  }
  if (!placeExclusive(own, lock, content)) {
    if (stillWriting(lock)) throw busy();
    // A takeover lock left by a build killed while taking over is itself taken over on the next try.
    if (!placeExclusive(own, takeover, content)) {
      if (!stillWriting(takeover)) removeQuietly(takeover);
      throw busy();
    }
    try {
      // Under the takeover lock no other build may remove the lock; it is looked at once more first.
      if (stillWriting(lock)) throw busy();
      removeQuietly(lock);
      if (!placeExclusive(own, lock, content)) throw busy();
    } finally {
      if (holderOf(takeover)?.token === holder.token) removeQuietly(takeover);
    }
  }
  return () => {
    if (holderOf(lock)?.token === holder.token) removeQuietly(lock);
  };
}

import { linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
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

interface Holder {
  pid: number;
  host: string;
  /** Tells this build's lock from one a later build took after it. */
  token: string;
}

function holderOf(file: string): Holder | null {
  try {
    const held = JSON.parse(readFileSync(file, "utf8")) as Partial<Holder>;
    return typeof held.pid === "number" && typeof held.host === "string" && typeof held.token === "string" ? (held as Holder) : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote the lock may still be writing: a build on another machine is given the benefit of the doubt. */
function stillWriting(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  // This process holds no build of its own when it asks: a lock with its pid is one an earlier build here left.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock of the output folder `root`, or refuses with a message naming `shownRoot` when a build
 * that is still running holds it. A lock whose build has ended (it was killed) is taken over. The lock
 * is written in full inside `staging` (this build's own folder) and then linked into place, so no other
 * build ever reads half of it. Returns the function that lets the lock go.
 */
export function lockOutput(root: string, staging: string, shownRoot: string): () => void {
  const lock = path.join(root, LOCK);
  const own = path.join(staging, LOCK);
  const holder: Holder = { pid: process.pid, host: hostname(), token: path.basename(staging) };
  try {
    writeFileSync(own, `${JSON.stringify(holder)}\n`, { flag: "wx" });
  } catch (error) {
    throw failedWrite(error, own);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      linkSync(own, lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw failedWrite(error, lock);
      const other = holderOf(lock);
      if (attempt > 0 || (other && stillWriting(other))) {
        throw new UsageError("output.busy", { out: shownRoot, pid: String(other?.pid ?? "?"), lock: `${shownRoot}/${LOCK}` });
      }
      // Left by a build that was killed, or not a lock lessonbook could read: taken over once.
      try {
        unlinkSync(lock);
      } catch {
        // Another build took it over first: the next link says so.
      }
    }
  }
  return () => {
    if (holderOf(lock)?.token !== holder.token) return;
    try {
      unlinkSync(lock);
    } catch {
      // Gone already: nothing to let go.
    }
  };
}

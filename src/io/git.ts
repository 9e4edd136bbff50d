import { execFileSync } from "node:child_process";
import path from "node:path";
import { UsageError } from "../model/errors.js";

function git(cwd: string, args: readonly string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
}

/** git's own first line of complaint, for messages that must say why. */
function gitError(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? "");
  return (
    stderr
      .split("\n")
      .find((l) => l.trim())
      ?.replace(/^(fatal|error): /, "")
      .trim() ?? (error as Error).message
  );
}

/** The repository's top folder, or `null` outside a git work tree (or without git). */
export function repositoryRoot(cwd: string): string | null {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]).trim() || null;
  } catch {
    return null;
  }
}

export interface ChangeSet {
  /** Added, modified, renamed, copied or untracked files, relative to the working directory. */
  changed: Set<string>;
  /** Files that existed at the ref and are gone now (deleted, or the old name of a rename). */
  removed: string[];
}

/**
 * What changed between `ref` and the working tree, committed or not, as `git diff` and `git ls-files`
 * see it from `cwd`.
 */
export function changesSince(ref: string, cwd: string): ChangeSet {
  try {
    git(cwd, ["rev-parse", "--show-toplevel"]);
  } catch (error) {
    const reason = gitError(error);
    // "Not a git repository" is the common case; anything else (dubious ownership, no git) is said as git says it.
    throw /not a git repository/i.test(reason) ? new UsageError("git.not-a-repository", { cwd }) : new UsageError("git.failed", { reason });
  }
  // A ref that looks like an option would be read as one by git.
  if (ref.startsWith("-") || !ref.trim()) throw new UsageError("git.bad-ref", { ref });
  try {
    git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError("git.unknown-ref", { ref });
  }
  // A pull request is judged against where its branch left the base, not against the base's later commits;
  // a shallow clone without that history falls back to the ref itself.
  let base: string;
  try {
    base = git(cwd, ["merge-base", ref, "HEAD"]).trim() || ref;
  } catch {
    base = ref;
  }
  const changed = new Set<string>();
  const removed: string[] = [];
  const fields = git(cwd, ["diff", "--name-status", "-z", "-M", "--relative", base, "--"]).split("\0");
  for (let i = 0; i < fields.length - 1;) {
    const status = fields[i++]!;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (status.startsWith("R")) removed.push(from);
      changed.add(to);
    } else if (status === "D") {
      removed.push(fields[i++]!);
    } else {
      changed.add(fields[i++]!);
    }
  }
  for (const file of git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0")) if (file) changed.add(file);
  const toPosix = (f: string) => f.split(path.sep).join("/");
  return { changed: new Set([...changed].map(toPosix)), removed: removed.map(toPosix) };
}

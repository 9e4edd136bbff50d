import { spawnSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { type Generator, markKind, markLine } from "../../src/model/marks.js";

const made: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const dir of mounts) spawnSync("umount", [dir]);
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A small file system of its own (of at most `inodes` files and folders, when given), to be made
 * read-only (`seal`) once written: where this process may
 * mount one (root on Linux), else `undefined`, for there is no other read-only place to try things in.
 * Unmounted after the file's tests.
 */
export function ownFileSystem(options: { inodes?: number } = {}): { dir: string; seal(): void } | undefined {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return undefined;
  const { work } = scratch();
  const dir = path.join(work, "fs");
  mkdirSync(dir);
  const limits = `size=2m${options.inodes ? `,nr_inodes=${options.inodes}` : ""}`;
  if (spawnSync("mount", ["-t", "tmpfs", "-o", limits, "tmpfs", dir]).status !== 0) return undefined;
  mounts.push(dir);
  return {
    dir,
    seal() {
      if (spawnSync("mount", ["-o", "remount,ro", dir]).status !== 0) throw new Error(`could not make ${dir} read-only`);
    },
  };
}

/**
 * A fresh scratch area: `work` is the working directory, `out` its output folder (not created), `inside`
 * a folder of the working directory that is not the output, `outside` a folder beside the working
 * directory. Every test looks at the whole `top` before and after, so a write anywhere shows.
 */
export function scratch(): { top: string; work: string; out: string; inside: string; outside: string } {
  const top = mkdtempSync(path.join(tmpdir(), "lessonbook-io-"));
  made.push(top);
  const work = path.join(top, "work");
  const inside = path.join(work, "notes");
  const outside = path.join(top, "outside");
  mkdirSync(inside, { recursive: true });
  mkdirSync(outside, { recursive: true });
  return { top, work, out: path.join(work, "kb"), inside, outside };
}

/** Every entry under `dir`, walked with `lstat` (links are listed with their target, never followed). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const full = path.join(dir, child);
      const stats = lstatSync(full);
      if (stats.isSymbolicLink()) out[child] = `link → ${readlinkSync(full)}`;
      else if (stats.isDirectory()) {
        out[child] = "folder";
        walk(child);
      } else out[child] = readFileSync(full, "utf8");
    }
  };
  walk("");
  return out;
}

/** A page as lessonbook writes it: its mark where `hasMark` looks for it, then `body`. */
export function markedPage(name: string, body: string, generator: Generator = "lessonbook build"): string {
  const kind = markKind(name);
  const mark = markLine(generator, kind);
  if (kind === "json") return `{\n  ${mark},\n  "body": ${JSON.stringify(body)}\n}\n`;
  if (kind === "html") return `<!DOCTYPE html>\n${mark}\n<title>${body}</title>\n`;
  return `${mark}\n\n${body}\n`;
}

/** Pages at every depth and of every kind the build writes. */
export const PAGES = ["README.md", "causes/pricing.md", "site/index.html", "site/incidents/a.html", "site/search.js", "site/site.css"];

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** The staging folders in an output folder. */
export function stagingFolders(out: string): string[] {
  try {
    return readdirSync(out).filter((name) => name.startsWith(".lessonbook-staging-"));
  } catch {
    return [];
  }
}

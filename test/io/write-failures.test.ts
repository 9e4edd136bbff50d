import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFileExclusive } from "../../src/io/write.js";
import { failedWrite, makeFolders, makeFoldersFor, namedAsShown } from "../../src/io/write-failures.js";
import { ownFileSystem, scratch, writeFiles } from "./sandbox.js";

describe("failures told as the person named the file", () => {
  const failure = (at: string) => Object.assign(new Error("EROFS"), { code: "EROFS", path: at });

  it.each([
    ["the file itself", "/home/ana/brand/out/review.md", "out/review.md"],
    ["a folder on its way", "/home/ana/brand/out", "out"],
    ["a folder the person did not name", "/home/ana", "/home/ana"],
    ["somewhere else", "/tmp/other", "/tmp/other"],
  ])("namedAsShown: %s", (_, at, said) => {
    const error = namedAsShown(failure(at), "/home/ana/brand/out/review.md", "out/review.md") as NodeJS.ErrnoException;
    expect(error.path).toBe(said);
  });

  it("makeFolders makes every missing folder, and says why when one cannot be made", () => {
    const { work } = scratch();
    expect(makeFolders(path.join(work, "a/b/c"))).toBe(path.join(work, "a"));
    writeFiles(work, { file: "not a folder" });
    expect(() => makeFolders(path.join(work, "file/x/y"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
  });

  // Node's recursive mkdir says ENOENT, "no such file or folder", on a read-only file system.
  const readOnly = ownFileSystem();
  readOnly?.seal();
  const mounted = readOnly?.dir;

  const small = ownFileSystem({ inodes: 16 });
  it.runIf(small)("makeFolders takes back the folders it made when a deeper one cannot be made", () => {
    const dir = small!.dir;
    // Use up the file system's entries but one: the next folder is made, the one inside it is not.
    let n = 0;
    try {
      for (;;) writeFiles(dir, { [`f${n++}`]: "" });
    } catch {
      n--;
    }
    rmSync(path.join(dir, `f${n - 1}`));
    expect(() => makeFolders(path.join(dir, "a/b/c"))).toThrow(expect.objectContaining({ code: "ENOSPC" }));
    expect(existsSync(path.join(dir, "a"))).toBe(false);
  });

  it.runIf(mounted)("makeFolders says the file system is read-only, not that a folder is missing", () => {
    expect(() => makeFolders(path.join(mounted!, "kb/site"))).toThrow(expect.objectContaining({ code: "EROFS" }));
    expect(() => createFileExclusive(path.join(mounted!, "out/review.md"), "x", "out/review.md")).toThrow(
      expect.objectContaining({ code: "EROFS", path: "out", syscall: "mkdir" }),
    );
  });
});

describe("a failed write, told as a write of the file", () => {
  it("failedWrite names the file and the write, whichever call failed", () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    expect(failedWrite(error, "kb/site/index.html")).toMatchObject({ code: "ENOSPC", path: "kb/site/index.html", syscall: "write" });
  });

  it("failedWrite leaves alone what is not a file-system error", () => {
    const error = new Error("a bug");
    expect(failedWrite(error, "kb/site/index.html")).toBe(error);
    expect(error).not.toHaveProperty("path");
  });

  it("makeFoldersFor takes back the folders it made, and only those, once they are empty", () => {
    const { work } = scratch();
    writeFiles(work, { "out/keep.txt": "mine" });
    makeFoldersFor(path.join(work, "out/a/b/review.md"), "out/a/b/review.md")();
    expect(existsSync(path.join(work, "out/a"))).toBe(false);
    expect(existsSync(path.join(work, "out/keep.txt"))).toBe(true);
  });
});

import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST, openOutput } from "../../src/io/output-folder.js";
import { FolderLook } from "../../src/io/output-look.js";
import { UsageError } from "../../src/model/errors.js";
import { markedPage, ownFileSystem, PAGES, scratch, snapshot, stagingFolders, writeFiles } from "./sandbox.js";

const version = (tag: string) => Object.fromEntries(PAGES.map((name) => [name, markedPage(name, `${tag} ${name}`)]));

/** Puts every page of `tag`, reads the plan, then lets `meanwhile` change the folder before the commit. */
function commitAfter(out: string, tag: string, meanwhile: () => void, thread = false) {
  const output = openOutput(out, "lessonbook build", { shown: "kb", memoryBudget: 0, thread });
  for (const [name, text] of Object.entries(version(tag))) output.put(name, text);
  const plan = output.plan();
  meanwhile();
  try {
    output.commit();
    return { plan, error: undefined };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { plan, error };
  }
}

describe("a first build places each new folder whole, and still checks every page", () => {
  for (const thread of [false, true]) {
    const how = thread ? ", pages written on a second thread" : "";

    it(`lands every page of new folders and leaves no staging folder${how}`, () => {
      const { out } = scratch();
      const { plan, error } = commitAfter(out, "v1", () => {}, thread);
      expect(error).toBeUndefined();
      expect(plan.write).toEqual([MANIFEST, ...PAGES].sort());
      expect(snapshot(out)).toMatchObject(version("v1"));
      expect(stagingFolders(out)).toEqual([]);
    });

    it(`keeps a person's file that appeared in a new folder before the commit, and lands nothing${how}`, () => {
      const { top, out } = scratch();
      const { error } = commitAfter(out, "v1", () => writeFiles(out, { "site/index.html": "my own page\n" }), thread);
      expect([error?.messageId, error?.data.file]).toEqual(["output.not-ours", "kb/site/index.html"]);
      expect(readFileSync(path.join(out, "site/index.html"), "utf8")).toBe("my own page\n");
      const after = snapshot(top);
      for (const name of PAGES) if (name !== "site/index.html") expect(after[`work/kb/${name}`]).toBeUndefined();
    });

    it(`fills an empty folder that appeared before the commit, page by page${how}`, () => {
      const { out } = scratch();
      const { error } = commitAfter(out, "v1", () => mkdirSync(path.join(out, "site"), { recursive: true }), thread);
      expect(error).toBeUndefined();
      expect(snapshot(out)).toMatchObject(version("v1"));
    });

    it(`never moves a folder through a link that appeared where it goes${how}`, () => {
      const { out, outside } = scratch();
      const before = snapshot(outside);
      const { error } = commitAfter(out, "v1", () => symlinkSync(outside, path.join(out, "site")), thread);
      expect(error?.messageId).toBe("output.link");
      expect(snapshot(outside)).toEqual(before);
    });
  }
});

describe("FolderLook", () => {
  it("says what a fresh look says, and sees a change once it forgets", () => {
    const { out } = scratch();
    writeFiles(out, { "site/index.html": "x", "causes/a.md": "y" });
    const look = new FolderLook(out);
    const fresh = (name: string) => new FolderLook(out).look(name);
    for (const name of ["site/index.html", "site/incidents/a.html", "causes/a.md", "causes/a.md/b", "tags/x.md", "README.md"]) {
      expect(look.look(name)).toEqual(fresh(name));
    }
    expect(look.absentFolder("tags/deep/x.md")).toBe("tags");
    expect(look.absentFolder("site/incidents/a.html")).toBe("site/incidents");
    expect(look.absentFolder("site/index.html")).toBeUndefined();
    expect(look.absentFolder("causes/a.md/b")).toBeUndefined();
    writeFiles(out, { "tags/deep/x.md": "z" });
    expect(look.look("tags/deep/x.md")).toEqual({ kind: "absent" });
    look.forget();
    expect(look.look("tags/deep/x.md")).toEqual({ kind: "file", size: 1 });
    expect(look.absentFolder("tags/deep/x.md")).toBeUndefined();
  });
});

describe("a page given as pieces, some of them bytes", () => {
  const encoder = new TextEncoder();
  for (const thread of [false, true]) {
    it(`is written byte for byte, then found unchanged${thread ? ", on a second thread" : ""}`, () => {
      const { out } = scratch();
      const name = "site/incidents/a.html";
      const text = markedPage(name, "página ✓ 😀");
      const cut = text.indexOf("página");
      const pieces = [text.slice(0, cut), encoder.encode(text.slice(cut, cut + 12)), text.slice(cut + 12)];
      const put = () => {
        const output = openOutput(out, "lessonbook build", { shown: "kb", memoryBudget: 0, thread });
        output.put(name, pieces);
        const plan = output.plan();
        output.commit();
        return plan;
      };
      expect(put().write).toEqual([MANIFEST, name].sort());
      expect(readFileSync(path.join(out, name), "utf8")).toBe(text);
      expect(put().write).toEqual([]);
    });
  }
});

describe("a page that cannot be written", () => {
  for (const thread of [false, true]) {
    it(`is named where it goes, and the folder this build made goes too${thread ? ", pages written on a second thread" : ""}`, () => {
      const { top, out } = scratch();
      const before = snapshot(top);
      const output = openOutput(out, "lessonbook build", { shown: "kb", memoryBudget: 0, thread });
      let failure: unknown;
      try {
        for (const [name, text] of Object.entries(version("v1"))) {
          output.put(name, text);
          // Once the staging folder is there, a file where its `site` folder goes makes every site page fail.
          const [staging] = stagingFolders(out);
          if (name === "README.md") writeFiles(path.join(out, staging!), { site: "not a folder\n" });
        }
        output.plan();
        output.commit();
      } catch (error) {
        failure = error;
      }
      expect(failure).toMatchObject({ path: "kb/site/index.html", syscall: "write" });
      expect(["EEXIST", "ENOTDIR"]).toContain((failure as NodeJS.ErrnoException).code);
      expect(snapshot(top)).toEqual(before);
    });
  }
});

describe("an output folder on a file system that turned read-only", () => {
  const own = ownFileSystem();
  it.runIf(own)("is named as the person named it, never by its staging folder, and keeps every page", () => {
    const out = path.join(own!.dir, "kb");
    const first = openOutput(out, "lessonbook build", { shown: "kb" });
    for (const [name, text] of Object.entries(version("v1"))) first.put(name, text);
    first.commit();
    const before = snapshot(out);
    own!.seal();
    const second = openOutput(out, "lessonbook build", { shown: "kb", memoryBudget: 0 });
    expect(() => {
      for (const [name, text] of Object.entries(version("v2"))) second.put(name, text);
      second.commit();
    }).toThrow(expect.objectContaining({ code: "EROFS", path: "kb" }));
    expect(snapshot(out)).toEqual(before);
  });
});

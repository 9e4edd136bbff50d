import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST, openOutput, type OutputOptions } from "../../src/io/output-folder.js";
import { UsageError } from "../../src/model/errors.js";
import { hasMark } from "../../src/model/marks.js";
import { PageParts } from "../../src/render/page-parts.js";
import { markedPage, PAGES, scratch, snapshot, stagingFolders, writeFiles } from "./sandbox.js";

/** Puts `pages` into `out` and commits, as `build` does. */
function build(out: string, pages: Record<string, string>, options: OutputOptions = {}) {
  const output = openOutput(out, "lessonbook build", { shown: "kb", ...options });
  for (const [name, text] of Object.entries(pages)) output.put(name, text);
  const plan = output.plan();
  if (!plan.conflicts.length) output.commit();
  return plan;
}

const version = (tag: string) => Object.fromEntries(PAGES.map((name) => [name, markedPage(name, `${tag} ${name}`)]));

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("expected a UsageError");
}

describe("openOutput writes, replaces and removes only its own pages", () => {
  it("writes every page and a marked manifest, then finds nothing to do", () => {
    const { out } = scratch();
    const plan = build(out, version("v1"));
    expect(plan).toEqual({ write: [MANIFEST, ...PAGES].sort(), stale: [], conflicts: [] });
    expect(snapshot(out)).toMatchObject(version("v1"));
    expect(hasMark("lessonbook build", MANIFEST, readFileSync(path.join(out, MANIFEST), "utf8"))).toBe(true);
    expect(stagingFolders(out)).toEqual([]);
    expect(build(out, version("v1"))).toEqual({ write: [], stale: [], conflicts: [] });
  });

  it("replaces its marked pages, removes the stale ones and their empty folders, keeps what a person wrote", () => {
    const { out } = scratch();
    build(out, { ...version("v1"), "tags/old.md": markedPage("tags/old.md", "old") });
    writeFiles(out, { "NOTES.md": "my notes", "causes/mine.md": "mine" });
    const next = version("v2");
    const plan = build(out, next);
    expect(plan.stale).toEqual(["tags/old.md"]);
    expect(plan.write).toEqual([MANIFEST, ...PAGES].sort());
    const after = snapshot(out);
    expect(after).toMatchObject({ ...next, "NOTES.md": "my notes", "causes/mine.md": "mine" });
    expect(after["tags"]).toBeUndefined();
    expect(JSON.parse(after[MANIFEST]!).files).toEqual([...PAGES].sort());
  });

  // A person's file at a page's path, in every way it can look like one of ours without being one.
  const lookalikes: Record<string, (name: string) => string> = {
    "a plain file": () => "my own page\n",
    "the mark on the wrong line": (name) => `my own page\n${markedPage(name, "x")}`,
    "the other generator's mark": (name) => markedPage(name, "x", "lessonbook report"),
    "an empty file": () => "",
    // Compared byte for byte (on the writing thread, with `thread`), not only by size.
    "text of the page's very size": (name) => "x".repeat(Buffer.byteLength(markedPage(name, "v2"))),
  };
  for (const name of [...PAGES, "site/data.json"]) {
    for (const [how, text] of Object.entries(lookalikes)) {
      it.each([false, true])(
        `never replaces ${name} holding ${how}, even when the manifest lists it, and writes nothing (thread: %s)`,
        (thread) => {
          const { top, out } = scratch();
          build(out, version("v1"));
          writeFiles(out, { [name]: text(name) });
          const before = snapshot(top);
          const pages = { ...version("v2"), [name]: markedPage(name, "v2") };
          const output = openOutput(out, "lessonbook build", { shown: "kb", memoryBudget: 0, thread });
          for (const [page, body] of Object.entries(pages)) output.put(page, body);
          expect(output.plan().conflicts).toEqual([name]);
          const error = usageError(() => output.commit());
          expect([error.messageId, error.data.file]).toEqual(["output.not-ours", `kb/${name}`]);
          expect(snapshot(top)).toEqual(before);
        },
      );
    }
  }

  it("treats a file where a folder goes as in the way, naming that file once", () => {
    const { top, out } = scratch();
    writeFiles(out, { site: "a file named site" });
    const before = snapshot(top);
    expect(build(out, version("v1")).conflicts).toEqual(["site"]);
    expect(snapshot(top)).toEqual(before);
  });

  it("refuses a manifest it did not write (no mark) as a file in the way", () => {
    const { out } = scratch();
    writeFiles(out, { [MANIFEST]: JSON.stringify({ files: ["NOTES.md"] }), "NOTES.md": markedPage("NOTES.md", "x") });
    expect(build(out, version("v1")).conflicts).toEqual([MANIFEST]);
    expect(readFileSync(path.join(out, "NOTES.md"), "utf8")).toBe(markedPage("NOTES.md", "x"));
  });
});

describe("a forged manifest never gets a file removed or replaced", () => {
  // Entries that try to reach files lessonbook must never touch; every target carries the mark, so only
  // the sandbox, not the mark check, stands between the entry and the file.
  const forged = (top: string): Record<string, string> => ({
    "a person's unmarked file in the folder": "NOTES.md",
    "a parent path to the working directory": "../notes/mine.md",
    "a parent path hidden in the middle": "causes/../../notes/mine.md",
    "an absolute path outside": path.join(top, "outside/mine.md"),
    "a path through a link to a folder outside": "linked/mine.md",
    "a Windows-style parent path": "..\\notes\\mine.md",
    "a path through the staging folder": ".lessonbook-staging-0/../../notes/mine.md",
    "the manifest itself": MANIFEST,
    "the output folder itself": ".",
    "an empty name": "",
  });
  const { top: sample } = scratch();
  for (const [what] of Object.entries(forged(sample))) {
    it(`ignores ${what}`, () => {
      const { top, work, out, outside } = scratch();
      build(out, version("v1"));
      writeFiles(work, { "notes/mine.md": markedPage("notes/mine.md", "mine") });
      writeFiles(outside, { "mine.md": markedPage("mine.md", "mine") });
      writeFiles(out, { "NOTES.md": "my notes" });
      symlinkSync(outside, path.join(out, "linked"));
      const manifest = { generator: "lessonbook build", files: [...PAGES, forged(top)[what]!, 42, null] };
      writeFileSync(path.join(out, MANIFEST), JSON.stringify(manifest, null, 2));
      const before = snapshot(top);
      const plan = build(out, version("v2"));
      expect(plan.stale).toEqual([]);
      const after = snapshot(top);
      for (const [name, text] of Object.entries(before)) {
        if (!name.startsWith("work/kb/") || name.slice("work/kb/".length) in version("v2") || name === `work/kb/${MANIFEST}`) continue;
        expect(after[name], name).toBe(text);
      }
    });
  }

  it("still removes a stale page of its own listed beside the forged entries", () => {
    const { top, out } = scratch();
    build(out, { ...version("v1"), "causes/old.md": markedPage("causes/old.md", "old") });
    const manifest = JSON.parse(readFileSync(path.join(out, MANIFEST), "utf8"));
    manifest.files.push("../notes/mine.md", path.join(top, "outside/mine.md"));
    writeFileSync(path.join(out, MANIFEST), JSON.stringify(manifest, null, 2));
    expect(build(out, version("v2")).stale).toEqual(["causes/old.md"]);
    expect(existsSync(path.join(out, "causes/old.md"))).toBe(false);
  });
});

describe("staging, check mode and abandon", () => {
  it("streams changed pages into one staging folder inside the output folder, and removes it on commit", () => {
    const { out } = scratch();
    const output = openOutput(out, "lessonbook build", { memoryBudget: 0 });
    const pages = version("v1");
    for (const [name, text] of Object.entries(pages)) output.put(name, text);
    const [staging, ...more] = stagingFolders(out);
    expect(more).toEqual([]);
    expect(snapshot(path.join(out, staging!))).toMatchObject(pages);
    output.commit();
    expect(stagingFolders(out)).toEqual([]);
    expect(snapshot(out)).toMatchObject(pages);
  });

  it("abandon leaves the folder exactly as it was", () => {
    const { top, out } = scratch();
    build(out, version("v1"));
    const before = snapshot(top);
    const output = openOutput(out, "lessonbook build", { memoryBudget: 0 });
    for (const [name, text] of Object.entries(version("v2"))) output.put(name, text);
    expect(stagingFolders(out)).toHaveLength(1);
    output.abandon();
    expect(snapshot(top)).toEqual(before);
  });

  it("check mode writes nothing, not even a staging folder, and cannot commit", () => {
    const { top, out } = scratch();
    build(out, { ...version("v1"), "causes/old.md": markedPage("causes/old.md", "old") });
    const before = snapshot(top);
    const output = openOutput(out, "lessonbook build", { check: true, memoryBudget: 0 });
    for (const [name, text] of Object.entries(version("v2"))) output.put(name, text);
    expect(output.plan()).toEqual({ write: [MANIFEST, ...PAGES].sort(), stale: ["causes/old.md"], conflicts: [] });
    expect(() => output.commit()).toThrow(/check/);
    expect(snapshot(top)).toEqual(before);
  });

  it("removes the staging folders an interrupted build left, without following a link named like one", () => {
    const { top, out, outside } = scratch();
    writeFiles(outside, { "keep.md": markedPage("keep.md", "keep") });
    writeFiles(out, { ".lessonbook-staging-0123456789abcdef/site/index.html": "half a page" });
    symlinkSync(outside, path.join(out, ".lessonbook-staging-link"));
    build(out, version("v1"));
    expect(stagingFolders(out)).toEqual([]);
    expect(snapshot(path.join(top, "outside"))).toEqual({ "keep.md": markedPage("keep.md", "keep") });
  });
});

describe("page names", () => {
  const bad = [
    "../x.md",
    "/etc/x.md",
    "a//b.md",
    "./a.md",
    "a/./b.md",
    "a\\b.md",
    "",
    "a/",
    MANIFEST,
    ".lessonbook-staging-1/a.md",
    "a\0b",
  ];
  for (const name of bad) {
    it(`refuses ${JSON.stringify(name)} as a page name`, () => {
      const { top, out } = scratch();
      const before = snapshot(top);
      const output = openOutput(out, "lessonbook build", { shown: "kb" });
      expect(usageError(() => output.put(name, "x")).messageId).toBe("output.bad-name");
      expect(snapshot(top)).toEqual(before);
    });
  }

  it("writes a name of 255 bytes, the file system's limit", () => {
    const { out } = scratch();
    const name = `site/incidents/${"é".repeat(125)}.html`;
    build(out, { [name]: markedPage(name, "long") });
    expect(readFileSync(path.join(out, name), "utf8")).toBe(markedPage(name, "long"));
  });

  it("refuses a name of 256 bytes with a plain message, leaving no staging folder", () => {
    const { top, out } = scratch();
    const before = snapshot(top);
    const name = `site/incidents/${"a".repeat(251)}.html`;
    const output = openOutput(out, "lessonbook build", { shown: "kb", memoryBudget: 0 });
    output.put("README.md", markedPage("README.md", "x"));
    const error = usageError(() => output.put(name, "x"));
    expect(error.messageId).toBe("output.name-too-long");
    expect(error.data).toEqual({ file: `kb/${name}`, bytes: 256, limit: 255 });
    expect(snapshot(top)).toEqual(before);
  });

  it("refuses a path longer than the file system allows", () => {
    const { out } = scratch();
    const name = `${Array.from({ length: 20 }, () => "d".repeat(200)).join("/")}/page.md`;
    expect(usageError(() => openOutput(out, "lessonbook build").put(name, "x")).messageId).toBe("output.path-too-long");
  });
});

describe("the output folder itself", () => {
  it("is created with its parents when missing", () => {
    const { work } = scratch();
    const out = path.join(work, "docs/kb");
    build(out, version("v1"));
    expect(snapshot(out)).toMatchObject(version("v1"));
  });

  it("is refused when it is a file", () => {
    const { out } = scratch();
    writeFiles(path.dirname(out), { kb: "a file" });
    expect(usageError(() => openOutput(out, "lessonbook build", { shown: "kb" })).messageId).toBe("out.folder-is-file");
  });

  it("may sit below a linked parent (a home folder often is one)", () => {
    const { top, work } = scratch();
    symlinkSync(work, path.join(top, "work-link"));
    build(path.join(top, "work-link/kb"), version("v1"));
    expect(snapshot(path.join(work, "kb"))).toMatchObject(version("v1"));
  });

  it("keeps a person's folder inside it, and an empty one it did not make", () => {
    const { out } = scratch();
    mkdirSync(path.join(out, "drafts"), { recursive: true });
    build(out, version("v1"));
    build(out, {});
    expect(snapshot(out)).toEqual({ drafts: "folder", [MANIFEST]: expect.any(String) });
  });
});

describe("with pages written on a second thread", () => {
  const threaded: OutputOptions = { thread: true, memoryBudget: 0 };

  it.each([false, true])("finds a page withdrawn in no one's way, a person's file in its place or not (thread: %s)", (thread) => {
    const { out } = scratch();
    build(out, version("v1"), { thread });
    const [taken, mine] = [PAGES[0]!, PAGES[1]!];
    // A person's file of the page's size where one page goes, and one of another size where another goes.
    const theirs = "x".repeat(Buffer.byteLength(version("v2")[taken]!));
    writeFiles(out, { [taken]: theirs, [mine]: "my own page\n" });
    const output = openOutput(out, "lessonbook build", { shown: "kb", memoryBudget: 0, thread });
    for (const [name, text] of Object.entries(version("v2"))) output.put(name, text);
    expect(output.plan().conflicts).toEqual([taken, mine].sort());
    // The build finds out late that it has no such pages: the files in their places are in no one's way.
    output.withdraw(taken);
    output.withdraw(mine);
    const plan = output.plan();
    expect(plan.conflicts).toEqual([]);
    expect(plan.write).toEqual([MANIFEST, ...PAGES.slice(2)].sort());
    output.commit();
    const after = snapshot(out);
    expect(after[taken]).toBe(theirs);
    expect(after[mine]).toBe("my own page\n");
    expect(after[PAGES[2]!]).toBe(version("v2")[PAGES[2]!]);
    expect(stagingFolders(out)).toEqual([]);
  });

  it("lands the same pages, replaces and removes the same ones, and leaves no staging folder", () => {
    const plain = scratch();
    const threadedRun = scratch();
    for (const [options, { out }] of [
      [{ memoryBudget: 0 }, plain],
      [threaded, threadedRun],
    ] as const) {
      build(out, { ...version("v1"), "tags/old.md": markedPage("tags/old.md", "old") }, options);
      writeFiles(out, { "NOTES.md": "my notes" });
      expect(build(out, version("v2"), options)).toEqual({ write: [MANIFEST, ...PAGES].sort(), stale: ["tags/old.md"], conflicts: [] });
      expect(stagingFolders(out)).toEqual([]);
    }
    expect(snapshot(threadedRun.out)).toEqual(snapshot(plain.out));
  });

  it("abandon, or a person's file in the way, leaves the folder exactly as it was", () => {
    const { top, out } = scratch();
    build(out, version("v1"), threaded);
    writeFiles(out, { [PAGES[0]!]: "my own page\n" });
    const before = snapshot(top);
    const output = openOutput(out, "lessonbook build", { shown: "kb", ...threaded });
    for (const [name, text] of Object.entries(version("v2"))) output.put(name, text);
    expect(output.plan().conflicts).toEqual([PAGES[0]]);
    expect(usageError(() => output.commit()).messageId).toBe("output.not-ours");
    expect(snapshot(top)).toEqual(before);
    const second = openOutput(out, "lessonbook build", threaded);
    for (const [name, text] of Object.entries(version("v3"))) if (name !== PAGES[0]) second.put(name, text);
    second.abandon();
    expect(snapshot(top)).toEqual(before);
  });
});

describe("pages given in parts", () => {
  /**
   * A marked page of about `size` characters that counts along its length (a part lost, repeated or out of
   * place shows) and ends with `tag` (a change is found only at the end). Handed over in parts of 64 KB,
   * or as small pieces through `PageParts`, as the renderers do; counts how often it is made.
   */
  function inParts(name: string, tag: string, size: number, via: "parts" | "PageParts" = "parts") {
    const counted = Array.from({ length: Math.ceil(size / 8) }, (_, i) => `é${i} `).join("");
    const text = markedPage(name, `${counted}${tag}`);
    let made = 0;
    const write = (emit: (part: string) => void) => {
      made++;
      if (via === "parts") {
        for (let at = 0; at < text.length; at += 65536) emit(text.slice(at, at + 65536));
        return;
      }
      const parts = new PageParts(emit);
      for (let at = 0; at < text.length; at += 100) parts.push(text.slice(at, at + 100));
      parts.flush();
    };
    return { text, write, made: () => made };
  }

  for (const [size, how, via] of [
    [1000, "a small one, put as one text", "parts"],
    [500_000, "one of many parts within the held size, put as its pieces", "parts"],
    [3_000_000, "one past the held size, streamed", "parts"],
    [3_000_000, "one past the held size, made by PageParts and streamed", "PageParts"],
  ] as const) {
    for (const thread of [false, true]) {
      it(`${how}${thread ? ", on a second thread" : ""}: written, then found unchanged, then replaced`, () => {
        const { out } = scratch();
        const name = "site/actions.html";
        const put = (tag: string, check = false) => {
          const page = inParts(name, tag, size, via);
          const output = openOutput(out, "lessonbook build", { shown: "kb", thread, check });
          output.put(name, page.write);
          const plan = output.plan();
          if (!check) output.commit();
          return { plan, page };
        };
        const first = put("v1");
        expect(first.plan.write).toEqual([MANIFEST, name].sort());
        expect(readFileSync(path.join(out, name), "utf8")).toBe(first.page.text);
        expect(put("v1").plan.write).toEqual([]);
        expect(put("v2", true).plan.write).toEqual([name]);
        const third = put("v2");
        expect(third.plan.write).toEqual([name]);
        expect(readFileSync(path.join(out, name), "utf8")).toBe(third.page.text);
        expect(stagingFolders(out)).toEqual([]);
      });
    }
  }

  it("is not even made when a person's file is where it goes", () => {
    const { top, out } = scratch();
    writeFiles(out, { "site/actions.html": "my own page\n" });
    const before = snapshot(top);
    const page = inParts("site/actions.html", "v1", 3_000_000);
    const output = openOutput(out, "lessonbook build", { shown: "kb", thread: true });
    output.put("site/actions.html", page.write);
    expect(output.plan().conflicts).toEqual(["site/actions.html"]);
    expect(page.made()).toBe(0);
    expect(snapshot(top)).toEqual(before);
  });
});

describe("a page taken back (withdraw)", () => {
  const [kept, taken] = [PAGES[0]!, PAGES[1]!];
  for (const [label, options] of [
    ["while it waits in memory", {}],
    ["once staged", { memoryBudget: 0 }],
    ["once staged by the writing thread", { thread: true, memoryBudget: 0 }],
  ] as const) {
    it(`is neither written nor listed, ${label}`, () => {
      const { out } = scratch();
      const output = openOutput(out, "lessonbook build", { shown: "kb", ...options });
      output.put(kept, markedPage(kept, "kept"));
      output.put(taken, markedPage(taken, "taken"));
      output.withdraw(taken);
      expect(output.plan()).toEqual({ write: [MANIFEST, kept].sort(), stale: [], conflicts: [] });
      output.commit();
      expect(Object.keys(snapshot(out)).sort()).toEqual([MANIFEST, kept].sort());
      expect(readFileSync(path.join(out, MANIFEST), "utf8")).not.toContain(taken);
    });
  }

  it("removes the same page an earlier build wrote, as a page no longer produced", () => {
    const { out } = scratch();
    build(out, { [kept]: markedPage(kept, "v1"), [taken]: markedPage(taken, "v1") });
    const output = openOutput(out, "lessonbook build", { shown: "kb" });
    output.put(kept, markedPage(kept, "v1"));
    output.put(taken, markedPage(taken, "v1"));
    output.withdraw(taken);
    expect(output.plan()).toEqual({ write: [MANIFEST], stale: [taken], conflicts: [] });
    output.commit();
    expect(existsSync(path.join(out, taken))).toBe(false);
  });

  it("may be put again after, with its new text", () => {
    const { out } = scratch();
    const output = openOutput(out, "lessonbook build", { shown: "kb", thread: true, memoryBudget: 0 });
    output.put(taken, markedPage(taken, "first"));
    output.withdraw(taken);
    output.put(taken, markedPage(taken, "second"));
    output.commit();
    expect(readFileSync(path.join(out, taken), "utf8")).toBe(markedPage(taken, "second"));
  });
});

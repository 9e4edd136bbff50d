import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFileExclusive, FileExistsError, readLinesNoFollow, replaceFileAtomic, replaceOwnedFile } from "../../src/io/write.js";
import { UsageError } from "../../src/model/errors.js";
import { markedPage, scratch, snapshot, writeFiles } from "./sandbox.js";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.messageId;
    throw error;
  }
  return "written";
}

/** What `report --out` writes, under names that do and do not match the format. */
const REPORTS: Record<string, string> = {
  "q1.md": markedPage("q1.md", "review", "lessonbook report"),
  "q1.html": markedPage("q1.html", "review", "lessonbook report"),
  "q1.json": markedPage("q1.json", "review", "lessonbook report"),
  "html-as.txt": markedPage("x.html", "review", "lessonbook report"),
  "json-as.md": markedPage("x.json", "review", "lessonbook report"),
};

describe("replaceOwnedFile (report --out)", () => {
  for (const [name, text] of Object.entries(REPORTS)) {
    it(`creates ${name}, then replaces it while it carries the report's mark`, () => {
      const { work } = scratch();
      const target = path.join(work, "reports", name);
      replaceOwnedFile(target, text, "lessonbook report");
      replaceOwnedFile(target, `${text}more\n`, "lessonbook report");
      expect(readFileSync(target, "utf8")).toBe(`${text}more\n`);
      expect(Object.keys(snapshot(path.join(work, "reports")))).toEqual([name]);
    });
  }

  // Files a person wrote or another command wrote, each at every name.
  const others: Record<string, string> = {
    "a person's notes": "# My notes\n",
    "an HTML page that merely has the generator meta tag": '<!DOCTYPE html>\n<meta name="generator" content="lessonbook report">\n',
    "the mark quoted further down": `# Notes\n\n${markedPage("x.md", "quoted", "lessonbook report")}`,
    "a page of lessonbook build": markedPage("x.md", "kb", "lessonbook build"),
    "JSON naming the generator deep inside": `{ "notes": "${"x".repeat(300)}", "generator": "lessonbook report" }`,
    "an empty file": "",
  };
  for (const [what, text] of Object.entries(others)) {
    for (const name of ["q1.md", "q1.html", "q1.json"]) {
      it(`never replaces ${what} at ${name}`, () => {
        const { top, work } = scratch();
        writeFiles(work, { [name]: text });
        const before = snapshot(top);
        expect(refusal(() => replaceOwnedFile(path.join(work, name), "new", "lessonbook report", name))).toBe("output.not-ours");
        expect(snapshot(top)).toEqual(before);
      });
    }
  }

  for (const target of ["inside", "outside"] as const) {
    it(`refuses a link at the target pointing ${target}, writing nothing through it`, () => {
      const { top, work, inside, outside } = scratch();
      const dest = path.join(target === "inside" ? inside : outside, "q1.md");
      writeFiles(path.dirname(dest), { "q1.md": REPORTS["q1.md"]! });
      symlinkSync(dest, path.join(work, "q1.md"));
      const before = snapshot(top);
      expect(refusal(() => replaceOwnedFile(path.join(work, "q1.md"), "new", "lessonbook report"))).toBe("output.file-is-link");
      expect(snapshot(top)).toEqual(before);
    });
  }

  it("refuses a folder at the target", () => {
    const { work } = scratch();
    mkdirSync(path.join(work, "q1.md"));
    expect(refusal(() => replaceOwnedFile(path.join(work, "q1.md"), "new", "lessonbook report"))).toBe("output.not-a-file");
  });

  it("names the file as the caller shows it", () => {
    const { work } = scratch();
    writeFiles(work, { "q1.md": "mine" });
    try {
      replaceOwnedFile(path.join(work, "q1.md"), "new", "lessonbook report", "reports/q1.md");
    } catch (error) {
      expect((error as UsageError).data).toEqual({ file: "reports/q1.md", generator: "lessonbook report" });
    }
    expect.assertions(1);
  });
});

describe("createFileExclusive and replaceFileAtomic", () => {
  // The temporary file beside the target must not repeat its name, or a long name overflows there first.
  const long = `${"a".repeat(252)}.md`;

  it("create a file whose name is at the file system's limit, and leave no temporary file", () => {
    const { work } = scratch();
    createFileExclusive(path.join(work, long), "one");
    expect(() => createFileExclusive(path.join(work, long), "two")).toThrow(FileExistsError);
    replaceFileAtomic(path.join(work, long), "three");
    expect(snapshot(work)).toEqual({ notes: "folder", [long]: "three" });
  });

  it("replace a file with text given in parts, larger together than one write, every character whole", () => {
    const { work } = scratch();
    // Parts that end and start inside the megabyte written at a time, with two-unit characters at each seam.
    const parts = ["🙂".repeat(400_000), "a🙂", "é".repeat(900_000), "", "🙂z".repeat(300_000)];
    replaceFileAtomic(path.join(work, "big.txt"), parts.values());
    expect(readFileSync(path.join(work, "big.txt"), "utf8")).toBe(parts.join(""));
    expect(Object.keys(snapshot(work)).sort()).toEqual(["big.txt", "notes"]);
  });
});

describe("readLinesNoFollow", () => {
  /** The lines read from a file holding `text`, a few bytes at a time. */
  function linesOf(text: string, chunk: number): string[] {
    const { work } = scratch();
    writeFileSync(path.join(work, "lines.txt"), text);
    return [...readLinesNoFollow(path.join(work, "lines.txt"), Infinity, chunk)];
  }

  it("gives every line as split would, whatever the part a line starts or ends in", () => {
    const texts = [
      "",
      "one",
      "one\n",
      "one\ntwo",
      "\n\nthree\n\n",
      // Lines longer than a part, and characters of two to four bytes across the parts' seams.
      `${"é".repeat(40)}\n🙂 ${"x".repeat(17)}\nñ\n${"🙂".repeat(25)}`,
    ];
    for (const text of texts) {
      const expected = text.split("\n");
      if (expected.at(-1) === "") expected.pop();
      for (const chunk of [1, 2, 3, 7, 64]) expect(linesOf(text, chunk), `${JSON.stringify(text)} by ${chunk}`).toEqual(expected);
    }
  });

  it("refuses a link at the name and a folder", () => {
    const { work } = scratch();
    writeFileSync(path.join(work, "real.txt"), "a\nb\n");
    symlinkSync(path.join(work, "real.txt"), path.join(work, "link.txt"));
    expect(() => [...readLinesNoFollow(path.join(work, "link.txt"))]).toThrow(expect.objectContaining({ code: "ELOOP" }));
    expect(() => [...readLinesNoFollow(work)]).toThrow(expect.objectContaining({ code: "EISDIR" }));
    expect([...readLinesNoFollow(path.join(work, "real.txt"))]).toEqual(["a", "b"]);
  });

  it("refuses a named pipe rather than wait for a writer", () => {
    const { work } = scratch();
    const fifo = path.join(work, "pipe");
    execFileSync("mkfifo", [fifo]);
    expect(() => [...readLinesNoFollow(fifo)]).toThrow(expect.objectContaining({ code: "EISDIR" }));
  });

  it("reads no more than its limit, the last line cut there", () => {
    const { work } = scratch();
    writeFileSync(path.join(work, "long.txt"), "a\nb\nccc\nd\n");
    for (const chunk of [1, 2, 64]) {
      expect([...readLinesNoFollow(path.join(work, "long.txt"), 5, chunk)]).toEqual(["a", "b", "c"]);
      expect([...readLinesNoFollow(path.join(work, "long.txt"), 0, chunk)]).toEqual([]);
    }
  });

  it("closes the file when the reader stops early", () => {
    const { work } = scratch();
    writeFileSync(path.join(work, "many.txt"), "line\n".repeat(1000));
    const open = () => readdirSync("/proc/self/fd").length;
    const before = open();
    for (let i = 0; i < 50; i++) {
      for (const line of readLinesNoFollow(path.join(work, "many.txt"), Infinity, 16)) if (line) break;
    }
    expect(open()).toBe(before);
  });
});

/**
 * Files are read in groups, ahead of the checks: every file comes once, in the order asked for, with its
 * bytes or why it could not be read; a group holds a few small files or one large one, never the corpus.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readBatches, readSources } from "../../src/io/files.js";

const dir = mkdtempSync(path.join(tmpdir(), "lessonbook-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
  return name;
}

describe("reading files in groups", () => {
  it("gives every file once, in order, with its bytes or why it could not be read", () => {
    const files = Array.from({ length: 40 }, (_, i) => write(`small/${String(i).padStart(2, "0")}.md`, `file ${i}\n`));
    const asked = [...files.slice(0, 20), "small/missing.md", ...files.slice(20)];
    const batches = [...readBatches(asked, dir)];
    const flat = batches.flat();
    expect(flat.map((s) => s.file)).toEqual(asked);
    expect(flat.map((s) => ("bytes" in s ? Buffer.from(s.bytes).toString("utf8") : s.error.messageId))).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `file ${i}\n`),
      "gone",
      ...Array.from({ length: 20 }, (_, i) => `file ${i + 20}\n`),
    ]);
    expect([...readSources(asked, dir)].map((s) => s.file)).toEqual(asked);
    // A few at a time, not all at once.
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(16);
  });

  it("ends a group after a large file, so that a group holds at most one", () => {
    const big = write("large/big.md", "x".repeat(300 * 1024));
    const small = [write("large/a.md", "a"), write("large/b.md", "b")];
    const batches = [...readBatches([small[0]!, big, small[1]!], dir)].map((b) => b.map((s) => s.file));
    expect(batches).toEqual([[small[0], big], [small[1]]]);
  });

  it("reads nothing for no files", () => {
    expect([...readBatches([], dir)]).toEqual([]);
  });
});

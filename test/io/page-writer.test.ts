import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPageWriter } from "../../src/io/page-writer.js";
import { scratch } from "./sandbox.js";

/** Pages of every size around a tiny ring: many wrap round its end, some wait for room, some go around it. */
function pages(count: number): [string, string][] {
  return Array.from({ length: count }, (_, i) => {
    const text = `página ${i} · ${"€ é ".repeat((i * 37) % 300)}${i % 50 === 0 ? "x😀".repeat(3000) : ""}\n`;
    return [`p/${i % 7}/${i}.html`, text];
  });
}

const RING = 4096;

describe.each([
  ["on a second thread", true],
  ["on the calling thread", false],
])("openPageWriter %s", (_, thread) => {
  it("writes every page byte for byte, however the pages fall in the ring", () => {
    const { work } = scratch();
    const writer = openPageWriter({ thread, ringBytes: RING });
    const all = pages(400);
    for (const [name, text] of all) writer.write(path.join(work, name), text);
    writer.drain();
    for (const [name, text] of all) expect(readFileSync(path.join(work, name), "utf8")).toBe(text);
    writer.stop();
  });

  it("writes a page given as pieces, text and bytes, whether it fits the ring or not", () => {
    const { work } = scratch();
    const writer = openPageWriter({ thread, ringBytes: RING });
    const encoder = new TextEncoder();
    const small = ["<p>", encoder.encode("página ✓ 😀"), "</p>\n"];
    const large = ["<p>", encoder.encode("€ é ".repeat(400)), "😀".repeat(300), "</p>\n"];
    writer.write(path.join(work, "small.html"), small);
    writer.write(path.join(work, "large.html"), large);
    writer.drain();
    expect(readFileSync(path.join(work, "small.html"), "utf8")).toBe("<p>página ✓ 😀</p>\n");
    expect(readFileSync(path.join(work, "large.html"), "utf8")).toBe(`<p>${"€ é ".repeat(400)}${"😀".repeat(300)}</p>\n`);
    writer.stop();
  });

  it.each([
    ["a page", "theirs"],
    ["a page larger than the ring, written in parts", "theirs ".repeat(2000)],
  ])("never writes over a file that is already there, and says so: %s", (_, text) => {
    const { work } = scratch();
    writeFileSync(path.join(work, "taken.html"), "mine");
    const writer = openPageWriter({ thread, ringBytes: RING });
    let failure: unknown;
    try {
      writer.write(path.join(work, "taken.html"), text);
      writer.drain();
    } catch (error) {
      failure = error;
    }
    // Named as a write of that file, whichever call failed, so that it can be told in words.
    expect(failure).toMatchObject({ code: "EEXIST", syscall: "write", path: path.join(work, "taken.html") });
    expect(readFileSync(path.join(work, "taken.html"), "utf8")).toBe("mine");
    writer.stop();
  });

  it("writes nothing more once stopped, so its folder can be removed", () => {
    const { work } = scratch();
    const writer = openPageWriter({ thread, ringBytes: RING });
    for (const [name, text] of pages(300)) writer.write(path.join(work, name), text);
    writer.stop();
    const count = () => readdirSync(work, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
    const after = count();
    expect(after).toBeLessThanOrEqual(300);
    // The thread has let go of every queued page by the time stop returns: nothing lands afterwards.
    for (let i = 0; i < 3; i++) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      expect(count()).toBe(after);
    }
    expect(() => writer.write(path.join(work, "late.html"), "late")).toThrow(/stopped/);
  });

  it("compares files with pages in turn with the pages it writes, answering in order which hold exactly the page", () => {
    const { work } = scratch();
    const at = (name: string) => path.join(work, name);
    const page = "<p>página ✓ 😀</p>\n";
    writeFileSync(at("same.html"), page);
    writeFileSync(at("other.html"), page.replace("✓", "✗"));
    writeFileSync(at("longer.html"), `${page}more`);
    writeFileSync(at("large.html"), "€ ".repeat(3000));
    mkdirSync(at("folder.html"));
    symlinkSync(at("same.html"), at("link.html"));
    mkdirSync(at("real"));
    writeFileSync(at("real/same.html"), page);
    symlinkSync(at("real"), at("linked"));
    const writer = openPageWriter({ thread, ringBytes: RING });
    const asked: [string, string | (string | Uint8Array)[]][] = [
      ["same.html", page],
      ["other.html", page],
      ["longer.html", page],
      ["missing.html", page],
      ["folder.html", page],
      // Not followed: the link holds the page only through a file elsewhere.
      ["link.html", page],
      ["same.html", ["<p>", new TextEncoder().encode("página ✓"), " 😀</p>\n"]],
      ["real/same.html", page],
      // A link on the way, or a file where a folder goes.
      ["linked/same.html", page],
      ["same.html/same.html", page],
      // Larger than half the ring: compared on the calling thread, its answer still in its turn.
      ["large.html", "€ ".repeat(3000)],
      ["large.html", "€ ".repeat(2999)],
    ];
    const answers: boolean[] = [];
    for (const [round, [name, text]] of [...asked, ...asked, ...asked].entries()) {
      writer.compare(work, name, text);
      // Pages written between the comparisons share the ring with them.
      writer.write(at(`written/${round}.html`), `page ${round} ${"é".repeat(round * 40)}\n`);
      answers.push(...writer.compared());
    }
    writer.drain();
    answers.push(...writer.compared());
    const once = [true, false, false, false, false, false, true, true, false, false, true, false];
    expect(answers).toEqual([...once, ...once, ...once]);
    expect(readFileSync(at("written/26.html"), "utf8")).toBe(`page 26 ${"é".repeat(26 * 40)}\n`);
    writer.compare(work, "same.html", page);
    writer.stop();
    // A stopped writer answers no more: its caller compares what is left itself.
    expect(writer.compared()).toEqual([]);
    expect(() => writer.compare(work, "same.html", page)).toThrow(/stopped/);
  });
});

describe("openPageWriter on a second thread", () => {
  it("waits out many small pages without taking a late wake-up for a stalled thread", () => {
    // The thread counts a page, then wakes the caller: a caller that read the count in between is woken
    // by that notice with nothing new, which once made the writer give up on a healthy thread (it failed
    // this test every time in three tries).
    for (let round = 0; round < 3; round++) {
      const { work } = scratch();
      const writer = openPageWriter({ thread: true, ringBytes: 8 << 20 });
      for (let i = 0; i < 20_000; i++) writer.write(path.join(work, `p/${i % 10}/${i}.html`), `page ${i}\n`);
      expect(() => writer.drain()).not.toThrow();
      expect(readFileSync(path.join(work, "p/9/19999.html"), "utf8")).toBe("page 19999\n");
      writer.stop();
    }
    // 60,000 files: bounded by that work, not by the disk's speed on a busy machine.
  }, 300_000);
});

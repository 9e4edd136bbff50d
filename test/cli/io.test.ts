import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { inParts, writePieces } from "../../src/cli/io.js";

/** A stream that says it is full after every write, as a pipe whose reader is behind does. */
class FullPipe extends EventEmitter {
  readonly written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return false;
  }
}

describe("writePieces", () => {
  it("gathers small pieces and waits for the stream to drain before the next write", async () => {
    const pipe = new FullPipe();
    const pieces = Array.from({ length: 300 }, (_, i) => `${String(i).padStart(4, "0")}${"x".repeat(1020)}\n`);
    const done = writePieces(pipe, pieces);
    let finished = false;
    void done.then(() => (finished = true));
    await new Promise((resolve) => setImmediate(resolve));
    // 300 pieces of 1 KB: the first write gathers 64 K characters, and nothing more is written until `drain`.
    expect(pipe.written).toHaveLength(1);
    expect(pipe.written[0]!.length).toBeGreaterThanOrEqual(64 * 1024);
    expect(finished).toBe(false);
    while (!finished) {
      pipe.emit("drain");
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(pipe.written.join("")).toBe(pieces.join(""));
    expect(pipe.written.length).toBeGreaterThan(2);
    // Every listener it added is gone.
    expect(pipe.listenerCount("drain") + pipe.listenerCount("close") + pipe.listenerCount("error")).toBe(0);
  });

  it("does not wait forever on a stream that closes instead of draining", async () => {
    const pipe = new FullPipe();
    const done = writePieces(pipe, ["a".repeat(70_000), "b".repeat(70_000)]);
    await new Promise((resolve) => setImmediate(resolve));
    pipe.emit("close");
    await new Promise((resolve) => setImmediate(resolve));
    pipe.emit("close");
    await done;
    expect(pipe.written.join("")).toBe(`${"a".repeat(70_000)}${"b".repeat(70_000)}`);
  });

  it("writes straight on, without waiting, to a stream that never says it is full", async () => {
    const written: string[] = [];
    await writePieces({ write: (text: string) => written.push(text) }, ["one ", "two"]);
    expect(written).toEqual(["one two"]);
  });
});

describe("inParts", () => {
  it("cuts a long text into parts that join back to it, never between an emoji's two halves", () => {
    // An emoji (two UTF-16 units) at every place relative to a cut of 8.
    for (let at = 0; at < 12; at++) {
      const text = `${"a".repeat(at)}🙃${"b".repeat(20)}`;
      const parts = [...inParts(text, 8)];
      expect(parts.join("")).toBe(text);
      for (const part of parts) expect(part).toBe(Buffer.from(part, "utf8").toString("utf8"));
      expect(parts.every((part) => part.length <= 9)).toBe(true);
    }
    expect([...inParts("", 8)]).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/parse/limits.js";
import { decodeText } from "../../src/parse/text.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...utf8(part)] : part)));

describe("decodeText", () => {
  it("refuses a file over the size limit before decoding it", () => {
    const big = new Uint8Array(LIMITS.fileBytes + 1).fill(0x61);
    expect(decodeText(big)).toEqual({
      ok: false,
      problem: { messageId: "too-large", data: { size: LIMITS.fileBytes + 1, max: LIMITS.fileBytes }, line: 1, column: 1 },
    });
  });

  it("returns valid UTF-8 text unchanged, accents included", () => {
    expect(decodeText(utf8("---\ntitle: Campaña de verano\n---\n## Qué pasó\n"))).toEqual({
      ok: true,
      text: "---\ntitle: Campaña de verano\n---\n## Qué pasó\n",
      bom: false,
    });
  });

  it("drops a byte-order mark and keeps CRLF", () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf], "---\r\nid: a\r\n---\r\n"))).toEqual({
      ok: true,
      text: "---\r\nid: a\r\n---\r\n",
      bom: true,
    });
  });

  it("drops only the leading byte-order mark", () => {
    const decoded = decodeText(concat([0xef, 0xbb, 0xbf], "a\uFEFFb"));
    expect(decoded).toEqual({ ok: true, text: "a\uFEFFb", bom: true });
  });

  it("reads a view into a larger buffer from its own offset", () => {
    const big = utf8("XXXX---\nid: a\n---\nYYYY");
    expect(decodeText(big.subarray(4, big.length - 4))).toEqual({ ok: true, text: "---\nid: a\n---\n", bom: false });
  });

  it.each([
    ["no bytes", new Uint8Array()],
    ["whitespace only", utf8("  \n\t\r\n \n")],
    ["a byte-order mark only", Uint8Array.from([0xef, 0xbb, 0xbf])],
    ["a byte-order mark and blank lines", concat([0xef, 0xbb, 0xbf], "\r\n\r\n")],
  ])("calls a file with %s empty, on line 1", (_, bytes) => {
    expect(decodeText(bytes)).toEqual({
      ok: false,
      problem: { messageId: "empty", data: {}, line: 1, column: 1 },
    });
  });

  it("calls a file with a NUL byte binary, on the NUL's line", () => {
    expect(decodeText(concat("---\nid: a\n", [0x00], "\n"))).toEqual({
      ok: false,
      problem: { messageId: "binary", data: {}, line: 3, column: 1 },
    });
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toMatchObject({
      ok: false,
      problem: { line: 3 },
    });
  });

  it("names the line of the first invalid UTF-8 byte", () => {
    expect(decodeText(concat("---\nid: a\ntitle: ", [0xff, 0xfe], "\n---\n"))).toEqual({
      ok: false,
      problem: { messageId: "not-utf8", data: {}, line: 3, column: 1 },
    });
  });

  it.each([
    ["Latin-1 é on line 2", concat("---\ntitle: Campa", [0xf1], "a\n---\n"), 2],
    ["a sequence cut by a newline", concat("a\nb\nc", [0xc3], "\n", [0xa9], "\n"), 3],
    ["an overlong encoding on line 1", concat([0xc0, 0xaf], "\n"), 1],
    ["a lone surrogate on the last line without newline", concat("a\n\nb", [0xed, 0xa0, 0x80]), 3],
    ["invalid bytes after CRLF lines", concat("a\r\nb\r\n\r\n", [0x80], "\r\n"), 4],
  ])("finds %s", (_, bytes, line) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect([decoded.problem.line, decoded.problem.column]).toEqual([line, 1]);
  });

  it("reports the first invalid line, not a later one", () => {
    const decoded = decodeText(concat("ok\n", [0xff], "\nok\n", [0xfe], "\n"));
    expect(decoded.ok || decoded.problem.line).toBe(2);
  });
});

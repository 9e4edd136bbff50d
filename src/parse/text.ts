import { isUtf8 } from "node:buffer";

/** Why a file's bytes cannot be read as an incident, with the place a reader should look. */
export interface DecodeProblem {
  message: string;
  line: number;
  column: number;
  expected?: string;
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The line holding the first invalid sequence: a newline byte never sits inside a UTF-8 sequence. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let from = 0;
  while (from <= bytes.length) {
    const nl = bytes.indexOf(0x0a, from);
    const to = nl === -1 ? bytes.length : nl;
    if (!isUtf8(bytes.subarray(from, to))) return line;
    if (nl === -1) break;
    from = nl + 1;
    line++;
  }
  return line;
}

/**
 * Turns a file's bytes into text, or says why it cannot: empty, binary (a NUL byte) or not UTF-8.
 * A byte-order mark is dropped so that columns on line 1 count as an editor shows them.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      problem: {
        message: "File is binary (it contains a NUL byte), not a Markdown incident.",
        line: lineAt(bytes, nul),
        column: 1,
        expected: "UTF-8 text",
      },
    };
  }
  if (!isUtf8(bytes)) {
    return {
      ok: false,
      problem: { message: "File is not valid UTF-8; save it as UTF-8.", line: firstInvalidLine(bytes), column: 1, expected: "UTF-8 text" },
    };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") {
    return {
      ok: false,
      problem: {
        message: "File is empty: an incident starts with YAML front-matter between --- lines.",
        line: 1,
        column: 1,
        expected: "front-matter",
      },
    };
  }
  return { ok: true, text };
}

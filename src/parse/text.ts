import { isUtf8 } from "node:buffer";

import { LIMITS } from "./limits.js";

/** Why a file's bytes cannot be read as an incident, with the place a reader should look. */
export interface DecodeProblem {
  messageId: string;
  data: Record<string, string | number>;
  line: number;
  column: number;
}

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; problem: DecodeProblem };

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
  if (bytes.length > LIMITS.fileBytes) {
    return { ok: false, problem: { messageId: "too-large", data: { size: bytes.length, max: LIMITS.fileBytes }, line: 1, column: 1 } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      problem: { messageId: "binary", data: {}, line: lineAt(bytes, nul), column: 1 },
    };
  }
  if (!isUtf8(bytes)) {
    return {
      ok: false,
      problem: { messageId: "not-utf8", data: {}, line: firstInvalidLine(bytes), column: 1 },
    };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.trim() === "") {
    return {
      ok: false,
      problem: { messageId: "empty", data: {}, line: 1, column: 1 },
    };
  }
  return { ok: true, text, bom };
}

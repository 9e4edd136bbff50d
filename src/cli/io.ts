import type { Language } from "../i18n/language.js";
import type { Translate } from "../i18n/translate.js";

/** The streams and settings `main` works with, so that tests can run it in-process. */
export interface Writable {
  write(text: string): unknown;
  isTTY?: boolean;
  /** A Node stream's events: `writePieces` waits for `drain` when a write says the stream is full. */
  once?(event: "drain" | "close" | "error", listener: () => void): unknown;
  off?(event: "drain" | "close" | "error", listener: () => void): unknown;
}

export interface Readable {
  isTTY?: boolean;
}

export interface MainOptions {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Writable;
  stderr: Writable;
  stdin?: Readable & NodeJS.ReadableStream;
}

/** What every command runs with: `main`'s options plus the language chosen for this run. */
export interface Context extends MainOptions {
  lang: Language;
  /** Words a message in `lang`. */
  t: Translate;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** The system's error codes a person is told about in words; others by their code. */
const SYSTEM_CODES = new Set([
  "ENOTDIR",
  "EISDIR",
  "EACCES",
  "EPERM",
  "EEXIST",
  "ENOENT",
  "ENOSPC",
  "EDQUOT",
  "EFBIG",
  "EROFS",
  "ELOOP",
  "ENAMETOOLONG",
]);

/** What a system error code means, in the run's language: "permission denied", "the disk is full". */
export function systemReason(t: Translate, code: string): string {
  return SYSTEM_CODES.has(code) ? t(`cli.system.${code}`) : t("cli.system.other", { code });
}

/** Colour on a terminal only, never under NO_COLOR; FORCE_COLOR forces it. */
export function useColor(env: MainOptions["env"], stream: Writable): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Characters written at once: a report of a hundred thousand problems goes out in pieces this large. */
const WRITE_CHARS = 64 * 1024;

/**
 * Writes a text given in pieces (a reporter's), gathering small pieces so that each write is worth its
 * call, and waiting whenever the stream says it is full. Into a pipe, Node queues what the reader has
 * not taken yet: 98,679 warnings through a pipe held the whole report in memory (a peak of 279 MB,
 * against 233 MB written to a file); waiting for `drain` keeps a few pieces at a time.
 */
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  let pending = "";
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= WRITE_CHARS) {
      await write(stream, pending);
      pending = "";
    }
  }
  if (pending) await write(stream, pending);
}

/** `text` in parts of about `size` characters for `writePieces`, never one character's two halves apart. */
export function* inParts(text: string, size = WRITE_CHARS): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    // A character outside the Basic Multilingual Plane (an emoji) is two UTF-16 units: cut after both.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(start, end);
    start = end;
  }
}

const WAKE = ["drain", "close", "error"] as const;

function write(stream: Writable, text: string): Promise<void> | undefined {
  if (stream.write(text) !== false || !stream.once || !stream.off) return undefined;
  return new Promise((resolve) => {
    // A stream closed or failed meanwhile sends no `drain`; the bin handles its error.
    const go = () => {
      for (const event of WAKE) stream.off!(event, go);
      resolve();
    };
    for (const event of WAKE) stream.once!(event, go);
  });
}

import type { Language } from "../i18n/language.js";
import type { Translate } from "../i18n/translate.js";

/** The streams and settings `main` works with, so that tests can run it in-process. */
export interface Writable {
  write(text: string): unknown;
  isTTY?: boolean;
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

/** Colour on a terminal only, never under NO_COLOR; FORCE_COLOR forces it. */
export function useColor(env: MainOptions["env"], stream: Writable): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Characters written at once: a report of a hundred thousand problems goes out in pieces this large. */
const WRITE_CHARS = 64 * 1024;

/** Writes a text given in pieces (a reporter's), gathering small pieces so that each write is worth its call. */
export function writePieces(stream: Writable, pieces: Iterable<string>): void {
  let pending = "";
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= WRITE_CHARS) {
      stream.write(pending);
      pending = "";
    }
  }
  if (pending) stream.write(pending);
}

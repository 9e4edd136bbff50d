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

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Colour on a terminal only, never under NO_COLOR; FORCE_COLOR forces it. */
export function useColor(env: MainOptions["env"], stream: Writable): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

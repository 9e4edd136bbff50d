import { ConfigError } from "../io/config.js";
import { UsageError } from "../io/files.js";
import { EXIT, type MainOptions } from "./io.js";
import { packageVersion } from "../io/package-info.js";

export type { MainOptions } from "./io.js";

const HELP = `lessonbook: post-mortems of marketing and communication incidents, kept in git.

Usage: lessonbook <command> [options]

Commands:
  lint [paths...]   check incident files (default: incidents/)
  new "<title>"     write a new draft incident from the template
  report            the quarterly review (Markdown or JSON)
  build             write the lessons-learned knowledge base to kb/
  rules             list the lint rules

Run "lessonbook <command> --help" for a command's options.
`;

const SYSTEM_ERRORS: Record<string, string> = {
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EEXIST: "it already exists",
  ENOENT: "no such file or folder",
  ENOSPC: "the disk is full",
  EROFS: "the file system is read-only",
};

type Command = (args: readonly string[], io: MainOptions) => Promise<number>;

/** Commands load their modules on demand: `lint` on a small file should not pay for `new`. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import("./lint-command.js")).lintCommand,
  new: async () => (await import("./new-command.js")).newCommand,
  rules: async () => (await import("./rules-command.js")).rulesCommand,
  report: async () => (await import("./report-command.js")).reportCommand,
  build: async () => (await import("./build-command.js")).buildCommand,
};

/**
 * The whole program, without touching `process`: arguments, working directory, environment and
 * streams come in, an exit code goes out. Only the bin sets `process.exitCode`.
 */
export async function main(io: MainOptions): Promise<number> {
  const [name, ...rest] = io.argv;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      io.stdout.write(HELP);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const load = COMMANDS[name];
    if (!load) throw new UsageError(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")}.`);
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.file}:${error.line}:${error.column}: error: ${error.message}\n`);
      return EXIT.usage;
    }
    const code = (error as { code?: string }).code ?? "";
    if (error instanceof UsageError || code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(
        `lessonbook: ${(error as Error).message}\nRun "lessonbook ${name && COMMANDS[name] ? `${name} ` : ""}--help" for usage.\n`,
      );
      return EXIT.usage;
    }
    // The file system said no (a file where a folder should be, no permission): the user can act on it.
    const failure = error as NodeJS.ErrnoException;
    if (typeof failure.code === "string" && /^E[A-Z]+$/.test(failure.code) && failure.path) {
      io.stderr.write(`lessonbook: cannot ${failure.syscall ?? "use"} ${failure.path}: ${SYSTEM_ERRORS[failure.code] ?? failure.code}.\n`);
      return EXIT.usage;
    }
    // A failure of lessonbook itself: say so in one line; the stack only when asked for.
    io.stderr.write(`lessonbook: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (io.env.LESSONBOOK_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}

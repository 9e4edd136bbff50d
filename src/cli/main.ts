import { translator } from "../i18n/translate.js";
import { ConfigError, UsageError } from "../model/errors.js";
import { EXIT, type Context, type MainOptions, systemReason } from "./io.js";
import { chooseLanguage } from "./options.js";

export type { MainOptions } from "./io.js";

type Command = (args: readonly string[], ctx: Context) => Promise<number>;

/** Commands load their modules on demand: `lint` on one file should not pay for `build`. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import("./lint-command.js")).lintCommand,
  new: async () => (await import("./new-command.js")).newCommand,
  rules: async () => (await import("./rules-command.js")).rulesCommand,
  report: async () => (await import("./report-command.js")).reportCommand,
  build: async () => (await import("./build-command.js")).buildCommand,
  init: async () => (await import("./init-command.js")).initCommand,
};

/** Node's own argument-parser errors, reworded: its English names the option between quotes. */
function parseArgsError(error: { code: string; message: string }): UsageError {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError("cli.unknown-option", { option: quoted });
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return new UsageError("cli.missing-value", { option: quoted.split(" ")[0]! });
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return new UsageError("cli.unexpected-argument", { argument: quoted });
  return new UsageError("cli.bad-usage", { reason: error.message });
}

const ACTIONS: Record<string, string> = { open: "open", read: "read", write: "write", mkdir: "write", rename: "write", unlink: "write" };

/**
 * The whole program, without touching `process`: arguments, working directory, environment and
 * streams come in, an exit code goes out. Only the bin sets `process.exitCode`.
 */
export async function main(io: MainOptions): Promise<number> {
  const [name, ...rest] = io.argv;
  const { lang, error: langError } = chooseLanguage({ ...io, argv: rest });
  const t = translator(lang);
  const ctx: Context = { ...io, lang, t };
  const known = name !== undefined && Object.hasOwn(COMMANDS, name);
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      io.stdout.write(t("cli.help"));
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      const { packageVersion } = await import("../io/package-info.js");
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (!known) throw new UsageError("cli.unknown-command", { name, commands: Object.keys(COMMANDS).join(", ") });
    if (langError) throw langError;
    return await (
      await COMMANDS[name]!()
    )(rest, ctx);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.file}:${error.line}:${error.column}: error: ${t(error.messageId, error.data)}\n`);
      return EXIT.usage;
    }
    const code = (error as { code?: unknown }).code;
    const usage =
      error instanceof UsageError
        ? error
        : typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")
          ? parseArgsError(error as { code: string; message: string })
          : null;
    if (usage) {
      // Help only helps with the command line itself, not with a file in the way or a missing folder.
      const aboutArguments = !/^(files|git|out|output)\./.test(usage.messageId);
      io.stderr.write(
        `lessonbook: ${t(usage.messageId, usage.data)}\n${aboutArguments ? `${t("cli.see-help", { command: known ? `${name} ` : "" })}\n` : ""}`,
      );
      return EXIT.usage;
    }
    // The file system said no (a file where a folder should be, no permission): the user can act on it.
    const failure = error as NodeJS.ErrnoException;
    if (typeof failure.code === "string" && /^E[A-Z]+$/.test(failure.code) && failure.path) {
      const reason = systemReason(t, failure.code);
      const action = t(`cli.action.${ACTIONS[failure.syscall ?? ""] ?? "other"}`);
      io.stderr.write(`${t("cli.system-error", { action, path: failure.path, reason })}\n`);
      return EXIT.usage;
    }
    // A failure of lessonbook itself: one line; the stack only when asked for.
    io.stderr.write(`${t("cli.internal-error", { reason: error instanceof Error ? error.message : String(error) })}\n`);
    if (io.env.LESSONBOOK_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}

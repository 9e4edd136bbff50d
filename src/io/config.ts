import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../model/errors.js";
import { YamlLocator } from "../parse/index.js";
import { CONFIG_FILE, createConfigSchema, type ResolvedConfig, resolveConfig, suggest, toProblem } from "../schema/index.js";

export { ConfigError };

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Reads `lessonbook.config.json` from `cwd` (or `explicit`), validates it and resolves defaults.
 * No file is the default configuration; a file that is not valid is a `ConfigError`.
 */
export function loadConfig(cwd: string, ruleIds: readonly string[], explicit?: string): ResolvedConfig {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE);
  const shown = path.relative(cwd, file).split(path.sep).join("/");
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === "ENOENT") return resolveConfig();
    throw new ConfigError(shown, 1, 1, "config.unreadable", { reason: (error as Error).message.split(",")[0] ?? "" });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const { line, column } = at ? position(text, Number(at[1])) : { line: 1, column: 1 };
    throw new ConfigError(shown, line, column, "config.not-json", { reason: message.replace(/ in JSON at position \d+.*$/, "") });
  }
  const schema = createConfigSchema(ruleIds);
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const problem = toProblem(result.error.issues[0]!);
    const unknownKey = problem.message.startsWith("Unknown");
    const { start } = new YamlLocator(text).locate(problem.path, { key: unknownKey });
    const known = problem.path.length === 1 ? Object.keys(schema.shape) : problem.path[0] === "rules" ? ruleIds : [];
    const hint = unknownKey && problem.actual ? suggest(problem.actual, known) : undefined;
    throw new ConfigError(shown, start.line, start.column, "config.invalid", {
      problem: `${problem.message}${hint ? ` Did you mean "${hint}"?` : ""}`,
    });
  }
  return resolveConfig(result.data);
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { describePath } from "../i18n/fields.js";
import type { Language } from "../i18n/language.js";
import { ConfigError } from "../model/errors.js";
import { LineIndex, locateInYaml } from "../parse/index.js";
import { CONFIG_FILE, createConfigSchema, issueReport, type ResolvedConfig, resolveConfig, suggest } from "../schema/index.js";

export { ConfigError };

/**
 * Reads `lessonbook.config.json` from `cwd` (or `explicit`), validates it and resolves defaults. No file
 * is the default configuration; a file that is not valid is a `ConfigError` located in the file, worded
 * in `lang`.
 */
export function loadConfig(cwd: string, ruleIds: readonly string[], explicit?: string, lang: Language = "en"): ResolvedConfig {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE);
  const shown = path.relative(cwd, file).split(path.sep).join("/");
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === "ENOENT") return resolveConfig();
    throw new ConfigError(shown, 1, 1, "config.unreadable", { reason: (error as NodeJS.ErrnoException).code ?? "?" });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const { line, column } = new LineIndex(text).position(at ? Number(at[1]) : 0);
    throw new ConfigError(shown, line, column, "config.not-json", {
      reason: message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, ""),
    });
  }
  const schema = createConfigSchema(ruleIds);
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return resolveConfig(result.data);
  const issue = result.error.issues[0]!;
  const index = new LineIndex(text);
  if (issue.code === "unrecognized_keys" || issue.code === "invalid_key") {
    const key = issue.code === "unrecognized_keys" ? (issue.keys[0] ?? "") : String((issue as { input?: unknown }).input ?? "");
    const where = issue.path as (string | number)[];
    const known = where.length === 0 ? Object.keys(schema.shape) : where[0] === "rules" ? ruleIds : [];
    const { line, column } = index.position(locateInYaml(text, [...where, key], true).start);
    throw new ConfigError(shown, line, column, "config.unknown-field", {
      key,
      where: where.length ? describePath(lang, where) : "top",
      hint: suggest(key, known) ?? "none",
    });
  }
  const kind = (issue as { params?: { kind?: string } }).params?.kind;
  const report = kind === "duration" || kind === "includes-cause" ? null : issueReport(issue, { lang });
  const { line, column } = index.position(locateInYaml(text, issue.path as (string | number)[], false).start);
  const field = describePath(lang, issue.path as (string | number)[]);
  if (!report)
    throw new ConfigError(shown, line, column, `config.${kind}`, { field, found: String((issue as { input?: unknown }).input ?? "") });
  throw new ConfigError(shown, line, column, `schema/${report.messageId}`, { field, parent: "none", ...report.data });
}

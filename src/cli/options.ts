import { isLanguage, type Language, languageFromEnv } from "../i18n/language.js";
import { configuredLanguage } from "../io/config-language.js";
import { UsageError } from "../model/errors.js";
import type { MainOptions } from "./io.js";

/** The value of a long option in raw arguments (`--name value` or `--name=value`), before `--`. */
function optionValue(argv: readonly string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return undefined;
    if (arg === `--${long}` || (short && arg === `-${short}`)) return argv[i + 1];
    if (arg.startsWith(`--${long}=`)) return arg.slice(long.length + 3);
  }
  return undefined;
}

/**
 * The language of this run: `--lang`, else `lang` in the configuration, else the environment (LC_ALL,
 * LC_MESSAGES, LANG), else English. A bad `--lang` is reported in the language the rest would give.
 */
export function chooseLanguage(io: Pick<MainOptions, "argv" | "cwd" | "env">): { lang: Language; error?: UsageError } {
  const fallback = configuredLanguage(io.cwd, optionValue(io.argv, "config", "c")) ?? languageFromEnv(io.env) ?? "en";
  const asked = optionValue(io.argv, "lang");
  if (asked === undefined) return { lang: fallback };
  if (isLanguage(asked)) return { lang: asked };
  return { lang: fallback, error: new UsageError("cli.bad-lang", { value: asked }) };
}

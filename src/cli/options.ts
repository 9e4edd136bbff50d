import { UsageError } from "../io/files.js";
import { LANGUAGES, type Language } from "../schema/index.js";

/** `--lang`, checked, else the configured language. */
export function languageOption(value: string | undefined, configured: Language): Language {
  if (value === undefined) return configured;
  if (!(LANGUAGES as readonly string[]).includes(value))
    throw new UsageError(`--lang must be ${LANGUAGES.join(" or ")}; found "${value}".`);
  return value as Language;
}

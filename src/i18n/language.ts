/** The languages lessonbook speaks. Every word a person reads exists in each of them. */
export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language the environment asks for, the way gettext reads it: LC_ALL, then LC_MESSAGES, then
 * LANG. `es`, `es_CO.UTF-8` and `es-MX` give Spanish; anything else, or nothing, gives no answer.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language | undefined {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (!value) continue;
    const code = value.toLowerCase().split(/[_.@-]/)[0];
    return isLanguage(code) ? code : undefined;
  }
  return undefined;
}

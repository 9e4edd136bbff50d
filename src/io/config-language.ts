import { readFileSync } from "node:fs";
import path from "node:path";
import { isLanguage, type Language } from "../i18n/language.js";

/**
 * The `lang` of the configuration file, read early and leniently so that even the configuration's own
 * errors are worded in the team's language. Any problem means "not configured": the command validates
 * the file properly and reports it.
 */
export function configuredLanguage(cwd: string, explicit?: string): Language | undefined {
  try {
    const text = readFileSync(path.resolve(cwd, explicit ?? "lessonbook.config.json"), "utf8");
    const lang = (JSON.parse(text.replace(/^\uFEFF/, "")) as { lang?: unknown }).lang;
    return isLanguage(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}

import type { Language } from "./language.js";

/**
 * A table of messages in every language, keyed by id. Messages use ICU MessageFormat: `{name}` for a
 * value, `{count, plural, one {# file} other {# files}}` for counts. The same ids must exist in every
 * language with the same placeholders; a test checks it.
 */
export type MessageTable<K extends string = string> = Record<Language, Record<K, string>>;

export function defineMessages<K extends string>(table: { en: Record<K, string>; es: Record<K, string> }): MessageTable<K> {
  return table;
}

import { SYNONYMS, type Vocabulary, vocabularyKey } from "../i18n/synonyms.js";

export type { Vocabulary };

/** A value as the format names it, and why it was changed. */
export interface Normalized {
  value: string;
  /** `case`: only case or separators differed (`Instagram`, `Social listening`); `synonym`: another word for it. */
  via: "case" | "synonym";
}

/**
 * The allowed value a person meant by `typed`, when that is certain: the same word in another case or
 * with other separators, or a synonym from the tables of `src/i18n/synonyms.ts`. A synonym counts only
 * if its value is allowed here (a configuration may restrict channels). Typos are not certain: the
 * caller suggests those instead.
 */
export function normalizeValue(vocabulary: Vocabulary, typed: string, allowed: readonly string[]): Normalized | null {
  if (allowed.includes(typed)) return null;
  const key = vocabularyKey(typed);
  if (key === "") return null;
  const same = allowed.find((value) => vocabularyKey(value) === key);
  if (same) return { value: same, via: "case" };
  const synonym = SYNONYMS[vocabulary][key];
  return synonym && allowed.includes(synonym) ? { value: synonym, via: "synonym" } : null;
}

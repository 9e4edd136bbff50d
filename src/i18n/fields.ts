import type { Language } from "./language.js";

/**
 * A front-matter path in words a person reads: `["timeline", 2, "at"]` is `"at" in the 3rd timeline
 * entry`, not `timeline[2].at`. Keys keep the name written in the file, in quotes, so the reader finds them.
 */
type Noun = { en: string; es: string; feminine: boolean };

/** What one entry of each list is called. */
const ENTRIES: Record<string, Noun> = {
  channels: { en: "channel", es: "canal", feminine: false },
  timeline: { en: "timeline entry", es: "entrada de timeline", feminine: true },
  lessons: { en: "lesson", es: "lección", feminine: true },
  actions: { en: "action", es: "acción", feminine: true },
  tags: { en: "tag", es: "etiqueta", feminine: true },
  factors: { en: "factor", es: "factor", feminine: false },
  related: { en: "related incident", es: "incidente relacionado", feminine: false },
  paths: { en: "path", es: "ruta", feminine: true },
  sections: { en: "section", es: "sección", feminine: true },
  causes: { en: "cause", es: "causa", feminine: true },
  phrases: { en: "phrase", es: "frase", feminine: true },
};

function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

function entryWords(lang: Language, list: string, index: number): string {
  const noun = ENTRIES[list];
  const n = index + 1;
  if (lang === "es") {
    const word = noun?.es ?? `elemento de ${list}`;
    const feminine = noun?.feminine ?? false;
    return `${feminine ? "la" : "el"} ${n}.${feminine ? "ª" : "º"} ${word}`;
  }
  return `the ${ordinalEn(n)} ${noun?.en ?? `entry of ${list}`}`;
}

/**
 * The words for a path. Consecutive keys stay joined with dots (`cause.category`), a list entry gets its
 * ordinal ("the 2nd channel"), and what lies inside an entry reads "due in the 1st action of the 2nd
 * lesson".
 */
export function describePath(lang: Language, path: readonly (string | number)[]): string {
  if (path.length === 0) return lang === "es" ? "los campos" : "the fields";
  const parts: string[] = [];
  let keys: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof segment === "number") {
      const list = String(keys.pop() ?? path[i - 1] ?? "");
      if (keys.length) parts.unshift(`"${keys.join(".")}"`);
      keys = [];
      parts.unshift(entryWords(lang, list, segment));
    } else {
      keys.push(segment);
    }
  }
  if (keys.length) parts.unshift(`"${keys.join(".")}"`);
  // Innermost first: "due in the 1st action of the 2nd lesson".
  const [inner, ...outer] = parts;
  if (!outer.length) return inner!;
  const joiner = lang === "es" ? (typeof path.at(-1) === "number" ? " de " : " en ") : typeof path.at(-1) === "number" ? " of " : " in ";
  const rest = outer.join(lang === "es" ? " de " : " of ");
  return `${inner}${joiner}${rest}`;
}

/** A list of allowed values as a reader expects it: "a, b or c" / "a, b o c". */
export function listWords(lang: Language, values: readonly string[]): string {
  if (values.length <= 1) return values.join("");
  const last = values.at(-1)!;
  const conjunction = lang === "es" ? (/^h?[iI]/.test(last) ? "e" : "o") : "or";
  return `${values.slice(0, -1).join(", ")} ${conjunction} ${last}`;
}

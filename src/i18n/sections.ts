import { ownString } from "../model/own-string.js";
import { fold } from "./fold.js";

/**
 * The body sections the spec requires, each with the headings that satisfy it. A heading matches
 * whatever its case, accents or punctuation around it: "Que paso:" and "¿Qué pasó?" count as "Qué pasó";
 * so do "📝 Resumen" and "Resumen 📝", since teams often mark their sections with an emoji.
 */
export interface SectionRequirement {
  /** The names a heading may have; the first is shown in messages. */
  names: readonly string[];
}

export const DEFAULT_SECTIONS: readonly SectionRequirement[] = [
  { names: ["Summary", "Resumen"] },
  { names: ["What happened", "Qué pasó"] },
  { names: ["Root cause", "Causa raíz"] },
  { names: ["Lessons learned", "Lecciones aprendidas"] },
];

const normalized = new Map<string, string>();
/** Emoji (with their skin tones, joiners and the variation selector) and spaces at either end of a heading. */
const EMOJI = String.raw`(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200D|\uFE0F|\s)+`;
const EMOJI_AROUND = new RegExp(`^${EMOJI}|${EMOJI}$`, "gu");

/** Headings repeat across a corpus, so each distinct one is folded once. */
export function normalizeHeading(text: string): string {
  let key = normalized.get(text);
  if (key === undefined) {
    key = fold(text)
      .replace(EMOJI_AROUND, "")
      .replace(/^[¿¡\s]+/, "")
      .replace(/[:.?!\s]+$/, "")
      .replace(/\s+/g, " ");
    // Copies: a heading read from a file is a view into the file's whole text.
    if (normalized.size < 10_000) normalized.set(ownString(text), (key = ownString(key)));
  }
  return key;
}

/**
 * The body sections the spec requires, each with the headings that satisfy it. A heading matches
 * whatever its case, accents or trailing colon: "Que paso:" counts as "Qué pasó".
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

export function normalizeHeading(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[:.]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

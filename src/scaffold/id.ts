import slugify from "@sindresorhus/slugify";

const MAX_SLUG = 60;

/**
 * `2026-03-14` and "Campaña de Navidad: código al 90%" → `2026-03-14-campana-de-navidad-codigo-al-90`.
 * Accents are folded, and a long title is cut at a word boundary so file names stay readable.
 */
export function incidentId(day: string, title: string): string | null {
  let slug = slugify(title, {
    customReplacements: [
      ["&", " "],
      ["%", ""],
    ],
  });
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.slice(0, Math.max(cut.lastIndexOf("-"), 1)).replace(/-+$/, "");
  }
  return slug ? `${day}-${slug}` : null;
}

import { closest, distance } from "fastest-levenshtein";

/** The candidate a value is a typo of, when it is close enough to be one. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value.toLowerCase(), candidates as string[]);
  // Transposed letters ("hihg") cost two edits, so short words allow two.
  const limit = best.length <= 3 ? 1 : Math.max(2, Math.floor(best.length / 3));
  return distance(value.toLowerCase(), best) <= limit ? best : undefined;
}

/** Every candidate within typo distance: a fix is certain only when there is exactly one. */
export function closeCandidates(value: string, candidates: readonly string[]): string[] {
  const v = value.toLowerCase();
  return candidates.filter((c) => {
    const limit = c.length <= 3 ? 1 : Math.max(2, Math.floor(c.length / 3));
    return distance(v, c) <= limit;
  });
}

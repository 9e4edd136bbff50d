import { distance } from "fastest-levenshtein";

/** Edits a typo of a word of this length may hold: transposed letters ("hihg") cost two, so short words allow two. */
function typoLimit(length: number): number {
  return length <= 3 ? 1 : Math.max(2, Math.floor(length / 3));
}

/**
 * The work left to a run's suggestions among many candidates, counted as the product of the lengths of
 * the two texts compared (what a comparison costs). A corpus can name thousands of unknown related ids,
 * each to compare with ten thousand ids of a hundred characters: a minute of a lint that takes under two
 * seconds. Past the budget, an unknown value is still reported, with no suggestion.
 */
export interface SuggestBudget {
  work: number;
}

/**
 * The candidate a value is a typo of: of the candidates within typo distance of it, the closest (the
 * first of equals). A candidate whose length alone puts it out of reach, or that could not come closer
 * than the best so far, is not compared. With a `budget`, a value is looked at only when the budget holds
 * a comparison with every candidate, so that an answer never depends on how far a look went.
 */
export function suggest(value: string, candidates: readonly string[], budget?: SuggestBudget): string | undefined {
  if (budget) {
    if (budget.work <= 0) return undefined;
    // Once one value finds the budget short, the run's suggestions end: the next values cost no look either.
    if (budget.work < value.length * candidates.reduce((sum, c) => sum + c.length, 0)) {
      budget.work = 0;
      return undefined;
    }
  }
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let work = 0;
  for (const c of candidates) {
    const gap = Math.abs(v.length - c.length);
    if (gap >= bestDistance || gap > typoLimit(c.length)) continue;
    work += v.length * c.length;
    const d = distance(v, c);
    if (d < bestDistance && d <= typoLimit(c.length)) {
      best = c;
      bestDistance = d;
    }
  }
  if (budget) budget.work -= work;
  return best;
}

/** Every candidate within typo distance: a fix is certain only when there is exactly one. */
export function closeCandidates(value: string, candidates: readonly string[]): string[] {
  const v = value.toLowerCase();
  return candidates.filter((c) => Math.abs(v.length - c.length) <= typoLimit(c.length) && distance(v, c) <= typoLimit(c.length));
}

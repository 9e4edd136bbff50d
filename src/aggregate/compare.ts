import { fold } from "../i18n/fold.js";

/**
 * Text order that is the same on every machine: accents and case folded first, then code units.
 * `localeCompare` would depend on the ICU data of the Node build.
 */
export function compareText(a: string, b: string): number {
  return compareFolded(fold(a), a, fold(b), b);
}

function compareFolded(fa: string, a: string, fb: string, b: string): number {
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts `items` by `first`, then by each of their `texts` in turn as `compareText` orders them. Each text
 * is folded once, not once per comparison: thousands of actions are sorted by owner, day and incident.
 */
export function sortByTexts<T>(items: readonly T[], texts: (item: T) => readonly string[], first?: (a: T, b: T) => number): T[] {
  const keyed = items.map((item) => {
    const own = texts(item);
    return { item, texts: own, folded: own.map(fold) };
  });
  keyed.sort((x, y) => {
    const byFirst = first ? first(x.item, y.item) : 0;
    if (byFirst) return byFirst;
    for (let i = 0; i < x.texts.length; i++) {
      const order = compareFolded(x.folded[i]!, x.texts[i]!, y.folded[i]!, y.texts[i]!);
      if (order) return order;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

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
 * Sorts `items` by `first`, then by each of their `texts` in turn as `compareText` orders them. A text
 * is folded at most once, and only when it meets a different one: most pairs differ by their first text
 * (a due day, which folds to itself), so the long ones (a quarter of a million tasks in a large corpus)
 * are folded only within ties, instead of each being held twice for the whole sort.
 */
export function sortByTexts<T>(items: readonly T[], texts: (item: T) => readonly string[], first?: (a: T, b: T) => number): T[] {
  const keyed = items.map((item) => {
    const own = texts(item);
    return { item, texts: own, folded: new Array<string | undefined>(own.length) };
  });
  const folded = (key: (typeof keyed)[number], i: number): string => (key.folded[i] ??= fold(key.texts[i]!));
  keyed.sort((x, y) => {
    const byFirst = first ? first(x.item, y.item) : 0;
    if (byFirst) return byFirst;
    for (let i = 0; i < x.texts.length; i++) {
      // Equal texts fold alike: nothing to fold.
      if (x.texts[i] === y.texts[i]) continue;
      const order = compareFolded(folded(x, i), x.texts[i]!, folded(y, i), y.texts[i]!);
      if (order) return order;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

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
 * Sorts `items` by `first`, then by each of their `texts` in turn as `compareText` orders them; every
 * item gives as many texts. The texts are kept in columns, not in an object per item (a quarter of a
 * million actions made three objects each, 35 MB, at the peak of a build), and a text is folded at most
 * once, and only when it meets a different one: most pairs differ by their first text (a due day, which
 * folds to itself), so long ones, tasks, are folded only within ties.
 */
export function sortByTexts<T>(items: readonly T[], texts: (item: T) => readonly string[], first?: (a: T, b: T) => number): T[] {
  const columns: string[][] = [];
  const folded: (string | undefined)[][] = [];
  for (const item of items) {
    const own = texts(item);
    for (let c = 0; c < own.length; c++) {
      // Filled by pushing: `new Array(n)` of a large n is a sparse dictionary in V8.
      (columns[c] ??= []).push(own[c]!);
      (folded[c] ??= []).push(undefined);
    }
  }
  const foldedAt = (c: number, i: number): string => (folded[c]![i] ??= fold(columns[c]![i]!));
  const order = Array.from(items, (_, i) => i);
  order.sort((x, y) => {
    const byFirst = first ? first(items[x]!, items[y]!) : 0;
    if (byFirst) return byFirst;
    for (let c = 0; c < columns.length; c++) {
      const a = columns[c]![x]!;
      const b = columns[c]![y]!;
      // Equal texts fold alike: nothing to fold.
      if (a === b) continue;
      const byText = compareFolded(foldedAt(c, x), a, foldedAt(c, y), b);
      if (byText) return byText;
    }
    return 0;
  });
  return order.map((i) => items[i]!);
}

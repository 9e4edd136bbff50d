import { fold } from "../i18n/fold.js";

// Sorting thousands of actions folds the same owners, days and ids again and again.
const cache = new Map<string, string>();
function folded(text: string): string {
  let value = cache.get(text);
  if (value === undefined) {
    if (cache.size >= 100_000) cache.clear();
    value = fold(text);
    cache.set(text, value);
  }
  return value;
}

/**
 * Text order that is the same on every machine: accents and case folded first, then code units.
 * `localeCompare` would depend on the ICU data of the Node build.
 */
export function compareText(a: string, b: string): number {
  const fa = folded(a);
  const fb = folded(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

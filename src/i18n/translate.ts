import { type Formatters, IntlMessageFormat } from "intl-messageformat";
import { CATALOG } from "./catalog.js";
import type { Language } from "./language.js";

export type MessageData = Readonly<Record<string, string | number>>;

const compiled = new Map<string, IntlMessageFormat>();

// Node's first number format loads ICU's number data, 14 ms: a tenth of a one-file lint, which prints
// only small counts. intl-messageformat asks for one to check each message's language; both of ours are
// in Node's ICU, so that question is answered without it.
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(typeof locales === "string" ? locales : locales[0]!);

/**
 * Formatters shared by every message (intl-messageformat makes a set per message otherwise). A whole
 * number under a thousand is written as its digits, as English and Spanish write it, without asking ICU.
 */
function sharedFormatters(): Formatters {
  /** One formatter for each language and options, made when first asked for. */
  const shared = <T>(make: (locales?: string | string[], options?: object) => T) => {
    const made = new Map<string, T>();
    return (locales?: string | string[], options?: object): T => {
      const key = JSON.stringify([locales, options]);
      let formatter = made.get(key);
      if (formatter === undefined) made.set(key, (formatter = make(locales, options)));
      return formatter;
    };
  };
  const numberFormat = shared((locales, options) => new Intl.NumberFormat(locales, options));
  const plain = (n: unknown): boolean => Number.isInteger(n) && Math.abs(n as number) < 1000 && !Object.is(n, -0);
  return {
    getNumberFormat: (locales, options) =>
      options === undefined
        ? ({ format: (n: number | bigint) => (plain(n) ? String(n) : numberFormat(locales).format(n)) } as Intl.NumberFormat)
        : numberFormat(locales, options),
    getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
    getPluralRules: shared((locales, options) => new Intl.PluralRules(locales, options)),
  };
}

const formatters = sharedFormatters();

/** The message `id` in `lang`, with its placeholders filled. An unknown id is a bug and throws. */
export function translate(lang: Language, id: string, data: MessageData = {}): string {
  const key = `${lang}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    const source = CATALOG[lang][id];
    if (source === undefined) throw new Error(`no message "${id}" in ${lang}`);
    // Tags are off: a `<` in a message is text, never markup.
    format = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true, formatters });
    compiled.set(key, format);
  }
  const text = String(format.format(data as Record<string, string | number>));
  // A message that opens with a placeholder ("the 2nd channel must be…") still starts with a capital.
  return CATALOG[lang][id]!.startsWith("{field}") ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Whether a message id exists (in English, the reference language). */
export function hasMessage(id: string): boolean {
  return Object.hasOwn(CATALOG.en, id);
}

/** A translator bound to one language. */
export type Translate = (id: string, data?: MessageData) => string;

export function translator(lang: Language): Translate {
  return (id, data) => translate(lang, id, data);
}

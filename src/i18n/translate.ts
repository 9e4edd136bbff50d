import { IntlMessageFormat } from "intl-messageformat";
import { CATALOG } from "./catalog.js";
import type { Language } from "./language.js";

export type MessageData = Readonly<Record<string, string | number>>;

const compiled = new Map<string, IntlMessageFormat>();

/** The message `id` in `lang`, with its placeholders filled. An unknown id is a bug and throws. */
export function translate(lang: Language, id: string, data: MessageData = {}): string {
  const key = `${lang}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    const source = CATALOG[lang][id];
    if (source === undefined) throw new Error(`no message "${id}" in ${lang}`);
    // Tags are off: a `<` in a message is text, never markup.
    format = new IntlMessageFormat(source, lang, undefined, { ignoreTag: true });
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

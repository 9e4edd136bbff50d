import { compareTemporal, parseTemporal, readHumanDate } from "../dates/index.js";
import { FORM_WORDS } from "../i18n/form.js";
import type { MessageData } from "../i18n/translate.js";
import { vocabularyKey } from "../i18n/synonyms.js";
import { SEVERITIES, SLUG_PATTERN } from "../schema/index.js";
import { normalizeValue } from "../schema/vocabulary.js";

/**
 * What a person typed for one value of a new incident, read the way `lint` reads it: the format's own
 * word, the same word in another case, or a synonym of either language. A refusal carries the message
 * that says why, so the question can be asked again.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; messageId: string; data: MessageData };

const refuse = (messageId: string, data: MessageData = {}): { ok: false; messageId: string; data: MessageData } => ({
  ok: false,
  messageId,
  data,
});

export const DATE_EXAMPLE = "2026-03-14 09:30 -05:00";

export function checkSeverity(typed: string): Checked<string> {
  const value = typed.trim();
  if ((SEVERITIES as readonly string[]).includes(value)) return { ok: true, value };
  const normalized = normalizeValue("severity", value, SEVERITIES);
  return normalized ? { ok: true, value: normalized.value } : refuse("new.answer.severity", { value });
}

export function checkCause(typed: string, causes: readonly string[]): Checked<string> {
  const value = typed.trim();
  if (causes.includes(value)) return { ok: true, value };
  const normalized = normalizeValue("cause", value, causes);
  return normalized ? { ok: true, value: normalized.value } : refuse("new.answer.cause", { value, allowed: causes.join(", ") });
}

/** The channel names the format lists; without a configured list, any other slug is allowed too. */
export const KNOWN_CHANNELS = Object.keys(FORM_WORDS.en.channels);

/** The channel a typed word means (`Instagram`, `Twitter`, `WhatsApp`), or null when it names none allowed. */
export function channelValue(typed: string, configured: readonly string[] | undefined): string | null {
  const word = typed.trim();
  const allowed = configured ?? KNOWN_CHANNELS;
  if (allowed.includes(word)) return word;
  const normalized = normalizeValue("channel", word, allowed)?.value;
  if (normalized || configured) return normalized ?? null;
  const slug = vocabularyKey(word).replace(/ /g, "-");
  return SLUG_PATTERN.test(slug) ? slug : null;
}

/** Channels separated by commas; `configured` is the configuration's list, when it restricts them. */
export function checkChannels(typed: string, configured: readonly string[] | undefined): Checked<string[]> {
  const channels: string[] = [];
  for (const part of typed.split(",")) {
    const word = part.trim();
    if (!word) continue;
    const value = channelValue(word, configured);
    if (!value)
      return configured
        ? refuse("new.answer.channel-not-allowed", { value: word, allowed: configured.join(", ") })
        : refuse("new.answer.channel", { value: word });
    if (!channels.includes(value)) channels.push(value);
  }
  return channels.length ? { ok: true, value: channels } : refuse("new.answer.channels-empty");
}

/** A day, or a date-time with its offset, as typed (`14/03/2026 09:30 -05:00`); not before `notBefore`. */
export function checkWhen(typed: string, notBefore?: string): Checked<string> {
  const text = typed.trim();
  const reading = readHumanDate(text, true);
  let value: string;
  if (reading.kind === "valid") value = text;
  else if (reading.kind === "rewrite") value = reading.value;
  else if (reading.kind === "ambiguous")
    return refuse("new.answer.date-ambiguous", { value: text, dayFirst: reading.dayFirst, monthFirst: reading.monthFirst });
  else if (reading.kind === "no-offset")
    return refuse("new.answer.date-no-offset", { value: text, day: reading.day, time: reading.time.slice(0, 5) });
  else if (reading.kind === "impossible") return refuse("new.answer.date-impossible", { value: text });
  else return refuse("new.answer.date-unknown", { value: text, example: DATE_EXAMPLE });
  if (notBefore && compareTemporal(parseTemporal(value)!, parseTemporal(notBefore)!) < 0)
    return refuse("new.answer.before-start", { started: notBefore });
  return { ok: true, value };
}

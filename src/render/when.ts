import { type Temporal, parseTemporal } from "../dates/index.js";
import { MONTHS_SHORT } from "../i18n/labels.js";
import type { Language } from "../schema/index.js";

// The same days appear on many pages (an incident's start in every table that lists it): each is
// written once per language. Only the text is kept, and only so many.
const DAYS_KEPT = 50_000;
const days: Record<Language, Map<string, string>> = { en: new Map(), es: new Map() };

/** `UTC−5`, `UTC+5:30`, `UTC`: the offset as it was written, with a true minus sign. */
function offsetText(minutes: number): string {
  if (minutes === 0) return "UTC";
  const sign = minutes < 0 ? "\u2212" : "+";
  const abs = Math.abs(minutes);
  const m = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

function dayText(value: Temporal, lang: Language): string {
  const month = MONTHS_SHORT[lang][value.month - 1]!;
  return lang === "es" ? `${value.day} ${month} ${value.year}` : `${month} ${value.day}, ${value.year}`;
}

/** The wall-clock time written in the value, in its own offset: never the machine's zone. */
function clock(value: Temporal & { kind: "datetime" }): { hour: number; minute: number } {
  const minutes = Math.floor((value.instant + value.offsetMinutes * 60_000) / 60_000);
  const ofDay = ((minutes % 1440) + 1440) % 1440;
  return { hour: Math.floor(ofDay / 60), minute: ofDay % 60 };
}

function timeText(value: Temporal & { kind: "datetime" }, lang: Language): string {
  const { hour, minute } = clock(value);
  const mm = String(minute).padStart(2, "0");
  if (lang === "es") return `${String(hour).padStart(2, "0")}:${mm}`;
  return `${hour % 12 || 12}:${mm}\u00a0${hour < 12 ? "AM" : "PM"}`;
}

/**
 * A date or date-time as people write it: `14 mar 2026, 09:30 (UTC−5)` / `Mar 14, 2026, 9:30 AM
 * (UTC−5)`; a calendar day is just the day. Text that is not a date is returned as it is.
 */
export function humanWhen(text: string, lang: Language): string {
  const value = parseTemporal(text);
  if (!value) return text;
  if (value.kind === "date") return dayText(value, lang);
  return `${dayText(value, lang)}, ${timeText(value, lang)} (${offsetText(value.offsetMinutes)})`;
}

/** Only the calendar day, as written in its own offset: for table cells, where room is short. */
export function humanDay(text: string, lang: Language): string {
  const known = days[lang];
  let day = known.get(text);
  if (day === undefined) {
    if (known.size >= DAYS_KEPT) known.clear();
    const value = parseTemporal(text);
    known.set(text, (day = value ? dayText(value, lang) : text));
  }
  return day;
}

/** The time of day and offset alone (`09:30 (UTC−5)`), for a timeline whose day is shown beside it; `""` for a day. */
export function humanTime(text: string, lang: Language): string {
  const value = parseTemporal(text);
  return value?.kind === "datetime" ? `${timeText(value, lang)} (${offsetText(value.offsetMinutes)})` : "";
}

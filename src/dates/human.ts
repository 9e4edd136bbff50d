import { daysInMonth, parseDate, parseDateTime } from "./temporal.js";

/**
 * How a date that a person typed reads under the format: already right, one certain rewrite, two
 * possible days (03/04/2026), a time with no offset, or nothing recognisable. A day/month order that
 * could go either way is never guessed.
 */
export type DateReading =
  | { kind: "valid" }
  | { kind: "rewrite"; value: string }
  | { kind: "ambiguous"; dayFirst: string; monthFirst: string }
  | { kind: "no-offset"; day: string; time: string }
  | { kind: "time-not-allowed"; day: string }
  | { kind: "impossible" }
  | { kind: "unknown" };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  ene: 1,
  enero: 1,
  feb: 2,
  february: 2,
  febrero: 2,
  mar: 3,
  march: 3,
  marzo: 3,
  apr: 4,
  april: 4,
  abr: 4,
  abril: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  june: 6,
  junio: 6,
  jul: 7,
  july: 7,
  julio: 7,
  aug: 8,
  august: 8,
  ago: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  set: 9,
  septiembre: 9,
  setiembre: 9,
  oct: 10,
  october: 10,
  octubre: 10,
  nov: 11,
  november: 11,
  noviembre: 11,
  dec: 12,
  december: 12,
  dic: 12,
  diciembre: 12,
};

const pad = (n: number) => String(n).padStart(2, "0");

function day(year: number, month: number, d: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || d < 1 || d > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(d)}`;
}

type DayReading = { value: string } | { ambiguous: [string, string] } | { impossible: true } | null;

/** The calendar-day part alone. */
function readDay(text: string): DayReading {
  const t = text.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) {
    const value = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return value ? { value } : { impossible: true };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = day(year, b, a);
    const monthFirst = day(year, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { ambiguous: [dayFirst, monthFirst] };
    const value = dayFirst ?? monthFirst;
    return value ? { value } : { impossible: true };
  }
  // 14 de marzo de 2026, 14 March 2026, 14-mar-2026, March 14, 2026, Mar 14 2026.
  m = /^(\d{1,2})(?:\s+de)?[\s-]+([a-z]+)\.?(?:\s+de)?[\s-,]+(\d{4})$/.exec(t);
  if (m && MONTHS[m[2]!]) {
    const value = day(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
    return value ? { value } : { impossible: true };
  }
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!]) {
    const value = day(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
    return value ? { value } : { impossible: true };
  }
  return null;
}

/** `09:30`, `9:30:15`, `9:30 pm`: the time as HH:MM:SS, or null. */
function readTime(text: string): string | null {
  const m = /^(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/.exec(text.trim().toLowerCase());
  if (!m) return null;
  let hour = Number(m[1]);
  const [minute, second] = [Number(m[2]), Number(m[3] ?? 0)];
  if (m[4]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[4] === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** `Z`, `+01:00`, `+0100`, `-05`, `UTC-5`, `GMT+1`: as `Z` or `±HH:MM`, or null. */
function readOffset(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (t === "Z" || t === "UTC" || t === "GMT") return "Z";
  const m = /^(?:UTC|GMT)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return null;
  const [hours, minutes] = [Number(m[2]), Number(m[3] ?? 0)];
  if (hours > 14 || minutes > 59) return null;
  return `${m[1] === "+" ? "+" : "-"}${pad(hours)}:${pad(minutes)}`;
}

/**
 * Reads what a person typed for a date (`allowTime`: or a date-time). Only certain rewrites are
 * offered: `14/03/2026` → `2026-03-14`, `2026-11-18 09:00 +01:00` → `2026-11-18T09:00:00+01:00`.
 */
export function readHumanDate(input: string, allowTime: boolean): DateReading {
  const text = input.trim();
  if (parseDate(text) || (allowTime && parseDateTime(text))) return { kind: "valid" };
  const whole = readDay(text);
  if (whole) {
    if ("value" in whole) return { kind: "rewrite", value: whole.value };
    if ("ambiguous" in whole) return { kind: "ambiguous", dayFirst: whole.ambiguous[0], monthFirst: whole.ambiguous[1] };
    return { kind: "impossible" };
  }
  // A day, then a time (after a space, a comma or T), then perhaps an offset.
  const m =
    /^(.+?)(?:,?\s+|[Tt])(\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[aApP]\.?\s*[mM]?\.?)?)\s*((?:[Zz]|(?:UTC|GMT|utc|gmt)?\s*[+-−]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|utc|gmt))?$/.exec(
      text,
    );
  if (!m) return { kind: "unknown" };
  const dayPart = readDay(m[1]!);
  const time = readTime(m[2]!.replace(/\.\d+/, ""));
  if (!dayPart || !time) return { kind: "unknown" };
  if ("impossible" in dayPart) return { kind: "impossible" };
  if ("ambiguous" in dayPart) return { kind: "ambiguous", dayFirst: dayPart.ambiguous[0], monthFirst: dayPart.ambiguous[1] };
  if (!allowTime) return { kind: "time-not-allowed", day: dayPart.value };
  if (!m[3]) return { kind: "no-offset", day: dayPart.value, time };
  const offset = readOffset(m[3]);
  if (!offset) return { kind: "unknown" };
  const value = `${dayPart.value}T${time}${offset}`;
  return parseDateTime(value) ? { kind: "rewrite", value } : { kind: "impossible" };
}

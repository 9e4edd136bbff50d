/**
 * Dates as the spec defines them: a date-only value is a calendar day that never moves, a date-time
 * keeps the offset it was written with. Nothing here consults the machine's time zone.
 */

import { ownKey } from "../model/own-string.js";

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface DateValue extends CalendarDay {
  kind: "date";
}

export interface DateTimeValue extends CalendarDay {
  kind: "datetime";
  /** Milliseconds since the epoch of the instant written. */
  instant: number;
  /** The written offset, in minutes east of UTC. */
  offsetMinutes: number;
}

export type Temporal = DateValue | DateTimeValue;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const DAY_MS = 86_400_000;

/** `Date.UTC` reads years 0–99 as 1900–1999; a typo such as 0026-03-14 must stay in year 26. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const parsedDates = new Map<string, DateValue | null>();

/** Parses a date-only value; `null` for anything else, including impossible days such as 2026-02-30. */
export function parseDate(text: string): DateValue | null {
  // A date is ten characters: anything else, date-times first among them, is not one and is not looked up.
  if (text.length !== 10) return null;
  const known = parsedDates.get(text);
  if (known !== undefined) return known;
  const value = readDate(text);
  if (parsedDates.size > 20_000) parsedDates.clear();
  // A key must hold none of the file it was read from (V8 copies a cut of ten characters; `ownKey` says so).
  parsedDates.set(ownKey(text), value && Object.freeze(value));
  return value;
}

function readDate(text: string): DateValue | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(year, month, day) ? { kind: "date", year, month, day } : null;
}

const parsedDateTimes = new Map<string, DateTimeValue | null>();

/** Parses a date-time that carries `Z` or an offset; `null` when it has none or names an impossible time. */
export function parseDateTime(text: string): DateTimeValue | null {
  // The same instants come back in every rule and across a corpus; the values are frozen, so sharing is safe.
  const known = parsedDateTimes.get(text);
  if (known !== undefined) return known;
  const value = readDateTime(text);
  if (parsedDateTimes.size > 20_000) parsedDateTimes.clear();
  parsedDateTimes.set(ownKey(text), value && Object.freeze(value));
  return value;
}

function readDateTime(text: string): DateTimeValue | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [number, number, number, number, number];
  const second = m[6] ? Number(m[6]) : 0;
  const millis = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const local = utc(year, month, day, hour, minute, second, millis);
  return { kind: "datetime", year, month, day, instant: local - offsetMinutes * 60_000, offsetMinutes };
}

export function parseTemporal(text: string): Temporal | null {
  return parseDate(text) ?? parseDateTime(text);
}

export function formatDay(day: CalendarDay): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/** Days since 1970-01-01 of a calendar day, for arithmetic on days that ignores every time zone. */
export function dayNumber(day: CalendarDay): number {
  return utc(day.year, day.month, day.day) / DAY_MS;
}

/** The calendar day `n` days after 1970-01-01. */
export function dayFromNumber(n: number): CalendarDay {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return dayNumber(a) - dayNumber(b);
}

/**
 * Orders two values as a reader would: two date-times by their instants; as soon as one side is a
 * calendar day, by calendar days as written, so `2026-03-14` is not after `2026-03-14T08:00:00-05:00`.
 */
export function compareTemporal(a: Temporal, b: Temporal): number {
  if (a.kind === "datetime" && b.kind === "datetime") return a.instant - b.instant;
  return compareDays(a, b);
}

/**
 * The instant a value stands for in duration arithmetic: a calendar day counts as its start in
 * `offsetMinutes` (the incident's own offset), or UTC midnight when the incident names none.
 */
export function toInstant(value: Temporal, offsetMinutes = 0): number {
  if (value.kind === "datetime") return value.instant;
  return dayNumber(value) * DAY_MS - offsetMinutes * 60_000;
}

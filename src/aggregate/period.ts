import { type CalendarDay, compareDays, dayFromNumber, dayNumber, formatDay, parseDate } from "../dates/index.js";
import type { Period } from "../model/index.js";

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarterOf(day: CalendarDay): string {
  return `${day.year}-Q${Math.floor((day.month - 1) / 3) + 1}`;
}

/** `2026-Q1` → 2026-01-01..2026-03-31; `null` for anything else. */
export function quarterPeriod(label: string): Period | null {
  const m = QUARTER.exec(label.toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const first = { year, month: (q - 1) * 3 + 1, day: 1 };
  const nextFirst = q === 4 ? { year: year + 1, month: 1, day: 1 } : { year, month: q * 3 + 1, day: 1 };
  return { from: formatDay(first), to: formatDay(dayFromNumber(dayNumber(nextFirst) - 1)), label: `${year}-Q${q}` };
}

export function rangePeriod(from: string, to: string): Period {
  return { from, to, label: `${from}..${to}` };
}

/**
 * A quarter asked for while it is still running ends today and is labelled "to date"; any other period
 * is returned as it is.
 */
export function toDate(period: Period, today: CalendarDay): Period {
  if (!QUARTER.test(period.label)) return period;
  if (compareDays(today, parseDate(period.from)!) < 0 || compareDays(today, parseDate(period.to)!) >= 0) return period;
  return { ...period, to: formatDay(today), toDate: true };
}

/**
 * The period of the same kind just before: the previous quarter (for a quarter to date, its same first
 * days), or as many days right before.
 */
export function previousPeriod(period: Period): Period {
  const q = QUARTER.exec(period.label);
  if (q) {
    const year = Number(q[1]);
    const n = Number(q[2]);
    const before = quarterPeriod(n === 1 ? `${year - 1}-Q4` : `${year}-Q${n - 1}`)!;
    if (!period.toDate) return before;
    const days = dayNumber(parseDate(period.to)!) - dayNumber(parseDate(period.from)!);
    const end = Math.min(dayNumber(parseDate(before.from)!) + days, dayNumber(parseDate(before.to)!));
    return { ...before, to: formatDay(dayFromNumber(end)), toDate: true };
  }
  const from = dayNumber(parseDate(period.from)!);
  const to = dayNumber(parseDate(period.to)!);
  return rangePeriod(formatDay(dayFromNumber(from - (to - from + 1))), formatDay(dayFromNumber(from - 1)));
}

/** A calendar day as one ordered number, YYYYMMDD: comparing two is comparing the days. */
const key = (day: CalendarDay) => day.year * 10_000 + day.month * 100 + day.day;
const bounds = new WeakMap<Period, { from: number; to: number }>();

/** The period's first and last days as keys, parsed once per period: reports ask for every incident. */
function boundsOf(period: Period): { from: number; to: number } {
  let b = bounds.get(period);
  if (!b) bounds.set(period, (b = { from: key(parseDate(period.from)!), to: key(parseDate(period.to)!) }));
  return b;
}

export function contains(period: Period, day: CalendarDay): boolean {
  const b = boundsOf(period);
  const k = key(day);
  return k >= b.from && k <= b.to;
}

export function endsBy(period: Period, day: CalendarDay): boolean {
  return key(day) <= boundsOf(period).to;
}

/**
 * The review people expect when they name no period: the last complete quarter that has incidents,
 * else the latest quarter that has any.
 */
export function defaultPeriod(incidentDays: readonly CalendarDay[], today: CalendarDay): Period | null {
  if (incidentDays.length === 0) return null;
  const current = quarterOf(today);
  const quarters = [...new Set(incidentDays.map(quarterOf))].sort();
  const complete = quarters.filter((q) => q < current);
  return quarterPeriod(complete.at(-1) ?? quarters.at(-1)!);
}

/** Quarters from `first` to `last`, inclusive, in order. */
export function quartersBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, q] = first.split("-Q").map(Number) as [number, number];
  for (let label = `${year}-Q${q}`; label <= last; label = `${year}-Q${q}`) {
    out.push(label);
    if (q === 4) {
      q = 1;
      year++;
    } else {
      q++;
    }
  }
  return out;
}

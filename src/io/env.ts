import { type CalendarDay, parseDate } from "../dates/index.js";
import { UsageError } from "../model/errors.js";

/**
 * Today's calendar day where the user is: `LESSONBOOK_TODAY` (YYYY-MM-DD) when set, so that runs can
 * be reproduced, else the machine's local date.
 */
export function today(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): CalendarDay {
  const fixed = env.LESSONBOOK_TODAY;
  if (fixed) {
    const day = parseDate(fixed);
    if (!day) throw new UsageError("cli.bad-today", { value: fixed });
    return day;
  }
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

import { type CalendarDay, compareDays, dayNumber, parseDate } from "../dates/index.js";
import type { FollowThrough, FollowThroughRow, IncidentRecord, Period } from "../model/index.js";
import { compareText } from "./compare.js";
import { stats } from "./durations.js";
import { contains } from "./period.js";

interface DueAction {
  owner: string;
  cause: string;
  /** Days after the due day it was done (0 or less: on time); `null` while not done by `asOf`. */
  daysLate: number | null;
  overdue: boolean;
}

/**
 * The actions whose due day falls in the period, as they stood on `asOf` (the period's last day, or
 * today if earlier). A done action with no date is taken as done on time: nothing says it was late.
 */
function dueActions(records: readonly IncidentRecord[], period: Period, asOf: CalendarDay): DueAction[] {
  const out: DueAction[] = [];
  for (const { incident } of records) {
    for (const lesson of incident.lessons) {
      for (const action of lesson.actions ?? []) {
        const due = action.due ? parseDate(action.due) : null;
        if (!due || !contains(period, due)) continue;
        const done = action.status === "done" ? (action.done ? parseDate(action.done) : due) : null;
        const doneBy = done !== null && compareDays(done, asOf) <= 0;
        out.push({
          owner: action.owner?.trim() || "",
          cause: incident.cause.category,
          daysLate: doneBy ? dayNumber(done) - dayNumber(due) : null,
          overdue: !doneBy && compareDays(due, asOf) < 0,
        });
      }
    }
  }
  return out;
}

function summarise(actions: readonly DueAction[]): FollowThrough {
  const late = actions.filter((a) => a.daysLate !== null && a.daysLate > 0).map((a) => a.daysLate!);
  return {
    onTime: actions.filter((a) => a.daysLate !== null && a.daysLate <= 0).length,
    late: late.length,
    medianDaysLate: stats(late).median,
    overdue: actions.filter((a) => a.overdue).length,
  };
}

function rows(actions: readonly DueAction[], key: (a: DueAction) => string): FollowThroughRow[] {
  const groups = new Map<string, DueAction[]>();
  for (const a of actions) {
    const list = groups.get(key(a));
    if (list) list.push(a);
    else groups.set(key(a), [a]);
  }
  return [...groups]
    .map(([k, list]) => ({ key: k, ...summarise(list) }))
    .sort((a, b) => b.overdue - a.overdue || b.late - a.late || compareText(a.key, b.key));
}

export function followThrough(
  records: readonly IncidentRecord[],
  period: Period,
  asOf: CalendarDay,
): { total: FollowThrough; byOwner: FollowThroughRow[]; byCause: FollowThroughRow[] } {
  const actions = dueActions(records, period, asOf);
  return { total: summarise(actions), byOwner: rows(actions, (a) => a.owner), byCause: rows(actions, (a) => a.cause) };
}

/** How many lessons of these incidents have at least one action done by `asOf`. */
export function lessonsFollowedUp(records: readonly IncidentRecord[], asOf: CalendarDay): { lessons: number; withDoneAction: number } {
  let lessons = 0;
  let withDoneAction = 0;
  for (const { incident } of records) {
    for (const lesson of incident.lessons) {
      lessons++;
      const done = (lesson.actions ?? []).some((a) => {
        if (a.status !== "done") return false;
        const day = a.done ? parseDate(a.done) : null;
        return day === null || compareDays(day, asOf) <= 0;
      });
      if (done) withDoneAction++;
    }
  }
  return { lessons, withDoneAction };
}

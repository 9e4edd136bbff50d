import { type CalendarDay, compareDays, parseDate } from "../dates/index.js";
import type { Action, ActionItem, IncidentRecord, KbActions, Lesson } from "../model/index.js";
import { compareText, sortByTexts } from "./compare.js";

function itemOf({ incident, file }: IncidentRecord, lesson: Lesson, action: Action, open: boolean, overdue: boolean): ActionItem {
  return {
    incident: incident.id,
    file,
    lesson: lesson.lesson,
    task: action.task,
    owner: action.owner ?? null,
    due: action.due ?? null,
    status: action.status,
    done: action.done ?? null,
    open,
    overdue,
  };
}

/**
 * The action items still open at the end of a period: not done by `periodEnd` (a `done` date after it
 * counts as open), overdue when due before `asOf` (the period's last day, or today if earlier). A done
 * action without a date counts as done. A review lists only these, and most of a long history is done.
 */
export function openActionItems(records: readonly IncidentRecord[], periodEnd: CalendarDay, asOf: CalendarDay): ActionItem[] {
  const items: ActionItem[] = [];
  for (const record of records) {
    for (const lesson of record.incident.lessons) {
      for (const action of lesson.actions ?? []) {
        const doneDay = action.done ? parseDate(action.done) : null;
        if (action.status === "done" && (doneDay === null || compareDays(doneDay, periodEnd) <= 0)) continue;
        const dueDay = action.due ? parseDate(action.due) : null;
        items.push(itemOf(record, lesson, action, true, dueDay !== null && compareDays(dueDay, asOf) < 0));
      }
    }
  }
  return items;
}

/**
 * When a done action was done, as far as its file says: its done day, else its due day. Both are
 * YYYY-MM-DD (the schema admits nothing else), so their text order is the days' order.
 */
const doneKey = (a: { done?: string | null; due?: string | null }) => a.done ?? a.due ?? "";

/** Newest done first; then by incident and task, so that the same files always give the same list. */
function newerDone(a: ActionItem, b: ActionItem): number {
  const ka = doneKey(a);
  const kb = doneKey(b);
  if (ka !== kb) return ka > kb ? -1 : 1;
  return compareText(a.incident, b.incident) || compareText(a.task, b.task);
}

/**
 * The actions the knowledge base tracks, with no clock: open means not done. Done ones are counted and
 * only the `latest` most recent are made into items, so a long history costs one comparison per action.
 */
export function trackedActions(records: readonly IncidentRecord[], latest: number): KbActions {
  const open: ActionItem[] = [];
  const latestDone: ActionItem[] = [];
  let doneCount = 0;
  // Newest incidents first: their actions tend to be the latest done, so older ones are passed over early.
  for (let r = records.length - 1; r >= 0; r--) {
    const record = records[r]!;
    for (const lesson of record.incident.lessons) {
      for (const action of lesson.actions ?? []) {
        if (action.status !== "done") {
          open.push(itemOf(record, lesson, action, true, false));
          continue;
        }
        doneCount++;
        const last = latestDone.length === latest ? latestDone[latest - 1] : undefined;
        if (latest === 0 || (last && doneKey(action) < doneKey(last))) continue;
        const item = itemOf(record, lesson, action, false, false);
        let lo = 0;
        let hi = latestDone.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (newerDone(latestDone[mid]!, item) <= 0) lo = mid + 1;
          else hi = mid;
        }
        if (lo === latest) continue;
        latestDone.splice(lo, 0, item);
        if (latestDone.length > latest) latestDone.pop();
      }
    }
  }
  return { open: sortByTexts(open, (a) => [a.due ?? "9999", a.incident, a.task]), latestDone, doneCount };
}

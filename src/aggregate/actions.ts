import { type CalendarDay, compareDays, parseDate } from "../dates/index.js";
import type { ActionItem, IncidentRecord } from "../model/index.js";

/**
 * Every action item as it stood at the end of a period: open when not done by `periodEnd` (a `done`
 * date after it counts as open), overdue when open and due before `asOf` (the period's last day, or
 * today if earlier). A done action without a date counts as done.
 */
export function actionItems(records: readonly IncidentRecord[], periodEnd: CalendarDay, asOf: CalendarDay): ActionItem[] {
  const items: ActionItem[] = [];
  for (const { incident, file } of records) {
    for (const lesson of incident.lessons) {
      for (const action of lesson.actions ?? []) {
        const doneDay = action.done ? parseDate(action.done) : null;
        const open = action.status !== "done" || (doneDay !== null && compareDays(doneDay, periodEnd) > 0);
        const dueDay = action.due ? parseDate(action.due) : null;
        items.push({
          incident: incident.id,
          file,
          lesson: lesson.lesson,
          task: action.task,
          owner: action.owner ?? null,
          due: action.due ?? null,
          status: action.status,
          done: action.done ?? null,
          open,
          overdue: open && dueDay !== null && compareDays(dueDay, asOf) < 0,
        });
      }
    }
  }
  return items;
}

import { compareTemporal, parseDate, parseTemporal } from "../dates/index.js";
import type { IncidentRecord, Period, RecurrenceGroup, RecurrenceMember } from "../model/index.js";
import { contains, endsBy } from "./period.js";

/** Oldest first by the instant (or day) written; ties by id, so the order never depends on discovery. */
export function byStart(a: IncidentRecord, b: IncidentRecord): number {
  const order = compareTemporal(parseTemporal(a.incident.started)!, parseTemporal(b.incident.started)!);
  return order || (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0);
}

function shared(lists: readonly (readonly string[] | undefined)[]): string[] {
  const seen = new Map<string, number>();
  for (const list of lists) for (const item of new Set(list ?? [])) seen.set(item, (seen.get(item) ?? 0) + 1);
  return [...seen]
    .filter(([, n]) => n >= 2)
    .map(([item]) => item)
    .sort();
}

/** Ids of earlier incidents with an action done (and dated) before `record` started. */
function lessonsBefore(record: IncidentRecord, earlier: readonly IncidentRecord[]): string[] {
  const started = parseTemporal(record.incident.started)!;
  return earlier
    .filter((e) =>
      e.incident.lessons.some((l) =>
        (l.actions ?? []).some((a) => {
          const done = a.status === "done" && a.done ? parseDate(a.done) : null;
          return done !== null && compareTemporal(done, started) < 0;
        }),
      ),
    )
    .map((e) => e.incident.id);
}

/**
 * Groups by cause category the incidents started up to the period's end; a group is kept when it has
 * two or more of them and at least one in the period.
 */
export function recurrences(records: readonly IncidentRecord[], period: Period): RecurrenceGroup[] {
  const groups = new Map<string, IncidentRecord[]>();
  for (const r of records) {
    if (!endsBy(period, parseTemporal(r.incident.started)!)) continue;
    const key = r.incident.cause.category;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: RecurrenceGroup[] = [];
  for (const [category, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sorted = [...group].sort(byStart);
    const members: RecurrenceMember[] = sorted.map((r, i) => {
      const lessonFrom = lessonsBefore(r, sorted.slice(0, i));
      return {
        id: r.incident.id,
        file: r.file,
        title: r.incident.title,
        started: r.incident.started,
        inPeriod: contains(period, parseTemporal(r.incident.started)!),
        recurredAfterLesson: lessonFrom.length > 0,
        lessonFrom,
      };
    });
    if (members.length < 2 || !members.some((m) => m.inPeriod)) continue;
    out.push({
      category,
      incidents: members.map((m) => m.id),
      members,
      sharedFactors: shared(sorted.map((r) => r.incident.cause.factors)),
      sharedTags: shared(sorted.map((r) => r.incident.tags)),
    });
  }
  return out;
}

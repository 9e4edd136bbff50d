import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rangePeriod } from "../../src/aggregate/period.js";
import { incidentOffset, startOf } from "../../src/aggregate/durations.js";
import { recurrences, sortedByStart } from "../../src/aggregate/recurrence.js";
import { toInstant } from "../../src/dates/index.js";
import type { Action, IncidentRecord } from "../../src/model/index.js";
import { record } from "./records.js";

const ALL = rangePeriod("2020-01-01", "2030-12-31");

/** What the recurrence view promises, said the slow way: every pair of incidents looked at. */
function expected(records: readonly IncidentRecord[]) {
  const sorted = [...records].sort(
    (a, b) => a.incident.started.localeCompare(b.incident.started) || (a.incident.id < b.incident.id ? -1 : 1),
  );
  const firstDone = (r: IncidentRecord) =>
    r.incident.lessons
      .flatMap((l) => l.actions ?? [])
      .filter((a) => a.status === "done" && a.done)
      .map((a) => a.done!)
      .sort()[0];
  return sorted.map((r, i) => {
    let from: string | null = null;
    for (let j = 0; j < i; j++) {
      const done = firstDone(sorted[j]!);
      if (done !== undefined && done < r.incident.started) from = sorted[j]!.incident.id;
    }
    const own = [...new Set([...(r.incident.cause.factors ?? []), ...(r.incident.tags ?? [])])];
    const before = new Set(sorted.slice(0, i).flatMap((e) => [...(e.incident.cause.factors ?? []), ...(e.incident.tags ?? [])]));
    return { id: r.incident.id, lessonFrom: from, sharesWithEarlier: own.filter((x) => before.has(x)).sort() };
  });
}

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, "0")}`);
const words = fc.array(fc.constantFrom("late-approval", "no-context-check", "brand-a", "scheduled"), { maxLength: 5 });
const incident = fc.record({
  started: day,
  done: fc.option(day, { nil: undefined }),
  open: fc.boolean(),
  factors: words,
  tags: words,
});

describe("recurrences", () => {
  it("names, for each incident, the latest earlier one whose action was done before it started, and what it shares with earlier ones", () => {
    fc.assert(
      fc.property(fc.array(incident, { minLength: 2, maxLength: 40 }), (list) => {
        const records = list.map((x, n) => {
          const actions: Action[] = [
            x.done
              ? { task: "Add a check", owner: "Marta", status: "done", done: x.done }
              : { task: "Add a check", owner: "Marta", status: "open" },
          ];
          return record(
            {
              id: `i-${String(n).padStart(2, "0")}`,
              started: x.started,
              cause: { category: "timing", summary: "s", factors: x.factors },
              tags: x.tags,
            },
            x.open ? [] : actions,
          );
        });
        const [group] = recurrences(records, ALL);
        expect(group!.members.map((m) => ({ id: m.id, lessonFrom: m.lessonFrom, sharesWithEarlier: m.sharesWithEarlier }))).toEqual(
          expected(records),
        );
        expect(group!.members.map((m) => m.recurredAfterLesson)).toEqual(group!.members.map((m) => m.lessonFrom !== null));
      }),
      { numRuns: 300 },
    );
  });

  it("finds the lesson of an incident thousands of incidents earlier when none between had an action done", () => {
    const records = Array.from({ length: 3000 }, (_, n) => {
      const started =
        n === 0 ? "2024-12-31" : `2025-${String(1 + Math.floor(n / 280)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`;
      const actions: Action[] = n === 0 ? [{ task: "Add a check", owner: "Marta", status: "done", done: "2024-12-31" }] : [];
      return record({ id: `i-${String(n).padStart(4, "0")}`, started }, actions);
    });
    const [group] = recurrences(records, ALL);
    const first = group!.members[0]!.id;
    expect(group!.members.slice(1).every((m) => m.lessonFrom === first)).toBe(true);
    expect(group!.members[0]!.lessonFrom).toBeNull();
  });
});

describe("incidents oldest first", () => {
  const started = fc.oneof(
    fc.integer({ min: 1, max: 9 }).map((d) => `2025-03-0${d}`),
    fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom("Z", "-05:00", "+09:00"))
      .map(([d, h, z]) => `2025-03-0${d}T${String(h).padStart(2, "0")}:00:00${z}`),
  );

  it("orders by the instant each started, then by id, whatever order they came in", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(started, fc.constantFrom("a", "b", "c", "d")), { maxLength: 30 }), (list) => {
        // Ids are unique in a corpus that is read (a shared one leaves both files out).
        const records = list.map(([s, id], i) => record({ id: `${id}-${i}`, started: s }));
        const sorted = sortedByStart(records);
        expect(sortedByStart([...records].reverse())).toEqual(sorted);
        expect(new Set(sorted)).toEqual(new Set(records));
        const key = (r: IncidentRecord) => toInstant(startOf(r.incident), incidentOffset(r.incident));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(key(a) < key(b) || (key(a) === key(b) && a.incident.id <= b.incident.id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

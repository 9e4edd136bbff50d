import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase, compareText } from "../../src/aggregate/index.js";
import type { Action } from "../../src/model/index.js";
import { record } from "./records.js";

describe("buildKnowledgeBase actions", () => {
  const corpus = () => [
    record({ id: "2024-02-01-a", started: "2024-02-01" }, [
      { task: "Add a news check to the scheduler", owner: "Marta Gil", due: "2024-03-01", status: "open" },
      { task: "Brief the agency", owner: "Marta Gil", due: "2024-02-10", status: "done", done: "2024-02-09" },
    ]),
    record({ id: "2025-05-01-b", started: "2025-05-01" }, [
      { task: "Write the holding statement template", owner: "Camila Restrepo", due: "2025-01-15", status: "doing" },
      { task: "Train the night shift", owner: "Camila Restrepo", due: "2025-06-01", status: "done" },
      { task: "Ask legal to read replies", status: "done" },
    ]),
  ];

  it("lists every open action by due date and calls none overdue: the knowledge base reads no clock", () => {
    const { actions } = buildKnowledgeBase(corpus());
    expect(actions.open.map((a) => [a.task, a.open, a.overdue])).toEqual([
      ["Add a news check to the scheduler", true, false],
      ["Write the holding statement template", true, false],
    ]);
    expect(actions.open[1]).toMatchObject({
      incident: "2025-05-01-b",
      file: "incidents/2025-05-01-b.md",
      owner: "Camila Restrepo",
      due: "2025-01-15",
    });
  });

  it("lists done actions latest first, by done day or else due day, undated ones last", () => {
    const { actions } = buildKnowledgeBase(corpus());
    expect(actions.doneCount).toBe(3);
    expect(actions.latestDone.map((a) => [a.task, a.open, a.overdue])).toEqual([
      ["Train the night shift", false, false],
      ["Brief the agency", false, false],
      ["Ask legal to read replies", false, false],
    ]);
  });

  it("keeps only the latest done actions it is asked for, and still counts them all", () => {
    const { actions } = buildKnowledgeBase(corpus(), [], { latestDone: 1 });
    expect(actions.doneCount).toBe(3);
    expect(actions.latestDone.map((a) => a.task)).toEqual(["Train the night shift"]);
    expect(buildKnowledgeBase(corpus(), [], { latestDone: 0 }).actions).toMatchObject({ latestDone: [], doneCount: 3 });
  });

  it("picks the same done actions, in the same order, as sorting all of them would", () => {
    const day = fc.constantFrom("2024-01-05", "2024-01-06", "2025-03-01", undefined);
    const action = fc.record({
      task: fc.constantFrom("Brief the agency", "brief the agency", "Ánimo", "Check", ""),
      status: fc.constantFrom("open", "doing", "done", "done"),
      due: day,
      done: day,
    });
    const incidents = fc.array(fc.array(action, { maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(incidents, fc.nat({ max: 7 }), (lists, latest) => {
        const records = lists.map((actions, i) =>
          record({ id: `2024-0${(i % 9) + 1}-0${(i * 7) % 9}-x${i % 3}`, started: `2024-0${(i % 9) + 1}-01` }, actions.map(cleaned)),
        );
        const done = records.flatMap((r) =>
          r.incident.lessons.flatMap((l) =>
            (l.actions ?? []).filter((a) => a.status === "done").map((a) => ({ ...a, incident: r.incident.id })),
          ),
        );
        const key = (a: { done?: string; due?: string | null }) => a.done ?? a.due ?? "";
        const expected = done
          .sort(
            (a, b) =>
              (key(a) === key(b) ? 0 : key(a) > key(b) ? -1 : 1) || compareText(a.incident, b.incident) || compareText(a.task, b.task),
          )
          .slice(0, latest)
          .map((a) => [a.incident, a.task, key(a)]);
        const { actions } = buildKnowledgeBase(records, [], { latestDone: latest });
        expect(actions.latestDone.map((a) => [a.incident, a.task, key({ done: a.done ?? undefined, due: a.due })])).toEqual(expected);
        expect(actions.doneCount).toBe(done.length);
        expect(actions.open.length).toBe(records.flatMap((r) => r.incident.lessons.flatMap((l) => l.actions ?? [])).length - done.length);
      }),
    );
  });

  it("leaves the records as they were: the actions it marks are its own", () => {
    const records = corpus();
    const before = structuredClone(records);
    buildKnowledgeBase(records);
    expect(records).toEqual(before);
  });
});

/** Drops the keys fast-check left undefined, as a parsed file would not have them. */
function cleaned(a: { task: string; status: string; due?: string; done?: string }): Action {
  return { task: a.task, status: a.status as Action["status"], ...(a.due ? { due: a.due } : {}), ...(a.done ? { done: a.done } : {}) };
}

import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/aggregate/index.js";
import { record } from "./records.js";

describe("buildKnowledgeBase actions", () => {
  const corpus = () => [
    record({ id: "2024-02-01-a", started: "2024-02-01" }, [
      { task: "Add a news check to the scheduler", owner: "Marta Gil", due: "2024-03-01", status: "open" },
      { task: "Brief the agency", owner: "Marta Gil", due: "2024-02-10", status: "done", done: "2024-02-09" },
    ]),
    record({ id: "2025-05-01-b", started: "2025-05-01" }, [
      { task: "Write the holding statement template", owner: "Camila Restrepo", due: "2025-01-15", status: "doing" },
    ]),
  ];

  it("lists every action, open ones first by due date, and calls none overdue: the knowledge base reads no clock", () => {
    const { actions } = buildKnowledgeBase(corpus());
    expect(actions.map((a) => [a.task, a.open, a.overdue])).toEqual([
      ["Add a news check to the scheduler", true, false],
      ["Write the holding statement template", true, false],
      ["Brief the agency", false, false],
    ]);
    expect(actions[1]).toMatchObject({
      incident: "2025-05-01-b",
      file: "incidents/2025-05-01-b.md",
      owner: "Camila Restrepo",
      due: "2025-01-15",
    });
  });

  it("leaves the records as they were: the actions it marks are its own", () => {
    const records = corpus();
    const before = structuredClone(records);
    buildKnowledgeBase(records);
    expect(records).toEqual(before);
  });
});

import { describe, expect, it } from "vitest";
import { buildReport, defaultPeriod, previousPeriod, quarterPeriod, rangePeriod, stats } from "../../src/aggregate/index.js";
import { parseDate } from "../../src/dates/index.js";
import { record } from "./records.js";

const Q1 = quarterPeriod("2026-Q1")!;
const today = parseDate("2026-11-23")!;

describe("periods", () => {
  it("knows quarter bounds, leap years included", () => {
    expect(quarterPeriod("2024-Q1")).toEqual({ from: "2024-01-01", to: "2024-03-31", label: "2024-Q1" });
    expect(quarterPeriod("2026-q4")).toEqual({ from: "2026-10-01", to: "2026-12-31", label: "2026-Q4" });
    expect(quarterPeriod("2026-Q5")).toBeNull();
  });
  it("goes back one quarter, or as many days", () => {
    expect(previousPeriod(Q1).label).toBe("2025-Q4");
    expect(previousPeriod(rangePeriod("2026-03-01", "2026-03-10"))).toMatchObject({ from: "2026-02-19", to: "2026-02-28" });
  });
  it("defaults to the last complete quarter that has incidents", () => {
    const days = ["2026-02-01", "2026-11-02"].map((d) => parseDate(d)!);
    expect(defaultPeriod(days, today)?.label).toBe("2026-Q1");
    expect(defaultPeriod([parseDate("2026-11-02")!], today)?.label).toBe("2026-Q4");
  });
});

describe("stats", () => {
  it("gives median and nearest-rank p90, not means", () => {
    expect(stats([10, 20, 30, 40, 10_000])).toEqual({ count: 5, median: 30, p90: 10_000 });
    expect(stats([10, 20, null])).toEqual({ count: 2, median: 15, p90: 20 });
    expect(stats([])).toEqual({ count: 0, median: null, p90: null });
  });
});

describe("buildReport", () => {
  it("counts an incident started 2026-03-31T21:30:00-05:00 in 2026-Q1, whatever UTC says", () => {
    const model = buildReport([record({ id: "late-march", started: "2026-03-31T21:30:00-05:00" })], { period: Q1, today });
    expect(model.incidents).toEqual(["late-march"]);
    const q2 = buildReport([record({ id: "late-march", started: "2026-03-31T21:30:00-05:00" })], {
      period: quarterPeriod("2026-Q2")!,
      today,
    });
    expect(q2.incidents).toEqual([]);
  });

  it("marks an incident that recurred after a lesson, oldest first, with shared factors and tags", () => {
    const first = record(
      {
        id: "first",
        started: "2025-09-10",
        cause: { category: "timing", summary: "s", factors: ["no-freeze-calendar", "solo"] },
        tags: ["mourning"],
      },
      [{ task: "Freeze protocol", owner: "Ana", due: "2025-10-31", status: "done", done: "2025-10-08" }],
    );
    const second = record({
      id: "second",
      started: "2026-02-12T08:00:00-05:00",
      cause: { category: "timing", summary: "s", factors: ["no-freeze-calendar"] },
      tags: ["mourning"],
    });
    const other = record({ id: "other", started: "2026-01-05", cause: { category: "pricing", summary: "s" } });
    const model = buildReport([second, other, first], { period: Q1, today });
    expect(model.recurrences).toHaveLength(1);
    const group = model.recurrences[0]!;
    expect(group).toMatchObject({
      category: "timing",
      incidents: ["first", "second"],
      sharedFactors: ["no-freeze-calendar"],
      sharedTags: ["mourning"],
    });
    expect(group.members.map((m) => [m.id, m.inPeriod, m.recurredAfterLesson, m.lessonFrom])).toEqual([
      ["first", false, false, null],
      ["second", true, true, "first"],
    ]);
    expect(model.current.recurredAfterLesson).toBe(1);
  });

  it("does not count a lesson done after the next incident started", () => {
    const first = record({ id: "a", started: "2026-01-02" }, [
      { task: "t", owner: "o", due: "2026-03-01", status: "done", done: "2026-02-20" },
    ]);
    const second = record({ id: "b", started: "2026-02-10" });
    const [group] = buildReport([first, second], { period: Q1, today }).recurrences;
    expect(group!.members[1]!.recurredAfterLesson).toBe(false);
  });

  it("leaves out groups with no incident in the period and incidents after its end", () => {
    const model = buildReport(
      [
        record({ id: "old1", started: "2025-01-02" }),
        record({ id: "old2", started: "2025-02-02" }),
        record({ id: "later", started: "2026-05-01" }),
      ],
      { period: Q1, today },
    );
    expect(model.recurrences).toEqual([]);
  });

  it("counts an action done after the period's last day as open in that period", () => {
    const r = record({ id: "x", started: "2026-02-01" }, [
      { task: "late", owner: "Ana", due: "2026-03-15", status: "done", done: "2026-04-02" },
      { task: "on the last day", owner: "Ana", due: "2026-03-31", status: "open" },
      { task: "in time", owner: "Luis", due: "2026-03-01", status: "done", done: "2026-02-27" },
    ]);
    const model = buildReport([r], { period: Q1, today });
    expect(model.actions.open).toBe(2);
    expect(model.actions.overdue).toBe(1);
    expect(model.actions.items.map((a) => [a.task, a.overdue])).toEqual([
      ["late", true],
      ["on the last day", false],
    ]);
  });

  it("counts overdue against today when today is before the period's end", () => {
    const r = record({ id: "x", started: "2026-10-01" }, [{ task: "t", owner: "Ana", due: "2026-11-30", status: "open" }]);
    const q4 = buildReport([r], { period: quarterPeriod("2026-Q4")!, today });
    expect(q4.asOf).toBe("2026-11-23");
    expect(q4.actions).toMatchObject({ open: 1, overdue: 0 });
    expect(buildReport([r], { period: quarterPeriod("2026-Q4")!, today: parseDate("2026-12-05")! }).actions.overdue).toBe(1);
  });

  it("measures durations with date-only values at the start of the day in the incident's own offset", () => {
    const r = record({
      id: "d",
      started: "2026-02-01",
      detected: "2026-02-01T03:00:00-05:00",
      responded: "2026-02-01T04:30:00-05:00",
      resolved: "2026-02-03",
    });
    const model = buildReport([r], { period: Q1, today });
    expect(model.durations.detect.median).toBe(180);
    expect(model.durations.respond.median).toBe(90);
    expect(model.durations.resolve.median).toBe(2 * 1440 - 180);
  });

  it("compares with the previous quarter and counts by cause and channel", () => {
    const records = [
      record({ id: "q4", started: "2025-11-01", severity: "high" }),
      record({ id: "a", started: "2026-01-10", channels: ["x", "instagram"], cause: { category: "copy", summary: "s" } }),
      record({ id: "b", started: "2026-02-10", channels: ["x"], cause: { category: "copy", summary: "s" } }),
    ];
    const model = buildReport(records, { period: Q1, today });
    expect(model.previous.incidents).toBe(1);
    expect(model.current.incidents).toBe(2);
    expect(model.counts.cause).toEqual([{ key: "copy", count: 2 }]);
    expect(model.counts.channel).toEqual([
      { key: "x", count: 2 },
      { key: "instagram", count: 1 },
    ]);
    expect(model.quarters.map((q) => [q.quarter, q.count])).toEqual([
      ["2025-Q4", 1],
      ["2026-Q1", 2],
    ]);
  });

  it("gives the same model whatever order the files came in", () => {
    const records = ["c", "a", "b"].map((id, i) => record({ id, started: `2026-01-0${i + 1}` }));
    const one = buildReport(records, { period: Q1, today });
    const two = buildReport([...records].reverse(), { period: Q1, today });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it("orders mixed days and date-times one way, whatever order the files came in", () => {
    const lateEvening = record({ id: "a-late-evening", started: "2026-02-14T23:00:00-05:00" }, [
      { task: "t", owner: "o", due: "2026-03-01", status: "done", done: "2026-02-14" },
    ]);
    const earlyMorning = record({ id: "b-early-morning", started: "2026-02-15T01:00:00+02:00" });
    const dateOnly = record({ id: "c-date-only", started: "2026-02-15" });
    const orders = [
      [lateEvening, earlyMorning, dateOnly],
      [dateOnly, earlyMorning, lateEvening],
      [earlyMorning, dateOnly, lateEvening],
    ];
    const groups = orders.map((o) => JSON.stringify(buildReport(o, { period: Q1, today }).recurrences));
    expect(new Set(groups).size).toBe(1);
    const [group] = buildReport(orders[0]!, { period: Q1, today }).recurrences;
    // 01:00+02:00 on the 15th is 23:00 UTC on the 14th, before the day-only incident and after nothing else.
    expect(group!.incidents).toEqual(["b-early-morning", "c-date-only", "a-late-evening"]);
  });

  it("never reports a negative duration: a day after a late start counts as the same day", () => {
    const r = record({ id: "late", started: "2026-03-14T23:30:00-05:00", detected: "2026-03-14" });
    expect(buildReport([r], { period: Q1, today }).durations.detect.median).toBe(0);
  });
});

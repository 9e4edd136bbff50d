/** The figures a marketing director reads: harm, targets set in advance, follow-through, brand-scoped recurrence. */
import { describe, expect, it } from "vitest";
import {
  buildReport,
  incidentMeasures,
  latestRecordedDay,
  previousPeriod,
  quarterPeriod,
  recurrences,
  toDate,
} from "../../src/aggregate/index.js";
import fc from "fast-check";
import { compareDays, formatDay, parseDate, parseTemporal } from "../../src/dates/index.js";
import { resolveConfig } from "../../src/schema/index.js";
import { record } from "./records.js";

const Q1 = quarterPeriod("2026-Q1")!;
const today = parseDate("2026-11-23")!;

describe("harm and response", () => {
  it("adds reach, negative mentions and customers, and never adds costs across currencies", () => {
    const model = buildReport(
      [
        record({
          id: "a",
          started: "2026-01-10",
          impact: { reach: 52_000, negativeMentions: 300, cost: { amount: 1200, currency: "EUR" } },
        }),
        record({
          id: "b",
          started: "2026-02-10",
          impact: { reach: 8_000, customersAffected: 40, cost: { amount: 500.5, currency: "usd" } },
        }),
        record({ id: "c", started: "2026-03-10", impact: { cost: { amount: 300, currency: "EUR" } } }),
        record({ id: "old", started: "2025-12-10", impact: { reach: 1_000_000, cost: { amount: 9, currency: "GBP" } } }),
      ],
      { period: Q1, today },
    );
    expect(model.impact).toEqual({
      reach: 60_000,
      negativeMentions: 300,
      customersAffected: 40,
      cost: [
        { currency: "EUR", amount: 1500 },
        { currency: "USD", amount: 500.5 },
      ],
    });
    expect(model.previous.impact).toMatchObject({ reach: 1_000_000, cost: [{ currency: "GBP", amount: 9 }] });
  });

  it("counts apologies, deleted comments and those deleted without a reason", () => {
    const model = buildReport(
      [
        record({ id: "a", started: "2026-01-10", response: { apology: true, commentsDeleted: 5, commentsDeletedReason: "Personal data" } }),
        record({ id: "b", started: "2026-01-11", response: { apology: false, commentsDeleted: 3, redress: "A voucher" } }),
        record({ id: "c", started: "2026-01-12", response: { apology: true, postsDeleted: 2, commentsDeletedReason: "  " } }),
      ],
      { period: Q1, today },
    );
    expect(model.response).toEqual({ apologies: 2, postsDeleted: 2, commentsDeleted: 8, commentsDeletedWithoutReason: 3, redress: 1 });
  });

  it("breaks harm down by brand and campaign, largest reach first, leaving out incidents that name none", () => {
    const model = buildReport(
      [
        record({ id: "a", started: "2026-01-10", brand: "Lumbre", campaign: "Spring", impact: { reach: 10 } }),
        record({ id: "b", started: "2026-01-11", brand: "Bravia", impact: { reach: 500, cost: { amount: 7, currency: "EUR" } } }),
        record({ id: "c", started: "2026-01-12", brand: "Lumbre", campaign: "Spring", impact: { reach: 20 } }),
        record({ id: "d", started: "2026-01-13" }),
      ],
      { period: Q1, today },
    );
    expect(model.breakdowns.brand.map((b) => [b.key, b.incidents, b.reach])).toEqual([
      ["Bravia", 1, 500],
      ["Lumbre", 2, 30],
    ]);
    expect(model.breakdowns.campaign).toEqual([
      { key: "Spring", incidents: 2, reach: 30, negativeMentions: 0, customersAffected: 0, cost: [] },
    ]);
  });
});

describe("targets set in advance", () => {
  const targets = resolveConfig({ targets: { respond: { critical: "1h" }, resolve: { critical: "2d" } } }).targets;
  const critical = (id: string, extra: object) =>
    record({ id, started: "2026-02-01T09:00:00+01:00", detected: "2026-02-01T10:00:00+01:00", severity: "critical", ...extra });

  it("counts met, missed and no data per target, and lists the misses", () => {
    const model = buildReport(
      [
        critical("on-time", { responded: "2026-02-01T10:45:00+01:00", resolved: "2026-02-02T10:00:00+01:00" }),
        critical("exactly", { responded: "2026-02-01T11:00:00+01:00" }),
        critical("slow", { responded: "2026-02-01T13:30:00+01:00", resolved: "2026-02-05" }),
        critical("silent", {}),
        record({ id: "medium", started: "2026-02-02", severity: "medium" }),
      ],
      { period: Q1, today, targets },
    );
    expect(model.targets).toEqual([
      { measure: "respond", severity: "critical", target: "1h", met: 2, missed: 1, noData: 1, missedIncidents: ["slow"] },
      { measure: "resolve", severity: "critical", target: "2d", met: 1, missed: 1, noData: 2, missedIncidents: ["slow"] },
    ]);
  });

  it("gives each incident its own result, for its page", () => {
    expect(incidentMeasures(critical("slow", { responded: "2026-02-01T13:30:00+01:00" }).incident, targets)).toEqual({
      detect: { minutes: 60, target: null, verdict: null },
      respond: { minutes: 210, target: "1h", verdict: "missed" },
      resolve: { minutes: null, target: "2d", verdict: "no-data" },
    });
  });
});

describe("follow-through", () => {
  it("counts actions due in the period done on time, late (with the median days late) and overdue", () => {
    const r = record({ id: "x", started: "2025-12-01" }, [
      { task: "on time", owner: "Ana", due: "2026-01-31", status: "done", done: "2026-01-31" },
      { task: "3 days late", owner: "Ana", due: "2026-02-01", status: "done", done: "2026-02-04" },
      { task: "10 days late", owner: "Luis", due: "2026-02-10", status: "done", done: "2026-02-20" },
      { task: "done after the period", owner: "Luis", due: "2026-03-01", status: "done", done: "2026-04-10" },
      { task: "still open", owner: "Luis", due: "2026-03-15", status: "doing" },
      { task: "due later", owner: "Ana", due: "2026-05-01", status: "open" },
      { task: "done, no date", owner: "Eva", due: "2026-03-02", status: "done" },
    ]);
    const model = buildReport([r], { period: Q1, today });
    // Median of 3 and 10 days, rounded: 7.
    expect(model.followThrough).toEqual({ onTime: 2, late: 2, medianDaysLate: 7, overdue: 2 });
    expect(model.followThroughBy.owner.map((o) => [o.key, o.onTime, o.late, o.overdue])).toEqual([
      ["Luis", 0, 1, 2],
      ["Ana", 1, 1, 0],
      ["Eva", 1, 0, 0],
    ]);
    expect(model.followThroughBy.cause).toEqual([{ key: "timing", onTime: 2, late: 2, medianDaysLate: 7, overdue: 2 }]);
  });

  it("counts overdue against today in a running quarter, and the lessons with a done action", () => {
    const r = record({ id: "y", started: "2026-10-02" }, [
      { task: "past due", owner: "Ana", due: "2026-11-01", status: "open" },
      { task: "not due yet", owner: "Ana", due: "2026-12-01", status: "open" },
    ]);
    const period = toDate(quarterPeriod("2026-Q4")!, today);
    const model = buildReport([r], { period, today });
    expect(model.followThrough).toEqual({ onTime: 0, late: 0, medianDaysLate: null, overdue: 1 });
    expect(model.lessonsFollowedUp).toEqual({ lessons: 1, withDoneAction: 0 });
  });
});

describe("recurrence by cause and brand", () => {
  const fashion = record(
    {
      id: "fashion-email",
      started: "2026-01-05",
      brand: "Moda",
      cause: { category: "targeting", summary: "s", factors: ["no-seed-list"] },
    },
    [{ task: "t", owner: "o", due: "2026-01-20", status: "done", done: "2026-01-15" }],
  );
  const insurer = record({ id: "insurer-sms", started: "2026-02-05", brand: "Bravia", cause: { category: "targeting", summary: "s" } });
  const fashionAgain = record({
    id: "fashion-again",
    started: "2026-03-05",
    brand: "Moda",
    cause: { category: "targeting", summary: "s", factors: ["no-seed-list"] },
  });

  it("keeps today's meaning by default: one cause, one group, with the brand of each incident", () => {
    const [group] = recurrences([fashion, insurer], Q1);
    expect(group).toMatchObject({ category: "targeting", incidents: ["fashion-email", "insurer-sms"] });
    expect(group!.brand).toBeUndefined();
    expect(group!.members.map((m) => [m.brand, m.recurredAfterLesson])).toEqual([
      ["Moda", false],
      ["Bravia", true],
    ]);
  });

  it("does not call another client's incident a lesson that did not stick when brand is part of the key", () => {
    expect(recurrences([fashion, insurer], Q1, ["cause", "brand"])).toEqual([]);
    const groups = recurrences([fashion, insurer, fashionAgain], Q1, ["cause", "brand"]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ category: "targeting", brand: "Moda", incidents: ["fashion-email", "fashion-again"] });
    expect(groups[0]!.members[1]).toMatchObject({
      recurredAfterLesson: true,
      lessonFrom: "fashion-email",
      sharesWithEarlier: ["no-seed-list"],
    });
  });

  it("carries the brand into the report's groups", () => {
    const model = buildReport([fashion, insurer, fashionAgain], { period: Q1, today, recurrenceBy: ["cause", "brand"] });
    expect(model.recurrences.map((g) => [g.category, g.brand])).toEqual([["targeting", "Moda"]]);
  });
});

describe("a quarter asked for while it runs", () => {
  it("ends today and is compared with the same days of the quarter before", () => {
    const period = toDate(quarterPeriod("2026-Q4")!, today);
    expect(period).toEqual({ from: "2026-10-01", to: "2026-11-23", label: "2026-Q4", toDate: true });
    expect(previousPeriod(period)).toEqual({ from: "2026-07-01", to: "2026-08-23", label: "2026-Q3", toDate: true });
  });

  it("leaves a finished quarter, and the quarter's last day, as they are", () => {
    expect(toDate(Q1, today)).toBe(Q1);
    expect(toDate(quarterPeriod("2026-Q4")!, parseDate("2026-12-31")!).toDate).toBeUndefined();
  });
});

describe("the newest recorded day", () => {
  it("is the latest past event the files record, not a due date", () => {
    const r = record({ id: "z", started: "2026-05-01T23:30:00-05:00", resolved: "2026-05-03" }, [
      { task: "done", owner: "o", due: "2027-01-01", status: "done", done: "2026-06-02" },
      { task: "open", owner: "o", due: "2030-01-01", status: "open" },
    ]);
    expect(formatDay(latestRecordedDay([r])!)).toBe("2026-06-02");
    expect(latestRecordedDay([])).toBeNull();
  });

  it("is the latest day as every value read in full gives it: offsets, impossible days and text that is no date", () => {
    const temporal = fc.oneof(
      fc.date({ min: new Date("1999-01-01"), max: new Date("2031-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc
        .tuple(
          fc.date({ min: new Date("1999-01-01"), max: new Date("2031-12-31"), noInvalidDate: true }),
          fc.constantFrom("Z", "+14:00", "-12:00", "+01:00"),
        )
        .map(([d, zone]) => `${d.toISOString().slice(0, 19)}${zone}`),
      fc.constantFrom("2031-02-30", "2031-13-01", "2032-01-01T25:00:00Z", "soon", "9999", "2031-12-31T23:59"),
    );
    const naive = (records: ReturnType<typeof record>[]) => {
      let latest: ReturnType<typeof parseTemporal> = null;
      for (const { incident: i } of records) {
        const values = [i.started, i.detected, i.responded, i.resolved, ...i.timeline.map((e) => e.at)];
        for (const lesson of i.lessons) for (const a of lesson.actions ?? []) if (a.status === "done") values.push(a.done);
        for (const text of values) {
          const value = text ? parseTemporal(text) : null;
          if (value && (!latest || compareDays(value, latest) > 0)) latest = value;
        }
      }
      return latest && formatDay(latest);
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(temporal, temporal, fc.array(temporal, { maxLength: 4 }), temporal), { maxLength: 6 }), (rows) => {
        const records = rows.map(([started, resolved, timeline, done], n) => {
          const r = record({ id: `r${n}`, started, resolved }, [{ task: "t", owner: "o", due: "2040-01-01", status: "done", done }]);
          r.incident.timeline = timeline.map((at) => ({ at, event: "e" }));
          return r;
        });
        const found = latestRecordedDay(records);
        expect(found && formatDay(found)).toBe(naive(records));
      }),
      { numRuns: 2000 },
    );
  });
});

import { type CalendarDay, compareDays, formatDay, parseDate, parseTemporal } from "../dates/index.js";
import { SEVERITIES } from "../schema/taxonomy.js";
import type { Count, Durations, IncidentRecord, Period, PeriodFigures, QuarterCount, ReportModel, SkippedFile } from "../model/index.js";
import { openActionItems } from "./actions.js";
import { compareText, sortByTexts } from "./compare.js";
import { durationsOf, startOf, stats } from "./durations.js";
import { contains, endsBy, previousPeriod, quarterOf, quartersBetween } from "./period.js";
import type { ResponseTarget } from "../schema/config.js";
import { followThrough, lessonsFollowedUp } from "./follow-through.js";
import { breakdown, impactTotals, responseTotals } from "./impact.js";
import { type RecurrenceKey, recurrences, sortedByStart } from "./recurrence.js";
import { targetResults } from "./targets.js";

export interface ReportOptions {
  period: Period;
  today: CalendarDay;
  skipped?: readonly SkippedFile[];
  /** How many quarters the per-quarter chart shows, ending with the period's. */
  quarters?: number;
  /** Targets set in advance in the configuration. */
  targets?: readonly ResponseTarget[];
  /** What makes two incidents the same problem (`recurrence.by`). */
  recurrenceBy?: readonly RecurrenceKey[];
}

/** Counts sorted by count, then key: the same input gives the same order on every machine. */
export function countBy(values: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || compareText(a.key, b.key));
}

function bySeverity(records: readonly IncidentRecord[]): Count[] {
  return SEVERITIES.map((key) => ({ key, count: records.filter((r) => r.incident.severity === key).length }));
}

function dayOf(record: IncidentRecord): CalendarDay {
  return startOf(record.incident);
}

/** Median and p90 of the three durations over some incidents. */
export function durationStats(records: readonly IncidentRecord[]): Durations {
  const durations = records.map((r) => durationsOf(r.incident));
  return {
    detect: stats(durations.map((d) => d.detect)),
    respond: stats(durations.map((d) => d.respond)),
    resolve: stats(durations.map((d) => d.resolve)),
  };
}

/** Incidents per quarter by severity, from the first incident's quarter to `last`, the latest `limit` of them. */
export function quarterCounts(sorted: readonly IncidentRecord[], last: string, limit = Number.POSITIVE_INFINITY): QuarterCount[] {
  const all = sorted.length ? quartersBetween(quarterOf(dayOf(sorted[0]!)), last) : [last];
  const byQuarter = new Map<string, IncidentRecord[]>();
  for (const r of sorted) {
    const q = quarterOf(dayOf(r));
    const list = byQuarter.get(q);
    if (list) list.push(r);
    else byQuarter.set(q, [r]);
  }
  return all.slice(-Math.min(limit, all.length)).map((quarter) => {
    const inQuarter = byQuarter.get(quarter) ?? [];
    return { quarter, count: inQuarter.length, bySeverity: bySeverity(inQuarter) };
  });
}

function figures(
  records: readonly IncidentRecord[],
  period: Period,
  by: readonly RecurrenceKey[],
): PeriodFigures & { groups: ReturnType<typeof recurrences> } {
  const inPeriod = records.filter((r) => contains(period, dayOf(r)));
  const groups = recurrences(records, period, by);
  const after = new Set(groups.flatMap((g) => g.members.filter((m) => m.inPeriod && m.recurredAfterLesson).map((m) => m.id)));
  return {
    period,
    incidents: inPeriod.length,
    bySeverity: bySeverity(inPeriod),
    durations: durationStats(inPeriod),
    recurrences: groups.length,
    recurredAfterLesson: after.size,
    impact: impactTotals(inPeriod),
    response: responseTotals(inPeriod),
    groups,
  };
}

/**
 * The quarterly review as data: incidents in, one model out. Pure and deterministic: nothing here
 * reads a clock, a time zone or the order files were found in.
 */
export function buildReport(all: readonly IncidentRecord[], options: ReportOptions): ReportModel {
  const { period, today } = options;
  const records = sortedByStart(all);
  const periodEnd = parseDate(period.to)!;
  const asOf = compareDays(today, periodEnd) < 0 ? today : periodEnd;
  const inPeriod = records.filter((r) => contains(period, dayOf(r)));
  const upToEnd = records.filter((r) => endsBy(period, dayOf(r)));
  const by = options.recurrenceBy ?? ["cause"];
  const { groups, ...current } = figures(records, period, by);
  const before = figures(records, previousPeriod(period), by);
  const previous: PeriodFigures = {
    period: before.period,
    incidents: before.incidents,
    bySeverity: before.bySeverity,
    durations: before.durations,
    recurrences: before.recurrences,
    recurredAfterLesson: before.recurredAfterLesson,
    impact: before.impact,
    response: before.response,
  };
  const follow = followThrough(records, period, asOf);
  const items = openActionItems(upToEnd, periodEnd, asOf);
  const lastQuarter = quarterOf(periodEnd);
  const quarters = quarterCounts(records, lastQuarter, options.quarters ?? 8);
  return {
    period,
    asOf: formatDay(asOf),
    incidents: inPeriod.map((r) => r.incident.id),
    records: inPeriod.map(({ file, incident: i }) => ({
      id: i.id,
      file,
      title: i.title,
      started: i.started,
      severity: i.severity,
      category: i.cause.category,
      status: i.status,
      brand: i.brand?.trim() || null,
      campaign: i.campaign?.trim() || null,
    })),
    counts: {
      cause: countBy(inPeriod.map((r) => r.incident.cause.category)),
      channel: countBy(inPeriod.flatMap((r) => [...new Set(r.incident.channels)])),
      severity: current.bySeverity,
      brand: countBy(inPeriod.map((r) => r.incident.brand?.trim() ?? "")).filter((c) => c.key !== ""),
      campaign: countBy(inPeriod.map((r) => r.incident.campaign?.trim() ?? "")).filter((c) => c.key !== ""),
      detectionSource: countBy(inPeriod.map((r) => r.incident.detection?.source ?? "")).filter((c) => c.key !== ""),
    },
    durations: current.durations,
    impact: current.impact,
    response: current.response,
    breakdowns: { brand: breakdown(inPeriod, "brand"), campaign: breakdown(inPeriod, "campaign") },
    targets: targetResults(inPeriod, options.targets ?? []),
    followThrough: follow.total,
    followThroughBy: { owner: follow.byOwner, cause: follow.byCause },
    lessonsFollowedUp: lessonsFollowedUp(inPeriod, asOf),
    recurrences: groups,
    actions: {
      open: items.length,
      overdue: items.filter((a) => a.overdue).length,
      items: sortByTexts(items, (a) => [a.owner ?? "", a.due ?? "", a.incident]),
    },
    lessons: inPeriod.flatMap(({ file, incident }) => incident.lessons.map((l) => ({ incident: incident.id, file, lesson: l.lesson }))),
    previous,
    current,
    quarters,
    skipped: [...(options.skipped ?? [])].sort((a, b) => compareText(a.file, b.file)),
  };
}

/**
 * The newest day the files record as past: a start, detection, response, resolution, timeline entry or
 * completed action (due days are plans, not events). A review built as of this day needs no clock.
 */
export function latestRecordedDay(records: readonly IncidentRecord[]): CalendarDay | null {
  let latest: CalendarDay | null = null;
  // A date or date-time starts with its day as `YYYY-MM-DD`, which sorts as text: only a value whose
  // day is later than the latest so far is read in full (tens of thousands of values at 10,000 files).
  let latestDay = "";
  const see = (text: string | undefined) => {
    if (!text) return;
    const day = text.slice(0, 10);
    if (day <= latestDay) return;
    const value = parseTemporal(text);
    if (!value) return;
    latest = { year: value.year, month: value.month, day: value.day };
    latestDay = day;
  };
  for (const { incident: i } of records) {
    see(i.started);
    see(i.detected);
    see(i.responded);
    see(i.resolved);
    for (const entry of i.timeline) see(entry.at);
    for (const lesson of i.lessons) for (const action of lesson.actions ?? []) if (action.status === "done") see(action.done);
  }
  return latest;
}

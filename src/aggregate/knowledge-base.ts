import { formatDay } from "../dates/index.js";
import { startOf } from "./durations.js";
import { SEVERITIES } from "../schema/taxonomy.js";
import type { IncidentRecord, KnowledgeBaseModel, SkippedFile } from "../model/index.js";
import { trackedActions } from "./actions.js";
import { compareText } from "./compare.js";
import { quarterOf, rangePeriod } from "./period.js";
import { type RecurrenceKey, recurrences, sortedByStart } from "./recurrence.js";
import { countBy, durationStats, quarterCounts } from "./report.js";

/**
 * The lessons-learned knowledge base as data. It looks at the whole corpus and at no clock: actions are
 * shown with their due dates and status as written, so the same files always give the same pages.
 */
export interface KnowledgeBaseOptions {
  /** What makes two incidents the same problem (`recurrence.by`). */
  recurrenceBy?: readonly RecurrenceKey[];
  /** How many of the most recently done actions the tracker lists (`LATEST_DONE_ACTIONS`). */
  latestDone?: number;
}

/**
 * Done actions the tracker lists, newest first. A team's first years fit; past them the tracker is about
 * what is left to do (at 240,000 actions, listing every done one made pages of 87 MB that no browser
 * shows usefully), and every action stays on its incident's own page.
 */
export const LATEST_DONE_ACTIONS = 200;

export function buildKnowledgeBase(
  all: readonly IncidentRecord[],
  skipped: readonly SkippedFile[] = [],
  options: KnowledgeBaseOptions = {},
): KnowledgeBaseModel {
  const records = sortedByStart(all);
  const days = records.map((r) => startOf(r.incident));
  const everything = days.length ? rangePeriod(formatDay(days[0]!), formatDay(days.at(-1)!)) : rangePeriod("0001-01-01", "0001-01-01");
  const actions = trackedActions(records, options.latestDone ?? LATEST_DONE_ACTIONS);
  return {
    incidents: [...records].reverse().map(({ file, incident: i }) => ({
      id: i.id,
      file,
      title: i.title,
      started: i.started,
      severity: i.severity,
      status: i.status,
      category: i.cause.category,
      brand: i.brand?.trim() || null,
      campaign: i.campaign?.trim() || null,
      channels: [...new Set(i.channels)],
      tags: [...new Set(i.tags ?? [])],
      lessons: i.lessons.map((l) => l.lesson),
    })),
    causes: countBy(records.map((r) => r.incident.cause.category)),
    channels: countBy(records.flatMap((r) => [...new Set(r.incident.channels)])),
    tags: countBy(records.flatMap((r) => [...new Set(r.incident.tags ?? [])])),
    severities: SEVERITIES.map((key) => ({ key, count: records.filter((r) => r.incident.severity === key).length })),
    quarters: records.length ? quarterCounts(records, quarterOf(days.at(-1)!)) : [],
    durations: durationStats(records),
    recurrences: recurrences(records, everything, options.recurrenceBy ?? ["cause"]),
    actions,
    skipped: [...skipped].sort((a, b) => compareText(a.file, b.file)),
  };
}

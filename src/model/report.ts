import type { Incident } from "./incident.js";

/** A valid incident and the file it came from (relative, `/` separators). */
export interface IncidentRecord {
  file: string;
  incident: Incident;
}

export interface QuarterCount {
  quarter: string;
  count: number;
  bySeverity: Count[];
}

/** A file left out of a report or knowledge base, and the first reason why. */
export interface SkippedFile {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** Inclusive calendar days, YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
  /** `2026-Q1` for a quarter, else `from..to`. */
  label: string;
  /** A quarter still running: it ends today, and is compared with the same days of the quarter before. */
  toDate?: boolean;
}

/** Median and 90th percentile of a duration, in minutes, over the incidents that have it. */
export interface DurationStats {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface Durations {
  detect: DurationStats;
  respond: DurationStats;
  resolve: DurationStats;
}

export interface Count {
  key: string;
  count: number;
}

export interface RecurrenceMember {
  id: string;
  file: string;
  title: string;
  started: string;
  brand: string | null;
  /** Factors and tags this incident shares with an earlier one of its group: what makes the match closer. */
  sharesWithEarlier: string[];
  inPeriod: boolean;
  /** An earlier incident of the group had an action done before this one started: the lesson did not stick. */
  recurredAfterLesson: boolean;
  /** The most recent earlier incident of the group with an action done before this one started. */
  lessonFrom: string | null;
}

export interface RecurrenceGroup {
  category: string;
  /** Present when `recurrence.by` includes brand: the brand the group belongs to, `null` for incidents without one. */
  brand?: string | null;
  incidents: string[];
  members: RecurrenceMember[];
  /** Factors and tags found in two or more incidents of the group. */
  sharedFactors: string[];
  sharedTags: string[];
}

export interface ActionItem {
  incident: string;
  file: string;
  lesson: string;
  task: string;
  owner: string | null;
  due: string | null;
  status: string;
  done: string | null;
  /** Not done by the period's last day. */
  open: boolean;
  overdue: boolean;
}

/** Sums of the measured harm over some incidents. Costs are never added across currencies. */
export interface ImpactTotals {
  reach: number;
  negativeMentions: number;
  customersAffected: number;
  /** One entry per currency, in code order. */
  cost: { currency: string; amount: number }[];
}

export interface ResponseTotals {
  apologies: number;
  postsDeleted: number;
  commentsDeleted: number;
  /** Comments deleted by incidents that do not say why. */
  commentsDeletedWithoutReason: number;
  /** Incidents that offered customers something to make up for it. */
  redress: number;
}

/** One target set in advance in the configuration, and how the period's incidents did against it. */
export interface TargetResult {
  measure: "detect" | "respond" | "resolve";
  severity: string;
  /** As written in the configuration, such as `1h`. */
  target: string;
  met: number;
  missed: number;
  noData: number;
  /** Ids of the incidents that missed it, oldest first. */
  missedIncidents: string[];
}

/** Whether the actions due in the period were done: on time, late (after their due day), or still not done. */
export interface FollowThrough {
  onTime: number;
  late: number;
  /** Median of the days late over the late ones; `null` when none was late. */
  medianDaysLate: number | null;
  overdue: number;
}

export interface FollowThroughRow extends FollowThrough {
  key: string;
}

export interface PeriodFigures {
  period: Period;
  incidents: number;
  bySeverity: Count[];
  durations: Durations;
  recurrences: number;
  recurredAfterLesson: number;
  impact: ImpactTotals;
  response: ResponseTotals;
}

/** What a row of the incident list shows. */
export interface ReportIncident {
  id: string;
  file: string;
  title: string;
  started: string;
  severity: string;
  category: string;
  status: string;
  brand: string | null;
  campaign: string | null;
}

/** Harm and response of the period's incidents grouped by brand or campaign. */
export interface BreakdownRow {
  key: string;
  incidents: number;
  reach: number;
  negativeMentions: number;
  customersAffected: number;
  cost: { currency: string; amount: number }[];
}

export interface ReportModel {
  period: Period;
  /** The day open and overdue actions are counted on: the period's last day, or today if earlier. */
  asOf: string;
  incidents: string[];
  records: ReportIncident[];
  counts: {
    cause: Count[];
    channel: Count[];
    severity: Count[];
    brand: Count[];
    campaign: Count[];
    detectionSource: Count[];
  };
  /** Sums over the period's incidents (the spec of `report --format json`). */
  impact: ImpactTotals;
  response: ResponseTotals;
  /** Harm per brand and per campaign, largest reach first. */
  breakdowns: { brand: BreakdownRow[]; campaign: BreakdownRow[] };
  /** One entry per target configured in advance. */
  targets: TargetResult[];
  /** The actions whose due day falls in the period. */
  followThrough: FollowThrough;
  followThroughBy: { owner: FollowThroughRow[]; cause: FollowThroughRow[] };
  /** The period's lessons, and how many of them have at least one action done. */
  lessonsFollowedUp: { lessons: number; withDoneAction: number };
  durations: Durations;
  recurrences: RecurrenceGroup[];
  actions: { open: number; overdue: number; items: ActionItem[] };
  lessons: { incident: string; file: string; lesson: string }[];
  previous: PeriodFigures;
  current: PeriodFigures;
  /** Incidents per quarter, oldest first, up to the period's end. */
  quarters: QuarterCount[];
  skipped: SkippedFile[];
}

export interface KbIncident {
  id: string;
  file: string;
  title: string;
  started: string;
  severity: string;
  status: string;
  category: string;
  brand: string | null;
  campaign: string | null;
  channels: string[];
  /** Each tag once. */
  tags: string[];
  lessons: string[];
}

/** One of an incident's own times, in minutes, and how it did against the target for its severity. */
export interface Measured {
  minutes: number | null;
  /** The target as written in the configuration (`1h`), when one is set for this measure and severity. */
  target: string | null;
  verdict: "met" | "missed" | "no-data" | null;
}

export interface IncidentMeasures {
  detect: Measured;
  respond: Measured;
  resolve: Measured;
}

/** Everything the knowledge base shows. It never depends on today, so `build --check` stays stable. */
export interface KnowledgeBaseModel {
  /** Newest first. */
  incidents: KbIncident[];
  causes: Count[];
  channels: Count[];
  tags: Count[];
  severities: Count[];
  /** Every quarter from the first incident's to the last one's. */
  quarters: QuarterCount[];
  durations: Durations;
  recurrences: RecurrenceGroup[];
  actions: KbActions;
  skipped: SkippedFile[];
}

/**
 * The knowledge base's action tracker: what is still to do in full, and what was done lately. A team's
 * history may hold a quarter of a million done actions; each incident's own page lists all of its own.
 */
export interface KbActions {
  /** Every action not done, by due day (none last), then incident and task. */
  open: ActionItem[];
  /** The most recently done, newest first by done day (the due day where none is written). */
  latestDone: ActionItem[];
  /** How many actions are done in all. */
  doneCount: number;
}

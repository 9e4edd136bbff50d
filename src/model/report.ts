import type { Incident } from "./incident.js";

/** A valid incident and the file it came from (relative, `/` separators). */
export interface IncidentRecord {
  file: string;
  incident: Incident;
  /** The Markdown body, for pages that show the whole post-mortem. */
  body?: string;
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
  inPeriod: boolean;
  /** An earlier incident of the group had an action done before this one started: the lesson did not stick. */
  recurredAfterLesson: boolean;
  /** The most recent earlier incident of the group with an action done before this one started. */
  lessonFrom: string | null;
}

export interface RecurrenceGroup {
  category: string;
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

export interface PeriodFigures {
  period: Period;
  incidents: number;
  bySeverity: Count[];
  durations: Durations;
  recurrences: number;
  recurredAfterLesson: number;
}

export interface ReportModel {
  period: Period;
  /** The day open and overdue actions are counted on: the period's last day, or today if earlier. */
  asOf: string;
  incidents: string[];
  records: { id: string; file: string; title: string; started: string; severity: string; category: string; status: string }[];
  counts: {
    cause: Count[];
    channel: Count[];
    severity: Count[];
    brand: Count[];
    detectionSource: Count[];
  };
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
  channels: string[];
  tags: string[];
  lessons: string[];
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
  /** Every action item, open ones first, by due date. */
  actions: ActionItem[];
  skipped: SkippedFile[];
}

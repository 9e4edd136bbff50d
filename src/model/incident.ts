/**
 * The shape of a valid incident, as `../shared/spec/incident-format.md` fixes it. Dates stay the strings
 * they were written as: a calendar day must never pass through a UTC conversion.
 */
export type Status = "draft" | "review" | "final";
export type IncidentSeverity = "critical" | "high" | "medium" | "low";
export type DetectionSource = "social-listening" | "customer-complaint" | "internal" | "press" | "partner" | "other";
export type ActionStatus = "open" | "doing" | "done";

export interface Action {
  task: string;
  owner?: string | null;
  due?: string | null;
  status: ActionStatus;
  done?: string;
}

export interface Lesson {
  lesson: string;
  actions?: Action[];
}

export interface TimelineEntry {
  at: string;
  event: string;
}

/** Measured harm. Counts are whole numbers; sentiment is a score on the team's own scale. */
export interface Impact {
  reach?: number;
  mentions?: number;
  negativeMentions?: number;
  complaints?: number;
  engagement?: number;
  sentimentBefore?: number;
  sentimentAfter?: number;
  followersLost?: number;
  customersAffected?: number;
  cost?: { amount: number; currency: string };
  /** Other keys are accepted with a warning; they are not shown. */
  [other: string]: unknown;
}

export interface Response {
  apology?: boolean;
  /** A link to the public statement, or its text. */
  statement?: string;
  postsDeleted?: number;
  commentsDeleted?: number;
  commentsDeletedReason?: string;
  /** What affected customers were offered to make up for it: a refund, a voucher, a fix. */
  redress?: string;
}

export interface Incident {
  id: string;
  title: string;
  status: Status;
  severity: IncidentSeverity;
  started: string;
  detected: string;
  responded?: string;
  resolved?: string;
  brand?: string;
  campaign?: string;
  channels: string[];
  owner: string;
  detection?: { source?: DetectionSource; tool?: string };
  cause: { category: string; summary: string; factors?: string[] };
  timeline: TimelineEntry[];
  lessons: Lesson[];
  impact?: Impact;
  response?: Response;
  tags?: string[];
  related?: string[];
}

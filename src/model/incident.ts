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
  impact?: Record<string, unknown>;
  response?: {
    apology?: boolean;
    statement?: string;
    postsDeleted?: number;
    commentsDeleted?: number;
    commentsDeletedReason?: string;
  };
  tags?: string[];
  related?: string[];
}

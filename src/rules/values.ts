import { compareTemporal, parseTemporal, type Temporal } from "../dates/index.js";

/** Defensive readers: rules run on files whose front-matter may not match the schema. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export function asTemporal(value: unknown): Temporal | undefined {
  return typeof value === "string" ? (parseTemporal(value) ?? undefined) : undefined;
}

export interface ActionRef {
  action: Record<string, unknown>;
  path: (string | number)[];
}

/** Every action item of every lesson, with its path in the front-matter. */
export function actionsOf(data: Record<string, unknown>): ActionRef[] {
  const out: ActionRef[] = [];
  asList(data.lessons).forEach((lesson, i) => {
    asList(asRecord(lesson)?.actions).forEach((action, j) => {
      const record = asRecord(action);
      if (record) out.push({ action: record, path: ["lessons", i, "actions", j] });
    });
  });
  return out;
}

/** Text on one line, cut to `max` characters: a task named in a message, not the whole paragraph. */
export function shorten(text: string, max = 50): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/**
 * Values that must never go back in time, given in order: each is checked against the last date-time and
 * the last calendar day given before it, not only against the value just before. A calendar day compares
 * with a time by day alone, so a day between two times would otherwise let the second time be hours
 * before the first unnoticed (`19:30`, then the same day, then `08:00`). `check` answers what the value
 * is earlier than, the latest such one, or nothing.
 */
export function timeOrder<T>(): { check(value: Temporal, about: T): T | undefined } {
  let time: { value: Temporal; about: T; at: number } | undefined;
  let day: { value: Temporal; about: T; at: number } | undefined;
  let at = 0;
  return {
    check(value, about) {
      const later = [time, day].filter((seen) => seen !== undefined && compareTemporal(value, seen.value) < 0);
      const answer = later.sort((a, b) => b!.at - a!.at)[0]?.about;
      const seen = { value, about, at: at++ };
      if (value.kind === "datetime") time = seen;
      else day = seen;
      return answer;
    },
  };
}

import { parseTemporal, type Temporal, toInstant } from "../dates/index.js";
import type { DurationStats, Incident } from "../model/index.js";

const startDays = new WeakMap<Incident, Temporal>();

/** The incident's `started`, parsed once: periods, sorting and charts all ask for it. */
export function startOf(incident: Incident): Temporal {
  let value = startDays.get(incident);
  if (!value) startDays.set(incident, (value = parseTemporal(incident.started)!));
  return value;
}

/**
 * The offset a calendar day is read in for duration arithmetic: the first date-time of the incident
 * that carries one (times, then timeline), else UTC, as the spec says.
 */
export function incidentOffset(incident: Incident): number {
  const candidates = [incident.started, incident.detected, incident.responded, incident.resolved, ...incident.timeline.map((t) => t.at)];
  for (const text of candidates) {
    const value = text === undefined ? null : parseTemporal(text);
    if (value?.kind === "datetime") return value.offsetMinutes;
  }
  return 0;
}

/**
 * Minutes from one value to the next, never below zero: `detected: 2026-03-14` after a start at 23:30
 * that day means "the same day", which the lint rules accept, not minus 23 and a half hours.
 */
function minutesBetween(from: Temporal, to: Temporal, offset: number): number {
  return Math.max(0, Math.round((toInstant(to, offset) - toInstant(from, offset)) / 60_000));
}

export interface IncidentDurations {
  detect: number | null;
  respond: number | null;
  resolve: number | null;
}

const measured = new WeakMap<Incident, IncidentDurations>();

/** Time to detect, respond and resolve in minutes; `null` where a field is missing. */
export function durationsOf(incident: Incident): IncidentDurations {
  // Figures, targets and each incident's page all ask for the same incident's times.
  let value = measured.get(incident);
  if (!value) measured.set(incident, (value = measure(incident)));
  return value;
}

function measure(incident: Incident): IncidentDurations {
  const offset = incidentOffset(incident);
  const started = parseTemporal(incident.started)!;
  const detected = parseTemporal(incident.detected)!;
  const responded = incident.responded ? parseTemporal(incident.responded) : null;
  const resolved = incident.resolved ? parseTemporal(incident.resolved) : null;
  return {
    detect: minutesBetween(started, detected, offset),
    respond: responded ? minutesBetween(detected, responded, offset) : null,
    resolve: resolved ? minutesBetween(detected, resolved, offset) : null,
  };
}

/**
 * Median and 90th percentile (nearest rank). Not means: a single incident that smouldered for weeks
 * would hide how fast the team usually is.
 */
export function stats(values: readonly (number | null)[]): DurationStats {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { count: 0, median: null, p90: null };
  const median = n % 2 ? sorted[(n - 1) / 2]! : Math.round((sorted[n / 2 - 1]! + sorted[n / 2]!) / 2);
  return { count: n, median, p90: sorted[Math.ceil(0.9 * n) - 1]! };
}

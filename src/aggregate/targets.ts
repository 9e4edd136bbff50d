import type { Incident, IncidentMeasures, IncidentRecord, TargetResult } from "../model/index.js";
import type { ResponseTarget } from "../schema/config.js";
import { durationsOf } from "./durations.js";

/**
 * Each target set in advance against the incidents of its severity: met when the measured time is
 * within it, missed when over, no data when the incident does not say (no `responded`, not resolved).
 */
export function targetResults(records: readonly IncidentRecord[], targets: readonly ResponseTarget[]): TargetResult[] {
  const measured = records.map((r) => ({ record: r, durations: durationsOf(r.incident) }));
  return targets.map((target) => {
    const result: TargetResult = {
      measure: target.measure,
      severity: target.severity,
      target: target.text,
      met: 0,
      missed: 0,
      noData: 0,
      missedIncidents: [],
    };
    for (const { record, durations } of measured) {
      if (record.incident.severity !== target.severity) continue;
      const minutes = durations[target.measure];
      if (minutes === null) result.noData++;
      else if (minutes <= target.minutes) result.met++;
      else {
        result.missed++;
        result.missedIncidents.push(record.incident.id);
      }
    }
    return result;
  });
}

/** The result of one incident against the target for its severity and a measure, for its own page. */
export function targetVerdict(minutes: number | null, target: ResponseTarget | undefined): "met" | "missed" | "no-data" | null {
  if (!target) return null;
  if (minutes === null) return "no-data";
  return minutes <= target.minutes ? "met" : "missed";
}

/** An incident's own times to detect, respond and resolve, each against the target set for its severity. */
export function incidentMeasures(incident: Incident, targets: readonly ResponseTarget[]): IncidentMeasures {
  const d = durationsOf(incident);
  const one = (measure: "detect" | "respond" | "resolve") => {
    const target = targets.find((t) => t.measure === measure && t.severity === incident.severity);
    return { minutes: d[measure], target: target?.text ?? null, verdict: targetVerdict(d[measure], target) };
  };
  return { detect: one("detect"), respond: one("respond"), resolve: one("resolve") };
}

import type { Action, Incident, IncidentRecord } from "../../src/model/index.js";

/** A small valid incident record; only what a test is about needs to be said. */
export function record(partial: Partial<Incident> & { id: string; started: string }, actions: Action[] = []): IncidentRecord {
  const incident: Incident = {
    title: `Incident ${partial.id}`,
    status: "final",
    severity: "medium",
    detected: partial.started,
    channels: ["instagram"],
    owner: "Marta Gil",
    cause: { category: "timing", summary: "A scheduled post ran during breaking news." },
    timeline: [{ at: partial.started, event: "It started" }],
    lessons: [{ lesson: "Check the news before scheduled posts run.", actions }],
    ...partial,
  };
  return { file: `incidents/${partial.id}.md`, incident };
}

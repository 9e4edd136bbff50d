import type { ReportModel } from "../model/index.js";

/** The report model as JSON: the spec's keys first, durations in minutes, dates as written. */
export function renderReportJson(model: ReportModel): string {
  const { period, incidents, recurrences, actions, ...rest } = model;
  return `${JSON.stringify({ generator: "lessonbook report", period, incidents, recurrences, actions, ...rest }, null, 2)}\n`;
}

import type { ReportModel } from "../model/index.js";

/** The report model as JSON: the spec's keys first, durations in minutes, dates as written (ISO). */
export function renderReportJson(model: ReportModel): string {
  const { period, incidents, recurrences, actions, impact, targets, followThrough, ...rest } = model;
  const head = { generator: "lessonbook report", period, incidents, recurrences, actions, impact, targets, followThrough };
  return `${JSON.stringify({ ...head, ...rest }, null, 2)}\n`;
}

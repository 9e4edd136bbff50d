import { LABELS, type Labels } from "../i18n/report.js";
import type { ActionItem, ReportModel } from "../model/index.js";
import type { Language } from "../schema/index.js";
import { dayOf, duration, durationChange, signed } from "./format.js";
import { inline, link, mermaidText, relativeLink, table } from "./markdown.js";

export interface MarkdownOptions {
  lang: Language;
  /** Where the page will live, relative to the working directory, so links to incidents resolve. */
  location: string;
}

function headline(model: ReportModel, t: Labels): string {
  const { current: c, previous: p } = model;
  const high = (f: typeof c) => f.bySeverity.filter((s) => s.key === "critical" || s.key === "high").reduce((n, s) => n + s.count, 0);
  const count = (label: string, now: number, before: number) => [label, String(now), String(before), signed(now - before)];
  const time = (label: string, now: number | null, before: number | null) => [
    label,
    duration(now),
    duration(before),
    durationChange(now, before),
  ];
  const rows = [
    count(t.incidents, c.incidents, p.incidents),
    count(t.criticalOrHigh, high(c), high(p)),
    time(t.medianDetect, c.durations.detect.median, p.durations.detect.median),
    time(t.p90Detect, c.durations.detect.p90, p.durations.detect.p90),
    time(t.medianRespond, c.durations.respond.median, p.durations.respond.median),
    time(t.medianResolve, c.durations.resolve.median, p.durations.resolve.median),
    count(t.recurringCauses, c.recurrences, p.recurrences),
    count(t.recurredAfterLesson, c.recurredAfterLesson, p.recurredAfterLesson),
    [t.openActions, String(model.actions.open), "", ""],
    [t.overdueActions, String(model.actions.overdue), "", ""],
  ];
  return table([t.figure, c.period.label, p.period.label, t.change], rows, [1, 2, 3]);
}

function charts(model: ReportModel, t: Labels): string[] {
  const out: string[] = [];
  if (model.counts.cause.length) {
    out.push(`## ${t.causes}`, "", "```mermaid", `pie title ${mermaidText(t.causesChart(model.period.label))}`);
    for (const c of model.counts.cause) out.push(`    "${mermaidText(c.key)}" : ${c.count}`);
    out.push(
      "```",
      "",
      table(
        [t.cause, t.count],
        model.counts.cause.map((c) => [c.key, String(c.count)]),
        [1],
      ),
      "",
    );
  }
  const max = Math.max(1, ...model.quarters.map((q) => q.count));
  out.push(
    `## ${t.perQuarter}`,
    "",
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidText(t.perQuarter)}"`,
    `    x-axis [${model.quarters.map((q) => `"${q.quarter}"`).join(", ")}]`,
    `    y-axis "${mermaidText(t.count)}" 0 --> ${max}`,
    `    bar [${model.quarters.map((q) => q.count).join(", ")}]`,
    "```",
    "",
  );
  return out;
}

function recurrences(model: ReportModel, t: Labels, from: string): string[] {
  const out = [`## ${t.recurrences}`, "", t.recurrencesIntro, ""];
  if (!model.recurrences.length) return [...out, t.noRecurrences, ""];
  for (const g of model.recurrences) {
    out.push(`### ${inline(g.category)}`, "");
    const rows = g.members.map((m) => [
      dayOf(m.started),
      link(m.title, relativeLink(from, m.file)),
      m.inPeriod ? t.yes : t.no,
      m.recurredAfterLesson ? `**${t.afterLessonFrom(m.lessonFrom ?? "")}**` : t.no,
    ]);
    out.push(table([t.started, t.incident, t.inPeriod, t.afterLesson], rows), "");
    const shared = [
      g.sharedFactors.length ? `${t.sharedFactors}: ${g.sharedFactors.map(inline).join(", ")}` : "",
      g.sharedTags.length ? `${t.sharedTags}: ${g.sharedTags.map(inline).join(", ")}` : "",
    ].filter(Boolean);
    if (shared.length) out.push(shared.join(". "), "");
  }
  return out;
}

function actionsByOwner(items: readonly ActionItem[], t: Labels, from: string): string[] {
  if (!items.length) return [t.noActions, ""];
  const owners = [...new Set(items.map((a) => a.owner ?? ""))];
  const out: string[] = [];
  for (const owner of owners) {
    const mine = items.filter((a) => (a.owner ?? "") === owner);
    out.push(`### ${inline(t.ownerLine(owner || t.unassigned, mine.length, mine.filter((a) => a.overdue).length))}`, "");
    const rows = mine.map((a) => [
      a.overdue ? `**${a.due}** (${t.overdue})` : (a.due ?? t.noDue),
      inline(a.task),
      link(a.incident, relativeLink(from, a.file)),
      a.status === "done" && a.done ? t.doneOn(a.done) : a.status,
    ]);
    out.push(table([t.due, t.task, t.incident, t.status], rows), "");
  }
  return out;
}

/** The quarterly review as a Markdown page GitHub renders, charts included. */
export function renderReportMarkdown(model: ReportModel, options: MarkdownOptions): string {
  const t = LABELS[options.lang];
  const from = options.location;
  const out = [
    `# ${t.reviewTitle(model.period.label)}`,
    "",
    t.periodLine(model.period.from, model.period.to, model.asOf, model.incidents.length),
    "",
  ];
  out.push(`## ${t.headline}`, "", headline(model, t), "");
  out.push(`## ${t.incidentList}`, "");
  if (model.records.length) {
    const rows = model.records.map((r) => [dayOf(r.started), link(r.title, relativeLink(from, r.file)), r.severity, r.category, r.status]);
    out.push(table([t.started, t.incident, t.severity, t.cause, t.status], rows), "");
  } else {
    out.push(t.noIncidents, "");
  }
  out.push(...charts(model, t));
  if (model.counts.channel.length) {
    out.push(
      `## ${t.channels}`,
      "",
      table(
        [t.channel, t.count],
        model.counts.channel.map((c) => [inline(c.key), String(c.count)]),
        [1],
      ),
      "",
    );
  }
  const d = model.durations;
  const speed = (label: string, s: typeof d.detect) => [label, duration(s.median), duration(s.p90), String(s.count)];
  out.push(
    `## ${t.speed}`,
    "",
    table(
      [t.measure, t.median, t.p90, t.measured],
      [speed(t.detect, d.detect), speed(t.respond, d.respond), speed(t.resolve, d.resolve)],
      [1, 2, 3],
    ),
    "",
  );
  out.push(...recurrences(model, t, from));
  out.push(`## ${t.actionsTitle}`, "", ...actionsByOwner(model.actions.items, t, from));
  out.push(`## ${t.lessonsTitle}`, "");
  if (model.lessons.length)
    for (const l of model.lessons) out.push(`- ${inline(l.lesson)} (${link(l.incident, relativeLink(from, l.file))})`);
  else out.push(t.noLessons);
  out.push("");
  if (model.skipped.length) {
    out.push(`## ${t.skippedTitle}`, "", t.skippedIntro(model.skipped.length), "");
    for (const s of model.skipped) out.push(`- \`${s.file}:${s.line}:${s.column}\` ${inline(s.message)} (${s.rule})`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

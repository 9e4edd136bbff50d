import path from "node:path";
import { KB_LABELS } from "../../i18n/kb.js";
import { LABELS } from "../../i18n/report.js";
import { SITE_LABELS } from "../../i18n/site.js";
import type { ReportModel } from "../../model/index.js";
import type { Language } from "../../schema/index.js";
import { dayOf, duration, durationChange, signed } from "../format.js";
import { charts } from "./chart-set.js";
import { escapeHtml, href, html, raw, table } from "./escape.js";
import { recurrenceTable } from "./recurrence-table.js";
import { STYLES } from "./styles.js";

export interface HtmlReportOptions {
  lang: Language;
  /** Where the file will live, relative to the working directory, so links to incidents resolve. */
  location: string;
}

/**
 * The quarterly review as one self-contained HTML file: inline styles and SVG, no script, laid out to
 * be projected or printed on A4 or Letter.
 */
export function renderReportHtml(model: ReportModel, options: HtmlReportOptions): string {
  const t = LABELS[options.lang];
  const s = SITE_LABELS[options.lang];
  const link = (file: string) => raw(href(path.posix.relative(path.posix.dirname(options.location), file)));
  const { current: c, previous: p } = model;
  const high = (f: typeof c) => f.bySeverity.filter((b) => b.key === "critical" || b.key === "high").reduce((n, b) => n + b.count, 0);
  const countRow = (label: string, now: number, before: number) => [label, now, before, signed(now - before)];
  const timeRow = (label: string, now: number | null, before: number | null) => [
    label,
    duration(now),
    duration(before),
    durationChange(now, before),
  ];
  const headline = [
    countRow(t.incidents, c.incidents, p.incidents),
    countRow(t.criticalOrHigh, high(c), high(p)),
    timeRow(t.medianDetect, c.durations.detect.median, p.durations.detect.median),
    timeRow(t.p90Detect, c.durations.detect.p90, p.durations.detect.p90),
    timeRow(t.medianRespond, c.durations.respond.median, p.durations.respond.median),
    timeRow(t.medianResolve, c.durations.resolve.median, p.durations.resolve.median),
    countRow(t.recurringCauses, c.recurrences, p.recurrences),
    countRow(t.recurredAfterLesson, c.recurredAfterLesson, p.recurredAfterLesson),
  ];
  const figure = (value: number, label: string) => html`<div class="figure"><b>${value}</b><span>${label}</span></div>`;
  const owners = [...new Set(model.actions.items.map((a) => a.owner ?? ""))];
  const main = html`<h1>${t.reviewTitle(model.period.label)}</h1>
    <p class="muted">${t.periodLine(model.period.from, model.period.to, model.asOf, model.incidents.length)}</p>
    <div class="figures">
      ${figure(c.incidents, t.incidents)}${figure(c.recurredAfterLesson, t.recurredAfterLesson)}${figure(model.actions.open, t.openActions)}${figure(model.actions.overdue, t.overdueActions)}
    </div>
    <h2>${t.headline}</h2>
    ${table([t.figure, c.period.label, p.period.label, t.change], headline, [1, 2, 3])}
    <h2>${t.incidentList}</h2>
    ${
      model.records.length
        ? table(
            [t.started, t.incident, t.severity, t.cause, t.status],
            model.records.map((r) => [
              dayOf(r.started),
              html`<a href="${link(r.file)}">${r.title}</a>`,
              html`<span class="badge sev-${r.severity}">${r.severity}</span>`,
              r.category,
              r.status,
            ]),
          )
        : html`<p>${t.noIncidents}</p>`
    }
    ${raw(charts({ quarters: model.quarters, causes: model.counts.cause, channels: model.counts.channel, durations: model.durations }, s, KB_LABELS[options.lang], "report"))}
    <h2>${t.recurrences}</h2>
    <p class="muted">${t.recurrencesIntro}</p>
    ${
      model.recurrences.length
        ? model.recurrences.map((g) =>
            recurrenceTable(g, t, { heading: html`<h3>${g.category}</h3>`, linkOf: (m) => link(m.file).value, inPeriod: true }),
          )
        : html`<p>${t.noRecurrences}</p>`
    }
    <h2>${t.actionsTitle}</h2>
    ${
      owners.length
        ? owners.map((owner) => {
            const mine = model.actions.items.filter((a) => (a.owner ?? "") === owner);
            return html`<h3>${t.ownerLine(owner || t.unassigned, mine.length, mine.filter((a) => a.overdue).length)}</h3>
              ${table(
                [t.due, t.task, t.incident, t.status],
                mine.map((a) => [
                  a.overdue ? html`<span class="overdue">${a.due} (${t.overdue})</span>` : (a.due ?? t.noDue),
                  a.task,
                  html`<a href="${link(a.file)}">${a.incident}</a>`,
                  a.status === "done" && a.done ? t.doneOn(a.done) : a.status,
                ]),
              )}`;
          })
        : html`<p>${t.noActions}</p>`
    }
    <h2>${t.lessonsTitle}</h2>
    ${
      model.lessons.length
        ? html`<ul>
            ${model.lessons.map((l) => html`<li>${l.lesson} (<a href="${link(l.file)}">${l.incident}</a>)</li>`)}
          </ul>`
        : html`<p>${t.noLessons}</p>`
    }
    ${
      model.skipped.length
        ? html`<h2>${t.skippedTitle}</h2>
            <p>${t.skippedIntro(model.skipped.length).replace(/`/g, "")}</p>
            <ul>
              ${model.skipped.map((k) => html`<li><code>${k.file}:${k.line}:${k.column}</code> ${k.message} (${k.rule})</li>`)}
            </ul>`
        : ""
    }`;
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lessonbook report">
<title>${escapeHtml(t.reviewTitle(model.period.label))}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${main.value}
</main>
</body>
</html>
`;
}

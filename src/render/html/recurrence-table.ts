import type { Labels } from "../../i18n/report.js";
import type { RecurrenceGroup } from "../../model/index.js";
import { dayOf } from "../format.js";
import { type Html, html, raw } from "./escape.js";

type RecurrenceLabels = Pick<
  Labels,
  "started" | "incident" | "inPeriod" | "afterLesson" | "afterLessonFrom" | "yes" | "no" | "sharedFactors" | "sharedTags"
>;

export interface RecurrenceTableOptions {
  heading: Html;
  /** The href of a member's incident, already escaped. */
  linkOf: (member: RecurrenceGroup["members"][number]) => string;
  /** The review marks which incidents fall in its period; the knowledge base has no period. */
  inPeriod: boolean;
}

/** One recurrence group: its incidents oldest first, which came back after a lesson, what they share. */
export function recurrenceTable(g: RecurrenceGroup, t: RecurrenceLabels, options: RecurrenceTableOptions): Html {
  const rows = g.members.map(
    (m) =>
      html`<tr>
        <td>${dayOf(m.started)}</td>
        <td><a href="${raw(options.linkOf(m))}">${m.title}</a></td>
        ${options.inPeriod ? html`<td>${m.inPeriod ? t.yes : t.no}</td>` : ""}
        <td>${m.recurredAfterLesson ? html`<strong>${t.afterLessonFrom(m.lessonFrom ?? "")}</strong>` : t.no}</td>
      </tr>`,
  );
  const head = html`<tr>
    <th>${t.started}</th>
    <th>${t.incident}</th>
    ${options.inPeriod ? html`<th>${t.inPeriod}</th>` : ""}
    <th>${t.afterLesson}</th>
  </tr>`;
  const factors = g.sharedFactors.length ? html`<p>${t.sharedFactors}: ${g.sharedFactors.join(", ")}</p>` : "";
  const tags = g.sharedTags.length ? html`<p>${t.sharedTags}: ${g.sharedTags.join(", ")}</p>` : "";
  return html`${options.heading}
    <table>
      <thead>
        ${head}
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    ${factors}${tags}`;
}

import { enumLabel, formatMoney, formatNumber } from "../i18n/labels.js";
import { SITE_LABELS } from "../i18n/site.js";
import type { IncidentMeasures, IncidentRecord, Measured } from "../model/index.js";
import type { Language } from "../schema/index.js";
import type { Block, Inline } from "./blocks.js";
import { duration } from "./format.js";
import { humanDay, humanWhen } from "./when.js";

/** Where an incident page links to, relative to that page; `null` for an incident that has no page. */
export interface IncidentLinks {
  cause: (category: string) => string;
  channel: (channel: string) => string;
  incident: (id: string) => string | null;
}

export interface IncidentBlockOptions {
  lang: Language;
  /** The incident's own times against their targets, from the knowledge-base model. */
  measures: IncidentMeasures | undefined;
  links: IncidentLinks;
}

const when = (value: string, lang: Language): Inline => ({ kind: "time", value, text: humanWhen(value, lang) });

function join(items: readonly Inline[]): Inline[] {
  return items.flatMap((item, i) => (i ? [", ", item] : [item]));
}

type Field = { label: string; value: Inline };
const present = (value: Inline | undefined | null | false): value is Inline =>
  value !== undefined && value !== null && value !== false && value !== "";
const field = (label: string, value: Inline | undefined | null | false): Field[] => (present(value) ? [{ label, value }] : []);

function detailFields(r: IncidentRecord, o: IncidentBlockOptions): Field[] {
  const s = SITE_LABELS[o.lang];
  const i = r.incident;
  const source = i.detection?.source ? enumLabel(o.lang, "detectionSource", i.detection.source) : undefined;
  const tool = i.detection?.tool?.trim();
  const related = (i.related ?? []).map((id): Inline => {
    // An id with no page (missing, or left out for errors) is named, not linked to a page that does not exist.
    const href = o.links.incident(id);
    return href === null ? id : { kind: "link", href, text: id };
  });
  return [
    ...field(s.severity, { kind: "severity", value: i.severity, text: enumLabel(o.lang, "severity", i.severity) }),
    ...field(s.status, enumLabel(o.lang, "status", i.status)),
    ...field(s.brand, i.brand?.trim()),
    ...field(s.campaign, i.campaign?.trim()),
    ...field(s.channels, join(i.channels.map((c) => ({ kind: "link", href: o.links.channel(c), text: enumLabel(o.lang, "channel", c) })))),
    ...field(s.owner, i.owner),
    ...field(s.detectedBy, source && tool ? s.detectedWith(source, tool) : (source ?? tool)),
    ...field(s.summary, [
      { kind: "link", href: o.links.cause(i.cause.category), text: enumLabel(o.lang, "cause", i.cause.category) },
      `: ${i.cause.summary}`,
    ]),
    ...field(s.factors, (i.cause.factors ?? []).join(", ")),
    ...field(s.tags, (i.tags ?? []).join(", ")),
    ...field(s.related, related.length ? join(related) : undefined),
  ];
}

function timeFields(r: IncidentRecord, o: IncidentBlockOptions): Field[] {
  const s = SITE_LABELS[o.lang];
  const i = r.incident;
  const none: Measured = { minutes: null, target: null, verdict: null };
  const measured = (m: Measured, missing: string): Inline => {
    const text = m.minutes === null ? missing : duration(m.minutes);
    if (!m.verdict || m.target === null) return text;
    const note = s.verdict(m.verdict, m.target);
    return m.verdict === "missed" ? [text, " (", { kind: "strong", text: note }, ")"] : `${text} (${note})`;
  };
  const d = o.measures ?? { detect: none, respond: none, resolve: none };
  return [
    ...field(s.started, when(i.started, o.lang)),
    ...field(s.detected, when(i.detected, o.lang)),
    ...field(s.responded, i.responded ? when(i.responded, o.lang) : undefined),
    ...field(s.resolved, i.resolved ? when(i.resolved, o.lang) : s.ongoing),
    ...field(s.timeToDetect, measured(d.detect, "—")),
    ...field(s.timeToRespond, measured(d.respond, s.noResponse)),
    ...field(s.timeToResolve, measured(d.resolve, s.ongoing)),
  ];
}

function harmFields(r: IncidentRecord, o: IncidentBlockOptions): Field[] {
  const s = SITE_LABELS[o.lang];
  const m = r.incident.impact;
  if (!m) return [];
  const n = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? formatNumber(o.lang, v) : undefined);
  const sentiment =
    typeof m.sentimentBefore === "number" || typeof m.sentimentAfter === "number"
      ? `${n(m.sentimentBefore) ?? "—"} → ${n(m.sentimentAfter) ?? "—"}`
      : undefined;
  return [
    ...field(s.reach, n(m.reach)),
    ...field(s.mentions, n(m.mentions)),
    ...field(s.negativeMentions, n(m.negativeMentions)),
    ...field(s.complaints, n(m.complaints)),
    ...field(s.engagement, n(m.engagement)),
    ...field(s.sentiment, sentiment),
    ...field(s.followersLost, n(m.followersLost)),
    ...field(s.customersAffected, n(m.customersAffected)),
    ...field(
      s.cost,
      m.cost && typeof m.cost.amount === "number" ? formatMoney(o.lang, m.cost.amount, m.cost.currency.toUpperCase()) : undefined,
    ),
  ];
}

function responseFields(r: IncidentRecord, o: IncidentBlockOptions): Field[] {
  const s = SITE_LABELS[o.lang];
  const x = r.incident.response;
  if (!x) return [];
  const statement = x.statement?.trim();
  const comments = typeof x.commentsDeleted === "number" && x.commentsDeleted > 0 ? formatNumber(o.lang, x.commentsDeleted) : undefined;
  const reason = x.commentsDeletedReason?.trim();
  return [
    ...field(s.apology, typeof x.apology === "boolean" ? (x.apology ? s.yes : s.no) : undefined),
    ...field(
      s.statement,
      statement && /^https?:\/\/\S+$/i.test(statement)
        ? { kind: "external", url: statement, text: s.readStatement }
        : statement && `“${statement}”`,
    ),
    ...field(s.postsDeleted, typeof x.postsDeleted === "number" ? formatNumber(o.lang, x.postsDeleted) : undefined),
    ...field(s.commentsDeleted, comments && (reason ? s.commentsDeletedWhy(comments, reason) : s.commentsDeletedNoReason(comments))),
    ...field(s.redress, x.redress?.trim()),
  ];
}

/**
 * What an incident page shows besides the post-mortem itself: details, times against their targets,
 * harm, response, timeline, lessons and actions. The site and the knowledge base write the same blocks.
 */
export function incidentBlocks(r: IncidentRecord, o: IncidentBlockOptions): Block[] {
  const s = SITE_LABELS[o.lang];
  const i = r.incident;
  const harm = harmFields(r, o);
  const response = responseFields(r, o);
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: i.title },
    { kind: "fields", items: detailFields(r, o) },
    { kind: "heading", level: 2, text: s.times },
    { kind: "fields", items: timeFields(r, o) },
  ];
  if (harm.length) blocks.push({ kind: "heading", level: 2, text: s.harm }, { kind: "fields", items: harm });
  if (response.length) blocks.push({ kind: "heading", level: 2, text: s.response }, { kind: "fields", items: response });
  blocks.push(
    { kind: "heading", level: 2, text: s.timeline },
    {
      kind: "table",
      head: [s.when, s.what],
      rows: i.timeline.map((e) => [{ kind: "time", value: e.at, text: humanWhen(e.at, o.lang) }, e.event]),
    },
    { kind: "heading", level: 2, text: s.lessons },
  );
  for (const lesson of i.lessons) {
    blocks.push({ kind: "heading", level: 3, text: lesson.lesson });
    if (!lesson.actions?.length) continue;
    blocks.push({
      kind: "table",
      head: [s.task, s.owner, s.due, s.status],
      rows: lesson.actions.map((a) => [
        a.task,
        a.owner?.trim() || s.nobody,
        a.due
          ? { kind: "due", day: a.due, text: humanDay(a.due, o.lang), open: a.status !== "done", overdue: false, overdueText: s.overdue }
          : s.noDue,
        a.status === "done" && a.done ? s.doneOn(humanDay(a.done, o.lang)) : enumLabel(o.lang, "actionStatus", a.status),
      ]),
    });
  }
  return blocks;
}

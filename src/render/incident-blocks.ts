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
  const out: Inline[] = [];
  for (const item of items) {
    if (out.length) out.push(", ");
    out.push(item);
  }
  return out;
}

type Field = { label: string; value: Inline };
/**
 * The fields shown, in order: a value that is missing or empty is left out. Every incident page fills a
 * few dozen, so they are pushed onto one list rather than spread from one small list each.
 */
class Fields {
  readonly items: Field[] = [];
  add(label: string, value: Inline | undefined | null | false): this {
    if (value !== undefined && value !== null && value !== false && value !== "") this.items.push({ label, value });
    return this;
  }
}

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
  return new Fields()
    .add(s.severity, { kind: "severity", value: i.severity, text: enumLabel(o.lang, "severity", i.severity) })
    .add(s.status, enumLabel(o.lang, "status", i.status))
    .add(s.brand, i.brand?.trim())
    .add(s.campaign, i.campaign?.trim())
    .add(s.channels, join(i.channels.map((c) => ({ kind: "link", href: o.links.channel(c), text: enumLabel(o.lang, "channel", c) }))))
    .add(s.owner, i.owner)
    .add(s.detectedBy, source && tool ? s.detectedWith(source, tool) : (source ?? tool))
    .add(s.summary, [
      { kind: "link", href: o.links.cause(i.cause.category), text: enumLabel(o.lang, "cause", i.cause.category) },
      `: ${i.cause.summary}`,
    ])
    .add(s.factors, (i.cause.factors ?? []).join(", "))
    .add(s.tags, (i.tags ?? []).join(", "))
    .add(s.related, related.length ? join(related) : undefined).items;
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
  return new Fields()
    .add(s.started, when(i.started, o.lang))
    .add(s.detected, when(i.detected, o.lang))
    .add(s.responded, i.responded ? when(i.responded, o.lang) : undefined)
    .add(s.resolved, i.resolved ? when(i.resolved, o.lang) : s.ongoing)
    .add(s.timeToDetect, measured(d.detect, "—"))
    .add(s.timeToRespond, measured(d.respond, s.noResponse))
    .add(s.timeToResolve, measured(d.resolve, s.ongoing)).items;
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
  return new Fields()
    .add(s.reach, n(m.reach))
    .add(s.mentions, n(m.mentions))
    .add(s.negativeMentions, n(m.negativeMentions))
    .add(s.complaints, n(m.complaints))
    .add(s.engagement, n(m.engagement))
    .add(s.sentiment, sentiment)
    .add(s.followersLost, n(m.followersLost))
    .add(s.customersAffected, n(m.customersAffected))
    .add(
      s.cost,
      m.cost && typeof m.cost.amount === "number" ? formatMoney(o.lang, m.cost.amount, m.cost.currency.toUpperCase()) : undefined,
    ).items;
}

function responseFields(r: IncidentRecord, o: IncidentBlockOptions): Field[] {
  const s = SITE_LABELS[o.lang];
  const x = r.incident.response;
  if (!x) return [];
  const statement = x.statement?.trim();
  const comments = typeof x.commentsDeleted === "number" && x.commentsDeleted > 0 ? formatNumber(o.lang, x.commentsDeleted) : undefined;
  const reason = x.commentsDeletedReason?.trim();
  return new Fields()
    .add(s.apology, typeof x.apology === "boolean" ? (x.apology ? s.yes : s.no) : undefined)
    .add(
      s.statement,
      statement && /^https?:\/\/\S+$/i.test(statement)
        ? { kind: "external", url: statement, text: s.readStatement }
        : statement && `“${statement}”`,
    )
    .add(s.postsDeleted, typeof x.postsDeleted === "number" ? formatNumber(o.lang, x.postsDeleted) : undefined)
    .add(s.commentsDeleted, comments && (reason ? s.commentsDeletedWhy(comments, reason) : s.commentsDeletedNoReason(comments)))
    .add(s.redress, x.redress?.trim()).items;
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

import { enumLabel, formatChange, formatMoney, formatNumber } from "../i18n/labels.js";
import { LABELS, type Labels } from "../i18n/report.js";
import type { ActionItem, BreakdownRow, FollowThrough, ImpactTotals, Period, ReportModel } from "../model/index.js";
import type { Language } from "../schema/index.js";
import { SEVERITIES } from "../schema/taxonomy.js";
import { type Block, type Inline, rowsOf } from "./blocks.js";
import { duration, durationChange } from "./format.js";
import { humanDay } from "./when.js";

export interface SectionContext {
  lang: Language;
  t: Labels;
  /** `2026-Q4 to date`, `Mar 1, 2026 – Jun 30, 2026`: a period as a reader names it. */
  name: (period: Period) => string;
  number: (n: number) => string;
  day: (text: string) => string;
}

/**
 * One section of the quarterly review: its blocks come from the report model alone, and both the
 * Markdown and the HTML renderers write them, in this order. A new section is one entry here.
 */
export interface ReportSection {
  id: string;
  blocks: (model: ReportModel, c: SectionContext) => Block[];
}

export function sectionContext(lang: Language): SectionContext {
  const t = LABELS[lang];
  const day = (text: string) => humanDay(text, lang);
  return {
    lang,
    t,
    day,
    number: (n) => formatNumber(lang, n),
    name: (p) => (/^\d{4}-Q[1-4]$/.test(p.label) ? (p.toDate ? t.toDate(p.label) : p.label) : `${day(p.from)} – ${day(p.to)}`),
  };
}

const incident = (id: string, file: string, text: string): Inline => ({ kind: "incident", id, file, text });

function money(cost: ImpactTotals["cost"], c: SectionContext): string {
  return cost.length ? cost.map((x) => formatMoney(c.lang, x.amount, x.currency)).join(" · ") : "—";
}

/** Harm, current against previous: the same rows feed the headline table and the harm section. */
function harmRows(model: ReportModel, c: SectionContext): Inline[][] {
  const { t } = c;
  const now = model.current;
  const before = model.previous;
  const count = (label: string, a: number, b: number): Inline[] => [label, c.number(a), c.number(b), formatChange(c.lang, a - b)];
  const currencies = [...new Set([...now.impact.cost, ...before.impact.cost].map((x) => x.currency))].sort();
  return [
    count(t.reach, now.impact.reach, before.impact.reach),
    count(t.negativeMentions, now.impact.negativeMentions, before.impact.negativeMentions),
    count(t.customersAffected, now.impact.customersAffected, before.impact.customersAffected),
    ...currencies.map((cur): Inline[] => {
      const a = now.impact.cost.find((x) => x.currency === cur)?.amount ?? 0;
      const b = before.impact.cost.find((x) => x.currency === cur)?.amount ?? 0;
      return [
        t.costIn(cur),
        formatMoney(c.lang, a, cur),
        formatMoney(c.lang, b, cur),
        a === b ? "±0" : formatMoney(c.lang, a - b, cur, true),
      ];
    }),
    count(t.apologies, now.response.apologies, before.response.apologies),
    count(t.postsDeleted, now.response.postsDeleted, before.response.postsDeleted),
    count(t.commentsDeleted, now.response.commentsDeleted, before.response.commentsDeleted),
    count(t.commentsWithoutReason, now.response.commentsDeletedWithoutReason, before.response.commentsDeletedWithoutReason),
    count(t.redressOffered, now.response.redress, before.response.redress),
  ];
}

function comparisonHead(model: ReportModel, c: SectionContext): string[] {
  return [c.t.figure, c.name(model.current.period), c.name(model.previous.period), c.t.change];
}

const intro: ReportSection = {
  id: "intro",
  blocks: (model, c) => [
    { kind: "heading", level: 1, text: c.t.reviewTitle(c.name(model.period)) },
    {
      kind: "paragraph",
      muted: true,
      content: c.t.periodLine(c.day(model.period.from), c.day(model.period.to), c.day(model.asOf), model.incidents.length),
    },
    ...(model.period.toDate
      ? [{ kind: "paragraph" as const, content: c.t.toDateNote(c.day(model.previous.period.from), c.day(model.previous.period.to)) }]
      : []),
    {
      kind: "tiles",
      items: [
        { value: c.number(model.current.incidents), label: c.t.incidents },
        { value: c.number(model.impact.reach), label: c.t.reach },
        { value: c.number(model.current.recurredAfterLesson), label: c.t.recurredAfterLesson },
        { value: c.number(model.actions.overdue), label: c.t.overdueActions },
      ],
    },
  ],
};

const headline: ReportSection = {
  id: "headline",
  blocks: (model, c) => {
    const { t } = c;
    const { current: now, previous: before } = model;
    const high = (f: typeof now) => f.bySeverity.filter((s) => s.key === "critical" || s.key === "high").reduce((n, s) => n + s.count, 0);
    const count = (label: string, a: number, b: number): Inline[] => [label, c.number(a), c.number(b), formatChange(c.lang, a - b)];
    const time = (label: string, a: number | null, b: number | null): Inline[] => [label, duration(a), duration(b), durationChange(a, b)];
    const rows: Inline[][] = [
      count(t.incidents, now.incidents, before.incidents),
      count(t.criticalOrHigh, high(now), high(before)),
      time(t.medianDetect, now.durations.detect.median, before.durations.detect.median),
      time(t.p90Detect, now.durations.detect.p90, before.durations.detect.p90),
      time(t.medianRespond, now.durations.respond.median, before.durations.respond.median),
      time(t.medianResolve, now.durations.resolve.median, before.durations.resolve.median),
      ...harmRows(model, c).slice(0, 3),
      count(t.recurringCauses, now.recurrences, before.recurrences),
      count(t.recurredAfterLesson, now.recurredAfterLesson, before.recurredAfterLesson),
      [t.openActions, c.number(model.actions.open), "", ""],
      [t.overdueActions, c.number(model.actions.overdue), "", ""],
    ];
    return [
      { kind: "heading", level: 2, text: t.headline },
      { kind: "table", head: comparisonHead(model, c), rows, numeric: [1, 2, 3] },
    ];
  },
};

const incidents: ReportSection = {
  id: "incidents",
  blocks: (model, c) => {
    const { t } = c;
    const withBrand = model.records.some((r) => r.brand);
    return [
      { kind: "heading", level: 2, text: t.incidentList },
      model.records.length
        ? {
            kind: "table",
            head: [t.started, t.incident, t.severity, t.cause, ...(withBrand ? [t.brand] : []), t.status],
            rows: model.records.map((r) => [
              c.day(r.started),
              incident(r.id, r.file, r.title),
              { kind: "severity", value: r.severity, text: enumLabel(c.lang, "severity", r.severity) },
              enumLabel(c.lang, "cause", r.category),
              ...(withBrand ? [r.brand ?? "—"] : []),
              enumLabel(c.lang, "status", r.status),
            ]),
          }
        : { kind: "paragraph", content: t.noIncidents },
    ];
  },
};

const harm: ReportSection = {
  id: "harm",
  blocks: (model, c) => [
    { kind: "heading", level: 2, text: c.t.harmTitle },
    { kind: "paragraph", muted: true, content: c.t.harmIntro },
    { kind: "table", head: comparisonHead(model, c), rows: harmRows(model, c), numeric: [1, 2, 3] },
  ],
};

function breakdownBlocks(rows: readonly BreakdownRow[], title: string, key: string, id: string, c: SectionContext): Block[] {
  if (!rows.length) return [];
  const { t } = c;
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: title },
    {
      kind: "table",
      head: [key, t.incidents, t.reach, t.negativeMentions, t.customersAffected, t.cost],
      rows: rows.map((r) => [
        r.key,
        c.number(r.incidents),
        c.number(r.reach),
        c.number(r.negativeMentions),
        c.number(r.customersAffected),
        money(r.cost, c),
      ]),
      numeric: [1, 2, 3, 4, 5],
    },
  ];
  // Reach differs by orders of magnitude between brands: the bars show it at a glance.
  if (rows.length > 1 && rows.some((r) => r.reach > 0)) {
    blocks.push({
      kind: "chart",
      chart: {
        type: "bars",
        id,
        title: t.reachBy(key),
        rows: rows.map((r) => ({ label: r.key, value: r.reach, text: c.number(r.reach) })),
      },
    });
  }
  return blocks;
}

const breakdowns: ReportSection = {
  id: "breakdowns",
  blocks: (model, c) => {
    const blocks = [
      ...breakdownBlocks(model.breakdowns.brand, c.t.byBrand, c.t.brand, "report-brands", c),
      ...breakdownBlocks(model.breakdowns.campaign, c.t.byCampaign, c.t.campaign, "report-campaigns", c),
    ];
    return blocks.length ? [{ kind: "heading", level: 2, text: c.t.breakdownTitle }, ...blocks] : [];
  },
};

const targets: ReportSection = {
  id: "targets",
  blocks: (model, c) => {
    const { t } = c;
    if (!model.targets.length) return [];
    const title = (id: string) => model.records.find((r) => r.id === id);
    const misses = model.targets.flatMap((g) =>
      g.missedIncidents.map((id): Inline => {
        const r = title(id);
        return [
          `${enumLabel(c.lang, "measure", g.measure)} (${enumLabel(c.lang, "severity", g.severity)}, ${g.target}): `,
          r ? incident(r.id, r.file, r.title) : id,
        ];
      }),
    );
    return [
      { kind: "heading", level: 2, text: t.targetsTitle },
      { kind: "paragraph", muted: true, content: t.targetsIntro },
      {
        kind: "table",
        head: [t.measure, t.severity, t.target, t.met, t.missed, t.noData],
        rows: model.targets.map((g) => [
          enumLabel(c.lang, "measure", g.measure),
          enumLabel(c.lang, "severity", g.severity),
          g.target,
          c.number(g.met),
          g.missed ? { kind: "strong", text: c.number(g.missed) } : "0",
          c.number(g.noData),
        ]),
        numeric: [3, 4, 5],
      },
      ...(misses.length
        ? [
            { kind: "heading" as const, level: 3 as const, text: t.missesTitle },
            { kind: "list" as const, items: misses },
          ]
        : []),
    ];
  },
};

function followRow(key: string, f: FollowThrough, c: SectionContext): Inline[] {
  return [
    key,
    c.number(f.onTime),
    c.number(f.late),
    f.medianDaysLate === null ? "—" : c.number(f.medianDaysLate),
    f.overdue ? { kind: "strong", text: c.number(f.overdue) } : "0",
  ];
}

const followThrough: ReportSection = {
  id: "follow-through",
  blocks: (model, c) => {
    const { t } = c;
    const f = model.followThrough;
    const head = (key: string) => [key, t.onTime, t.doneLate, t.medianDaysLate, t.stillOverdue];
    const { lessons, withDoneAction } = model.lessonsFollowedUp;
    const owners = model.followThroughBy.owner;
    const blocks: Block[] = [
      { kind: "heading", level: 2, text: t.followTitle },
      { kind: "paragraph", muted: true, content: t.followIntro },
      { kind: "table", head: head(""), rows: [followRow(t.allActions, f, c)], numeric: [1, 2, 3, 4] },
      { kind: "paragraph", content: t.lessonsShare(withDoneAction, lessons) },
    ];
    if (owners.length) {
      blocks.push(
        { kind: "heading", level: 3, text: t.byOwner },
        { kind: "table", head: head(t.owner), rows: owners.map((o) => followRow(o.key || t.unassigned, o, c)), numeric: [1, 2, 3, 4] },
      );
      if (owners.length > 1) {
        blocks.push({
          kind: "chart",
          chart: {
            type: "columns",
            id: "report-follow-through",
            markdown: false,
            title: t.followChart,
            desc: owners
              .map((o) => `${o.key || t.unassigned}: ${t.onTime} ${o.onTime}, ${t.doneLate} ${o.late}, ${t.stillOverdue} ${o.overdue}`)
              .join("; "),
            categories: owners.map((o) => o.key || t.unassigned),
            series: [
              { name: t.stillOverdue, values: owners.map((o) => o.overdue) },
              { name: t.doneLate, values: owners.map((o) => o.late) },
              { name: t.onTime, values: owners.map((o) => o.onTime) },
            ],
          },
        });
      }
      blocks.push(
        { kind: "heading", level: 3, text: t.byCause },
        {
          kind: "table",
          head: head(t.cause),
          rows: model.followThroughBy.cause.map((r) => followRow(enumLabel(c.lang, "cause", r.key), r, c)),
          numeric: [1, 2, 3, 4],
        },
      );
    }
    return blocks;
  },
};

const causes: ReportSection = {
  id: "causes",
  blocks: (model, c) => {
    if (!model.counts.cause.length) return [];
    const rows = model.counts.cause.map((x) => ({ label: enumLabel(c.lang, "cause", x.key), value: x.count }));
    return [
      { kind: "heading", level: 2, text: c.t.causes },
      { kind: "chart", chart: { type: "pie", id: "report-causes", title: c.t.causesChart(c.name(model.period)), rows } },
      { kind: "table", head: [c.t.cause, c.t.count], rows: rows.map((r) => [r.label, c.number(r.value)]), numeric: [1] },
    ];
  },
};

const quarters: ReportSection = {
  id: "quarters",
  blocks: (model, c) => {
    const { t } = c;
    const sev = (key: string) => enumLabel(c.lang, "severity", key);
    const counts = (q: (typeof model.quarters)[number], key: string) => q.bySeverity.find((b) => b.key === key)?.count ?? 0;
    return [
      { kind: "heading", level: 2, text: t.perQuarter },
      {
        kind: "chart",
        chart: {
          type: "columns",
          id: "report-quarters",
          title: t.perQuarter,
          desc: model.quarters.map((q) => `${q.quarter}: ${q.count}`).join(", "),
          categories: model.quarters.map((q) => q.quarter),
          series: SEVERITIES.map((key) => ({ name: sev(key), values: model.quarters.map((q) => counts(q, key)) })),
        },
      },
      {
        kind: "table",
        head: [t.quarter, ...SEVERITIES.map(sev), t.total],
        rows: model.quarters.map((q) => [q.quarter, ...SEVERITIES.map((key) => c.number(counts(q, key))), c.number(q.count)]),
        numeric: [1, 2, 3, 4, 5],
      },
    ];
  },
};

const channels: ReportSection = {
  id: "channels",
  blocks: (model, c) =>
    model.counts.channel.length
      ? [
          { kind: "heading", level: 2, text: c.t.channels },
          {
            kind: "table",
            head: [c.t.channel, c.t.count],
            rows: model.counts.channel.map((x) => [enumLabel(c.lang, "channel", x.key), c.number(x.count)]),
            numeric: [1],
          },
        ]
      : [],
};

const speed: ReportSection = {
  id: "speed",
  blocks: (model, c) => {
    const { t } = c;
    const d = model.durations;
    const row = (label: string, s: typeof d.detect): Inline[] => [label, duration(s.median), duration(s.p90), c.number(s.count)];
    return [
      { kind: "heading", level: 2, text: t.speed },
      {
        kind: "table",
        head: [t.measure, t.median, t.p90, t.measured],
        rows: [row(t.detect, d.detect), row(t.respond, d.respond), row(t.resolve, d.resolve)],
        numeric: [1, 2, 3],
      },
    ];
  },
};

const recurrences: ReportSection = {
  id: "recurrences",
  blocks: (model, c) => {
    const { t } = c;
    const out: Block[] = [
      { kind: "heading", level: 2, text: t.recurrences },
      { kind: "paragraph", muted: true, content: t.recurrencesIntro },
    ];
    if (!model.recurrences.length) return [...out, { kind: "paragraph", content: t.noRecurrences }];
    for (const g of model.recurrences) out.push(...reviewedGroupBlocks(g, c));
    return out;
  },
};

type RecurrenceGroup = ReportModel["recurrences"][number];

/**
 * The members of a group that the review of a period shows: those of the period, the earlier ones whose
 * lesson they came back after, and the one just before the period, for context. A cause that came back
 * a thousand times over the years would otherwise fill the review with rows nobody reads; the knowledge
 * base (and `--format json`) lists every one.
 */
function shownInReview(g: RecurrenceGroup): RecurrenceGroup["members"] {
  const first = g.members.findIndex((m) => m.inPeriod);
  const lessons = new Set(g.members.filter((m) => m.inPeriod && m.lessonFrom).map((m) => m.lessonFrom));
  return g.members.filter((m, i) => m.inPeriod || i === first - 1 || lessons.has(m.id));
}

/** A group in the review: the members it shows, then how many earlier ones it leaves out, and since when. */
function reviewedGroupBlocks(g: RecurrenceGroup, c: SectionContext): Block[] {
  const members = shownInReview(g);
  const shown = new Set(members);
  const left = g.members.filter((m) => !shown.has(m));
  const table = recurrenceBlocks(left.length ? { ...g, members } : g, c, true);
  if (!left.length) return table;
  return [...table, { kind: "paragraph", muted: true, content: c.t.earlierNotShown(left.length, c.day(left[0]!.started)) }];
}

/** One recurrence group as blocks: the report, the knowledge base and the site show it the same way. */
export function recurrenceBlocks(g: RecurrenceGroup, c: SectionContext, withPeriod: boolean): Block[] {
  const { t } = c;
  const cause = enumLabel(c.lang, "cause", g.category);
  const heading = g.brand === undefined ? cause : `${cause} · ${g.brand ?? t.noBrand}`;
  const withBrand = g.brand === undefined && g.members.some((m) => m.brand);
  const shared = [
    g.sharedFactors.length ? `${t.sharedFactors}: ${g.sharedFactors.join(", ")}` : "",
    g.sharedTags.length ? `${t.sharedTags}: ${g.sharedTags.join(", ")}` : "",
  ].filter(Boolean);
  return [
    { kind: "heading", level: 3, text: heading },
    {
      kind: "table",
      head: [t.started, t.incident, ...(withBrand ? [t.brand] : []), ...(withPeriod ? [t.inPeriod] : []), t.afterLesson, t.shares],
      rows: rowsOf(g.members, (m) => [
        c.day(m.started),
        incident(m.id, m.file, m.title),
        ...(withBrand ? [m.brand ?? "—"] : []),
        ...(withPeriod ? [m.inPeriod ? t.yes : t.no] : []),
        m.recurredAfterLesson ? { kind: "strong" as const, text: t.afterLessonFrom(m.lessonFrom ?? "") } : t.no,
        m.sharesWithEarlier.join(", ") || "—",
      ]),
    },
    ...(shared.length ? [{ kind: "paragraph" as const, content: `${shared.join(". ")}.` }] : []),
  ];
}

function ownerBlocks(items: readonly ActionItem[], c: SectionContext): Block[] {
  const { t } = c;
  if (!items.length) return [{ kind: "paragraph", content: t.noActions }];
  // Grouped in one pass, in the order owners first appear: a team with thousands of owners made this
  // quadratic (a look through every action for each owner).
  const byOwner = new Map<string, ActionItem[]>();
  for (const a of items) {
    const mine = byOwner.get(a.owner ?? "");
    if (mine) mine.push(a);
    else byOwner.set(a.owner ?? "", [a]);
  }
  return [...byOwner].flatMap(([owner, mine]): Block[] => {
    return [
      { kind: "heading", level: 3, text: t.ownerLine(owner || t.unassigned, mine.length, mine.filter((a) => a.overdue).length) },
      {
        kind: "table",
        head: [t.due, t.task, t.incident, t.status],
        rows: rowsOf(mine, (a) => [
          a.due ? { kind: "due", day: a.due, text: c.day(a.due), open: a.open, overdue: a.overdue, overdueText: t.overdue } : t.noDue,
          a.task,
          incident(a.incident, a.file, a.incident),
          a.status === "done" && a.done ? t.doneOn(c.day(a.done)) : enumLabel(c.lang, "actionStatus", a.status),
        ]),
      },
    ];
  });
}

const actions: ReportSection = {
  id: "actions",
  blocks: (model, c) => [{ kind: "heading", level: 2, text: c.t.actionsTitle }, ...ownerBlocks(model.actions.items, c)],
};

const lessons: ReportSection = {
  id: "lessons",
  blocks: (model, c) => [
    { kind: "heading", level: 2, text: c.t.lessonsTitle },
    model.lessons.length
      ? { kind: "list", items: model.lessons.map((l): Inline => [`${l.lesson} (`, incident(l.incident, l.file, l.incident), ")"]) }
      : { kind: "paragraph", content: c.t.noLessons },
  ],
};

/** Files left out: written once, for the review, the knowledge base and the site. */
export function skippedBlocks(skipped: ReportModel["skipped"], c: Pick<SectionContext, "t">): Block[] {
  if (!skipped.length) return [];
  return [
    { kind: "heading", level: 2, text: c.t.skippedTitle },
    { kind: "paragraph", content: [c.t.skippedIntro(skipped.length), " ", { kind: "code", text: "lessonbook lint" }, "."] },
    {
      kind: "list",
      items: skipped.map((s): Inline => [{ kind: "code", text: `${s.file}:${s.line}:${s.column}` }, ` ${s.message} (${s.rule})`]),
    },
  ];
}

const skipped: ReportSection = { id: "skipped", blocks: (model, c) => skippedBlocks(model.skipped, c) };

/** The review, in order. Both renderers read this list and nothing else. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  intro,
  headline,
  incidents,
  harm,
  breakdowns,
  targets,
  followThrough,
  causes,
  quarters,
  channels,
  speed,
  recurrences,
  actions,
  lessons,
  skipped,
];

export function reportBlocks(model: ReportModel, lang: Language): Block[] {
  const c = sectionContext(lang);
  return REPORT_SECTIONS.flatMap((s) => s.blocks(model, c));
}

import { KB_LABELS, type KbLabels } from "../i18n/kb.js";
import { enumLabel, formatNumber } from "../i18n/labels.js";
import { SITE_LABELS } from "../i18n/site.js";
import { markLine } from "../model/marks.js";
import type { ActionItem, KbIncident, KnowledgeBaseModel, PageContent } from "../model/index.js";
import type { Language } from "../schema/index.js";
import { type Block, cached, type Inline, type InlineMemo, rowsOf } from "./blocks.js";
import { blocksToMarkdownLines } from "./blocks-markdown.js";
import { MarkdownParts } from "./page-parts.js";
import { relativeLinker } from "./markdown.js";
import { recurrenceBlocks, sectionContext, skippedBlocks } from "./report-sections.js";
import { humanDay } from "./when.js";

export interface KbOptions {
  lang: Language;
  /** The output folder, relative to the working directory (`kb`). */
  out: string;
}

/** Marks every page `build` writes. */
const KB_MARK = markLine("lessonbook build", "markdown");

const causePage = (c: string) => `causes/${c}.md`;
const channelPage = (c: string) => `channels/${c}.md`;

interface Ctx {
  t: KbLabels;
  lang: Language;
  out: string;
  /** The page being written, relative to the output folder. */
  name: string;
  /** Links from this page to another page of the knowledge base. */
  link: (page: string) => string;
  /** Links from this page to an incident file (relative to the working directory). */
  file: (file: string) => string;
}

/**
 * What the pages of one folder share: an incident's row is the same on each of its channels' pages, and
 * its lesson lines on its cause and channel pages. Built and written once.
 */
interface Shared {
  memo: InlineMemo;
  /** Rows without and with the brand column, where pages share them. */
  rows?: [Map<KbIncident, Inline[]>, Map<KbIncident, Inline[]>];
  lessons: Map<KbIncident, Inline[]>;
}

/**
 * Each tag's incidents, in the model's order, found in one pass: a team may use hundreds of tags, and
 * looking through every incident once per tag took a tenth of a second at 10,000 incidents and 240 tags.
 */
function incidentsByTag(incidents: readonly KbIncident[]): Map<string, KbIncident[]> {
  const byTag = new Map<string, KbIncident[]>();
  for (const incident of incidents) {
    for (const tag of incident.tags) {
      const list = byTag.get(tag);
      if (list) list.push(incident);
      else byTag.set(tag, [incident]);
    }
  }
  return byTag;
}

/** A link from the page being written to another page of the knowledge base. */
function to(c: Ctx, page: string, text: string): Inline {
  return { kind: "link", href: c.link(page), text };
}

/** A page, written in parts as its lines are made: the largest run to many megabytes (see `PageContent`). */
function page(c: Ctx, blocks: readonly Block[], memo?: InlineMemo): PageContent {
  return (emit) => {
    emit(`${KB_MARK}\n\n`);
    const parts = new MarkdownParts(emit);
    // Incident files are linked relative to the page's place in the working directory.
    blocksToMarkdownLines(blocks, (target) => c.file(target.file), memo, parts);
    parts.end();
  };
}

/** Incidents as a table, each linked to its file (GitHub shows its front-matter and post-mortem). */
function incidentTable(incidents: readonly KbIncident[], c: Ctx, shared?: Shared): Block {
  const { t, lang } = c;
  const withBrand = incidents.some((i) => i.brand);
  return {
    kind: "table",
    head: [t.started, t.incident, t.severity, t.cause, ...(withBrand ? [t.brand] : []), t.status],
    rows: incidents.map((i) =>
      cached(shared?.rows?.[withBrand ? 1 : 0], i, (): Inline[] => [
        humanDay(i.started, lang),
        { kind: "link", href: c.file(i.file), text: i.title },
        enumLabel(lang, "severity", i.severity),
        to(c, causePage(i.category), enumLabel(lang, "cause", i.category)),
        ...(withBrand ? [i.brand ?? "—"] : []),
        enumLabel(lang, "status", i.status),
      ]),
    ),
  };
}

function lessonList(incidents: readonly KbIncident[], c: Ctx, shared?: Shared): Block {
  const items = incidents.flatMap((i) =>
    cached(shared?.lessons, i, () => i.lessons.map((l): Inline => [`${l} (`, { kind: "link", href: c.file(i.file), text: i.id }, ")"])),
  );
  return items.length ? { kind: "list", items } : { kind: "paragraph", content: c.t.noLessons };
}

function recurrenceSection(model: KnowledgeBaseModel, c: Ctx): Block[] {
  if (!model.recurrences.length) return [{ kind: "paragraph", content: c.t.noRecurrences }];
  return model.recurrences.flatMap((g) => recurrenceBlocks(g, sectionContext(c.lang), false));
}

/** One row per group on the entry page; the incidents of each are on the recurrence page. */
function recurrenceSummary(model: KnowledgeBaseModel, c: Ctx): Block[] {
  const { t, lang } = c;
  if (!model.recurrences.length) return [{ kind: "paragraph", content: t.noRecurrences }];
  const byBrand = model.recurrences.some((g) => g.brand !== undefined);
  return [
    {
      kind: "table",
      head: [t.cause, ...(byBrand ? [t.brand] : []), t.incidents, t.recurredAfterLesson],
      rows: model.recurrences.map((g) => [
        to(c, causePage(g.category), enumLabel(lang, "cause", g.category)),
        ...(byBrand ? [g.brand ?? t.noBrand] : []),
        formatNumber(lang, g.members.length),
        formatNumber(lang, g.members.filter((m) => m.recurredAfterLesson).length),
      ]),
      numeric: byBrand ? [2, 3] : [1, 2],
    },
    { kind: "paragraph", content: to(c, "recurrences.md", t.recurrencePage) },
  ];
}

function actionRows(items: readonly ActionItem[], c: Ctx): Iterable<Inline[]> {
  const { t, lang } = c;
  return rowsOf(items, (a) => [
    a.due ? humanDay(a.due, lang) : t.noDue,
    a.task,
    a.owner?.trim() || t.nobody,
    a.done ? SITE_LABELS[lang].doneOn(humanDay(a.done, lang)) : enumLabel(lang, "actionStatus", a.status),
    { kind: "incident", id: a.incident, file: a.file, text: a.incident },
  ]);
}

function entryPage(model: KnowledgeBaseModel, c: Ctx): Block[] {
  const { t, lang } = c;
  const n = (v: number) => formatNumber(lang, v);
  const after = new Set(model.recurrences.flatMap((g) => g.members.filter((m) => m.recurredAfterLesson).map((m) => m.id)));
  const open = model.actions.open.slice(0, 10);
  return [
    { kind: "heading", level: 1, text: c.t.title },
    { kind: "paragraph", content: t.intro(model.incidents.length).replace(/`/g, "") },
    { kind: "heading", level: 2, text: t.figures },
    {
      kind: "table",
      head: [t.incidents, t.bySeverity, t.openActions, t.recurringCauses, t.recurredAfterLesson],
      rows: [
        [
          n(model.incidents.length),
          model.severities.map((s) => `${enumLabel(lang, "severity", s.key)} ${n(s.count)}`).join(", "),
          n(model.actions.open.length),
          n(model.recurrences.length),
          n(after.size),
        ],
      ],
    },
    { kind: "heading", level: 2, text: t.browse },
    {
      kind: "list",
      items: [
        to(c, "lessons.md", t.allLessons),
        to(c, "actions.md", t.actionTracker),
        to(c, "recurrences.md", t.recurrencePage),
        to(c, "tags.md", t.tagIndex),
      ],
    },
    { kind: "heading", level: 2, text: t.recent },
    incidentTable(model.incidents.slice(0, 10), c),
    { kind: "heading", level: 2, text: t.causes },
    {
      kind: "table",
      head: [t.cause, t.incidents],
      rows: model.causes.map((x) => [to(c, causePage(x.key), enumLabel(lang, "cause", x.key)), n(x.count)]),
      numeric: [1],
    },
    { kind: "heading", level: 2, text: t.channels },
    {
      kind: "table",
      head: [t.channels, t.incidents],
      rows: model.channels.map((x) => [to(c, channelPage(x.key), enumLabel(lang, "channel", x.key)), n(x.count)]),
      numeric: [1],
    },
    { kind: "heading", level: 2, text: t.recurringCauses },
    ...recurrenceSummary(model, c),
    { kind: "heading", level: 2, text: t.openActions },
    ...(open.length
      ? [
          { kind: "table" as const, head: [t.due, t.task, t.owner, t.status, t.incident], rows: actionRows(open, c) },
          { kind: "paragraph" as const, content: to(c, "actions.md", t.actionTracker) },
        ]
      : [{ kind: "paragraph" as const, content: t.noActions }]),
    ...skippedBlocks(model.skipped, sectionContext(lang)),
  ];
}

function groupPage(title: string, incidents: readonly KbIncident[], c: Ctx, shared?: Shared): Block[] {
  return [
    { kind: "heading", level: 1, text: title },
    { kind: "paragraph", content: c.t.countLine(incidents.length) },
    incidentTable(incidents, c, shared),
    { kind: "heading", level: 2, text: c.t.lessonsLearned },
    lessonList(incidents, c, shared),
    { kind: "paragraph", content: to(c, "README.md", c.t.back) },
  ];
}

type Emit = (name: string, blocks: (c: Ctx) => Block[], memo?: InlineMemo) => [string, PageContent];

/**
 * The cause and channel pages. What they share is made once and let go with this generator, before the
 * largest pages are made.
 */
function* groupPages(model: KnowledgeBaseModel, t: KbLabels, emit: Emit, lang: Language): Generator<[string, PageContent]> {
  // Cause and channel pages are one folder down: an incident's lesson lines read the same on all of them.
  const lessons = new Map<KbIncident, Inline[]>();
  const memo: InlineMemo = new WeakMap();
  for (const x of model.causes) {
    const list = model.incidents.filter((i) => i.category === x.key);
    yield emit(causePage(x.key), (c) => groupPage(t.causePage(enumLabel(lang, "cause", x.key)), list, c, { memo, lessons }), memo);
  }
  // Each incident is on one cause page but on the page of each of its channels: rows are shared here.
  const channels: Shared = { memo, rows: [new Map(), new Map()], lessons };
  for (const x of model.channels) {
    const list = model.incidents.filter((i) => i.channels.includes(x.key));
    yield emit(channelPage(x.key), (c) => groupPage(t.channelPage(enumLabel(lang, "channel", x.key)), list, c, channels), memo);
  }
}

/**
 * Every page of the knowledge base, one at a time, by path inside the output folder. Pure: it writes
 * nothing and reads no clock.
 */
export function* renderKnowledgeBase(model: KnowledgeBaseModel, options: KbOptions): Generator<[string, PageContent]> {
  const t = KB_LABELS[options.lang];
  const ctx = (name: string): Ctx => ({
    t,
    lang: options.lang,
    out: options.out,
    name,
    link: relativeLinker(name),
    file: relativeLinker(`${options.out}/${name}`),
  });
  const emit: Emit = (name, blocks, memo) => {
    const c = ctx(name);
    return [name, page(c, blocks(c), memo)];
  };
  yield emit("README.md", (c) => entryPage(model, c));
  yield* groupPages(model, t, emit, options.lang);
  yield emit("lessons.md", (c) => [
    { kind: "heading", level: 1, text: t.allLessons },
    { kind: "paragraph", content: t.lessonsIntro },
    ...model.causes.flatMap((x): Block[] => [
      { kind: "heading", level: 2, text: enumLabel(options.lang, "cause", x.key) },
      { kind: "paragraph", content: to(c, causePage(x.key), t.causePage(enumLabel(options.lang, "cause", x.key))) },
      lessonList(
        model.incidents.filter((i) => i.category === x.key),
        c,
      ),
    ]),
    { kind: "paragraph", content: to(c, "README.md", t.back) },
  ]);
  yield emit("actions.md", (c) => {
    const { open, latestDone, doneCount } = model.actions;
    const n = (v: number) => formatNumber(options.lang, v);
    const table = (items: readonly ActionItem[]): Block =>
      items.length
        ? { kind: "table", head: [t.due, t.task, t.owner, t.status, t.incident], rows: actionRows(items, c) }
        : { kind: "paragraph", content: t.noActions };
    return [
      { kind: "heading", level: 1, text: t.actionTracker },
      { kind: "paragraph", content: t.actionsIntro.replace(/`/g, "") },
      { kind: "heading", level: 2, text: `${t.open} (${n(open.length)})` },
      table(open),
      { kind: "heading", level: 2, text: `${t.done} (${n(doneCount)})` },
      ...(latestDone.length < doneCount ? [{ kind: "paragraph" as const, content: t.latestDone(n(latestDone.length), n(doneCount)) }] : []),
      table(latestDone),
      { kind: "paragraph", content: to(c, "README.md", t.back) },
    ];
  });
  yield emit("recurrences.md", (c) => [
    { kind: "heading", level: 1, text: t.recurrencePage },
    { kind: "paragraph", content: t.recurrencesIntro },
    ...recurrenceSection(model, c),
    { kind: "paragraph", content: to(c, "README.md", t.back) },
  ]);
  const byTag = incidentsByTag(model.incidents);
  yield emit("tags.md", (c) => [
    { kind: "heading", level: 1, text: t.tagIndex },
    { kind: "paragraph", content: t.tagsIntro },
    ...(model.tags.length
      ? model.tags.flatMap((tag): Block[] => [
          { kind: "heading", level: 2, text: `${tag.key} (${formatNumber(options.lang, tag.count)})` },
          {
            kind: "list",
            items: (byTag.get(tag.key) ?? []).map((i): Inline => [
              `${humanDay(i.started, options.lang)} `,
              { kind: "incident", id: i.id, file: i.file, text: i.title },
            ]),
          },
        ])
      : [{ kind: "paragraph" as const, content: t.noTags }]),
    { kind: "paragraph", content: to(c, "README.md", t.back) },
  ]);
}

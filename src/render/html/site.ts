import { KB_LABELS, type KbLabels } from "../../i18n/kb.js";
import { enumLabel, formatNumber } from "../../i18n/labels.js";
import { SITE_LABELS, type SiteLabels } from "../../i18n/site.js";
import { markLine } from "../../model/marks.js";
import type { ActionItem, IncidentRecord, KbIncident, KnowledgeBaseModel, PageContent } from "../../model/index.js";
import type { Language } from "../../schema/index.js";
import { type Block, cached, type Inline, type InlineMemo, rowsOf } from "../blocks.js";
import { recurrenceBlocks, sectionContext, skippedBlocks } from "../report-sections.js";
import { humanDay } from "../when.js";
import { PageParts } from "../page-parts.js";
import { blocksToHtml, blocksToHtmlPieces, type HtmlLinks } from "./blocks-html.js";
import { charts } from "./chart-set.js";
import { escapeHtml, type Html, href, html, raw } from "./escape.js";
import { OVERDUE_SCRIPT } from "./overdue-script.js";
import { SEARCH_SCRIPT } from "./search-script.js";
import { STYLES } from "./styles.js";

export interface SiteOptions {
  lang: Language;
  /** The site folder relative to the working directory (`kb/site`), to link back to incident files. */
  out: string;
  /** The site carries the quarterly review as `report.html`: the header links to it. */
  withReport?: boolean;
}

export interface Labels {
  t: KbLabels;
  s: SiteLabels;
  lang: Language;
  withReport: boolean;
}

export const incidentPage = (id: string) => `incidents/${id}.html`;

export const causePage = (c: string) => `causes/${c}.html`;
export const channelPage = (c: string) => `channels/${c}.html`;

/**
 * A page of the site around its main content: given as HTML, or as blocks, which are then written in
 * parts as they are made (the largest pages run to many megabytes: see `PageContent`).
 */
type BlocksMain = { blocks: readonly Block[]; links: HtmlLinks; memo?: InlineMemo };
/** The page around its main content: everything before it and everything after it. */
export function frame(name: string, title: string, labels: Labels, scripts: readonly string[] = []): { head: string; tail: string } {
  const around = frameAround(name.split("/").length - 1, labels, scripts);
  return { head: `${around.beforeTitle}${pageTitle(title, labels)}${around.afterTitle}`, tail: around.tail };
}

/** A page's title as the browser shows it, escaped: the page's own, then the site's. */
export function pageTitle(title: string, { s }: Labels): string {
  return escapeHtml(title === s.home ? title : `${title} · ${s.home}`);
}

/**
 * Everything of a page's frame but its title, which is all that differs from one incident page to the
 * next: made once per folder depth, language and scripts, not once per page.
 */
const framesAround = new Map<string, { beforeTitle: string; afterTitle: string; tail: string }>();
export function frameAround(depth: number, { t, s, lang, withReport }: Labels, scripts: readonly string[]) {
  const key = `${depth}\0${lang}\0${withReport}\0${scripts.join("\0")}`;
  const known = framesAround.get(key);
  if (known) return known;
  const up = (page: string) => href("../".repeat(depth) + page);
  const nav = [
    `<a class="brand" href="${up("index.html")}">${escapeHtml(s.home)}</a>`,
    `<a href="${up("index.html")}#search">${escapeHtml(s.search)}</a>`,
    `<a href="${up("actions.html")}">${escapeHtml(t.actionTracker)}</a>`,
    `<a href="${up("recurrences.html")}">${escapeHtml(t.recurrencePage)}</a>`,
    ...(withReport ? [`<a href="${up("report.html")}">${escapeHtml(s.report)}</a>`] : []),
  ];
  const made = {
    beforeTitle: `<!doctype html>
${markLine("lessonbook build", "html")}
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>`,
    afterTitle: `</title>
<link rel="stylesheet" href="${up("site.css")}">
</head>
<body>
<header class="site">${nav.join("")}</header>
<main>
`,
    tail: `
</main>
${scripts.map((src) => `<script src="${up(src)}"></script>\n`).join("")}</body>
</html>
`,
  };
  framesAround.set(key, made);
  return made;
}

function layout(name: string, title: string, labels: Labels, main: Html, scripts?: readonly string[]): string;
function layout(name: string, title: string, labels: Labels, main: BlocksMain, scripts?: readonly string[]): PageContent;
function layout(name: string, title: string, labels: Labels, main: Html | BlocksMain, scripts: readonly string[] = []): PageContent {
  const { head, tail } = frame(name, title, labels, scripts);
  if ("value" in main) return head + main.value + tail;
  return (emit) => {
    const parts = new PageParts(emit);
    parts.push(head);
    blocksToHtmlPieces(main.blocks, main.links, main.memo, parts).push(tail);
    parts.flush();
  };
}

/**
 * Links from the page at `name` to the other pages of the site. Every page sits at the top or one
 * folder down, so a prefix is all it takes, for the many thousands of links of a large site.
 */
export function linker(name: string): (to: string) => string {
  const prefix = "../".repeat(name.split("/").length - 1);
  return (to) => prefix + to;
}

/**
 * What the cause and channel pages share: they sit in sibling folders, so an incident's row and lesson
 * lines are the same on its cause page and on each of its channels' pages. Built and written once.
 */
interface Shared {
  memo: InlineMemo;
  /** Rows without and with the brand column. */
  rows: [Map<KbIncident, Inline[]>, Map<KbIncident, Inline[]>];
  lessons: Map<KbIncident, Inline[]>;
}

function incidentTable(name: string, incidents: readonly KbIncident[], { t, lang }: Labels, shared?: Shared): Block {
  const to = linker(name);
  const withBrand = incidents.some((i) => i.brand);
  return {
    kind: "table",
    head: [t.started, t.incident, t.severity, t.cause, ...(withBrand ? [t.brand] : []), t.status],
    rows: incidents.map((i) =>
      cached(shared?.rows[withBrand ? 1 : 0], i, (): Inline[] => [
        humanDay(i.started, lang),
        { kind: "link", href: to(incidentPage(i.id)), text: i.title },
        { kind: "severity", value: i.severity, text: enumLabel(lang, "severity", i.severity) },
        { kind: "link", href: to(causePage(i.category)), text: enumLabel(lang, "cause", i.category) },
        ...(withBrand ? [i.brand ?? "—"] : []),
        enumLabel(lang, "status", i.status),
      ]),
    ),
  };
}

function lessonList(name: string, incidents: readonly KbIncident[], { t }: Labels, shared?: Shared): Block {
  const to = linker(name);
  const items = incidents.flatMap((i) =>
    cached(shared?.lessons, i, () => i.lessons.map((l): Inline => [`${l} `, { kind: "link", href: to(incidentPage(i.id)), text: i.id }])),
  );
  return items.length ? { kind: "list", items } : { kind: "paragraph", content: t.noLessons };
}

export const noLinks = () => "";

function indexPage(model: KnowledgeBaseModel, labels: Labels): string {
  const { t, s, lang } = labels;
  const name = "index.html";
  const n = (value: number) => formatNumber(lang, value);
  const open = model.actions.open.length;
  const after = new Set(model.recurrences.flatMap((g) => g.members.filter((m) => m.recurredAfterLesson).map((m) => m.id))).size;
  const top: Block[] = [
    { kind: "heading", level: 1, text: t.title },
    { kind: "paragraph", muted: true, content: t.intro(model.incidents.length).replace(/`/g, "") },
    {
      kind: "tiles",
      items: [
        { value: n(model.incidents.length), label: t.incidents },
        { value: n(open), label: t.openActions },
        { value: n(model.recurrences.length), label: t.recurringCauses },
        { value: n(after), label: t.recurredAfterLesson },
      ],
    },
  ];
  const lists: Block[] = [
    { kind: "heading", level: 2, text: t.causes },
    {
      kind: "list",
      items: model.causes.map((c): Inline => [
        { kind: "link", href: causePage(c.key), text: enumLabel(lang, "cause", c.key) },
        ` (${n(c.count)})`,
      ]),
    },
    { kind: "heading", level: 2, text: t.channels },
    {
      kind: "list",
      items: model.channels.map((c): Inline => [
        { kind: "link", href: channelPage(c.key), text: enumLabel(lang, "channel", c.key) },
        ` (${n(c.count)})`,
      ]),
    },
    ...latestIncidents(name, model.incidents, labels),
    ...skippedBlocks(model.skipped, sectionContext(lang)),
  ];
  const main = html`${blocksToHtml(top, noLinks)}
    <section class="search" id="search">
      <h2>${s.search}</h2>
      <label for="search-input">${s.searchLabel}</label><br /><input
        id="search-input"
        type="search"
        autocomplete="off"
        placeholder="${s.searchPlaceholder}"
      />
      <p
        id="search-status"
        class="muted"
        aria-live="polite"
        data-one="${s.resultOne}"
        data-many="${s.resultMany}"
        data-none="${s.resultNone}"
      ></p>
      <ul id="search-results"></ul>
    </section>
    ${raw(charts(model, s, t, lang))} ${blocksToHtml(lists, noLinks)}`;
  return layout(name, t.title, labels, main, ["search-index.js", "search.js"]);
}

/**
 * Incidents the entry page lists, newest first. A team's first few hundred fit; past them the page shows
 * the latest and says where the others are (at 10,000 incidents the whole list was 4 MB, heavy on a
 * phone, and every one of them is on its cause's page and in the search).
 */
export const ENTRY_PAGE_INCIDENTS = 200;

/** `newestFirst`: the model's incidents, by start. */
function latestIncidents(name: string, newestFirst: readonly KbIncident[], labels: Labels): Block[] {
  const { s, lang } = labels;
  const newest = newestFirst.slice(0, ENTRY_PAGE_INCIDENTS);
  if (newest.length === newestFirst.length)
    return [{ kind: "heading", level: 2, text: s.allIncidents }, incidentTable(name, newest, labels)];
  return [
    { kind: "heading", level: 2, text: s.latestIncidents },
    { kind: "paragraph", muted: true, content: s.latestOf(formatNumber(lang, newest.length), formatNumber(lang, newestFirst.length)) },
    incidentTable(name, newest, labels),
  ];
}

function groupView(name: string, title: string, incidents: readonly KbIncident[], labels: Labels, shared: Shared): PageContent {
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: title },
    { kind: "paragraph", content: labels.t.countLine(incidents.length) },
    incidentTable(name, incidents, labels, shared),
    { kind: "heading", level: 2, text: labels.t.lessonsLearned },
    lessonList(name, incidents, labels, shared),
  ];
  return layout(name, title, labels, { blocks, links: noLinks, memo: shared.memo });
}

function actionRows(items: readonly ActionItem[], labels: Labels): Iterable<Inline[]> {
  const { t, s, lang } = labels;
  return rowsOf(items, (a) => [
    a.due ? { kind: "due", day: a.due, text: humanDay(a.due, lang), open: a.open, overdue: false, overdueText: s.overdue } : t.noDue,
    a.task,
    a.owner?.trim() || t.nobody,
    a.done ? s.doneOn(humanDay(a.done, lang)) : enumLabel(lang, "actionStatus", a.status),
    { kind: "link", href: incidentPage(a.incident), text: a.incident },
  ]);
}

function actionsView(model: KnowledgeBaseModel, labels: Labels): PageContent {
  const { t, s, lang } = labels;
  const { open, latestDone, doneCount } = model.actions;
  const n = (v: number) => formatNumber(lang, v);
  const table = (items: readonly ActionItem[]): Block =>
    items.length
      ? { kind: "table", head: [t.due, t.task, t.owner, t.status, t.incident], rows: actionRows(items, labels) }
      : { kind: "paragraph", content: t.noActions };
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: t.actionTracker },
    { kind: "paragraph", muted: true, content: t.actionsIntro.replace(/`/g, "") },
    { kind: "heading", level: 2, text: `${t.open} (${n(open.length)})` },
    table(open),
    { kind: "heading", level: 2, text: `${t.done} (${n(doneCount)})` },
    ...(latestDone.length < doneCount
      ? [{ kind: "paragraph" as const, muted: true, content: s.latestDone(n(latestDone.length), n(doneCount)) }]
      : []),
    table(latestDone),
  ];
  return layout("actions.html", t.actionTracker, labels, { blocks, links: noLinks }, ["overdue.js"]);
}

function recurrencesView(model: KnowledgeBaseModel, labels: Labels): PageContent {
  const { t, lang } = labels;
  const c = sectionContext(lang);
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: t.recurrencePage },
    { kind: "paragraph", muted: true, content: t.recurrencesIntro },
    ...(model.recurrences.length
      ? model.recurrences.flatMap((g) => recurrenceBlocks(g, c, false))
      : [{ kind: "paragraph" as const, content: t.noRecurrences }]),
  ];
  return layout("recurrences.html", t.recurrencePage, labels, { blocks, links: (m) => incidentPage(m.id) });
}

/**
 * The offline search index: a script that sets a global, since file:// pages cannot fetch JSON. Each
 * incident's title, cause, lessons and labels, newest first. Written an incident at a time: made
 * whole, the index of 10,000 post-mortems with ten long lessons each was three copies of 30 MB (the
 * text, its escaped copy, the file's bytes) at the build's peak.
 */
function searchIndex(records: readonly IncidentRecord[], lang: Language): PageContent {
  const entry = ({ incident: i }: IncidentRecord) => ({
    title: i.title,
    url: incidentPage(i.id),
    day: humanDay(i.started, lang),
    category: enumLabel(lang, "cause", i.cause.category),
    summary: i.cause.summary,
    lessons: i.lessons.map((l) => l.lesson),
    tags: [...(i.tags ?? []), ...(i.brand ? [i.brand] : []), ...(i.campaign ? [i.campaign] : [])],
    channels: i.channels.map((c) => enumLabel(lang, "channel", c)),
  });
  return (emit) => {
    emit(`${markLine("lessonbook build", "script")}\nwindow.LESSONBOOK_INDEX = [`);
    // A group of entries at a time, each group one list whose brackets are left out: the same text as
    // the whole list, with a call of `JSON.stringify` per group rather than per incident.
    for (let end = records.length; end > 0; end -= SEARCH_GROUP) {
      const group: ReturnType<typeof entry>[] = [];
      for (let n = end - 1; n >= Math.max(0, end - SEARCH_GROUP); n--) group.push(entry(records[n]!));
      // `<` is escaped so that no text in the index can close the script element.
      const text = JSON.stringify(group).replace(/</g, "\\u003c");
      emit(`${end === records.length ? "" : ","}${text.slice(1, -1)}`);
    }
    emit("];\n");
  };
}

/** Incidents written at once into the search index. */
const SEARCH_GROUP = 256;

export function labelsFor(options: Pick<SiteOptions, "lang" | "withReport">): Labels {
  return { t: KB_LABELS[options.lang], s: SITE_LABELS[options.lang], lang: options.lang, withReport: options.withReport ?? false };
}

/**
 * The files of the static site besides its pages: the style sheet, the scripts and the search index,
 * which needs the incidents' full records. The incident pages come from `IncidentPages`, and `sitePages`
 * makes the rest from the knowledge-base model alone. Pure: it reads no clock (overdue actions are
 * marked in the reader's browser), so the same files always give the same site.
 */
export function* siteFiles(records: readonly IncidentRecord[], lang: Language): Generator<[string, PageContent]> {
  yield ["site.css", `${markLine("lessonbook build", "css")}\n${STYLES.trimStart()}`];
  yield ["search.js", `${markLine("lessonbook build", "script")}\n${SEARCH_SCRIPT}`];
  yield ["overdue.js", `${markLine("lessonbook build", "script")}\n${OVERDUE_SCRIPT}`];
  yield ["search-index.js", searchIndex(records, lang)];
}

/**
 * The cause and channel pages. What they share is made once and let go with this generator, before the
 * largest pages of the site are made.
 */
function* groupPages(model: KnowledgeBaseModel, labels: Labels): Generator<[string, PageContent]> {
  const newestFirst = model.incidents;
  const shared: Shared = { memo: new WeakMap(), rows: [new Map(), new Map()], lessons: new Map() };
  const { t, lang } = labels;
  const groups: [name: string, title: string, keep: (i: KbIncident) => boolean][] = [
    ...model.causes.map((c): [string, string, (i: KbIncident) => boolean] => [
      causePage(c.key),
      t.causePage(enumLabel(lang, "cause", c.key)),
      (i) => i.category === c.key,
    ]),
    ...model.channels.map((c): [string, string, (i: KbIncident) => boolean] => [
      channelPage(c.key),
      t.channelPage(enumLabel(lang, "channel", c.key)),
      (i) => i.channels.includes(c.key),
    ]),
  ];
  for (const [name, title, keep] of groups) yield [name, groupView(name, title, newestFirst.filter(keep), labels, shared)];
}

/** The rest of the static site: the entry page, cause and channel pages, the action tracker and recurrences. */
export function* sitePages(model: KnowledgeBaseModel, options: SiteOptions): Generator<[string, PageContent]> {
  const labels = labelsFor(options);
  yield ["index.html", indexPage(model, labels)];
  yield* groupPages(model, labels);
  yield ["actions.html", actionsView(model, labels)];
  yield ["recurrences.html", recurrencesView(model, labels)];
}

import path from "node:path";
import { KB_LABELS, type KbLabels } from "../../i18n/kb.js";
import { SITE_LABELS, type SiteLabels } from "../../i18n/site.js";
import type { IncidentRecord, KnowledgeBaseModel } from "../../model/index.js";
import type { Language } from "../../schema/index.js";
import { dayOf } from "../format.js";
import { relativeLink } from "../markdown.js";
import { bodyToHtml } from "./body.js";
import { charts } from "./chart-set.js";
import { escapeHtml, type Html, href, html, raw, table } from "./escape.js";
import { recurrenceTable } from "./recurrence-table.js";
import { SEARCH_SCRIPT } from "./search-script.js";
import { STYLES } from "./styles.js";

export interface SiteOptions {
  lang: Language;
  /** The site folder relative to the working directory (`kb/site`), to link back to incident files. */
  out: string;
}

interface Labels {
  t: KbLabels;
  s: SiteLabels;
}

const incidentPage = (id: string) => `incidents/${id}.html`;
const causePage = (c: string) => `causes/${c}.html`;
const channelPage = (c: string) => `channels/${c}.html`;

function layout(name: string, title: string, { t, s }: Labels, lang: Language, main: Html): string {
  const up = (to: string) => href(relativeLink(name, to));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title === s.home ? title : `${title} · ${s.home}`)}</title>
<link rel="stylesheet" href="${up("site.css")}">
</head>
<body>
<header class="site"><a class="brand" href="${up("index.html")}">${escapeHtml(s.home)}</a><a href="${up("index.html")}#search">${escapeHtml(s.search)}</a><a href="${up("actions.html")}">${escapeHtml(t.actionTracker)}</a><a href="${up("recurrences.html")}">${escapeHtml(t.recurrencePage)}</a></header>
<main>
${main.value}
</main>
</body>
</html>
`;
}

function severity(value: string): Html {
  return html`<span class="badge sev-${value}">${value}</span>`;
}

function incidentRows(name: string, records: readonly IncidentRecord[], { t }: Labels): Html {
  const link = (to: string) => raw(href(relativeLink(name, to)));
  const rows = records.map(({ incident: i }) => [
    dayOf(i.started),
    html`<a href="${link(incidentPage(i.id))}">${i.title}</a>`,
    severity(i.severity),
    html`<a href="${link(causePage(i.cause.category))}">${i.cause.category}</a>`,
    i.status,
  ]);
  return table([t.started, t.incident, t.severity, t.cause, t.status], rows);
}

function lessonList(name: string, records: readonly IncidentRecord[], { t }: Labels): Html {
  const items = records.flatMap(({ incident: i }) =>
    i.lessons.map((l) => html`<li>${l.lesson} <a href="${raw(href(relativeLink(name, incidentPage(i.id))))}">${i.id}</a></li>`),
  );
  return items.length
    ? html`<ul>
        ${items}
      </ul>`
    : html`<p>${t.noLessons}</p>`;
}

function indexPage(model: KnowledgeBaseModel, records: readonly IncidentRecord[], labels: Labels, lang: Language): string {
  const { t, s } = labels;
  const name = "index.html";
  const open = model.actions.filter((a) => a.open).length;
  const after = new Set(model.recurrences.flatMap((g) => g.members.filter((m) => m.recurredAfterLesson).map((m) => m.id))).size;
  const figure = (value: number, label: string) => html`<div class="figure"><b>${value}</b><span>${label}</span></div>`;
  const main = html`<h1>${t.title}</h1>
    <p class="muted">${t.intro(model.incidents.length).replace(/`/g, "")}</p>
    <div class="figures">
      ${figure(model.incidents.length, t.incidents)}${figure(open, t.openActions)}${figure(model.recurrences.length, t.recurringCauses)}${figure(after, t.recurredAfterLesson)}
    </div>
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
    ${raw(charts(model, s, t))}
    <h2>${t.causes}</h2>
    <ul>
      ${model.causes.map((c) => html`<li><a href="${raw(href(causePage(c.key)))}">${c.key}</a> (${c.count})</li>`)}
    </ul>
    <h2>${t.channels}</h2>
    <ul>
      ${model.channels.map((c) => html`<li><a href="${raw(href(channelPage(c.key)))}">${c.key}</a> (${c.count})</li>`)}
    </ul>
    <h2>${s.allIncidents}</h2>
    ${incidentRows(name, [...records].reverse(), labels)}
    ${
      model.skipped.length
        ? html`<h2>${t.skippedTitle}</h2>
            <p>${t.skippedIntro(model.skipped.length).replace(/`/g, "")}</p>
            <ul>
              ${model.skipped.map((k) => html`<li><code>${k.file}:${k.line}:${k.column}</code> ${k.message} (${k.rule})</li>`)}
            </ul>`
        : ""
    }
    <script src="search-index.js"></script>
    <script src="search.js"></script>`;
  return layout(name, t.title, labels, lang, main);
}

function detailsOf(name: string, r: IncidentRecord, { t, s }: Labels, known: ReadonlySet<string>): Html {
  const i = r.incident;
  const row = (label: string, value: Html | string | undefined) =>
    value === undefined || value === ""
      ? ""
      : html`<dt>${label}</dt>
          <dd>${value}</dd>`;
  const links = (ids: readonly string[]) =>
    // An id with no page (missing, or left out for errors) is named, not linked to a page that does not exist.
    html`${ids.map((id, k) => html`${k ? ", " : ""}${known.has(id) ? html`<a href="${raw(href(relativeLink(name, incidentPage(id))))}">${id}</a>` : id}`)}`;
  return html`<dl class="meta">
    ${row(s.details, html`${severity(i.severity)} · ${i.status}`)}${row(t.started, i.started)}${row(s.detected, i.detected)}${row(s.responded, i.responded)}${row(s.resolved, i.resolved ?? s.ongoing)}${row(s.channels, html`${i.channels.map((c, k) => html`${k ? ", " : ""}<a href="${raw(href(relativeLink(name, channelPage(c))))}">${c}</a>`)}`)}${row(s.owner, i.owner)}${row(s.summary, html`<a href="${raw(href(relativeLink(name, causePage(i.cause.category))))}">${i.cause.category}</a>: ${i.cause.summary}`)}${row(s.factors, (i.cause.factors ?? []).join(", "))}${row(s.tags, (i.tags ?? []).join(", "))}${i.related?.length ? row(s.related, links(i.related)) : ""}
  </dl>`;
}

function incidentView(r: IncidentRecord, labels: Labels, lang: Language, out: string, known: ReadonlySet<string>): string {
  const { t, s } = labels;
  const i = r.incident;
  const name = incidentPage(i.id);
  const timeline = table(
    [],
    i.timeline.map((e) => [e.at, e.event]),
  );
  const lessons = i.lessons.map(
    (l) =>
      html`<h3>${l.lesson}</h3>
        ${
          l.actions?.length
            ? table(
                [t.task, t.owner, t.due, t.status],
                l.actions.map((a) => [a.task, a.owner ?? t.nobody, a.due ?? t.noDue, `${a.status}${a.done ? ` (${a.done})` : ""}`]),
              )
            : ""
        }`,
  );
  const source = path.posix.relative(path.posix.dirname(`${out}/${name}`), r.file);
  const main = html`<p class="muted">${dayOf(i.started)} · <a href="${raw(href(source))}">${r.file}</a></p>
    <h1>${i.title}</h1>
    ${detailsOf(name, r, labels, known)}
    <h2>${s.timeline}</h2>
    ${timeline}
    <h2>${s.lessons}</h2>
    ${lessons.length ? lessons : html`<p>${t.noLessons}</p>`}
    <section class="incident-body">
      <h2>${s.postMortem}</h2>
      ${raw(bodyToHtml(r.body ?? "", { rebase: (url) => path.posix.relative(path.posix.dirname(`${out}/${name}`), path.posix.join(path.posix.dirname(r.file), url)) }))}
    </section>`;
  return layout(name, i.title, labels, lang, main);
}

function groupView(name: string, title: string, records: readonly IncidentRecord[], labels: Labels, lang: Language): string {
  const main = html`<h1>${title}</h1>
    <p>${labels.t.countLine(records.length)}</p>
    ${incidentRows(name, records, labels)}
    <h2>${labels.t.lessonsLearned}</h2>
    ${lessonList(name, records, labels)}`;
  return layout(name, title, labels, lang, main);
}

function actionsView(model: KnowledgeBaseModel, labels: Labels, lang: Language): string {
  const { t } = labels;
  const name = "actions.html";
  const section = (open: boolean) => {
    const items = model.actions.filter((a) => a.open === open);
    const rows = items.map((a) => [
      a.due ?? t.noDue,
      a.task,
      a.owner ?? t.nobody,
      a.done ?? a.status,
      html`<a href="${raw(href(incidentPage(a.incident)))}">${a.incident}</a>`,
    ]);
    return html`<h2>${open ? t.open : t.done} (${items.length})</h2>
      ${table([t.due, t.task, t.owner, t.status, t.incident], rows)}`;
  };
  return layout(
    name,
    t.actionTracker,
    labels,
    lang,
    html`<h1>${t.actionTracker}</h1>
      <p class="muted">${t.actionsIntro}</p>
      ${section(true)}${section(false)}`,
  );
}

function recurrencesView(model: KnowledgeBaseModel, labels: Labels, lang: Language): string {
  const { t } = labels;
  const groups = model.recurrences.map((g) =>
    recurrenceTable(g, t, {
      heading: html`<h2><a href="${raw(href(causePage(g.category)))}">${g.category}</a></h2>`,
      linkOf: (m) => href(incidentPage(m.id)),
      inPeriod: false,
    }),
  );
  return layout(
    "recurrences.html",
    t.recurrencePage,
    labels,
    lang,
    html`<h1>${t.recurrencePage}</h1>
      <p class="muted">${t.recurrencesIntro}</p>
      ${groups.length ? groups : html`<p>${t.noRecurrences}</p>`}`,
  );
}

/** The offline search index: a script that sets a global, since file:// pages cannot fetch JSON. */
function searchIndex(records: readonly IncidentRecord[]): string {
  const entries = [...records].reverse().map(({ incident: i }) => ({
    title: i.title,
    url: incidentPage(i.id),
    day: dayOf(i.started),
    category: i.cause.category,
    summary: i.cause.summary,
    lessons: i.lessons.map((l) => l.lesson),
    tags: i.tags ?? [],
    channels: i.channels,
  }));
  // `<` is escaped so that no text in the index can close the script element.
  return `window.LESSONBOOK_INDEX = ${JSON.stringify(entries).replace(/</g, "\\u003c")};\n`;
}

/** Every file of the static site, by path inside the site folder. Pure: it writes nothing. */
export function renderSite(model: KnowledgeBaseModel, records: readonly IncidentRecord[], options: SiteOptions): Map<string, string> {
  const labels = { t: KB_LABELS[options.lang], s: SITE_LABELS[options.lang] };
  const { lang } = options;
  const files = new Map<string, string>();
  files.set("site.css", STYLES.trimStart());
  files.set("search.js", SEARCH_SCRIPT);
  files.set("search-index.js", searchIndex(records));
  files.set("index.html", indexPage(model, records, labels, lang));
  const known = new Set(records.map((r) => r.incident.id));
  for (const r of records) files.set(incidentPage(r.incident.id), incidentView(r, labels, lang, options.out, known));
  for (const c of model.causes) {
    const name = causePage(c.key);
    files.set(
      name,
      groupView(
        name,
        labels.t.causePage(c.key),
        [...records].reverse().filter((r) => r.incident.cause.category === c.key),
        labels,
        lang,
      ),
    );
  }
  for (const c of model.channels) {
    const name = channelPage(c.key);
    files.set(
      name,
      groupView(
        name,
        labels.t.channelPage(c.key),
        [...records].reverse().filter((r) => r.incident.channels.includes(c.key)),
        labels,
        lang,
      ),
    );
  }
  files.set("actions.html", actionsView(model, labels, lang));
  files.set("recurrences.html", recurrencesView(model, labels, lang));
  return files;
}

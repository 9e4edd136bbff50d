import { KB_LABELS, type KbLabels } from "../i18n/kb.js";
import type { KbIncident, KnowledgeBaseModel, RecurrenceGroup } from "../model/index.js";
import type { Language } from "../schema/index.js";
import { dayOf } from "./format.js";
import { inline, link, relativeLink, table } from "./markdown.js";

export interface KbOptions {
  lang: Language;
  /** The output folder, relative to the working directory (`kb`). */
  out: string;
}

/** Marks every page `build` writes. */
export const KB_MARK = "<!-- written by lessonbook build; edit the incident files instead -->";

type Page = (from: string) => string[];

class Pages {
  readonly files = new Map<string, string>();
  constructor(readonly out: string) {}

  /** `name` is relative to the output folder; `lines` get the page's own path to build links. */
  add(name: string, page: Page): void {
    const from = `${this.out}/${name}`;
    this.files.set(name, `${KB_MARK}\n\n${page(from).join("\n").trimEnd()}\n`);
  }

  /** A link from the page at `from` to another page of the knowledge base. */
  to(from: string, name: string, text: string): string {
    return link(text, relativeLink(from, `${this.out}/${name}`));
  }
}

const causePage = (c: string) => `causes/${c}.md`;
const channelPage = (c: string) => `channels/${c}.md`;

function incidentTable(incidents: readonly KbIncident[], t: KbLabels, from: string, pages: Pages): string {
  const rows = incidents.map((i) => [
    dayOf(i.started),
    link(i.title, relativeLink(from, i.file)),
    i.severity,
    pages.to(from, causePage(i.category), i.category),
    i.status,
  ]);
  return table([t.started, t.incident, t.severity, t.cause, t.status], rows);
}

function lessonList(incidents: readonly KbIncident[], t: KbLabels, from: string): string[] {
  const lines = incidents.flatMap((i) => i.lessons.map((l) => `- ${inline(l)} (${link(i.id, relativeLink(from, i.file))})`));
  return lines.length ? lines : [t.noLessons];
}

function recurrenceTables(groups: readonly RecurrenceGroup[], t: KbLabels, from: string, pages: Pages): string[] {
  if (!groups.length) return [t.noRecurrences, ""];
  return groups.flatMap((g) => [
    `### ${pages.to(from, causePage(g.category), g.category)}`,
    "",
    table(
      [t.started, t.incident, t.afterLesson],
      g.members.map((m) => [
        dayOf(m.started),
        link(m.title, relativeLink(from, m.file)),
        m.recurredAfterLesson ? `**${t.afterLessonFrom(m.lessonFrom ?? "")}**` : t.no,
      ]),
    ),
    "",
    ...[
      g.sharedFactors.length ? `${t.sharedFactors}: ${g.sharedFactors.map(inline).join(", ")}` : "",
      g.sharedTags.length ? `${t.sharedTags}: ${g.sharedTags.map(inline).join(", ")}` : "",
    ]
      .filter(Boolean)
      .flatMap((line) => [line, ""]),
  ]);
}

function entryPage(model: KnowledgeBaseModel, t: KbLabels, pages: Pages): Page {
  return (from) => {
    const after = new Set(model.recurrences.flatMap((g) => g.members.filter((m) => m.recurredAfterLesson).map((m) => m.id)));
    const out = [`# ${t.title}`, "", t.intro(model.incidents.length), "", `## ${t.figures}`, ""];
    out.push(
      table(
        [t.incidents, t.bySeverity, t.openActions, t.recurringCauses, t.recurredAfterLesson],
        [
          [
            String(model.incidents.length),
            model.severities.map((s) => `${s.key} ${s.count}`).join(", "),
            String(model.actions.filter((a) => a.open).length),
            String(model.recurrences.length),
            String(after.size),
          ],
        ],
      ),
      "",
    );
    out.push(`## ${t.browse}`, "");
    out.push(
      `- ${pages.to(from, "lessons.md", t.allLessons)}`,
      `- ${pages.to(from, "actions.md", t.actionTracker)}`,
      `- ${pages.to(from, "recurrences.md", t.recurrencePage)}`,
      `- ${pages.to(from, "tags.md", t.tagIndex)}`,
      "",
    );
    out.push(`## ${t.recent}`, "", incidentTable(model.incidents.slice(0, 10), t, from, pages), "");
    out.push(
      `## ${t.causes}`,
      "",
      table(
        [t.cause, t.incidents],
        model.causes.map((c) => [pages.to(from, causePage(c.key), c.key), String(c.count)]),
        [1],
      ),
      "",
    );
    out.push(
      `## ${t.channels}`,
      "",
      table(
        [t.channels, t.incidents],
        model.channels.map((c) => [pages.to(from, channelPage(c.key), c.key), String(c.count)]),
        [1],
      ),
      "",
    );
    out.push(`## ${t.recurringCauses}`, "", ...recurrenceTables(model.recurrences, t, from, pages));
    const open = model.actions.filter((a) => a.open).slice(0, 10);
    out.push(`## ${t.openActions}`, "");
    if (open.length) {
      out.push(
        table(
          [t.due, t.task, t.owner, t.incident],
          open.map((a) => [a.due ?? t.noDue, inline(a.task), inline(a.owner ?? t.nobody), link(a.incident, relativeLink(from, a.file))]),
        ),
        "",
      );
      out.push(pages.to(from, "actions.md", t.actionTracker), "");
    } else {
      out.push(t.noActions, "");
    }
    if (model.skipped.length) {
      out.push(`## ${t.skippedTitle}`, "", t.skippedIntro(model.skipped.length), "");
      for (const s of model.skipped) out.push(`- \`${s.file}:${s.line}:${s.column}\` ${inline(s.message)} (${s.rule})`);
    }
    return out;
  };
}

function groupPage(title: string, incidents: readonly KbIncident[], t: KbLabels, pages: Pages): Page {
  return (from) => [
    `# ${inline(title)}`,
    "",
    t.countLine(incidents.length),
    "",
    incidentTable(incidents, t, from, pages),
    "",
    `## ${t.lessonsLearned}`,
    "",
    ...lessonList(incidents, t, from),
    "",
    pages.to(from, "README.md", t.back),
  ];
}

/** Every page of the knowledge base, by path inside the output folder. Pure: it writes nothing. */
export function renderKnowledgeBase(model: KnowledgeBaseModel, options: KbOptions): Map<string, string> {
  const t = KB_LABELS[options.lang];
  const pages = new Pages(options.out);
  pages.add("README.md", entryPage(model, t, pages));
  for (const c of model.causes) {
    pages.add(
      causePage(c.key),
      groupPage(
        t.causePage(c.key),
        model.incidents.filter((i) => i.category === c.key),
        t,
        pages,
      ),
    );
  }
  for (const c of model.channels) {
    pages.add(
      channelPage(c.key),
      groupPage(
        t.channelPage(c.key),
        model.incidents.filter((i) => i.channels.includes(c.key)),
        t,
        pages,
      ),
    );
  }
  pages.add("lessons.md", (from) => [
    `# ${t.allLessons}`,
    "",
    t.lessonsIntro,
    "",
    ...model.causes.flatMap((c) => [
      `## ${pages.to(from, causePage(c.key), c.key)}`,
      "",
      ...lessonList(
        model.incidents.filter((i) => i.category === c.key),
        t,
        from,
      ),
      "",
    ]),
    pages.to(from, "README.md", t.back),
  ]);
  pages.add("actions.md", (from) => {
    const section = (title: string, open: boolean) => {
      const items = model.actions.filter((a) => a.open === open);
      const rows = items.map((a) => [
        a.due ?? t.noDue,
        inline(a.task),
        inline(a.owner ?? t.nobody),
        a.done ?? a.status,
        link(a.incident, relativeLink(from, a.file)),
      ]);
      return [
        `## ${title} (${items.length})`,
        "",
        items.length ? table([t.due, t.task, t.owner, t.status, t.incident], rows) : t.noActions,
        "",
      ];
    };
    return [
      `# ${t.actionTracker}`,
      "",
      t.actionsIntro,
      "",
      ...section(t.open, true),
      ...section(t.done, false),
      pages.to(from, "README.md", t.back),
    ];
  });
  pages.add("recurrences.md", (from) => [
    `# ${t.recurrencePage}`,
    "",
    t.recurrencesIntro,
    "",
    ...recurrenceTables(model.recurrences, t, from, pages),
    pages.to(from, "README.md", t.back),
  ]);
  pages.add("tags.md", (from) => [
    `# ${t.tagIndex}`,
    "",
    t.tagsIntro,
    "",
    ...(model.tags.length
      ? model.tags.flatMap((tag) => [
          `## ${inline(tag.key)} (${tag.count})`,
          "",
          ...model.incidents
            .filter((i) => i.tags.includes(tag.key))
            .map((i) => `- ${dayOf(i.started)} ${link(i.title, relativeLink(from, i.file))}`),
          "",
        ])
      : [t.noTags, ""]),
    pages.to(from, "README.md", t.back),
  ]);
  return pages.files;
}

import { DEFAULT_SECTIONS, type SectionRequirement } from "../i18n/sections.js";
import { SECTION_KEYS, type SectionKey, TEMPLATE_TEXT } from "../i18n/template.js";
import type { Language } from "../schema/index.js";
import { DETECTION_SOURCES, SEVERITIES } from "../schema/index.js";
import { markdownBlock, markdownInline, oneLine, yamlString } from "./quote.js";

/** Front-matter fields a form may leave empty; the draft then says so beside the value it was given. */
export type Answerable = "started" | "detected" | "severity" | "category" | "channels" | "owner";

/** An answer that could not be placed in a field, kept at the end of the body with the reason. */
export interface Unplaced {
  label: string;
  text: string;
  reason: string;
}

export interface TemplateInput {
  id: string;
  title: string;
  lang: Language;
  /** A calendar day or a date-time with offset, as the format writes them. */
  started: string;
  detected: string;
  severity: string;
  owner: string;
  channels: readonly string[];
  cause: string;
  /** The cause taxonomy in force, listed beside the category as a hint. */
  causes: readonly string[];
  /** The required sections in force; the default ones get their own prompts. */
  sections: readonly SectionRequirement[];
  /** `cause.summary`; the template's placeholder when absent. */
  summary?: string;
  /** `detection.source`, when known. */
  source?: string;
  /** Long answers, each written as the content of its section instead of the prompt. */
  answers?: Partial<Record<SectionKey, string>>;
  unanswered?: ReadonlySet<Answerable>;
  unplaced?: readonly Unplaced[];
}

/** The text of a new draft incident; it lints with no error as it is. */
export function renderTemplate(input: TemplateInput): string {
  const t = TEMPLATE_TEXT[input.lang];
  const { started, detected } = input;
  const day = started.slice(0, 10);
  const note = (field: Answerable) => (input.unanswered?.has(field) ? ` (${t.notAnswered})` : "");
  const summary = input.summary === undefined || oneLine(input.summary) === "" ? t.summary : input.summary.trim();
  const lines = [
    "---",
    `id: ${input.id}`,
    `title: ${yamlString(oneLine(input.title))}`,
    "status: draft # draft | review | final",
    `severity: ${input.severity} # ${SEVERITIES.join(" | ")}${note("severity")}`,
    `started: ${started} # ${t.started.replace("{day}", day)}${note("started")}`,
    `detected: ${detected} # ${t.detected}${note("detected")}`,
    `# responded: ${day} # ${t.responded}`,
    `# resolved: ${day} # ${t.resolved}`,
    "# brand:",
    "# campaign:",
    `channels: [${input.channels.join(", ")}]${note("channels") ? ` #${note("channels")}` : ""}`,
    `owner: ${yamlString(oneLine(input.owner))}${note("owner") ? ` #${note("owner")}` : ""}`,
    input.source
      ? `detection: { source: ${input.source} } # ${DETECTION_SOURCES.join(" | ")}`
      : `# detection: { source: social-listening, tool: }  # ${DETECTION_SOURCES.join(" | ")}`,
    "cause:",
    `  category: ${input.cause} # ${input.causes.join(" | ")}${note("category")}`,
    `  summary: ${yamlString(summary)}`,
    "  factors: []",
    "timeline:",
    `  - at: ${detected}`,
    `    event: ${yamlString(t.event)}`,
    `# ${t.lessons}:`,
    "lessons: []",
    "# lessons:",
    `#   - lesson: ${yamlString(t.lessonExample)}`,
    "#     actions:",
    `#       - { task: ${yamlString(t.taskExample)}, owner: ${yamlString(oneLine(input.owner))}, due: ${day}, status: open }`,
    "# impact: { reach: 0, negativeMentions: 0, customersAffected: 0 }",
    "# response: { apology: false, postsDeleted: 0, commentsDeleted: 0, commentsDeletedReason: }",
    "tags: []",
    "---",
    "",
    `# ${markdownInline(input.title)}`,
    "",
  ];
  const answers = { ...input.answers };
  const byDefault = input.sections === DEFAULT_SECTIONS || JSON.stringify(input.sections) === JSON.stringify(DEFAULT_SECTIONS);
  const sections: (readonly [string, string, SectionKey | undefined])[] = byDefault
    ? t.sections.map(([heading, prompt], i) => [heading, prompt, SECTION_KEYS[i]] as const)
    : // A configured entry lists alternatives; by the default's convention the second is the Spanish one.
      input.sections.map((r) => [(input.lang === "es" && r.names[1]) || r.names[0]!, t.other, undefined] as const);
  for (const [heading, prompt, key] of sections) {
    const answer = key ? answers[key] : undefined;
    if (key) delete answers[key];
    lines.push(`## ${heading}`, "", answer?.trim() ? markdownBlock(answer) : `<!-- ${prompt} -->`, "");
  }
  // With sections of its own, a configuration still gets every answer, under the default headings.
  for (const [i, key] of SECTION_KEYS.entries()) {
    const answer = answers[key];
    if (answer?.trim()) lines.push(`## ${t.sections[i]![0]}`, "", markdownBlock(answer), "");
  }
  if (input.unplaced?.length) {
    lines.push(`## ${t.unplacedHeading}`, "", t.unplacedIntro, "");
    for (const item of input.unplaced)
      lines.push(`### ${markdownInline(item.label)}`, "", `*${markdownInline(item.reason)}*`, "", markdownBlock(item.text), "");
  }
  return lines.join("\n");
}

import { DEFAULT_SECTIONS, type SectionRequirement } from "../i18n/sections.js";
import { TEMPLATE_TEXT } from "../i18n/template.js";
import type { Language } from "../schema/index.js";
import { SEVERITIES } from "../schema/index.js";

export interface TemplateInput {
  id: string;
  title: string;
  lang: Language;
  /** YYYY-MM-DD, used for `started`, `detected` and the first timeline entry. */
  day: string;
  severity: string;
  owner: string;
  channels: readonly string[];
  cause: string;
  /** The cause taxonomy in force, listed beside the category as a hint. */
  causes: readonly string[];
  /** The required sections in force; the default ones get their own prompts. */
  sections: readonly SectionRequirement[];
}

/** YAML double-quoted text: JSON's string syntax is a subset of it. */
const q = (text: string) => JSON.stringify(text);

/** The text of a new draft incident; it lints with no error as it is. */
export function renderTemplate(input: TemplateInput): string {
  const t = TEMPLATE_TEXT[input.lang];
  const { day } = input;
  const lines = [
    "---",
    `id: ${input.id}`,
    `title: ${q(input.title)}`,
    "status: draft # draft | review | final",
    `severity: ${input.severity} # ${SEVERITIES.join(" | ")}`,
    `started: ${day} # ${t.started.replace("{day}", day)}`,
    `detected: ${day} # ${t.detected}`,
    `# responded: ${day} # ${t.responded}`,
    `# resolved: ${day} # ${t.resolved}`,
    "# brand:",
    "# campaign:",
    `channels: [${input.channels.join(", ")}]`,
    `owner: ${q(input.owner)}`,
    "# detection: { source: social-listening, tool: }  # social-listening | customer-complaint | internal | press | partner | other",
    "cause:",
    `  category: ${input.cause} # ${input.causes.join(" | ")}`,
    `  summary: ${q(t.summary)}`,
    "  factors: []",
    "timeline:",
    `  - at: ${day}`,
    `    event: ${q(t.event)}`,
    `# ${t.lessons}:`,
    "lessons: []",
    "# lessons:",
    `#   - lesson: ${q(t.lessonExample)}`,
    "#     actions:",
    `#       - { task: ${q(t.taskExample)}, owner: ${q(input.owner)}, due: ${day}, status: open }`,
    "# impact: { reach: 0, negativeMentions: 0, customersAffected: 0 }",
    "# response: { apology: false, postsDeleted: 0, commentsDeleted: 0, commentsDeletedReason: }",
    "tags: []",
    "---",
    "",
    `# ${input.title}`,
    "",
  ];
  const sections: readonly (readonly [string, string])[] =
    input.sections === DEFAULT_SECTIONS || JSON.stringify(input.sections) === JSON.stringify(DEFAULT_SECTIONS)
      ? t.sections
      : // A configured entry lists alternatives; by the default's convention the second is the Spanish one.
        input.sections.map((r) => [(input.lang === "es" && r.names[1]) || r.names[0]!, t.other] as const);
  for (const [heading, prompt] of sections) lines.push(`## ${heading}`, "", `<!-- ${prompt} -->`, "");
  return lines.join("\n");
}

import { DEFAULT_SECTIONS, type SectionRequirement } from "../i18n/sections.js";
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

const TEXT = {
  en: {
    started: "when it went live or began; a day, or a date-time such as {day}T09:30:00-05:00",
    detected: "when the team noticed",
    responded: "first public response",
    resolved: "when it was over",
    summary: "To be written: what let this happen, in a sentence or two (a process or a missing check, not a person).",
    event: "Incident noticed",
    lessons: "Add lessons before the post-mortem leaves draft; each follow-up is an action with an owner and a due date",
    lessonExample: "What the team will do differently",
    taskExample: "The follow-up that makes the lesson stick",
    other: "Write this section before the post-mortem leaves draft.",
    sections: [
      ["Summary", "Two or three sentences: what went wrong, who saw it, how it ended."],
      ["What happened", "The story in order: what was published, how the audience reacted, what the team did and when."],
      ["Root cause", "Ask why until you reach a process, a tool or a missing check. Describe what failed, not who."],
      ["Response", "Statements, replies, posts or comments removed and why, apologies."],
      ["Lessons learned", "What changes from now on. Put each follow-up in the front-matter as an action with an owner and a due date."],
    ],
  },
  es: {
    started: "cuándo salió o empezó; un día, o fecha y hora como {day}T09:30:00-05:00",
    detected: "cuándo lo notó el equipo",
    responded: "primera respuesta pública",
    resolved: "cuándo terminó",
    summary: "Por escribir: qué permitió que pasara, en una o dos frases (un proceso o un control que faltó, no una persona).",
    event: "Se detecta el incidente",
    lessons: "Añade las lecciones antes de salir de borrador; cada seguimiento es una acción con responsable y fecha",
    lessonExample: "Qué hará distinto el equipo",
    taskExample: "La tarea que hace que la lección se cumpla",
    other: "Escribe esta sección antes de que el post-mortem salga de borrador.",
    sections: [
      ["Resumen", "Dos o tres frases: qué salió mal, quién lo vio, cómo terminó."],
      ["Qué pasó", "La historia en orden: qué se publicó, cómo reaccionó la audiencia, qué hizo el equipo y cuándo."],
      ["Causa raíz", "Pregunta por qué hasta llegar a un proceso, una herramienta o un control que faltó. Describe qué falló, no quién."],
      ["Respuesta", "Comunicados, respuestas, publicaciones o comentarios retirados y por qué, disculpas."],
      ["Lecciones aprendidas", "Qué cambia desde ahora. Cada seguimiento va en el front-matter como acción con responsable y fecha."],
    ],
  },
} as const;

/** YAML double-quoted text: JSON's string syntax is a subset of it. */
const q = (text: string) => JSON.stringify(text);

/** The text of a new draft incident; it lints with no error as it is. */
export function renderTemplate(input: TemplateInput): string {
  const t = TEXT[input.lang];
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

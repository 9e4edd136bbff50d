/**
 * The words of the incident template that `lessonbook new` writes, per language. The \`unfinished\` lint
 * rule reads the same words: text still as the template left it means the post-mortem is not written yet.
 */
export const TEMPLATE_TEXT = {
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
    notAnswered: "the form gave no answer lessonbook could use: check it",
    unplacedHeading: "Answers to place by hand",
    unplacedIntro:
      "The form gave these answers, but lessonbook could not place them in the fields above. Move each one where it belongs, then delete this section.",
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
    notAnswered: "el formulario no dio una respuesta que lessonbook pudiera usar: revísalo",
    unplacedHeading: "Respuestas por ubicar",
    unplacedIntro:
      "El formulario dio estas respuestas, pero lessonbook no pudo ponerlas en los campos de arriba. Lleva cada una a su sitio y luego borra esta sección.",
    sections: [
      ["Resumen", "Dos o tres frases: qué salió mal, quién lo vio, cómo terminó."],
      ["Qué pasó", "La historia en orden: qué se publicó, cómo reaccionó la audiencia, qué hizo el equipo y cuándo."],
      ["Causa raíz", "Pregunta por qué hasta llegar a un proceso, una herramienta o un control que faltó. Describe qué falló, no quién."],
      ["Respuesta", "Comunicados, respuestas, publicaciones o comentarios retirados y por qué, disculpas."],
      ["Lecciones aprendidas", "Qué cambia desde ahora. Cada seguimiento va en el front-matter como acción con responsable y fecha."],
    ],
  },
} as const;

/** What each entry of `sections` holds, in the same order: the form's long answers go to these. */
export const SECTION_KEYS = ["summary", "what-happened", "root-cause", "response", "lessons"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The owner written when nobody was named. */
export const UNASSIGNED_OWNER = "unassigned";

/** Words that start a placeholder a person is meant to replace (matched at the start of a value, folded). */
export const PLACEHOLDER_MARKERS: readonly string[] = [
  "to be written",
  "to be defined",
  "tbd",
  "fill in",
  "por escribir",
  "por definir",
  "pendiente de escribir",
  "completar",
  "rellenar",
  UNASSIGNED_OWNER,
  "sin asignar",
  "nobody yet",
];

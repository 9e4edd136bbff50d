import { LABELS, type Labels } from "./report.js";

/** Labels the knowledge base shares with the quarterly report. */
function shared(l: Labels) {
  const { started, incident, severity, cause, status, due, task, noDue, yes, no, inPeriod, afterLesson, afterLessonFrom } = l;
  const { recurrencesIntro, sharedFactors, sharedTags, skippedTitle, skippedIntro, brand, campaign, noBrand } = l;
  return {
    started,
    incident,
    severity,
    cause,
    status,
    due,
    task,
    noDue,
    yes,
    no,
    inPeriod,
    afterLesson,
    afterLessonFrom,
    recurrencesIntro,
    sharedFactors,
    sharedTags,
    skippedTitle,
    skippedIntro,
    brand,
    campaign,
    noBrand,
  };
}

/** Labels of the knowledge base pages. */
const en = {
  ...shared(LABELS.en),
  title: "Lessons learned",
  intro: (n: number) =>
    `What ${n} marketing and communication incident${n === 1 ? "" : "s"} taught the team. Written by \`lessonbook build\` from the files in the incidents folder: edit those, not these pages.`,
  figures: "At a glance",
  incidents: "Incidents",
  bySeverity: "By severity",
  openActions: "Open actions",
  recurringCauses: "Causes that came back",
  recurredAfterLesson: "Incidents after a lesson that did not stick",
  recent: "Recent incidents",
  causes: "Causes",
  channels: "Channels",
  browse: "Browse",
  allLessons: "All lessons",
  actionTracker: "Action tracker",
  recurrencePage: "Recurring causes",
  tagIndex: "Tags",
  causePage: (c: string) => `Cause: ${c}`,
  channelPage: (c: string) => `Channel: ${c}`,
  countLine: (n: number) => `${n} incident${n === 1 ? "" : "s"}.`,
  lessonsLearned: "Lessons learned",
  noLessons: "No lesson written yet.",
  back: "Back to the knowledge base",
  lessonsIntro: "Every lesson, grouped by cause, newest incident first.",
  actionsIntro:
    "Follow-up actions still to do, by due date, then the done ones, latest first. On the web pages, open actions past their due date are marked overdue by the reader's own date; the quarterly review (`lessonbook report`) counts them.",
  open: "Open",
  done: "Done",
  latestDone: (shown: string, total: string) =>
    `Showing the ${shown} most recently done of ${total} done actions. Every action, done or not, is also in its incident's file.`,
  owner: "Owner",
  nobody: "nobody",
  noActions: "No action item yet.",
  noRecurrences: "No cause has come back yet.",
  tagsIntro: "Every tag and the incidents that carry it.",
  noTags: "No tag yet.",
};

export type KbLabels = typeof en;

const es: KbLabels = {
  ...shared(LABELS.es),
  title: "Lecciones aprendidas",
  intro: (n: number) =>
    `Lo que ${n} incidente${n === 1 ? "" : "s"} de marketing y comunicación le enseñaron al equipo. Páginas escritas por \`lessonbook build\` a partir de la carpeta de incidentes: edita esos archivos, no estas páginas.`,
  figures: "De un vistazo",
  incidents: "Incidentes",
  bySeverity: "Por severidad",
  openActions: "Acciones abiertas",
  recurringCauses: "Causas que se repiten",
  recurredAfterLesson: "Incidentes tras una lección que no se sostuvo",
  recent: "Incidentes recientes",
  causes: "Causas",
  channels: "Canales",
  browse: "Explorar",
  allLessons: "Todas las lecciones",
  actionTracker: "Seguimiento de acciones",
  recurrencePage: "Causas recurrentes",
  tagIndex: "Etiquetas",
  causePage: (c: string) => `Causa: ${c}`,
  channelPage: (c: string) => `Canal: ${c}`,
  countLine: (n: number) => `${n} incidente${n === 1 ? "" : "s"}.`,
  lessonsLearned: "Lecciones aprendidas",
  noLessons: "Todavía no hay lecciones escritas.",
  back: "Volver a la base de conocimiento",
  lessonsIntro: "Todas las lecciones, agrupadas por causa, del incidente más reciente al más antiguo.",
  actionsIntro:
    "Las acciones de seguimiento pendientes, por fecha límite, y después las cumplidas, de la más reciente a la más antigua. En las páginas web, las acciones abiertas con la fecha límite pasada se marcan como vencidas según la fecha de quien las lee; la revisión trimestral (`lessonbook report`) las cuenta.",
  open: "Abiertas",
  done: "Cumplidas",
  latestDone: (shown: string, total: string) =>
    `Se muestran las ${shown} acciones cumplidas más recientes de un total de ${total}. Todas las acciones, cumplidas o no, están también en el archivo de su incidente.`,
  owner: "Responsable",
  nobody: "nadie",
  noActions: "Todavía no hay acciones.",
  noRecurrences: "Ninguna causa se ha repetido todavía.",
  tagsIntro: "Todas las etiquetas y los incidentes que las llevan.",
  noTags: "Todavía no hay etiquetas.",
};

export const KB_LABELS: Record<"en" | "es", KbLabels> = { en, es };

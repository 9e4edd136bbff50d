import type { Language } from "./language.js";

/**
 * The words of the files `lessonbook init` writes into a team's repository, per language: the README
 * of the incidents folder, and the comments, step names and pull-request text of the workflows. The
 * workflows pass these words to the shell through `env:`, never inside a `run:` line.
 */
export interface SetupWords {
  incidentsReadme: string;
  formHeader: string;
  lintWorkflow: { header: string; stepChanged: string; stepAll: string; stepKb: string; fetchDepth: string };
  fromIssueWorkflow: {
    header: string;
    name: string;
    step: string;
    alreadyThere: string;
    prTitle: string;
    prIntro: string;
    commit: string;
    why: string;
  };
  pagesWorkflow: { header: string; name: string; build: string; branch: string };
}

const EN: SetupWords = {
  formHeader: "The form for filing an incident without touching a file. Written by lessonbook init.",
  incidentsReadme: `# Incidents

One file per incident: what went wrong in a campaign or on social media, the harm it did, how the team
responded and what it learned. [lessonbook](https://www.npmjs.com/package/lessonbook) checks these files
and turns them into the lessons-learned knowledge base in \`kb/\`.

## Add an incident

- **Without touching a file:** open a new issue and choose the form *Incident post-mortem*. A minute
  later a pull request with the draft appears; the team completes it there.
- **From a terminal:** \`npx lessonbook new\` asks a few questions and writes the draft here.

Then:

1. Write the sections and the lessons; give each follow-up an owner and a due date.
2. \`npx lessonbook lint\` says what is missing or mistyped, in plain words.
3. Change \`status: draft\` to \`review\`, and to \`final\` when the team agrees.
4. \`npx lessonbook build\` updates the knowledge base in \`kb/\`: commit it with the incident.

\`npm run report\` gives the quarterly review.
`,
  lintWorkflow: {
    header:
      "Checks the incident files of every pull request, and that kb/ (the knowledge base) is up to date.\n" +
      "Problems show on the changed lines and, all of them, in the run's summary. Written by lessonbook init.",
    fetchDepth: "--changed-since compares with the base branch, so its history must be here.",
    stepChanged: "Check the incidents this pull request adds or changes",
    stepAll: "Check every incident",
    stepKb: "The knowledge base matches the incidents",
  },
  fromIssueWorkflow: {
    header:
      'Turns an issue filed with the "Incident post-mortem" form (label: incident) into a draft incident\n' +
      "file on a new branch, and opens a pull request that links the issue. Written by lessonbook init.\n" +
      'It needs "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General).',
    name: "Incident from issue",
    step: "Write the draft and open a pull request",
    alreadyThere: "A branch for this issue already exists; nothing to do.",
    prTitle: "Post-mortem draft:",
    prIntro: "Draft written from the form in issue",
    commit: "Draft post-mortem from issue",
    why: "The issue's words reach the shell only through the environment and files, never inside a command line.",
  },
  pagesWorkflow: {
    header:
      "Publishes the knowledge base as a web site on GitHub Pages after every change on the main branch.\n" +
      'Turn Pages on first: Settings > Pages > Source: "GitHub Actions". Written by lessonbook init --pages.',
    name: "Knowledge base site",
    build: "Build the site",
    branch: "The branch the site is published from; change it if yours has another name.",
  },
};

const ES: SetupWords = {
  formHeader: "El formulario para registrar un incidente sin tocar ningún archivo. Escrito por lessonbook init.",
  incidentsReadme: `# Incidentes

Un archivo por incidente: qué salió mal en una campaña o en redes, el daño que hizo, cómo respondió el
equipo y qué aprendió. [lessonbook](https://www.npmjs.com/package/lessonbook) revisa estos archivos y
los convierte en la base de conocimiento de lecciones aprendidas, en \`kb/\`.

## Añadir un incidente

- **Sin tocar ningún archivo:** abre un issue nuevo y elige el formulario *Post-mortem de un incidente*.
  Un minuto después aparece una pull request con el borrador; el equipo lo completa ahí.
- **Desde una terminal:** \`npx lessonbook new\` hace unas pocas preguntas y escribe aquí el borrador.

Después:

1. Escribe las secciones y las lecciones; cada seguimiento con responsable y fecha límite.
2. \`npx lessonbook lint\` dice qué falta o qué está mal escrito, en palabras sencillas.
3. Cambia \`status: draft\` a \`review\`, y a \`final\` cuando el equipo esté de acuerdo.
4. \`npx lessonbook build\` actualiza la base de conocimiento en \`kb/\`: súbela junto con el incidente.

\`npm run report\` da la revisión trimestral.
`,
  lintWorkflow: {
    header:
      "Revisa los archivos de incidentes de cada pull request, y que kb/ (la base de conocimiento) esté al día.\n" +
      "Los problemas aparecen en las líneas cambiadas y, todos, en el resumen de la ejecución. Escrito por lessonbook init.",
    fetchDepth: "--changed-since compara con la rama base, así que su historia tiene que estar aquí.",
    stepChanged: "Revisar los incidentes que esta pull request añade o cambia",
    stepAll: "Revisar todos los incidentes",
    stepKb: "La base de conocimiento corresponde a los incidentes",
  },
  fromIssueWorkflow: {
    header:
      'Convierte un issue enviado con el formulario "Post-mortem de un incidente" (etiqueta: incident) en un\n' +
      "borrador de incidente en una rama nueva, y abre una pull request que enlaza el issue. Escrito por lessonbook init.\n" +
      'Necesita "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General).',
    name: "Incidente desde un issue",
    step: "Escribir el borrador y abrir una pull request",
    alreadyThere: "Ya existe una rama para este issue; no hay nada que hacer.",
    prTitle: "Borrador de post-mortem:",
    prIntro: "Borrador escrito a partir del formulario del issue",
    commit: "Borrador de post-mortem del issue",
    why: "El texto del issue llega al shell solo por el entorno y por archivos, nunca dentro de una línea de comandos.",
  },
  pagesWorkflow: {
    header:
      "Publica la base de conocimiento como sitio web en GitHub Pages tras cada cambio en la rama principal.\n" +
      'Activa Pages antes: Settings > Pages > Source: "GitHub Actions". Escrito por lessonbook init --pages.',
    name: "Sitio de la base de conocimiento",
    build: "Construir el sitio",
    branch: "La rama desde la que se publica el sitio; cámbiala si la tuya tiene otro nombre.",
  },
};

export const SETUP_WORDS: Readonly<Record<Language, SetupWords>> = { en: EN, es: ES };

import { defineMessages } from "../define.js";

/** `lessonbook report` and `lessonbook build`: help, progress lines and errors. */
export const PUBLISH_MESSAGES = defineMessages({
  en: {
    "report.help": `Usage: lessonbook report [paths...] [options]

The quarterly review: incidents of the period, the harm and the response, targets met or missed, whether
follow-up actions were done on time, causes that came back after a lesson, open and overdue actions.
Default period: the last complete quarter with incidents; a quarter still running is shown "to date".

Options:
      --quarter <YYYY-Qn>   the period, e.g. 2026-Q1
      --since <YYYY-MM-DD>  first day of the period (inclusive)
      --until <YYYY-MM-DD>  last day of the period (inclusive; default today)
      --format <md|json|html>  Markdown (default), JSON, or one self-contained HTML page to print
      --out <file>          write to a file instead of standard output
      --site <dir>          HTML: link incidents to their pages in this site (default: the site the
                            file is written into, e.g. --out kb/site/report.html)
      --lang <en|es>        language of the report (default: configuration, else en)
      --strict              exit 1 when an incident file was left out because of errors
  -c, --config <file>       configuration file
  -h, --help                show this help
`,
    "report.bad-day": '--{option} must be a calendar day (YYYY-MM-DD); found "{value}".',
    "report.quarter-and-range": "Use --quarter or --since/--until, not both.",
    "report.bad-quarter": '--quarter must look like 2026-Q1; found "{value}".',
    "report.since-after-until": "--since {since} is after --until {until}.",
    "report.bad-format": 'Unknown format "{format}"; use md, json or html.',
    "report.nothing": "No valid incident to report on; run lessonbook lint to see why.",
    "build.help": `Usage: lessonbook build [paths...] [options]

Writes the lessons-learned knowledge base: kb/README.md, a page per cause and per channel, all lessons,
the action tracker, recurring causes and tags. Only pages lessonbook wrote are ever replaced or removed.

Options:
      --out <dir>       output folder (default: kb)
      --check           write nothing; exit 1 when the folder is not what a build would write
      --html            also write a static site to <out>/site/, with the latest quarter's review
                        (or "html": true in the configuration)
      --lang <en|es>    language of the pages (default: configuration, else en)
      --strict          exit 1 when an incident file was left out because of errors
  -c, --config <file>   configuration file
  -h, --help            show this help
`,
    "build.conflict": "lessonbook: {file} exists and was not written by lessonbook build; it was left as it is.",
    "build.nothing-written": "lessonbook: nothing was written; move those files or choose another --out.",
    "build.out-of-date": "{file} is out of date",
    "build.no-longer-produced": "{file} is no longer produced",
    "build.and-more": "…and {count, plural, one {# more file} other {# more files}}",
    "build.not-up-to-date": "{out}/ is not up to date; run lessonbook build.",
    "build.up-to-date": "{out}/ is up to date.",
    "build.done":
      "{out}/: {pages, plural, one {# page} other {# pages}}, {written, number} written, {removed, number} removed, from {incidents, plural, one {# incident} other {# incidents}}.",
    "corpus.skipped": "lessonbook: skipped {place}: {message} ({rule}); run lessonbook lint for details.",
  },
  es: {
    "report.help": `Uso: lessonbook report [rutas...] [opciones]

La revisión trimestral: incidentes del periodo, el daño y la respuesta, objetivos cumplidos o no, si las
acciones de seguimiento se hicieron a tiempo, causas que volvieron tras una lección, acciones abiertas y
vencidas. Periodo por defecto: el último trimestre completo con incidentes; un trimestre en curso se
muestra "hasta la fecha".

Opciones:
      --quarter <AAAA-Tn>   el periodo, p. ej. 2026-Q1
      --since <AAAA-MM-DD>  primer día del periodo (incluido)
      --until <AAAA-MM-DD>  último día del periodo (incluido; por defecto hoy)
      --format <md|json|html>  Markdown (por defecto), JSON o una página HTML autónoma para imprimir
      --out <archivo>       escribe en un archivo en lugar de la salida estándar
      --site <carpeta>      HTML: enlaza cada incidente con su página en este sitio (por defecto: el
                            sitio en el que se escribe el archivo, p. ej. --out kb/site/report.html)
      --lang <en|es>        idioma del informe (por defecto: configuración, si no en)
      --strict              termina con 1 si se dejó fuera algún archivo de incidente por errores
  -c, --config <archivo>    archivo de configuración
  -h, --help                muestra esta ayuda
`,
    "report.bad-day": '--{option} debe ser un día del calendario (AAAA-MM-DD); se encontró "{value}".',
    "report.quarter-and-range": "Usa --quarter o --since/--until, no ambos.",
    "report.bad-quarter": '--quarter debe tener la forma 2026-Q1; se encontró "{value}".',
    "report.since-after-until": "--since {since} es posterior a --until {until}.",
    "report.bad-format": 'Formato desconocido "{format}"; usa md, json o html.',
    "report.nothing": "No hay ningún incidente válido para el informe; ejecuta lessonbook lint para ver por qué.",
    "build.help": `Uso: lessonbook build [rutas...] [opciones]

Escribe la base de conocimiento de lecciones aprendidas: kb/README.md, una página por causa y por canal,
todas las lecciones, el seguimiento de acciones, las causas recurrentes y las etiquetas. Solo reemplaza o
borra páginas que escribió lessonbook.

Opciones:
      --out <carpeta>   carpeta de salida (por defecto: kb)
      --check           no escribe nada; termina con 1 si la carpeta no es lo que escribiría build
      --html            escribe también un sitio estático en <out>/site/, con la revisión del último
                        trimestre (o "html": true en la configuración)
      --lang <en|es>    idioma de las páginas (por defecto: configuración, si no en)
      --strict          termina con 1 si se dejó fuera algún archivo de incidente por errores
  -c, --config <archivo>  archivo de configuración
  -h, --help            muestra esta ayuda
`,
    "build.conflict": "lessonbook: {file} ya existe y no lo escribió lessonbook build; se dejó como estaba.",
    "build.nothing-written": "lessonbook: no se escribió nada; mueve esos archivos o elige otro --out.",
    "build.out-of-date": "{file} está desactualizado",
    "build.no-longer-produced": "{file} ya no se genera",
    "build.and-more": "…y {count, plural, one {# archivo más} other {# archivos más}}",
    "build.not-up-to-date": "{out}/ no está al día; ejecuta lessonbook build.",
    "build.up-to-date": "{out}/ está al día.",
    "build.done":
      "{out}/: {pages, plural, one {# página} other {# páginas}}, {written, number} escritas, {removed, number} borradas, a partir de {incidents, plural, one {# incidente} other {# incidentes}}.",
    "corpus.skipped": "lessonbook: se omitió {place}: {message} ({rule}); ejecuta lessonbook lint para ver el detalle.",
  },
});

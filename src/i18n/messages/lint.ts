import { defineMessages } from "../define.js";

/** `lessonbook lint` and `lessonbook rules`: help, summaries and errors. */
export const LINT_MESSAGES = defineMessages({
  en: {
    "lint.help": `Usage: lessonbook lint [paths...] [options]

Checks incident files (default: the configured paths, else incidents/).
Paths may be files, folders or globs.

Options:
      --fix               correct what is certain (values as people type them, dates, quotes, tabs,
                          a missing space after a colon, misspelt field names), then report the rest
      --fix-dry-run       show those corrections as a diff and write nothing
  -f, --format <name>     stylish (default), json, github, sarif or junit
      --changed-since <ref>  report only on files changed since a git ref (committed or not);
                          the whole corpus is still read for unique ids and related incidents
      --max-warnings <n>  exit 1 when there are more than n warnings
      --cache             remember each file's problems (in .lessonbookcache) and check again
                          only the files whose text changed or whose actions fell due since;
                          not with --fix
      --cache-location <file>  where --cache keeps them
  -q, --quiet             report errors only (warnings still count for --max-warnings)
      --lang <en|es>      language of the messages
  -c, --config <file>     configuration file (default: lessonbook.config.json)
      --color / --no-color  force or disable colour
  -h, --help              show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage or a failure of lessonbook.
Under GITHUB_ACTIONS=true, annotations are printed after the stylish output and every problem is
added to the job summary ($GITHUB_STEP_SUMMARY).
`,
    "lint.cache-not-ours":
      "lessonbook: {file} is not a cache lessonbook wrote; it was left as it is and no cache was saved. Choose another file with --cache-location.",
    "lint.cache-not-saved": "lessonbook: the cache could not be saved in {file} ({reason}); the results above are complete.",
    "lint.bad-format": 'Unknown format "{format}"; use one of {formats}.',
    "lint.bad-max-warnings": '--max-warnings takes a whole number 0 or more; found "{value}".',
    "lint.too-many-warnings": "lessonbook: {count, plural, one {# warning} other {# warnings}}, more than --max-warnings {max}.",
    "lint.fix-skipped":
      "lessonbook: {file} changed on disk while lessonbook was checking it; its fixes were not written. Run lint --fix again.",
    "lint.clean": "{files, plural, one {# incident file} other {# incident files}} checked: no problems.",
    "lint.problems":
      "{total, plural, one {# problem} other {# problems}} ({errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}) in {files, plural, one {# incident file} other {# incident files}}",
    "lint.fixable": "{count, plural, one {# problem} other {# problems}} can be fixed with lessonbook lint --fix.",
    "lint.severity.error": "error",
    "lint.severity.warning": "warning",
    "lint.summary-title": "lessonbook lint",
    "lint.summary-columns": "| Place | Severity | Problem | Rule |",
    "lint.summary-more":
      "… and {count, plural, one {# more problem} other {# more problems}} not shown here (the summary is limited to 1 MiB); run lessonbook lint to see them all.",
    "rules.help": `Usage: lessonbook rules [options]

Lists every lint rule with its default severity and what it checks.

Options:
      --lang <en|es>      language of the descriptions
  -h, --help              show this help
`,
  },
  es: {
    "lint.help": `Uso: lessonbook lint [rutas...] [opciones]

Revisa los archivos de incidentes (por defecto: las rutas configuradas, si no incidents/).
Las rutas pueden ser archivos, carpetas o patrones.

Opciones:
      --fix               corrige lo que es seguro (valores tal como se escriben, fechas, comillas,
                          tabuladores, el espacio que falta tras los dos puntos, nombres de campo mal
                          escritos) y después informa del resto
      --fix-dry-run       muestra esas correcciones como diff y no escribe nada
  -f, --format <nombre>   stylish (por defecto), json, github, sarif o junit
      --changed-since <ref>  informa solo de los archivos cambiados desde una referencia de git (con o
                          sin commit); se sigue leyendo todo el corpus para ids únicos e incidentes relacionados
      --max-warnings <n>  termina con 1 si hay más de n avisos
      --cache             recuerda los problemas de cada archivo (en .lessonbookcache) y vuelve
                          a revisar solo los archivos cuyo texto cambió o cuyas acciones vencieron
                          desde entonces; no con --fix
      --cache-location <archivo>  dónde guarda --cache esos resultados
  -q, --quiet             informa solo de errores (los avisos siguen contando para --max-warnings)
      --lang <en|es>      idioma de los mensajes
  -c, --config <archivo>  archivo de configuración (por defecto: lessonbook.config.json)
      --color / --no-color  fuerza o desactiva el color
  -h, --help              muestra esta ayuda

Códigos de salida: 0 sin errores, 1 errores (o demasiados avisos), 2 uso incorrecto o un fallo de lessonbook.
Con GITHUB_ACTIONS=true, las anotaciones se imprimen después de la salida stylish y cada problema se
añade al resumen del job ($GITHUB_STEP_SUMMARY).
`,
    "lint.cache-not-ours":
      "lessonbook: {file} no es una caché escrita por lessonbook; se dejó como estaba y no se guardó la caché. Elige otro archivo con --cache-location.",
    "lint.cache-not-saved": "lessonbook: no se pudo guardar la caché en {file} ({reason}); los resultados de arriba están completos.",
    "lint.bad-format": 'Formato desconocido "{format}"; usa uno de {formats}.',
    "lint.bad-max-warnings": '--max-warnings recibe un número entero, 0 o más; se encontró "{value}".',
    "lint.too-many-warnings": "lessonbook: {count, plural, one {# aviso} other {# avisos}}, más que --max-warnings {max}.",
    "lint.fix-skipped":
      "lessonbook: {file} cambió en el disco mientras lessonbook lo revisaba; no se escribieron sus correcciones. Vuelve a ejecutar lint --fix.",
    "lint.clean": "{files, plural, one {# archivo de incidente revisado} other {# archivos de incidentes revisados}}: sin problemas.",
    "lint.problems":
      "{total, plural, one {# problema} other {# problemas}} ({errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# aviso} other {# avisos}}) en {files, plural, one {# archivo de incidente} other {# archivos de incidentes}}",
    "lint.fixable": "{count, plural, one {# problema se puede corregir} other {# problemas se pueden corregir}} con lessonbook lint --fix.",
    "lint.severity.error": "error",
    "lint.severity.warning": "aviso",
    "lint.summary-title": "lessonbook lint",
    "lint.summary-columns": "| Lugar | Severidad | Problema | Regla |",
    "lint.summary-more":
      "… y {count, plural, one {# problema más que no se muestra} other {# problemas más que no se muestran}} aquí (el resumen está limitado a 1 MiB); ejecuta lessonbook lint para verlos todos.",
    "rules.help": `Uso: lessonbook rules [opciones]

Lista todas las reglas de revisión con su severidad por defecto y lo que comprueban.

Opciones:
      --lang <en|es>      idioma de las descripciones
  -h, --help              muestra esta ayuda
`,
  },
});

import { defineMessages } from "../define.js";

/** `lessonbook new`: help, the questions on a terminal, the form's conversion, errors. */
export const NEW_MESSAGES = defineMessages({
  en: {
    "new.help": `Usage: lessonbook new "<title>" [options]
       lessonbook new --from-issue <file|-> --title "<title>"

Writes a new draft incident, incidents/<year>/<start date>-<title>.md, and prints its path.
Never overwrites a file. On a terminal it asks, one question at a time, for what the options leave
out; otherwise it asks nothing.

Options:
      --lang <en|es>        language of the headings and the questions (default: configuration, else LANG, else en)
      --severity <level>    critical, high, medium (default) or low; alta, crítica… work too
      --owner <name>        the one person who managed the incident
      --channel <name>      where it played out; repeat or separate with commas (default: web)
      --cause <category>    cause category (default: concept)
      --date <YYYY-MM-DD>   the day it started (default: today)
      --dir <folder>        where to write (default: incidents/<year>)
      --from-issue <file>   turn an issue filed with the incident form into the draft; - reads standard input
      --title <title>       the title, for --from-issue (the issue's title)
  -c, --config <file>       configuration file
  -h, --help                show this help
`,
    "new.wizard.intro":
      "New incident. Answer each question and press Enter; Enter alone takes the value in [brackets]. Ctrl+C stops without writing anything.\n",
    "new.wizard.title": "Title, a few words a reader recognises it by: ",
    "new.wizard.started": "When it started (date and time with offset, such as {example}, or only the day) [{fallback}]: ",
    "new.wizard.detected": "When the team noticed (same format) [{fallback}]: ",
    "new.wizard.severity": "Severity: critical, high, medium or low [{fallback}]: ",
    "new.wizard.channels": "Channels, separated by commas (instagram, x, email, web…) [{fallback}]: ",
    "new.wizard.owner": "Owner, the one person who managed it [{fallback}]: ",
    "new.wizard.cause": "Kind of error, one of: {causes} [{fallback}]: ",
    "new.wizard.summary": "What caused it, in one line (a process or a missing check, not a person) [{fallback}]: ",
    "new.wizard.summary-later": "write it later",
    "new.wizard.try-again": "  ✖ {reason}\n",
    "new.wizard.stopped": "Stopped: no file was written.",
    "new.answer.title-empty": "A title is needed: a few words a reader recognises the incident by.",
    "new.answer.title-no-letters": 'The title "{title}" has no letters or digits to name the file with.',
    "new.answer.severity": '"{value}" is not a severity: answer critical, high, medium or low (crítica, alta, media and baja work too).',
    "new.answer.cause": '"{value}" is not a kind of error lessonbook knows. Choose one of: {allowed}.',
    "new.answer.channel": '"{value}" is not a channel name: use one word or words joined by hyphens, such as instagram, x or out-of-home.',
    "new.answer.channel-not-allowed": '"{value}" is not one of the channels this repository allows: {allowed}.',
    "new.answer.channels-empty": "Name at least one channel.",
    "new.answer.date-ambiguous": '"{value}" could be {dayFirst} or {monthFirst}: write it year first, as {dayFirst} or {monthFirst}.',
    "new.answer.date-no-offset": '"{value}" has a time but no offset: add it, as in {day} {time} -05:00, or give only the day, {day}.',
    "new.answer.date-impossible": '"{value}" is not a day of the calendar.',
    "new.answer.date-unknown": '"{value}" is not a date lessonbook can read: write it as {example}, 14/03/2026, or only the day.',
    "new.answer.before-start": "That is before it started ({started}): the team cannot notice it earlier.",
    "new.bad-choice": '--{option} must be one of {allowed}; found "{value}".',
    "new.bad-channel": 'Channel "{channel}" is not one of {allowed}.',
    "new.bad-channel-any": 'Channel "{channel}" is not a lower-case channel name such as instagram or email.',
    "new.title-needed": 'A title is needed: lessonbook new "Promo code published at 90% instead of 9%".',
    "new.bad-date": '--date must be a calendar day (YYYY-MM-DD); found "{value}".',
    "new.title-without-letters": 'The title "{title}" has no letters or digits to name the file with.',
    "new.exists": "lessonbook: {file} already exists; nothing was written. Choose another title or --date.",
    "new.from-issue-alone":
      "--from-issue takes every value from the issue; it cannot be combined with --severity, --owner, --channel, --cause or --date.",
    "new.issue-title-needed": 'A title is needed with --from-issue: add --title "<the issue\'s title>".',
    "new.issue-missing": "No such file: {file}. --from-issue needs the issue's text in a file, or - to read it from standard input.",
    "new.issue-not-a-form":
      'This text was not written with the incident form: none of its headings is a question of the form (such as "### {label}").',
    "new.issue.unplaced":
      '{count, plural, one {# answer} other {# answers}} could not be placed ({labels}): kept at the end of the file, under "{heading}".',
    "new.issue.kept-inside":
      "{count, plural, one {A heading the form does not have stayed inside the answer above it} other {# headings the form does not have stayed inside the answers above them}} ({labels}): check that {count, plural, one {it belongs} other {they belong}} there.",
    "new.issue.before-form": "Text before the form's first question",
    "new.issue.not-a-question": "The incident form has no such question, so the answer was kept here.",
    "new.issue.not-a-choice": '"{value}" is not one of the form\'s choices; the draft has a default there until someone fixes it.',
    "new.issue.channel-not-allowed": '"{value}" is not one of the channels this repository allows ({allowed}).',
    "new.issue.date-no-offset":
      '"{value}" has no offset from UTC, so only the day ({day}) went into the draft; add the time with its offset if you know it.',
    "new.issue.date-ambiguous":
      '"{value}" could be {dayFirst} or {monthFirst}; the draft has another day there until someone writes the right one.',
    "new.issue.date-unreadable": '"{value}" is not a date lessonbook can read; the draft has another day there until someone fixes it.',
    "new.issue.detected-before-started":
      "The form says the team noticed it ({detected}) before it started ({started}); the draft uses the start for both until someone fixes it.",
  },
  es: {
    "new.help": `Uso: lessonbook new "<título>" [opciones]
     lessonbook new --from-issue <archivo|-> --title "<título>"

Crea un borrador de incidente, incidents/<año>/<fecha de inicio>-<título>.md, y muestra su ruta.
Nunca sobrescribe un archivo. En una terminal pregunta, de una en una, lo que las opciones no dicen;
si no, no pregunta nada.

Opciones:
      --lang <en|es>        idioma de los títulos de sección y de las preguntas (por defecto: configuración, si no LANG, si no en)
      --severity <nivel>    critical, high, medium (por defecto) o low; también valen alta, crítica…
      --owner <nombre>      la persona que gestionó el incidente
      --channel <nombre>    dónde ocurrió; repite la opción o separa con comas (por defecto: web)
      --cause <categoría>   tipo de error (por defecto: concept)
      --date <AAAA-MM-DD>   el día en que empezó (por defecto: hoy)
      --dir <carpeta>       dónde escribirlo (por defecto: incidents/<año>)
      --from-issue <archivo> convierte en borrador un issue enviado con el formulario de incidentes; - lee la entrada estándar
      --title <título>      el título, con --from-issue (el título del issue)
  -c, --config <archivo>    archivo de configuración
  -h, --help                muestra esta ayuda
`,
    "new.wizard.intro":
      "Nuevo incidente. Responde cada pregunta y pulsa Intro; Intro solo toma el valor entre [corchetes]. Ctrl+C detiene todo sin escribir nada.\n",
    "new.wizard.title": "Título, unas palabras por las que se reconozca: ",
    "new.wizard.started": "Cuándo empezó (fecha y hora con diferencia horaria, como {example}, o solo el día) [{fallback}]: ",
    "new.wizard.detected": "Cuándo lo notó el equipo (mismo formato) [{fallback}]: ",
    "new.wizard.severity": "Severidad: crítica, alta, media o baja [{fallback}]: ",
    "new.wizard.channels": "Canales, separados por comas (instagram, x, email, web…) [{fallback}]: ",
    "new.wizard.owner": "Responsable, la persona que lo gestionó [{fallback}]: ",
    "new.wizard.cause": "Tipo de error, uno de: {causes} [{fallback}]: ",
    "new.wizard.summary": "Qué lo causó, en una línea (un proceso o un control que faltó, no una persona) [{fallback}]: ",
    "new.wizard.summary-later": "escribirlo después",
    "new.wizard.try-again": "  ✖ {reason}\n",
    "new.wizard.stopped": "Detenido: no se escribió ningún archivo.",
    "new.answer.title-empty": "Hace falta un título: unas palabras por las que se reconozca el incidente.",
    "new.answer.title-no-letters": 'El título "{title}" no tiene letras ni cifras con las que nombrar el archivo.',
    "new.answer.severity":
      '"{value}" no es una severidad: responde crítica, alta, media o baja (también valen critical, high, medium y low).',
    "new.answer.cause": '"{value}" no es un tipo de error que lessonbook conozca. Elige uno de: {allowed}.',
    "new.answer.channel":
      '"{value}" no es un nombre de canal: usa una palabra, o varias unidas con guiones, como instagram, x u out-of-home.',
    "new.answer.channel-not-allowed": '"{value}" no es uno de los canales que permite este repositorio: {allowed}.',
    "new.answer.channels-empty": "Indica al menos un canal.",
    "new.answer.date-ambiguous":
      '"{value}" puede ser {dayFirst} o {monthFirst}: escríbela con el año primero, como {dayFirst} o {monthFirst}.',
    "new.answer.date-no-offset":
      '"{value}" tiene hora pero no diferencia horaria: añádela, como en {day} {time} -05:00, o da solo el día, {day}.',
    "new.answer.date-impossible": '"{value}" no es un día del calendario.',
    "new.answer.date-unknown": '"{value}" no es una fecha que lessonbook sepa leer: escríbela como {example}, 14/03/2026, o solo el día.',
    "new.answer.before-start": "Eso es antes de que empezara ({started}): el equipo no pudo notarlo antes.",
    "new.bad-choice": '--{option} debe ser uno de {allowed}; se encontró "{value}".',
    "new.bad-channel": 'El canal "{channel}" no es uno de {allowed}.',
    "new.bad-channel-any": 'El canal "{channel}" no es un nombre de canal en minúsculas como instagram o email.',
    "new.title-needed": 'Hace falta un título: lessonbook new "Código promocional publicado al 90 % en lugar del 9 %".',
    "new.bad-date": '--date debe ser un día del calendario (AAAA-MM-DD); se encontró "{value}".',
    "new.title-without-letters": 'El título "{title}" no tiene letras ni cifras con las que nombrar el archivo.',
    "new.exists": "lessonbook: {file} ya existe; no se escribió nada. Elige otro título u otra --date.",
    "new.from-issue-alone":
      "--from-issue toma todos los valores del issue; no se puede combinar con --severity, --owner, --channel, --cause ni --date.",
    "new.issue-title-needed": 'Con --from-issue hace falta un título: añade --title "<el título del issue>".',
    "new.issue-missing":
      "No existe el archivo {file}. --from-issue necesita el texto del issue en un archivo, o - para leerlo de la entrada estándar.",
    "new.issue-not-a-form":
      'Este texto no se escribió con el formulario de incidentes: ninguno de sus títulos es una pregunta del formulario (como "### {label}").',
    "new.issue.unplaced":
      '{count, plural, one {# respuesta no se pudo ubicar ({labels}): se conserva} other {# respuestas no se pudieron ubicar ({labels}): se conservan}} al final del archivo, en "{heading}".',
    "new.issue.kept-inside":
      "{count, plural, one {Un título que el formulario no tiene quedó dentro de la respuesta anterior} other {# títulos que el formulario no tiene quedaron dentro de las respuestas anteriores}} ({labels}): comprueba que ese es su sitio.",
    "new.issue.before-form": "Texto antes de la primera pregunta del formulario",
    "new.issue.not-a-question": "El formulario de incidentes no tiene esta pregunta, así que la respuesta se conserva aquí.",
    "new.issue.not-a-choice":
      '"{value}" no es una de las opciones del formulario; el borrador tiene un valor por defecto hasta que alguien lo corrija.',
    "new.issue.channel-not-allowed": '"{value}" no es uno de los canales que permite este repositorio ({allowed}).',
    "new.issue.date-no-offset":
      '"{value}" no tiene diferencia horaria respecto de UTC, así que en el borrador solo está el día ({day}); añade la hora con su diferencia si la sabes.',
    "new.issue.date-ambiguous":
      '"{value}" puede ser {dayFirst} o {monthFirst}; el borrador tiene otro día ahí hasta que alguien escriba el correcto.',
    "new.issue.date-unreadable":
      '"{value}" no es una fecha que lessonbook sepa leer; el borrador tiene otro día ahí hasta que alguien lo corrija.',
    "new.issue.detected-before-started":
      "El formulario dice que el equipo lo notó ({detected}) antes de que empezara ({started}); el borrador usa el inicio para ambas hasta que alguien lo corrija.",
  },
});

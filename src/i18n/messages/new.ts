import { defineMessages } from "../define.js";

/** `lessonbook new`: help, prompts and errors. */
export const NEW_MESSAGES = defineMessages({
  en: {
    "new.help": `Usage: lessonbook new "<title>" [options]

Writes a new draft incident, incidents/<year>/<date>-<title>.md, and prints its path.
Never overwrites a file. On a terminal it asks for what the options leave out; otherwise it asks nothing.

Options:
      --lang <en|es>        language of the section headings and questions (default: configuration, else en)
      --severity <level>    critical, high, medium (default) or low
      --owner <name>        the person who manages the incident
      --channel <name>      where it played out; repeat or separate with commas (default: web)
      --cause <category>    cause category (default: concept)
      --date <YYYY-MM-DD>   day it started (default: today)
      --dir <folder>        where to write (default: incidents/<year>)
  -c, --config <file>       configuration file
  -h, --help                show this help
`,
    "new.prompt.title": "Title",
    "new.prompt.severity": "Severity",
    "new.prompt.owner": "Owner",
    "new.prompt.channels": "Channels (comma-separated)",
    "new.prompt.cause": "Cause",
    "new.bad-choice": '--{option} must be one of {allowed}; found "{value}".',
    "new.bad-channel": 'Channel "{channel}" is not one of {allowed}.',
    "new.bad-channel-any": 'Channel "{channel}" is not a lower-case channel name such as instagram or email.',
    "new.title-needed": 'A title is needed: lessonbook new "Promo code published at 90% instead of 9%".',
    "new.bad-date": '--date must be a calendar day (YYYY-MM-DD); found "{value}".',
    "new.title-without-letters": 'The title "{title}" has no letters or digits to name the file with.',
    "new.exists": "lessonbook: {file} already exists; nothing was written. Choose another title or --date.",
  },
  es: {
    "new.help": `Uso: lessonbook new "<título>" [opciones]

Crea un borrador de incidente, incidents/<año>/<fecha>-<título>.md, y muestra su ruta.
Nunca sobrescribe un archivo. En una terminal pregunta lo que las opciones no dicen; si no, no pregunta nada.

Opciones:
      --lang <en|es>        idioma de los títulos de sección y de las preguntas (por defecto: configuración, si no en)
      --severity <nivel>    critical, high, medium (por defecto) o low
      --owner <nombre>      la persona que gestiona el incidente
      --channel <nombre>    dónde ocurrió; repite la opción o separa con comas (por defecto: web)
      --cause <categoría>   categoría de la causa (por defecto: concept)
      --date <AAAA-MM-DD>   día en que empezó (por defecto: hoy)
      --dir <carpeta>       dónde escribirlo (por defecto: incidents/<año>)
  -c, --config <archivo>    archivo de configuración
  -h, --help                muestra esta ayuda
`,
    "new.prompt.title": "Título",
    "new.prompt.severity": "Severidad",
    "new.prompt.owner": "Responsable",
    "new.prompt.channels": "Canales (separados por comas)",
    "new.prompt.cause": "Causa",
    "new.bad-choice": '--{option} debe ser uno de {allowed}; se encontró "{value}".',
    "new.bad-channel": 'El canal "{channel}" no es uno de {allowed}.',
    "new.bad-channel-any": 'El canal "{channel}" no es un nombre de canal en minúsculas como instagram o email.',
    "new.title-needed": 'Hace falta un título: lessonbook new "Código promocional publicado al 90 % en lugar del 9 %".',
    "new.bad-date": '--date debe ser un día del calendario (AAAA-MM-DD); se encontró "{value}".',
    "new.title-without-letters": 'El título "{title}" no tiene letras ni cifras con las que nombrar el archivo.',
    "new.exists": "lessonbook: {file} ya existe; no se escribió nada. Elige otro título u otra --date.",
  },
});

import { defineMessages } from "../define.js";

/**
 * Every lint rule's description and messages, keyed `<rule>/<messageId>`. `{field}` is a path already in
 * words ("due in the 1st action of the 2nd lesson"), `{allowed}` a list already joined ("a, b or c").
 */
export const RULE_MESSAGES = defineMessages({
  en: {
    "schema/description": "Front-matter fields have the types and values the incident format defines.",
    "schema/missing": "{field} is missing; add it.",
    "schema/missing-in": "{field} is missing{parent, select, none {} other { in {parent}}}; add it.",
    "schema/wrong-type":
      "{field} must be {expected, select, text {text} number {a number} int {a whole number} boolean {true or false} list {a list} map {a group of fields (name: value)} other {{expected}}}; found {found}.",
    "schema/text-unquoted":
      '{field} must be text, but YAML reads {found} without quotes as {kind, select, number {a number} other {a yes/no value}}; put it in quotes: "{found}".',
    "schema/not-one-of": '{field} must be {allowed}; found "{found}".',
    "schema/not-one-of-suggest": '{field} must be {allowed}; found "{found}". Did you mean "{suggestion}"?',
    "schema/synonym": '{field} is "{found}", which lessonbook writes "{value}"; use one of {allowed}.',
    "schema/case": '{field} is "{found}"; write it "{value}", in lower case as the format names it.',
    "schema/empty": "{field} is empty; write it.",
    "schema/slug":
      '{field} must be lower-case letters and digits with words joined by hyphens, such as 2026-03-14-promo-code; found "{found}".',
    "schema/too-long": "{field} is {length, number} characters long; keep it to {max, number} so that file and page names stay readable.",
    "schema/not-enough": "{field} needs at least one entry.",
    "schema/negative": "{field} must be 0 or more; found {found}.",
    "schema/not-whole": "{field} must be a whole number; found {found}.",
    "schema/decimal-separator":
      "{field} is written {written}, which YAML reads as {read} (a decimal point). For {meant, number} write {meant}, without separators.",
    "schema/number-as-text": '{field} must be a number; found "{found}". Write it without separators or letters: {value}.',
    "schema/yes-no-as-text": '{field} is "{found}"; write {value} (yes is true, no is false).',
    "schema/currency": '{field} must be a currency code of three capital letters, such as EUR, USD or COP; found "{found}".',
    "schema/currency-case": '{field} is "{found}"; write the currency code in capitals: {value}.',
    "schema/date":
      '{field} must be a date (YYYY-MM-DD) or a date and time with its offset, such as 2026-03-14T09:30:00-05:00; found "{found}".',
    "schema/date-only": '{field} must be a date (YYYY-MM-DD); found "{found}".',
    "schema/date-rewrite": '{field} is "{found}"; write it {value} (year-month-day).',
    "schema/date-time-rewrite": '{field} is "{found}"; write it {value} (the day, T, the time, then the offset).',
    "schema/date-ambiguous":
      '{field} is "{found}", which could be read day first ({dayFirst}) or month first ({monthFirst}); write the one you mean as YYYY-MM-DD.',
    "schema/date-no-offset":
      '{field} is "{found}", a time without its time zone; add the offset, for example {day}T{time}-05:00 (Bogotá) or {day}T{time}+01:00 (Madrid).',
    "schema/date-time-not-allowed": '{field} is a day only; write {day}, without the time (found "{found}").',
    "schema/date-impossible": '{field} is "{found}", a day that does not exist.',
    "schema/cost-shape": "{field} is written as an amount and a currency: cost: '{ amount: 5000, currency: EUR }'.",
    "unknown-key/description": 'Flags fields the format does not define, with a "did you mean" for typos (sevrity → severity).',
    "unknown-key/unknown-suggest": 'Unknown field "{key}"{parent, select, none {} other { in {parent}}}. Did you mean "{suggestion}"?',
    "unknown-key/unknown": 'Unknown field "{key}"{parent, select, none {} other { in {parent}}}. The fields here are: {known}.',
    "impact/description": "impact holds the measured harm as numbers, with cost as an amount and a currency; other keys are warned about.",
    "impact/unknown-suggest": 'impact has no figure called "{key}". Did you mean "{suggestion}"?',
    "impact/unknown": 'impact has no figure called "{key}"; the figures are: {known}. It is kept but shown nowhere.',
    "impact/decimal-point":
      "{field} is written {written}, which YAML reads as {read} (a decimal point). For {meant, number} write {meant}, without separators.",
    "id-matches-filename/description": "The file name without .md equals the incident's id.",
    "id-matches-filename/mismatch": 'The id "{id}" does not match the file name "{name}.md"; rename the file or change the id.',
    "unique-id/description": "No two incidents share an id, in any folder.",
    "unique-id/duplicate": 'The id "{id}" is also used by {others}; ids must be unique.',
    "related-exists/description": "Every id listed in related is an incident of the corpus.",
    "related-exists/unknown": 'Related incident "{id}" does not exist.',
    "related-exists/unknown-suggest": 'Related incident "{id}" does not exist. Did you mean "{suggestion}"?',
    "time-order/description": "started ≤ detected ≤ responded ≤ resolved, where present.",
    "time-order/before": "{field} ({value}) is before {previous} ({previousValue}); the order is started, detected, responded, resolved.",
    "timeline-order/description": "Timeline entries are in chronological order.",
    "timeline-order/before":
      "Timeline entry {entry} ({value}) comes before entry {previousEntry} ({previousValue}); list entries oldest first.",
    "lessons-required/description": "A post-mortem in review or final has at least one lesson; only a draft may have none.",
    "lessons-required/none":
      'A post-mortem with status "{status}" needs at least one lesson; keep it as "draft" until the team has written them.',
    "action-owner-due/description": "Every action item has an owner and a due date, so the lesson is followed up.",
    "action-owner-due/no-owner": 'The action "{task}" has no owner: name the one person who will do it (owner: …).',
    "action-owner-due/no-due": 'The action "{task}" has no due date: add due: YYYY-MM-DD.',
    "action-done-date/description": "A done action says when it was done, and only a done action has a done date.",
    "action-done-date/no-date":
      'The action "{task}" is done but has no done date; the recurrence report needs it to tell whether the lesson stuck (done: YYYY-MM-DD).',
    "action-done-date/not-done": 'The action "{task}" has a done date but its status is "{status}"; set status: done or remove the date.',
    "overdue-action/description": "Flags action items past their due date that are not done.",
    "overdue-action/overdue":
      'The action "{task}" was due {due} and is still {status, select, doing {in progress} other {{status}}}{owner, select, none {} other { (owner: {owner})}}.',
    "channel-name/description": "A channel is written with the name lessonbook gives it, so that its lessons stay together.",
    "channel-name/synonym":
      '{field} is "{found}", which lessonbook writes "{value}"; with one name per channel, the knowledge base keeps its lessons together.',
    "comments-deleted-reason/description": "Deleting audience comments is recorded with the reason why.",
    "comments-deleted-reason/no-reason":
      "{count, plural, one {# comment was} other {# comments were}} deleted without a reason; add response.commentsDeletedReason (for example: personal data, hate speech, spam).",
    "required-sections/description":
      "The body has the required second-level sections (English or Spanish headings), each with content outside drafts.",
    "required-sections/missing": 'The section "## {heading}"{others, select, none {} other { (or {others})}} is missing.',
    "required-sections/empty": 'The section "## {heading}" is empty; write it before the post-mortem leaves draft.',
    "blameless-language/description":
      'Flags blame in causes and lessons ("human error", "culpa de", a person\'s name in the cause); look for the process that failed.',
    "blameless-language/phrase":
      'The {where, select, cause {cause} other {lesson}} uses the blaming phrase "{phrase}"; describe the process or check that failed, not the person.',
    "blameless-language/name":
      'The {where, select, cause {cause} other {lesson}} names "{name}"; describe the process or check that failed, not the person.',
    "blameless-language/section":
      'The section "{section}" uses the blaming phrase "{phrase}"; describe the process or check that failed, not the person.',
    "unfinished/description":
      "Outside drafts, no text is left as the template wrote it (placeholders, unassigned owners, the example lesson).",
    "unfinished/placeholder":
      '{field} still reads "{value}", a placeholder; write the real {kind, select, owner {owner} other {text}} before the post-mortem leaves draft.',
    "unfinished/template-text": "{field} still holds the template's example text; write the real one before the post-mortem leaves draft.",
  },
  es: {
    "schema/description": "Los campos del front-matter tienen los tipos y valores que define el formato de incidentes.",
    "schema/missing": "Falta {field}; añádelo.",
    "schema/missing-in": "Falta {field}{parent, select, none {} other { en {parent}}}; añádelo.",
    "schema/wrong-type":
      "{field} debe ser {expected, select, text {texto} number {un número} int {un número entero} boolean {true o false} list {una lista} map {un grupo de campos (nombre: valor)} other {{expected}}}; se encontró {found}.",
    "schema/text-unquoted":
      '{field} debe ser texto, pero YAML lee {found} sin comillas como {kind, select, number {un número} other {un valor sí/no}}; ponlo entre comillas: "{found}".',
    "schema/not-one-of": '{field} debe ser {allowed}; se encontró "{found}".',
    "schema/not-one-of-suggest": '{field} debe ser {allowed}; se encontró "{found}". ¿Quisiste decir "{suggestion}"?',
    "schema/synonym": '{field} es "{found}", que lessonbook escribe "{value}"; usa uno de estos valores: {allowed}.',
    "schema/case": '{field} es "{found}"; escríbelo "{value}", en minúsculas, como lo nombra el formato.',
    "schema/empty": "{field} está vacío; escríbelo.",
    "schema/slug":
      '{field} debe ir en minúsculas y cifras, con las palabras unidas por guiones, como 2026-03-14-codigo-promocional; se encontró "{found}".',
    "schema/too-long":
      "{field} tiene {length, number} caracteres; no pases de {max, number} para que los nombres de archivos y páginas sigan siendo legibles.",
    "schema/not-enough": "{field} necesita al menos un elemento.",
    "schema/negative": "{field} debe ser 0 o más; se encontró {found}.",
    "schema/not-whole": "{field} debe ser un número entero; se encontró {found}.",
    "schema/decimal-separator":
      "{field} está escrito {written}, que YAML lee como {read} (con punto decimal). Para {meant, number} escribe {meant}, sin separadores.",
    "schema/number-as-text": '{field} debe ser un número; se encontró "{found}". Escríbelo sin separadores ni letras: {value}.',
    "schema/yes-no-as-text": '{field} es "{found}"; escribe {value} (sí es true, no es false).',
    "schema/currency": '{field} debe ser un código de moneda de tres letras mayúsculas, como EUR, USD o COP; se encontró "{found}".',
    "schema/currency-case": '{field} es "{found}"; escribe el código de moneda en mayúsculas: {value}.',
    "schema/date":
      '{field} debe ser una fecha (AAAA-MM-DD) o una fecha y hora con su desfase horario, como 2026-03-14T09:30:00-05:00; se encontró "{found}".',
    "schema/date-only": '{field} debe ser una fecha (AAAA-MM-DD); se encontró "{found}".',
    "schema/date-rewrite": '{field} es "{found}"; escríbelo {value} (año-mes-día).',
    "schema/date-time-rewrite": '{field} es "{found}"; escríbelo {value} (el día, T, la hora y después el desfase horario).',
    "schema/date-ambiguous":
      '{field} es "{found}", que puede leerse con el día primero ({dayFirst}) o con el mes primero ({monthFirst}); escribe la que corresponda como AAAA-MM-DD.',
    "schema/date-no-offset":
      '{field} es "{found}", una hora sin zona horaria; añade el desfase, por ejemplo {day}T{time}-05:00 (Bogotá) o {day}T{time}+01:00 (Madrid).',
    "schema/date-time-not-allowed": '{field} es solo un día; escribe {day}, sin la hora (se encontró "{found}").',
    "schema/date-impossible": '{field} es "{found}", un día que no existe.',
    "schema/cost-shape": "{field} se escribe como importe y moneda: cost: '{ amount: 5000, currency: EUR }'.",
    "unknown-key/description":
      'Señala los campos que el formato no define, con un "¿quisiste decir…?" para las erratas (sevrity → severity).',
    "unknown-key/unknown-suggest":
      'Campo desconocido "{key}"{parent, select, none {} other { en {parent}}}. ¿Quisiste decir "{suggestion}"?',
    "unknown-key/unknown": 'Campo desconocido "{key}"{parent, select, none {} other { en {parent}}}. Los campos aquí son: {known}.',
    "impact/description": "impact recoge el daño medido con números, y cost como importe y moneda; se avisa de cualquier otra clave.",
    "impact/unknown-suggest": 'impact no tiene ninguna cifra llamada "{key}". ¿Quisiste decir "{suggestion}"?',
    "impact/unknown":
      'impact no tiene ninguna cifra llamada "{key}"; las cifras son: {known}. Se conserva, pero no se muestra en ningún sitio.',
    "impact/decimal-point":
      "{field} está escrito {written}, que YAML lee como {read} (con punto decimal). Para {meant, number} escribe {meant}, sin separadores.",
    "id-matches-filename/description": "El nombre del archivo sin .md es igual al id del incidente.",
    "id-matches-filename/mismatch": 'El id "{id}" no coincide con el nombre del archivo "{name}.md"; renombra el archivo o cambia el id.',
    "unique-id/description": "Dos incidentes no comparten id, en ninguna carpeta.",
    "unique-id/duplicate": 'El id "{id}" también lo usa {others}; los ids deben ser únicos.',
    "related-exists/description": "Cada id de related es un incidente del corpus.",
    "related-exists/unknown": 'El incidente relacionado "{id}" no existe.',
    "related-exists/unknown-suggest": 'El incidente relacionado "{id}" no existe. ¿Quisiste decir "{suggestion}"?',
    "time-order/description": "started ≤ detected ≤ responded ≤ resolved, cuando existen.",
    "time-order/before":
      "{field} ({value}) es anterior a {previous} ({previousValue}); el orden es started, detected, responded, resolved.",
    "timeline-order/description": "Las entradas de timeline están en orden cronológico.",
    "timeline-order/before":
      "La entrada {entry} de timeline ({value}) es anterior a la entrada {previousEntry} ({previousValue}); pon las entradas de la más antigua a la más reciente.",
    "lessons-required/description": "Un post-mortem en review o final tiene al menos una lección; solo un borrador puede no tenerlas.",
    "lessons-required/none":
      'Un post-mortem con status "{status}" necesita al menos una lección; déjalo como "draft" hasta que el equipo las haya escrito.',
    "action-owner-due/description": "Cada acción tiene responsable y fecha límite, para que la lección tenga seguimiento.",
    "action-owner-due/no-owner": 'La acción "{task}" no tiene responsable: indica la persona que la hará (owner: …).',
    "action-owner-due/no-due": 'La acción "{task}" no tiene fecha límite: añade due: AAAA-MM-DD.',
    "action-done-date/description": "Una acción cumplida dice cuándo se cumplió, y solo una acción cumplida tiene fecha de cumplimiento.",
    "action-done-date/no-date":
      'La acción "{task}" está cumplida pero no tiene fecha done; el informe de recurrencias la necesita para saber si la lección se sostuvo (done: AAAA-MM-DD).',
    "action-done-date/not-done": 'La acción "{task}" tiene fecha done pero su estado es "{status}"; pon status: done o borra la fecha.',
    "overdue-action/description": "Señala las acciones que pasaron su fecha límite sin cumplirse.",
    "overdue-action/overdue":
      'La acción "{task}" vencía el {due} y sigue {status, select, open {abierta} doing {en curso} other {en estado {status}}}{owner, select, none {} other { (responsable: {owner})}}.',
    "channel-name/description": "Cada canal se escribe con el nombre que le da lessonbook, para que sus lecciones queden juntas.",
    "channel-name/synonym":
      '{field} es "{found}", que lessonbook escribe "{value}"; con un solo nombre por canal, la base de conocimiento mantiene juntas sus lecciones.',
    "comments-deleted-reason/description": "Borrar comentarios del público se registra con el motivo.",
    "comments-deleted-reason/no-reason":
      "Se {count, plural, one {borró # comentario} other {borraron # comentarios}} sin motivo; añade response.commentsDeletedReason (por ejemplo: datos personales, discurso de odio, spam).",
    "required-sections/description":
      "El cuerpo tiene las secciones de segundo nivel obligatorias (títulos en inglés o en español), cada una con contenido fuera de los borradores.",
    "required-sections/missing": 'Falta la sección "## {heading}"{others, select, none {} other { (o {others})}}.',
    "required-sections/empty": 'La sección "## {heading}" está vacía; escríbela antes de que el post-mortem salga de borrador.',
    "blameless-language/description":
      'Señala culpas en causas y lecciones ("error humano", "culpa de", el nombre de una persona en la causa); busca el proceso que falló.',
    "blameless-language/phrase":
      'La {where, select, cause {causa} other {lección}} usa la expresión culpabilizadora "{phrase}"; describe el proceso o el control que falló, no a la persona.',
    "blameless-language/name":
      'La {where, select, cause {causa} other {lección}} nombra a "{name}"; describe el proceso o el control que falló, no a la persona.',
    "blameless-language/section":
      'La sección "{section}" usa la expresión culpabilizadora "{phrase}"; describe el proceso o el control que falló, no a la persona.',
    "unfinished/description":
      "Fuera de los borradores no queda texto tal como lo dejó la plantilla (marcadores, responsables sin asignar, la lección de ejemplo).",
    "unfinished/placeholder":
      '{field} todavía dice "{value}", un texto de relleno; escribe {kind, select, owner {el responsable real} other {el texto real}} antes de que el post-mortem salga de borrador.',
    "unfinished/template-text":
      "{field} conserva el texto de ejemplo de la plantilla; escribe el real antes de que el post-mortem salga de borrador.",
  },
});

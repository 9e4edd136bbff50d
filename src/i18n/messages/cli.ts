import { defineMessages } from "../define.js";

/** Words every command shares: the main help, usage errors, file-system and configuration problems. */
export const CLI_MESSAGES = defineMessages({
  en: {
    "cli.help": `lessonbook: post-mortems of marketing and communication incidents, kept in git.

Usage: lessonbook <command> [options]

Commands:
  init              set lessonbook up in this repository (configuration, folders, workflows, issue form)
  new "<title>"     write a new draft incident from the template
  lint [paths...]   check incident files (default: incidents/); --fix corrects what is certain
  build             write the lessons-learned knowledge base to kb/ (and the web site with --html)
  report            the quarterly review (--format md, json or html)
  rules             list the lint rules

Every command takes --lang en|es (default: "lang" in lessonbook.config.json, else LANG, else English).
Run "lessonbook <command> --help" for a command's options.
`,
    "cli.see-help": 'Run "lessonbook {command}--help" for usage.',
    "cli.unknown-command": 'Unknown command "{name}". Commands: {commands}.',
    "cli.unknown-option": 'Unknown option "{option}".',
    "cli.missing-value": 'Option "{option}" needs a value.',
    "cli.unexpected-argument": 'Unexpected argument "{argument}": this command takes no file names.',
    "cli.bad-usage": "The command line could not be read: {reason}",
    "cli.bad-lang": '--lang must be en or es; found "{value}".',
    "cli.bad-today": 'LESSONBOOK_TODAY must be a date (YYYY-MM-DD); found "{value}".',
    "cli.internal-error": "lessonbook: internal error (a bug in lessonbook, please report it): {reason}",
    "cli.system-error": "lessonbook: cannot {action} {path}: {reason}.",
    "cli.system.ENOTDIR": "a part of the path is a file, not a folder",
    "cli.system.EISDIR": "it is a folder",
    "cli.system.EACCES": "permission denied",
    "cli.system.EPERM": "permission denied",
    "cli.system.EEXIST": "it already exists",
    "cli.system.ENOENT": "no such file or folder",
    "cli.system.ENOSPC": "the disk is full",
    "cli.system.EDQUOT": "your disk quota is used up",
    "cli.system.EFBIG": "the file would be larger than this system allows",
    "cli.system.EROFS": "the file system is read-only",
    "cli.system.ELOOP": "too many symbolic links",
    "cli.system.ENAMETOOLONG": "the name is too long",
    "cli.system.other": "error {code}",
    "cli.action.open": "open",
    "cli.action.read": "read",
    "cli.action.write": "write",
    "cli.action.other": "use",
    "files.none-found": "No incident files found in {paths}.",
    "files.changed-meanwhile": "{file} changed while the site was being built, and nothing was written: run lessonbook build again.",
    "files.none-yet": 'No incident yet in {paths}: write the first one with lessonbook new "<title>".',
    "files.no-such-path": "No such file or folder: {path}",
    "files.pattern-no-match": 'No files match the pattern "{pattern}".',
    "config.unreadable": "Configuration file could not be read: {reason}",
    "config.not-json": "The configuration is not valid JSON: {reason}. Check for a missing comma or quote near here.",
    "config.invalid": "{problem}",
    "config.unknown-field":
      'Unknown setting "{key}"{where, select, top {} other { in {where}}}.{hint, select, none {} other { Did you mean "{hint}"?}}',
    "git.not-a-repository": "--changed-since needs a git repository, and {cwd} is not inside one.",
    "git.failed": "--changed-since: git failed: {reason}",
    "git.bad-ref": '--changed-since takes a git ref such as origin/main; found "{ref}".',
    "git.unknown-ref": '--changed-since: git knows no commit "{ref}" here (for a pull request, fetch the base branch first).',
    "out.folder-outside": '--out must be a folder inside the working directory; found "{out}".',
    "out.folder-overlaps": "--out {out} overlaps the incident folder {path}; choose an output folder of its own.",
    "out.folder-is-file": "--out {out} is a file, not a folder.",
    "out.file-outside": '{option} must be a file inside the working directory; found "{out}".',
    "out.file-is-folder": "{option} {out} is a folder; give the name of a file instead.",
  },
  es: {
    "cli.help": `lessonbook: post-mortems de incidentes de marketing y comunicación, guardados en git.

Uso: lessonbook <comando> [opciones]

Comandos:
  init              prepara lessonbook en este repositorio (configuración, carpetas, workflows, formulario)
  new "<título>"    crea un borrador de incidente a partir de la plantilla
  lint [rutas...]   revisa los archivos de incidentes (por defecto: incidents/); --fix corrige lo seguro
  build             escribe la base de conocimiento de lecciones aprendidas en kb/ (y el sitio web con --html)
  report            la revisión trimestral (--format md, json o html)
  rules             lista las reglas de revisión

Todos los comandos aceptan --lang en|es (por defecto: "lang" en lessonbook.config.json, si no LANG, si no inglés).
Ejecuta "lessonbook <comando> --help" para ver las opciones de un comando.
`,
    "cli.see-help": 'Ejecuta "lessonbook {command}--help" para ver cómo se usa.',
    "cli.unknown-command": 'Comando desconocido "{name}". Comandos: {commands}.',
    "cli.unknown-option": 'Opción desconocida "{option}".',
    "cli.missing-value": 'La opción "{option}" necesita un valor.',
    "cli.unexpected-argument": 'Argumento inesperado "{argument}": este comando no recibe nombres de archivo.',
    "cli.bad-usage": "No se pudo leer la línea de comandos: {reason}",
    "cli.bad-lang": '--lang debe ser en o es; se encontró "{value}".',
    "cli.bad-today": 'LESSONBOOK_TODAY debe ser una fecha (AAAA-MM-DD); se encontró "{value}".',
    "cli.internal-error": "lessonbook: error interno (un fallo de lessonbook; por favor, avísanos): {reason}",
    "cli.system-error": "lessonbook: no se puede {action} {path}: {reason}.",
    "cli.system.ENOTDIR": "una parte de la ruta es un archivo, no una carpeta",
    "cli.system.EISDIR": "es una carpeta",
    "cli.system.EACCES": "permiso denegado",
    "cli.system.EPERM": "permiso denegado",
    "cli.system.EEXIST": "ya existe",
    "cli.system.ENOENT": "no existe ese archivo o carpeta",
    "cli.system.ENOSPC": "el disco está lleno",
    "cli.system.EDQUOT": "se agotó tu cuota de disco",
    "cli.system.EFBIG": "el archivo superaría el tamaño que permite este sistema",
    "cli.system.EROFS": "el sistema de archivos es de solo lectura",
    "cli.system.ELOOP": "demasiados enlaces simbólicos",
    "cli.system.ENAMETOOLONG": "el nombre es demasiado largo",
    "cli.system.other": "error {code}",
    "cli.action.open": "abrir",
    "cli.action.read": "leer",
    "cli.action.write": "escribir",
    "cli.action.other": "usar",
    "files.none-found": "No se encontraron archivos de incidentes en {paths}.",
    "files.changed-meanwhile": "{file} cambió mientras se construía el sitio y no se escribió nada: vuelve a ejecutar lessonbook build.",
    "files.none-yet": 'Todavía no hay incidentes en {paths}: escribe el primero con lessonbook new "<título>".',
    "files.no-such-path": "No existe el archivo o la carpeta: {path}",
    "files.pattern-no-match": 'Ningún archivo coincide con el patrón "{pattern}".',
    "config.unreadable": "No se pudo leer el archivo de configuración: {reason}",
    "config.not-json": "La configuración no es JSON válido: {reason}. Revisa si falta una coma o unas comillas cerca de aquí.",
    "config.invalid": "{problem}",
    "config.unknown-field":
      'Ajuste desconocido "{key}"{where, select, top {} other { en {where}}}.{hint, select, none {} other { ¿Quisiste decir "{hint}"?}}',
    "git.not-a-repository": "--changed-since necesita un repositorio git, y {cwd} no está dentro de uno.",
    "git.failed": "--changed-since: git falló: {reason}",
    "git.bad-ref": '--changed-since recibe una referencia de git como origin/main; se encontró "{ref}".',
    "git.unknown-ref":
      '--changed-since: git no conoce ningún commit "{ref}" aquí (en una pull request, descarga antes la rama base con git fetch).',
    "out.folder-outside": '--out debe ser una carpeta dentro del directorio de trabajo; se encontró "{out}".',
    "out.folder-overlaps": "--out {out} se solapa con la carpeta de incidentes {path}; elige una carpeta de salida propia.",
    "out.folder-is-file": "--out {out} es un archivo, no una carpeta.",
    "out.file-outside": '{option} debe ser un archivo dentro del directorio de trabajo; se encontró "{out}".',
    "out.file-is-folder": "{option} {out} es una carpeta; indica en su lugar el nombre de un archivo.",
  },
});

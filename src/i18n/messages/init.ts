import { defineMessages } from "../define.js";

/** `lessonbook init`: help, the lines it prints and its errors. */
export const INIT_MESSAGES = defineMessages({
  en: {
    "init.help": `Usage: lessonbook init [options]

Sets lessonbook up in this repository and prints one line per file:
  lessonbook.config.json                     the configuration, in the chosen language
  incidents/README.md                        how the team adds an incident
  .github/workflows/incidents.yml            checks incident files in pull requests
  .github/ISSUE_TEMPLATE/incident.yml        a form for people who never edit YAML
  .github/workflows/incident-from-issue.yml  turns a submitted form into a draft in a pull request
  .github/workflows/incidents-site.yml       with --pages: publishes the knowledge base on GitHub Pages
and adds the npm scripts "report" and "lint:incidents" to package.json.
Never overwrites a file: one that exists is kept as it is, so running it again changes nothing.

Options:
      --lang <en|es>    language of the configuration, the README, the form and the workflows
                        (default: "lang" in lessonbook.config.json, else LANG, else en)
      --pages           also write the workflow that publishes the knowledge-base site to GitHub Pages
  -h, --help            show this help
`,
    "init.created": "created {file}",
    "init.kept": "kept {file}: it already exists, so it was left as it is",
    "init.scripts-added": "updated package.json: added the npm {count, plural, one {script} other {scripts}} {names}",
    "init.scripts-present": "kept package.json: it already has the npm scripts {names}",
    "init.script-other": 'kept package.json: its script "{name}" runs "{command}"; lessonbook\'s would run "{ours}"',
    "init.no-package": "no package.json here: after npm init, add these npm scripts to it:",
    "init.scripts-unsafe":
      "kept package.json as it is (lessonbook could not add to it without changing its layout): add these npm scripts to it by hand:",
    "init.next":
      'Next: commit these files, then on GitHub create the label "incident" (Issues > Labels) and allow workflows to open pull requests (Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests").',
    "init.next-pages": 'For the site: Settings > Pages > Source: "GitHub Actions".',
  },
  es: {
    "init.help": `Uso: lessonbook init [opciones]

Prepara lessonbook en este repositorio y muestra una línea por archivo:
  lessonbook.config.json                     la configuración, en el idioma elegido
  incidents/README.md                        cómo añade el equipo un incidente
  .github/workflows/incidents.yml            revisa los archivos de incidentes en las pull requests
  .github/ISSUE_TEMPLATE/incident.yml        un formulario para quien nunca edita YAML
  .github/workflows/incident-from-issue.yml  convierte un formulario enviado en un borrador en una pull request
  .github/workflows/incidents-site.yml       con --pages: publica la base de conocimiento en GitHub Pages
y añade los scripts de npm "report" y "lint:incidents" a package.json.
Nunca sobrescribe un archivo: uno que ya existe se conserva tal cual, así que repetirlo no cambia nada.

Opciones:
      --lang <en|es>    idioma de la configuración, el README, el formulario y los workflows
                        (por defecto: "lang" en lessonbook.config.json, si no LANG, si no en)
      --pages           escribe también el workflow que publica el sitio de la base de conocimiento en GitHub Pages
  -h, --help            muestra esta ayuda
`,
    "init.created": "creado {file}",
    "init.kept": "conservado {file}: ya existía, así que no se tocó",
    "init.scripts-added":
      "actualizado package.json: {count, plural, one {se añadió el script de npm} other {se añadieron los scripts de npm}} {names}",
    "init.scripts-present": "conservado package.json: ya tiene los scripts de npm {names}",
    "init.script-other": 'conservado package.json: su script "{name}" ejecuta "{command}"; el de lessonbook ejecutaría "{ours}"',
    "init.no-package": "aquí no hay package.json: después de npm init, añádele estos scripts de npm:",
    "init.scripts-unsafe":
      "conservado package.json tal cual (lessonbook no podía añadirle nada sin cambiar su formato): añádele a mano estos scripts de npm:",
    "init.next":
      'Siguiente paso: haz commit de estos archivos y súbelos; después, en GitHub, crea la etiqueta "incident" (Issues > Labels) y permite que los workflows abran pull requests (Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests").',
    "init.next-pages": 'Para el sitio: Settings > Pages > Source: "GitHub Actions".',
  },
});

import { defineMessages } from "../define.js";

/** `lessonbook init`: help, the lines it prints and its errors. */
export const INIT_MESSAGES = defineMessages({
  en: {
    "init.help": `Usage: lessonbook init [options]

Sets lessonbook up in this repository: lessonbook.config.json, incidents/ with a short README, a
workflow that checks incident files in pull requests, an issue form for people who never edit YAML and
the workflow that turns a submitted form into a draft incident. Never overwrites a file.

Options:
      --lang <en|es>    language of the configuration, the README and the form (default: LANG, else en)
      --pages           also write a workflow that publishes the knowledge-base site to GitHub Pages
  -h, --help            show this help
`,
  },
  es: {
    "init.help": `Uso: lessonbook init [opciones]

Prepara lessonbook en este repositorio: lessonbook.config.json, incidents/ con un README breve, un
workflow que revisa los archivos de incidentes en las pull requests, un formulario de issue para quien
nunca edita YAML y el workflow que convierte un formulario enviado en un borrador de incidente. Nunca
sobrescribe un archivo.

Opciones:
      --lang <en|es>    idioma de la configuración, el README y el formulario (por defecto: LANG, si no en)
      --pages           escribe también un workflow que publica el sitio de la base de conocimiento en GitHub Pages
  -h, --help            muestra esta ayuda
`,
  },
});

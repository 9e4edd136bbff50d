import type { Language } from "../i18n/language.js";
import { SETUP_WORDS } from "../i18n/setup.js";
import { issueFormYaml } from "./issue-form.js";
import { fromIssueWorkflow, lintWorkflow, pagesWorkflow } from "./workflows.js";

/** Where the configuration points editors for its JSON Schema: the installed package's copy. */
export const CONFIG_SCHEMA = "./node_modules/lessonbook/schemas/config.schema.json";

/**
 * The README of the incidents folder. GitHub shows it on the folder's page; its extension keeps it out
 * of `lint`, which reads every `.md` file of the folder as an incident.
 */
export const INCIDENTS_README = "incidents/README.md";

export interface SetupFile {
  /** Relative to the repository, with `/`. */
  path: string;
  text: string;
}

/** Every file `lessonbook init` writes, in the order it reports them. */
export function setupFiles(lang: Language, options: { pages: boolean }): SetupFile[] {
  const files: SetupFile[] = [
    { path: "lessonbook.config.json", text: `${JSON.stringify({ $schema: CONFIG_SCHEMA, lang }, null, 2)}\n` },
    { path: INCIDENTS_README, text: SETUP_WORDS[lang].incidentsReadme },
    { path: ".github/workflows/incidents.yml", text: lintWorkflow(lang) },
    { path: ".github/ISSUE_TEMPLATE/incident.yml", text: issueFormYaml(lang) },
    { path: ".github/workflows/incident-from-issue.yml", text: fromIssueWorkflow(lang) },
  ];
  if (options.pages) files.push({ path: ".github/workflows/incidents-site.yml", text: pagesWorkflow(lang) });
  return files;
}

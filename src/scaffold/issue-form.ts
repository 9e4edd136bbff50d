import { stringify } from "yaml";
import { FORM_WORDS, type FormFieldId, type FormWords } from "../i18n/form.js";
import { SETUP_WORDS } from "../i18n/setup.js";
import type { Language } from "../schema/index.js";

/** The label that files an issue for the workflow that turns it into a draft incident. */
export const INCIDENT_LABEL = "incident";

type Choice = "severity" | "category" | "channels" | "source";

export interface FormField {
  id: FormFieldId;
  type: "input" | "dropdown" | "textarea";
  required: boolean;
  /** For dropdowns: which list of option labels of `FormWords` it offers. */
  choice?: Choice;
  multiple?: boolean;
}

/** The form's fields in order; the ids are the incident's own names. */
export const FORM_FIELDS: readonly FormField[] = [
  { id: "started", type: "input", required: true },
  { id: "detected", type: "input", required: true },
  { id: "severity", type: "dropdown", required: true, choice: "severity" },
  { id: "category", type: "dropdown", required: true, choice: "category" },
  { id: "channels", type: "dropdown", required: true, choice: "channels", multiple: true },
  { id: "owner", type: "input", required: false },
  { id: "source", type: "dropdown", required: false, choice: "source" },
  { id: "summary", type: "textarea", required: true },
  { id: "what-happened", type: "textarea", required: false },
  { id: "response", type: "textarea", required: false },
  { id: "lessons", type: "textarea", required: false },
];

/** The option labels of a dropdown, in the order of the format's values. */
export function optionLabels(words: FormWords, choice: Choice): string[] {
  return Object.values(words[choice]);
}

/** The issue form as a plain object, in the GitHub issue-forms syntax. */
export function issueForm(lang: Language): Record<string, unknown> {
  const words = FORM_WORDS[lang];
  return {
    name: words.name,
    description: words.description,
    labels: [INCIDENT_LABEL],
    body: [
      { type: "markdown", attributes: { value: words.intro } },
      ...FORM_FIELDS.map((field) => {
        const { label, description, placeholder } = words.fields[field.id];
        const attributes: Record<string, unknown> = { label, description };
        if (placeholder) attributes.placeholder = placeholder;
        if (field.choice) attributes.options = optionLabels(words, field.choice);
        if (field.multiple) attributes.multiple = true;
        return { type: field.type, id: field.id, attributes, validations: { required: field.required } };
      }),
    ],
  };
}

/** `.github/ISSUE_TEMPLATE/incident.yml`. */
export function issueFormYaml(lang: Language): string {
  return `# ${SETUP_WORDS[lang].formHeader}\n${stringify(issueForm(lang), { lineWidth: 0 })}`;
}

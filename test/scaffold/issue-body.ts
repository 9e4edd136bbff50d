/**
 * An issue body as GitHub renders a submitted form: for each field that is not Markdown, `### label`, a
 * blank line and the answer; `_No response_` when it was left empty; the choices of a multiple
 * dropdown joined with ", ". Answers are given by field id; option answers by their labels.
 */
import { FORM_WORDS } from "../../src/i18n/form.js";
import { issueForm } from "../../src/scaffold/issue-form.js";

type Answer = string | string[] | undefined;

export function renderIssueBody(lang: "en" | "es", answers: Record<string, Answer>): string {
  const form = issueForm(lang) as { body: { type: string; id?: string; attributes: { label?: string } }[] };
  const parts: string[] = [];
  for (const field of form.body) {
    if (field.type === "markdown") continue;
    const answer = answers[field.id!];
    const text = Array.isArray(answer) ? answer.join(", ") : answer;
    parts.push(`### ${field.attributes.label}\n\n${text?.trim() ? text : "_No response_"}`);
  }
  return parts.join("\n\n");
}

/** The label the form shows for a value of a dropdown, in a language. */
export function optionLabel(lang: "en" | "es", id: string, value: string): string {
  const form = issueForm(lang) as { body: { id?: string; attributes: { options?: string[] } }[] };
  const options = form.body.find((f) => f.id === id)!.attributes.options!;
  return options[valueIndex(id, value)]!;
}

function valueIndex(id: string, value: string): number {
  const words = FORM_WORDS.en[id as "severity" | "category" | "channels" | "source"];
  const index = Object.keys(words).indexOf(value);
  if (index < 0) throw new Error(`no option ${value} in ${id}`);
  return index;
}

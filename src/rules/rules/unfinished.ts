import { fold } from "../../i18n/fold.js";
import { PLACEHOLDER_MARKERS, TEMPLATE_TEXT } from "../../i18n/template.js";
import type { DataPath } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";
import { actionsOf, asList, asRecord, shorten } from "../values.js";

/** The template's example texts, in every language, folded for comparison. */
const EXAMPLES = new Set(
  Object.values(TEMPLATE_TEXT).flatMap((t) => [t.summary, t.lessonExample, t.taskExample].map((x) => fold(x).trim())),
);
const MARKERS = PLACEHOLDER_MARKERS.map(fold);

function isPlaceholder(folded: string): boolean {
  return MARKERS.some((m) => folded === m || folded.startsWith(`${m}:`) || folded.startsWith(`${m} `) || folded.startsWith(`${m}.`));
}

/**
 * Outside drafts, text still as the template wrote it: a placeholder ("To be written: …", "unassigned",
 * "TBD"), or the example lesson and action. A post-mortem in review with those is not written yet.
 */
export default defineRule({
  id: "unfinished",
  severity: "error",
  scope: "file",
  messages: ["placeholder", "template-text"],
  create: () => (doc, report) => {
    if (doc.data.status === "draft" || doc.data.status === undefined) return;
    const check = (value: unknown, path: DataPath, kind: "owner" | "text") => {
      if (typeof value !== "string" || value.trim() === "") return;
      const folded = fold(value).trim();
      if (EXAMPLES.has(folded)) report({ messageId: "template-text", data: {}, path, actual: value });
      else if (isPlaceholder(folded)) report({ messageId: "placeholder", data: { value: shorten(value), kind }, path, actual: value });
    };
    check(doc.data.owner, ["owner"], "owner");
    check(doc.data.title, ["title"], "text");
    const cause = asRecord(doc.data.cause);
    check(cause?.summary, ["cause", "summary"], "text");
    asList(doc.data.timeline).forEach((entry, i) => check(asRecord(entry)?.event, ["timeline", i, "event"], "text"));
    asList(doc.data.lessons).forEach((lesson, i) => check(asRecord(lesson)?.lesson, ["lessons", i, "lesson"], "text"));
    for (const { action, path } of actionsOf(doc.data)) {
      check(action.task, [...path, "task"], "text");
      check(action.owner, [...path, "owner"], "owner");
    }
  },
});

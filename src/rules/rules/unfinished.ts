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
const EXAMPLE_LENGTHS = new Set([...EXAMPLES].map((e) => e.length));
/** A placeholder is recognised by how it starts: this much of a value is enough to fold. */
const HEAD = Math.max(...MARKERS.map((m) => m.length)) + 1;

const PLACEHOLDER = new RegExp(`^(?:${MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*(?:[:.…]|$)`);

/** Markers written in capitals only: "todo" is also the Spanish word for "all". */
const SHOUTED = /^(?:TODO|FIXME|XXX|TBC)\b/;

function isPlaceholder(folded: string, original: string): boolean {
  return PLACEHOLDER.test(folded) || SHOUTED.test(original);
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
      const trimmed = value.trim();
      // Folding every text of every file costs; only a value as long as an example can be one.
      if (EXAMPLE_LENGTHS.has(trimmed.length) && EXAMPLES.has(fold(trimmed)))
        report({ messageId: "template-text", data: {}, path, actual: value });
      else if (isPlaceholder(fold(trimmed.slice(0, HEAD)), trimmed))
        report({ messageId: "placeholder", data: { value: shorten(value), kind }, path, actual: value });
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

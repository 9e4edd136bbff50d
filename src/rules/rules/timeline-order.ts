import { compareTemporal, type Temporal } from "../../dates/index.js";
import { defineRule } from "../define-rule.js";
import { asList, asRecord, asTemporal } from "../values.js";

export default defineRule({
  id: "timeline-order",
  severity: "error",
  scope: "file",
  description: "Timeline entries are in chronological order.",
  create: () => (doc, report) => {
    let previous: { value: Temporal; text: string; index: number } | undefined;
    asList(doc.data.timeline).forEach((entry, index) => {
      const text = asRecord(entry)?.at;
      const value = asTemporal(text);
      if (!value || typeof text !== "string") return;
      if (previous && compareTemporal(value, previous.value) < 0) {
        report({
          path: ["timeline", index, "at"],
          message: `Timeline entry ${index + 1} (${text}) comes before entry ${previous.index + 1} (${previous.text}); list entries oldest first.`,
          expected: `on or after ${previous.text}`,
          actual: text,
        });
      }
      previous = { value, text, index };
    });
  },
});

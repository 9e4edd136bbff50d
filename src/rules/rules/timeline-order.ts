import { compareTemporal, type Temporal } from "../../dates/index.js";
import { defineRule } from "../define-rule.js";
import { asList, asRecord, asTemporal } from "../values.js";

export default defineRule({
  id: "timeline-order",
  severity: "error",
  scope: "file",
  messages: ["before"],
  create: () => (doc, report) => {
    let previous: { value: Temporal; text: string; index: number } | undefined;
    asList(doc.data.timeline).forEach((entry, index) => {
      const text = asRecord(entry)?.at;
      const value = asTemporal(text);
      if (!value || typeof text !== "string") return;
      if (previous && compareTemporal(value, previous.value) < 0) {
        report({
          messageId: "before",
          data: { entry: index + 1, value: text, previousEntry: previous.index + 1, previousValue: previous.text },
          path: ["timeline", index, "at"],
          expected: `>= ${previous.text}`,
          actual: text,
        });
      }
      previous = { value, text, index };
    });
  },
});

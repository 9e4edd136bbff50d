import { defineRule } from "../define-rule.js";
import { asList, asRecord, asTemporal, timeOrder } from "../values.js";

export default defineRule({
  id: "timeline-order",
  severity: "error",
  scope: "file",
  messages: ["before"],
  create: () => (doc, report) => {
    const order = timeOrder<{ text: string; index: number }>();
    asList(doc.data.timeline).forEach((entry, index) => {
      const text = asRecord(entry)?.at;
      const value = asTemporal(text);
      if (!value || typeof text !== "string") return;
      const previous = order.check(value, { text, index });
      if (previous) {
        report({
          messageId: "before",
          data: { entry: index + 1, value: text, previousEntry: previous.index + 1, previousValue: previous.text },
          path: ["timeline", index, "at"],
          expected: `>= ${previous.text}`,
          actual: text,
        });
      }
    });
  },
});

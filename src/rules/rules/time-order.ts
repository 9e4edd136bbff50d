import { defineRule } from "../define-rule.js";
import { asTemporal, timeOrder } from "../values.js";

const ORDER = ["started", "detected", "responded", "resolved"] as const;

export default defineRule({
  id: "time-order",
  severity: "error",
  scope: "file",
  affectsData: true,
  messages: ["before"],
  create: () => (doc, report) => {
    const order = timeOrder<{ field: string; text: string }>();
    for (const field of ORDER) {
      const text = doc.data[field];
      const value = asTemporal(text);
      if (!value || typeof text !== "string") continue;
      // `resolved` follows `detected`, not `responded`, when the team never answered in public.
      const previous = order.check(value, { field, text });
      if (previous) {
        report({
          messageId: "before",
          data: { value: text, previous: `"${previous.field}"`, previousValue: previous.text },
          path: [field],
          expected: `>= ${previous.text}`,
          actual: text,
        });
      }
    }
  },
});

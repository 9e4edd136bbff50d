import { compareTemporal, type Temporal } from "../../dates/index.js";
import { defineRule } from "../define-rule.js";
import { asTemporal } from "../values.js";

const ORDER = ["started", "detected", "responded", "resolved"] as const;

export default defineRule({
  id: "time-order",
  severity: "error",
  scope: "file",
  affectsData: true,
  messages: ["before"],
  create: () => (doc, report) => {
    let previous: { field: string; value: Temporal; text: string } | undefined;
    for (const field of ORDER) {
      const text = doc.data[field];
      const value = asTemporal(text);
      if (!value || typeof text !== "string") continue;
      // `resolved` follows `detected`, not `responded`, when the team never answered in public.
      if (previous && compareTemporal(value, previous.value) < 0) {
        report({
          messageId: "before",
          data: { value: text, previous: `"${previous.field}"`, previousValue: previous.text },
          path: [field],
          expected: `>= ${previous.text}`,
          actual: text,
        });
      }
      previous = { field, value, text };
    }
  },
});

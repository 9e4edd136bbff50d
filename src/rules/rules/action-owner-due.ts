import { defineRule } from "../define-rule.js";
import { actionsOf, asText, quote } from "../values.js";

export default defineRule({
  id: "action-owner-due",
  severity: "error",
  scope: "file",
  description: "Every action item has an owner and a due date, so the lesson is followed up.",
  create: () => (doc, report) => {
    for (const { action, path } of actionsOf(doc.data)) {
      const task = quote(asText(action.task) ?? "(no task)");
      for (const field of ["owner", "due"] as const) {
        if (action[field] !== undefined && action[field] !== null) continue;
        report({
          path: [...path, field],
          message: `Action ${task} has no ${field === "owner" ? "owner: name the one person who will do it" : "due date: add due: YYYY-MM-DD"}.`,
          expected: field === "owner" ? "a person" : "a date",
          actual: "nothing",
        });
      }
    }
  },
});

import { compareDays, formatDay, parseDate } from "../../dates/index.js";
import { defineRule } from "../define-rule.js";
import { actionsOf, asText, shorten } from "../values.js";

export default defineRule({
  id: "overdue-action",
  severity: "warn",
  scope: "file",
  messages: ["overdue"],
  create: ({ today }) => {
    const todayText = formatDay(today);
    return (doc, report) => {
      for (const { action, path } of actionsOf(doc.data)) {
        const due = typeof action.due === "string" ? parseDate(action.due) : null;
        if (!due || action.status === "done" || compareDays(due, today) >= 0) continue;
        report({
          messageId: "overdue",
          data: {
            task: shorten(asText(action.task) ?? "…"),
            due: action.due as string,
            status: String(action.status ?? "open"),
            owner: asText(action.owner) ?? "none",
          },
          path: [...path, "due"],
          expected: `>= ${todayText}`,
          actual: String(action.due),
        });
      }
    };
  },
});

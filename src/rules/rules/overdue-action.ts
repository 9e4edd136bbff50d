import { compareDays, formatDay, parseDate } from "../../dates/index.js";
import { defineRule } from "../define-rule.js";
import { actionsOf, asText, quote } from "../values.js";

export default defineRule({
  id: "overdue-action",
  severity: "warn",
  scope: "file",
  description: "Flags action items past their due date that are not done.",
  create: ({ today }) => {
    const todayText = formatDay(today);
    return (doc, report) => {
      for (const { action, path } of actionsOf(doc.data)) {
        const due = typeof action.due === "string" ? parseDate(action.due) : null;
        if (!due || action.status === "done" || compareDays(due, today) >= 0) continue;
        const owner = asText(action.owner);
        report({
          path: [...path, "due"],
          message: `Action ${quote(asText(action.task) ?? "(no task)")} was due ${action.due} and is still ${action.status ?? "open"}${owner ? ` (owner: ${owner})` : ""}.`,
          expected: `done, or a due date from ${todayText} on`,
          actual: String(action.due),
        });
      }
    };
  },
});

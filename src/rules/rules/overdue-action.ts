import { compareDays, dayFromNumber, dayNumber, parseDate } from "../../dates/index.js";
import { defineRule } from "../define-rule.js";
import { actionsOf, asText, shorten } from "../values.js";

export default defineRule({
  id: "overdue-action",
  severity: "warn",
  scope: "file",
  messages: ["overdue"],
  create: ({ today }) => {
    return (doc, report, changesOn) => {
      for (const { action, path } of actionsOf(doc.data)) {
        const due = typeof action.due === "string" ? parseDate(action.due) : null;
        if (!due || action.status === "done") continue;
        // Not overdue yet: it will be the day after its due day.
        if (compareDays(due, today) >= 0) {
          changesOn(dayFromNumber(dayNumber(due) + 1));
          continue;
        }
        report({
          messageId: "overdue",
          data: {
            task: shorten(asText(action.task) ?? "…"),
            due: action.due as string,
            status: String(action.status ?? "open"),
            owner: asText(action.owner) ?? "none",
          },
          path: [...path, "due"],
          // No day in it: a result kept by `lint --cache` stays true on the days after.
          expected: "status done, or a due day not yet past",
          actual: String(action.due),
        });
      }
    };
  },
});

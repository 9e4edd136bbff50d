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
        // Overdue from the day after its due day, and on every day after that.
        changesOn(dayFromNumber(dayNumber(due) + 1));
        if (compareDays(due, today) >= 0) continue;
        report({
          messageId: "overdue",
          data: {
            task: shorten(asText(action.task) ?? "…"),
            due: action.due as string,
            status: String(action.status ?? "open"),
            owner: asText(action.owner) ?? "none",
          },
          path: [...path, "due"],
          // No day in it: a result kept by `lint --cache` stays true on the other days it is given back.
          expected: "due: today or later, or status: done",
          actual: String(action.due),
        });
      }
    };
  },
});

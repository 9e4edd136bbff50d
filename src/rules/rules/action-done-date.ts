import { defineRule } from "../define-rule.js";
import { actionsOf, asText, quote } from "../values.js";

export default defineRule({
  id: "action-done-date",
  severity: "warn",
  scope: "file",
  description: "A done action says when it was done, and only a done action has a done date.",
  create: () => (doc, report) => {
    for (const { action, path } of actionsOf(doc.data)) {
      const task = quote(asText(action.task) ?? "(no task)");
      if (action.status === "done" && action.done === undefined) {
        report({
          path: [...path, "status"],
          message: `Action ${task} is done but has no "done" date; recurrence reports need it to tell whether the lesson stuck.`,
          expected: "done: YYYY-MM-DD",
          actual: "nothing",
        });
      } else if (action.status !== "done" && action.done !== undefined && action.status !== undefined) {
        report({
          path: [...path, "done"],
          key: true,
          message: `Action ${task} has a "done" date but its status is "${String(action.status)}"; set status: done or remove the date.`,
          expected: "status: done",
          actual: `status: ${String(action.status)}`,
        });
      }
    }
  },
});

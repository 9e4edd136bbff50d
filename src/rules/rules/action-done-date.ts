import { defineRule } from "../define-rule.js";
import { actionsOf, asText, shorten } from "../values.js";
import { typoOfMissing } from "./unknown-key.js";

export default defineRule({
  id: "action-done-date",
  severity: "warn",
  scope: "file",
  messages: ["no-date", "not-done"],
  create: (run) => (doc, report) => {
    for (const { action, path } of actionsOf(doc.data)) {
      const task = () => shorten(asText(action.task) ?? "…");
      // `doen: 2026-04-20` is a done date written under a typo: unknown-key names it, once.
      if (action.status === "done" && action.done === undefined && !typoOfMissing(run, doc.data, [...path, "done"])) {
        report({
          messageId: "no-date",
          data: { task: task() },
          path: [...path, "status"],
          expected: "done: YYYY-MM-DD",
          actual: "nothing",
        });
      } else if (action.status !== "done" && action.done !== undefined && action.status !== undefined) {
        report({
          messageId: "not-done",
          data: { task: task(), status: String(action.status) },
          path: [...path, "done"],
          key: true,
          expected: "status: done",
          actual: `status: ${String(action.status)}`,
        });
      }
    }
  },
});

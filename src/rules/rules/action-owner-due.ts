import { defineRule } from "../define-rule.js";
import { actionsOf, asText, shorten } from "../values.js";
import { typoOfMissing } from "./unknown-key.js";

export default defineRule({
  id: "action-owner-due",
  severity: "error",
  scope: "file",
  messages: ["no-owner", "no-due"],
  create: (run) => (doc, report) => {
    for (const { action, path } of actionsOf(doc.data)) {
      const task = () => shorten(asText(action.task) ?? "…");
      for (const field of ["owner", "due"] as const) {
        if (action[field] !== undefined && action[field] !== null) continue;
        // `ownr:` is one mistake, not two: the unknown-key rule names the typo and can fix it.
        if (typoOfMissing(run, doc.data, [...path, field])) continue;
        report({ messageId: field === "owner" ? "no-owner" : "no-due", data: { task: task() }, path: [...path, field], actual: "nothing" });
      }
    }
  },
});

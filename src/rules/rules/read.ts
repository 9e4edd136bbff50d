import { defineRule } from "../define-rule.js";

/** Reading a file is a rule like any other, so that its problems carry an id, words and a severity. */
export default defineRule({
  id: "read",
  severity: "error",
  scope: "file",
  affectsData: true,
  onUnreadable: true,
  messages: ["too-large", "binary", "not-utf8", "empty", "unreadable", "permission-denied", "is-folder", "gone", "internal"],
  create: () => (doc, report) => {
    for (const p of doc.problems) {
      if (p.rule !== "read") continue;
      report({
        messageId: p.messageId,
        data: p.data,
        located: { line: p.line, column: p.column },
        fatal: true,
      });
    }
  },
});

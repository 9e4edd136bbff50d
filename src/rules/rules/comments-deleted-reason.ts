import { defineRule } from "../define-rule.js";
import { asRecord, asText } from "../values.js";

export default defineRule({
  id: "comments-deleted-reason",
  severity: "error",
  scope: "file",
  messages: ["no-reason"],
  create: () => (doc, report) => {
    const response = asRecord(doc.data.response);
    const deleted = response?.commentsDeleted;
    if (typeof deleted !== "number" || deleted <= 0 || asText(response?.commentsDeletedReason)) return;
    report({
      messageId: "no-reason",
      data: { count: deleted },
      path: ["response", "commentsDeleted"],
      expected: "response.commentsDeletedReason",
    });
  },
});

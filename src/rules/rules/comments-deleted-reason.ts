import { defineRule } from "../define-rule.js";
import { asRecord, asText } from "../values.js";

export default defineRule({
  id: "comments-deleted-reason",
  severity: "error",
  scope: "file",
  description: "Deleting audience comments is recorded with the reason why.",
  create: () => (doc, report) => {
    const response = asRecord(doc.data.response);
    const deleted = response?.commentsDeleted;
    if (typeof deleted !== "number" || deleted <= 0 || asText(response?.commentsDeletedReason)) return;
    report({
      path: ["response", "commentsDeleted"],
      message: `${deleted} comment${deleted === 1 ? " was" : "s were"} deleted without a reason; add response.commentsDeletedReason (for example: personal data, hate speech, spam).`,
      expected: "response.commentsDeletedReason",
      actual: "nothing",
    });
  },
});

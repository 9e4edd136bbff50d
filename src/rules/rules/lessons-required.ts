import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "lessons-required",
  severity: "error",
  scope: "file",
  messages: ["none"],
  create: () => (doc, report) => {
    const status = doc.data.status;
    if ((status === "review" || status === "final") && Array.isArray(doc.data.lessons) && doc.data.lessons.length === 0) {
      report({ messageId: "none", data: { status }, path: ["lessons"], expected: ">= 1", actual: "[]" });
    }
  },
});

import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "lessons-required",
  severity: "error",
  scope: "file",
  description: "A post-mortem in review or final has at least one lesson; only a draft may have none.",
  create: () => (doc, report) => {
    const status = doc.data.status;
    if ((status === "review" || status === "final") && Array.isArray(doc.data.lessons) && doc.data.lessons.length === 0) {
      report({
        path: ["lessons"],
        message: `A post-mortem with status "${status}" needs at least one lesson; keep it as "draft" until the team has written them.`,
        expected: "at least one lesson",
        actual: "an empty list",
      });
    }
  },
});

import { createIncidentSchema, toProblem } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "schema",
  severity: "error",
  scope: "file",
  description: "Front-matter fields have the types and values the incident format defines.",
  create({ config }) {
    const schema = createIncidentSchema({ causes: config.causes, ...(config.channels ? { channels: config.channels } : {}) });
    return (doc, report) => {
      const result = schema.safeParse(doc.data, { reportInput: true });
      if (result.success) return;
      for (const issue of result.error.issues) {
        const problem = toProblem(issue);
        report({ path: problem.path, message: problem.message, expected: problem.expected, actual: problem.actual });
      }
    };
  },
});

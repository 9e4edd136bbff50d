import { defineRule } from "../define-rule.js";
import { asText } from "../values.js";

export default defineRule({
  id: "id-matches-filename",
  severity: "error",
  scope: "file",
  description: "The file name without .md equals the incident's id.",
  create: () => (doc, report) => {
    const id = asText(doc.data.id);
    const name = doc.file.slice(doc.file.lastIndexOf("/") + 1).replace(/\.md$/i, "");
    if (id !== undefined && id !== name) {
      report({
        path: ["id"],
        message: `Id "${id}" does not match the file name "${name}.md"; rename the file or change the id.`,
        expected: name,
        actual: id,
      });
    }
  },
});

import { idInFileName } from "../../model/file-id.js";
import { defineRule } from "../define-rule.js";
import { asText } from "../values.js";

export default defineRule({
  id: "id-matches-filename",
  severity: "error",
  scope: "file",
  messages: ["mismatch"],
  create: () => (doc, report) => {
    const id = asText(doc.data.id);
    const name = idInFileName(doc.file);
    if (id !== undefined && id !== name) {
      report({ messageId: "mismatch", data: { id, name }, path: ["id"], expected: name, actual: id });
    }
  },
});

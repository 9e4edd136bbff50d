import { defineRule, type ParsedDocument } from "../define-rule.js";
import { asText } from "../values.js";

export default defineRule({
  id: "unique-id",
  severity: "error",
  scope: "corpus",
  description: "No two incidents share an id, in any folder.",
  create: () => (docs, report) => {
    const byId = new Map<string, ParsedDocument[]>();
    for (const doc of docs) {
      const id = asText(doc.data.id);
      if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), doc]);
    }
    for (const [id, group] of byId) {
      if (group.length < 2) continue;
      for (const doc of group) {
        const others = group.filter((d) => d !== doc).map((d) => d.file);
        report(doc, { path: ["id"], message: `Id "${id}" is also used by ${others.join(", ")}; ids must be unique.`, actual: id });
      }
    }
  },
});

import { suggest } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";
import { asList, asText } from "../values.js";

export default defineRule({
  id: "related-exists",
  severity: "error",
  scope: "corpus",
  description: "Every id listed in `related` is an incident of the corpus.",
  create: () => (docs, report) => {
    const ids = docs.map((d) => asText(d.data.id)).filter((id): id is string => id !== undefined);
    const known = new Set(ids);
    for (const doc of docs) {
      asList(doc.data.related).forEach((value, i) => {
        if (typeof value !== "string" || known.has(value)) return;
        const hint = suggest(value, ids);
        report(doc, {
          path: ["related", i],
          message: `Related incident "${value}" does not exist.${hint ? ` Did you mean "${hint}"?` : ""}`,
          expected: "the id of an existing incident",
          actual: value,
        });
      });
    }
  },
});

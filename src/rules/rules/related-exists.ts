import type { Located } from "../../model/index.js";
import { suggest } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";
import { asList, asText } from "../values.js";

interface Entry {
  id: string | undefined;
  related: { id: string; at: Located }[];
}

export default defineRule<Entry>({
  id: "related-exists",
  severity: "error",
  scope: "corpus",
  messages: ["unknown", "unknown-suggest"],
  create: () => ({
    collect(doc) {
      const related = asList(doc.data.related).flatMap((value, i) =>
        typeof value === "string" ? [{ id: value, at: doc.locate(["related", i]) }] : [],
      );
      return { id: asText(doc.data.id), related };
    },
    check(entries, report) {
      const ids = entries.flatMap((e) => (e.value.id ? [e.value.id] : []));
      const known = new Set(ids);
      for (const { file, value } of entries) {
        for (const { id, at } of value.related) {
          if (known.has(id)) continue;
          const hint = suggest(id, ids);
          report(file, {
            messageId: hint ? "unknown-suggest" : "unknown",
            data: { id, ...(hint ? { suggestion: hint } : {}) },
            located: at,
            actual: id,
            about: id,
          });
        }
      }
    },
  }),
});

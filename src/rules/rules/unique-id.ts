import { defineRule } from "../define-rule.js";
import { isPlace } from "../../model/lint-cache.js";
import { asRecord, asText } from "../values.js";

interface Entry {
  id: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export default defineRule<Entry>({
  id: "unique-id",
  severity: "error",
  scope: "corpus",
  affectsData: true,
  messages: ["duplicate"],
  create: () => ({
    collect(doc) {
      const id = asText(doc.data.id);
      if (id === undefined) return undefined;
      const { line, column, endLine, endColumn } = doc.locate(["id"]);
      return endLine ? { id, line, column, endLine, endColumn } : { id, line, column };
    },
    isCollected: (value): value is Entry => typeof asRecord(value)?.id === "string" && isPlace(value),
    check(entries, report) {
      const byId = new Map<string, { file: string; value: Entry }[]>();
      for (const entry of entries) byId.set(entry.value.id, [...(byId.get(entry.value.id) ?? []), entry]);
      for (const [id, group] of byId) {
        if (group.length < 2) continue;
        for (const { file, value } of group) {
          const others = group.filter((g) => g.file !== file).map((g) => g.file);
          report(file, { messageId: "duplicate", data: { id, others: others.join(", ") }, located: value, actual: id });
        }
      }
    },
  }),
});

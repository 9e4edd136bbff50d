import type { Located } from "../../model/index.js";
import { suggest } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";
import { isPlace } from "../../model/lint-cache.js";
import { asList, asRecord, asText } from "../values.js";

/**
 * The work a run's suggestions of a known id for an unknown one may take (`SuggestBudget`). Ten thousand
 * ids of a hundred characters leave the first four unknown ids a suggestion (ids of 45 characters, the
 * first twenty); a thousand ids, ten times as many. Measured with it: 3,000 files naming 3,000 mistyped
 * ids among 10,000 of that length lint in 1.82 s, against 1.77 s for 3,000 files naming one short missing
 * id, whose look ends on length alone. Every unknown id is reported, suggestion or not.
 */
const SUGGEST_WORK = 400_000_000;

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
    isCollected: (value): value is Entry => {
      const entry = asRecord(value);
      if (!entry || (entry.id !== undefined && typeof entry.id !== "string") || !Array.isArray(entry.related)) return false;
      return entry.related.every((r: unknown) => typeof asRecord(r)?.id === "string" && isPlace(asRecord(r)?.at));
    },
    check(entries, report) {
      const ids = entries.flatMap((e) => (e.value.id ? [e.value.id] : []));
      const known = new Set(ids);
      const budget = { work: SUGGEST_WORK };
      // Many files may name the same missing incident: each unknown id is looked up once.
      const hints = new Map<string, string | undefined>();
      const hintFor = (id: string) => {
        if (!hints.has(id)) hints.set(id, suggest(id, ids, budget));
        return hints.get(id);
      };
      for (const { file, value } of entries) {
        for (const { id, at } of value.related) {
          if (known.has(id)) continue;
          const hint = hintFor(id);
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

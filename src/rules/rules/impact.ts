import { closeCandidates, suggest } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";
import { asRecord } from "../values.js";

/** The figures of `impact` the format names. */
const FIGURES = [
  "reach",
  "mentions",
  "negativeMentions",
  "complaints",
  "engagement",
  "sentimentBefore",
  "sentimentAfter",
  "followersLost",
  "customersAffected",
  "cost",
] as const;
const COUNTS = new Set(["reach", "mentions", "negativeMentions", "complaints", "engagement", "followersLost", "customersAffected"]);

export default defineRule({
  id: "impact",
  severity: "warn",
  scope: "file",
  fixable: true,
  messages: ["unknown-suggest", "unknown", "decimal-point"],
  create: () => (doc, report) => {
    const impact = asRecord(doc.data.impact);
    if (!impact) return;
    // Only a front-matter with a number written like 52.000 can have one; most have none, and locating costs.
    const separated = /\d\.\d{3}(?!\d)/.test(doc.text.slice(0, doc.text.length - doc.body.length));
    const free = FIGURES.filter((k) => !Object.hasOwn(impact, k));
    for (const [key, value] of Object.entries(impact)) {
      if ((FIGURES as readonly string[]).includes(key)) {
        // A value YAML read as a fraction is the schema rule's (a count must be whole); here only 52.000 → 52,
        // which can only have been written so for a value under 1,000.
        if (!separated || !COUNTS.has(key) || typeof value !== "number" || !Number.isInteger(value) || value >= 1000) continue;
        // `52.000` is 52 to YAML; a count written with a thousands separator was meant as 52000.
        const at = doc.locate(["impact", key]);
        const written = at.start !== undefined ? doc.text.slice(at.start, at.end) : "";
        if (/^\d{1,3}(\.\d{3})+$/.test(written)) {
          report({
            messageId: "decimal-point",
            data: { written, read: value, meant: Number(written.replace(/\./g, "")) },
            path: ["impact", key],
            expected: written.replace(/\./g, ""),
            actual: written,
          });
        }
        continue;
      }
      const hint = suggest(key, free);
      const certain = hint && closeCandidates(key, free).length === 1;
      report({
        messageId: hint ? "unknown-suggest" : "unknown",
        data: { key, ...(hint ? { suggestion: hint } : { known: FIGURES.join(", ") }) },
        path: ["impact", key],
        key: true,
        actual: key,
        ...(certain ? { fix: { key: hint } } : {}),
      });
    }
  },
});

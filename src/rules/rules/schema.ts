import { createIncidentSchema, issueReport } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";
import { typoOfMissing } from "./unknown-key.js";

export default defineRule({
  id: "schema",
  severity: "error",
  scope: "file",
  affectsData: true,
  fixable: true,
  messages: [
    "missing",
    "missing-in",
    "wrong-type",
    "text-unquoted",
    "not-one-of",
    "not-one-of-suggest",
    "synonym",
    "case",
    "empty",
    "slug",
    "too-long",
    "not-enough",
    "negative",
    "not-whole",
    "decimal-separator",
    "number-as-text",
    "yes-no-as-text",
    "currency",
    "currency-case",
    "date",
    "date-only",
    "date-rewrite",
    "date-time-rewrite",
    "date-ambiguous",
    "date-no-offset",
    "date-time-not-allowed",
    "date-impossible",
    "cost-shape",
  ],
  create(run) {
    const { config, lang } = run;
    const schema = createIncidentSchema({ causes: config.causes, ...(config.channels ? { channels: config.channels } : {}) });
    const ctx = { lang, ...(config.channels ? { channels: config.channels } : {}) };
    return (doc, report) => {
      const result = schema.safeParse(doc.data, { reportInput: true });
      if (result.success) return;
      for (const issue of result.error.issues) {
        const r = issueReport(issue, ctx);
        // "severity is missing" beside "sevrity": the unknown-key rule names the typo, once.
        if (r.messageId.startsWith("missing")) {
          if (typoOfMissing(run, doc.data, r.path)) continue;
          const key = String(r.path.at(-1));
          // A field written in a part of the front-matter that could not be read is not missing: the
          // syntax problem there is the one to fix.
          if (doc.fatal && new RegExp(`^[ \\t-]*${key}[ \\t]*:`, "m").test(doc.text)) continue;
        }
        // `1.200` is 1.2 to YAML: a count written with a thousands separator says so, with the number meant.
        if (r.messageId === "not-whole") {
          const at = doc.locate(r.path);
          const written = at.start !== undefined ? doc.text.slice(at.start, at.end) : "";
          if (/^\d{1,3}(\.\d{3})+$/.test(written)) {
            const meant = Number(written.replace(/\./g, ""));
            report({
              messageId: "decimal-separator",
              data: { written, read: Number(written), meant },
              path: r.path,
              expected: String(meant),
              actual: written,
            });
            continue;
          }
        }
        // Quoted as written: `2024.10` is a tag "2024.10", not the number YAML made of it.
        if (r.messageId === "text-unquoted") {
          const at = doc.locate(r.path);
          const written = at.start !== undefined && at.style === "plain" ? doc.text.slice(at.start, at.end) : "";
          if (written && !/[\n"\\]/.test(written)) {
            r.data = { ...r.data, found: written };
            r.fix = { value: written };
          }
        }
        report({
          messageId: r.messageId,
          data: r.data,
          path: r.path,
          ...(r.expected !== undefined ? { expected: r.expected } : {}),
          ...(r.actual !== undefined ? { actual: r.actual } : {}),
          ...(r.fix ? { fix: r.fix } : {}),
        });
      }
    };
  },
});

import { normalizeHeading } from "../../i18n/sections.js";
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "required-sections",
  severity: "error",
  scope: "file",
  description: "The body has the required second-level sections (English or Spanish headings), each with content outside drafts.",
  create: ({ config }) => {
    const requirements = config.sections.map((r) => ({ names: r.names, keys: r.names.map(normalizeHeading) }));
    return (doc, report) => {
      const sections = doc.outline();
      // With a heading written twice, the one that has content counts.
      const matched = requirements.map((r) => {
        const candidates = sections.filter((s) => r.keys.includes(normalizeHeading(s.title)));
        return candidates.find((s) => s.hasContent) ?? candidates[0];
      });
      // Suggest headings in the language the file is already written in.
      const spanish = matched.some((s, i) => s && requirements[i]!.keys.indexOf(normalizeHeading(s.title)) === 1);
      requirements.forEach((requirement, i) => {
        const section = matched[i];
        const name = (spanish && requirement.names[1]) || requirement.names[0]!;
        if (!section) {
          const others = requirement.names.filter((n) => n !== name);
          report({
            // With no body at all, point at the closing --- rather than past the end of the file.
            at: { line: doc.body.trim() === "" ? doc.bodyLine - 1 : doc.bodyLine, column: 1 },
            message: `Missing section "## ${name}"${others.length ? ` (or ${others.map((n) => `"## ${n}"`).join(", ")})` : ""}.`,
            expected: `## ${name}`,
            actual: "no such heading",
          });
        } else if (!section.hasContent && doc.data.status !== "draft") {
          report({
            at: { line: section.line, column: section.column },
            message: `Section "## ${section.title}" is empty; write it before the post-mortem leaves draft.`,
            expected: "some content",
            actual: "an empty section",
          });
        }
      });
    };
  },
});

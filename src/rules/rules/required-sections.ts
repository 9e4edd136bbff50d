import { normalizeHeading } from "../../i18n/sections.js";
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "required-sections",
  severity: "error",
  scope: "file",
  messages: ["missing", "empty"],
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
            messageId: "missing",
            data: { heading: name, others: others.length ? others.map((n) => `"## ${n}"`).join(", ") : "none" },
            // With no body at all, point at the closing --- rather than past the end of the file.
            at: { line: doc.body.trim() === "" ? doc.bodyLine - 1 : doc.bodyLine, column: 1 },
            expected: `## ${name}`,
          });
        } else if (!section.hasContent && doc.data.status !== "draft") {
          report({ messageId: "empty", data: { heading: section.title }, at: { line: section.line, column: section.column } });
        }
      });
    };
  },
});

import { defineRule } from "../define-rule.js";

/**
 * The fields at the top of a file can be read. The parser finds the problems (and the certain fixes);
 * this rule reports them, so that they are worded, configured and fixed like every other problem.
 */
export default defineRule({
  id: "parse",
  severity: "error",
  scope: "file",
  affectsData: true,
  fixable: true,
  onUnreadable: true,
  messages: [
    "no-front-matter",
    "refused-language",
    "never-closed",
    "stray-dashes",
    "not-a-mapping",
    "tab-indent",
    "odd-space-indent",
    "odd-space-after-colon",
    "space-after-colon",
    "missing-colon",
    "typographic-quotes",
    "unclosed-quote",
    "glued-comment",
    "text-after-quote",
    "hash-in-list",
    "hashtag-list",
    "unclosed-bracket",
    "hashtag-value",
    "colon-in-value",
    "starts-with-bracket",
    "reserved-start",
    "yaml-tag",
    "yaml-tag-plain",
    "duplicate-key",
    "duplicate-key-here",
    "bad-indent",
    "line-not-key-value",
    "missing-char",
    "unknown-alias",
    "second-document",
    "bad-escape",
    "yaml-error",
    "alias-bomb",
    "alias-loop",
    "limit-lineLength",
    "limit-depth",
    "limit-keys",
    "limit-items",
    "limit-aliases",
  ],
  create: () => (doc, report) => {
    for (const p of doc.problems) {
      if (p.rule !== "parse") continue;
      report({
        messageId: p.messageId,
        data: p.data,
        located: { line: p.line, column: p.column, ...(p.endLine ? { endLine: p.endLine, endColumn: p.endColumn } : {}) },
        fatal: p.fatal,
        ...(p.fix ? { fix: p.fix } : {}),
      });
    }
  },
});

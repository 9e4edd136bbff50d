import { KNOWN_CHANNELS, normalizeValue, SLUG_PATTERN } from "../../schema/index.js";
import { defineRule } from "../define-rule.js";

/**
 * The format leaves channels open, so `insta` and `fb` pass the schema; but the knowledge base groups
 * lessons by channel, and "insta" beside "instagram" splits them in two. A channel that the synonym
 * tables know by another name is written that name. Where the configuration lists the channels allowed,
 * the schema rule already refuses any other, with the same suggestion.
 */
export default defineRule({
  id: "channel-name",
  severity: "warn",
  scope: "file",
  fixable: true,
  messages: ["synonym"],
  create: ({ config }) => {
    if (config.channels) return () => {};
    return (doc, report) => {
      const channels = doc.data.channels;
      if (!Array.isArray(channels)) return;
      channels.forEach((channel, i) => {
        // One that is not a slug (`Twitter`, `sitio web`) is the schema rule's to name.
        if (typeof channel !== "string" || !SLUG_PATTERN.test(channel)) return;
        const normal = normalizeValue("channel", channel, KNOWN_CHANNELS);
        if (normal?.via !== "synonym") return;
        report({
          messageId: "synonym",
          data: { found: channel, value: normal.value },
          path: ["channels", i],
          expected: normal.value,
          actual: channel,
          fix: { value: normal.value },
        });
      });
    };
  },
});

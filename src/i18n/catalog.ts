import type { MessageTable } from "./define.js";
import { CLI_MESSAGES } from "./messages/cli.js";
import { INIT_MESSAGES } from "./messages/init.js";
import { LINT_MESSAGES } from "./messages/lint.js";
import { NEW_MESSAGES } from "./messages/new.js";
import { OUTPUT_MESSAGES } from "./messages/output.js";
import { PARSE_MESSAGES } from "./messages/parse.js";
import { PUBLISH_MESSAGES } from "./messages/publish.js";
import { RULE_MESSAGES } from "./messages/rules.js";

/** Every message table, one per part of the tool; ids are unique across them (a test checks it). */
export const MESSAGE_TABLES: Readonly<Record<string, MessageTable>> = {
  cli: CLI_MESSAGES,
  lint: LINT_MESSAGES,
  new: NEW_MESSAGES,
  init: INIT_MESSAGES,
  publish: PUBLISH_MESSAGES,
  parse: PARSE_MESSAGES,
  rules: RULE_MESSAGES,
  output: OUTPUT_MESSAGES,
};

function merge(lang: "en" | "es"): Record<string, string> {
  return Object.assign({}, ...Object.values(MESSAGE_TABLES).map((t) => t[lang])) as Record<string, string>;
}

export const CATALOG: Readonly<Record<"en" | "es", Readonly<Record<string, string>>>> = { en: merge("en"), es: merge("es") };

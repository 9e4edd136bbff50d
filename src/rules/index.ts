export * from "./define-rule.js";
export { RULE_IDS, RULES } from "./registry.js";

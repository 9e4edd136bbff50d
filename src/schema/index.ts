export * from "./config.js";
export * from "./field-names.js";
export * from "./fields.js";
export * from "./incident.js";
export * from "./issues.js";
export * from "./suggest.js";
export * from "./taxonomy.js";
export * from "./vocabulary.js";

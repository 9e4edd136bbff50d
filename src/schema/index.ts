export * from "./config.js";
export * from "./fields.js";
export * from "./incident.js";
export * from "./messages.js";
export * from "./taxonomy.js";

export type * from "./diagnostic.js";
export type * from "./incident.js";
export type * from "./report.js";
export type * from "./results.js";
export type * from "./field-names.js";
export type * from "./page.js";
export type * from "./lint-cache.js";

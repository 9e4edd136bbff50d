export * from "./actions.js";
export * from "./compare.js";
export * from "./durations.js";
export * from "./knowledge-base.js";
export * from "./period.js";
export * from "./recurrence.js";
export * from "./report.js";

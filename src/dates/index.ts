export * from "./temporal.js";
export * from "./human.js";

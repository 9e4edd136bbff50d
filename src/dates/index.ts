export * from "./temporal.js";

export { lintDocuments } from "./engine.js";

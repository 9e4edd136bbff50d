export { lintDocuments } from "./engine.js";
export { focusResults, type Focus } from "./focus.js";

export * from "./document.js";
export { LIMITS } from "./limits.js";
export * from "./markdown.js";
export { applyEdits } from "./yaml/exact.js";
export type { FieldNames } from "../model/field-names.js";
export type { TextEdit } from "./yaml/hints.js";
export { locateInYaml } from "./yaml/locate.js";
export { readYaml } from "./yaml/read.js";
export { type Identity, readIdentity } from "./identity.js";

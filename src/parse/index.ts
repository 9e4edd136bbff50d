export * from "./document.js";
export * from "./markdown.js";
export type { PathSegment } from "./yaml.js";
export { loadYaml, YamlLocator } from "./yaml.js";

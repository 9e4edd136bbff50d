import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let library: typeof Yaml | undefined;

/**
 * The exact YAML parser, loaded on first use: files in the plain style never need it, and loading it is a
 * tenth of a one-file lint's time. Its CommonJS build can be loaded synchronously, where it is needed.
 */
export function yamlLibrary(): typeof Yaml {
  library ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return library;
}

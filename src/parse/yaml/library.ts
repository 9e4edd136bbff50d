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

/** A YAML text as the format reads it: YAML 1.2's core schema, strictly, a repeated key an error. */
export function parseStrict(text: string): Yaml.Document {
  return yamlLibrary().parseDocument(text, { prettyErrors: false, uniqueKeys: true, schema: "core", strict: true, logLevel: "error" });
}

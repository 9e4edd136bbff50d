import type { Node } from "yaml";
import { yamlLibrary } from "./library.js";

/**
 * Where a path stands in a YAML or JSON text (JSON is YAML), as offsets, for files that are not incidents:
 * the configuration. A missing path gives its nearest parent, where the missing key belongs.
 */
export function locateInYaml(text: string, path: readonly (string | number)[], key: boolean): { start: number; end: number } {
  const doc = yamlLibrary().parseDocument(text, { prettyErrors: false, schema: "core", logLevel: "error" });
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  for (const segment of path) {
    let next: unknown;
    if (yamlLibrary().isMap(node)) {
      const pair = node.items.find(
        (p) => yamlLibrary().isPair(p) && yamlLibrary().isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (pair) {
        next = pair.value;
        keyNode = pair.key as Node;
      }
    } else if (yamlLibrary().isSeq(node) && typeof segment === "number") {
      next = node.items[segment];
      keyNode = null;
    }
    if (next === undefined || next === null) {
      const range = (keyNode ?? (node as Node | null))?.range ?? [0, 0];
      return { start: range[0], end: range[1] };
    }
    node = next;
  }
  const range = ((key && keyNode) || (node as Node | null))?.range ?? [0, 0];
  return { start: range[0], end: range[1] };
}

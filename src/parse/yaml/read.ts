/**
 * Front-matter text → data, problems and a locator. Limits first (linear, before any parser); then the
 * fast path for text in the plain style (one line scan for the data and the positions); anything else
 * goes to the exact path (`yaml`, with the hints). Both paths read a given text the same way: the fast
 * path only takes text whose reading it is sure of, and the differential tests hold it to `yaml`'s.
 */
import { LIMITS } from "../limits.js";
import { applyEdits, backMapper, readExact, toProblem, type YamlProblem } from "./exact.js";
import { findHints } from "./hints.js";
import type { FieldNames } from "../../model/field-names.js";
import { checkLimits, type LimitProblem } from "./limits.js";
import { dataOf } from "./data.js";
import { LimitCrossed, scanStructure, spanOf, type YamlNode } from "./structure.js";

export type { YamlProblem } from "./exact.js";

export interface YamlRead {
  /** The data that could be read; with problems, only the parts that parsed. */
  data: unknown;
  problems: YamlProblem[];
  /** Offsets in the text of the value at `path` (or its key); a missing path gives its nearest parent. */
  locate(path: readonly (string | number)[], key: boolean): { start: number; end: number; found: boolean; style?: string };
  /** Whether the fast path read it (for tests and the benchmark's notes). */
  fast: boolean;
}

function structureLocator(root: YamlNode) {
  return (path: readonly (string | number)[], key: boolean) => {
    let node: YamlNode = root;
    let keyRange: { start: number; end: number } | null = null;
    for (const segment of path) {
      let next: YamlNode | undefined;
      if (node.entries) {
        const entry = node.entries.find((e) => e.key === String(segment));
        if (entry) {
          next = entry.value;
          keyRange = { start: entry.keyStart, end: entry.keyEnd };
        }
      } else if (node.items && typeof segment === "number" && segment < node.items.length) {
        next = node.items[segment];
        keyRange = null;
      }
      if (!next) {
        const at = keyRange ?? spanOf(node);
        return { start: at.start, end: at.end, found: false };
      }
      node = next;
    }
    if ((key || node.style === "empty") && keyRange) return { start: keyRange.start, end: keyRange.end, found: true };
    const span = spanOf(node);
    return { start: span.start, end: span.end, found: true, style: node.style };
  };
}

function asterisks(text: string): number {
  let n = 0;
  for (let at = text.indexOf("*"); at !== -1; at = text.indexOf("*", at + 1)) n++;
  return n;
}

/** Reads a front-matter's YAML (`firstLine`: the file line of the text's first line). Never throws on content. */
function limitCrossed(limit: LimitProblem): YamlRead {
  return {
    data: undefined,
    problems: [{ messageId: `limit-${limit.limit}`, data: { found: limit.found, max: limit.max }, start: limit.at, end: limit.at }],
    locate: () => ({ start: limit.at, end: limit.at, found: false }),
    fast: false,
  };
}

/**
 * Text the scan read whole, but where an `&` stands before a value that no alias refers to: the exact
 * path's reading, without its parser. On a text field the value is most likely text that starts with
 * `&`: the hint says so, and its fix (the value in double quotes) is what is read, as the exact path
 * reads it; elsewhere the `&` is an anchor, as YAML reads it. `undefined` when the text fixed so is not
 * one the scan is sure of: the exact path decides.
 */
function withTextAnchors(text: string, firstLine: number, fields: FieldNames): YamlRead | undefined {
  const hints = findHints(text, firstLine, fields).filter((h) => h.readable);
  const edits = hints.flatMap((h) => (h.fix ? [h.fix] : []));
  const fixed = applyEdits(text, edits);
  let root: YamlNode | null;
  try {
    root = scanStructure(fixed);
  } catch {
    return undefined;
  }
  const data = root ? dataOf(fixed, root) : undefined;
  if (!root || data === undefined) return undefined;
  const locate = structureLocator(root);
  const back = backMapper(edits);
  return {
    data,
    problems: hints.map(toProblem),
    locate: (path, key) => {
      const at = locate(path, key);
      return { ...at, start: back(at.start), end: back(at.end) };
    },
    fast: true,
  };
}

export function readYaml(text: string, firstLine: number, fields: FieldNames): YamlRead {
  let root: YamlNode | null;
  try {
    // Text in the plain style is counted against the limits by the scan itself.
    root = scanStructure(text);
  } catch (error) {
    if (error instanceof LimitCrossed) return limitCrossed(error.problem);
    throw error;
  }
  // Aliases are counted against their limit as the exact path counts them, so both give one verdict; text
  // with no more asterisks than the limit cannot cross it.
  if (root?.usesAliases && asterisks(text) > LIMITS.aliases) {
    const limit = checkLimits(text);
    if (limit) return limitCrossed(limit);
  }
  if (root?.unusedAnchors || root?.unusedAnchorKeys?.some((key) => fields.text.has(key))) {
    const read = withTextAnchors(text, firstLine, fields);
    if (read) return read;
  } else if (root) {
    // The scan read every key and value (a block it cannot fold for sure, `|+` or a folded block with
    // deeper lines, by `yaml` alone); a plain value over lines with a comment among them takes the
    // exact path, whose reading is the reference.
    const data = dataOf(text, root);
    if (data !== undefined) return { data, problems: [], locate: structureLocator(root), fast: true };
  }
  // Anything else is checked against every limit, in one linear pass, before a parser sees it.
  const limit = checkLimits(text);
  if (limit) return limitCrossed(limit);
  const exact = readExact(text, firstLine, fields);
  return { data: exact.data, problems: exact.problems, locate: exact.locate, fast: false };
}

export { LIMITS };

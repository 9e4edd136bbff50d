import type { Range } from "../model/index.js";
import { splitFrontMatter } from "./front-matter.js";
import { outlineBody, type Section } from "./markdown.js";
import { decodeText } from "./text.js";
import { loadYaml, type PathSegment, YamlLocator } from "./yaml.js";

/** Why a file could not be turned into a document at all; no rule runs on it. */
export interface FileProblem {
  rule: "read" | "parse";
  message: string;
  line: number;
  column: number;
  expected?: string;
  actual?: string;
}

export interface IncidentDocument {
  /** Relative to the working directory, with `/` separators. */
  readonly file: string;
  /** The front-matter mapping; absent when `problem` is set. */
  readonly data?: Record<string, unknown>;
  readonly problem?: FileProblem;
  readonly body: string;
  readonly bodyLine: number;
  /** The range of a front-matter value, or of its key; a missing path points at its parent. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): Range & { found: boolean };
  /** The body's second-level sections, computed on first use. */
  outline(): Section[];
}

function failed(file: string, problem: FileProblem): IncidentDocument {
  return {
    file,
    problem,
    body: "",
    bodyLine: 1,
    locate: () => ({ start: { line: problem.line, column: problem.column }, found: false }),
    outline: () => [],
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Text to document: never evaluates anything from the file, never throws on its content. */
export function parseIncidentText(file: string, text: string): IncidentDocument {
  const split = splitFrontMatter(text);
  if (!split.ok) return failed(file, { rule: "parse", ...split.problem });
  const { yaml, body, bodyLine } = split.value;
  const loaded = loadYaml(yaml);
  if (!loaded.ok) return failed(file, { rule: "parse", ...loaded.problem, expected: "valid YAML" });
  if (!isMapping(loaded.data)) {
    return failed(file, {
      rule: "parse",
      message: "Front-matter must be a mapping of fields (key: value), one per line.",
      line: 2,
      column: 1,
      expected: "a mapping",
      actual: loaded.data === null || loaded.data === undefined ? "nothing" : Array.isArray(loaded.data) ? "a list" : "a single value",
    });
  }
  let locator: YamlLocator | undefined;
  let sections: Section[] | undefined;
  return {
    file,
    data: loaded.data,
    body,
    bodyLine,
    locate(path, options) {
      locator ??= new YamlLocator(yaml);
      return locator.locate(path, options);
    },
    outline() {
      sections ??= outlineBody(body, bodyLine);
      return sections;
    },
  };
}

/** A file the reader could not open: it still appears in the results, with why. */
export function unreadableDocument(file: string, message: string): IncidentDocument {
  return failed(file, { rule: "read", message, line: 1, column: 1 });
}

export function parseIncidentBytes(file: string, bytes: Uint8Array): IncidentDocument {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failed(file, { rule: "read", ...decoded.problem });
  return parseIncidentText(file, decoded.text);
}

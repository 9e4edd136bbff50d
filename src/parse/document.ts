import type { Located } from "../model/index.js";
import { splitFrontMatter } from "./front-matter.js";
import { outlineBody, type Section } from "./markdown.js";
import { decodeText } from "./text.js";
import type { FieldNames } from "../model/field-names.js";
import type { TextEdit } from "./yaml/hints.js";
import { readYaml } from "./yaml/read.js";

export type PathSegment = string | number;

/** A problem found while reading a file, before any rule runs: it is reported by the `read` or `parse` rule. */
export interface ParseProblem {
  rule: "read" | "parse";
  messageId: string;
  data: Record<string, string | number>;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** An edit of the file text that fixes it, when certain. */
  fix?: TextEdit;
  /** The front-matter cannot be trusted as written (every problem but a quote style or a tag). */
  fatal: boolean;
}

export interface ParseOptions {
  /** The format's keys, so that a mistake's fix suits its field (the schema layer provides them). */
  fields: FieldNames;
}

export interface IncidentDocument {
  /** Relative to the working directory, with `/` separators. */
  readonly file: string;
  /** The file's text, without its byte-order mark. */
  readonly text: string;
  readonly bom: boolean;
  /** The front-matter mapping, as far as it could be read; absent when nothing could. */
  readonly data?: Record<string, unknown>;
  readonly problems: readonly ParseProblem[];
  /** Some problem makes the data untrustworthy for figures. */
  readonly fatal: boolean;
  readonly body: string;
  readonly bodyLine: number;
  /** File lines the front-matter could not be read on: another rule's problem there would repeat it. */
  readonly brokenLines: ReadonlySet<number>;
  /** Where a front-matter path stands (its value, or its key); a missing path points at its parent. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): Located;
  /** The body's second-level sections, computed on first use. */
  outline(): Section[];
}

/** Offsets to lines and columns (1-based, UTF-16 code units, as editors and GitHub count). */
/**
 * Line starts, found only as far as asked: most files are located once, for their `id` near the top, and
 * indexing the rest of them would cost more than the lookup.
 */
export class LineIndex {
  readonly #text: string;
  readonly #starts: number[] = [0];
  #done = false;
  constructor(text: string) {
    this.#text = text;
  }
  #extendTo(offset: number): void {
    let last = this.#starts[this.#starts.length - 1]!;
    while (!this.#done && last <= offset) {
      const newline = this.#text.indexOf("\n", last);
      if (newline === -1) this.#done = true;
      else this.#starts.push((last = newline + 1));
    }
  }
  position(offset: number): { line: number; column: number } {
    this.#extendTo(offset);
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
  }
}

function failed(file: string, text: string, bom: boolean, problem: ParseProblem): IncidentDocument {
  return {
    file,
    text,
    bom,
    problems: [problem],
    fatal: true,
    body: "",
    bodyLine: 1,
    brokenLines: new Set([problem.line]),
    locate: () => ({ line: problem.line, column: problem.column, found: false }),
    outline: () => [],
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Text to document: never evaluates anything from the file, never throws on its content. */
export function parseIncidentText(file: string, text: string, options: ParseOptions, bom = false): IncidentDocument {
  const split = splitFrontMatter(text);
  if (!split.ok) return failed(file, text, bom, { rule: "parse", fatal: true, ...split.problem });
  const { yaml, yamlOffset, body, bodyLine } = split.value;
  const read = readYaml(yaml, 1, options.fields);
  // Positions from the front-matter alone: indexing the whole body for them would cost more than it finds.
  let index: LineIndex | undefined;
  const at = (offset: number) => {
    const { line, column } = (index ??= new LineIndex(yaml)).position(offset);
    return { line, column: line === 1 ? column + yamlOffset : column };
  };
  /** A range ends before a line break: an end on the next line would widen it in every report. */
  const trimEnd = (start: number, end: number) => {
    let e = end;
    while (e > start && (yaml[e - 1] === "\r" || yaml[e - 1] === "\n")) e--;
    return e;
  };
  const problems: ParseProblem[] = read.problems.map((p) => {
    const start = at(p.start);
    const end = at(trimEnd(p.start, p.end));
    return {
      rule: "parse",
      messageId: p.messageId,
      data: p.data,
      line: start.line,
      column: start.column,
      ...(p.end > p.start ? { endLine: end.line, endColumn: end.column } : {}),
      ...(p.fix ? { fix: { start: yamlOffset + p.fix.start, end: yamlOffset + p.fix.end, text: p.fix.text } } : {}),
      fatal: !p.readable,
    };
  });
  const fatal = problems.some((p) => p.fatal);
  const brokenLines = new Set(problems.filter((p) => p.fatal && !p.fix).map((p) => p.line));
  if (!isMapping(read.data)) {
    if (problems.length === 0) {
      const found = read.data === null || read.data === undefined ? "nothing" : Array.isArray(read.data) ? "list" : "value";
      problems.push({ rule: "parse", messageId: "not-a-mapping", data: { found }, line: 2, column: 1, fatal: true });
    }
    return { ...failed(file, text, bom, problems[0]!), problems };
  }
  let sections: Section[] | undefined;
  return {
    file,
    text,
    bom,
    data: read.data,
    problems,
    fatal,
    body,
    bodyLine,
    brokenLines,
    locate(path, options) {
      const range = read.locate(path, options?.key ?? false);
      const start = at(range.start);
      const endOffset = trimEnd(range.start, range.end);
      // Built field by field: a spread would give every result a shape of its own in V8.
      if (!range.found || endOffset <= range.start) return { line: start.line, column: start.column, found: range.found };
      const end = at(endOffset);
      const located: Located = {
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        found: true,
        start: yamlOffset + range.start,
        end: yamlOffset + endOffset,
      };
      if (range.style) located.style = range.style;
      return located;
    },
    outline() {
      sections ??= outlineBody(body, bodyLine);
      return sections;
    },
  };
}

/** A file the reader could not open: it still appears in the results, with why. */
export function unreadableDocument(file: string, messageId: string, data: Record<string, string | number> = {}): IncidentDocument {
  return failed(file, "", false, { rule: "read", messageId, data, line: 1, column: 1, fatal: true });
}

export function parseIncidentBytes(file: string, bytes: Uint8Array, options: ParseOptions): IncidentDocument {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failed(file, "", false, { rule: "read", fatal: true, ...decoded.problem });
  return parseIncidentText(file, decoded.text, options, decoded.bom);
}

import jsYaml from "js-yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Position, Range } from "../model/index.js";

export type PathSegment = string | number;

export interface YamlProblem {
  message: string;
  line: number;
  column: number;
}

export type Loaded = { ok: true; data: unknown } | { ok: false; problem: YamlProblem };

/**
 * Text the fast parser could read differently from YAML 1.2: anchors and aliases (the exact parser
 * bounds their expansion), tags, and numbers js-yaml reads the YAML 1.1 way (`+.5`, `0b101`, `1_000`).
 */
const NEEDS_EXACT = /(^|[\s[{,:-])([&*][^\s,[\]{}]|!|[-+]\.\d|0b[01])|\d_\d/;
/** yaml's own guard against alias bombs: past this many alias expansions it refuses the document. */
const MAX_ALIAS_COUNT = 50;

/** The advice that fixes most hand-written YAML: values with special characters go in quotes. */
const QUOTE_HINT = 'If a value contains ": " or " #", or starts with [ ] { } & * ! | > \' " % @ or `, put it in quotes.';

/** Errors that quoting does not fix. */
const NO_HINT = new Set(["TAB_AS_INDENT", "DUPLICATE_KEY", "MISSING_CHAR", "BAD_INDENT"]);

function firstLine(message: string): string {
  return message
    .split("\n")[0]!
    .replace(/ at line \d+, column \d+:?$/, "")
    .trim();
}

/**
 * yaml reports an unclosed quote where the text ran out; a person needs the line where it opened: the
 * first value that starts with a quote its line does not close.
 */
function openQuote(text: string, end: number): { line: number; column: number } | null {
  const lines = text.slice(0, end).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?(?:[^\s"'#][^"'#]*?:\s+)?)(["'])(.*)$/.exec(lines[i]!.replace(/\r$/, ""));
    if (!m) continue;
    const rest = m[3]!;
    const closed = m[2] === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.includes("'");
    if (!closed) return { line: i + 1, column: m[1]!.length + 1 };
  }
  return null;
}

/** The exact parser: positions, a clear message for every error, refused alias bombs. */
function loadExact(text: string): Loaded {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const at = (error.code === "MISSING_CHAR" && openQuote(text, error.pos[0])) || { line: pos.line, column: pos.col };
    const hint = NO_HINT.has(error.code) ? "" : ` ${QUOTE_HINT}`;
    return { ok: false, problem: { message: `YAML: ${firstLine(error.message)}${hint}`, ...at } };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const message = /alias/i.test(reason)
      ? `YAML: aliases expand too many times (more than ${MAX_ALIAS_COUNT}); the front-matter was not loaded.`
      : `YAML: ${firstLine(reason)}`;
    return { ok: false, problem: { message, line: 1, column: 1 } };
  }
}

/**
 * Loads front-matter YAML under the core schema, so dates stay strings. The fast parser handles the
 * common case; anything it rejects, and any document with anchors or aliases, goes to the exact parser,
 * which gives the message and position and bounds alias expansion.
 */
export function loadYaml(text: string): Loaded {
  if (NEEDS_EXACT.test(text)) return loadExact(text);
  try {
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return loadExact(text);
  }
}

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/** Where data paths such as `timeline[2].at` stand in a YAML text. Builds its syntax tree once. */
export class YamlLocator {
  readonly #lineCounter = new LineCounter();
  readonly #contents: Node | null;

  constructor(text: string) {
    const doc = parseDocument(text, { lineCounter: this.#lineCounter, prettyErrors: false, schema: "core" });
    this.#contents = doc.contents as Node | null;
  }

  #position(offset: number): Position {
    const pos = this.#lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  #range(node: { range?: [number, number, number] | null } | null | undefined): Range {
    if (!node?.range) return { start: { line: 1, column: 1 } };
    return { start: this.#position(node.range[0]), end: this.#position(node.range[1]) };
  }

  #child(node: unknown, segment: PathSegment): { value: unknown; key: unknown } | null {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === String(segment));
      return pair ? { value: pair.value, key: pair.key } : null;
    }
    if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      return { value: node.items[segment], key: null };
    }
    return null;
  }

  /**
   * The range of the value at `path`, or of its key when `key` is set. A path that does not exist
   * points at its deepest existing parent (its key where it has one): where the missing key belongs.
   */
  locate(path: readonly PathSegment[], options: { key?: boolean } = {}): Range & { found: boolean } {
    let node: unknown = this.#contents;
    let keyNode: unknown = null;
    for (const segment of path) {
      const step = this.#child(node, segment);
      if (!step) {
        if (keyNode) return { ...this.#range(keyNode as never), found: false };
        if (node === this.#contents || !node) return { start: { line: 1, column: 1 }, found: false };
        return { ...this.#range(node as never), found: false };
      }
      node = step.value;
      keyNode = step.key;
    }
    const target = (options.key && keyNode) || !node ? keyNode : node;
    return { ...this.#range(target as never), found: true };
  }
}

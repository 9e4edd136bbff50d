/**
 * The exact path: `yaml`'s parser, run on the text with the certain fixes of the hints applied, so that
 * each mistake is reported once, in plain words, at its own line, and every part that parsed is still
 * checked. Positions always refer to the text as written.
 */
import type { Document, Node, YAMLError } from "yaml";
import { parseStrict, yamlLibrary } from "./library.js";
import { LIMITS } from "../limits.js";
import type { FieldNames } from "../../model/field-names.js";
import { findHints, type Hint, type TextEdit } from "./hints.js";

export interface YamlProblem {
  messageId: string;
  data: Record<string, string | number>;
  start: number;
  end: number;
  fix?: TextEdit;
  /** The data was still read as written (a quote style, a tag): figures can trust it. */
  readable?: boolean;
}

export interface ExactRead {
  data: unknown;
  problems: YamlProblem[];
  /** Offsets in the text as written of the node at a path, or of its key. */
  locate(path: readonly (string | number)[], key: boolean): { start: number; end: number; found: boolean; style?: string };
}

/** Applies non-overlapping edits, in order of position. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = "";
  let from = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < from) continue;
    out += text.slice(from, e.start) + e.text;
    from = e.end;
  }
  return out + text.slice(from);
}

/** Maps an offset in the edited text back to the text as written. */
export function backMapper(edits: readonly TextEdit[]): (offset: number) => number {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  return (offset) => {
    let delta = 0;
    for (const e of sorted) {
      const start = e.start + delta;
      if (offset < start) break;
      const end = start + e.text.length;
      if (offset < end) return e.start;
      delta += e.text.length - (e.end - e.start);
    }
    return offset - delta;
  };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** How `yaml` names the way a scalar is written, in the words the fast path's scan uses. */
const STYLES: Record<string, string> = {
  PLAIN: "plain",
  QUOTE_DOUBLE: "double",
  QUOTE_SINGLE: "single",
  BLOCK_LITERAL: "block",
  BLOCK_FOLDED: "block",
};

/** The message for an error `yaml` reports that no hint explained. */
const ERROR_MESSAGES: Record<string, string> = {
  BAD_INDENT: "bad-indent",
  BLOCK_AS_IMPLICIT_KEY: "bad-indent",
  MULTILINE_IMPLICIT_KEY: "line-not-key-value",
  MISSING_CHAR: "missing-char",
  UNEXPECTED_TOKEN: "line-not-key-value",
  BAD_SCALAR_START: "line-not-key-value",
  DUPLICATE_KEY: "duplicate-key-here",
  MISSING_ANCHOR: "unknown-alias",
  MULTIPLE_DOCS: "second-document",
  BAD_DQ_ESCAPE: "bad-escape",
};

/** The key of the pair whose range holds `offset`, searching the whole tree: for messages that name it. */
function keyAround(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  const visit = (node: unknown) => {
    if (yamlLibrary().isMap(node)) {
      for (const pair of node.items) {
        const k = yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : undefined;
        const start = (pair.key as Node | null)?.range?.[0] ?? -1;
        const end = (pair.value as Node | null)?.range?.[2] ?? (pair.key as Node | null)?.range?.[2] ?? -1;
        if (start <= offset && offset <= end && k !== undefined) {
          found = k;
          visit(pair.value);
        }
      }
    } else if (yamlLibrary().isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(doc.contents);
  return found;
}

/** The earlier line where a duplicated key was first written, in the same mapping. */
function firstOccurrence(doc: Document, offset: number): { key: string; at: number } | null {
  let result: { key: string; at: number } | null = null;
  const visit = (node: unknown) => {
    if (result) return;
    if (yamlLibrary().isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!yamlLibrary().isPair(pair) || !yamlLibrary().isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const at = pair.key.range?.[0] ?? 0;
        if (at === offset && seen.has(key)) {
          result = { key, at: seen.get(key)! };
          return;
        }
        if (!seen.has(key)) seen.set(key, at);
        visit(pair.value);
      }
    } else if (yamlLibrary().isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(doc.contents);
  return result;
}

/**
 * Values an alias bomb would expand to, counted without expanding anything; the alias where the budget
 * runs out is where the problem is reported.
 */
function aliasOverflow(doc: Document): { node: Node; kind: "unknown" | "loop" | "bomb" } | null {
  const sizes = new Map<unknown, number>();
  /** The collections being counted: an alias to one of them is a value that contains itself. */
  const open = new Set<unknown>();
  let total = 0;
  let culprit: { node: Node; kind: "unknown" | "loop" | "bomb" } | null = null;
  const size = (node: unknown): number => {
    if (culprit) return 0;
    if (yamlLibrary().isAlias(node)) {
      const target = node.resolve(doc);
      // A reference to a value no `&` marks: YAML cannot read it.
      if (!target) {
        culprit = { node, kind: "unknown" };
        return 0;
      }
      if (open.has(target)) {
        culprit = { node, kind: "loop" };
        return 0;
      }
      const n = sizes.get(target) ?? size(target);
      total += n;
      if (total > LIMITS.aliases * 10) culprit = { node, kind: "bomb" };
      return n;
    }
    let n = 1;
    open.add(node);
    if (yamlLibrary().isMap(node)) for (const p of node.items) n += size(p.key) + size(p.value);
    else if (yamlLibrary().isSeq(node)) for (const item of node.items) n += size(item);
    open.delete(node);
    sizes.set(node, n);
    return n;
  };
  size(doc.contents);
  return culprit;
}

/**
 * Reads front-matter text that the fast path could not: finds the hints, applies their certain fixes,
 * parses the result, and reports every problem once, at its place in the text as written.
 */
/**
 * The hints' fixes that hold: each is tried on the text with the others, and a fix after which YAML still
 * cannot read its line gives way to its next alternative, or to none; at most a few parses.
 */
function settleFixes(text: string, hints: Hint[], asWritten: Document): { doc: Document; fixed: string; edits: TextEdit[] } {
  const choice: number[] = hints.map((h) => (h.fix ? 0 : -1));
  const candidates = hints.map((h) => (h.fix ? [h.fix, ...(h.alternatives ?? [])] : []));
  for (let round = 0; ; round++) {
    const edits = hints.flatMap((_, i) => (choice[i]! >= 0 ? [candidates[i]![choice[i]!]!] : []));
    // Without a fix to try, the text is the one already parsed as written.
    if (edits.length === 0) return { doc: asWritten, fixed: text, edits };
    const fixed = applyEdits(text, edits);
    const doc = parseStrict(fixed);
    if (round === 4) return { doc, fixed, edits };
    const back = backMapper(edits);
    // A repeated key is never a fix's doing: it is reported on its own.
    const broken = new Set(doc.errors.filter((e) => e.code !== "DUPLICATE_KEY").map((e) => lineOf(text, back(e.pos[0]))));
    let changed = false;
    hints.forEach((h, i) => {
      if (choice[i]! < 0) return;
      const line = lineOf(text, h.start);
      // An error on the fixed line, or next to it (a wrong depth shows there), means the fix is wrong.
      if (!broken.has(line) && !(h.alternatives && (broken.has(line + 1) || broken.has(line - 1)))) return;
      choice[i] = choice[i]! + 1 < candidates[i]!.length ? choice[i]! + 1 : -1;
      changed = true;
    });
    if (!changed) return { doc, fixed, edits };
  }
}

export function readExact(text: string, firstLine: number, fields: FieldNames): ExactRead {
  // A hint that says YAML cannot read a line must be right: on text YAML reads whole (tabs it allows, a
  // flow mapping split over lines), only the hints about values read other than meant remain.
  const asWritten = parseStrict(text);
  const readable = asWritten.errors.length === 0;
  const found = findHints(text, firstLine, fields).filter((h) => !readable || h.readable);
  const { doc, fixed, edits } = settleFixes(text, found, asWritten);
  const kept = new Set(edits);
  // A hint whose fixes all failed is still reported, without a fix.
  const hints = found.map((h) => {
    const fix = [h.fix, ...(h.alternatives ?? [])].find((e) => e && kept.has(e));
    const plain: Hint = { messageId: h.messageId, data: h.data, start: h.start, end: h.end, ...(h.readable ? { readable: true } : {}) };
    return fix ? { ...plain, fix } : plain;
  });
  const back = backMapper(edits);
  // A hint that YAML cannot read a line explains the errors on it; a hint about a value read otherwise does not.
  const hintLines = new Set(hints.filter((h) => !h.readable).map((h) => lineOf(text, h.start)));
  const tagLines = new Set(hints.filter((h) => h.messageId === "yaml-tag").map((h) => lineOf(text, h.start)));
  const problems: YamlProblem[] = hints.map(toProblem);
  const errorLines = new Set<number>();
  // An unclosed quote or bracket makes YAML stop further down; that is the same problem, named once.
  const unclosed = hints.some((h) => h.messageId === "unclosed-quote" || h.messageId === "unclosed-bracket");
  for (const error of [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")]) {
    const start = back(error.pos[0]);
    const line = lineOf(text, start);
    if (hintLines.has(line) || errorLines.has(line) || (unclosed && error.code === "MISSING_CHAR")) continue;
    if (error.code === "TAG_RESOLVE_FAILED" && tagLines.has(line)) continue;
    errorLines.add(line);
    problems.push(errorProblem(error, doc, fixed, start, back));
  }
  const bomb = doc.errors.length ? null : aliasOverflow(doc);
  if (bomb) {
    const at = back(bomb.node.range?.[0] ?? 0);
    const end = back(bomb.node.range?.[1] ?? at);
    problems.push(
      bomb.kind === "bomb"
        ? { messageId: "alias-bomb", data: { max: LIMITS.aliases * 10 }, start: at, end }
        : { messageId: bomb.kind === "loop" ? "alias-loop" : "unknown-alias", data: { line: lineOf(text, at) }, start: at, end },
    );
  }
  let data: unknown;
  if (!bomb) {
    try {
      data = doc.toJS({ maxAliasCount: -1 });
    } catch {
      data = undefined;
    }
  }
  return {
    data,
    problems: problems.sort((a, b) => a.start - b.start),
    locate(path, key) {
      let node: unknown = doc.contents;
      let keyNode: Node | null = null;
      for (const segment of path) {
        let next: unknown;
        if (yamlLibrary().isMap(node)) {
          const pair = node.items.find(
            (p) => yamlLibrary().isPair(p) && yamlLibrary().isScalar(p.key) && String(p.key.value) === String(segment),
          );
          if (pair) {
            next = pair.value ?? null;
            keyNode = pair.key as Node;
            if (next === null) {
              node = null;
              continue;
            }
          }
        } else if (yamlLibrary().isSeq(node) && typeof segment === "number" && segment < node.items.length) {
          next = node.items[segment];
          keyNode = null;
        }
        if (next === undefined) {
          const at = (keyNode ?? (node as Node | null))?.range ?? [0, 0];
          return { start: back(at[0]), end: back(at[1]), found: false };
        }
        node = next;
      }
      const target = (key && keyNode) || !node ? keyNode : (node as Node);
      const range = target?.range ?? [0, 0];
      const style = yamlLibrary().isScalar(target)
        ? STYLES[target.type ?? ""]
        : yamlLibrary().isMap(target) || yamlLibrary().isSeq(target)
          ? target.flow
            ? "flow"
            : "block"
          : undefined;
      return { start: back(range[0]), end: back(range[1]), found: true, ...(style ? { style } : {}) };
    },
  };
}

export function toProblem(hint: Hint): YamlProblem {
  return {
    messageId: hint.messageId,
    data: hint.data,
    start: hint.start,
    end: hint.end,
    ...(hint.fix ? { fix: hint.fix } : {}),
    ...(hint.readable ? { readable: true } : {}),
  };
}

function errorProblem(error: YAMLError, doc: Document, fixed: string, start: number, back: (n: number) => number): YamlProblem {
  const end = Math.max(start, back(error.pos[1]));
  if (error.code === "DUPLICATE_KEY") {
    const first = firstOccurrence(doc, error.pos[0]);
    if (first)
      return {
        messageId: "duplicate-key",
        data: { key: first.key, first: lineOf(fixed, first.at), second: lineOf(fixed, error.pos[0]) },
        start,
        end,
      };
  }
  if (error.code === "TAG_RESOLVE_FAILED") {
    const tag = /tag: (?:tag:yaml\.org,2002:)?(\S+)/.exec(error.message)?.[1] ?? "!";
    return { messageId: "yaml-tag-plain", data: { tag }, start, end, readable: true };
  }
  const key = keyAround(doc, error.pos[0]);
  const messageId = ERROR_MESSAGES[error.code] ?? "yaml-error";
  return { messageId, data: { line: lineOf(fixed, error.pos[0]), key: key ?? "" }, start, end };
}

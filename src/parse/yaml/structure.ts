/**
 * The block structure of a front-matter written in the style people use (`key: value`, `- item`, one-line
 * quoted values and `[a, b]` lists, `|` and `>` blocks, plain values over lines, `&name` and `*name`),
 * read line by line with the offset of every key and value. Two uses: its nodes give the data without a
 * parser (`dataOf`), and they locate data paths without a YAML syntax tree. Anything whose reading the
 * scan is not sure of returns `null`; the exact parser (`yaml`) then reads the text.
 */

import { LIMITS } from "../limits.js";
import type { LimitProblem } from "./limits.js";
import { escapeLength, INTEGER, plainValue, SAFE_NUMBER } from "./scalars.js";

export type NodeStyle = "plain" | "double" | "single" | "block" | "flow" | "empty" | "alias";

export interface YamlNode {
  start: number;
  end: number;
  style: NodeStyle;
  entries?: YamlEntry[];
  items?: YamlNode[];
  /** A plain value continued on the next lines: its value is folded, which only a parser does. */
  multiline?: boolean;
  /** A scalar's value, read during the scan (the core schema's for plain text, unescaped for quotes). */
  value?: unknown;
  /** A `|` or `>` block's content indentation, once a line of content is seen. */
  blockIndent?: number;
  /** The `&name` written before this value. */
  anchor?: string;
  /** For `*name`: the value it stands for. */
  alias?: YamlNode;
  /** On the root: the text holds an alias, so the limit on aliases applies (`checkLimits`). */
  usesAliases?: boolean;
  /**
   * On the root: an `&` stands before a single value that no alias refers to. On a text field it is more
   * likely text that starts with `&` (`title: &Other Stories`) than an anchor, and the reading must say so
   * (`readYaml`).
   */
  unusedAnchors?: boolean;
  /**
   * On the root: the keys of lists and maps that an `&` no alias refers to stands before. Under a text
   * field that too is text (`title: &Co [new]`); under any other field it is an anchor, as YAML reads it,
   * and the reading needs nothing more. Only the reader knows which fields are text.
   */
  unusedAnchorKeys?: string[];
}

export interface YamlEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: YamlNode;
}

interface Frame {
  indent: number;
  node: YamlNode;
  kind: "map" | "seq";
}

/** Keys people write: letters, digits, spaces, `_`, `-`, `.`; nothing YAML would read another way. */
const KEY = /^([\p{L}\p{N}_][\p{L}\p{N}_ .-]*?)[ ]*:(?= |$)/u;
const KEY_CHAR = /[\p{L}\p{N}_ .-]/u;

/**
 * The key of `key: value` at `at`, read in place (ASCII by character codes, anything else by KEY_CHAR):
 * the same keys KEY reads, without cutting the line out of the text.
 */
function keyAt(text: string, at: number, lineEnd: number): { key: string; end: number } | null {
  let i = at;
  for (; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) break;
    const ascii = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 32 || c === 46 || c === 45;
    if (!ascii && (c < 128 || !KEY_CHAR.test(text[i]!))) return null;
    if (i === at && (c === 32 || c === 46 || c === 45)) return null;
  }
  if (i === lineEnd || i === at) return null;
  const after = text.charCodeAt(i + 1);
  if (i + 1 < lineEnd && after !== 32) return null;
  let keyEnd = i;
  while (keyEnd > at && text.charCodeAt(keyEnd - 1) === 32) keyEnd--;
  if (keyEnd === at) return null;
  return { key: text.slice(at, keyEnd), end: i + 1 };
}
/**
 * Plain values either parser could read as a number: only those in `SAFE_NUMBER`'s common forms are left
 * to the fast path, where both read them alike.
 */
const NUMBERISH = /^[-+]?\.?\d[\d_]*(?:\.[\d_]*)?(?:[eE][-+]?[\d_]+)?$|^[-+]?0[xob]|^[-+]?\.(?:inf|nan)$/i;
const INDICATOR = /^[[\]{},#&*!|>'"%@`?:]|^-(?:\s|$)/;
/** `&name` before a value, or `*name` as one: any characters but spaces and flow brackets. */
const ANCHOR = /^[&*]([^\s,[\]{}]+)/;

/** Why the scan gave up, for tests and for choosing which hints to look for. */
export class NotSimple extends Error {}

/** A limit crossed while scanning text in the plain style: the scan counts as it goes. */
export class LimitCrossed extends Error {
  constructor(readonly problem: LimitProblem) {
    super(problem.limit);
  }
}

function fail(reason: string): never {
  throw new NotSimple(reason);
}

/** A plain value outside a flow collection: searched with indexOf within its line, as most values are text. */
function blockPlainEnd(text: string, start: number, lineEnd: number): number {
  const value = text.slice(start, lineEnd);
  let end = value.length;
  const hash = value.indexOf(" #");
  if (hash !== -1) end = hash;
  const tab = value.indexOf("\t");
  if (tab !== -1 && tab < end) fail("tab in value");
  while (end > 0 && value.charCodeAt(end - 1) === 32) end--;
  const colon = value.indexOf(": ");
  if ((colon !== -1 && colon < end) || value.charCodeAt(end - 1) === 58) fail("colon in value");
  return start + end;
}

/** A plain scalar value at `start`, ending before a comment or the end of the line. */
function plainEnd(text: string, start: number, lineEnd: number, inFlow: boolean): number {
  if (!inFlow) return blockPlainEnd(text, start, lineEnd);
  let end = start;
  for (let i = start; i < lineEnd; i++) {
    const c = text[i]!;
    if (c === "\t") fail("tab in value");
    if (c === "#" && (text[i - 1] === " " || text[i - 1] === "\t")) break;
    if (c === ":" && (i + 1 === lineEnd || text[i + 1] === " " || (inFlow && ",[]{}".includes(text[i + 1]!)))) fail("colon in value");
    if (inFlow && ",[]{}".includes(c)) break;
    if (c !== " ") end = i + 1;
  }
  return end;
}

/** A plain value, checked to read the same in both parsers, and read. */
function checkPlain(text: string, start: number, end: number): unknown {
  const value = text.slice(start, end);
  const first = value.charCodeAt(0);
  // Letters start most values; only the others can be an indicator or a number.
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) {
    if (INDICATOR.test(value)) fail("indicator");
    if (NUMBERISH.test(value)) {
      if (!SAFE_NUMBER.test(value)) fail("number-like");
      return INTEGER.test(value) ? Number.parseInt(value, 10) : Number.parseFloat(value);
    }
    return value === "~" ? null : value;
  }
  return plainValue(value);
}

/** The end of a quoted scalar starting at `start` (on the quote), which must close on the same line. */
function quotedEnd(text: string, start: number, lineEnd: number): number {
  const quote = text[start];
  for (let i = start + 1; i < lineEnd; i++) {
    const c = text[i];
    if (quote === '"' && c === "\\") {
      i += escapeLength(text, i + 1, lineEnd) ?? fail("escape");
    } else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return fail("unclosed quote");
}

/** After a value: nothing, or spaces then a comment. A comment glued to a value is not YAML. */
function checkRest(text: string, from: number, lineEnd: number): void {
  let i = from;
  while (i < lineEnd && text[i] === " ") i++;
  if (i === lineEnd) return;
  if (text[i] === "#" && i > from) return;
  fail("text after value");
}

/** A flow scalar or a one-level flow collection item. */
function flowItem(text: string, at: number, lineEnd: number): YamlNode {
  const c = text[at];
  if (c === '"' || c === "'") {
    const end = quotedEnd(text, at, lineEnd);
    return { start: at, end, style: c === '"' ? "double" : "single" };
  }
  if (c === "[" || c === "{") fail("nested flow");
  const end = plainEnd(text, at, lineEnd, true);
  if (end === at) fail("empty flow item");
  return { start: at, end, style: "plain", value: checkPlain(text, at, end) };
}

/** `[a, "b"]` or `{ k: v, k2: "w" }` on one line, one level deep. */
function flowCollection(text: string, start: number, lineEnd: number): YamlNode {
  const open = text[start];
  const close = open === "[" ? "]" : "}";
  const node: YamlNode = open === "[" ? { start, end: start, style: "flow", items: [] } : { start, end: start, style: "flow", entries: [] };
  let i = start + 1;
  const skip = () => {
    while (text[i] === " ") i++;
  };
  skip();
  if (text[i] === close) {
    node.end = i + 1;
    checkRest(text, node.end, lineEnd);
    return node;
  }
  for (;;) {
    skip();
    if (i >= lineEnd) fail("multi-line flow");
    if (node.items) {
      const item = flowItem(text, i, lineEnd);
      node.items.push(item);
      i = item.end;
    } else {
      const m = KEY.exec(text.slice(i, lineEnd));
      if (!m) fail("flow key");
      const key = m[1]!;
      if (typeof plainValue(key) !== "string" || NUMBERISH.test(key)) fail("key that is not text");
      if (node.entries!.some((e) => e.key === key)) fail("duplicate key");
      const keyStart = i;
      i += m[0].length;
      skip();
      const value = text[i] === "," || text[i] === close ? { start: i, end: i, style: "empty" as const } : flowItem(text, i, lineEnd);
      node.entries!.push({ key, keyStart, keyEnd: keyStart + key.length, value });
      i = value.end;
    }
    skip();
    if (text[i] === ",") {
      i++;
      skip();
      if (text[i] === close) fail("trailing comma");
      continue;
    }
    if (text[i] === close) {
      node.end = i + 1;
      checkRest(text, node.end, lineEnd);
      return node;
    }
    fail("flow syntax");
  }
}

/**
 * The block structure of `text` (a front-matter, with its first line being the opening fence's rest), or
 * `null` when the text is outside the plain style. Linear in the length of the text.
 */
export function scanStructure(text: string): YamlNode | null {
  try {
    return scan(text);
  } catch (error) {
    if (error instanceof LimitCrossed) throw error;
    if (error instanceof NotSimple) {
      if (process.env.LESSONBOOK_DEBUG_YAML) console.error("not simple:", error.message);
      return null;
    }
    throw error;
  }
}

function scan(text: string): YamlNode | null {
  const stack: Frame[] = [];
  // The limits that text in this style can reach, counted here so that it needs no separate pass.
  let keys = 0;
  let items = 0;
  const count = (kind: "keys" | "items", n: number, at: number) => {
    if (n > LIMITS[kind]) throw new LimitCrossed({ limit: kind, found: n, max: LIMITS[kind], at });
  };
  let root: YamlNode | null = null;
  /** A key or a dash whose value comes on the following lines. */
  let pending: { entry?: YamlEntry; item?: YamlNode[]; indent: number; at: number; anchor?: string } | null = null;
  const anchors = new Map<string, YamlNode>();
  /** The key each `key: &name` line gave its anchor. */
  const anchorKeys = new Map<string, string>();
  /** Values the aliases stand for, counted as `yaml` counts them against an alias bomb. */
  let expanded = 0;
  let usesAliases = false;
  const aliased = new Set<string>();
  /** A `|` or `>` block: lines indented deeper than `parent` belong to it. */
  let block: { node: YamlNode; parent: number; content: number; blankWidth: number } | null = null;
  /** A plain value continued on the next lines, indented deeper than `parent`. */
  let plain: { node: YamlNode; parent: number } | null = null;

  const define = (name: string | undefined, node: YamlNode) => {
    if (name === undefined) return;
    // Redefined names and aliases inside the value they name are read by the exact path.
    if (anchors.has(name)) fail("anchor defined twice");
    node.anchor = name;
    anchors.set(name, node);
  };
  /** `&name` at `at`, and where what follows it starts. */
  const anchorAt = (at: number, lineEnd: number): { name: string; next: number } => {
    const m = ANCHOR.exec(text.slice(at, lineEnd));
    if (!m) return fail("anchor");
    let next = at + m[0].length;
    if (next < lineEnd && text[next] !== " ") fail("anchor");
    while (text[next] === " ") next++;
    return { name: m[1]!, next };
  };
  /** `*name` at `at`: the value an earlier, finished `&name` marks. */
  const aliasAt = (at: number, lineEnd: number): YamlNode => {
    const m = ANCHOR.exec(text.slice(at, lineEnd));
    const target = m ? anchors.get(m[1]!) : undefined;
    if (!target) return fail("unknown alias");
    if (stack.some((frame) => frame.node.anchor !== undefined)) fail("alias inside an anchored value");
    expanded += sizeOf(target);
    if (expanded > LIMITS.aliases * 10) fail("aliases expand too far");
    usesAliases = true;
    aliased.add(m![1]!);
    const end = at + m![0].length;
    checkRest(text, end, lineEnd);
    return { start: at, end, style: "alias", alias: target };
  };

  // A key with nothing under it keeps the key's own range as its value's: that is where a reader looks.
  const resolvePending = () => {
    if (pending?.item) {
      const empty: YamlNode = { start: pending.at, end: pending.at + 1, style: "empty" };
      pending.item.push(empty);
      define(pending.anchor, empty);
    } else if (pending?.entry) define(pending.anchor, pending.entry.value);
    pending = null;
  };

  /** The map a key at `col` belongs to, opened if the previous line asked for it. */
  const mapAt = (col: number, at: number): YamlNode => {
    if (pending) {
      if (col > pending.indent) {
        const map: YamlNode = { start: at, end: at, style: "plain", entries: [] };
        if (pending.entry) pending.entry.value = map;
        else pending.item!.push(map);
        define(pending.anchor, map);
        pending = null;
        stack.push({ indent: col, node: map, kind: "map" });
        if (stack.length > LIMITS.depth) throw new LimitCrossed({ limit: "depth", found: stack.length, max: LIMITS.depth, at });
        return map;
      }
      resolvePending();
    }
    while (stack.length && (stack.at(-1)!.indent > col || (stack.at(-1)!.kind === "seq" && stack.at(-1)!.indent === col))) stack.pop();
    const top = stack.at(-1);
    if (top) {
      if (top.kind === "map" && top.indent === col) return top.node;
      return fail("indentation");
    }
    if (root) return fail("indentation");
    root = { start: at, end: at, style: "plain", entries: [] };
    stack.push({ indent: col, node: root, kind: "map" });
    return root;
  };

  /** The list a dash at `col` belongs to. */
  const seqAt = (col: number, at: number): YamlNode => {
    if (pending) {
      if (col >= pending.indent && (pending.entry || col > pending.indent)) {
        const seq: YamlNode = { start: at, end: at, style: "plain", items: [] };
        if (pending.entry) pending.entry.value = seq;
        else pending.item!.push(seq);
        define(pending.anchor, seq);
        pending = null;
        stack.push({ indent: col, node: seq, kind: "seq" });
        if (stack.length > LIMITS.depth) throw new LimitCrossed({ limit: "depth", found: stack.length, max: LIMITS.depth, at });
        return seq;
      }
      resolvePending();
    }
    while (stack.length && stack.at(-1)!.indent > col) stack.pop();
    const top = stack.at(-1);
    if (top?.kind === "seq" && top.indent === col) return top.node;
    return fail(root ? "indentation" : "list at top");
  };

  /** A value after `key: ` or `- `, on the same line. */
  const inlineValue = (at: number, lineEnd: number, parentIndent: number): YamlNode => {
    const c = text[at]!;
    if ("“”„‘’‚".includes(c)) fail("typographic quote");
    if (c === '"' || c === "'") {
      const end = quotedEnd(text, at, lineEnd);
      checkRest(text, end, lineEnd);
      return { start: at, end, style: c === '"' ? "double" : "single" };
    }
    if (c === "[" || c === "{") {
      const flow = flowCollection(text, at, lineEnd);
      if (flow.items) count("items", (items += flow.items.length), at);
      else count("keys", (keys += flow.entries!.length), at);
      return flow;
    }
    if (c === "|" || c === ">") {
      if (!/^[|>][-+]?(?: +#.*)?$/.test(text.slice(at, lineEnd).trimEnd())) fail("block header");
      const node: YamlNode = { start: at, end: lineEnd, style: "block" };
      block = { node, parent: parentIndent, content: -1, blankWidth: 0 };
      return node;
    }
    const end = plainEnd(text, at, lineEnd, false);
    const node: YamlNode = { start: at, end, style: "plain", value: checkPlain(text, at, end) };
    plain = { node, parent: parentIndent };
    return node;
  };

  /** `key: value` at `col`; returns nothing: the entry is added to its map. */
  const entryLine = (col: number, at: number, lineEnd: number) => {
    const m = keyAt(text, at, lineEnd);
    if (!m) fail("not key: value");
    const key = m.key;
    // Parsers name a key such as `null`, `true` or `1` differently; such keys take the exact path.
    if (typeof plainValue(key) !== "string" || NUMBERISH.test(key)) fail("key that is not text");
    const map = mapAt(col, at);
    if (map.entries!.some((e) => e.key === key)) fail("duplicate key");
    const entry: YamlEntry = { key, keyStart: at, keyEnd: at + key.length, value: { start: at, end: at, style: "empty" } };
    map.entries!.push(entry);
    count("keys", ++keys, at);
    let v = m.end;
    while (text[v] === " ") v++;
    let anchor: string | undefined;
    if (text[v] === "&") {
      ({ name: anchor, next: v } = anchorAt(v, lineEnd));
      anchorKeys.set(anchor, key);
    }
    if (v >= lineEnd || text[v] === "#") {
      if (v < lineEnd && text[v - 1] !== " ") fail("glued comment");
      // `tags: #ad` is valid YAML that leaves the field empty: the exact path explains it.
      if (v + 1 < lineEnd && !" #".includes(text[v + 1]!)) fail("hashtag after colon");
      entry.value = { start: entry.keyStart, end: entry.keyEnd, style: "empty" };
      pending = { entry, indent: col, at, ...(anchor !== undefined ? { anchor } : {}) };
      return;
    }
    if (text[v] === "*" && anchor !== undefined) fail("anchor on an alias");
    entry.value = text[v] === "*" ? aliasAt(v, lineEnd) : inlineValue(v, lineEnd, col);
    define(anchor, entry.value);
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const next = lineEnd + 1;
    if (text[lineEnd - 1] === "\r") lineEnd--;
    const line = text.slice(lineStart, lineEnd);
    if (line.includes("\r")) fail("lone carriage return");
    if (line.length > LIMITS.lineLength)
      throw new LimitCrossed({ limit: "lineLength", found: line.length, max: LIMITS.lineLength, at: lineStart });
    let indent = 0;
    while (line[indent] === " ") indent++;
    const blank = indent === line.length;
    if (block) {
      const b = block as { node: YamlNode; parent: number; content: number; blankWidth: number };
      if (blank) {
        if (b.content === -1) b.blankWidth = Math.max(b.blankWidth, line.length);
        else if (line.length > b.content) fail("indented blank in block");
        lineStart = next;
        continue;
      }
      if (line[indent] === "\t") fail("tab");
      if (indent > b.parent) {
        if (b.content === -1) {
          if (b.blankWidth > indent) fail("more-indented leading blank line");
          b.content = indent;
          b.node.blockIndent = indent;
        } else if (indent < b.content) fail("block indentation");
        b.node.end = lineEnd;
        lineStart = next;
        continue;
      }
      block = null;
    }
    if (blank) {
      lineStart = next;
      continue;
    }
    if (line[indent] === "\t") fail("tab");
    const at = lineStart + indent;
    if (line[indent] === "#") {
      lineStart = next;
      continue;
    }
    if (plain) {
      const p = plain as { node: YamlNode; parent: number };
      if (indent > p.parent && !KEY.test(line.slice(indent)) && !/^-(?: |$)/.test(line.slice(indent))) {
        p.node.end = lineStart + plainEnd(line, indent, line.length, false);
        p.node.multiline = true;
        if (INDICATOR.test(line.slice(indent)) && line[indent] !== "-") fail("indicator in continuation");
        lineStart = next;
        continue;
      }
      plain = null;
    }
    if (indent === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(line)) fail("document marker");
    if (/^[%?&*!]/.test(line[indent]!)) fail("directive or property");
    if (line[indent] === "-" && (indent + 1 === line.length || line[indent + 1] === " ")) {
      const seq = seqAt(indent, at);
      count("items", ++items, at);
      let v = indent + 1;
      while (line[v] === " ") v++;
      let anchor: string | undefined;
      if (line[v] === "&") {
        const found = anchorAt(lineStart + v, lineEnd);
        anchor = found.name;
        v = found.next - lineStart;
      }
      if (v === line.length || line[v] === "#") {
        pending = { item: seq.items!, indent, at, ...(anchor !== undefined ? { anchor } : {}) };
      } else if (anchor !== undefined && (line[v] === "*" || line[v] === "-" || KEY.test(line.slice(v)))) {
        fail("anchor on an alias, a list or a map in a list");
      } else if (line[v] === "*") {
        seq.items!.push(aliasAt(lineStart + v, lineEnd));
      } else if (line[v] === "-" && (v + 1 === line.length || line[v + 1] === " ")) {
        fail("nested dash");
      } else if (KEY.test(line.slice(v))) {
        pending = { item: seq.items!, indent, at };
        entryLine(v, lineStart + v, lineEnd);
      } else {
        const item = inlineValue(lineStart + v, lineEnd, indent);
        define(anchor, item);
        seq.items!.push(item);
      }
      lineStart = next;
      continue;
    }
    entryLine(indent, at, lineEnd);
    lineStart = next;
  }
  resolvePending();
  if (root && usesAliases) (root as YamlNode).usesAliases = true;
  // An `&` that no alias refers to may be text, even before a list or a map (`title: &Co [new]`).
  for (const [name, node] of anchors) {
    if (!root || aliased.has(name)) continue;
    if (!node.entries && !node.items) (root as YamlNode).unusedAnchors = true;
    else if (anchorKeys.has(name)) ((root as YamlNode).unusedAnchorKeys ??= []).push(anchorKeys.get(name)!);
  }
  return root;
}

/** Values in `node`, counted as `yaml` counts them when an alias stands for it. */
function sizeOf(node: YamlNode): number {
  if (node.entries) return node.entries.reduce((n, e) => n + 1 + sizeOf(e.value), 1);
  if (node.items) return node.items.reduce((n, item) => n + sizeOf(item), 1);
  return 1;
}

/** Start and end of each node, filled from its children once the scan is done. */
export function spanOf(node: YamlNode): { start: number; end: number } {
  if (node.entries?.length && node.style !== "flow") {
    return { start: node.entries[0]!.keyStart, end: spanOf(node.entries.at(-1)!.value).end };
  }
  if (node.items?.length && node.style !== "flow") {
    return { start: node.start, end: spanOf(node.items.at(-1)!).end };
  }
  return { start: node.start, end: node.end };
}

/**
 * The YAML mistakes people make when they type or paste front-matter by hand, found line by line, each
 * with its plain message and, where the intent is certain, the edit that fixes it. Only used on text the
 * fast path could not read: the exact parser runs on the text with these edits applied, so that one
 * mistake is reported once, in words, and the rest of the file is still checked.
 */
import type { FieldNames } from "../../model/field-names.js";

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Hint {
  messageId: string;
  data: Record<string, string | number>;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The edit that fixes it, when certain. */
  fix?: TextEdit;
  /** Other edits to try, in order, when the first leaves the line unreadable (how deep a tab meant). */
  alternatives?: TextEdit[];
  /** YAML still reads the file (the value is only not what was meant): the data can be trusted. */
  readable?: boolean;
}

const TYPOGRAPHIC: Record<string, string> = { "“": "”", "”": "”", "„": "“", "‘": "’", "’": "’", "‚": "‘" };
/** Spaces a word processor pastes that YAML does not count as spaces. */
const ODD_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const KEY_LINE = /^([ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*)((?:- +)*)([\p{L}\p{N}_][\p{L}\p{N}_ .-]*?)( *):(.*)$/u;
const BLOCK_HEADER = /^[|>][-+1-9]*\s*(?:#.*)?$/;

/** YAML double-quoted text for any string: JSON's syntax is a subset of YAML's. */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text);
}

interface Line {
  start: number;
  text: string;
  indent: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    let indent = 0;
    while (line[indent] === " ") indent++;
    lines.push({ start, text: line, indent });
    start = end + 1;
  }
  return lines;
}

/** The value part of `key: value`, without a trailing comment (` #…`), and where it starts. */
function valueOf(rest: string): { at: number; value: string; comment: boolean } {
  let at = 0;
  while (rest[at] === " " || rest[at] === "\t") at++;
  let end = rest.length;
  // A quoted value holds its own `#`: the comment, if any, comes after the closing quote.
  const close = rest[at] === '"' || rest[at] === "'" ? closingQuote(rest.slice(at)) : -1;
  for (let i = close === -1 ? at : at + close + 1; i < rest.length; i++) {
    if (rest[i] === "#" && i > at && (rest[i - 1] === " " || rest[i - 1] === "\t")) {
      end = i;
      break;
    }
  }
  return { at, value: rest.slice(at, end).trimEnd(), comment: end < rest.length };
}

/** The first typographic quote wrapping a whole value, if any: `“Promo”`. */
function wrappedInTypographic(value: string): boolean {
  const close = TYPOGRAPHIC[value[0] ?? ""];
  return close !== undefined && value.length >= 2 && (value.endsWith(close) || value.endsWith("”") || value.endsWith("’"));
}

function typographicToStraight(value: string): string {
  return doubleQuoted(value.slice(1, -1));
}

/** The end of a double- or single-quoted value starting at 0, or -1 when the line does not close it. */
function closingQuote(value: string): number {
  const q = value[0];
  for (let i = 1; i < value.length; i++) {
    if (q === '"' && value[i] === "\\") i++;
    else if (value[i] === q) {
      if (q === "'" && value[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Items of a one-line flow list `[a, #b, "c"]`, as written, with offsets from the `[`. */
function flowItems(list: string): { text: string; start: number }[] | null {
  if (!list.startsWith("[")) return null;
  const close = list.lastIndexOf("]");
  const inner = close === -1 ? list.slice(1) : list.slice(1, close);
  if (/[[\]{}]/.test(inner)) return null;
  const items: { text: string; start: number }[] = [];
  let start = 1;
  for (const part of inner.split(",")) {
    const lead = part.length - part.trimStart().length;
    items.push({ text: part.trim(), start: start + lead });
    start += part.length + 1;
  }
  return items;
}

/** The indentation unit of a file: the smallest step between a line and a deeper one, 2 by default. */
function indentUnit(lines: readonly Line[]): number {
  let unit = 0;
  for (const line of lines) {
    if (line.indent > 0 && !line.text.includes("\t") && line.indent < line.text.length && (unit === 0 || line.indent < unit))
      unit = line.indent;
  }
  return unit > 0 && unit <= 4 ? unit : 2;
}

/** The nearest line above `i` indented with spaces only, to show as the example to follow. */
function exampleLine(lines: readonly Line[], i: number, base: number): number | null {
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.text.trim() !== "" && l.indent > 0 && !/^[ ]*[\t\u00a0]/.test(l.text)) return base + j;
  }
  return null;
}

/**
 * Finds the mistakes line by line. `firstLine` is the file line of the text's first line; `fields` tells
 * which keys hold text and which hold lists, so that the fix for a value is the one its field needs.
 */
export function findHints(text: string, firstLine: number, fields: FieldNames): Hint[] {
  const lines = splitLines(text);
  const hints: Hint[] = [];
  const anchors = new Set([...text.matchAll(/(?:^|[\s[{,])&([^\s,[\]{}]+)/g)].map((m) => m[1]!));
  const aliases = new Set([...text.matchAll(/(?:^|[\s[{,])\*([^\s,[\]{}]+)/g)].map((m) => m[1]!));
  const unit = indentUnit(lines);
  let blockParent = -1;
  let quoted: string | null = null;
  /** Where a quote that spans lines opened, to name it if the front-matter ends first. */
  let quotedAt: Hint | null = null;

  for (let i = 0; i < lines.length; i++) {
    const { start, text: line } = lines[i]!;
    const lineNo = firstLine + i;
    // Inside a `|` or `>` block, or a quoted value that spans lines, a line is text, not YAML.
    if (blockParent >= 0) {
      const indent = /^[ ]*/.exec(line)![0].length;
      if (line.trim() === "" || indent > blockParent) continue;
      blockParent = -1;
    }
    if (quoted) {
      if (closingQuote(`${quoted}${line}`) !== -1) quoted = null;
      else quoted += line;
      continue;
    }
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;

    const lead = /^[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*/.exec(line)![0];
    if (lead.includes("\t")) {
      const width = [...lead].reduce((n, c) => n + (c === "\t" ? unit : 1), 0);
      const example = exampleLine(lines, i, firstLine);
      // How deep the tab meant: as wide as it looks, level with the line above, or one level under it.
      const above = lines.slice(0, i).findLast((l) => l.text.trim() !== "" && !l.text.trimStart().startsWith("#"));
      const aboveIndent = above ? [.../^[ \t]*/.exec(above.text)![0]].reduce((n, c) => n + (c === "\t" ? unit : 1), 0) : 0;
      const opens = above ? /:\s*(#.*)?$/.test(above.text) : false;
      const widths = [...new Set([width, aboveIndent, ...(opens ? [aboveIndent + unit] : []), 0])];
      const [first, ...rest] = widths.map((w) => ({ start, end: start + lead.length, text: " ".repeat(w) }));
      hints.push({
        messageId: "tab-indent",
        data: { line: lineNo, unit, example: example ?? 0 },
        start,
        end: start + lead.length,
        fix: first!,
        alternatives: rest,
      });
    } else if (ODD_SPACE.test(lead)) {
      hints.push({
        messageId: "odd-space-indent",
        data: { line: lineNo },
        start,
        end: start + lead.length,
        fix: { start, end: start + lead.length, text: " ".repeat(lead.length) },
      });
    }

    const m = KEY_LINE.exec(line);
    const known = (key: string) => fields.all.has(key);
    if (!m) {
      // `owner Marta Gil`: a known field name, then its value, with the colon left out.
      const missing = /^(\s*(?:- +)?)([A-Za-z][A-Za-z]*) +(\S.*)$/.exec(line);
      if (missing && known(missing[2]!) && !/[:#]/.test(missing[3]!)) {
        const at = start + missing[1]!.length + missing[2]!.length;
        hints.push({
          messageId: "missing-colon",
          data: { key: missing[2]! },
          start: start + missing[1]!.length,
          end: at,
          fix: { start: at, end: at, text: ":" },
        });
      }
      continue;
    }
    const [, , dashes, key, , after] = m as unknown as [string, string, string, string, string, string];
    const keyStart = start + m[1]!.length + dashes.length;
    const colon = keyStart + key.length + m[4]!.length;
    const indentCol = m[1]!.length + dashes.length;

    // `severity:high`: YAML needs a space after the colon of a key.
    if (after !== "" && !/^[ \t]/.test(after)) {
      if (ODD_SPACE.test(after[0]!)) {
        hints.push({
          messageId: "odd-space-after-colon",
          data: { key },
          start: colon + 1,
          end: colon + 2,
          fix: { start: colon + 1, end: colon + 2, text: " " },
        });
      } else if (known(key) && !after.startsWith("//")) {
        hints.push({
          messageId: "space-after-colon",
          data: { key, written: `${key}:${after.split(/\s/)[0]}` },
          start: keyStart,
          end: colon + 1,
          fix: { start: colon + 1, end: colon + 1, text: " " },
        });
      } else {
        continue;
      }
    }

    const { at, value, comment } = valueOf(after.replace(/^[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/, " "));
    const valueStart = colon + 1 + at;
    const valueEnd = valueStart + value.length;
    if (value === "") continue;
    const nextIndent = lines.slice(i + 1).find((l) => l.text.trim() !== "" && !l.text.trimStart().startsWith("#"))?.indent ?? -1;
    const singleLine = nextIndent <= indentCol;
    const wrap = (messageId: string, data: Record<string, string | number> = {}, readable = false) => {
      const fix = singleLine && !comment ? { start: valueStart, end: valueEnd, text: doubleQuoted(value) } : undefined;
      hints.push({
        messageId,
        data: { key, ...data },
        start: valueStart,
        end: valueEnd,
        ...(fix ? { fix } : {}),
        ...(readable ? { readable } : {}),
      });
    };

    if (BLOCK_HEADER.test(value)) {
      blockParent = indentCol;
      continue;
    }
    const first = value[0]!;
    if (wrappedInTypographic(value)) {
      hints.push({
        messageId: "typographic-quotes",
        data: { key, open: first, close: value.at(-1)! },
        start: valueStart,
        end: valueEnd,
        fix: { start: valueStart, end: valueEnd, text: typographicToStraight(value) },
        readable: true,
      });
      continue;
    }
    if (first === '"' || first === "'") {
      const close = closingQuote(value);
      if (close === -1) {
        if (!singleLine) {
          quoted = value;
          quotedAt = { messageId: "unclosed-quote", data: { key, quote: first }, start: valueStart, end: valueEnd };
          continue;
        }
        hints.push({
          messageId: "unclosed-quote",
          data: { key, quote: first },
          start: valueStart,
          end: valueEnd,
          ...(value.indexOf(first, 1) === -1 ? { fix: { start: valueEnd, end: valueEnd, text: first } } : {}),
        });
        continue;
      }
      const tail = after.slice(at + close + 1);
      if (tail.startsWith("#")) {
        const hash = valueStart + close + 1;
        hints.push({ messageId: "glued-comment", data: { key }, start: hash, end: hash + 1, fix: { start: hash, end: hash, text: " " } });
      } else if (tail.trim() !== "" && !/^\s+#/.test(tail)) {
        wrap("text-after-quote");
      }
      continue;
    }
    if ((first === "[" || first === "{") && singleLine) {
      // `channels: [email, web` with the next field on the next line: the list was never closed.
      const closer = first === "[" ? "]" : "}";
      const whole = after.slice(at).trimEnd();
      let depth = 0;
      for (const c of whole) depth += c === first ? 1 : c === closer ? -1 : 0;
      if (depth > 0 && !whole.includes("#") && !/["']/.test(whole)) {
        hints.push({
          messageId: "unclosed-bracket",
          data: { key, bracket: first, closer },
          start: valueStart,
          end: valueStart + whole.length,
          fix: { start: valueStart + whole.length, end: valueStart + whole.length, text: closer.repeat(depth) },
        });
        continue;
      }
    }
    if (first === "[" && fields.lists.has(key)) {
      // A `#` may have cut the line short as a comment: the list is read from the whole line.
      const listText = after.slice(at).trimEnd();
      const close = listText.lastIndexOf("]");
      const items = flowItems(close === -1 ? listText : listText.slice(0, close + 1))?.filter((it) => it.text !== "");
      if (items?.some((it) => it.text.startsWith("#"))) {
        const end = valueStart + (close === -1 ? listText.length : close + 1);
        const fixed = `[${items.map((it) => (it.text.startsWith("#") ? doubleQuoted(it.text) : it.text)).join(", ")}]`;
        hints.push({
          messageId: "hash-in-list",
          data: { key, item: items.find((it) => it.text.startsWith("#"))!.text },
          start: valueStart,
          end,
          ...(singleLine && close !== -1 ? { fix: { start: valueStart, end, text: fixed } } : {}),
        });
      }
      continue;
    }
    if (first === "!") {
      hints.push({ messageId: "yaml-tag", data: { key, tag: value.split(/\s/)[0]! }, start: valueStart, end: valueEnd, readable: true });
      continue;
    }
    if (first === "#" && value.length > 1 && value[1] !== " " && (fields.text.has(key) || fields.lists.has(key))) {
      // `tags: #ad`: YAML reads a `#` after a space as a comment, and the field is left empty.
      const tokens = value.split(/\s+/);
      const list = fields.lists.has(key);
      const fixed = list
        ? tokens.every((t) => t.startsWith("#"))
          ? `[${tokens.map(doubleQuoted).join(", ")}]`
          : undefined
        : doubleQuoted(value);
      hints.push({
        messageId: list ? "hashtag-list" : "hashtag-value",
        data: { key, value },
        start: valueStart,
        end: valueEnd,
        ...(fixed && singleLine ? { fix: { start: valueStart, end: valueEnd, text: fixed } } : {}),
        readable: true,
      });
      continue;
    }
    if (!fields.text.has(key)) continue;
    if (/:(?:\s|$)/.test(value)) {
      wrap("colon-in-value");
    } else if ("[{".includes(first)) {
      wrap("starts-with-bracket", { char: first });
    } else if ("@`%|>".includes(first) || (first === "-" && value[1] === " ")) {
      wrap("reserved-start", { char: first });
    } else if (first === "*" && !anchors.has(value.slice(1).split(/[\s,]/)[0]!)) {
      wrap("reserved-start", { char: first });
    } else if (first === "&" && !aliases.has(value.slice(1).split(/[\s,]/)[0]!)) {
      wrap("reserved-start", { char: first }, true);
    }
  }
  if (quoted && quotedAt) hints.push(quotedAt);
  return hints.sort((a, b) => a.start - b.start);
}

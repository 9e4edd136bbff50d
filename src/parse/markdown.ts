import { htmlBlockEnd, htmlBlockStart } from "./html-block.js";

/** A second-level section of the body, located in the file. */
export interface Section {
  title: string;
  line: number;
  column: number;
  /** Something a reader sees follows the heading before the next heading of level 1 or 2. */
  hasContent: boolean;
  /** The section's last file line, before the next heading of level 1 or 2 or the end of the body. */
  endLine: number;
}

export function lastLine(body: string, bodyLine: number): number {
  let n = bodyLine;
  for (let i = body.indexOf("\n"); i !== -1 && i < body.length - 1; i = body.indexOf("\n", i + 1)) n++;
  return n;
}

/** An HTML comment block: not content a reader sees. */
const COMMENT = /^<!--[\s\S]*-->$/;
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
/** Marks that may make a title's words differ from its text (`!` only before `[`, an image). */
const INLINE_MARKUP = /[\\`*_[\]<>&]/;
/** Blank as CommonMark counts it: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^( {0,3})(?:[-+*]|\d{1,9}[.)])(?:( +)|$)/;
const QUOTE = /^ {0,3}> ?/;
/** Content of a list item or quote that is not a paragraph: then a following line cannot be its lazy continuation. */
const NOT_PARAGRAPH = /^(?:[#>`~<=_|]|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$))/;

/**
 * Content of a list item or quote that may open something other than a paragraph. A mark that opens
 * nothing there is text: `#tag`, `` `code` ``, `~~struck~~`, `_emphasis_`, a `<` that opens no HTML block.
 */
function notParagraph(content: string): boolean {
  switch (content.charCodeAt(0)) {
    case 60: // <
      return content.startsWith("<!--") || htmlBlockStart(content) !== null;
    case 35: // #
      return /^#{1,6}(?:[ \t]|$)/.test(content);
    case 96: // `
      return content.startsWith("```");
    case 126: // ~
      return content.startsWith("~~~");
    case 95: // _
      return THEMATIC.test(content);
    case 61: // =
      return /^=+[ \t]*$/.test(content);
    default:
      return NOT_PARAGRAPH.test(content);
  }
}

const LABEL = String.raw`\[(?:[^\[\]\\]|\\.){1,999}\]`;
const TITLE = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)`;
/** A link reference definition whole on its line: label, destination, and a title closed there if any. */
const WHOLE_DEFINITION = new RegExp(String.raw`^ {0,3}(${LABEL}):[ \t]*(<(?:[^<>\n\\]|\\.)*>|[^\s<]\S*)(?:[ \t]+(${TITLE}))?[ \t]*$`);

/** Parentheses in a bare destination must pair up, unless escaped. */
function balanced(destination: string): boolean {
  let depth = 0;
  for (let i = 0; i < destination.length; i++) {
    const c = destination[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Whether `line` is a link reference definition that ends on it, so that the next line starts anew:
 * `"titled"` when its title is there, `"untitled"` when a title could still follow on the next line.
 */
function wholeDefinition(line: string): "titled" | "untitled" | null {
  const m = WHOLE_DEFINITION.exec(line);
  if (!m || m[1]!.slice(1, -1).trim() === "" || [...m[2]!].some((c) => c.charCodeAt(0) < 0x20)) return null;
  if (!m[2]!.startsWith("<") && !balanced(m[2]!)) return null;
  return m[3] === undefined ? "untitled" : "titled";
}
/** Lines whose reading depends on more than this scan follows: HTML, indented headings and fences, tabs. */
const UNSURE = /^ {0,3}<|^ {1,3}(#|```|~~~)|^\t/;
/** A carriage return that does not end a line (CRLF): old Mac line breaks read differently. */
const LONE_CR = /\r(?!\n|$)/;
/** A link reference or footnote definition on one line: `[^1]: A note.`, `[site]: https://example.com`. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;
/**
 * A line that looks like a definition but cannot be one: after its destination comes text that does not
 * open a title (`[^1]: The post went out…`, a footnote as people write them). CommonMark reads it as the
 * first line of a paragraph, which the lines after it may continue.
 */
const NOT_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*[^\s<]\S*[ \t]+[^\s"'(]/;

function startsWithLetter(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 128;
}

/**
 * A line scan that gives the same outline as CommonMark for the bodies people write (paragraphs, lists,
 * quotes, tables, fenced code at the margin, thematic breaks, setext headings after a paragraph, HTML
 * comments), and `null` as soon as a line could make them differ (other HTML, indented fences or headings,
 * link definitions, inline markup in a heading). A property test and every CommonMark spec example hold it
 * to remark's reading.
 */
export function scanOutline(body: string, bodyLine: number): Section[] | null {
  // One search of the whole body, rather than one of every line.
  if (body.includes("\r") && LONE_CR.test(body)) return null;
  const sections: Section[] = [];
  let current: Section | null = null;
  const lines = body.split("\n");
  const lineAt = (i: number) => (lines[i]!.endsWith("\r") ? lines[i]!.slice(0, -1) : lines[i]!);
  let fence: { char: string; length: number } | null = null;
  /** Where the line before sits: a paragraph of the root, inside a list or quote, or nothing open. */
  let context: "none" | "paragraph" | "list" | "quote" | "code" = "none";
  let paragraph: { start: number; lines: string[] } | null = null;
  let listContent = 0;
  /** The open list item ends in a paragraph, which an unindented line may continue lazily. */
  let listParagraph = false;
  let blankBefore = true;
  const touch = () => {
    if (current) current.hasContent = true;
  };
  /** A paragraph is content once it is sure not to become a setext heading. */
  const closeParagraph = () => {
    if (paragraph) touch();
    paragraph = null;
  };
  /** A line of text at the margin: it goes on with the open paragraph, or opens one. */
  const paragraphLine = (line: string, i: number) => {
    blankBefore = false;
    if (context === "paragraph" && paragraph) paragraph.lines.push(line);
    else {
      paragraph = { start: i, lines: [line] };
      context = "paragraph";
    }
  };
  const heading = (depth: number, title: string, i: number, column = 1): boolean => {
    closeParagraph();
    if (depth > 2) {
      touch();
      return true;
    }
    // Only a section's title is read: a first-level heading only ends one, whatever its words.
    if (depth === 2 && INLINE_MARKUP.test(title)) return false;
    if (current) current.endLine = bodyLine + i - 1;
    current = null;
    if (depth === 2) {
      current = { title, line: bodyLine + i, column, hasContent: false, endLine: bodyLine + i };
      sections.push(current);
    }
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lineAt(i);
    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
      continue;
    }
    // Prose, most of a long body: a line that starts with a letter opens or goes on with a paragraph, as
    // below, and no other check could apply to it (every block of CommonMark starts with a mark in ASCII).
    if ((context === "paragraph" || context === "none") && startsWithLetter(line)) {
      paragraphLine(line, i);
      continue;
    }
    if (BLANK.test(line)) {
      if (context === "quote" || context === "paragraph") context = "none";
      // An indented code block stays "code" across blank lines: what follows it is judged as such.
      closeParagraph();
      blankBefore = true;
      continue;
    }
    if (line.startsWith("<!--")) {
      // An HTML comment block runs to the first line holding `-->`; it is content only if text follows it.
      if (/^<!--->?/.test(line) || line.startsWith("<!-->")) return null;
      let end = line.indexOf("-->", 4) === -1 ? -1 : i;
      for (let j = i + 1; end === -1 && j < lines.length; j++) if (lineAt(j).includes("-->")) end = j;
      if (end === -1) return null;
      const block = lines
        .slice(i, end + 1)
        .map((_, k) => lineAt(i + k))
        .join("\n")
        .trim();
      if (!COMMENT.test(block)) touch();
      // Text after the comment on its last line belongs to the same HTML block, which is then content.
      i = end;
      context = "none";
      closeParagraph();
      blankBefore = false;
      continue;
    }
    // A list or an indented code block ends at a blank line followed by a line indented less than its
    // content: a `<` there is at the margin.
    if (blankBefore && line.charCodeAt(/^ {0,3}/.exec(line)![0].length) === 60) {
      const indent = /^ */.exec(line)![0].length;
      if ((context === "list" && indent < listContent) || (context === "code" && indent < 4)) context = "none";
    }
    // Other HTML blocks, at the margin of the body: every line up to the block's end is its text (a
    // heading or a fence in it is none). One that is not a whole tag cannot interrupt a paragraph.
    const html = context === "none" || context === "paragraph" ? htmlBlockStart(line) : null;
    if (html !== null && !(html === 7 && context === "paragraph")) {
      i = htmlBlockEnd(lineAt, lines.length, i, html);
      touch();
      closeParagraph();
      context = "none";
      blankBefore = false;
      continue;
    }
    if (UNSURE.test(line)) {
      // A line that starts with `<` and opens no HTML block is text (an autolink, inline HTML), and so is
      // a whole tag inside a paragraph.
      const text = html === null ? !/^ {0,3}<!--/.test(line) : html === 7;
      if (text && (context === "none" || context === "paragraph") && /^ {0,3}</.test(line)) {
        paragraphLine(line, i);
        continue;
      }
      return null;
    }
    // Definitions only at a paragraph's start: the margin, or after the definitions that opened it.
    const startOfParagraph = context !== "paragraph" || paragraph?.lines.length === 0;
    if (DEFINITION.test(line) && !NOT_DEFINITION.test(line) && startOfParagraph && context !== "list" && context !== "quote") {
      // Content either way (a definition, or a paragraph if it is not one). Followed by a blank line or
      // the end, nothing else can follow from it. A definition whole on its line opens a paragraph that
      // the next lines go on with (CommonMark reads definitions at a paragraph's start): a heading
      // underlined there starts on the definition's line. The next line must not be the definition's
      // title, nor indented (a continuation whose reading differs), and the definition at the margin.
      const next = i + 1 < lines.length ? lineAt(i + 1) : "";
      touch();
      blankBefore = false;
      if (BLANK.test(next)) {
        context = "none";
        continue;
      }
      const whole = /^\S/.test(line) ? wholeDefinition(line) : null;
      if (whole === null || /^[ \t]/.test(next) || (whole === "untitled" && /^["'(]/.test(next))) return null;
      if (context !== "paragraph" || !paragraph) paragraph = { start: i, lines: [] };
      context = "paragraph";
      continue;
    }
    const indent = /^ */.exec(line)![0].length;
    const wasBlank = blankBefore;
    blankBefore = false;
    // Inside a list item, a line indented to its content belongs to it; after a blank, a line that is not
    // ends the list. Without a blank, a line is a lazy continuation of the item's paragraph.
    if (context === "list" && (indent >= listContent || !wasBlank) && indent > 0) {
      const inner = line.slice(indent);
      // A nested list item is a paragraph in a list in the item; other nested blocks (headings, fences,
      // quotes, code) are beyond this scan.
      const nested = LIST_ITEM.exec(inner);
      if (nested) {
        const content = inner.slice(nested[0].length);
        if (nested[2] === undefined || nested[2].length > 4 || content.trim() === "" || notParagraph(content)) return null;
        listParagraph = true;
      } else if (notParagraph(inner) || indent >= listContent + 4) {
        return null;
      } else if (wasBlank) listParagraph = true;
      touch();
      continue;
    }
    if (context === "code") {
      if (indent >= 4) continue;
      // What may follow an indented code block differs between parsers: a list not starting at 1 is one.
      if (!wasBlank || (/^\d{1,9}[.)]/.test(line) && !/^0*1[.)]/.test(line))) return null;
    }
    const atx = line.charCodeAt(0) === 35 ? ATX.exec(line) : null;
    if (atx) {
      if (!heading(atx[1]!.length, (atx[2] ?? "").replace(/(^|[ \t]+)#+$/, "").trim(), i)) return null;
      context = "none";
      closeParagraph();
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      if (fenceOpen[1]![0] === "`" && fenceOpen[2]!.includes("`")) return null;
      fence = { char: fenceOpen[1]![0]!, length: fenceOpen[1]!.length };
      touch();
      context = "none";
      closeParagraph();
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && context === "paragraph" && paragraph) {
      // A title over several lines may hold hard breaks that remark words differently; an underline
      // right under a definition is no heading, and may be text or a list.
      if (paragraph.lines.length !== 1) return null;
      const title = paragraph.lines.map((l) => l.trim()).join("\n");
      const paragraphStart = paragraph.start;
      const column = /^ */.exec(paragraph.lines[0]!)![0].length + 1;
      paragraph = null;
      if (!heading(setext[1]![0] === "=" ? 1 : 2, title, paragraphStart, column)) return null;
      context = "none";
      continue;
    }
    if (THEMATIC.test(line)) {
      touch();
      context = "none";
      closeParagraph();
      continue;
    }
    if (context === "list" && listParagraph && !wasBlank && indent === 0 && !LIST_ITEM.test(line) && !QUOTE.test(line)) {
      // A lazy continuation line of the item's paragraph.
      touch();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      // An ordered item interrupts a paragraph only when it starts at 1, and an empty item never does.
      const empty = item[2] === undefined;
      if (context === "paragraph" && (empty || !/^ {0,3}(?:[-+*]|1[.)])/.test(line))) {
        paragraph!.lines.push(line);
        continue;
      }
      const content = line.slice(item[0].length);
      if (empty || item[2]!.length > 4 || content.trim() === "" || notParagraph(content)) return null;
      listContent = item[0].length;
      listParagraph = true;
      context = "list";
      paragraph = null;
      touch();
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      let content = line.slice(quote[0].length);
      // A quote inside a quote (`> > …`): what the innermost one holds decides, as for a single quote.
      for (let inner = QUOTE.exec(content); inner; inner = QUOTE.exec(content)) content = content.slice(inner[0].length);
      if (notParagraph(content) || /^[ \t]/.test(content)) return null;
      // An empty quote line holds no paragraph, so nothing can continue it lazily.
      context = content === "" ? "none" : "quote";
      paragraph = null;
      touch();
      continue;
    }
    if (context === "quote") {
      // A lazy continuation of the quote's paragraph.
      touch();
      continue;
    }
    if (indent >= 4 && context !== "paragraph") {
      context = "code";
      touch();
      continue;
    }
    if (context === "paragraph" && paragraph) {
      paragraph.lines.push(line);
    } else {
      paragraph = { start: i, lines: [line] };
      context = "paragraph";
    }
  }
  closeParagraph();
  if (current) (current as Section).endLine = lastLine(body, bodyLine);
  return sections;
}

/** Thrown when a body needs the exact parser and it has not been loaded yet: load it, then try again. */
export class NeedsExactOutline extends Error {
  constructor() {
    super("the exact Markdown parser is needed: call loadExactOutline() first");
  }
}

let exact: ((body: string, bodyLine: number) => Section[]) | undefined;

/**
 * Loads remark for the bodies the line scan cannot read: most runs never need it, and loading it costs a
 * one-file lint a third of its time.
 */
export async function loadExactOutline(): Promise<void> {
  exact ??= (await import("./markdown-exact.js")).parseOutline;
}

export function outlineBody(body: string, bodyLine: number): Section[] {
  const scanned = scanOutline(body, bodyLine);
  if (scanned) return scanned;
  if (!exact) throw new NeedsExactOutline();
  return exact(body, bodyLine);
}

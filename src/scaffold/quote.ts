/**
 * Text from people (a title, an owner, a form's answers) written into an incident file so that it stays
 * text: it can neither end the front-matter, nor open a YAML structure, nor add or swallow a section of
 * the body. Nothing in an incident file is ever run, but a stray `<!--` or ``` ``` ``` could hide the
 * sections after it from every reader.
 */

/** Characters people never mean to type: C0 controls other than tab and line feed, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Line endings as LF, no control characters, no half of a surrogate pair. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(LONE_SURROGATE, "\ufffd");
}

/** One line: runs of white space, line breaks included, become one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/gu, " ").trim();
}

/**
 * A YAML double-quoted scalar holding `text` exactly. JSON's string syntax is a subset of YAML's; the
 * characters YAML reads differently from JSON (next line, line and paragraph separators, the byte-order
 * mark, DEL and C1 controls) are escaped too.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text.replace(LONE_SURROGATE, "\ufffd")).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Line starts that would reach beyond the answer they belong to: a code fence or an HTML block (both
 * run on until their closing line, past our next heading), a first- or second-level heading (a section
 * of its own), and a setext underline (turns the line above into such a heading). Up to three spaces may
 * come first, as in CommonMark.
 */
const REACHING = /^( {0,3})(?=```|~~~|<|#{1,2}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/;

/**
 * A block of Markdown from a person, made safe to place under a heading of ours: every line that could
 * open something reaching past the block is escaped with a backslash (shown as the character itself),
 * the rest is left as written, so lists, emphasis, links and third-level headings still render.
 */
export function markdownBlock(text: string): string {
  return cleanText(text)
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, "").replace(REACHING, "$1\\"))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/** Text for a heading line: one line, with the characters Markdown would read as markup escaped. */
export function markdownInline(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
    .replace(/#+$/, (hashes) => hashes.replace(/#/g, "\\#"));
}

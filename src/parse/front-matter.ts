export interface FrontMatter {
  /** Offset in the file text where the YAML starts: right after the opening `---` (and its language). */
  yamlOffset: number;
  /**
   * The YAML text exactly as it stands between the fences, starting on the opening line, so that line N
   * of it is line N of the file.
   */
  yaml: string;
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
}

export interface SplitProblem {
  messageId: string;
  data: Record<string, string | number>;
  line: number;
  column: number;
}

export type Split = { ok: true; value: FrontMatter } | { ok: false; problem: SplitProblem };

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

const DASH = 45; // "-"

/** Whether the line at `start` is a closing fence: `---`, then only blanks up to the end of the line. */
function closesAt(text: string, start: number): boolean {
  let i = start + 3;
  while (text[i] === " " || text[i] === "\t") i++;
  return i === text.length || text[i] === "\n" || (text[i] === "\r" && (i + 1 === text.length || text[i + 1] === "\n"));
}

/**
 * The closing fence: the first line that is exactly `---` (blanks after it allowed), and the first line
 * before it that only starts with `---` (`--- x`), which YAML would read as a new document.
 */
function exactClose(text: string): { close: number; stray: number | null } | null {
  let stray: number | null = null;
  for (let start = text.indexOf("\n") + 1; start > 0; start = text.indexOf("\n", start) + 1) {
    // Only lines that start with a dash can be a fence: the rest are skipped without being cut out.
    if (text.charCodeAt(start) !== DASH || !text.startsWith("---", start)) continue;
    if (closesAt(text, start)) return { close: start, stray };
    stray ??= start;
  }
  return null;
}

/**
 * Splits a file (BOM already dropped) into its YAML front-matter and Markdown body. A line scan, not
 * gray-matter: gray-matter looks each file's whole text up in its cache, and that lookup alone makes V8
 * keep an internalized copy of every file (measured on 10,000 long incidents: lint peaked at 275 MB with
 * it, 196 MB without); its engines would evaluate code and its js-yaml 3 shifts dates, so it only ever
 * split here, and the fences are simple to find exactly.
 */
export function splitFrontMatter(text: string): Split {
  const firstEnd = text.search(/\r?\n|$/);
  const firstLine = text.slice(0, firstEnd);
  if (!firstLine.startsWith("---") || firstLine.startsWith("----")) {
    return { ok: false, problem: { messageId: "no-front-matter", data: { found: firstLine.slice(0, 40) }, line: 1, column: 1 } };
  }
  const language = firstLine.slice(3).trim();
  if (language !== "" && language.toLowerCase() !== "yaml" && language.toLowerCase() !== "yml") {
    // Only YAML is read: no other language's parser, let alone JavaScript's, ever sees the block.
    return { ok: false, problem: { messageId: "refused-language", data: { language: language.slice(0, 40) }, line: 1, column: 4 } };
  }
  const yamlOffset = language === "" ? 3 : firstLine.length;
  const exact = exactClose(text);
  if (!exact) return { ok: false, problem: { messageId: "never-closed", data: {}, line: 1, column: 1 } };
  if (exact.stray !== null) {
    const line = countLines(text, exact.stray) + 1;
    return { ok: false, problem: { messageId: "stray-dashes", data: { line }, line, column: 1 } };
  }
  // The line break before the closing fence is not part of the YAML, a CRLF's `\r` included: left in,
  // `yaml` reads it into the last value, or refuses a quoted one.
  const yamlEnd = exact.close - (exact.close - 2 >= yamlOffset && text[exact.close - 2] === "\r" ? 2 : 1);
  const yaml = text.slice(yamlOffset, yamlEnd);
  const afterClose = text.indexOf("\n", exact.close);
  const body = afterClose === -1 ? "" : text.slice(afterClose + 1);
  const bodyLine = countLines(text, text.length - body.length) + 1;
  return { ok: true, value: { yamlOffset, yaml, body, bodyLine } };
}

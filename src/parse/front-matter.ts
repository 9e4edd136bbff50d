import matter from "gray-matter";

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

const refuse = (language: string) => () => {
  throw new Error(`front-matter language "${language}" is refused`);
};

/**
 * gray-matter only splits here: its JavaScript engines would evaluate code and its bundled YAML parser
 * shifts dates, so every engine is replaced; the YAML is parsed later, with positions.
 */
const MATTER_OPTIONS = {
  engines: {
    yaml: { parse: () => ({}) },
    js: refuse("js"),
    javascript: refuse("javascript"),
    coffee: refuse("coffee"),
    json: refuse("json"),
    toml: refuse("toml"),
  },
};

const CLOSING = /^---[ \t]*\r?$/;

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * The closing fence when gray-matter stopped at a line that only starts with `---` (`--- x`): the first
 * line that is exactly `---`, and the line in between that YAML would read as a new document.
 */
function exactClose(text: string, from: number): { close: number; stray: number | null } | null {
  let stray: number | null = null;
  for (let start = text.indexOf("\n", from) + 1; start > 0; start = text.indexOf("\n", start) + 1) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (CLOSING.test(line)) return { close: start, stray };
    if (line.startsWith("---") && stray === null) stray = start;
    if (end === -1) break;
  }
  return null;
}

/** Splits a file (BOM already dropped) into its YAML front-matter and Markdown body. */
export function splitFrontMatter(text: string): Split {
  const firstEnd = text.search(/\r?\n|$/);
  const firstLine = text.slice(0, firstEnd);
  if (!firstLine.startsWith("---") || firstLine.startsWith("----")) {
    return { ok: false, problem: { messageId: "no-front-matter", data: { found: firstLine.slice(0, 40) }, line: 1, column: 1 } };
  }
  const language = firstLine.slice(3).trim();
  if (language !== "" && language.toLowerCase() !== "yaml" && language.toLowerCase() !== "yml") {
    // Checked before gray-matter sees the text: a refused language is never handed to any engine.
    return { ok: false, problem: { messageId: "refused-language", data: { language: language.slice(0, 40) }, line: 1, column: 4 } };
  }
  let file: { matter: string; content: string };
  try {
    const options = language === "" ? MATTER_OPTIONS : { engines: { ...MATTER_OPTIONS.engines, [language]: MATTER_OPTIONS.engines.yaml } };
    file = matter(text, options) as unknown as { matter: string; content: string };
  } catch {
    return { ok: false, problem: { messageId: "never-closed", data: {}, line: 1, column: 1 } };
  }
  // gray-matter starts the block after `---` or, when a language follows it, after the whole first line.
  const yamlOffset = language === "" ? 3 : firstLine.length;
  let yaml = file.matter ?? "";
  let body = file.content;
  if (!/^\n---[ \t]*(\r?\n|$)/.test(text.slice(yamlOffset + yaml.length))) {
    const exact = exactClose(text, 0);
    if (!exact) return { ok: false, problem: { messageId: "never-closed", data: {}, line: 1, column: 1 } };
    if (exact.stray !== null) {
      return {
        ok: false,
        problem: {
          messageId: "stray-dashes",
          data: { line: countLines(text, exact.stray) + 1 },
          line: countLines(text, exact.stray) + 1,
          column: 1,
        },
      };
    }
    yaml = text.slice(yamlOffset, exact.close - 1);
    const afterClose = text.indexOf("\n", exact.close);
    body = afterClose === -1 ? "" : text.slice(afterClose + 1);
  }
  const bodyLine = countLines(text, text.length - body.length) + 1;
  return { ok: true, value: { yamlOffset, yaml, body, bodyLine } };
}

import matter from "gray-matter";

export interface FrontMatter {
  /**
   * The YAML text exactly as it stands between the fences, starting right after the opening `---`,
   * so that line N of it is line N of the file.
   */
  yaml: string;
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
}

export interface SplitProblem {
  message: string;
  line: number;
  column: number;
  expected: string;
  actual?: string;
}

export type Split = { ok: true; value: FrontMatter } | { ok: false; problem: SplitProblem };

const refuse = (language: string) => () => {
  throw new Error(`front-matter language "${language}" is refused`);
};

/**
 * gray-matter only splits here: its JavaScript engines would evaluate code and its bundled YAML parser
 * shifts dates, so every engine is replaced; the YAML is parsed later with positions.
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

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Splits a file (BOM already dropped) into its YAML front-matter and Markdown body. */
export function splitFrontMatter(text: string): Split {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (!firstLine.startsWith("---") || firstLine.startsWith("----")) {
    return {
      ok: false,
      problem: {
        message: "File has no front-matter: the first line must be --- and open a YAML block.",
        line: 1,
        column: 1,
        expected: "---",
        actual: firstLine.slice(0, 40),
      },
    };
  }
  const language = firstLine.slice(3).trim();
  if (language !== "" && language.toLowerCase() !== "yaml" && language.toLowerCase() !== "yml") {
    // Checked before gray-matter sees the text: a refused language is never handed to any engine.
    return {
      ok: false,
      problem: {
        message: `Front-matter in "${language}" is refused and was not evaluated; write it as YAML.`,
        line: 1,
        column: 4,
        expected: "YAML front-matter (---)",
        actual: `---${language}`,
      },
    };
  }
  let file: { matter: string; content: string };
  try {
    const options = language === "" ? MATTER_OPTIONS : { engines: { ...MATTER_OPTIONS.engines, [language]: MATTER_OPTIONS.engines.yaml } };
    file = matter(text, options) as unknown as { matter: string; content: string };
  } catch {
    return {
      ok: false,
      problem: { message: "Front-matter could not be split.", line: 1, column: 1, expected: "YAML front-matter" },
    };
  }
  const yaml = file.matter ?? "";
  // gray-matter starts the block after `---` or, when a language follows it, after the whole first line.
  const start = language === "" ? 3 : firstLine.length;
  if (!/^\n---[ \t]*(\r?\n|$)/.test(text.slice(start + yaml.length))) {
    return {
      ok: false,
      problem: {
        message: "Front-matter is never closed: end the YAML block with a line that is exactly ---.",
        line: 1,
        column: 1,
        expected: "a closing --- line",
      },
    };
  }
  const body = file.content;
  const bodyLine = countLines(text.slice(0, text.length - body.length)) + 1;
  return { ok: true, value: { yaml, body, bodyLine } };
}

/**
 * The marks lessonbook writes into every file it generates. A file is replaced or removed only when its
 * own content carries the mark: a list of names (such as the build manifest) is a hint, never proof.
 */
export type Generator = "lessonbook build" | "lessonbook report";

const COMMENT: Record<Generator, string> = {
  "lessonbook build": "written by lessonbook build; edit the incident files instead",
  "lessonbook report": "written by lessonbook report; edits are lost when it runs again",
};

/** The first line of a Markdown page, or the line after `<!DOCTYPE html>` (a comment before it would switch browsers to quirks mode). */
export function markLine(generator: Generator, kind: "markdown" | "html" | "script" | "css" | "json"): string {
  const text = COMMENT[generator];
  switch (kind) {
    case "markdown":
    case "html":
      return `<!-- ${text} -->`;
    case "script":
      return `// ${text}`;
    case "css":
      return `/* ${text} */`;
    case "json":
      return `"generator": "${generator}"`;
  }
}

/** How a file of this name carries its mark. */
export function markKind(name: string): "markdown" | "html" | "script" | "css" | "json" {
  const lower = name.toLowerCase();
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  if (lower.endsWith(".js") || lower.endsWith(".mjs")) return "script";
  if (lower.endsWith(".css")) return "css";
  if (lower.endsWith(".json")) return "json";
  return "markdown";
}

/**
 * Whether `text` carries the mark where lessonbook puts it: on the first line, or on the second after a
 * doctype, or as the generator field of a JSON object. A mark anywhere else (quoted in a person's page)
 * does not count.
 */
export function hasMark(generator: Generator, name: string, text: string): boolean {
  const kind = markKind(name);
  const mark = markLine(generator, kind);
  if (kind === "json") {
    const head = text.slice(0, 200);
    return head.startsWith("{") && head.includes(mark);
  }
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = withoutBom.split("\n", 3).map((l) => l.replace(/\r$/, ""));
  if (lines[0] === mark) return true;
  return kind === "html" && /^<!doctype html>$/i.test(lines[0] ?? "") && lines[1] === mark;
}

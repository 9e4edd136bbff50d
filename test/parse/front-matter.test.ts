import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { parseIncidentText } from "../../src/parse/document.js";
import { PARSE_OPTIONS } from "../support/lint.js";
import { splitFrontMatter } from "../../src/parse/front-matter.js";

const MARKER = join(tmpdir(), `lessonbook-eval-marker-${process.pid}-${Date.now()}`);
const code = `{ done: require("fs").writeFileSync(${JSON.stringify(MARKER)}, "x") }`;

function split(text: string) {
  const result = splitFrontMatter(text);
  if (!result.ok) throw new Error(`expected a split: ${result.problem.messageId}`);
  const { yaml, body, bodyLine } = result.value;
  return { yaml, body, bodyLine };
}

afterEach(() => rmSync(MARKER, { force: true }));

describe("front-matter in another language", () => {
  it("would be evaluated by gray-matter's defaults (so the marker test can fail)", () => {
    matter(`---js\n${code}\n---\nbody\n`, {});
    expect(existsSync(MARKER)).toBe(true);
  });

  it.each(["js", "javascript", "JavaScript", "JS", "coffee", "toml", "json", "Js "])(
    "refuses ---%s on line 1 without evaluating it",
    (language) => {
      const text = `---${language}\n${code}\n---\n\n## Summary\n\nText.\n`;
      expect(splitFrontMatter(text)).toEqual({
        ok: false,
        problem: { messageId: "refused-language", data: { language: language.trim() }, line: 1, column: 4 },
      });
      expect(parseIncidentText("incidents/x.md", text, PARSE_OPTIONS).problems[0]).toMatchObject({ rule: "parse", line: 1, column: 4 });
      expect(existsSync(MARKER)).toBe(false);
    },
  );

  it("refuses a language after a space, with CRLF", () => {
    const result = splitFrontMatter(`--- javascript\r\n${code}\r\n---\r\n`);
    expect(result.ok || result.problem.data.language).toBe("javascript");
    expect(existsSync(MARKER)).toBe(false);
  });

  it("accepts ---yaml and ---YML, keeping file lines", () => {
    expect(split("---yaml\nid: a\n---\nbody\n")).toEqual({ yaml: "\nid: a", body: "body\n", bodyLine: 4 });
    expect(split("---YML\r\nid: a\r\n---\r\nbody\r\n")).toEqual({ yaml: "\r\nid: a", body: "body\r\n", bodyLine: 4 });
  });
});

describe("splitFrontMatter", () => {
  it("keeps the YAML text aligned with the file's lines and finds the body's line", () => {
    const text = "---\nid: a\ntitle: B\ncause:\n  category: copy\n---\n\n## Summary\n\nText.\n";
    expect(split(text)).toEqual({
      yaml: "\nid: a\ntitle: B\ncause:\n  category: copy",
      body: "\n## Summary\n\nText.\n",
      bodyLine: 7,
    });
  });

  it("handles CRLF: the YAML keeps its CRs but the line break before the fence, the body starts after it", () => {
    expect(split("---\r\nid: a\r\ntitle: b\r\n---\r\n\r\n## Summary\r\nx\r\n")).toEqual({
      yaml: "\r\nid: a\r\ntitle: b",
      body: "\r\n## Summary\r\nx\r\n",
      bodyLine: 5,
    });
  });

  it("accepts an empty block, a closing fence at the end of the file and trailing blanks after fences", () => {
    expect(split("---\n---\nbody")).toEqual({ yaml: "", body: "body", bodyLine: 3 });
    expect(split("---\nid: a\n---")).toEqual({ yaml: "\nid: a", body: "", bodyLine: 3 });
    expect(split("--- \nid: a\n---\nbody\n")).toEqual({ yaml: " \nid: a", body: "body\n", bodyLine: 4 });
    expect(split("---\nid: a\n---  \r\n## S\n")).toEqual({ yaml: "\nid: a", body: "## S\n", bodyLine: 4 });
  });

  it("does not take a later --- in the body for anything", () => {
    expect(split("---\nid: a\n---\n## S\n\n---\n\nmore\n")).toEqual({ yaml: "\nid: a", body: "## S\n\n---\n\nmore\n", bodyLine: 4 });
  });

  it.each([
    ["a heading", "# Title\n\n## Summary\n", "# Title"],
    ["four dashes", "----\nid: a\n----\n", "----"],
    ["a blank first line", "\n---\nid: a\n---\n", ""],
    ["a CRLF heading", "# Título\r\n---\r\n", "# Título"],
  ])("reports no front-matter when the file starts with %s", (_, text, found) => {
    expect(splitFrontMatter(text)).toEqual({ ok: false, problem: { messageId: "no-front-matter", data: { found }, line: 1, column: 1 } });
  });

  it.each([
    ["no closing fence", "---\nid: a\ntitle: b\n"],
    ["a closing fence with text after it", "---\nid: a\n---x\n\n## Summary\n"],
    ["a YAML document end marker instead", "---\nid: a\n...\nbody\n"],
    ["CRLF and no closing fence", "---\r\nid: a\r\n"],
  ])("reports front-matter that is never closed: %s", (_, text) => {
    expect(splitFrontMatter(text)).toEqual({ ok: false, problem: { messageId: "never-closed", data: {}, line: 1, column: 1 } });
  });

  it("names a line that only starts with --- inside the front-matter, instead of calling it unclosed", () => {
    expect(splitFrontMatter("---\nid: a\n--- x\ntitle: b\n---\n\nbody\n")).toEqual({
      ok: false,
      problem: { messageId: "stray-dashes", data: { line: 3 }, line: 3, column: 1 },
    });
  });

  it("keeps YAML line N on file line N and the body from bodyLine, for any lines and line ending", () => {
    const yamlLine = fc.constantFrom("id: a", "title: 'Campaña'", "timeline:", "  - at: 2026-03-14", "    event: x", "", "# comment", "  ");
    const bodyLine = fc.constantFrom("", "## Summary", "---", "text", "  indented", "- item", "***");
    fc.assert(
      fc.property(
        fc.array(yamlLine, { maxLength: 8 }),
        fc.array(bodyLine, { maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        (ys, bs, eol) => {
          const text = ["---", ...ys, "---", ...bs].join(eol);
          const { yaml, body, bodyLine: at } = split(text);
          const fileLines = text.split("\n");
          const yamlLines = yaml.split("\n");
          // The same lines, the last without the CR of its line break.
          const written = fileLines.slice(0, yamlLines.length);
          written[written.length - 1] = written.at(-1)!.replace(/\r$/, "");
          expect(`---${yamlLines[0]}`).toBe(written[0]);
          expect(yamlLines.slice(1)).toEqual(written.slice(1));
          // With nothing after the closing fence, the (empty) body starts on the fence's own line.
          expect(at).toBe(bs.length === 0 ? ys.length + 2 : ys.length + 3);
          expect(body).toBe(bs.length === 0 ? "" : fileLines.slice(at - 1).join("\n"));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds the same YAML and body as gray-matter wherever gray-matter's closing fence is a whole line", () => {
    const line = fc.constantFrom("id: a", "title: x", "---", "--- x", "----", "-- -", "  - b", "", "text", "--- ");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const text = ["---", ...lines].join(eol);
        const theirs = (() => {
          try {
            return matter(text, { engines: { yaml: { parse: () => ({}) } } }) as unknown as { matter: string; content: string };
          } catch {
            return null;
          }
        })();
        const ours = splitFrontMatter(text);
        // gray-matter also closes on a line that only starts with ---; there lessonbook reports the line.
        if (!theirs || !/^(\r?\n)---[ \t]*(\r?\n|$)/.test(text.slice(3 + theirs.matter.length))) return;
        expect(ours.ok).toBe(true);
        if (!ours.ok) return;
        // gray-matter keeps the CR of the line break before the fence; lessonbook leaves it out.
        expect(ours.value.yaml).toBe(theirs.matter.replace(/\r$/, ""));
        // The body starts on the line after the fence (gray-matter keeps blanks after the fence in it).
        const fenceEnd = text.indexOf("\n", 3 + theirs.matter.length + 1);
        expect(ours.value.body).toBe(fenceEnd === -1 ? "" : text.slice(fenceEnd + 1));
      }),
      { numRuns: 500 },
    );
  });
});

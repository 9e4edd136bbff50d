import { describe, expect, it } from "vitest";
import { addScripts } from "../../src/scaffold/package-scripts.js";

const ours = '"report": "lessonbook report"';

describe("addScripts", () => {
  it("adds the missing scripts after the last one, in the file's own indentation, changing no other byte", () => {
    const text = '{\n  "name": "acme",\n  "scripts": {\n    "test": "vitest"\n  },\n  "private": true\n}\n';
    const edit = addScripts(text);
    expect(edit).toEqual({
      kind: "added",
      added: ["report", "lint:incidents"],
      kept: [],
      text: '{\n  "name": "acme",\n  "scripts": {\n    "test": "vitest",\n    "report": "lessonbook report",\n    "lint:incidents": "lessonbook lint"\n  },\n  "private": true\n}\n',
    });
  });

  it("keeps tabs, CRLF and a byte-order mark", () => {
    const text = '\uFEFF{\r\n\t"name": "acme",\r\n\t"scripts": {\r\n\t\t"build": "tsc"\r\n\t}\r\n}';
    const edit = addScripts(text, { report: "lessonbook report" });
    expect(edit).toMatchObject({
      kind: "added",
      text: `\uFEFF{\r\n\t"name": "acme",\r\n\t"scripts": {\r\n\t\t"build": "tsc",\r\n\t\t${ours}\r\n\t}\r\n}`,
    });
  });

  it("writes a scripts block when there is none, or fills an empty one", () => {
    expect(addScripts('{\n    "name": "acme"\n}\n', { report: "lessonbook report" })).toMatchObject({
      kind: "added",
      text: `{\n    "name": "acme",\n    "scripts": {\n        ${ours}\n    }\n}\n`,
    });
    expect(addScripts('{\n  "name": "acme",\n  "scripts": {}\n}\n', { report: "lessonbook report" })).toMatchObject({
      kind: "added",
      text: `{\n  "name": "acme",\n  "scripts": {\n    ${ours}\n  }\n}\n`,
    });
  });

  it("follows a file written on one line", () => {
    expect(addScripts('{"name":"acme","scripts":{"test":"vitest"}}', { report: "lessonbook report" })).toMatchObject({
      kind: "added",
      text: '{"name":"acme","scripts":{"test":"vitest","report":"lessonbook report"}}',
    });
  });

  it("keeps a script of the same name as the team wrote it", () => {
    const text = '{\n  "scripts": {\n    "report": "node make-report.js",\n    "lint:incidents": "lessonbook lint"\n  }\n}\n';
    expect(addScripts(text)).toEqual({ kind: "unchanged", kept: ["report", "lint:incidents"] });
  });

  it("adds nothing to a file it cannot read safely", () => {
    expect(addScripts("{ name: 'acme' }")).toEqual({ kind: "unsafe" });
    expect(addScripts('["not", "an", "object"]')).toEqual({ kind: "unsafe" });
    expect(addScripts('{ "scripts": "npm test" }')).toEqual({ kind: "unsafe" });
    expect(addScripts("{}")).toEqual({ kind: "unsafe" });
  });

  it("reads values with nested objects, escapes and comments-like text right", () => {
    const text =
      '{\n  "name": "a\\"b // not a comment",\n  "scripts": {\n    "x": "echo \\"}\\""\n  },\n  "config": { "a": [1, {"b": null}] }\n}\n';
    const edit = addScripts(text, { report: "lessonbook report" });
    expect(edit.kind).toBe("added");
    const data = JSON.parse((edit as { text: string }).text) as { scripts: Record<string, string>; config: unknown };
    expect(data.scripts).toEqual({ x: 'echo "}"', report: "lessonbook report" });
    expect(data.config).toEqual({ a: [1, { b: null }] });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Located } from "../../src/model/index.js";
import { type IncidentDocument, parseIncidentBytes as parseBytes, parseIncidentText as parseText } from "../../src/parse/document.js";
import { PARSE_OPTIONS } from "../support/lint.js";

const parseIncidentBytes = (file: string, bytes: Uint8Array) => parseBytes(file, bytes, PARSE_OPTIONS);
const parseIncidentText = (file: string, text: string) => parseText(file, text, PARSE_OPTIONS);
/** The first problem, the way a reader sees it: rule, message id, place. */
const problem = (doc: IncidentDocument) => doc.problems[0];
/** A located place as start and end positions. */
const range = (at: Located) => ({
  start: { line: at.line, column: at.column },
  ...(at.endLine !== undefined ? { end: { line: at.endLine, column: at.endColumn } } : {}),
  found: at.found,
});

const FILE = "incidents/2026/campana-dia-de-la-madre.md";
const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytesOf = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...utf8(part)] : part)));

const LINES = [
  "---", // 1
  "id: campana-dia-de-la-madre", // 2
  'title: "Campaña «Día de la Madre» — 90 % de descuento"', // 3
  "owner: José Núñez", // 4
  "timeline:", // 5
  "  - at: 2026-05-10", // 6
  "    event: Envío del correo", // 7
  "  - at: 2026-05-10T09:30:00-05:00", // 8
  "    event: Primera queja en Instagram", // 9
  "---", // 10
  "", // 11
  "## Resumen", // 12
  "", // 13
  "Texto con acentos: Qué pasó, Causa raíz.", // 14
  "", // 15
  "## Qué pasó", // 16
  "", // 17
  "<!-- completar -->", // 18
  "", // (the file ends with a line break after line 18)
];

describe("a valid file, with and without BOM and CRLF", () => {
  it.each([
    ["LF", "\n", false],
    ["CRLF", "\r\n", false],
    ["BOM + LF", "\n", true],
    ["BOM + CRLF", "\r\n", true],
  ])("keeps lines true to the file (%s)", (_, eol, bom) => {
    const doc = parseIncidentBytes(FILE, bytesOf(bom ? BOM : [], LINES.join(eol)));
    expect(doc.problems).toEqual([]);
    expect(doc.file).toBe(FILE);
    expect(doc.bodyLine).toBe(11);
    expect(doc.data).toEqual({
      id: "campana-dia-de-la-madre",
      title: "Campaña «Día de la Madre» — 90 % de descuento",
      owner: "José Núñez",
      timeline: [
        { at: "2026-05-10", event: "Envío del correo" },
        { at: "2026-05-10T09:30:00-05:00", event: "Primera queja en Instagram" },
      ],
    });
    expect(doc.outline()).toEqual([
      { title: "Resumen", line: 12, column: 1, hasContent: true, endLine: 15 },
      { title: "Qué pasó", line: 16, column: 1, hasContent: false, endLine: 18 },
    ]);
    expect(range(doc.locate(["timeline", 1, "at"]))).toEqual({ start: { line: 8, column: 9 }, end: { line: 8, column: 34 }, found: true });
    expect(range(doc.locate(["owner"], { key: true })).start).toEqual({ line: 4, column: 1 });
    expect(range(doc.locate(["cause", "category"]))).toEqual({ start: { line: 2, column: 1 }, found: false });
  });

  it("returns the same outline object on each call", () => {
    const doc = parseIncidentText(FILE, LINES.join("\n"));
    expect(doc.outline()).toBe(doc.outline());
  });

  it("gives each parse its own data, even for identical text", () => {
    const first = parseIncidentText(FILE, LINES.join("\n"));
    (first.data as Record<string, unknown>).title = "changed";
    expect(parseIncidentText(FILE, LINES.join("\n")).data?.title).toBe("Campaña «Día de la Madre» — 90 % de descuento");
  });
});

describe("files that cannot be read", () => {
  const failedShape = { body: "", bodyLine: 1 };

  it.each([
    ["empty", new Uint8Array()],
    ["whitespace only", utf8(" \n\t\r\n  \n")],
    ["only a BOM", Uint8Array.from(BOM)],
  ])("reports a file that is %s as rule read on line 1", (_, bytes) => {
    const doc = parseIncidentBytes(FILE, bytes);
    expect(doc).toMatchObject(failedShape);
    expect(doc.data).toBeUndefined();
    expect(problem(doc)).toEqual({ rule: "read", messageId: "empty", data: {}, line: 1, column: 1, fatal: true });
    expect(doc.outline()).toEqual([]);
    expect(range(doc.locate(["id"]))).toEqual({ start: { line: 1, column: 1 }, found: false });
  });

  it("reports a binary file at the NUL byte's line", () => {
    const doc = parseIncidentBytes(FILE, bytesOf("---\nid: a\n", [0x00, 0x01], "\n---\n"));
    expect(problem(doc)).toMatchObject({ rule: "read", messageId: "binary", line: 3, column: 1 });
  });

  it("reports bytes 0xff 0xfe on line 3 as not UTF-8 on line 3", () => {
    const doc = parseIncidentBytes(FILE, bytesOf("---\nid: a\ntitle: ", [0xff, 0xfe], "\n---\n\n## Summary\n"));
    expect(problem(doc)).toEqual({ rule: "read", messageId: "not-utf8", data: {}, line: 3, column: 1, fatal: true });
    expect(range(doc.locate(["title"]))).toEqual({ start: { line: 3, column: 1 }, found: false });
  });

  it("reports a whitespace-only text (no bytes step) as having no front-matter", () => {
    expect(problem(parseIncidentText(FILE, "   \n"))).toMatchObject({ rule: "parse", messageId: "no-front-matter", line: 1, column: 1 });
  });
});

describe("front-matter that is not a mapping", () => {
  it.each([
    ["a list", "---\n- id: a\n- title: b\n---\nbody\n", "list"],
    ["a scalar", "---\njust a sentence\n---\nbody\n", "value"],
    ["a number", "---\n42\n---\nbody\n", "value"],
    ["empty", "---\n---\nbody\n", "nothing"],
    ["only a comment", "---\n# nothing yet\n---\nbody\n", "nothing"],
  ])("is a parse problem when it is %s", (_, text, found) => {
    const doc = parseIncidentText(FILE, text);
    expect(doc.data).toBeUndefined();
    expect(problem(doc)).toEqual({ rule: "parse", messageId: "not-a-mapping", data: { found }, line: 2, column: 1, fatal: true });
  });
});

describe("YAML problems carry file positions", () => {
  it.each([
    ["LF", "\n", []],
    ["BOM + CRLF", "\r\n", BOM],
  ])("reports tab indentation on its file line (%s)", (_, eol, bom) => {
    const text = ["---", "id: a", "impact:", "  reach: 10", "\tusers: 10", "---", "", "## Summary"].join(eol);
    expect(problem(parseIncidentBytes(FILE, bytesOf(bom, text)))).toMatchObject({
      rule: "parse",
      messageId: "tab-indent",
      line: 5,
      column: 1,
    });
  });

  it("reports a duplicate key on the line of its second occurrence", () => {
    const doc = parseIncidentText(FILE, "---\nid: a\ntitle: x\nid: b\n---\n");
    expect(problem(doc)).toMatchObject({
      rule: "parse",
      messageId: "duplicate-key",
      data: { key: "id", first: 2, second: 4 },
      line: 4,
      column: 1,
    });
  });

  it("refuses ---javascript on line 1 as a parse problem", () => {
    expect(problem(parseIncidentText(FILE, "---javascript\n{ id: 'a' }\n---\n"))).toMatchObject({
      rule: "parse",
      messageId: "refused-language",
      line: 1,
      column: 4,
    });
  });
});

describe("robustness", () => {
  it("never throws, and gives data, a fatal problem, or both (the parts that parsed)", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("---", "\n", "\r\n", "\t", "&a ", "*a", "- ", ": ", "[", "{", "'", '"', "#", "__proto__", "\u00a0", "\uFEFF"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const doc = parseIncidentText(FILE, `---\n${pieces.join("")}`);
        expect(doc.data !== undefined || doc.fatal).toBe(true);
        if (doc.data === undefined) expect(doc.problems.length).toBeGreaterThan(0);
        expect(Array.isArray(doc.outline())).toBe(true);
        expect(typeof doc.locate(["a", 0]).found).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The fast path reads text in the plain style without a YAML parser: generated documents full of values
 * that parsers read differently (numbers, booleans, quotes, comments, brackets) must give, whenever the
 * fast path takes them, exactly the data `yaml` gives, and whenever `yaml` refuses them, a problem.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { readYaml } from "../../../src/parse/yaml/read.js";

const NO_FIELDS = { all: new Set<string>(), text: new Set<string>(), lists: new Set<string>() };

const values = [
  "plain text",
  "yes",
  "No",
  "~",
  "null",
  "Null",
  "NULL",
  "true",
  "False",
  "0",
  "-0",
  "+1",
  "007",
  "1_000",
  "0x1F",
  "0o17",
  "0b101",
  "1e3",
  "1.",
  ".5",
  "-.5",
  "+.5",
  "3.14",
  "-2.5e-3",
  ".inf",
  ".NaN",
  "12:30",
  "2026-03-14",
  "2026-03-14T09:30:00-05:00",
  "2026-03-14 09:30",
  "14/03/2026",
  "'single'",
  "'it''s'",
  '"double"',
  '"esc \\" \\\\ \\n"',
  '"uni \\u00e9"',
  '"tab\\tx"',
  '"dash \\u2014 x"',
  '"\\x41\\U0001F600"',
  '"\\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P\\ \\/"',
  '"\\ud83d\\ude00"',
  '"bad \\q"',
  '"short \\u12"',
  '"\\x4"',
  '"\\U00110000"',
  '"\\uD7FF\\u00E9"',
  "a # comment",
  "a #no",
  "a: b",
  "a:b",
  "@x",
  "`x`",
  "*x",
  "&x y",
  "&y",
  "&y [a, b]",
  "&z {a: 1, b: [2]}",
  "*y",
  "*z",
  "*z # same",
  "&x *x",
  "&x 'q'",
  "&w",
  "*w",
  "&x#c",
  "*x,y",
  "!t x",
  "%x",
  "[a, b]",
  "[a, [b]]",
  "[a,]",
  "[ ]",
  "{a: 1}",
  "{ }",
  "{a: 1, b: [2]}",
  "[#a, b]",
  "- x",
  "“curly”",
  "#tag",
  "'unclosed",
  '"unclosed',
  "a\tb",
  "x ",
  "é ñ ü",
  "Campaña",
];
const keys = ["a", "b c", "__proto__", "1", "true", "null", "-a", "a-b", "é", "k", "007", "1e3", "0x1F", "08"];

// Keys YAML reads as text come up more often, so that a fair share of documents stays on the fast path.
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "b c", "é", "k", "a-b") },
  { weight: 1, arbitrary: fc.constantFrom(...keys) },
);
const line = fc.tuple(key, fc.constantFrom(...values), fc.constantFrom("", "  ", "    ", "\t"), fc.boolean());

function reference(text: string): { valid: boolean; data?: unknown } {
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length) return { valid: false };
  try {
    return { valid: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { valid: false };
  }
}

describe("the fast path agrees with yaml", () => {
  it("on generated documents", () => {
    let fast = 0;
    const runs = Number(process.env.FAST_PATH_RUNS ?? 2000);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const text = eol + lines.map(([k, v, indent, list]) => `${indent}${list ? "- " : ""}${k}: ${v}`).join(eol) + eol;
        const ref = reference(text);
        const ours = readYaml(text, 1, NO_FIELDS);
        if (ours.fast) {
          fast++;
          expect(ref.valid, text).toBe(true);
          expect(ours.data, text).toEqual(ref.data);
        } else if (!ref.valid) {
          expect(
            ours.problems.some((p) => !p.readable),
            text,
          ).toBe(true);
        }
      }),
      { numRuns: runs },
    );
    // The property must not hold only because the fast path always steps aside.
    expect(fast).toBeGreaterThan(runs / 100);
  });
});

describe("the fast path reads blocks and values over several lines as yaml does", () => {
  const headers = ["|", "|-", "|+", ">", ">-", ">+", "| # note", ">- # note", "plain start", "plain # comment", '"quoted"'];
  const content = [
    "  text",
    "  more text",
    "",
    "  ",
    "    deeper",
    "  # not a comment",
    "  ends in spaces  ",
    "  a: b",
    "  - item",
    "  x #y",
    "  C# tips",
    "   three",
    "\t tab",
  ];
  const after = ["next: x", "", "# comment", "  - item", "list:\n  - a"];

  it("on generated documents", () => {
    let fast = 0;
    // Blocks whose value the scan does not fold itself (kept line breaks, a folded block with deeper or
    // first blank lines): `yaml` reads them alone, and the rest of the document stays on the fast path.
    let byParser = 0;
    const runs = Number(process.env.FAST_PATH_RUNS ?? 2000);
    fc.assert(
      fc.property(
        fc.constantFrom(...headers),
        fc.array(fc.constantFrom(...content), { maxLength: 6 }),
        fc.constantFrom(...after),
        fc.constantFrom("\n", "\r\n"),
        (header, lines, end, eol) => {
          const text = ["", `a: ${header}`, ...lines, end, ""].join(eol);
          const ref = reference(text);
          const ours = readYaml(text, 1, NO_FIELDS);
          if (ours.fast) {
            fast++;
            const content = lines.filter((l) => l.trim() !== "");
            const depth = (l: string) => l.length - l.trimStart().length;
            const deeper = content.some((l) => depth(l) > depth(content[0]!));
            if (header.includes("+") || (header.startsWith(">") && content.length > 0 && (lines[0]!.trim() === "" || deeper))) byParser++;
            expect(ref.valid, JSON.stringify(text)).toBe(true);
            expect(ours.data, JSON.stringify(text)).toEqual(ref.data);
          } else if (!ref.valid) {
            expect(
              ours.problems.some((p) => !p.readable),
              JSON.stringify(text),
            ).toBe(true);
          }
        },
      ),
      { numRuns: runs },
    );
    expect(fast).toBeGreaterThan(runs / 10);
    expect(byParser).toBeGreaterThan(runs / 50);
  });
});

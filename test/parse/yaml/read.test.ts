import { describe, expect, it } from "vitest";
import { type IncidentDocument, LineIndex, parseIncidentText } from "../../../src/parse/document.js";
import { splitFrontMatter } from "../../../src/parse/front-matter.js";
import { readExact } from "../../../src/parse/yaml/exact.js";
import { readYaml } from "../../../src/parse/yaml/read.js";
import { scanStructure } from "../../../src/parse/yaml/structure.js";
import { PARSE_OPTIONS } from "../../support/lint.js";

/** A quoted key: valid YAML the fast path leaves to the exact one. */
const EXACT_ONLY = '\n"zz exact": 1\n';

function read(text: string) {
  return readYaml(text, 1, PARSE_OPTIONS.fields);
}

function data(text: string): unknown {
  const result = read(text);
  const fatal = result.problems.filter((p) => !p.readable);
  if (fatal.length) throw new Error(`expected YAML to load: ${fatal.map((p) => p.messageId).join(", ")}`);
  return result.data;
}

/** Problems as a reader sees them: message id, data, line and column in the text. */
function problems(text: string) {
  const index = new LineIndex(text);
  return read(text).problems.map((p) => ({ messageId: p.messageId, data: p.data, ...index.position(p.start) }));
}

function yamlOf(file: string): string {
  const split = splitFrontMatter(file);
  if (!split.ok) throw new Error(split.problem.messageId);
  return split.value.yaml;
}

describe("values", () => {
  it.each([
    ["fast", ""],
    ["exact", EXACT_ONLY],
  ])("keeps dates as written strings (%s path)", (_, suffix) => {
    expect(read(`\nstarted: 2026-03-14\nq: 1${suffix}`).fast).toBe(suffix === "");
    expect(
      data(`\nstarted: 2026-03-14\ndetected: 2026-02-30\nresolved: 2026-03-14T09:30:00-05:00\nq: "2026-03-15"${suffix}`),
    ).toMatchObject({
      started: "2026-03-14",
      detected: "2026-02-30",
      resolved: "2026-03-14T09:30:00-05:00",
      q: "2026-03-15",
    });
  });

  it.each([
    ["fast", ""],
    ["exact", EXACT_ONLY],
  ])("reads YAML 1.2 core scalars (%s path)", (_, suffix) => {
    expect(data(`\na: yes\nb: ~\nc: True\nd: 0x1F\ne: 0o17\nf: 1e3\ng: .5\nh: 12:30\ni: "é"\nj: Campaña${suffix}`)).toMatchObject({
      a: "yes",
      b: null,
      c: true,
      d: 31,
      e: 15,
      f: 1000,
      g: 0.5,
      h: "12:30",
      i: "é",
      j: "Campaña",
    });
  });

  // js-yaml's core schema misses signed floats without a leading digit and accepts 0b binary ints: such
  // values never take the fast path, so an unrelated anchor cannot change them.
  it.each([
    ["fast", ""],
    ["exact", EXACT_ONLY],
  ])("reads -.5, +.5 and 0b101 as YAML 1.2 core does (%s path)", (_, suffix) => {
    expect(data(`\nimpact:\n  sentimentAfter: -.5\n  sentimentBefore: +.5\ncode: 0b101${suffix}`)).toMatchObject({
      impact: { sentimentAfter: -0.5, sentimentBefore: 0.5 },
      code: "0b101",
    });
  });

  it("reads the anchors and aliases people write on the fast path, as yaml does", () => {
    const text =
      "\nowner: &lead Ana Gil\nlessons:\n  - owner: *lead\n    tasks: []\nfactors: &fx # the same as the tags\n  - late approval\n  - no check\ntags: *fx\n";
    expect(read(text).fast).toBe(true);
    expect(data(text)).toEqual({
      owner: "Ana Gil",
      lessons: [{ owner: "Ana Gil", tasks: [] }],
      factors: ["late approval", "no check"],
      tags: ["late approval", "no check"],
    });
  });

  it("says of an & that no alias refers to that it is taken as a mark, not text, on the fast path", () => {
    const text = "\ntitle: &Other Stories newsletter sent twice\nq: 1\n";
    expect(read(text).fast).toBe(true);
    expect(problems(text)).toMatchObject([{ messageId: "reserved-start", line: 2 }]);
  });

  // The fast path reads these without the parser, and must read them as the exact path does: the same
  // data, problems (with their fixes) and places of every value, down to the offsets.
  it.each([
    ["a text field", "\nowner: &lead Zoë Ağca\nq: 1\n"],
    ["a text field with a comment (no fix: YAML drops the mark)", "\nowner: &lead Zoë # the lead\nq: 1\n"],
    ["a field that is not text (an anchor, as YAML reads it)", "\nseverity: &s high\ntitle: Plain\n"],
    [
      "nested in a list, next to used anchors",
      "\nowner: &o Ana\nlessons:\n  - lesson: &l Check the news\n    owner: *o\n  - lesson: &m Again\nq: [a, b]\n",
    ],
    ["two, one over lines", "\ntitle: &a First\nsummary: &b Second\n  and third\nq: 1\n"],
    ["with CRLF", "\r\ntitle: &Other Stories\r\ncampaign: &c Spring\r\n"],
    ["before a list in brackets, on a text field", "\ntitle: &Co [new]\nq: 1\n"],
    ["before a list on the next lines, on a text field", "\nsummary: &a\n  - x\nq: 1\n"],
    ["before a list nothing refers to, on a list field", "\nfactors: &fx # for later\n  - late approval\nq: 1\n"],
    ["before a list in brackets and a map, on fields that are not text", "\nfactors: &fx [a, b]\nimpact: &im\n  reach: 5\nq: 1\n"],
  ])("reads an & no alias refers to as the exact path does: %s", (_, text) => {
    const fast = read(text);
    const exact = readExact(text, 1, PARSE_OPTIONS.fields);
    expect(fast.fast).toBe(true);
    expect(fast.data).toEqual(exact.data);
    expect(fast.problems).toEqual(exact.problems);
    const paths = [
      ["owner"],
      ["title"],
      ["severity"],
      ["summary"],
      ["campaign"],
      ["q"],
      ["q", 1],
      ["lessons", 0, "lesson"],
      ["lessons", 1, "lesson"],
      ["factors", 0],
      ["summary", 0],
      ["title", 0],
    ];
    // Where each value and key is, as the diagnostics use it (the root's own span differs by its last line break on every fast reading).
    const where = ({ start, end, found }: { start: number; end: number; found: boolean }) => ({ start, end, found });
    // Values, not lists or maps: a container's span ends one line break apart on the two paths, as always.
    const valueAt = (p: readonly (string | number)[]) =>
      p.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], exact.data);
    for (const path of paths.filter((p) => exact.locate(p, false).found && typeof valueAt(p) !== "object")) {
      expect(fast.locate(path, false), path.join(".")).toEqual(exact.locate(path, false));
      expect(where(fast.locate(path, true)), `${path.join(".")} key`).toEqual(where(exact.locate(path, true)));
    }
  });

  it("reads a block that keeps its line breaks as yaml does, to a last line of spaces", () => {
    expect(data("\na: |+\n  x\n  ")).toEqual({ a: "x\n" });
  });

  it("reads a key written like a number as YAML does, as that number", () => {
    expect(data("\n007: a\n1e3: b\n")).toEqual({ 7: "a", 1000: "b" });
  });

  it("looks for text only under text fields when an & nothing refers to stands before a list or a map", () => {
    // Reading for text costs a second scan: a corpus that marks its lists so (`factors: &fx`) paid 40 %
    // more lint when every such file took it.
    const root = scanStructure("\nfactors: &fx\n  - a\nimpact: &im\n  reach: 5\ntitle: &Co [new]\nowner: &o Ana\n");
    expect(root?.unusedAnchorKeys).toEqual(["factors", "impact", "title"]);
    expect(root?.unusedAnchors).toBe(true);
    const lists = scanStructure("\nfactors: &fx\n  - a\nimpact: &im\n  reach: 5\n");
    expect([lists?.unusedAnchorKeys, lists?.unusedAnchors]).toEqual([["factors", "impact"], undefined]);
  });

  it("keeps on the fast path an anchor on a list that nothing refers to yet", () => {
    const text = "\nfactors: &fx # for later\n  - late approval\nq: 1\n";
    expect(read(text).fast).toBe(true);
    expect(data(text)).toEqual({ factors: ["late approval"], q: 1 });
  });

  it("trims only spaces and tabs around the lines of a value, as YAML does", () => {
    expect(data("\na: b\u00a0\n  \u3000c\nd: |\n  \u00a0\n  y\n")).toEqual({ a: "b\u00a0 \u3000c", d: "\u00a0\ny\n" });
  });

  it("counts aliases against their limit on the fast path as on the exact one", () => {
    const many = `\nname: &n Ana\n${Array.from({ length: 101 }, (_, i) => `k${i}: *n`).join("\n")}\n`;
    expect(problems(many)).toMatchObject([{ messageId: "limit-aliases" }]);
  });

  it("reports an alias inside the value it names, instead of reading it forever", () => {
    expect(problems("\nid: x\ntags: &w\n- a: *w\n")).toMatchObject([{ messageId: "alias-loop", line: 4 }]);
  });

  it("loads ordinary aliases under the limit", () => {
    expect(data("\nbase: &b {owner: Ana}\nfirst: *b\nsecond: *b\n")).toEqual({
      base: { owner: "Ana" },
      first: { owner: "Ana" },
      second: { owner: "Ana" },
    });
  });
});

describe("problems, at file lines, in words", () => {
  it("reports tab indentation with its line and a fix, LF or CRLF", () => {
    expect(problems("\nid: a\nimpact:\n\tusers: 10\n")).toEqual([
      { messageId: "tab-indent", data: { line: 4, unit: 2, example: 0 }, line: 4, column: 1 },
    ]);
    expect(read("\nid: a\nimpact:\n\tusers: 10\n").problems[0]!.fix).toEqual({ start: 15, end: 16, text: "  " });
    expect(problems("\r\nid: a\r\nimpact:\r\n\tusers: 10\r")).toMatchObject([{ messageId: "tab-indent", line: 4, column: 1 }]);
  });

  it("reports a duplicate key at the second one, naming both lines, top-level and nested", () => {
    expect(problems("\nid: a\ntitle: x\nid: b\n")).toEqual([
      { messageId: "duplicate-key", data: { key: "id", first: 2, second: 4 }, line: 4, column: 1 },
    ]);
    expect(problems("\ncause:\n  category: copy\n  category: timing\n")).toMatchObject([
      { messageId: "duplicate-key", line: 4, column: 3 },
    ]);
    expect(problems(`\nid: a\nid: b${EXACT_ONLY}`)).toMatchObject([{ messageId: "duplicate-key", line: 3, column: 1 }]);
  });

  it("points an unclosed quote at the line where the quote opens, and offers the closing quote", () => {
    const yaml = yamlOf('---\nid: a\ntitle: "never closed\nowner: Ana\nseverity: high\n---\n');
    expect(problems(yaml)).toEqual([{ messageId: "unclosed-quote", data: { key: "title", quote: '"' }, line: 3, column: 8 }]);
    expect(data(yaml.replace("closed", 'closed"'))).toMatchObject({ title: "never closed", owner: "Ana" });
  });

  it("refuses an alias bomb at the alias where the expansion passes the limit, without expanding it", () => {
    const levels = "abcdefghi".split("");
    const lines = levels.map((name, i) => {
      const items = i === 0 ? Array(9).fill("x") : Array(9).fill(`*${levels[i - 1]}`);
      return `${name}: &${name} [${items.join(",")}]`;
    });
    const bomb = `\n${lines.join("\n")}\n`;
    expect(bomb.length).toBeLessThan(400);
    const heapBefore = process.memoryUsage().heapUsed;
    const result = read(bomb);
    expect(result.data).toBeUndefined();
    const [problem] = problems(bomb);
    expect(problem).toMatchObject({ messageId: "alias-bomb" });
    // At an alias (a `*`), not at line 1.
    const lineText = bomb.split("\n")[problem!.line - 1]!;
    expect(lineText.slice(problem!.column - 1).startsWith("*")).toBe(true);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it("says so when a YAML tag such as !!js/function was read as plain text", () => {
    expect(problems("\ntitle: !!js/function foo\n")).toMatchObject([
      { messageId: "yaml-tag", data: { key: "title", tag: "!!js/function" } },
    ]);
    expect(read("\ntitle: !!js/function foo\n").problems[0]!.readable).toBe(true);
  });
});

describe("__proto__ keys", () => {
  it.each([
    ["fast", "\n__proto__: {polluted: true}\nid: a\n"],
    ["exact (alias)", "\na: &x 1\nb: *x\n__proto__: {polluted: true}\n"],
    ["exact (anchored value)", "\n__proto__: &p\n  polluted: true\nother: *p\n"],
    ["merge key", "\nbase: &b {polluted: true}\n<<: *b\n"],
  ])("never pollute Object.prototype (%s path)", (_, text) => {
    const value = read(text).data as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.polluted).toBeUndefined();
  });

  it("keeps __proto__ as an ordinary own key", () => {
    const value = data("\n__proto__: {polluted: true}\n") as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: true });
  });
});

describe("locating paths, on both paths", () => {
  const file = [
    "---",
    "id: promo-code-at-90-percent",
    'title: "Código promocional al 90 %"',
    "timeline:",
    "  - at: 2026-03-14",
    "    event: Campaign sent",
    '  - at: "2026-03-14T09:30:00-05:00"',
    "    event: First complaint",
    "cause:",
    "  category: pricing",
    "channels: [email, web]",
    "empty:",
    "---",
    "",
    "## Summary",
  ];
  const place = (doc: IncidentDocument, path: (string | number)[], key = false) => {
    const at = doc.locate(path, { key });
    return {
      start: { line: at.line, column: at.column },
      ...(at.endLine !== undefined ? { end: { line: at.endLine, column: at.endColumn } } : {}),
      found: at.found,
    };
  };
  const variants = [
    ["fast, LF", file.join("\n")],
    ["fast, CRLF", file.join("\r\n")],
    ["exact, LF", file.join("\n").replace("empty:", "empty:\nzz: &a 1")],
    ["exact, CRLF", file.join("\r\n").replace("empty:", "empty:\r\nzz: &a 1")],
  ] as const;

  it.each(variants)("gives exact file positions (%s)", (_, text) => {
    const doc = parseIncidentText("incidents/a.md", text, PARSE_OPTIONS);
    expect(place(doc, ["timeline", 1, "at"])).toEqual({ start: { line: 7, column: 9 }, end: { line: 7, column: 36 }, found: true });
    expect(place(doc, ["timeline", 1, "at"], true)).toEqual({ start: { line: 7, column: 5 }, end: { line: 7, column: 7 }, found: true });
    expect(place(doc, ["timeline", 0, "event"]).start).toEqual({ line: 6, column: 12 });
    expect(place(doc, ["title"])).toEqual({ start: { line: 3, column: 8 }, end: { line: 3, column: 36 }, found: true });
    expect(place(doc, ["id"], true)).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 3 }, found: true });
    expect(place(doc, ["channels", 1])).toEqual({ start: { line: 11, column: 19 }, end: { line: 11, column: 22 }, found: true });
    expect(place(doc, ["cause", "category"], true).start).toEqual({ line: 10, column: 3 });
  });

  it.each(variants)("points a missing key at its parent's key (%s)", (_, text) => {
    const doc = parseIncidentText("incidents/a.md", text, PARSE_OPTIONS);
    expect(place(doc, ["cause", "summary"])).toEqual({ start: { line: 9, column: 1 }, found: false });
    expect(place(doc, ["timeline", 5])).toEqual({ start: { line: 4, column: 1 }, found: false });
    expect(place(doc, ["timeline", 1, "owner"])).toEqual({ start: { line: 7, column: 5 }, found: false });
    expect(place(doc, ["id", "deeper"])).toMatchObject({ start: { line: 2, column: 1 }, found: false });
    expect(place(doc, ["severity"])).toMatchObject({ start: { line: 2, column: 1 }, found: false });
  });

  it.each(variants)("points an empty value at its key (%s)", (_, text) => {
    const doc = parseIncidentText("incidents/a.md", text, PARSE_OPTIONS);
    expect(place(doc, ["empty"], true)).toEqual({ start: { line: 12, column: 1 }, end: { line: 12, column: 6 }, found: true });
    expect(place(doc, ["empty"]).start.line).toBe(12);
  });

  it("answers for ---yaml", () => {
    const doc = parseIncidentText("incidents/a.md", "---yaml\nid: a\ntitle: b\n---\n", PARSE_OPTIONS);
    expect(place(doc, ["title"]).start).toEqual({ line: 3, column: 8 });
  });
});

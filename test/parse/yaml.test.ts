import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/parse/front-matter.js";
import { loadYaml, YamlLocator } from "../../src/parse/yaml.js";

/** An anchor anywhere sends the document to the exact `yaml` parser instead of js-yaml. */
const ANCHORED = "\nzz_anchor: &unused 1\n";

function data(text: string): unknown {
  const loaded = loadYaml(text);
  if (!loaded.ok) throw new Error(`expected YAML to load: ${loaded.problem.message}`);
  return loaded.data;
}

function yamlOf(file: string): string {
  const split = splitFrontMatter(file);
  if (!split.ok) throw new Error(split.problem.message);
  return split.value.yaml;
}

describe("loadYaml values", () => {
  it.each([
    ["fast", ""],
    ["exact", ANCHORED],
  ])("keeps dates as written strings (%s path)", (_, suffix) => {
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
    ["exact", ANCHORED],
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

  // js-yaml's core schema misses signed floats without a leading digit and accepts 0b binary ints;
  // the exact parser follows YAML 1.2, so a value changed with an unrelated anchor in the file.
  it.each([
    ["fast", ""],
    ["exact", ANCHORED],
  ])("reads -.5, +.5 and 0b101 as YAML 1.2 core does (%s path)", (_, suffix) => {
    expect(data(`\nimpact:\n  sentimentAfter: -.5\n  sentimentBefore: +.5\ncode: 0b101${suffix}`)).toMatchObject({
      impact: { sentimentAfter: -0.5, sentimentBefore: 0.5 },
      code: "0b101",
    });
  });

  it("loads ordinary aliases under the limit", () => {
    expect(data("\nbase: &b {owner: Ana}\nfirst: *b\nsecond: *b\n")).toEqual({
      base: { owner: "Ana" },
      first: { owner: "Ana" },
      second: { owner: "Ana" },
    });
  });
});

describe("loadYaml errors, at file lines", () => {
  it("rejects tab indentation with its line", () => {
    expect(loadYaml("\nid: a\nimpact:\n\tusers: 10\n")).toEqual({
      ok: false,
      problem: { message: "YAML: Tabs are not allowed as indentation", line: 4, column: 1 },
    });
    expect(loadYaml("\r\nid: a\r\nimpact:\r\n\tusers: 10\r")).toMatchObject({ ok: false, problem: { line: 4, column: 1 } });
  });

  it("rejects duplicate keys at the second one, top-level and nested", () => {
    expect(loadYaml("\nid: a\ntitle: x\nid: b\n")).toEqual({
      ok: false,
      problem: { message: "YAML: Map keys must be unique", line: 4, column: 1 },
    });
    expect(loadYaml("\ncause:\n  category: copy\n  category: timing\n")).toEqual({
      ok: false,
      problem: { message: "YAML: Map keys must be unique", line: 4, column: 3 },
    });
    expect(loadYaml(`\nid: a\nid: b${ANCHORED}`)).toMatchObject({ ok: false, problem: { line: 3, column: 1 } });
  });

  it("points an unclosed quote at the line where the quote opens", () => {
    // yaml reports where it gave up (the end of the front-matter, line 5 column 15), far from the typo.
    const yaml = yamlOf('---\nid: a\ntitle: "never closed\nowner: Ana\nseverity: high\n---\n');
    expect(loadYaml(yaml)).toEqual({ ok: false, problem: { message: 'YAML: Missing closing "quote', line: 3, column: 8 } });
  });

  it("refuses an alias bomb quickly, without expanding it", () => {
    const levels = "abcdefghi".split("");
    const lines = levels.map((name, i) => {
      const items = i === 0 ? Array(9).fill("x") : Array(9).fill(`*${levels[i - 1]}`);
      return `${name}: &${name} [${items.join(",")}]`;
    });
    const bomb = `\n${lines.join("\n")}\n`;
    expect(bomb.length).toBeLessThan(400);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const loaded = loadYaml(bomb);
    const elapsed = performance.now() - started;
    expect(loaded).toEqual({
      ok: false,
      problem: { message: "YAML: aliases expand too many times (more than 50); the front-matter was not loaded.", line: 1, column: 1 },
    });
    expect(elapsed).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });
});

describe("__proto__ keys", () => {
  it.each([
    ["fast", "\n__proto__: {polluted: true}\nid: a\n"],
    ["exact (alias)", "\na: &x 1\nb: *x\n__proto__: {polluted: true}\n"],
    ["exact (anchored value)", "\n__proto__: &p\n  polluted: true\nother: *p\n"],
    ["merge key", "\nbase: &b {polluted: true}\n<<: *b\n"],
  ])("never pollute Object.prototype (%s path)", (_, text) => {
    const value = data(text) as Record<string, unknown>;
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

describe("YamlLocator", () => {
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

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("gives exact file positions (%s)", (_, eol) => {
    const locator = new YamlLocator(yamlOf(file.join(eol)));
    expect(locator.locate(["timeline", 1, "at"])).toEqual({ start: { line: 7, column: 9 }, end: { line: 7, column: 36 }, found: true });
    expect(locator.locate(["timeline", 1, "at"], { key: true })).toEqual({
      start: { line: 7, column: 5 },
      end: { line: 7, column: 7 },
      found: true,
    });
    expect(locator.locate(["timeline", 0, "event"]).start).toEqual({ line: 6, column: 12 });
    expect(locator.locate(["title"])).toEqual({ start: { line: 3, column: 8 }, end: { line: 3, column: 36 }, found: true });
    expect(locator.locate(["id"], { key: true })).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 3 }, found: true });
    expect(locator.locate(["channels", 1])).toEqual({ start: { line: 11, column: 19 }, end: { line: 11, column: 22 }, found: true });
    expect(locator.locate(["cause", "category"], { key: true }).start).toEqual({ line: 10, column: 3 });
  });

  it("points a missing key at its parent's key, or at line 1 column 1 for the root", () => {
    const locator = new YamlLocator(yamlOf(file.join("\n")));
    expect(locator.locate(["cause", "summary"])).toEqual({ start: { line: 9, column: 1 }, end: { line: 9, column: 6 }, found: false });
    expect(locator.locate(["timeline", 5])).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 9 }, found: false });
    expect(locator.locate(["timeline", 1, "owner"]).start).toEqual({ line: 7, column: 5 });
    expect(locator.locate(["timeline", 1, "owner"]).found).toBe(false);
    expect(locator.locate(["id", "deeper"])).toMatchObject({ start: { line: 2, column: 1 }, found: false });
    expect(locator.locate(["severity"])).toEqual({ start: { line: 1, column: 1 }, found: false });
  });

  it("points an empty value at its key when asked, and at where the value belongs otherwise", () => {
    const locator = new YamlLocator(yamlOf(file.join("\n")));
    expect(locator.locate(["empty"], { key: true })).toEqual({ start: { line: 12, column: 1 }, end: { line: 12, column: 6 }, found: true });
    expect(locator.locate(["empty"]).start.line).toBe(12);
  });

  it("answers for an empty document and for ---yaml", () => {
    expect(new YamlLocator("").locate(["id"])).toEqual({ start: { line: 1, column: 1 }, found: false });
    expect(new YamlLocator(yamlOf("---yaml\nid: a\ntitle: b\n---\n")).locate(["title"]).start).toEqual({ line: 3, column: 8 });
  });
});

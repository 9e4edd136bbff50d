/**
 * `lint --cache`, as the engine sees it: a file whose bytes the cache knows is taken from it and not
 * parsed; its results, and what the corpus rules find across files, are the ones a run without the cache
 * finds. The cache here is a plain map; the one on disk is `test/io/lint-cache.test.ts`'s.
 */
import { describe, expect, it } from "vitest";
import { Linter, type Source } from "../../src/lint/index.js";
import type { CachedLint, LintCache, LintResults } from "../../src/model/index.js";
import { incidentFieldNames, resolveConfig } from "../../src/schema/index.js";
import { parseDate } from "../../src/dates/index.js";
import { encode, FILES_OF_EVERY_KIND } from "../support/sources.js";
import { validIncident } from "../support/valid.js";

const PARSE_OPTIONS = { fields: incidentFieldNames() };
const run = { config: resolveConfig({}), today: parseDate("2026-11-23")!, lang: "en" as const };

/** A cache in memory that answers only for the very bytes it was given, and counts what it is asked. */
function memoryCache(): LintCache & { sets: number } {
  const entries = new Map<string, { text: string; outcome: CachedLint }>();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return {
    sets: 0,
    get(file, bytes) {
      const entry = entries.get(file);
      // Through JSON, as a cache read from disk is.
      return entry && entry.text === text(bytes) ? (JSON.parse(JSON.stringify(entry.outcome)) as CachedLint) : undefined;
    },
    set(file, bytes, outcome) {
      this.sets++;
      entries.set(file, { text: text(bytes), outcome });
    },
  };
}

/** Files of every kind, and one that names an incident that exists and one that does not. */
const FILES: readonly Source[] = [...FILES_OF_EVERY_KIND, encode("incidents/i.md", validIncident("i", "related: [b, nowhere]\n"))];

/** Lints `files` with `cache`: those it knows are taken from it, the rest linted. Gives the results and what was taken. */
function lintWith(files: readonly Source[], cache: LintCache, fix = false): { results: LintResults; reused: string[] } {
  const linter = new Linter(run, { parse: PARSE_OPTIONS, cache, fix });
  const reused = files.filter((f) => linter.reuse(f)).map((f) => f.file);
  linter.lintBatch(files.filter((f) => !reused.includes(f.file)));
  return { results: linter.finish(), reused };
}

const plain = (files: readonly Source[]) => {
  const linter = new Linter(run, { parse: PARSE_OPTIONS });
  linter.lintBatch(files);
  return linter.finish();
};

describe("lint with a cache", () => {
  it("takes every unchanged file from the cache, with the results a run without it gives", () => {
    const cache = memoryCache();
    const first = lintWith(FILES, cache);
    expect(first.reused).toEqual([]);
    expect(first.results).toEqual(plain(FILES));
    expect(first.results.summary.errors).toBeGreaterThan(2);
    // Across files: i names one incident that exists and one that does not.
    expect(first.results.files.find((r) => r.file === "incidents/i.md")!.diagnostics.map((d) => d.rule)).toEqual(["related-exists"]);
    const second = lintWith(FILES, cache);
    // The unreadable file has no bytes to compare: it is read again, the others are not.
    expect(second.reused).toEqual(FILES.filter((f) => "bytes" in f).map((f) => f.file));
    expect(second.results).toEqual(plain(FILES));
  });

  it("lints a changed file again, and the cross-file rules see it with the files taken from the cache", () => {
    const cache = memoryCache();
    lintWith(FILES, cache);
    // i now shares c's id (c comes from the cache), and names only an incident that exists.
    const changed = FILES.map((f) => (f.file === "incidents/i.md" ? encode(f.file, validIncident("c", "related: [b]\n")) : f));
    const { results, reused } = lintWith(changed, cache);
    expect(reused).not.toContain("incidents/i.md");
    expect(reused).toContain("incidents/c.md");
    expect(results).toEqual(plain(changed));
    const rulesOf = (file: string) => results.files.find((r) => r.file === file)!.diagnostics.map((d) => d.rule);
    expect(rulesOf("incidents/c.md")).toContain("unique-id");
    expect(rulesOf("incidents/i.md")).not.toContain("related-exists");
  });

  it("words the cross-file problems as without the cache, whichever files come from it", () => {
    // Three files share an id and a fourth names a missing one close to two others: the words list the
    // other files, and suggest the first close id, in file order. The first file alone is changed.
    const files = [
      encode("incidents/x1.md", validIncident("2026-03-14-promo-aaaa1")),
      encode("incidents/x2.md", validIncident("2026-03-14-promo-aaaa1")),
      encode("incidents/x3.md", validIncident("2026-03-14-promo-aaaa2")),
      encode("incidents/x4.md", validIncident("2026-03-14-promo-aaaa1", "related: [2026-03-14-promo-aaaa3]\n")),
    ];
    const cache = memoryCache();
    lintWith(files, cache);
    const changed = [encode("incidents/x1.md", `${validIncident("2026-03-14-promo-aaaa1")}\nEdited.\n`), ...files.slice(1)];
    const { results, reused } = lintWith(changed, cache);
    expect(reused).toEqual(["incidents/x2.md", "incidents/x3.md", "incidents/x4.md"]);
    expect(results).toEqual(plain(changed));
    const words = results.files.flatMap((f) => f.diagnostics.filter((d) => d.rule !== "id-matches-filename").map((d) => d.message));
    expect(words.join("\n")).toMatch(/incidents\/x1\.md, incidents\/x4\.md/);
  });

  it("lints again a file whose cached outcome is not what lessonbook makes", () => {
    const cache = memoryCache();
    lintWith(FILES, cache);
    const get = cache.get.bind(cache);
    const broken = (change: (c: CachedLint) => void): LintCache => ({
      get: (file, bytes) => {
        const c = get(file, bytes);
        if (c) change(c);
        return c;
      },
      set: () => {},
    });
    for (const change of [
      (c: CachedLint) => (c.corpus = c.corpus.map((v) => (v === null ? v : 5))),
      (c: CachedLint) => (c.corpus = c.corpus.map((v) => (v === null ? v : { id: {}, related: [{ id: {}, at: {} }] }))),
      (c: CachedLint) =>
        c.diagnostics.push({
          file: "incidents/a.md",
          line: 1,
          column: 1,
          severity: "error",
          rule: "no-such-rule",
          messageId: "x",
          data: {},
          message: "x",
        }),
    ]) {
      const { results, reused } = lintWith(FILES, broken(change));
      expect(results).toEqual(plain(FILES));
      expect(reused).not.toContain("incidents/a.md");
    }
  });

  it("says between which days a file's outcome stands: the days its open actions fall due around today", () => {
    const outcomes = new Map<string, CachedLint>();
    const recording: LintCache = { get: () => undefined, set: (file, _bytes, outcome) => void outcomes.set(file, outcome) };
    const action = (task: string, due: string, status: string) =>
      `      - task: ${task}\n        owner: Ana Ruiz\n        due: ${due}\n        status: ${status}\n`;
    const withActions = (id: string, actions: string) =>
      validIncident(id).replace("        done: 2026-04-20\n", (first) => first + actions);
    const files = [
      encode(
        "incidents/two-ahead.md",
        withActions("two-ahead", action("Brief the agency", "2026-12-15", "open") + action("Train the team", "2026-11-30", "doing")),
      ),
      encode("incidents/due-today.md", withActions("due-today", action("Brief the agency", "2026-11-23", "open"))),
      encode("incidents/overdue.md", withActions("overdue", action("Brief the agency", "2026-11-01", "open"))),
      encode("incidents/done-ahead.md", withActions("done-ahead", action("Brief the agency", "2026-12-15", "done"))),
    ];
    const linter = new Linter(run, { parse: PARSE_OPTIONS, cache: recording });
    linter.lintBatch(files);
    const days = Object.fromEntries([...outcomes].map(([file, o]) => [file, `${o.since ?? "always"} … ${o.until ?? "ever"}`]));
    expect(days).toEqual({
      // Overdue from the day after the first due day to come (today is 2026-11-23).
      "incidents/two-ahead.md": "always … 2026-12-01",
      "incidents/due-today.md": "always … 2026-11-24",
      // Overdue since the day after its due day, and on every day after.
      "incidents/overdue.md": "2026-11-02 … ever",
      "incidents/done-ahead.md": "always … ever",
    });
    expect(outcomes.get("incidents/overdue.md")!.diagnostics.map((d) => d.rule)).toEqual(["overdue-action"]);
    // What is kept names no day: it stays true on the days the cache gives it back.
    expect(JSON.stringify(outcomes.get("incidents/overdue.md"))).not.toContain("2026-11-23");
  });

  it("neither reads nor fills the cache when fixing: the results are those of the fixed text", () => {
    const cache = memoryCache();
    lintWith(FILES, cache);
    const sets = cache.sets;
    const { reused } = lintWith(FILES, cache, true);
    expect(reused).toEqual([]);
    expect(cache.sets).toBe(sets);
  });
});

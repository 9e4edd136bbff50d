/**
 * The cache of `lint --cache` on disk: it answers only for the bytes and the key it was saved with, keeps
 * only the files still there, starts empty when it cannot be read, and never replaces a file that
 * lessonbook did not write.
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintCacheKey, openLintCache } from "../../src/io/lint-cache.js";
import type { CachedLint, Diagnostic } from "../../src/model/index.js";
import { scratch } from "./sandbox.js";

/** The files a cache on disk holds: its first line says what it is, then one line per file. */
const filesIn = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => JSON.parse(line).file as string);

const bytes = (text: string) => new TextEncoder().encode(text);
const diagnostic = (file: string): Diagnostic => ({
  file,
  line: 3,
  column: 8,
  severity: "error",
  rule: "schema",
  messageId: "wrong-type",
  data: { expected: "text", found: "2026" },
  message: "The title must be text; found 2026.",
});
const outcome = (file: string): CachedLint => ({ diagnostics: [diagnostic(file)], corpus: [{ id: "a", line: 2, column: 5 }, null] });
const KEY = lintCacheKey({ version: "1.0.0", lang: "en" });
const DAY = "2026-11-28";

describe("the lint cache on disk", () => {
  it("gives back what it saved, for the same bytes and key only", () => {
    const { work } = scratch();
    const file = path.join(work, ".lessonbookcache");
    const cache = openLintCache(file, KEY, ".lessonbookcache", DAY);
    expect(cache.get("incidents/a.md", bytes("one"))).toBeUndefined();
    cache.set("incidents/a.md", bytes("one"), outcome("incidents/a.md"));
    expect(cache.save(new Set(["incidents/a.md"]))).toBe("saved");
    const again = openLintCache(file, KEY, ".lessonbookcache", DAY);
    expect(again.get("incidents/a.md", bytes("one"))).toEqual(outcome("incidents/a.md"));
    expect(again.get("incidents/a.md", bytes("one, edited"))).toBeUndefined();
    expect(again.save(new Set(["incidents/a.md"]))).toBe("unchanged");
    // Another version, configuration or language: nothing holds, and the file is written anew.
    const other = openLintCache(file, lintCacheKey({ version: "1.0.1", lang: "en" }), ".lessonbookcache", DAY);
    expect(other.get("incidents/a.md", bytes("one"))).toBeUndefined();
    expect(other.save(new Set(["incidents/a.md"]))).toBe("saved");
    expect(filesIn(file)).toEqual([]);
    // Written in one step: no temporary file is left beside it.
    expect(readdirSync(work).filter((n) => n.includes("lessonbook"))).toEqual([".lessonbookcache"]);
  });

  it("gives an outcome back on the days it stands, whenever it was found", () => {
    const { work } = scratch();
    const file = path.join(work, ".lessonbookcache");
    // An action not yet due (overdue from 12-01), one already overdue (since 11-02), none.
    const days: Record<string, Pick<CachedLint, "since" | "until">> = {
      "incidents/due.md": { until: "2026-12-01" },
      "incidents/overdue.md": { since: "2026-11-02" },
      "incidents/any-day.md": {},
    };
    const names = Object.keys(days);
    const cache = openLintCache(file, KEY, ".lessonbookcache", DAY);
    for (const n of names) cache.set(n, bytes(n), { ...outcome(n), ...days[n] });
    cache.save(new Set(names));
    const on = (day: string, also?: string) => {
      const c = openLintCache(file, KEY, ".lessonbookcache", day);
      const given = names.map((n) => c.get(n, bytes(n)) !== undefined);
      // Another file checked that day: the cache is written again with what it took.
      if (also) {
        c.set(also, bytes(also), outcome(also));
        c.save(new Set([...names, also]));
      }
      return given;
    };
    // The next days, as a team's CI cache restored tomorrow, and saved again then.
    expect(on("2026-11-29", "incidents/new.md")).toEqual([true, true, true]);
    expect(on("2026-11-30")).toEqual([true, true, true]);
    // From the day an action falls due, that file is checked again; the others still stand.
    expect(on("2026-12-01")).toEqual([false, true, true]);
    expect(on("2027-03-01")).toEqual([false, true, true]);
    // Earlier days (a clock or LESSONBOOK_TODAY set back, a time zone behind): before the overdue action was.
    expect(on("2026-11-27")).toEqual([true, true, true]);
    expect(on("2026-11-01")).toEqual([true, false, true]);
  });

  it("keeps no limits it could not compare, and reads no entry whose days are not real days in order", () => {
    const { work } = scratch();
    const file = path.join(work, ".lessonbookcache");
    const cache = openLintCache(file, KEY, ".lessonbookcache", DAY);
    cache.set("incidents/far.md", bytes("far"), { ...outcome("incidents/far.md"), until: "10000-01-01" });
    cache.set("incidents/a.md", bytes("a"), { ...outcome("incidents/a.md"), since: "2026-11-02", until: "2026-12-01" });
    cache.save(new Set(["incidents/far.md", "incidents/a.md"]));
    expect(filesIn(file)).toEqual(["incidents/a.md"]);
    const text = readFileSync(file, "utf8");
    expect(openLintCache(file, KEY, ".lessonbookcache", DAY).get("incidents/a.md", bytes("a"))).toBeDefined();
    for (const [from, to] of [
      ['"until":"2026-12-01"', '"until":"2026-99-99"'],
      ['"until":"2026-12-01"', '"until":"01/12/2026"'],
      ['"until":"2026-12-01"', '"until":20261201'],
      ['"since":"2026-11-02"', '"since":"2026-02-30"'],
      ['"since":"2026-11-02"', '"since":"2026-12-01"'],
    ]) {
      expect(text).toContain(from);
      writeFileSync(file, text.replace(from!, to!));
      expect(openLintCache(file, KEY, ".lessonbookcache", DAY).get("incidents/a.md", bytes("a")), to).toBeUndefined();
    }
  });

  it("keeps only the files still there", () => {
    const { work } = scratch();
    const file = path.join(work, "cache.json");
    const cache = openLintCache(file, KEY, "cache.json", DAY);
    cache.set("incidents/a.md", bytes("a"), outcome("incidents/a.md"));
    cache.set("incidents/b.md", bytes("b"), outcome("incidents/b.md"));
    cache.save(new Set(["incidents/a.md", "incidents/b.md"]));
    expect(openLintCache(file, KEY, "cache.json", DAY).save(new Set(["incidents/b.md"]))).toBe("saved");
    expect(filesIn(file)).toEqual(["incidents/b.md"]);
  });

  it("does not trust an entry that is not what lessonbook writes", () => {
    const { work } = scratch();
    const file = path.join(work, "cache.json");
    const cache = openLintCache(file, KEY, "cache.json", DAY);
    cache.set("incidents/a.md", bytes("a"), outcome("incidents/a.md"));
    cache.save(new Set(["incidents/a.md"]));
    expect(openLintCache(file, KEY, "cache.json", DAY).get("incidents/a.md", bytes("a"))).toEqual(outcome("incidents/a.md"));
    const text = readFileSync(file, "utf8");
    for (const [from, to] of [
      ['"line":3', '"line":"3"'],
      ['"line":3', '"line":-3'],
      ['"column":8', '"column":8,"endLine":"x"'],
      ['"column":8', '"column":8,"fix":5'],
      ['"severity":"error"', '"severity":"fatal"'],
      ['"data":{', '"data":{"nested":{},'],
      ['"column":8', '"column":8,"fix":{"start":0,"end":1,"text":"x","more":[[]]}'],
      ['"column":8', '"column":8,"source":"lessonbook"'],
    ]) {
      writeFileSync(file, text.replace(from!, to!));
      expect(openLintCache(file, KEY, "cache.json", DAY).get("incidents/a.md", bytes("a"))).toBeUndefined();
    }
  });

  it("reads an entry longer than the part it reads at a time, and none with a field lessonbook does not write", () => {
    const { work } = scratch();
    const file = path.join(work, "cache.json");
    const long: CachedLint = { diagnostics: [{ ...diagnostic("incidents/long.md"), message: "é".repeat(1_500_000) }], corpus: [] };
    const cache = openLintCache(file, KEY, "cache.json", DAY);
    cache.set("incidents/long.md", bytes("long"), long);
    cache.set("incidents/a.md", bytes("a"), outcome("incidents/a.md"));
    cache.save(new Set(["incidents/long.md", "incidents/a.md"]));
    expect(openLintCache(file, KEY, "cache.json", DAY).get("incidents/long.md", bytes("long"))).toEqual(long);
    // A key lessonbook does not write, nested deeper than a reader could follow by recursion.
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    writeFileSync(file, readFileSync(file, "utf8").replace('"severity":"error"', `"severity":"error","extra":${deep}`));
    const again = openLintCache(file, KEY, "cache.json", DAY);
    expect(again.get("incidents/a.md", bytes("a"))).toBeUndefined();
    expect(again.get("incidents/long.md", bytes("long"))).toEqual(long);
    // Checked again, its file is saved as lessonbook writes it.
    again.set("incidents/a.md", bytes("a"), outcome("incidents/a.md"));
    expect(again.save(new Set(["incidents/a.md", "incidents/long.md"]))).toBe("saved");
    expect(readFileSync(file, "utf8")).not.toContain("extra");
    expect(openLintCache(file, KEY, "cache.json", DAY).get("incidents/a.md", bytes("a"))).toEqual(outcome("incidents/a.md"));
  });

  it("says why it cannot be saved where no file can be, and reads as empty", () => {
    const { work } = scratch();
    writeFileSync(path.join(work, "settings.json"), "{}");
    for (const [name, code] of [
      ["settings.json/cache", "ENOTDIR"],
      [`${"c".repeat(300)}.json`, "ENAMETOOLONG"],
    ]) {
      const cache = openLintCache(path.join(work, name!), KEY, name!, DAY);
      expect(cache.get("incidents/a.md", bytes("a"))).toBeUndefined();
      cache.set("incidents/a.md", bytes("a"), outcome("incidents/a.md"));
      expect(() => cache.save(new Set(["incidents/a.md"]))).toThrow(expect.objectContaining({ code }));
    }
    expect(readFileSync(path.join(work, "settings.json"), "utf8")).toBe("{}");
  });

  it("leaves a file it did not write as it is, and a link at its place untouched", () => {
    const { work, outside } = scratch();
    for (const text of ["# notes\n", '{"files": {}}', ""]) {
      const file = path.join(work, "notes.md");
      writeFileSync(file, text);
      const cache = openLintCache(file, KEY, "notes.md", DAY);
      cache.set("incidents/a.md", bytes("a"), outcome("incidents/a.md"));
      expect(cache.save(new Set(["incidents/a.md"]))).toBe("not-ours");
      expect(readFileSync(file, "utf8")).toBe(text);
    }
    const target = path.join(outside, "secret.json");
    writeFileSync(target, "{}");
    const link = path.join(work, "linked.json");
    symlinkSync(target, link);
    const cache = openLintCache(link, KEY, "linked.json", DAY);
    cache.set("incidents/a.md", bytes("a"), outcome("incidents/a.md"));
    expect(cache.save(new Set(["incidents/a.md"]))).toBe("not-ours");
    expect(readFileSync(target, "utf8")).toBe("{}");
  });
});

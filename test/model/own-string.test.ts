import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ownKey, ownString, ownStrings, sharedString } from "../../src/model/own-string.js";

/**
 * Sixty texts of a million characters (half of them two bytes each), each handed to `keep`: the heap's
 * growth once they are let go (90 MB if what `keep` returned held them) and everything it returned.
 */
function afterCutting(keep: (text: string, i: number) => string[]): { grown: number; kept: string[] } {
  v8.setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 60; i++) kept.push(...keep(`${i} ${i % 2 ? "é" : "e"}`.padEnd(1_000_000, "z"), i));
  gc();
  return { grown: process.memoryUsage().heapUsed - before, kept };
}

describe("ownString", () => {
  it("returns the same characters, lone surrogates and all", () => {
    for (const text of ["", "a", "Añadir el control de contexto a la lista", "x".repeat(500), "bad \ud800 half", "🚀 launch\u0000"]) {
      expect(ownString(text)).toBe(text);
    }
  });

  it("copies every string inside data in place, keys included, without touching the prototype", () => {
    const data = JSON.parse('{"a": ["one", {"b": "two"}], "__proto__": "three", "n": 1, "t": true, "z": null}') as Record<string, unknown>;
    expect(ownStrings(data)).toBe(data);
    expect(data).toEqual(JSON.parse('{"a": ["one", {"b": "two"}], "__proto__": "three", "n": 1, "t": true, "z": null}'));
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it("keeps none of the longer text a value was cut from", () => {
    const { grown, kept } = afterCutting((text) => [ownString(text.slice(0, 40)), ownString(text.slice(0, 100))]);
    expect(grown).toBeLessThan(10_000_000);
    expect(kept[14]).toBe("7 é".padEnd(40, "z"));
    expect(kept[15]).toBe("7 é".padEnd(100, "z"));
  });
});

/** The heap's growth while `keep`'s results for `count` calls are held. */
function heapGrowth(count: number, keep: (i: number) => string): number {
  v8.setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const kept: string[] = new Array<string>(count);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) kept[i] = keep(i);
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  expect(kept.at(-1)!.length).toBeGreaterThan(0);
  return grown;
}

describe("ownString sharing", () => {
  // 100,000 values of 200 characters would take 21 MB as copies; shared, they are one.
  const task = "Add a context check to the publishing checklist before every scheduled post. ".repeat(3).slice(0, 200);

  it("keeps one copy of a task written again and again", () => {
    const source = `${task}, in every market`;
    expect(heapGrowth(100_000, () => ownString(source.slice(0, 200)))).toBeLessThan(5_000_000);
    expect(ownString(source.slice(0, 200))).toBe(task);
  });

  it("still shares names and dates once thousands of unique sentences have been seen", () => {
    for (let i = 0; i < 60_000; i++) ownString(`Lesson ${i}: ${task}`.slice(0, 120));
    const owner = "Camila Restrepo, community lead (LatAm)";
    const line = `${owner}: owner`;
    // As copies, 100,000 of them would take about 6 MB.
    expect(heapGrowth(100_000, () => ownString(line.slice(0, owner.length)))).toBeLessThan(2_000_000);
  });

  it("still shares a due date written on every file among hundreds of thousands of unique short values", () => {
    const due = "2026-06-28T09:30:00+02:00";
    const line = `due: ${due}`;
    // Each file: ten unique timeline events, then the due date its actions share.
    const growth = heapGrowth(100_000, (i) => {
      if (i % 10 === 0) for (let k = 0; k < 10; k++) ownString(`Event ${k} of incident ${i}`);
      return ownString(line.slice(5));
    });
    // As copies, 100,000 of them would take about 4 MB.
    expect(growth).toBeLessThan(2_000_000);
  });
});

describe("ownKey", () => {
  it("returns the same characters, lone surrogates and all", () => {
    for (const text of ["", "2026-03-14", "2026-03-14T09:30:00+01:00", "x".repeat(500), "bad \ud800 half", "🚀 launch\u0000"]) {
      expect(ownKey(text)).toBe(text);
    }
  });

  it("keeps none of the longer text a key was cut from, cut alone or joined to another string", () => {
    const { grown, kept } = afterCutting((text, i) => [ownKey(text.slice(0, 25)), ownKey(`${text.slice(0, 20)}${i}`)]);
    expect(grown).toBeLessThan(10_000_000);
    expect(kept[14]).toBe("7 é".padEnd(25, "z"));
    expect(kept[15]).toBe(`${"7 é".padEnd(20, "z")}7`);
  });
});

describe("sharedString", () => {
  it("gives one copy for the same value parsed again and again", () => {
    const line = JSON.stringify({ rule: "overdue-action", expected: "due: today or later, or status: done" });
    const parsed = JSON.parse(line) as Record<string, string>;
    expect(sharedString(parsed["expected"]!)).toBe("due: today or later, or status: done");
    // Parsed and not shared, each of 100,000 would hold its own copy of the value (about 5 MB).
    expect(heapGrowth(100_000, () => sharedString((JSON.parse(line) as Record<string, string>)["expected"]!))).toBeLessThan(2_000_000);
  });

  it("keeps a long value as it is, without copying it", () => {
    const long = JSON.parse(JSON.stringify("x".repeat(300))) as string;
    expect(sharedString(long)).toBe(long);
  });
});

import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ownKey, ownString, ownStrings } from "../../src/model/own-string.js";

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

import { describe, expect, it } from "vitest";
import { ownString, ownStrings } from "../../src/model/own-string.js";

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
});

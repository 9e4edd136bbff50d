import { describe, expect, it } from "vitest";
import { rowsOf } from "../../src/render/blocks.js";

describe("rowsOf", () => {
  it("makes each row only when it is reached, and can be written more than once", () => {
    const made: number[] = [];
    const rows = rowsOf([1, 2, 3], (n) => {
      made.push(n);
      return [`row ${n}`];
    });
    expect(made).toEqual([]);
    const iterator = rows[Symbol.iterator]();
    expect(iterator.next().value).toEqual(["row 1"]);
    expect(made).toEqual([1]);
    expect([...rows]).toEqual([["row 1"], ["row 2"], ["row 3"]]);
    expect([...rows]).toEqual([["row 1"], ["row 2"], ["row 3"]]);
  });
});

import { describe, expect, it } from "vitest";
import { idInFileName } from "../../src/model/file-id.js";

describe("the id a file's name says it holds", () => {
  it("is the last part of the path without `.md`, in any case, and only the last `.md`", () => {
    expect(
      ["incidents/2026/2026-03-31-easter.md", "x.MD", "incidents/notes.md/a.md", "a.md.md", "incidents/draft"].map(idInFileName),
    ).toEqual(["2026-03-31-easter", "x", "a", "a.md", "draft"]);
  });
});

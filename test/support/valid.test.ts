import { describe, expect, it } from "vitest";
import { lintText } from "./lint.js";
import { validIncident } from "./valid.js";

describe("the valid incident used by other tests", () => {
  it("lints with no diagnostic at all", () => {
    expect(lintText("incidents/2026-03-14-promo-code-at-90-percent.md", validIncident())).toEqual([]);
  });
  it("stops being valid when a required field goes", () => {
    const text = validIncident().replace("severity: high\n", "");
    expect(lintText("incidents/2026-03-14-promo-code-at-90-percent.md", text).map((d) => d.rule)).toEqual(["schema"]);
  });
});

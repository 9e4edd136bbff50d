import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/rules/index.js";
import { jsonSchemas } from "../../src/schema/json-schema.js";

describe("schemas/*.json", () => {
  for (const [name, text] of Object.entries(jsonSchemas(RULE_IDS))) {
    it(`${name} is what the Zod schema generates (run npm run schemas when this fails)`, () => {
      const committed = readFileSync(new URL(`../../schemas/${name}`, import.meta.url), "utf8");
      expect(committed).toBe(text);
    });
  }

  it("the incident schema requires the spec's fields and names every cause", () => {
    const schema = JSON.parse(jsonSchemas(RULE_IDS)["incident.schema.json"]!);
    expect(schema.required).toEqual([
      "id",
      "title",
      "status",
      "severity",
      "started",
      "detected",
      "channels",
      "owner",
      "cause",
      "timeline",
      "lessons",
    ]);
    expect(schema.properties.cause.properties.category.enum).toContain("community-management");
  });

  it("the configuration schema lists every rule id", () => {
    const schema = JSON.parse(jsonSchemas(RULE_IDS)["config.schema.json"]!);
    expect([...schema.properties.rules.propertyNames.enum].sort()).toEqual([...RULE_IDS].sort());
  });
});

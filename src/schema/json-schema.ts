import * as z from "zod";
import { createConfigSchema } from "./config.js";
import { createIncidentSchema } from "./incident.js";

function render(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { target: "draft-07" }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

/** The JSON Schemas editors use, generated from the Zod schemas so the two cannot drift apart. */
export function jsonSchemas(ruleIds: readonly string[]): Record<string, string> {
  return {
    "incident.schema.json": render(createIncidentSchema(), "lessonbook incident front-matter"),
    "config.schema.json": render(createConfigSchema(ruleIds), "lessonbook configuration"),
  };
}

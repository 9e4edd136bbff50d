import type { z } from "zod";
import type { FieldNames } from "../model/index.js";
import { createIncidentSchema } from "./incident.js";

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };

/**
 * Every key of the incident format, and which of them hold one line of text or a list: the parser's hints
 * choose their fix by it (quote a title; write a list for tags).
 */
function collect(schema: z.ZodType, key: string | null, names: { all: Set<string>; text: Set<string>; lists: Set<string> }): void {
  let def = (schema as unknown as { def: Def }).def;
  while ((def.type === "optional" || def.type === "nullable") && def.innerType) def = (def.innerType as unknown as { def: Def }).def;
  if (key) names.all.add(key);
  if (def.type === "string" && key) names.text.add(key);
  if (def.type === "array") {
    if (key) names.lists.add(key);
    if (def.element) collect(def.element, null, names);
  }
  if (def.type === "object" && def.shape) for (const [k, v] of Object.entries(def.shape)) collect(v, k, names);
}

let cached: FieldNames | undefined;

export function incidentFieldNames(): FieldNames {
  if (!cached) {
    const names = { all: new Set<string>(), text: new Set<string>(), lists: new Set<string>() };
    collect(createIncidentSchema(), null, names);
    cached = names;
  }
  return cached;
}

import type { z } from "zod";
import { createIncidentSchema, type DataPath, formatPath, suggest } from "../../schema/index.js";
import { defineRule, type Report } from "../define-rule.js";
import { asRecord } from "../values.js";

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
};

/** Walks data beside the schema and reports keys the schema does not define, where it is closed. */
function walk(schema: z.ZodType, value: unknown, path: DataPath, report: (r: Report) => void): void {
  const def = (schema as unknown as { def: Def }).def;
  if (def.type === "optional" || def.type === "nullable") {
    walk(def.innerType!, value, path, report);
    return;
  }
  if (def.type === "array" && Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(def.element!, item, [...path, i], report);
    });
    return;
  }
  const record = asRecord(value);
  if (def.type !== "object" || !record || !def.shape) return;
  const known = Object.keys(def.shape);
  for (const key of Object.keys(record)) {
    const child = def.shape[key];
    if (child && Object.hasOwn(def.shape, key)) {
      walk(child, record[key], [...path, key], report);
    } else if (!def.catchall) {
      const hint = suggest(key, known);
      const where = path.length ? ` in "${formatPath(path)}"` : "";
      report({
        path: [...path, key],
        key: true,
        message: `Unknown field "${key}"${where}.${hint ? ` Did you mean "${hint}"?` : ` Known fields: ${known.join(", ")}.`}`,
        expected: hint ?? `one of ${known.join(", ")}`,
        actual: key,
      });
    }
  }
}

export default defineRule({
  id: "unknown-key",
  severity: "error",
  scope: "file",
  description: 'Flags fields the format does not define, with a "did you mean" for typos (sevrity → severity).',
  create: ({ config }) => {
    const schema = createIncidentSchema({ causes: config.causes });
    return (doc, report) => {
      walk(schema, doc.data, [], report);
    };
  },
});

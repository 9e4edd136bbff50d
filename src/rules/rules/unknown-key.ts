import type { z } from "zod";
import { closeCandidates, createIncidentSchema, type DataPath, suggest } from "../../schema/index.js";
import { defineRule, type Report } from "../define-rule.js";
import { asRecord, shorten } from "../values.js";

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
  // `impact` is open: its own rule warns about keys it does not know.
  if (def.type !== "object" || !record || !def.shape || def.catchall) return;
  const known = Object.keys(def.shape);
  for (const key of Object.keys(record)) {
    const child = def.shape[key];
    if (child && Object.hasOwn(def.shape, key)) {
      walk(child, record[key], [...path, key], report);
      continue;
    }
    const free = known.filter((k) => !Object.hasOwn(record, k));
    const hint = suggest(key, free);
    // A rename is certain when exactly one missing field is that close.
    const certain = hint && closeCandidates(key, free).length === 1;
    report({
      messageId: hint ? "unknown-suggest" : "unknown",
      data: { key: shorten(key, 60), ...(hint ? { suggestion: hint } : { known: known.join(", ") }) },
      path: [...path, key],
      key: true,
      expected: hint ?? known.join("|"),
      actual: key,
      ...(certain ? { fix: { key: hint } } : {}),
    });
  }
}

export default defineRule({
  id: "unknown-key",
  severity: "error",
  scope: "file",
  fixable: true,
  messages: ["unknown-suggest", "unknown"],
  create: ({ config }) => {
    const schema = createIncidentSchema({ causes: config.causes });
    return (doc, report) => {
      walk(schema, doc.data, [], report);
    };
  },
});

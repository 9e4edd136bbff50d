import type { z } from "zod";
import { closeCandidates, createIncidentSchema, type DataPath, incidentFieldNames, suggest } from "../../schema/index.js";
import { defineRule, type Report, type RunContext } from "../define-rule.js";
import { asRecord, shorten } from "../values.js";

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
};

/** The keys the format allows at each level, read once from the schema: walking Zod's internals per file costs. */
interface KeyTree {
  /** The keys an object defines; non-objects have none. */
  keys?: ReadonlyMap<string, KeyTree>;
  /** An object that takes other keys too (impact: its own rule warns about those). */
  open?: boolean;
  /** What every entry of a list holds. */
  items?: KeyTree;
  /** The format requires this key in its object. */
  required?: boolean;
}

function treeOf(schema: z.ZodType): KeyTree {
  let def = (schema as unknown as { def: Def }).def;
  const required = def.type !== "optional";
  while ((def.type === "optional" || def.type === "nullable") && def.innerType) def = (def.innerType as unknown as { def: Def }).def;
  if (def.type === "array" && def.element) return { items: treeOf(def.element), required };
  if (def.type !== "object" || !def.shape) return { required };
  const keys = new Map(Object.entries(def.shape).map(([k, v]) => [k, treeOf(v)]));
  return def.catchall ? { keys, open: true, required } : { keys, required };
}

/** The missing field `key` is a typo of, when exactly one of `free` is that close: a rename `--fix` can make. */
function certainRename(key: string, free: readonly string[]): string | undefined {
  const close = closeCandidates(key, free);
  return close.length === 1 ? close[0] : undefined;
}

/**
 * Walks data beside the tree and reports keys the format does not define, inside open objects too
 * (`impact.cost`). `path` is one stack for the whole walk, copied only into a report: build and report
 * run this rule on every file too.
 */
function walk(tree: KeyTree, value: unknown, path: (string | number)[], report: (r: Report) => void): void {
  if (tree.items) {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(tree.items, value[i], path, report);
      path.pop();
    }
    return;
  }
  const record = asRecord(value);
  if (!tree.keys || !record) return;
  for (const key of Object.keys(record)) {
    const child = tree.keys.get(key);
    if (child) {
      if (child.keys || child.items) {
        path.push(key);
        walk(child, record[key], path, report);
        path.pop();
      }
      continue;
    }
    if (tree.open) continue;
    const known = [...tree.keys.keys()];
    const free = known.filter((k) => !Object.hasOwn(record, k));
    const hint = suggest(key, free);
    const rename = certainRename(key, free);
    // "sevrity" beside a missing, required "severity": the schema rule leaves the missing field to this
    // message (when the key is a typo away from it and is no field of the format anywhere), so this one
    // says the file's data is incomplete, and report and build leave the file out. It says so for a key
    // that is a field elsewhere too, where the schema rule reports the missing field as well.
    const forRequired = free.some((k) => tree.keys!.get(k)!.required && closeCandidates(key, [k]).length === 1);
    report({
      messageId: hint ? "unknown-suggest" : "unknown",
      data: { key: shorten(key, 60), ...(hint ? { suggestion: hint } : { known: known.join(", ") }) },
      path: [...path, key],
      key: true,
      expected: hint ?? known.join("|"),
      actual: key,
      ...(rename ? { fix: { key: rename } } : {}),
      fatal: forRequired,
    });
  }
}

const ID = "unknown-key";
const SEVERITY = "error";

let formatTree: KeyTree | undefined;

/** The fields the format defines for the object at `path` (list positions pass through). */
function fieldsAt(path: readonly (string | number)[]): string[] {
  let tree: KeyTree | undefined = (formatTree ??= treeOf(createIncidentSchema()));
  for (const segment of path) tree = typeof segment === "number" ? tree?.items : tree?.keys?.get(segment);
  return tree?.keys ? [...tree.keys.keys()] : [];
}

/**
 * Whether this run's unknown-key reports, as an error, a key written where the missing field at `path`
 * belongs and renames it for certain (`ownr:` beside a missing `owner`, and no other missing field that
 * close). Other rules then leave the missing field to it: one mistake, one message. Where unknown-key is
 * off or only warns, the missing field is reported as such, so that it still fails the check.
 */
export function typoOfMissing(run: Pick<RunContext, "config">, data: Record<string, unknown>, path: DataPath): boolean {
  if ((run.config.rules[ID] ?? SEVERITY) !== "error") return false;
  const field = path.at(-1);
  if (typeof field !== "string") return false;
  let parent: unknown = data;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[segment];
  const record = asRecord(parent);
  if (!record) return false;
  const free = fieldsAt(path.slice(0, -1)).filter((k) => !Object.hasOwn(record, k));
  const format = incidentFieldNames().all;
  return Object.keys(record).some((k) => !format.has(k) && certainRename(k, free) === field);
}

export default defineRule({
  id: ID,
  severity: SEVERITY,
  scope: "file",
  // Only where a typo stands for a required field (see `walk`): other unknown keys leave the data whole.
  affectsData: true,
  fixable: true,
  messages: ["unknown-suggest", "unknown"],
  create: ({ config }) => {
    const tree = treeOf(createIncidentSchema({ causes: config.causes }));
    return (doc, report) => {
      walk(tree, doc.data, [], report);
    };
  },
});

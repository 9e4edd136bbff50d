import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";

export type DataPath = ReadonlyArray<string | number>;

/** A schema problem in the words of the person who wrote the file. */
export interface Problem {
  path: DataPath;
  message: string;
  /** The key is missing: its position is its parent's. */
  missing: boolean;
  expected?: string;
  actual?: string;
}

/** `["timeline", 2, "at"]` → `timeline[2].at`. */
export function formatPath(path: DataPath): string {
  let out = "";
  for (const segment of path) {
    out += typeof segment === "number" ? `[${segment}]` : out === "" ? segment : `.${segment}`;
  }
  return out || "front-matter";
}

/** A value as a reader would name it in a sentence. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
};

/** Ties a suggestion to a value only when it is close enough to be a typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value.toLowerCase(), candidates as string[]);
  // Transposed letters ("hihg") cost two edits, so short words allow two.
  const limit = best.length <= 3 ? 1 : Math.max(2, Math.floor(best.length / 3));
  return distance(value.toLowerCase(), best) <= limit ? best : undefined;
}

function field(path: DataPath): string {
  return `"${formatPath(path)}"`;
}

/** Turns one Zod issue into a plain sentence with what was expected and what was found. */
export function toProblem(issue: z.core.$ZodIssue): Problem {
  const path = issue.path as DataPath;
  const input = (issue as { input?: unknown }).input;
  const actual = describeValue(input);
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    const expected =
      issue.code === "invalid_value" ? `one of ${issue.values.map(String).join(", ")}` : (TYPE_NAMES[issue.expected] ?? issue.expected);
    return { path, missing: true, message: `Missing required field ${field(path)}.`, expected, actual };
  }
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return { path, missing: false, message: `${field(path)} must be ${expected}; found ${actual}.`, expected, actual };
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      const expected = `one of ${values.join(", ")}`;
      const hint = typeof input === "string" ? suggest(input, values) : undefined;
      const tail = hint ? ` Did you mean "${hint}"?` : "";
      return { path, missing: false, message: `${field(path)} must be ${expected}; found ${actual}.${tail}`, expected, actual };
    }
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      const where = path.length ? ` in ${field(path)}` : "";
      return { path: [...path, key], missing: false, message: `Unknown field "${key}"${where}.`, actual: key };
    }
    case "invalid_key": {
      const key = String(input ?? "");
      return {
        path: [...path, key],
        missing: false,
        message: `Unknown name "${key}"${path.length ? ` in ${field(path)}` : ""}.`,
        actual: key,
      };
    }
    default: {
      const sentence = /^(must|needs|has) /.test(issue.message) ? issue.message : `is not valid: ${issue.message}`;
      const found = input === undefined || typeof input === "object" ? "" : `; found ${actual}`;
      return { path, missing: false, message: `${field(path)} ${sentence}${found}.`, actual };
    }
  }
}

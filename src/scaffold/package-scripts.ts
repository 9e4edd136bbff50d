import { isDeepStrictEqual } from "node:util";
import { isMap, isPair, isScalar, parseDocument, type Pair, type YAMLMap } from "yaml";

/** The npm scripts `init` adds to a team's package.json. */
export const TEAM_SCRIPTS: Readonly<Record<string, string>> = {
  report: "lessonbook report",
  "lint:incidents": "lessonbook lint",
};

export type ScriptsEdit =
  { kind: "added"; text: string; added: string[]; kept: string[] } | { kind: "unchanged"; kept: string[] } | { kind: "unsafe" };

type Range = [number, number, number];

/**
 * Adds the scripts that are missing to the text of a package.json, touching nothing else: the new lines
 * copy the indentation, line endings and spacing around the colon already there, and every other byte
 * stays as it was. A script of the same name is kept as the team wrote it. The result is checked by
 * parsing it again; whenever the file is unusual enough that this check fails, the answer is `unsafe`
 * and the caller prints the scripts for a person to add.
 */
export function addScripts(original: string, wanted: Readonly<Record<string, string>> = TEAM_SCRIPTS): ScriptsEdit {
  const bom = original.startsWith("\uFEFF") ? "\uFEFF" : "";
  const text = original.slice(bom.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: "unsafe" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { kind: "unsafe" };
  const scripts = (data as Record<string, unknown>).scripts;
  if (scripts !== undefined && (typeof scripts !== "object" || scripts === null || Array.isArray(scripts))) return { kind: "unsafe" };
  const present = (scripts ?? {}) as Record<string, unknown>;
  const kept = Object.keys(wanted).filter((name) => Object.hasOwn(present, name));
  const missing = Object.entries(wanted).filter(([name]) => !Object.hasOwn(present, name));
  if (missing.length === 0) return { kind: "unchanged", kept };

  // JSON is YAML: the yaml parser gives the position of every key and value.
  const doc = parseDocument(text, { uniqueKeys: false });
  const root = doc.contents;
  if (doc.errors.length || !isMap(root) || !root.range) return { kind: "unsafe" };
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const colon = /"\s*:\s/.test(text) ? ": " : ":";
  const entry = ([name, command]: [string, string]) => `${JSON.stringify(name)}${colon}${JSON.stringify(command)}`;
  const indentAt = (offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1))![0];
  const multiline = (map: YAMLMap) => text.slice(map.range![0], map.range![1]).includes("\n");
  const pairs = (map: YAMLMap) => map.items.filter((item): item is Pair => isPair(item) && isScalar(item.key) && !!item.key.range);
  const keyStart = (pair: Pair) => (pair.key as { range: Range }).range[0];
  const valueEnd = (pair: Pair) => (pair.value as { range?: Range } | null)?.range?.[1];

  const top = pairs(root);
  const unit = top.length && multiline(root) ? indentAt(keyStart(top[0]!)) || "  " : "";
  const scriptsPair = top.filter((pair) => (pair.key as { value: unknown }).value === "scripts").at(-1);
  let result: string | null = null;
  if (scriptsPair && isMap(scriptsPair.value) && scriptsPair.value.range) {
    const map = scriptsPair.value;
    const items = pairs(map);
    const last = items.at(-1);
    if (last && valueEnd(last) !== undefined) {
      const at = valueEnd(last)!;
      const joiner = multiline(map) ? `,${eol}${indentAt(keyStart(last))}` : colon === ": " ? ", " : ",";
      result = text.slice(0, at) + missing.map((m) => joiner + entry(m)).join("") + text.slice(at);
    } else if (!last) {
      const [start, end] = map.range!;
      const outer = indentAt(keyStart(scriptsPair));
      const inside = multiline(root)
        ? `${eol}${missing.map((m) => outer + unit + entry(m)).join(`,${eol}`)}${eol}${outer}`
        : missing.map(entry).join(",");
      result = `${text.slice(0, start)}{${inside}}${text.slice(end)}`;
    }
  } else if (!scriptsPair && top.length) {
    const last = top.at(-1)!;
    const at = valueEnd(last);
    if (at !== undefined) {
      const block = multiline(root)
        ? `,${eol}${unit}"scripts"${colon}{${eol}${missing.map((m) => unit + unit + entry(m)).join(`,${eol}`)}${eol}${unit}}`
        : `,"scripts"${colon}{${missing.map(entry).join(",")}}`;
      result = text.slice(0, at) + block + text.slice(at);
    }
  }
  if (result === null) return { kind: "unsafe" };
  const expected = { ...(data as object), scripts: { ...present, ...Object.fromEntries(missing) } };
  try {
    if (!isDeepStrictEqual(JSON.parse(result), expected)) return { kind: "unsafe" };
  } catch {
    return { kind: "unsafe" };
  }
  return { kind: "added", text: bom + result, added: missing.map(([name]) => name), kept };
}

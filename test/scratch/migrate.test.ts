import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { it } from "vitest";
import { lintSources, PARSE_OPTIONS, TEST_TODAY } from "../support/lint.js";
import { Linter } from "../../src/lint/index.js";
import { resolveConfig } from "../../src/schema/index.js";

const ROOT = path.resolve("test/rules/fixtures");
const md = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((r) => r.endsWith(".md") && !r.endsWith(".fixed.md") && statSync(path.join(dir, r)).isFile()).sort();
it("migrate", () => {
  for (const rule of readdirSync(ROOT).sort()) {
    const ruleDir = path.join(ROOT, rule);
    for (const entry of readdirSync(ruleDir).sort()) {
      const full = path.join(ruleDir, entry);
      let sources, expectedFile: string, old: Record<string, any[]>;
      if (statSync(full).isDirectory()) {
        sources = md(full).map((rel) => ({ file: rel, text: readFileSync(path.join(full, rel), "utf8") }));
        expectedFile = path.join(full, "expected.json");
        old = JSON.parse(readFileSync(expectedFile, "utf8"));
      } else if (entry.endsWith(".md") && !entry.endsWith(".fixed.md")) {
        sources = [{ file: entry, text: readFileSync(full, "utf8") }];
        expectedFile = path.join(ruleDir, entry.replace(/\.md$/, ".expected.json"));
        old = { [entry]: existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, "utf8")) : [] };
      } else continue;
      const got = lintSources(sources);
      const out: Record<string, any[]> = {};
      for (const s of sources) {
        const ds = got.filter((d) => d.file === s.file).map((d) => ({ line: d.line, column: d.column, rule: d.rule, severity: d.severity, messageId: d.messageId, data: Object.fromEntries(Object.entries(d.data).filter(([k]) => k !== "field" && k !== "parent" && k !== "allowed" && k !== "known")) }));
        const oldKey = (old[s.file] ?? []).map((e: any) => `${e.line}:${e.column}:${e.rule}:${e.severity}`).sort().join(" ");
        const newKey = ds.map((e) => `${e.line}:${e.column}:${e.rule}:${e.severity}`).sort().join(" ");
        if (oldKey !== newKey) console.log(`DIFF ${rule}/${entry} ${s.file}\n  old: ${oldKey}\n  new: ${newKey}\n  ${got.filter((d) => d.file === s.file).map((d) => d.message).join("\n  ")}`);
        out[s.file] = ds;
      }
      if (!statSync(full).isDirectory()) {
        const linter = new Linter({ config: resolveConfig(), today: TEST_TODAY, lang: "en" }, { parse: PARSE_OPTIONS, fix: true });
        const fixed = linter.lint({ file: entry, bytes: new TextEncoder().encode(sources[0]!.text) });
        if (fixed.output !== undefined && process.env.WRITE) writeFileSync(full.replace(/\.md$/, ".fixed.md"), fixed.output);
      }
      if (process.env.WRITE) writeFileSync(expectedFile, JSON.stringify(statSync(full).isDirectory() ? out : out[entry], null, 2) + "\n");
    }
  }
});

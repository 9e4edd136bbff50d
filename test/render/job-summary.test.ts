import { describe, expect, it } from "vitest";
import { renderJobSummary } from "../../src/render/job-summary.js";
import type { LintResults } from "../../src/model/index.js";
import { diagnostic } from "../support/diagnostics.js";

const results: LintResults = {
  summary: { files: 2, errors: 2, warnings: 1 },
  files: [
    {
      file: "incidents/Campaña 50%.md",
      diagnostics: [
        diagnostic({
          file: "incidents/Campaña 50%.md",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 15,
          severity: "error",
          rule: "schema",
          message: 'Bad "severity" <high> & co',
        }),
        diagnostic({
          file: "incidents/Campaña 50%.md",
          line: 1,
          column: 1,
          severity: "error",
          rule: "parse",
          message: "Front-matter is never closed",
        }),
      ],
    },
    {
      file: "incidents/b.md",
      diagnostics: [
        diagnostic({ file: "incidents/b.md", line: 9, column: 3, severity: "warning", rule: "overdue-action", message: "late" }),
      ],
    },
  ],
};

describe("job summary", () => {
  it("lists every problem with links when it fits", () => {
    const text = renderJobSummary(results, { lineLink: (f, l) => `https://example.test/${f}#L${l}` });
    expect(text).toContain("✖ 3 problems (2 errors, 1 warning) in 2 incident files.");
    expect(text).toContain(
      '| [5:11](https://example.test/incidents/Campaña 50%.md#L5) | error | Bad "severity" &lt;high&gt; & co | `schema` |',
    );
    expect(text).toContain("| [9:3](https://example.test/incidents/b.md#L9) | warning | late | `overdue-action` |");
    expect(text).not.toContain("more problem");
  });

  it("speaks Spanish when asked", () => {
    const text = renderJobSummary(results, { lang: "es" });
    expect(text).toContain("✖ 3 problemas (2 errores, 1 aviso) en 2 archivos de incidentes.");
    expect(text).toContain("| Lugar | Severidad | Problema | Regla |");
    expect(text).toContain("| 9:3 | aviso | late | `overdue-action` |");
  });

  it("stays under the 1 MiB limit and says how many it left out", () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      diagnostic({ file: `incidents/f${i % 50}.md`, line: i + 1, column: 1, severity: "error", rule: "schema", message: "x".repeat(100) }),
    );
    const big: LintResults = {
      summary: { files: 50, errors: many.length, warnings: 0 },
      files: Array.from({ length: 50 }, (_, f) => ({
        file: `incidents/f${f}.md`,
        diagnostics: many.filter((d) => d.file === `incidents/f${f}.md`),
      })),
    };
    const text = renderJobSummary(big);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
    const shown = (text.match(/^\| \d+:1 \|/gm) ?? []).length;
    expect(shown).toBeGreaterThan(1000);
    expect(text).toContain(`… and ${(20_000 - shown).toLocaleString("en")} more problems not shown here`);
  });
});

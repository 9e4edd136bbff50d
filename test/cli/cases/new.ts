/** `lessonbook new`. */
import path from "node:path";
import { expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { type CliCase } from "./shared.js";

export const NEW_CASES: CliCase[] = [
  {
    name: "new writes a draft that lints clean, and prints its path",
    argv: ["new", "Campaña de Navidad: código al 90%", "--owner", "Lucía"],
    code: 0,
    stdout: ["incidents/2026/2026-11-23-campana-de-navidad-codigo-al-90.md\n"],
    check: (_run, cwd) => {
      const text = readFileSync(path.join(cwd, "incidents/2026/2026-11-23-campana-de-navidad-codigo-al-90.md"), "utf8");
      expect(text).toContain('title: "Campaña de Navidad: código al 90%"');
      expect(text).toContain("## What happened");
      expect(text).toContain('owner: "Lucía"');
    },
  },
  {
    name: "new --lang es uses Spanish headings",
    argv: ["new", "Respuesta sarcástica", "--lang", "es", "--severity", "high", "--channel", "x,instagram", "--date", "2026-02-03"],
    code: 0,
    stdout: ["incidents/2026/2026-02-03-respuesta-sarcastica.md"],
    check: (_run, cwd) => {
      const text = readFileSync(path.join(cwd, "incidents/2026/2026-02-03-respuesta-sarcastica.md"), "utf8");
      expect(text).toMatch(/## Resumen[\s\S]*## Qué pasó[\s\S]*## Causa raíz[\s\S]*## Lecciones aprendidas/);
      expect(text).toContain("severity: high");
      expect(text).toContain("channels: [x, instagram]");
      expect(text).toContain("started: 2026-02-03");
    },
  },
  {
    name: "new never overwrites an existing file",
    files: { "incidents/2026/2026-11-23-promo-code.md": "keep me" },
    argv: ["new", "Promo code"],
    code: 1,
    stderr: ["already exists; nothing was written"],
    check: (_run, cwd) => {
      expect(readFileSync(path.join(cwd, "incidents/2026/2026-11-23-promo-code.md"), "utf8")).toBe("keep me");
      expect(readdirSync(path.join(cwd, "incidents/2026"))).toEqual(["2026-11-23-promo-code.md"]);
    },
  },
  { name: "new without a title and without a terminal exits 2", argv: ["new"], code: 2, stderr: ["A title is needed"] },
  {
    name: "new rejects an unknown severity",
    argv: ["new", "X", "--severity", "huge"],
    code: 2,
    stderr: ["--severity must be one of critical, high, medium, low"],
  },
];

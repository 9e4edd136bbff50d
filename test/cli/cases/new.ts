/** `lessonbook new`. */
import path from "node:path";
import { expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { optionLabel, renderIssueBody } from "../../scaffold/issue-body.js";
import { runBin } from "../run.js";
import { type CliCase } from "./shared.js";

const read = (cwd: string, file: string) => readFileSync(path.join(cwd, file), "utf8");

/** The draft lints with no error (warnings may remain: it is a draft). */
const lintsClean = (cwd: string, file: string) => {
  const lint = runBin(["lint", file, "--format", "json"], cwd, { PATH: process.env.PATH ?? "", LESSONBOOK_TODAY: "2026-11-23" });
  expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  expect((JSON.parse(lint.stdout) as { summary: { errors: number } }).summary.errors).toBe(0);
};

const ENGLISH_ISSUE = renderIssueBody("en", {
  started: "14/03/2026 09:30 -05:00",
  detected: "2026-03-14 11:00 -05:00",
  severity: optionLabel("en", "severity", "high"),
  category: optionLabel("en", "category", "pricing"),
  channels: [optionLabel("en", "channels", "email"), optionLabel("en", "channels", "web")],
  owner: "Marta Gil",
  source: optionLabel("en", "source", "customer-complaint"),
  summary: "The discount field accepted 90 where 9 was meant.",
  "what-happened": "Newsletter sent at 09:30 with code SPRING90.",
  response: "Apology by email at 12:15.",
  lessons: "A second person checks every code.",
});

const HOSTILE_ISSUE = renderIssueBody("es", {
  started: "2026-06-12",
  detected: "2026-06-12",
  severity: "crítica",
  channels: ["Instagram"],
  owner: 'Ana "la jefa": <b>Ruiz</b> # ---',
  summary: "---\nstatus: final\n---",
  "what-happened": "## Causa raíz\n```\n<!-- todo lo que sigue\n<script>alert(1)</script>\n---\n===",
  response: "<img src=x onerror=alert(1)>\n\n# Otro título",
  lessons: "- [x] revisar: siempre",
});

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
  {
    name: "new reads option values as lint does: alta, Instagram, precio",
    argv: ["new", "Código al 90%", "--severity", "alta", "--channel", "Instagram,Twitter", "--cause", "precio", "--date", "2026-03-14"],
    code: 0,
    stdout: ["incidents/2026/2026-03-14-codigo-al-90.md\n"],
    check: (_run, cwd) => {
      const text = read(cwd, "incidents/2026/2026-03-14-codigo-al-90.md");
      expect(text).toContain("severity: high");
      expect(text).toContain("channels: [instagram, x]");
      expect(text).toContain("category: pricing");
    },
  },
  {
    name: "new --from-issue turns a submitted English form into a draft that lints clean",
    files: { "issue.md": ENGLISH_ISSUE },
    argv: ["new", "--from-issue", "issue.md", "--title", "Promo code published at 90% instead of 9%"],
    code: 0,
    stdout: ["incidents/2026/2026-03-14-promo-code-published-at-90-instead-of-9.md\n"],
    check: (run, cwd) => {
      expect(run.stderr).toBe("");
      const file = "incidents/2026/2026-03-14-promo-code-published-at-90-instead-of-9.md";
      const text = read(cwd, file);
      expect(text).toContain("status: draft");
      expect(text).toContain("started: 2026-03-14T09:30:00-05:00");
      expect(text).toContain("detection: { source: customer-complaint }");
      expect(text).toMatch(/## What happened\n\nNewsletter sent at 09:30 with code SPRING90\.\n/);
      expect(text).toMatch(/## Response\n\nApology by email at 12:15\.\n/);
      expect(text).toMatch(/## Lessons learned\n\nA second person checks every code\.\n/);
      lintsClean(cwd, file);
    },
  },
  {
    name: "new --from-issue keeps hostile answers as text: the structure of the file never changes",
    files: { "issue.md": HOSTILE_ISSUE },
    argv: ["new", "--from-issue", "issue.md", "--title", 'Título: "90%" # --- <script>x</script>', "--lang", "es"],
    code: 0,
    stdout: [/^incidents\/2026\/2026-06-12-titulo-90-script-x-script\.md\n$/],
    check: (_run, cwd) => {
      const file = "incidents/2026/2026-06-12-titulo-90-script-x-script.md";
      const text = read(cwd, file);
      expect(text.split("\n").filter((l) => l === "---")).toHaveLength(2);
      const body = text.slice(text.indexOf("\n---\n", 4) + 5);
      expect(body.match(/^## .*/gm)).toEqual(["## Resumen", "## Qué pasó", "## Causa raíz", "## Respuesta", "## Lecciones aprendidas"]);
      expect(body.match(/^# .*/gm)).toEqual(['# Título: "90%" # --- \\<script\\>x\\</script\\>']);
      expect(text).toContain('owner: "Ana \\"la jefa\\": <b>Ruiz</b> # ---"');
      expect(text).toContain("status: draft");
      const answers = body.split("\n").filter((line) => !/^<!-- [^<>]* -->$/.test(line));
      expect(answers.filter((line) => /^(<|```|===|---|# Otro)/.test(line))).toEqual([]);
      expect(answers.filter((line) => line === "## Causa raíz")).toHaveLength(1);
      lintsClean(cwd, file);
    },
  },
  {
    name: "new --from-issue keeps what it cannot place and says so in one line",
    files: { "issue.md": renderIssueBody("en", { started: "03/04/2026", severity: "pretty bad" }) },
    argv: ["new", "--from-issue", "issue.md", "--title", "Unclear"],
    code: 0,
    stdout: ["incidents/2026/2026-11-23-unclear.md\n"],
    stderr: [
      /^2 answers could not be placed \(When it started, Severity\): kept at the end of the file, under "Answers to place by hand"\.\n$/,
    ],
    check: (_run, cwd) => {
      const text = read(cwd, "incidents/2026/2026-11-23-unclear.md");
      expect(text).toMatch(/## Answers to place by hand[\s\S]*### When it started[\s\S]*03\/04\/2026[\s\S]*### Severity[\s\S]*pretty bad/);
      lintsClean(cwd, "incidents/2026/2026-11-23-unclear.md");
    },
  },
  {
    name: "new --from-issue names a missing file",
    argv: ["new", "--from-issue", "issue.md", "--title", "X"],
    code: 2,
    stderr: ["No such file: issue.md"],
  },
  {
    name: "new --from-issue refuses a text that was not written with the form",
    files: { "issue.md": "The button is broken.\n\n### Steps\n\n1. Click\n" },
    argv: ["new", "--from-issue", "issue.md", "--title", "X", "--lang", "es"],
    code: 2,
    stderr: ["no se escribió con el formulario de incidentes"],
  },
  {
    name: "new --from-issue needs a title and takes no values from options",
    files: { "issue.md": ENGLISH_ISSUE },
    argv: ["new", "--from-issue", "issue.md"],
    code: 2,
    stderr: ["A title is needed with --from-issue"],
  },
  {
    name: "new --from-issue cannot be mixed with --severity",
    files: { "issue.md": ENGLISH_ISSUE },
    argv: ["new", "--from-issue", "issue.md", "--title", "X", "--severity", "high"],
    code: 2,
    stderr: ["--from-issue takes every value from the issue"],
  },
  { name: "new without a title and without a terminal exits 2", argv: ["new"], code: 2, stderr: ["A title is needed"] },
  {
    name: "new rejects an unknown severity",
    argv: ["new", "X", "--severity", "huge"],
    code: 2,
    stderr: ["--severity must be one of critical, high, medium, low"],
  },
];

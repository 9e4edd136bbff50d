/** `lessonbook init`. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { RULE_IDS } from "../../../src/rules/index.js";
import { loadConfig } from "../../../src/io/config.js";
import { type CliCase } from "./shared.js";

const FILES = [
  "lessonbook.config.json",
  "incidents/README.md",
  ".github/workflows/incidents.yml",
  ".github/ISSUE_TEMPLATE/incident.yml",
  ".github/workflows/incident-from-issue.yml",
];
const read = (cwd: string, file: string) => readFileSync(path.join(cwd, file), "utf8");

export const INIT_CASES: CliCase[] = [
  {
    name: "init --help lists the files it writes",
    argv: ["init", "--help"],
    code: 0,
    stdout: ["Usage: lessonbook init", ".github/ISSUE_TEMPLATE/incident.yml", "--pages"],
  },
  {
    name: "init writes each file once, one line per file, and the configuration loads",
    argv: ["init"],
    code: 0,
    stdout: [
      ...FILES.map((f) => `created ${f}\n`),
      "no package.json here",
      '"lint:incidents": "lessonbook lint"',
      'create the label "incident"',
    ],
    notStdout: ["incidents-site.yml"],
    check: (_run, cwd) => {
      expect(loadConfig(cwd, RULE_IDS).lang).toBe("en");
      expect(JSON.parse(read(cwd, "lessonbook.config.json"))).toEqual({
        $schema: "./node_modules/lessonbook/schemas/config.schema.json",
        lang: "en",
      });
      expect(read(cwd, "incidents/README.md")).toMatch(/^# Incidents\n/);
    },
  },
  {
    name: "init --lang es --pages writes Spanish words and the Pages workflow, and adds the npm scripts",
    files: { "package.json": '{\n  "name": "acme",\n  "private": true\n}\n' },
    argv: ["init", "--lang", "es", "--pages"],
    code: 0,
    stdout: [
      "creado .github/workflows/incidents-site.yml\n",
      "actualizado package.json: se añadieron los scripts de npm report, lint:incidents\n",
      "Settings > Pages",
    ],
    check: (_run, cwd) => {
      expect(read(cwd, "package.json")).toBe(
        '{\n  "name": "acme",\n  "private": true,\n  "scripts": {\n    "report": "lessonbook report",\n    "lint:incidents": "lessonbook lint"\n  }\n}\n',
      );
      expect(read(cwd, ".github/ISSUE_TEMPLATE/incident.yml")).toContain("label: Cuándo empezó");
      expect(read(cwd, "incidents/README.md")).toMatch(/^# Incidentes\n/);
      expect(JSON.parse(read(cwd, "lessonbook.config.json")).lang).toBe("es");
    },
  },
  {
    name: "init keeps every file that exists, and the team's own scripts",
    files: {
      "lessonbook.config.json": '{ "lang": "es", "html": true }\n',
      ".github/workflows/incidents.yml": "# ours\n",
      "package.json": '{"scripts":{"report":"node tools/report.js"}}',
    },
    argv: ["init", "--lang", "en"],
    code: 0,
    stdout: [
      "kept lessonbook.config.json: it already exists",
      "kept .github/workflows/incidents.yml: it already exists",
      "created .github/ISSUE_TEMPLATE/incident.yml\n",
      "updated package.json: added the npm script lint:incidents\n",
      'kept package.json: its script "report" runs "node tools/report.js"',
    ],
    check: (_run, cwd) => {
      expect(read(cwd, "lessonbook.config.json")).toBe('{ "lang": "es", "html": true }\n');
      expect(read(cwd, ".github/workflows/incidents.yml")).toBe("# ours\n");
      expect(read(cwd, "package.json")).toBe('{"scripts":{"report":"node tools/report.js","lint:incidents":"lessonbook lint"}}');
    },
  },
  {
    name: "init prints the scripts instead of touching a package.json it cannot read safely",
    files: { "package.json": "{ name: 'acme' }\n" },
    argv: ["init"],
    code: 0,
    stdout: ["add these npm scripts to it by hand", '"report": "lessonbook report",'],
    check: (_run, cwd) => expect(read(cwd, "package.json")).toBe("{ name: 'acme' }\n"),
  },
  { name: "init rejects a file name", argv: ["init", "incidents"], code: 2, stderr: ['Unexpected argument "incidents"'] },
];

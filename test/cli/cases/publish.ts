/** `lessonbook report` and `lessonbook build`. */
import type { CliCase } from "./shared.js";

export const PUBLISH_CASES: CliCase[] = [
  { name: "report --help", argv: ["report", "--help"], code: 0, stdout: ["--quarter", "--format <md|json|html>"] },
  { name: "build --help", argv: ["build", "--help"], code: 0, stdout: ["--check", "--html"] },
  {
    name: "report --help in Spanish",
    argv: ["report", "--help", "--lang", "es"],
    code: 0,
    stdout: ["Uso: lessonbook report", "--quarter"],
  },
  {
    name: "report on an incidents folder with no incident yet says so and exits 0",
    files: { "incidents/README.md": "# Incidents\n" },
    argv: ["report"],
    code: 0,
    stdout: ["No incident yet in incidents"],
  },
  {
    name: "report on incidents that are all unusable exits 2 and says why each was left out",
    files: { "incidents/2026-01-01-bad.md": "no front-matter here\n" },
    argv: ["report"],
    code: 2,
    stderr: ["incidents/2026-01-01-bad.md:1:1", "No valid incident to report on"],
  },
];

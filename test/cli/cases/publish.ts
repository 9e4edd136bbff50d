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
];

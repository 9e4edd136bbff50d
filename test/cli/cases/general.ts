/** The program itself: help, version, unknown commands. */
import { type CliCase } from "./shared.js";

export const GENERAL_CASES: CliCase[] = [
  { name: "no command prints help and exits 2", argv: [], code: 2, stdout: ["Usage: lessonbook <command>"] },
  { name: "--help exits 0", argv: ["--help"], code: 0, stdout: ["lint [paths...]", 'new "<title>"'] },
  { name: "--version prints the package version", argv: ["--version"], code: 0, stdout: [/^\d+\.\d+\.\d+\n$/] },
  { name: "unknown command exits 2", argv: ["lnt"], code: 2, stderr: ['Unknown command "lnt"'] },
];

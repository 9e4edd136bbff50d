/** What every part of the CLI table shares: the case shape, a valid incident and its variants. */
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { validIncident } from "../../support/valid.js";
import type { Run } from "../run.js";

export const ID = "2026-03-14-promo-code-at-90-percent";
export const VALID = `incidents/2026/${ID}.md`;
export const valid = validIncident();
export const invalid = valid.replace("severity: high", "severity: hihg");
export const overdue = valid.replace("status: done\n        done: 2026-04-20\n", "status: open\n");
export const MARKER = path.join(tmpdir(), `lessonbook-js-marker-${process.pid}`);

export interface CliCase {
  name: string;
  files?: Record<string, string | Uint8Array>;
  argv: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: (string | RegExp)[];
  notStdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  /** Extra checks on the output and the working directory after the run. */
  check?: (run: Run, cwd: string) => void;
}

/** No stack trace, whatever went wrong. */
export const noStack = (run: Run) => {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).not.toMatch(/\n\s+at /);
};

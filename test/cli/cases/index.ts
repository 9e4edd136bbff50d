/**
 * One table of CLI cases, run in-process through `main()` and through the real bin by cli.test.ts. Each
 * command keeps its cases in a file of its own here.
 */
import { GENERAL_CASES } from "./general.js";
import { INIT_CASES } from "./init.js";
import { LINT_CASES } from "./lint.js";
import { NEW_CASES } from "./new.js";
import { PUBLISH_CASES } from "./publish.js";
import type { CliCase } from "./shared.js";

export type { CliCase } from "./shared.js";

export const CASES: CliCase[] = [...GENERAL_CASES, ...LINT_CASES, ...NEW_CASES, ...PUBLISH_CASES, ...INIT_CASES];

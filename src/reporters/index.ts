import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

export type { Reporter, ReporterOptions, ToolInfo } from "./types.js";

export type ReporterName = "stylish" | "json" | "github" | "sarif" | "junit";
export const REPORTERS: Record<ReporterName, Reporter> = { stylish, json, github, sarif, junit };
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

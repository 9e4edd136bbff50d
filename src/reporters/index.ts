import { github } from "./github.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

export type { Reporter, ReporterOptions } from "./types.js";

export type ReporterName = "stylish" | "json" | "github";
export const REPORTERS: Record<ReporterName, Reporter> = { stylish, json, github };
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

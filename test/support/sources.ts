/**
 * Files as the engine is given them, without loading the exact Markdown parser (unlike `lint.ts`): the
 * engine's tests need it unloaded.
 */
import type { Source } from "../../src/lint/index.js";
import { validIncident } from "./valid.js";

export const encode = (file: string, text: string): Source => ({ file, bytes: new TextEncoder().encode(text) });

/** Files of every kind: valid, with warnings, with errors, with no front-matter, unreadable, sharing an id. */
export const FILES_OF_EVERY_KIND: readonly Source[] = [
  encode("incidents/a.md", validIncident("a")),
  encode("incidents/b.md", validIncident("b").replace("due: 2026-04-30", "due: 2020-01-01")),
  encode("incidents/c.md", validIncident("c").replace("severity: high", "severity: huge")),
  encode("incidents/d.md", "no front-matter here\n"),
  { file: "incidents/e.md", error: { messageId: "permission-denied", data: { code: "EACCES" } } },
  encode("incidents/f.md", validIncident("f").replace("## Root cause", "## Cause")),
  encode("incidents/g.md", validIncident("a")),
  encode("incidents/h.md", validIncident("h").replace("title: ", "title:\n  - ")),
];

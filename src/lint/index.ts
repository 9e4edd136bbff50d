export { type FileLint, Linter, type LinterOptions, lintSources, lintWithParser, type Source, summarize } from "./engine.js";
export { type Focus, focusResults } from "./focus.js";

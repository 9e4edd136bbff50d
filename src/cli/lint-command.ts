import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { UsageError } from "../io/files.js";
import { focusResults, lintDocuments } from "../lint/index.js";
import type { FileResult, LintResults } from "../model/index.js";
import { REPORTER_NAMES, REPORTERS, type ReporterName } from "../reporters/index.js";
import { RULE_IDS, RULES } from "../rules/index.js";
import { changesSince, repositoryRoot } from "../io/git.js";
import { appendStepSummary, stepSummaryRoom } from "../io/summary.js";
import { encodePath } from "../render/url.js";
import { renderJobSummary } from "../render/job-summary.js";
import { HOMEPAGE, packageVersion } from "../io/package-info.js";
import { loadWithContext } from "./corpus.js";
import { EXIT, type MainOptions, useColor } from "./io.js";

export const LINT_HELP = `Usage: lessonbook lint [paths...] [options]

Checks incident files (default: the configured paths, else incidents/).
Paths may be files, folders or globs.

Options:
  -f, --format <name>     stylish (default), json, github, sarif or junit
      --changed-since <ref>  report only on files changed since a git ref (committed or not);
                          the whole corpus is still read for unique ids and related incidents
      --max-warnings <n>  exit 1 when there are more than n warnings
  -q, --quiet             report errors only
  -c, --config <file>     configuration file (default: lessonbook.config.json)
      --color / --no-color  force or disable colour
  -h, --help              show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage or a failure of lessonbook.
Under GITHUB_ACTIONS=true, annotations are printed after the stylish output and every problem is
added to the job summary ($GITHUB_STEP_SUMMARY).
`;

function withoutWarnings(results: LintResults): LintResults {
  const files: FileResult[] = results.files.map((f) => ({
    file: f.file,
    diagnostics: f.diagnostics.filter((d) => d.severity === "error"),
  }));
  return { summary: { ...results.summary, warnings: 0 }, files };
}

export async function lintCommand(args: readonly string[], io: MainOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      "changed-since": { type: "string" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      config: { type: "string", short: "c" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(LINT_HELP);
    return EXIT.ok;
  }
  const format = (values.format ?? "stylish") as ReporterName;
  if (!REPORTER_NAMES.includes(format)) throw new UsageError(`Unknown format "${values.format}"; use one of ${REPORTER_NAMES.join(", ")}.`);
  let maxWarnings = Number.POSITIVE_INFINITY;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`--max-warnings takes a whole number 0 or more; found "${values["max-warnings"]}".`);
  }
  const config = loadConfig(io.cwd, RULE_IDS, values.config);
  const changes = values["changed-since"] !== undefined ? changesSince(values["changed-since"], io.cwd) : null;
  const { docs, named } = await loadWithContext(positionals, config.paths, io.cwd);
  const corpus = lintDocuments(docs, { config, today: today(io.env) });
  // Named files and a git change narrow what is reported, never what the cross-file rules see.
  const changed = changes && named ? new Set([...changes.changed].filter((f) => named.has(f))) : (changes?.changed ?? named);
  const focused = changed ? focusResults(corpus, { changed, removedIds: new Set(changes?.removed.map(idOfPath) ?? []) }) : corpus;
  const results = values.quiet ? withoutWarnings(focused) : focused;
  const root = format === "sarif" || io.env.GITHUB_ACTIONS === "true" ? repositoryRoot(io.cwd) : null;
  const repoPath = (file: string) => (root ? path.relative(root, path.resolve(io.cwd, file)).split(path.sep).join("/") : file);
  const options = {
    color: values["no-color"] ? false : values.color ? true : useColor(io.env, io.stdout),
    tool: { name: "lessonbook", version: packageVersion(), informationUri: HOMEPAGE, rules: RULES },
    repoPath,
  };
  io.stdout.write(REPORTERS[format](results, options));
  if (io.env.GITHUB_ACTIONS === "true" && format === "stylish") {
    io.stdout.write(REPORTERS.github(results, { ...options, color: false }));
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = io.env;
    const lineLink =
      server && repo && sha
        ? (file: string, line: number) => `${server}/${repo}/blob/${sha}/${encodePath(repoPath(file))}#L${line}`
        : undefined;
    const room = stepSummaryRoom(io.env);
    if (room !== null)
      appendStepSummary(io.env, renderJobSummary(results, { repoPath, maxBytes: room, ...(lineLink ? { lineLink } : {}) }));
  }
  if (results.summary.errors > 0) return EXIT.problems;
  if (results.summary.warnings > maxWarnings) {
    io.stderr.write(`lessonbook: ${results.summary.warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** Incident files are named after their id. */
function idOfPath(file: string): string {
  return path.posix.basename(file).replace(/\.md$/i, "");
}

import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { UsageError } from "../model/errors.js";
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
import { type Context, EXIT, useColor } from "./io.js";

function withoutWarnings(results: LintResults): LintResults {
  const files: FileResult[] = results.files.map((f) => ({
    file: f.file,
    diagnostics: f.diagnostics.filter((d) => d.severity === "error"),
  }));
  return { summary: { ...results.summary, warnings: 0 }, files };
}

export async function lintCommand(args: readonly string[], io: Context): Promise<number> {
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
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(io.t("lint.help"));
    return EXIT.ok;
  }
  const format = (values.format ?? "stylish") as ReporterName;
  if (!REPORTER_NAMES.includes(format))
    throw new UsageError("lint.bad-format", { format: values.format ?? "", formats: REPORTER_NAMES.join(", ") });
  let maxWarnings = Number.POSITIVE_INFINITY;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError("lint.bad-max-warnings", { value: values["max-warnings"] });
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
    io.stderr.write(`${io.t("lint.too-many-warnings", { count: results.summary.warnings, max: maxWarnings })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** Incident files are named after their id. */
function idOfPath(file: string): string {
  return path.posix.basename(file).replace(/\.md$/i, "");
}

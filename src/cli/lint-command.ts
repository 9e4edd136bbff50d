import path from "node:path";
import { parseArgs } from "node:util";
import { formatDay } from "../dates/index.js";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { readBatches, readSources } from "../io/files.js";
import { writeFixed } from "../io/fix-write.js";
import { changesSince, repositoryRoot } from "../io/git.js";
import { HOMEPAGE, packageVersion } from "../io/package-info.js";
import { checkOutputFile } from "../io/paths.js";
import { appendStepSummary, stepSummaryRoom } from "../io/summary.js";
import { focusResults, Linter, lintWithParser } from "../lint/index.js";
import { UsageError } from "../model/errors.js";
import { idInFileName } from "../model/file-id.js";
import type { LintResults } from "../model/index.js";
import { readIdentity } from "../parse/index.js";
import { renderJobSummary } from "../render/job-summary.js";
import { encodePath } from "../render/url.js";
import { REPORTER_NAMES, REPORTERS, type ReporterName } from "../reporters/index.js";
import { RULE_IDS, RULES, type RunContext } from "../rules/index.js";
import { incidentFieldNames } from "../schema/index.js";
import type { StoredLintCache } from "../io/lint-cache.js";
import { incidentFiles } from "./corpus.js";
import { type Context, EXIT, systemReason, useColor, writePieces } from "./io.js";

function withoutWarnings(results: LintResults): LintResults {
  return {
    summary: { ...results.summary, warnings: 0 },
    files: results.files.map((f) => ({ file: f.file, diagnostics: f.diagnostics.filter((d) => d.severity === "error") })),
  };
}

export async function lintCommand(args: readonly string[], io: Context): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      fix: { type: "boolean" },
      "fix-dry-run": { type: "boolean" },
      "changed-since": { type: "string" },
      "max-warnings": { type: "string" },
      cache: { type: "boolean" },
      "cache-location": { type: "string" },
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
  const config = loadConfig(io.cwd, RULE_IDS, values.config, io.lang);
  const run = { config, today: today(io.env), lang: io.lang };
  const changes = values["changed-since"] !== undefined ? changesSince(values["changed-since"], io.cwd) : null;
  const named = await incidentFiles(positionals, config.paths, io.cwd);
  if (named.length === 0) {
    io.stdout.write(`${io.t("files.none-yet", { paths: config.paths.join(", ") })}\n`);
    return EXIT.ok;
  }
  // Named files and a git change narrow what is reported, never what the cross-file rules see: the rest of
  // the corpus is read for its ids only.
  const namedSet = positionals.length ? new Set(named) : null;
  const focus = changes ? new Set([...changes.changed].filter((f) => !namedSet || namedSet.has(f))) : namedSet;
  const corpus = focus ? await incidentFiles([], config.paths, io.cwd).catch(() => [] as string[]) : named;
  const everything = [...new Set([...named, ...corpus])].sort();
  const checked = focus ? everything.filter((f) => focus.has(f)) : named;
  const fixing = values.fix === true || values["fix-dry-run"] === true;
  // Fixes change the files: a run with --fix neither reads nor saves the cache.
  const cache = values.cache && !fixing ? await openCache(io, values["cache-location"], run) : undefined;
  const linter = new Linter(run, { parse: { fields: incidentFieldNames() }, fix: fixing, ...(cache ? { cache: cache.cache } : {}) });
  const diffs: string[] = [];
  for (const batch of readBatches(checked, io.cwd)) {
    const fresh = cache ? batch.filter((source) => !linter.reuse(source)) : batch;
    if (fresh.length === 0) continue;
    const outcomes = await lintWithParser(linter, fresh);
    for (const [i, outcome] of outcomes.entries()) {
      const source = fresh[i]!;
      if (outcome.output === undefined || !("bytes" in source)) continue;
      if (values["fix-dry-run"]) {
        const { unifiedDiff } = await import("../reporters/diff.js");
        diffs.push(unifiedDiff(source.file, Buffer.from(source.bytes).toString("utf8"), outcome.output));
      } else if (writeFixed(io.cwd, source.file, source.bytes, outcome.output) === "changed-on-disk")
        io.stderr.write(`${io.t("lint.fix-skipped", { file: source.file })}\n`);
    }
  }
  if (focus) {
    for (const source of readSources(
      everything.filter((file) => !focus.has(file)),
      io.cwd,
    ))
      linter.context(source, "bytes" in source ? readIdentity(Buffer.from(source.bytes).toString("utf8")) : null);
  }
  const all = linter.finish();
  const focused = focus ? focusResults(all, { changed: focus, removedIds: new Set(changes?.removed.map(idInFileName) ?? []) }) : all;
  const results = values.quiet ? withoutWarnings(focused) : focused;
  const root = format === "sarif" || io.env.GITHUB_ACTIONS === "true" ? repositoryRoot(io.cwd) : null;
  const repoPath = (file: string) => (root ? path.relative(root, path.resolve(io.cwd, file)).split(path.sep).join("/") : file);
  const options = {
    color: values["no-color"] ? false : values.color ? true : useColor(io.env, io.stdout),
    lang: io.lang,
    tool: { name: "lessonbook", version: packageVersion(), informationUri: HOMEPAGE, rules: RULES },
    repoPath,
  };
  if (format === "stylish") for (const diff of diffs) io.stdout.write(diff);
  await writePieces(io.stdout, REPORTERS[format](results, options));
  if (io.env.GITHUB_ACTIONS === "true" && format === "stylish") {
    await writePieces(io.stdout, REPORTERS.github(results, { ...options, color: false }));
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = io.env;
    const lineLink =
      server && repo && sha
        ? (file: string, line: number) => `${server}/${repo}/blob/${sha}/${encodePath(repoPath(file))}#L${line}`
        : undefined;
    const room = stepSummaryRoom(io.env);
    if (room !== null)
      appendStepSummary(io.env, renderJobSummary(results, { repoPath, maxBytes: room, lang: io.lang, ...(lineLink ? { lineLink } : {}) }));
  }
  if (cache) saveCache(io, cache, new Set(everything));
  // The exit code comes from every problem found, whatever --quiet hides (as ESLint does).
  if (focused.summary.errors > 0) return EXIT.problems;
  if (focused.summary.warnings > maxWarnings) {
    io.stderr.write(`${io.t("lint.too-many-warnings", { count: focused.summary.warnings, max: maxWarnings })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** Where `lint --cache` keeps what it found, unless `--cache-location` says otherwise. */
const DEFAULT_CACHE = ".lessonbookcache";

interface OpenCache {
  cache: StoredLintCache;
  shown: string;
}

/** The cache for this run: loaded only with --cache, so that a plain lint does not load `node:crypto`. */
async function openCache(io: Context, location: string | undefined, run: RunContext): Promise<OpenCache> {
  const { lintCacheKey, openLintCache } = await import("../io/lint-cache.js");
  // Where any output of lessonbook may be: inside the working directory, never through a symbolic link.
  const file = checkOutputFile(location ?? DEFAULT_CACHE, io.cwd, "--cache-location");
  const shown = path.relative(io.cwd, file) || file;
  // Everything besides a file's bytes and the day that its problems depend on; the cache keeps each
  // file's outcome for the days it holds.
  const key = lintCacheKey({ version: packageVersion(), config: run.config, lang: run.lang, rules: RULE_IDS });
  return { cache: openLintCache(file, key, shown, formatDay(run.today)), shown };
}

/** Saves the cache; a cache that cannot be saved is said on standard error and changes neither the results nor the exit code. */
function saveCache(io: Context, { cache, shown }: OpenCache, keep: ReadonlySet<string>): void {
  try {
    if (cache.save(keep) === "not-ours") io.stderr.write(`${io.t("lint.cache-not-ours", { file: shown })}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = typeof code === "string" ? systemReason(io.t, code) : error instanceof Error ? error.message : String(error);
    io.stderr.write(`${io.t("lint.cache-not-saved", { file: shown, reason })}\n`);
  }
}

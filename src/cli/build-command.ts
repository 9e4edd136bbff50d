import path from "node:path";
import { parseArgs } from "node:util";
import { buildKnowledgeBase } from "../aggregate/index.js";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { applyPlan, planFolder } from "../io/output-folder.js";
import { checkOutputFolder } from "../io/paths.js";
import { renderSite } from "../render/html/site.js";
import { KB_MARK, renderKnowledgeBase } from "../render/kb.js";
import { RULE_IDS } from "../rules/index.js";
import { loadDocuments, skippedLines, validCorpus } from "./corpus.js";
import { EXIT, type MainOptions } from "./io.js";
import { languageOption } from "./options.js";

export const BUILD_HELP = `Usage: lessonbook build [paths...] [options]

Writes the lessons-learned knowledge base: kb/README.md, a page per cause and per channel, all lessons,
the action tracker, recurring causes and tags. Only pages lessonbook wrote are ever replaced or removed.

Options:
      --out <dir>       output folder (default: kb)
      --check           write nothing; exit 1 when the folder is not what a build would write
      --html            also write a static site to <out>/site/ (or "html": true in the configuration)
      --lang <en|es>    language of the pages (default: configuration, else en)
      --strict          exit 1 when an incident file was left out because of errors
  -c, --config <file>   configuration file
  -h, --help            show this help
`;

export async function buildCommand(args: readonly string[], io: MainOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      check: { type: "boolean" },
      html: { type: "boolean" },
      lang: { type: "string" },
      strict: { type: "boolean" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(BUILD_HELP);
    return EXIT.ok;
  }
  const config = loadConfig(io.cwd, RULE_IDS, values.config);
  const lang = languageOption(values.lang, config.lang);
  const outDir = checkOutputFolder(values.out ?? "kb", io.cwd, positionals.length ? positionals : config.paths);
  const out = path.relative(io.cwd, outDir).split(path.sep).join("/");
  const docs = await loadDocuments(positionals, config.paths, io.cwd);
  const corpus = validCorpus(docs, { config, today: today(io.env) });
  const model = buildKnowledgeBase(corpus.records, corpus.skipped);
  const pages = renderKnowledgeBase(model, { lang, out });
  if (values.html || config.html) {
    for (const [name, text] of renderSite(model, corpus.records, { lang, out: `${out}/site` })) pages.set(`site/${name}`, text);
  }
  const { files, plan } = planFolder(outDir, pages, KB_MARK);
  io.stderr.write(skippedLines(corpus.skipped));
  if (plan.conflicts.length) {
    for (const name of plan.conflicts)
      io.stderr.write(`lessonbook: ${out}/${name} exists and was not written by lessonbook build; it was left as it is.\n`);
    io.stderr.write(`lessonbook: nothing was written; move those files or choose another --out.\n`);
    return EXIT.usage;
  }
  const changes = plan.write.length + plan.stale.length;
  if (values.check) {
    for (const name of plan.write) io.stdout.write(`${out}/${name} is out of date\n`);
    for (const name of plan.stale) io.stdout.write(`${out}/${name} is no longer produced\n`);
    io.stdout.write(changes ? `${out}/ is not up to date; run lessonbook build.\n` : `${out}/ is up to date.\n`);
    return changes ? EXIT.problems : EXIT.ok;
  }
  applyPlan(outDir, files, plan);
  io.stdout.write(
    `${out}/: ${pages.size} pages, ${plan.write.filter((n) => files.has(n) && pages.has(n)).length} written, ${plan.stale.length} removed, from ${corpus.records.length} incidents.\n`,
  );
  return values.strict && corpus.skipped.length ? EXIT.problems : EXIT.ok;
}

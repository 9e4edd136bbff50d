import path from "node:path";
import { parseArgs } from "node:util";
import { buildKnowledgeBase } from "../aggregate/index.js";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { openOutput } from "../io/output-folder.js";
import { checkOutputFolder } from "../io/paths.js";
import { renderSite } from "../render/html/site.js";
import { renderKnowledgeBase } from "../render/kb.js";
import { RULE_IDS } from "../rules/index.js";
import { readCorpus, skippedLines } from "./corpus.js";
import { type Context, EXIT } from "./io.js";

export async function buildCommand(args: readonly string[], io: Context): Promise<number> {
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
    io.stdout.write(io.t("build.help"));
    return EXIT.ok;
  }
  const config = loadConfig(io.cwd, RULE_IDS, values.config, io.lang);
  const lang = io.lang;
  const outDir = checkOutputFolder(values.out ?? "kb", io.cwd, positionals.length ? positionals : config.paths);
  const out = path.relative(io.cwd, outDir).split(path.sep).join("/");
  const corpus = await readCorpus({
    args: positionals,
    cwd: io.cwd,
    run: { config, today: today(io.env), lang: io.lang },
    keepBodies: Boolean(values.html || config.html),
  });
  const model = buildKnowledgeBase(corpus.records, corpus.skipped);
  const pages = renderKnowledgeBase(model, { lang, out });
  if (values.html || config.html) {
    for (const [name, text] of renderSite(model, corpus.records, { lang, out: `${out}/site` })) pages.set(`site/${name}`, text);
  }
  const output = openOutput(outDir, "lessonbook build", { check: values.check === true, shown: out });
  for (const [name, text] of pages) output.put(name, text);
  const plan = output.plan();
  io.stderr.write(skippedLines(corpus.skipped, io.t));
  if (plan.conflicts.length) {
    for (const name of plan.conflicts) io.stderr.write(`${io.t("build.conflict", { file: `${out}/${name}` })}\n`);
    io.stderr.write(`${io.t("build.nothing-written")}\n`);
    return EXIT.usage;
  }
  const changes = plan.write.length + plan.stale.length;
  if (values.check) {
    for (const name of plan.write) io.stdout.write(`${io.t("build.out-of-date", { file: `${out}/${name}` })}\n`);
    for (const name of plan.stale) io.stdout.write(`${io.t("build.no-longer-produced", { file: `${out}/${name}` })}\n`);
    io.stdout.write(`${io.t(changes ? "build.not-up-to-date" : "build.up-to-date", { out })}\n`);
    return changes ? EXIT.problems : EXIT.ok;
  }
  output.commit();
  const written = plan.write.filter((n) => pages.has(n)).length;
  io.stdout.write(
    `${io.t("build.done", { out, pages: pages.size, written, removed: plan.stale.length, incidents: corpus.records.length })}\n`,
  );
  return values.strict && corpus.skipped.length ? EXIT.problems : EXIT.ok;
}

// npm run bench [-- --files 10000 --runs 5]: times `lessonbook lint` as a whole process against the
// floor (bench/floor.cjs: read every file and parse its front-matter with gray-matter, nothing else),
// alternating the two in one session, and prints medians, the ratio and peak RSS.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.mjs";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { files: { type: "string", default: "10000" }, runs: { type: "string", default: "5" } } });
const files = Number(values.files);
const runs = Number(values.runs);

const work = mkdtempSync(path.join(tmpdir(), "lessonbook-bench-"));
const corpus = path.join(work, "incidents");
writeCorpus(corpus, files);
const rssFile = path.join(work, "rss");
const probe = path.join(root, "bench/rss-probe.cjs");

function timed(args, expectCode) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--require", probe, ...args], {
    cwd: work,
    env: { ...process.env, LESSONBOOK_BENCH_RSS: rssFile, LESSONBOOK_TODAY: "2026-11-23", NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== expectCode) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr || run.stdout.slice(0, 500)}`);
  return { seconds, rssMB: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const bin = path.join(root, "bin/lessonbook.js");
let builds = 0;
const jobs = {
  floor: () => timed([path.join(root, "bench/floor.cjs"), root, corpus], 0),
  lint: () => timed([bin, "lint", "incidents"], 0),
  report: () => timed([bin, "report", "--quarter", "2025-Q2"], 0),
  // A fresh folder each time, so every run writes every page.
  build: () => timed([bin, "build", "--out", `kb-${builds++}`], 0),
};
const samples = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
jobs.floor(); // warm the file cache once, untimed
for (let r = 0; r < runs; r++) for (const [name, job] of Object.entries(jobs)) samples[name].push(job());

const floor = median(samples.floor.map((s) => s.seconds));
const lint = median(samples.lint.map((s) => s.seconds));
console.log(`corpus: ${files} incidents, ${runs} alternating runs each, node ${process.version}`);
for (const [name, list] of Object.entries(samples)) {
  const secs = median(list.map((s) => s.seconds));
  const rss = Math.max(...list.map((s) => s.rssMB));
  const vsLint = name === "report" || name === "build" ? `  vs lint ${(secs / lint).toFixed(2)}` : "";
  console.log(`${name.padEnd(6)} median ${secs.toFixed(2)} s  ratio ${(secs / floor).toFixed(2)}${vsLint}  peak RSS ${rss.toFixed(0)} MB`);
}
console.log("targets: lint ratio <= 3 and <= 300 MB; report and build <= 2 x lint");
rmSync(work, { recursive: true, force: true });

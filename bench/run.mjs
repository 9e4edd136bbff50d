// npm run bench [-- --files 10000 --runs 3 --shapes plain,rich --commands floor,lint --series 1000,10000,50000 --no-series --no-start-up]
//
// For each corpus shape (bench/corpus.mjs), writes N incidents to a temporary folder and times, as whole
// processes, the floor (bench/floor.cjs: read every file and parse its front-matter, nothing else) and
// `lint`, `report`, `build`, `build --html` (into a new folder), and against the site a first build
// wrote, `build --html --check` and `build --html` again (every page compared, nothing written), alternating
// them run by run so that a noisy machine affects all alike. Prints medians, ratios (to the
// floor, and to lint), peak RSS and CPU time (in user space, and in the kernel, where a slow disk shows).
// Then the lint series at 1k/10k/50k files of the mixed shape, and the start-up cases: `node -e 0`,
// `--help`, one file alone, and one file inside a corpus of N.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SHAPES, writeCorpus } from "./corpus.mjs";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    files: { type: "string", default: "10000" },
    runs: { type: "string", default: "3" },
    shapes: { type: "string", default: SHAPES.join(",") },
    series: { type: "string", default: "1000,10000,50000" },
    "no-series": { type: "boolean" },
    "no-start-up": { type: "boolean" },
    commands: { type: "string", default: "floor,lint,report,build,build --html,build --html --check,build --html again" },
  },
});
const files = Number(values.files);
const runs = Number(values.runs);
const bin = path.join(root, "bin/lessonbook.js");
const probe = path.join(root, "bench/rss-probe.cjs");
const env = { ...process.env, LESSONBOOK_TODAY: "2026-11-23", NO_COLOR: "1", LANG: "C" };

/**
 * Times one process. The disk is settled first (untimed): a build writes hundreds of megabytes, and the
 * run after it would otherwise pay for writing them back.
 */
function timed(cwd, args, okCodes = [0]) {
  spawnSync("sync");
  const rssFile = path.join(cwd, ".rss");
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--require", probe, ...args], {
    cwd,
    env: { ...env, LESSONBOOK_BENCH_RSS: rssFile },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!okCodes.includes(run.status)) throw new Error(`${args.join(" ")} exited ${run.status}: ${(run.stderr || run.stdout).slice(0, 500)}`);
  const usage = JSON.parse(readFileSync(rssFile, "utf8"));
  return { seconds, rssMB: usage.maxRSS / 1024, user: usage.user / 1e6, kernel: usage.system / 1e6 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Alternates the jobs run by run; returns the median seconds (wall, CPU in user space, CPU in the kernel) and the peak RSS of each. */
function measure(jobs) {
  const samples = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  for (const job of Object.values(jobs)) job(); // warm the file cache, untimed
  for (let r = 0; r < runs; r++) for (const [name, job] of Object.entries(jobs)) samples[name].push(job());
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        seconds: median(list.map((s) => s.seconds)),
        user: median(list.map((s) => s.user)),
        kernel: median(list.map((s) => s.kernel)),
        rssMB: Math.max(...list.map((s) => s.rssMB)),
      },
    ]),
  );
}

function corpusJobs(cwd, corpus) {
  let out = 0;
  // A fresh folder each time, so every run writes every page. They are all removed with the corpus, not
  // between runs: on the virtual disk we measured, creating ten thousand files just after removing tens of
  // thousands took twice as long, a cost of the disk that would land on whichever command ran next.
  const build = (...options) => timed(cwd, [bin, "build", ...options, "--out", `kb-${out++}`]);
  // The first site written (by the untimed warm-up): what a team has in its repository once it has built
  // its site, against which CI checks (`--check`) and the next build compares every page.
  let site;
  const upToDate = () => site ?? "kb-none";
  return {
    floor: () => timed(cwd, [path.join(root, "bench/floor.cjs"), root, corpus]),
    lint: () => timed(cwd, [bin, "lint", "incidents"], [0, 1]),
    report: () => timed(cwd, [bin, "report", "--quarter", "2025-Q2"]),
    build: () => build(),
    "build --html": () => {
      site ??= `kb-${out}`;
      return build("--html");
    },
    // Every page made and compared with the site already there, which it matches: nothing is written.
    "build --html --check": () => timed(cwd, [bin, "build", "--html", "--check", "--out", upToDate()], [0, 1]),
    "build --html again": () => timed(cwd, [bin, "build", "--html", "--out", upToDate()]),
  };
}

/**
 * Every folder the benchmark made, removed only at the end: on the virtual disk we measured, removing
 * tens of thousands of files made the next few builds' file creation twice as slow (7 s instead of 3 s
 * for `build --html` of 10,000 incidents), a cost of the disk that would otherwise fall on the next shape.
 */
const made = [];
const removeAll = () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
};

const f2 = (n) => n.toFixed(2);
console.log(
  `lessonbook benchmark: ${files} incidents per shape, ${runs} alternating runs, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `${"shape".padEnd(10)} ${"command".padEnd(20)} ${"median".padStart(8)}  ${"vs floor".padStart(8)}  ${"vs lint".padStart(7)}  ${"peak RSS".padStart(8)}  ${"CPU user".padStart(8)}  ${"kernel".padStart(7)}`,
);
for (const shape of values.shapes.split(",")) {
  const work = mkdtempSync(path.join(tmpdir(), `lessonbook-bench-${shape}-`));
  const corpus = path.join(work, "incidents");
  writeCorpus(corpus, files, shape);
  const chosen = ["floor", "lint", ...values.commands.split(",")]; // the ratios need both
  const result = measure(Object.fromEntries(Object.entries(corpusJobs(work, corpus)).filter(([name]) => chosen.includes(name))));
  for (const [name, r] of Object.entries(result)) {
    const vsLint = name === "floor" || name === "lint" ? "" : f2(r.seconds / result.lint.seconds);
    console.log(
      `${shape.padEnd(10)} ${name.padEnd(20)} ${`${f2(r.seconds)} s`.padStart(8)}  ${f2(r.seconds / result.floor.seconds).padStart(8)}  ${vsLint.padStart(7)}  ${`${r.rssMB.toFixed(0)} MB`.padStart(8)}  ${`${f2(r.user)} s`.padStart(8)}  ${`${f2(r.kernel)} s`.padStart(7)}`,
    );
  }
  made.push(work);
}
console.log("targets: lint <= 2 x floor and <= 250 MB; report and build <= 1.5 x lint; build --html <= 2 x lint and <= 300 MB");

if (!values["no-series"]) {
  console.log("\nlint series (mixed shape): files, median, vs floor, peak RSS, µs per file");
  for (const n of values.series.split(",").map(Number)) {
    const work = mkdtempSync(path.join(tmpdir(), "lessonbook-bench-series-"));
    const corpus = path.join(work, "incidents");
    writeCorpus(corpus, n, "mixed");
    const jobs = corpusJobs(work, corpus);
    const result = measure({ floor: jobs.floor, lint: jobs.lint });
    const { seconds, rssMB } = result.lint;
    console.log(
      `${String(n).padStart(6)}  ${f2(seconds)} s  ${f2(seconds / result.floor.seconds)}  ${rssMB.toFixed(0)} MB  ${((seconds * 1e6) / n).toFixed(0)} µs`,
    );
    made.push(work);
  }
}

console.log("\nstart-up: median seconds");
if (values["no-start-up"]) {
  removeAll();
  process.exit(0);
}
const work = mkdtempSync(path.join(tmpdir(), "lessonbook-bench-start-"));
writeCorpus(path.join(work, "incidents"), files, "mixed");
const one = "incidents/2022/2022-01-01-incident-0.md";
const alone = mkdtempSync(path.join(tmpdir(), "lessonbook-bench-alone-"));
writeCorpus(path.join(alone, "incidents"), 1, "mixed");
const start = measure({
  "node -e 0": () => timed(work, ["-e", "0"]),
  "--help": () => timed(work, [bin, "--help"]),
  "lint <one file>": () => timed(alone, [bin, "lint", one], [0, 1]),
  [`lint <one file> among ${files}`]: () => timed(work, [bin, "lint", one], [0, 1]),
  [`floor (${files} files)`]: () => timed(work, [path.join(root, "bench/floor.cjs"), root, path.join(work, "incidents")]),
});
for (const [name, r] of Object.entries(start)) console.log(`${name.padEnd(28)} ${f2(r.seconds)} s  ${r.rssMB.toFixed(0)} MB`);
const node = start["node -e 0"].seconds;
console.log(
  `targets: --help and one file within 0.15 s of node -e 0 (+${f2(start["--help"].seconds - node)} s, +${f2(start["lint <one file>"].seconds - node)} s); one file among ${files} within the floor + 0.15 s (+${f2(start[`lint <one file> among ${files}`].seconds - start[`floor (${files} files)`].seconds)} s)`,
);
made.push(work, alone);
removeAll();

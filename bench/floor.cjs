// Our copy of ../shared/bench/floor.cjs: the reference floor the benchmark compares lessonbook with.
// The floor for linting: read every .md under DIR and parse its front-matter, in one process, with the
// project's own gray-matter (JavaScript engines denied) — the stack the design names — or, where the
// project has no gray-matter, js-yaml's core schema. Usage: node floor.cjs PROJECT_DIR CORPUS_DIR [--physical]
const fs = require("fs"), path = require("path");
const req = require("module").createRequire(path.join(process.argv[2], "package.json"));
const physical = process.argv.includes("--physical");
let parse;
try {
  if (physical) throw 0;
  const matter = req("gray-matter");
  const deny = () => { throw new Error("denied"); };
  parse = (t) => matter(t, { engines: { js: deny, javascript: deny } }).data;
} catch {
  const yaml = req("js-yaml");
  parse = (t) => yaml.load(t.slice(4, t.indexOf("\n---", 4)), { schema: yaml.CORE_SCHEMA });
}
let n = 0;
(function walk(p) {
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    const q = path.join(p, e.name);
    if (e.isDirectory()) walk(q);
    else if (e.name.endsWith(".md") && parse(fs.readFileSync(q, "utf8")).id) n++;
  }
})(process.argv[3]);
console.log(n);

#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
// The only place that touches `process` for the exit code; everything else is `main`.
// A reader that stops early (`lessonbook rules | head -1`) closes the pipe: end quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
// A build makes many short-lived pages: V8 would let its heap grow to four times what is alive before
// collecting (300 MB for a 10,000-incident site); growing by half keeps it near what is in use, at no
// measurable cost in time. Read by V8 at each collection, so setting it here, before any work, holds.
setFlagsFromString("--heap-growing-percent=50");
// V8's optimizing compiler, by default, copies the functions a hot function calls into it: each
// compilation then costs several times more, on helper threads that share the cores with the tool's
// own. A run of lessonbook is short and runs hundreds of functions a few thousand times each, so that
// cost is rarely paid back; on two cores a site build spent a quarter of its CPU compiling. Without it,
// measured over 10,000 incidents (see "Speed" in the README): `build --html` 3–11 % faster, lint as fast.
setFlagsFromString("--no-turbo-inlining");
// Stack traces in bug reports point at the TypeScript sources when asked for.
if (process.env.LESSONBOOK_DEBUG) process.setSourceMapsEnabled(true);
let main;
try {
  ({ main } = await import("../dist/cli/main.js"));
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    process.stderr.write("lessonbook: not built yet; run `npm ci` (or `npm run build`) in the lessonbook folder.\n");
    process.exit(2);
  }
  throw error;
}
process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});

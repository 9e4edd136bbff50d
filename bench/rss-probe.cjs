// Loaded with --require into each timed process: writes its peak resident set size (KB) on exit.
const fs = require("node:fs");
const out = process.env.LESSONBOOK_BENCH_RSS;
if (out) process.on("exit", () => fs.writeFileSync(out, String(process.resourceUsage().maxRSS)));

// Loaded with --require into each timed process: on exit, writes its peak resident set size (KB) and the
// CPU time of all its threads, in user space and in the kernel (µs), as JSON. The kernel's share is where
// a slow disk shows: creating ten thousand files is kernel time.
const fs = require("node:fs");
const out = process.env.LESSONBOOK_BENCH_RSS;
if (out)
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ maxRSS, user: userCPUTime, system: systemCPUTime }));
  });

// Loaded with --require into a real `lessonbook build` under test. It counts the changes the build makes
// to the file system inside LESSONBOOK_TEST_OUT (writes, renames, removals, new folders). At change
// number LESSONBOOK_TEST_PAUSE_AT it tells the test on file descriptor 3 and then waits forever, so the
// test kills it by its pid at exactly that point: no timer decides where the build stops. With 0 it
// only counts, and reports the total on file descriptor 3 when the build ends.
const fs = require("node:fs");
const { syncBuiltinESMExports } = require("node:module");

const out = process.env.LESSONBOOK_TEST_OUT;
const pauseAt = Number(process.env.LESSONBOOK_TEST_PAUSE_AT);
let count = 0;

function touchesOut(args) {
  return args.slice(0, 2).some((arg) => typeof arg === "string" && (arg === out || arg.startsWith(`${out}/`)));
}

for (const name of ["writeFileSync", "renameSync", "unlinkSync", "rmdirSync", "rmSync", "mkdirSync", "linkSync"]) {
  const original = fs[name];
  fs[name] = function counted(...args) {
    const result = original.apply(this, args);
    if (touchesOut(args) && ++count === pauseAt) {
      fs.writeSync(3, `paused after ${count}: ${name} ${args[0]}\n`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
    return result;
  };
}
// The build imports these functions by name from node:fs; this makes those names see the counting ones.
syncBuiltinESMExports();

if (pauseAt === 0) process.on("exit", () => fs.writeSync(3, `total ${count}\n`));

// Builds dist/ for the bin: one ESM bundle per command, loaded only when the command runs, so that
// `lessonbook --help` and a one-file lint do not pay for loading the whole tool (406 modules from 71
// packages before bundling). Source maps sit beside the bundle; the bin turns them on with LESSONBOOK_DEBUG.
import { rmSync } from "node:fs";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { "cli/main": "src/cli/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  chunkNames: "chunks/[name]-[hash]",
  // Packages that are CommonJS inside an ESM bundle need `require`.
  banner: {
    js: 'import { createRequire as __lessonbookRequire } from "node:module"; const require = __lessonbookRequire(import.meta.url);',
  },
  logLevel: "warning",
  legalComments: "linked",
});

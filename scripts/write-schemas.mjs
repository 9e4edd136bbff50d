// Regenerates schemas/*.json from the Zod schemas. The schemas live in TypeScript sources that the bin's
// bundle does not expose, so this script bundles just them into a temporary module and imports it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "lessonbook-schemas-"));
try {
  const outfile = join(scratch, "schemas.mjs");
  await build({
    absWorkingDir: root,
    stdin: {
      contents: 'export { RULE_IDS } from "./src/rules/index.ts"; export { jsonSchemas } from "./src/schema/json-schema.ts";',
      resolveDir: root,
      loader: "ts",
    },
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "warning",
  });
  const { RULE_IDS, jsonSchemas } = await import(pathToFileURL(outfile).href);
  for (const [name, text] of Object.entries(jsonSchemas(RULE_IDS))) {
    writeFileSync(new URL(`../schemas/${name}`, import.meta.url), text);
    console.log(`schemas/${name}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

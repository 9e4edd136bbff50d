// Regenerates schemas/*.json from the Zod schemas (run `npm run build` first; `npm run schemas` does).
import { writeFileSync } from "node:fs";
import { RULE_IDS } from "../dist/rules/index.js";
import { jsonSchemas } from "../dist/schema/json-schema.js";

for (const [name, text] of Object.entries(jsonSchemas(RULE_IDS))) {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), text);
  console.log(`schemas/${name}`);
}

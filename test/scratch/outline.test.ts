import { it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { scanOutline } from "../../src/parse/markdown.js";
import { splitFrontMatter } from "../../src/parse/front-matter.js";
it("count", () => {
  for (const s of ["plain", "rich", "long", "spanish", "crlf-bom", "flow", "mixed"]) {
    const dir = `/tmp/shapes/${s}/incidents`;
    let total = 0,
      scanned = 0;
    for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (!f.endsWith(".md")) continue;
      const text = readFileSync(path.join(dir, f), "utf8").replace(/^\uFEFF/, "");
      const sp = splitFrontMatter(text);
      if (!sp.ok) continue;
      total++;
      if (scanOutline(sp.value.body, sp.value.bodyLine)) scanned++;
      else if (total - scanned < 2) console.log(s, f);
    }
    console.log(s, scanned, "/", total);
  }
});

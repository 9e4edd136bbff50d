import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseEnv, ROOT, runBin, runInProcess, type Run } from "../cli/run.js";
import { validIncident } from "../support/valid.js";
import { scratch, snapshot, stagingFolders } from "./sandbox.js";

// 251 characters: a valid slug whose site page, `<id>.html`, is one byte over the file system's 255.
const ID = `2026-03-14-${"a".repeat(240)}`;

function corpus(): { top: string; work: string } {
  const { top, work } = scratch();
  cpSync(path.join(ROOT, "incidents"), path.join(work, "incidents"), { recursive: true });
  return { top, work };
}

/** Either the build fails with the plain message naming the page, or (once ids are capped) it skips the file. */
function expectPlainOutcome(run: Run, words: string): boolean {
  expect(run.stderr).not.toMatch(/ENAMETOOLONG|\.lessonbook-staging|\n\s+at |internal error/);
  if (run.code === 0) {
    expect(run.stderr).toContain(`${ID}.md`);
    return false;
  } else {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`kb/site/incidents/${ID}.html`);
    expect(run.stderr).toContain(words);
    return true;
  }
}

describe("an incident id too long for a file name", () => {
  it(`has ${ID.length} characters`, () => expect(ID).toHaveLength(251));

  it("fails build --html with a plain message, writing nothing, in English and Spanish", async () => {
    const { top, work } = corpus();
    expect((await runInProcess(["build", "--html"], work, baseEnv())).code).toBe(0);
    writeFileSync(path.join(work, `incidents/${ID}.md`), validIncident(ID));
    const before = snapshot(top);
    const failed = expectPlainOutcome(
      await runInProcess(["build", "--html"], work, baseEnv()),
      "too long for the file system (256 bytes; the limit is 255)",
    );
    expectPlainOutcome(
      await runInProcess(["build", "--html", "--lang", "es"], work, baseEnv()),
      "demasiado larga para el sistema de archivos (256 bytes; el límite es 255)",
    );
    expect(stagingFolders(path.join(work, "kb"))).toEqual([]);
    // A failed build writes nothing; a build that left the file out (its id is over the schema's cap) wrote
    // the other pages, and nothing outside kb/.
    if (failed) expect(snapshot(top)).toEqual(before);
    else expect(Object.keys(snapshot(top)).filter((f) => !Object.hasOwn(before, f) && !f.includes("kb/"))).toEqual([]);
  });

  it("fails the same way through the real bin, on a first build", () => {
    const { top, work } = corpus();
    writeFileSync(path.join(work, `incidents/${ID}.md`), validIncident(ID));
    const before = snapshot(top);
    if (expectPlainOutcome(runBin(["build", "--html"], work, baseEnv()), "too long for the file system"))
      expect(snapshot(top)).toEqual(before);
  });
});

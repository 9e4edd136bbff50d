import { cpSync, mkdirSync, renameSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST, openOutput } from "../../src/io/output-folder.js";
import { UsageError } from "../../src/model/errors.js";
import { baseEnv, ROOT, runInProcess } from "../cli/run.js";
import { markedPage, PAGES, scratch, snapshot, stagingFolders, writeFiles } from "./sandbox.js";

const version = (tag: string) => Object.fromEntries(PAGES.map((name) => [name, markedPage(name, `${tag} ${name}`)]));

function build(out: string, pages: Record<string, string>, memoryBudget?: number): void {
  const output = openOutput(out, "lessonbook build", { shown: "kb", ...(memoryBudget === undefined ? {} : { memoryBudget }) });
  for (const [name, text] of Object.entries(pages)) output.put(name, text);
  if (output.plan().conflicts.length) throw new Error("conflicts");
  output.commit();
}

/** Every level of the output folder a link can sit at: the folder itself, sub-folders, pages, the manifest. */
const LEVELS = ["", "causes", "site", "site/incidents", "README.md", "causes/pricing.md", "site/index.html", "site/search.js", MANIFEST];

/** Where the link points: a copy in the working directory, a copy outside it, or nowhere. */
const TARGETS = ["inside", "outside", "nowhere"] as const;

describe("a symbolic link anywhere in the output folder is refused, naming it, and nothing is written", () => {
  for (const level of LEVELS) {
    for (const target of TARGETS) {
      for (const earlier of [false, true]) {
        for (const memoryBudget of [0, undefined]) {
          const where = level === "" ? "the folder itself" : level;
          const title = `${where} → ${target}, ${earlier ? "after a build" : "on a first build"}, ${memoryBudget === 0 ? "staging every page" : "pages in memory"}`;
          it(title, () => {
            const { top, out, inside, outside } = scratch();
            const dest = path.join(target === "inside" ? inside : outside, target === "nowhere" ? "missing" : "moved");
            const linkAt = level === "" ? out : path.join(out, level);
            if (earlier) {
              // The worst case: the target holds lessonbook's own marked pages, which a build would replace.
              build(out, version("v1"));
              if (target === "nowhere") rmSync(linkAt, { recursive: true });
              else renameSync(linkAt, dest);
            } else {
              mkdirSync(path.dirname(linkAt), { recursive: true });
              if (target !== "nowhere") cpSync(path.join(ROOT, "package.json"), dest);
            }
            symlinkSync(dest, linkAt);
            const before = snapshot(top);
            let error: unknown;
            try {
              build(out, version("v2"), memoryBudget);
            } catch (caught) {
              error = caught;
            }
            expect(error).toBeInstanceOf(UsageError);
            expect([(error as UsageError).messageId, (error as UsageError).data.link]).toEqual([
              "output.link",
              level ? `kb/${level}` : "kb",
            ]);
            expect(snapshot(top)).toEqual(before);
            expect(stagingFolders(out)).toEqual([]);
          });
        }
      }
    }
  }
});

describe("build refuses links with a plain message, through main", () => {
  const cases: { level: string; id: string; words: string[] }[] = [
    { level: "kb", id: "output.out-is-link", words: ["--out kb is a shortcut (a symbolic link)", "never through shortcuts"] },
    { level: "kb/site", id: "output.link", words: ["kb/site is a shortcut (a symbolic link)", "nothing was written"] },
    { level: "kb/causes", id: "output.link", words: ["kb/causes is a shortcut (a symbolic link)", "nothing was written"] },
    { level: "kb/site/index.html", id: "output.link", words: ["kb/site/index.html is a shortcut (a symbolic link)"] },
  ];
  for (const { level, words } of cases) {
    for (const target of ["inside", "outside"] as const) {
      it(`${level} → a folder ${target} the working directory`, async () => {
        const { top, work, inside, outside } = scratch();
        cpSync(path.join(ROOT, "incidents"), path.join(work, "incidents"), { recursive: true });
        expect((await runInProcess(["build", "--html"], work, baseEnv())).code).toBe(0);
        const dest = path.join(target === "inside" ? inside : outside, "moved");
        renameSync(path.join(work, level), dest);
        symlinkSync(dest, path.join(work, level));
        writeFiles(work, { "incidents/2026/2026-01-22-asunto-email-doble-sentido.md": "---\nid: changed\n---\n" });
        const before = snapshot(top);
        const run = await runInProcess(["build", "--html"], work, baseEnv());
        expect(run.code).toBe(2);
        for (const text of words) expect(run.stderr).toContain(text);
        expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
        expect(snapshot(top)).toEqual(before);
        const spanish = await runInProcess(["build", "--html", "--lang", "es"], work, baseEnv());
        expect(spanish.stderr).toContain("es un acceso directo (un enlace simbólico)");
      });
    }
  }
});

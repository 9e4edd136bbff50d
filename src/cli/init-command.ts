import path from "node:path";
import { parseArgs } from "node:util";
import { createFileExclusive, FileExistsError, readTextIfExists, replaceFileAtomic } from "../io/write.js";
import { addScripts, TEAM_SCRIPTS } from "../scaffold/package-scripts.js";
import { setupFiles } from "../scaffold/setup.js";
import { type Context, EXIT } from "./io.js";

/** The scripts as lines a person pastes into the "scripts" of package.json. */
function scriptLines(): string {
  return Object.entries(TEAM_SCRIPTS)
    .map(([name, command]) => `  ${JSON.stringify(name)}: ${JSON.stringify(command)},\n`)
    .join("");
}

/** Adds the npm scripts to package.json when that can be done without touching anything else. */
function addPackageScripts(io: Context): void {
  const file = path.resolve(io.cwd, "package.json");
  const text = readTextIfExists(file);
  if (text === null) {
    io.stdout.write(`${io.t("init.no-package")}\n${scriptLines()}`);
    return;
  }
  const edit = addScripts(text);
  // Checked again just before writing: a change made meanwhile is never lost.
  if (edit.kind === "added" && readTextIfExists(file) === text) {
    replaceFileAtomic(file, edit.text, "package.json");
    io.stdout.write(`${io.t("init.scripts-added", { count: edit.added.length, names: edit.added.join(", ") })}\n`);
  } else if (edit.kind === "unsafe" || edit.kind === "added") {
    io.stdout.write(`${io.t("init.scripts-unsafe")}\n${scriptLines()}`);
    return;
  }
  const scripts = ((JSON.parse(text.replace(/^\uFEFF/, "")) as { scripts?: Record<string, unknown> }).scripts ?? {}) as Record<
    string,
    unknown
  >;
  const same = edit.kept.filter((name) => scripts[name] === TEAM_SCRIPTS[name]);
  if (edit.kind === "unchanged" && same.length) io.stdout.write(`${io.t("init.scripts-present", { names: same.join(", ") })}\n`);
  for (const name of edit.kept.filter((n) => !same.includes(n)))
    io.stdout.write(`${io.t("init.script-other", { name, command: String(scripts[name]), ours: TEAM_SCRIPTS[name]! })}\n`);
}

export async function initCommand(args: readonly string[], io: Context): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      lang: { type: "string" },
      pages: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(io.t("init.help"));
    return EXIT.ok;
  }
  for (const file of setupFiles(io.lang, { pages: values.pages === true })) {
    try {
      createFileExclusive(path.resolve(io.cwd, file.path), file.text, file.path);
      io.stdout.write(`${io.t("init.created", { file: file.path })}\n`);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      io.stdout.write(`${io.t("init.kept", { file: file.path })}\n`);
    }
  }
  addPackageScripts(io);
  io.stdout.write(`\n${io.t("init.next")}\n`);
  if (values.pages) io.stdout.write(`${io.t("init.next-pages")}\n`);
  return EXIT.ok;
}

/** `lessonbook lint` and `lessonbook rules`. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { baseEnv, runBin } from "../run.js";
import { type CliCase, ID, VALID, valid, invalid, overdue, MARKER, noStack } from "./shared.js";

export const LINT_CASES: CliCase[] = [
  { name: "lint --help", argv: ["lint", "--help"], code: 0, stdout: ["--max-warnings", "Exit codes"] },
  { name: "rules lists every rule", argv: ["rules"], code: 0, stdout: ["schema", "blameless-language", "unique-id"] },
  {
    name: "a valid corpus lints clean by default from incidents/",
    files: { [VALID]: valid },
    argv: ["lint"],
    code: 0,
    stdout: ["1 incident file checked: no problems."],
  },
  {
    name: "an error exits 1 with file, line, column, message and rule",
    files: { [VALID]: invalid },
    argv: ["lint"],
    code: 1,
    stdout: [
      VALID,
      /5:11 +error +"severity" must be critical, high, medium or low; found "hihg". Did you mean "high"\? +schema/,
      "1 problem (1 error, 0 warnings)",
    ],
  },
  {
    name: "json output has the spec's shape",
    files: { [VALID]: invalid },
    argv: ["lint", "--format", "json"],
    code: 1,
    check: (run) => {
      const out = JSON.parse(run.stdout);
      expect(out.summary).toEqual({ files: 1, errors: 1, warnings: 0 });
      expect(out.diagnostics[0]).toMatchObject({
        file: VALID,
        line: 5,
        column: 11,
        severity: "error",
        rule: "schema",
        messageId: "not-one-of-suggest",
        data: { field: '"severity"', found: "hihg", suggestion: "high", allowed: "critical, high, medium or low" },
        expected: "critical|high|medium|low",
        actual: "hihg",
        fatal: true,
      });
    },
  },
  {
    name: "github format prints workflow commands",
    files: { [VALID]: invalid },
    argv: ["lint", "-f", "github"],
    code: 1,
    stdout: [
      `::error file=${VALID},line=5,endLine=5,col=11,endColumn=15,title=schema::"severity" must be critical, high, medium or low; found "hihg". Did you mean "high"?`,
    ],
  },
  {
    name: "under GitHub Actions, annotations follow the stylish output",
    files: { [VALID]: invalid },
    argv: ["lint"],
    env: { GITHUB_ACTIONS: "true" },
    code: 1,
    stdout: ["1 problem (1 error", "::error file="],
  },
  {
    name: "json output stays pure JSON under GitHub Actions",
    files: { [VALID]: invalid },
    argv: ["lint", "--format", "json"],
    env: { GITHUB_ACTIONS: "true" },
    code: 1,
    notStdout: ["::error"],
    check: (run) => expect(() => JSON.parse(run.stdout)).not.toThrow(),
  },
  {
    name: "warnings alone exit 0",
    files: { [VALID]: overdue },
    argv: ["lint"],
    code: 0,
    stdout: [/warning +The action "Add a four-eyes step.*" was due 2026-04-30 and is still open \(owner: Luis Pardo\)\. +overdue-action/],
  },
  {
    name: "--max-warnings 0 turns a warning into exit 1",
    files: { [VALID]: overdue },
    argv: ["lint", "--max-warnings", "0"],
    code: 1,
    stderr: ["more than --max-warnings 0"],
  },
  { name: "--quiet hides warnings", files: { [VALID]: overdue }, argv: ["lint", "--quiet"], code: 0, notStdout: ["overdue-action"] },
  {
    name: "--quiet does not hide warnings from --max-warnings (the exit code counts every problem)",
    files: { [VALID]: overdue },
    argv: ["lint", "--quiet", "--max-warnings", "0"],
    code: 1,
    notStdout: ["overdue-action"],
    stderr: ["1 warning, more than --max-warnings 0"],
  },
  {
    name: "messages, summary and severities in Spanish with --lang es",
    files: { [VALID]: invalid.replace("severity: hihg", "severity: alta") },
    argv: ["lint", "--lang", "es"],
    code: 1,
    stdout: [
      /5:11 +error +"severity" es "alta", que lessonbook escribe "high"; usa uno de estos valores: critical, high, medium o low\. +schema/,
      "✖ 1 problema (1 error, 0 avisos) en 1 archivo de incidente",
      "1 problema se puede corregir con lessonbook lint --fix.",
    ],
  },
  {
    name: "Spanish from LANG, and from the configuration over LANG",
    files: { [VALID]: overdue, "lessonbook.config.json": '{ "lang": "en" }' },
    argv: ["lint"],
    env: { LANG: "es_CO.UTF-8" },
    code: 0,
    stdout: ["1 warning"],
  },
  {
    name: "LANG=es_ES gives Spanish when nothing else chooses",
    files: { [VALID]: overdue },
    argv: ["lint"],
    env: { LANG: "es_ES.UTF-8" },
    code: 0,
    stdout: ["1 aviso", "La acción"],
  },
  {
    name: "--cache saves what it found; the next run gives the same report, and a changed file is checked again",
    files: { [VALID]: overdue, "incidents/2026/2026-05-02-second.md": valid.replace(`id: ${ID}`, "id: 2026-05-02-second") },
    argv: ["lint", "--cache"],
    code: 0,
    stdout: ["1 problem (0 errors, 1 warning)"],
    check: (run, cwd) => {
      // A line that says what the file is, then one per incident file.
      const [head, ...files] = readFileSync(path.join(cwd, ".lessonbookcache"), "utf8").trimEnd().split("\n");
      expect(JSON.parse(head!)).toMatchObject({ lessonbook: "lessonbook lint cache" });
      expect(files.map((line) => JSON.parse(line).file)).toEqual([VALID, "incidents/2026/2026-05-02-second.md"].sort());
      const again = runBin(["lint", "--cache"], cwd, baseEnv());
      expect(again).toEqual(run);
      // Taken from the cache, not found again: a message changed there is the one printed.
      const cacheFile = path.join(cwd, ".lessonbookcache");
      const kept = readFileSync(cacheFile, "utf8");
      writeFileSync(cacheFile, kept.replace(/"message":"The action /, '"message":"Cached: the action '));
      expect(runBin(["lint", "--cache"], cwd, baseEnv()).stdout).toMatch(/Cached: the action/);
      // The second file now shares the first one's id: it is read again, and the first, taken from the cache, is named too.
      writeFileSync(path.join(cwd, "incidents/2026/2026-05-02-second.md"), valid);
      const changed = runBin(["lint", "--cache"], cwd, baseEnv());
      expect(changed.code).toBe(1);
      expect(changed.stdout).toMatch(/unique-id/);
      expect(changed.stdout.match(/unique-id/g)).toHaveLength(2);
    },
  },
  {
    name: "--cache holds from one day to the next, and a file whose action has fallen due since is checked again",
    files: {
      [VALID]: overdue,
      "incidents/2026/2026-05-02-second.md": valid
        .replace(`id: ${ID}`, "id: 2026-05-02-second")
        .replace("due: 2026-04-30\n        status: done\n        done: 2026-04-20\n", "due: 2026-11-25\n        status: open\n"),
    },
    argv: ["lint", "--cache"],
    code: 0,
    stdout: ["1 problem (0 errors, 1 warning)"],
    check: (_run, cwd) => {
      // Saved again by the bin: in-process runs use the sources, whose cache is another build's.
      runBin(["lint", "--cache"], cwd, baseEnv());
      const cacheFile = path.join(cwd, ".lessonbookcache");
      writeFileSync(cacheFile, readFileSync(cacheFile, "utf8").replace(/"message":"The action /, '"message":"Cached: the action '));
      // The next day, as a CI cache restored tomorrow: the first file is still taken from the cache.
      const tomorrow = runBin(["lint", "--cache"], cwd, baseEnv({ LESSONBOOK_TODAY: "2026-11-24" }));
      expect(tomorrow.stdout).toMatch(/Cached: the action/);
      expect(tomorrow.stdout).toMatch(/1 problem \(0 errors, 1 warning\)/);
      // The second file's action was due on the 25th: on the 26th that file is checked again, the first still not.
      const later = runBin(["lint", "--cache"], cwd, baseEnv({ LESSONBOOK_TODAY: "2026-11-26" }));
      expect(later.stdout).toMatch(/Cached: the action/);
      expect(later.stdout).toMatch(/was due 2026-11-25 and is still open/);
      expect(later.stdout).toMatch(/2 problems \(0 errors, 2 warnings\)/);
    },
  },
  {
    name: "--cache leaves a file it did not write as it is, and says so",
    files: { [VALID]: valid, "notes.md": "# my notes\n" },
    argv: ["lint", "--cache", "--cache-location", "notes.md"],
    code: 0,
    stdout: ["1 incident file checked: no problems."],
    stderr: [/notes\.md is not a cache lessonbook wrote; it was left as it is/],
    check: (_run, cwd) => expect(readFileSync(path.join(cwd, "notes.md"), "utf8")).toBe("# my notes\n"),
  },
  {
    name: "--cache where no file can be says why, and the report and exit code are those without it",
    files: { [VALID]: invalid, "lessonbook.config.json": "{}" },
    argv: ["lint", "--cache", "--cache-location", "lessonbook.config.json/cache"],
    code: 1,
    stdout: ["1 problem (1 error, 0 warnings)"],
    stderr: [/the cache could not be saved in lessonbook\.config\.json\/cache \(a part of the path is a file, not a folder\)/],
    check: noStack,
  },
  {
    name: "--cache-location is held to the working directory, as --out is, and never through a shortcut",
    files: { [VALID]: valid },
    argv: ["lint", "--cache", "--cache-location", "../lessonbook-cache-outside"],
    code: 2,
    stderr: [/--cache-location must be a file inside the working directory; found "\.\.\/lessonbook-cache-outside"/],
    check: (run, cwd) => {
      noStack(run);
      expect(existsSync(path.join(cwd, "../lessonbook-cache-outside"))).toBe(false);
    },
  },
  {
    name: "--fix with --cache writes no cache: the results are those of the fixed files",
    files: { [VALID]: valid.replace("severity: high", "severity: Alta") },
    argv: ["lint", "--fix", "--cache"],
    code: 0,
    stdout: ["no problems"],
    check: (_run, cwd) => expect(existsSync(path.join(cwd, ".lessonbookcache"))).toBe(false),
  },
  {
    name: "--fix corrects what is certain, keeps every other byte, and reports what is left",
    files: {
      [VALID]: valid
        .replace("severity: high", "severity:Alta")
        .replace("channels: [email, web]", "channels: [Email, sitio web]")
        .replace("started: 2026-03-14T09:30:00-05:00", "started: 14/03/2026 09:30 -05:00")
        .replace("owner: Marta Gil", "owner: Marta Gil\n\tbrand: Acme")
        .replace('title: "Promo code published at 90% instead of 9%"', "title: “Promo code published at 90% instead of 9%” # as sent"),
    },
    argv: ["lint", "--fix"],
    code: 0,
    stdout: ["no problems"],
    check: (_run, cwd) => {
      const fixed = readFileSync(path.join(cwd, VALID), "utf8");
      expect(fixed).toContain("severity: high\n");
      expect(fixed).toContain("channels: [email, web]\n");
      expect(fixed).toContain("started: 2026-03-14T09:30:00-05:00\n");
      expect(fixed).toContain('title: "Promo code published at 90% instead of 9%" # as sent\n');
      expect(fixed).toContain("owner: Marta Gil\nbrand: Acme\n");
      // Everything else is byte for byte what it was.
      const untouched = (t: string) => t.split("\n").filter((l) => !/^(severity|channels|started|title|brand|owner)/.test(l.trim()));
      expect(untouched(fixed)).toEqual(untouched(valid));
    },
  },
  {
    name: "--fix-dry-run prints a diff and writes nothing",
    files: { [VALID]: valid.replace("severity: high", "severity: Alta") },
    argv: ["lint", "--fix-dry-run"],
    code: 0,
    stdout: [`--- a/${VALID}`, "-severity: Alta", "+severity: high", "no problems"],
    check: (_run, cwd) => {
      expect(readFileSync(path.join(cwd, VALID), "utf8")).toContain("severity: Alta");
    },
  },
  {
    name: "rules --help, and rules refuses an unknown option",
    argv: ["rules", "--help"],
    code: 0,
    stdout: ["Usage: lessonbook rules"],
  },
  { name: "rules refuses an unknown option", argv: ["rules", "--all"], code: 2, stderr: ['Unknown option "--all"'] },
  {
    name: "rules describes every rule in Spanish",
    argv: ["rules", "--lang", "es"],
    code: 0,
    stdout: [/^schema +error +Los campos del front-matter/m, /^overdue-action +aviso +Señala las acciones/m],
  },
  {
    name: "--max-warnings must be a number",
    files: { [VALID]: valid },
    argv: ["lint", "--max-warnings", "many"],
    code: 2,
    stderr: ["--max-warnings takes a whole number"],
  },
  {
    name: "unknown option exits 2",
    files: { [VALID]: valid },
    argv: ["lint", "--frmat", "json"],
    code: 2,
    stderr: ["--frmat", "lessonbook lint --help"],
  },
  {
    name: "unknown format exits 2",
    files: { [VALID]: valid },
    argv: ["lint", "--format", "xml"],
    code: 2,
    stderr: ['Unknown format "xml"'],
  },
  { name: "a missing path exits 2", argv: ["lint", "nowhere/"], code: 2, stderr: ["No such file or folder: nowhere/"] },
  {
    name: "an incidents folder with no incident yet (only its README) is not an error",
    files: { "incidents/README.md": "# Incidents\n\nHow we write them.\n", "incidents/notes.txt": "x" },
    argv: ["lint"],
    code: 0,
    stdout: ["No incident yet in incidents"],
  },
  {
    name: "a folder named on the command line with no incident exits 2",
    files: { "drafts/README.txt": "x" },
    argv: ["lint", "drafts"],
    code: 2,
    stderr: ["No incident files found in drafts"],
  },
  {
    name: "files, folders and globs as arguments",
    files: { [VALID]: valid, "other/b.md": invalid.replace(`id: ${ID}`, "id: b") },
    argv: ["lint", "other/*.md", VALID],
    code: 1,
    stdout: ["other/b.md", "2 incident files"],
  },
  {
    name: "colour only when forced, never under NO_COLOR",
    files: { [VALID]: invalid },
    argv: ["lint"],
    env: { FORCE_COLOR: "1" },
    code: 1,
    stdout: ["\u001b["],
  },
  {
    name: "NO_COLOR wins over FORCE_COLOR",
    files: { [VALID]: invalid },
    argv: ["lint"],
    env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    code: 1,
    notStdout: ["\u001b["],
  },
  {
    name: "configuration turns a rule off",
    files: { [VALID]: overdue, "lessonbook.config.json": JSON.stringify({ rules: { "overdue-action": "off" } }) },
    argv: ["lint", "--max-warnings", "0"],
    code: 0,
  },
  {
    name: "an invalid configuration names its file, line and column",
    files: { [VALID]: valid, "lessonbook.config.json": '{\n  "rules": {\n    "overdue-action": "loud"\n  }\n}\n' },
    argv: ["lint"],
    code: 2,
    stderr: ['lessonbook.config.json:3:23: error: "rules.overdue-action" must be off, warn or error; found "loud".'],
  },
  {
    name: "a configuration that is not JSON",
    files: { [VALID]: valid, "lessonbook.config.json": '{\n  "lang": "es",\n}\n' },
    argv: ["lint"],
    code: 2,
    stderr: [/lessonbook\.config\.json:3:1: error: The configuration is not valid JSON/],
  },
  {
    name: "a misspelt rule in the configuration",
    files: { [VALID]: valid, "lessonbook.config.json": '{ "rules": { "overdue-actions": "off" } }' },
    argv: ["lint"],
    code: 2,
    stderr: ['lessonbook.config.json:1:14: error: Unknown setting "overdue-actions" in "rules". Did you mean "overdue-action"?'],
  },
  {
    name: "---js front-matter is refused and never run",
    files: { "incidents/evil.md": `---js\nrequire("fs").writeFileSync(${JSON.stringify(MARKER)}, "x")\n---\n` },
    argv: ["lint"],
    code: 1,
    stdout: [/1:4 +error +The fields are marked as "js" \(---js\); lessonbook reads only YAML and did not run or read them/],
    check: (run) => {
      noStack(run);
      expect(existsSync(MARKER)).toBe(false);
    },
  },
  {
    name: "binary, non-UTF-8 and empty files are diagnostics, not crashes",
    files: {
      "incidents/a.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      "incidents/b.md": new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
      "incidents/c.md": "",
    },
    argv: ["lint", "--format", "json"],
    code: 1,
    check: (run) => {
      noStack(run);
      const byFile = Object.fromEntries(JSON.parse(run.stdout).diagnostics.map((d: { file: string }) => [d.file, d]));
      expect(byFile["incidents/a.md"]).toMatchObject({
        rule: "read",
        messageId: "binary",
        line: 1,
        message: expect.stringContaining("binary"),
      });
      expect(byFile["incidents/b.md"]).toMatchObject({
        rule: "read",
        messageId: "not-utf8",
        line: 2,
        message: expect.stringContaining("UTF-8"),
      });
      expect(byFile["incidents/c.md"]).toMatchObject({
        rule: "read",
        messageId: "empty",
        line: 1,
        fatal: true,
        message: expect.stringContaining("empty"),
      });
    },
  },
  {
    name: "missing front-matter, tab indentation and an unclosed block point at their lines",
    files: {
      "incidents/plain.md": "# Just a title\n\nNo front-matter here.\n",
      "incidents/tab.md": "---\nid: tab\nimpact:\n\treach: 10\n---\n",
      "incidents/open.md": "---\nid: open\ntitle: never closed\n",
    },
    argv: ["lint"],
    code: 1,
    stdout: [
      /incidents\/plain\.md\n +1:1 +error +The file does not start with ---/,
      /4:1 +error +Line 4 is indented with a tab; use spaces \(2 per level\)\. +parse/,
      /incidents\/open\.md\n +1:1 +error +The fields at the top are never closed/,
    ],
    check: noStack,
  },
  {
    name: "duplicate ids in two folders are reported on both files",
    files: { [VALID]: valid, [`incidents/archive/${ID}.md`]: valid },
    argv: ["lint", "--format", "json"],
    code: 1,
    check: (run) => {
      const diagnostics = JSON.parse(run.stdout).diagnostics;
      expect(diagnostics.map((d: { file: string; rule: string; line: number }) => [d.file, d.rule, d.line])).toEqual([
        [`incidents/2026/${ID}.md`, "unique-id", 2],
        [`incidents/archive/${ID}.md`, "unique-id", 2],
      ]);
    },
  },
  {
    name: "id and file name must match",
    files: { "incidents/2026/promo.md": valid },
    argv: ["lint"],
    code: 1,
    stdout: [/2:5 +error +The id "2026-03-14-promo-code-at-90-percent" does not match the file name "promo\.md"/],
  },
  {
    name: "a CRLF file with a byte-order mark and Spanish accents is valid",
    files: {
      [VALID]: `\uFEFF${valid.replace("owner: Marta Gil", "owner: María Núñez").replace("## Summary", "## Resumen").replace("## What happened", "## Qué pasó").replace(/\n/g, "\r\n")}`,
    },
    argv: ["lint"],
    code: 0,
    stdout: ["no problems"],
  },
];

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import fc from "fast-check";
import { entriesReportsRead, incidentReread, readCorpus } from "../../src/cli/corpus.js";
import { translate } from "../../src/i18n/translate.js";
import { UsageError } from "../../src/model/errors.js";
import { incidentOffset } from "../../src/aggregate/durations.js";
import { latestRecordedDay } from "../../src/aggregate/report.js";
import type { Incident, TimelineEntry } from "../../src/model/index.js";
import { record } from "../aggregate/records.js";
import { createIncidentSchema, resolveConfig } from "../../src/schema/index.js";
import { TEST_TODAY } from "../support/lint.js";
import { ROOT, workspace } from "./run.js";

const EXAMPLE = path.join(ROOT, "incidents/2026/2026-03-31-easter-code-stacking-free-orders.md");

type Data = Record<string, unknown>;

/** Every key of the data, as the path of the object that holds it and the key. */
function keyPaths(value: unknown, at: (string | number)[] = []): [(string | number)[], string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => keyPaths(item, [...at, i]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [[at, key] as [(string | number)[], string], ...keyPaths(child, [...at, key])]);
}

/** The data with one key renamed in place (its order kept), or removed when `to` is null. */
function renamed(data: Data, holder: (string | number)[], key: string, to: string | null): Data {
  const copy = structuredClone(data);
  let parent = copy as Record<string | number, unknown>;
  for (const step of holder) parent = parent[step] as Record<string | number, unknown>;
  const entries = Object.entries(parent);
  for (const k of Object.keys(parent)) delete parent[k];
  for (const [k, v] of entries)
    if (k !== key) parent[k] = v;
    else if (to !== null) parent[to] = v;
  return copy;
}

describe("readCorpus", () => {
  // Build and report trust what it admits: a file it reads must hold every field the format requires
  // (a misspelt `severity` or `impact.cost.currency` made both fail with an internal error).
  it("admits no file that the format's schema rejects, whichever field is misspelt or missing", async () => {
    const text = readFileSync(EXAMPLE, "utf8");
    const end = text.indexOf("\n---\n", 4);
    const data = parse(text.slice(4, end)) as Data;
    const body = text.slice(end + 5);
    const files: Record<string, string> = {};
    let n = 0;
    for (const [holder, key] of keyPaths(data)) {
      // A close typo (one letter off: "severiy"), a far one, and none at all.
      for (const to of [key.length > 2 ? key.slice(0, -2) + key.at(-1) : `${key}x`, `zz${key}zz`, null]) {
        const changed = renamed(data, holder, key, to);
        const id = `case-${++n}`;
        if (!(holder.length === 0 && key === "id")) changed.id = id;
        files[`incidents/${id}.md`] = `---\n${stringify(changed)}---\n${body}`;
      }
    }
    expect(n).toBeGreaterThan(150);
    const config = resolveConfig();
    const corpus = await readCorpus({ args: [], cwd: workspace(files), run: { config, today: TEST_TODAY, lang: "en" } });
    const schema = createIncidentSchema({ causes: config.causes });
    const admittedInvalid = corpus.records.filter((r) => !schema.safeParse(r.incident).success).map((r) => r.file);
    expect(admittedInvalid).toEqual([]);
    // Optional fields can go: some files are admitted, and those left out say why.
    expect(corpus.records.length).toBeGreaterThan(20);
    expect(corpus.skipped.length).toBeGreaterThan(20);
    const skippedRules = new Set(corpus.skipped.map((s) => s.rule));
    expect([...skippedRules].sort()).toEqual(expect.arrayContaining(["schema", "unknown-key"]));
  });

  it("keeps of each timeline entry, lesson and action the fields the format defines, as written", async () => {
    const text = readFileSync(EXAMPLE, "utf8");
    const end = text.indexOf("\n---\n", 4);
    const data = parse(text.slice(4, end)) as Data & { lessons: { lesson: string; actions?: Data[] }[] };
    data.lessons[0]!.actions![0]!.assignee = "Luis Pardo";
    const file = `incidents/${String(data.id)}.md`;
    const cwd = workspace({ [file]: `---\n${stringify(data)}---\n${text.slice(end + 5)}` });
    let whole: Incident | undefined;
    const corpus = await readCorpus({
      args: [],
      cwd,
      run: { config: resolveConfig(), today: TEST_TODAY, lang: "en" },
      onBody: (_record, _body, incident) => (whole = incident),
    });
    expect(corpus.skipped).toEqual([]);
    // The page is made from the whole incident; the record keeps the timeline entries reports read.
    const incident = whole!;
    expect(incident.timeline).toEqual(data.timeline);
    expect(corpus.records[0]!.incident.timeline).toEqual(entriesReportsRead(data.timeline as TimelineEntry[]));
    expect(corpus.records[0]!.incident.timeline.length).toBeLessThan(incident.timeline.length);
    expect({ ...corpus.records[0]!.incident, timeline: [] }).toEqual({ ...incident, timeline: [] });
    // `toEqual` passes over fields that are undefined: an action without `done` may carry one so.
    expect(incident.lessons.map((l) => l.lesson)).toEqual(data.lessons.map((l) => l.lesson));
    const actions = incident.lessons.flatMap((l) => l.actions ?? []);
    expect(actions[0]).not.toHaveProperty("assignee");
    delete data.lessons[0]!.actions![0]!.assignee;
    expect(actions).toEqual(data.lessons.flatMap((l) => l.actions ?? []));
    // Read from the schema: a field added to the format and not to `compact` would be dropped silently.
    const format = createIncidentSchema().shape;
    const lessonFields = Object.keys(format.lessons.element.shape);
    const actionFields = Object.keys(format.lessons.element.shape.actions.unwrap().element.shape);
    expect(Object.keys(incident.timeline[0]!)).toEqual(Object.keys(format.timeline.element.shape));
    for (const lesson of incident.lessons) expect(Object.keys(lesson)).toEqual(lessonFields);
    for (const action of actions) expect(Object.keys(action)).toEqual(actionFields);
  });
});

describe("the timeline entries reports read", () => {
  const at = fc.oneof(
    fc.constantFrom("2025-03-30", "2025-03-31", "2025-04-01", "2025-04-02"),
    fc
      .tuple(
        fc.constantFrom("2025-03-30", "2025-04-01", "2025-04-02"),
        fc.constantFrom("08:00:00", "23:30:00"),
        fc.constantFrom("Z", "-05:00", "+09:00"),
      )
      .map(([day, time, offset]) => `${day}T${time}${offset}`),
  );
  it("give the same offset and the same latest day as the whole timeline, in the same order", () => {
    fc.assert(
      fc.property(fc.array(at, { minLength: 1, maxLength: 12 }), fc.boolean(), (times, dated) => {
        const timeline = times.map((t, i) => ({ at: t, event: `step ${i}` }));
        // A start written as a day, so the offset comes from the timeline; or as a date-time, so it does not.
        const whole = record({ id: "a", started: dated ? "2025-03-29" : "2025-03-29T10:00:00+02:00", timeline }).incident;
        const kept = entriesReportsRead(timeline);
        expect(kept.length).toBeLessThanOrEqual(2);
        expect(kept.every((e, i) => i === 0 || timeline.indexOf(e) > timeline.indexOf(kept[i - 1]!))).toBe(true);
        const reduced = { ...whole, timeline: kept };
        expect(incidentOffset(reduced)).toBe(incidentOffset(whole));
        expect(latestRecordedDay([{ file: "a.md", incident: reduced }])).toEqual(latestRecordedDay([{ file: "a.md", incident: whole }]));
      }),
      { numRuns: 500 },
    );
  });
});

describe("reading a file again for a page made at the end", () => {
  it("gives the whole incident and body the first read gave, and stops the build if the file changed meanwhile", async () => {
    const text = readFileSync(EXAMPLE, "utf8");
    const cwd = workspace({ "incidents/a.md": text.replace(/^id: .*$/m, "id: a"), "incidents/b.md": text.replace(/^id: .*$/m, "id: b") });
    const run = { config: resolveConfig(), today: TEST_TODAY, lang: "en" as const };
    const first = new Map<string, [Incident, string]>();
    const corpus = await readCorpus({ args: [], cwd, run, onBody: (r, body, incident) => first.set(r.file, [incident, body]) });
    const reread = incidentReread(run, cwd);
    const again = reread(corpus.records);
    for (const r of corpus.records) expect([again.get(r.file)!.incident, again.get(r.file)!.body]).toEqual(first.get(r.file));
    // Now holding another incident, broken, or gone: each stops the build, naming the file.
    const changes: [string, () => void][] = [
      ["incidents/a.md", () => writeFileSync(path.join(cwd, "incidents/a.md"), text.replace(/^id: .*$/m, "id: other"))],
      ["incidents/a.md", () => writeFileSync(path.join(cwd, "incidents/a.md"), text.replace(/^severity: .*$/m, "severity: huge"))],
      ["incidents/b.md", () => rmSync(path.join(cwd, "incidents/b.md"))],
    ];
    for (const [file, change] of changes) {
      change();
      let error: unknown;
      try {
        reread(corpus.records);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect(error).toMatchObject({ messageId: "files.changed-meanwhile", data: { file } });
      // Said as a file's problem, in words: `main` adds no hint about the command line to a `files.` message.
      expect(translate("es", "files.changed-meanwhile", { file })).toBe(
        `${file} cambió mientras se construía el sitio y no se escribió nada: vuelve a ejecutar lessonbook build.`,
      );
      writeFileSync(path.join(cwd, file), text.replace(/^id: .*$/m, `id: ${file === "incidents/a.md" ? "a" : "b"}`));
    }
    expect(reread(corpus.records).size).toBe(2);
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  compareDays,
  compareTemporal,
  dayNumber,
  formatDay,
  parseDate,
  parseDateTime,
  parseTemporal,
  type Temporal,
  toInstant,
} from "../../src/dates/temporal.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const iso = (ms: number) => new Date(ms).toISOString();

function must(text: string): Temporal {
  const value = parseTemporal(text);
  if (!value) throw new Error(`expected ${text} to parse`);
  return value;
}

describe("parseDate", () => {
  it("accepts February 29 only in leap years", () => {
    expect(parseDate("2024-02-29")).toEqual({ kind: "date", year: 2024, month: 2, day: 29 });
    expect(parseDate("2000-02-29")).toEqual({ kind: "date", year: 2000, month: 2, day: 29 });
    expect(parseDate("2026-02-29")).toBeNull();
    expect(parseDate("1900-02-29")).toBeNull();
  });

  it("refuses impossible days and months", () => {
    for (const text of ["2026-02-30", "2026-13-01", "2026-04-31", "2026-00-10", "2026-04-00", "2026-06-31"]) {
      expect(parseDate(text), text).toBeNull();
    }
    expect(parseDate("2026-04-30")).toEqual({ kind: "date", year: 2026, month: 4, day: 30 });
    expect(parseDate("2026-12-31")).toEqual({ kind: "date", year: 2026, month: 12, day: 31 });
  });

  it("refuses anything that is not exactly YYYY-MM-DD", () => {
    for (const text of ["2026-3-14", " 2026-03-14", "2026-03-14 ", "14/03/2026", "2026-03-14T00:00:00Z", ""]) {
      expect(parseDate(text), JSON.stringify(text)).toBeNull();
    }
  });
});

describe("parseDateTime", () => {
  it("requires Z or an explicit offset", () => {
    expect(parseDateTime("2026-03-14T09:30:00")).toBeNull();
    expect(parseTemporal("2026-03-14T09:30:00")).toBeNull();
    expect(parseDateTime("2026-03-14T09:30:00+0530")).toBeNull();
    expect(parseDateTime("2026-03-14 09:30:00Z")).toBeNull();
  });

  it("turns +05:30 and -05:00 into the right instants, keeping the written day", () => {
    expect(parseDateTime("2026-03-14T09:30:00+05:30")).toEqual({
      kind: "datetime",
      year: 2026,
      month: 3,
      day: 14,
      instant: Date.UTC(2026, 2, 14, 4, 0, 0),
      offsetMinutes: 330,
    });
    const west = parseDateTime("2026-03-14T09:30:00-05:00");
    expect(west?.offsetMinutes).toBe(-300);
    expect(iso(west!.instant)).toBe("2026-03-14T14:30:00.000Z");
    const lateEvening = parseDateTime("2026-03-31T21:30:00-05:00");
    expect(formatDay(lateEvening!)).toBe("2026-03-31");
    expect(iso(lateEvening!.instant)).toBe("2026-04-01T02:30:00.000Z");
  });

  it("accepts Z, lower-case t/z, no seconds and fractions of a second", () => {
    expect(iso(parseDateTime("2026-03-14T09:30:00Z")!.instant)).toBe("2026-03-14T09:30:00.000Z");
    expect(iso(parseDateTime("2026-03-14t09:30:00z")!.instant)).toBe("2026-03-14T09:30:00.000Z");
    expect(iso(parseDateTime("2026-03-14T09:30Z")!.instant)).toBe("2026-03-14T09:30:00.000Z");
    expect(iso(parseDateTime("2026-03-14T09:30:00.5Z")!.instant)).toBe("2026-03-14T09:30:00.500Z");
    expect(iso(parseDateTime("2026-03-14T09:30:00.123456789-00:00")!.instant)).toBe("2026-03-14T09:30:00.123Z");
  });

  it("refuses impossible times, offsets and days", () => {
    for (const text of [
      "2026-03-14T24:00:00Z",
      "2026-03-14T09:60:00Z",
      "2026-03-14T09:30:60Z",
      "2026-03-14T09:30:00+24:00",
      "2026-03-14T09:30:00+05:60",
      "2026-02-29T09:30:00Z",
      "2026-04-31T09:30:00Z",
    ]) {
      expect(parseDateTime(text), text).toBeNull();
    }
  });
});

describe("comparisons and arithmetic", () => {
  it("compares a date with a date-time of the same written day as equal, both ways", () => {
    const day = must("2026-03-14");
    expect(compareTemporal(day, must("2026-03-14T08:00:00-05:00"))).toBe(0);
    expect(compareTemporal(must("2026-03-14T08:00:00-05:00"), day)).toBe(0);
    // 23:30 at -05:00 is already March 15 in UTC, but the written day is the 14th.
    expect(compareTemporal(day, must("2026-03-14T23:30:00-05:00"))).toBe(0);
    expect(compareTemporal(must("2026-03-13"), must("2026-03-14T23:30:00-05:00"))).toBe(-1);
  });

  it("compares two date-times by instant, whatever their offsets", () => {
    expect(compareTemporal(must("2026-03-14T09:00:00-05:00"), must("2026-03-14T10:00:00Z"))).toBe(4 * 3_600_000);
    expect(compareTemporal(must("2026-03-14T15:30:00+05:30"), must("2026-03-14T10:00:00Z"))).toBe(0);
  });

  it("counts calendar days across months, leap days and years", () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 2026, month: 3, day: 14 })).toBe(20526);
    expect(compareDays({ year: 2026, month: 3, day: 1 }, { year: 2026, month: 2, day: 28 })).toBe(1);
    expect(compareDays({ year: 2024, month: 3, day: 1 }, { year: 2024, month: 2, day: 28 })).toBe(2);
    expect(compareDays({ year: 2027, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 })).toBe(1);
  });

  it("does not map years before 100 onto the 1900s", () => {
    // Date.UTC(26, …) means 1926: a typo such as 0026-03-14 must not equal 1926-03-14.
    expect(compareDays({ year: 26, month: 3, day: 14 }, { year: 1926, month: 3, day: 14 })).toBe(-693_960);
    expect(parseDateTime("0099-01-01T00:00:00Z")?.instant).toBe(-59_042_995_200_000);
  });

  it("puts a date at the start of its day in the incident's offset", () => {
    const day = must("2026-03-14");
    expect(iso(toInstant(day))).toBe("2026-03-14T00:00:00.000Z");
    expect(iso(toInstant(day, -300))).toBe("2026-03-14T05:00:00.000Z");
    expect(iso(toInstant(day, 330))).toBe("2026-03-13T18:30:00.000Z");
    expect(iso(toInstant(must("2026-03-14T09:30:00-05:00"), 330))).toBe("2026-03-14T14:30:00.000Z");
  });

  it("formats days with zero padding", () => {
    expect(formatDay({ year: 2026, month: 3, day: 4 })).toBe("2026-03-04");
    expect(formatDay({ year: 999, month: 1, day: 5 })).toBe("0999-01-05");
  });
});

describe("independence from the machine's time zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("gives the same results in-process under UTC+14 and UTC-11", () => {
    const seen: string[] = [];
    for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]) {
      process.env.TZ = tz;
      const day = must("2026-03-14");
      const dt = must("2026-03-31T21:30:00-05:00");
      seen.push(
        JSON.stringify([formatDay(day), formatDay(dt), dayNumber(day), toInstant(day, -300), new Date(2026, 2, 14).getTimezoneOffset()]),
      );
    }
    // The last number is the machine offset: it proves TZ really changed.
    expect(seen).toEqual([
      '["2026-03-14","2026-03-31",20526,1773464400000,-840]',
      '["2026-03-14","2026-03-31",20526,1773464400000,660]',
      '["2026-03-14","2026-03-31",20526,1773464400000,0]',
    ]);
  });

  describe("in a child process running the compiled module", () => {
    // Compiled on its own into a scratch folder: the project's dist/ holds the bundles the bin runs.
    const built = join(mkdtempSync(join(tmpdir(), "lessonbook-temporal-")), "temporal.mjs");

    beforeAll(() => {
      buildSync({
        entryPoints: [join(ROOT, "src", "dates", "temporal.ts")],
        bundle: true,
        format: "esm",
        platform: "node",
        outfile: built,
      });
    });
    afterAll(() => rmSync(dirname(built), { recursive: true, force: true }));

    const script = [
      `import { parseTemporal, formatDay, toInstant, compareTemporal, dayNumber } from ${JSON.stringify(pathToFileURL(built).href)};`,
      "const d = parseTemporal('2026-03-14');",
      "const t = parseTemporal('2026-03-31T21:30:00-05:00');",
      "console.log(JSON.stringify({ localDate: new Date(Date.UTC(2026, 2, 14, 12)).getDate(), day: formatDay(d), dtDay: formatDay(t),",
      "  dayNumber: dayNumber(d), instant: toInstant(d, -300), cmp: compareTemporal(d, parseTemporal('2026-03-14T23:30:00-05:00')) }));",
    ].join("\n");

    const run = (tz: string) =>
      JSON.parse(
        execFileSync(process.execPath, ["--input-type=module", "-e", script], {
          cwd: ROOT,
          env: { ...process.env, TZ: tz },
          encoding: "utf8",
        }),
      ) as Record<string, unknown>;

    it.each([
      ["Pacific/Kiritimati", 15],
      ["Pacific/Pago_Pago", 14],
    ])("keeps every day as written under TZ=%s", (tz, localDate) => {
      expect(run(tz)).toEqual({
        localDate,
        day: "2026-03-14",
        dtDay: "2026-03-31",
        dayNumber: 20526,
        instant: 1773464400000,
        cmp: 0,
      });
    });
  });
});

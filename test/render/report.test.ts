import { describe, expect, it } from "vitest";
import { buildReport, quarterPeriod } from "../../src/aggregate/index.js";
import { parseDate } from "../../src/dates/index.js";
import { englishOnlyWords } from "../../src/i18n/labels.js";
import { hasMark } from "../../src/model/marks.js";
import { plain } from "../../src/render/blocks.js";
import { renderReportHtml } from "../../src/render/html/report-html.js";
import { renderReportJson } from "../../src/render/report-json.js";
import { renderReportMarkdown } from "../../src/render/report-markdown.js";
import { REPORT_SECTIONS, sectionContext } from "../../src/render/report-sections.js";
import { resolveConfig } from "../../src/schema/index.js";
import { record } from "../aggregate/records.js";

const today = parseDate("2026-11-23")!;
const config = resolveConfig({ targets: { respond: { critical: "1h", high: "4h" } }, recurrence: { by: ["cause", "brand"] } });

function corpus() {
  return [
    record(
      {
        id: "2026-01-10-promo",
        started: "2026-01-10T09:30:00-05:00",
        detected: "2026-01-10T11:00:00-05:00",
        responded: "2026-01-10T15:00:00-05:00",
        severity: "critical",
        brand: "Lumbre",
        campaign: "Enero",
        channels: ["email", "out-of-home"],
        cause: { category: "pricing", summary: "s", factors: ["no-second-check"] },
        impact: { reach: 52_000, negativeMentions: 310, customersAffected: 12, cost: { amount: 1200, currency: "EUR" } },
        response: { apology: true, commentsDeleted: 4 },
        detection: { source: "customer-complaint" },
      },
      [{ task: "Checklist", owner: "Ana", due: "2026-02-01", status: "done", done: "2026-02-09" }],
    ),
    record({
      id: "2026-03-01-promo-again",
      started: "2026-03-01",
      severity: "high",
      brand: "Lumbre",
      cause: { category: "pricing", summary: "s", factors: ["no-second-check"] },
      impact: { reach: 9_000, cost: { amount: 300, currency: "USD" } },
    }),
    record({ id: "2025-11-01-old", started: "2025-11-01", brand: "Bravia", status: "review", impact: { reach: 1_000 } }, [
      { task: "Una tarea abierta", owner: "Luis", due: "2026-03-10", status: "doing" },
    ]),
  ];
}

const model = () =>
  buildReport(corpus(), { period: quarterPeriod("2026-Q1")!, today, targets: config.targets, recurrenceBy: config.recurrenceBy });

/** The text a reader sees on an HTML page: tags, styles and attribute values left out. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<title>[\s\S]*?<\/title>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
}

describe("one list of report sections", () => {
  it("drives both renderers: every heading of every section is in the Markdown and in the HTML", () => {
    const m = model();
    const md = renderReportMarkdown(m, { lang: "en", location: "report.md" });
    const html = renderReportHtml(m, { lang: "en", location: "report.html" });
    const c = sectionContext("en");
    let headings = 0;
    for (const section of REPORT_SECTIONS) {
      for (const block of section.blocks(m, c)) {
        if (block.kind !== "heading") continue;
        headings++;
        expect(md).toContain(`${"#".repeat(block.level)} ${block.text}`);
        expect(visible(html)).toContain(block.text);
      }
    }
    expect(headings).toBeGreaterThan(15);
  });

  it("shows the harm, targets and follow-through of the period", () => {
    const md = renderReportMarkdown(model(), { lang: "en", location: "report.md" });
    expect(md).toContain("| Reach | 61,000 | 1,000 | +60,000 |");
    expect(md).toContain("| Cost in EUR | €1,200 | €0 | +€1,200 |");
    expect(md).toContain("| Comments deleted without a reason | 4 | 0 | +4 |");
    expect(md).toContain("| Time to respond | Critical | 1h | 0 | **1** | 0 |");
    expect(md).toContain("- Time to respond (Critical, 1h): [Incident 2026-01-10-promo](incidents/2026-01-10-promo.md)");
    expect(md).toContain("| All actions due in the period | 0 | 1 | 8 | **1** |");
    expect(md).toContain("### Pricing · Lumbre");
  });

  it("says every enum value in Spanish, with Spanish numbers and dates", () => {
    const m = model();
    const md = renderReportMarkdown(m, { lang: "es", location: "report.md" });
    const html = visible(renderReportHtml(m, { lang: "es", location: "report.html" }));
    for (const text of [md, html]) {
      for (const word of englishOnlyWords()) expect(text, word).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, "u"));
      expect(text).toContain("52.000");
      expect(text).toContain("10 ene 2026");
      expect(text).toContain("Publicidad exterior");
    }
  });
});

describe("the HTML review", () => {
  it("carries lessonbook's mark on the line after the doctype", () => {
    const html = renderReportHtml(model(), { lang: "en", location: "out/report.html" });
    expect(html.split("\n")[1]).toBe("<!-- written by lessonbook report; edits are lost when it runs again -->");
    expect(hasMark("lessonbook report", "report.html", html)).toBe(true);
  });

  it("links incidents to their site page when there is a site, else to their file", () => {
    const m = model();
    expect(renderReportHtml(m, { lang: "en", location: "kb/site/report.html", site: "kb/site" })).toContain(
      'href="incidents/2026-01-10-promo.html"',
    );
    expect(renderReportHtml(m, { lang: "en", location: "reports/q1.html", site: "kb/site" })).toContain(
      'href="../kb/site/incidents/2026-01-10-promo.html"',
    );
    expect(renderReportHtml(m, { lang: "en", location: "reports/q1.html" })).toContain('href="../incidents/2026-01-10-promo.md"');
  });
});

describe("report --format json", () => {
  it("has impact, targets, followThrough and the brand of each recurrence group", () => {
    const json = JSON.parse(renderReportJson(model()));
    expect(Object.keys(json).slice(0, 8)).toEqual([
      "generator",
      "period",
      "incidents",
      "recurrences",
      "actions",
      "impact",
      "targets",
      "followThrough",
    ]);
    expect(json.impact).toEqual({
      reach: 61_000,
      negativeMentions: 310,
      customersAffected: 12,
      cost: [
        { currency: "EUR", amount: 1200 },
        { currency: "USD", amount: 300 },
      ],
    });
    expect(json.targets).toEqual([
      { measure: "respond", severity: "critical", target: "1h", met: 0, missed: 1, noData: 0, missedIncidents: ["2026-01-10-promo"] },
      { measure: "respond", severity: "high", target: "4h", met: 0, missed: 0, noData: 1, missedIncidents: [] },
    ]);
    expect(json.followThrough).toEqual({ onTime: 0, late: 1, medianDaysLate: 8, overdue: 1 });
    expect(json.recurrences[0]).toMatchObject({ category: "pricing", brand: "Lumbre" });
  });
});

describe("blocks", () => {
  it("give the plain text of any inline", () => {
    expect(plain(["a ", { kind: "strong", text: "b" }, [" c", { kind: "code", text: "d" }]])).toBe("a b cd");
  });
});

describe("causes that came back, in the review of a period", () => {
  // A cause that came back every month for years: the review shows its period, the knowledge base all of it.
  const monthly = Array.from({ length: 30 }, (_, i) => {
    const day = `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-05`;
    return record({ id: `timing-${i}`, started: day, cause: { category: "timing", summary: "s" } }, [
      ...(i === 3 ? [{ task: "News check before posting", owner: "Ana", due: day, status: "done" as const, done: day }] : []),
    ]);
  });
  const review = (lang: "en" | "es") =>
    renderReportMarkdown(
      buildReport(monthly, { period: quarterPeriod("2026-Q2")!, today, targets: config.targets, recurrenceBy: config.recurrenceBy }),
      { lang, location: "review.md" },
    );

  it("lists the period's incidents, the one before, and those whose lesson they came back after; it counts the rest", () => {
    const text = review("en");
    const section = text.slice(text.indexOf("## Causes that came back"), text.indexOf("\n## ", text.indexOf("## Causes that came back")));
    const rows = [...section.matchAll(/\[Incident (timing-\d+)\]/g)].map((m) => m[1]);
    // April, May and June 2026, March before them, and the incident whose done action they came after.
    expect(rows).toEqual(["timing-3", "timing-26", "timing-27", "timing-28", "timing-29"]);
    expect(section).toContain("25 earlier incidents of this group, the first on Jan 5, 2024, are not listed here");
    expect(review("es")).toContain("25 incidentes anteriores de este grupo, desde el 5 ene 2024, no aparecen aquí");
  });

  it("still lists every incident of the group in JSON", () => {
    const json = JSON.parse(
      renderReportJson(
        buildReport(monthly, { period: quarterPeriod("2026-Q2")!, today, targets: config.targets, recurrenceBy: config.recurrenceBy }),
      ),
    );
    expect(json.recurrences[0].incidents).toHaveLength(30);
  });
});

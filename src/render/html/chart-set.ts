import type { KbLabels } from "../../i18n/kb.js";
import type { SiteLabels } from "../../i18n/site.js";
import type { Count, Durations, QuarterCount } from "../../model/index.js";
import { enumLabel, formatNumber } from "../../i18n/labels.js";
import type { Language } from "../../schema/index.js";
import { SEVERITIES } from "../../schema/taxonomy.js";
import { duration } from "../format.js";
import { horizontalBars, stackedColumns } from "./charts.js";
import { escapeHtml } from "./escape.js";

export interface ChartData {
  quarters: readonly QuarterCount[];
  causes: readonly Count[];
  channels: readonly Count[];
  durations: Durations;
}

function list(counts: readonly Count[], name: (key: string) => string = (k) => k): string {
  return counts.map((c) => `${name(c.key)} ${c.count}`).join(", ");
}

/** The numbers behind the per-quarter chart, for readers who cannot tell the patterns apart, and for paper. */
function quarterTable(quarters: readonly QuarterCount[], s: SiteLabels, lang: Language): string {
  const head = `<tr><th>${escapeHtml(s.quarter)}</th>${SEVERITIES.map((sev) => `<th class="num">${escapeHtml(enumLabel(lang, "severity", sev))}</th>`).join("")}<th class="num">${escapeHtml(s.total)}</th></tr>`;
  const rows = quarters.map(
    (q) =>
      `<tr><td>${escapeHtml(q.quarter)}</td>${SEVERITIES.map((sev) => `<td class="num">${q.bySeverity.find((b) => b.key === sev)?.count ?? 0}</td>`).join("")}<td class="num">${q.count}</td></tr>`,
  );
  return `<table class="chart-data"><caption class="muted">${escapeHtml(s.chartData)}</caption><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`;
}

/** The charts of the entry page and the report, each under its own heading. */
export function charts(data: ChartData, s: SiteLabels, t: KbLabels, lang: Language, prefix = "chart"): string {
  const sev = (key: string) => enumLabel(lang, "severity", key);
  const cause = (key: string) => enumLabel(lang, "cause", key);
  const channel = (key: string) => enumLabel(lang, "channel", key);
  const out: string[] = [];
  const total = data.quarters.reduce((n, q) => n + q.count, 0);
  if (data.quarters.length) {
    const series = SEVERITIES.map((sev) => ({
      name: enumLabel(lang, "severity", sev),
      values: data.quarters.map((q) => q.bySeverity.find((b) => b.key === sev)?.count ?? 0),
    }));
    const breakdown = data.quarters
      .map(
        (q) =>
          `${q.quarter}: ${
            list(
              q.bySeverity.filter((b) => b.count > 0),
              sev,
            ) || "0"
          }`,
      )
      .join("; ");
    out.push(
      `<h2>${escapeHtml(s.perQuarterTitle)}</h2>`,
      stackedColumns(
        `${prefix}-quarters`,
        s.perQuarterTitle,
        `${s.perQuarterDesc(formatNumber(lang, total), data.quarters[0]!.quarter, data.quarters.at(-1)!.quarter)} ${breakdown}.`,
        data.quarters.map((q) => q.quarter),
        series,
      ),
      quarterTable(data.quarters, s, lang),
    );
  }
  if (data.causes.length) {
    out.push(
      `<h2>${escapeHtml(s.causesTitle)}</h2>`,
      horizontalBars(
        `${prefix}-causes`,
        s.causesTitle,
        s.barsDesc(t.causes, list(data.causes, cause)),
        data.causes.map((c) => ({ label: cause(c.key), value: c.count })),
      ),
    );
  }
  if (data.channels.length) {
    out.push(
      `<h2>${escapeHtml(s.channelsTitle)}</h2>`,
      horizontalBars(
        `${prefix}-channels`,
        s.channelsTitle,
        s.barsDesc(t.channels, list(data.channels, channel)),
        data.channels.map((c) => ({ label: channel(c.key), value: c.count })),
      ),
    );
  }
  const d = data.durations;
  const rows = [
    { label: s.detect, stats: d.detect },
    { label: s.respond, stats: d.respond },
    { label: s.resolve, stats: d.resolve },
  ].filter((r) => r.stats.median !== null);
  if (rows.length) {
    const bars = rows.map((r) => ({
      label: r.label,
      value: r.stats.median!,
      text: `${duration(r.stats.median)} / ${duration(r.stats.p90)}`,
    }));
    out.push(
      `<h2>${escapeHtml(s.speedTitle)}</h2>`,
      `<p class="muted">${escapeHtml(s.medianP90)}</p>`,
      horizontalBars(`${prefix}-speed`, s.speedTitle, s.barsDesc(s.medianP90, bars.map((b) => `${b.label} ${b.text}`).join(", ")), bars),
    );
  }
  return out.join("\n");
}

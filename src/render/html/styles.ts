/**
 * One stylesheet for the site and the printed report: readable on a 390 px phone (no sideways scroll:
 * tables stack into cards, long words wrap), on a projector and on A4 or Letter paper.
 */
export const STYLES = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b63; --line: #d9d9de; --accent: #8e1b1b; --soft: #f6f4f1; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; overflow-wrap: break-word; }
header.site { background: var(--soft); border-bottom: 1px solid var(--line); padding: 0.75rem 1.5rem; display: flex; gap: 0.5rem 1.5rem; align-items: center; flex-wrap: wrap; }
header.site a { color: var(--ink); text-decoration: none; font-weight: 600; }
header.site a.brand { color: var(--accent); font-size: 1.1rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; min-width: 0; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
a { color: #1a4f8b; }
code { overflow-wrap: anywhere; }
th { overflow-wrap: normal; }
pre { overflow-x: auto; max-width: 100%; background: var(--soft); padding: 0.6rem; }
img { max-width: 100%; height: auto; }
.muted { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.chart-data { font-size: 0.85rem; max-width: 40rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 1rem 0; }
.figure { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; min-width: 0; }
.figure b { display: block; font-size: 1.7rem; }
.figure span { color: var(--muted); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.num, th.num { text-align: right; }
.table-scroll { overflow-x: auto; max-width: 100%; }
.badge { display: inline-block; padding: 0 0.4rem; border-radius: 4px; border: 1px solid var(--line); font-size: 0.85rem; }
.sev-critical { background: #8e1b1b; color: #fff; } .sev-high { background: #f6d7c7; } .sev-medium { background: #f7ebc4; } .sev-low { background: #e3ebf3; }
.overdue { font-weight: 700; color: var(--accent); }
svg.chart { max-width: 100%; height: auto; display: block; margin: 0.5rem 0 1rem; }
.search input { font: inherit; padding: 0.5rem 0.7rem; width: 100%; max-width: 30rem; border: 1px solid #888; border-radius: 6px; }
.search ul { padding-left: 1.2rem; }
.incident-body { border-top: 1px solid var(--line); margin-top: 1.5rem; }
dl.meta { display: grid; grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr); gap: 0.2rem 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; min-width: 0; }
@media screen and (max-width: 40rem) {
  header.site { padding: 0.6rem 1rem; gap: 0.3rem 1rem; }
  main { padding: 1rem; }
  h1 { font-size: 1.45rem; }
  table { font-size: 0.85rem; }
  th, td { padding: 0.3rem 0.3rem; }
  /* A label column gives way before the numbers do. */
  td:first-child { hyphens: auto; overflow-wrap: anywhere; }
  dl.meta { grid-template-columns: minmax(0, 7.5rem) minmax(0, 1fr); gap: 0.3rem 0.7rem; font-size: 0.95rem; }
  /* Tables with a header stack into one card per row, each value under its column's name. */
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 0.6rem; padding: 0.3rem 0.6rem; }
  table.cards td { border: 0; padding: 0.15rem 0; text-align: left; }
  table.cards td.num { text-align: left; }
  table.cards td[data-label]::before { content: attr(data-label); display: block; font-size: 0.8rem; color: var(--muted); }
}
@media print {
  @page { margin: 14mm; }
  body { font-size: 11pt; }
  header.site, .search, .no-print { display: none; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  tr, .figure, svg.chart { break-inside: avoid; }
  .figures { grid-template-columns: repeat(4, 1fr); }
  /* Paper cannot scroll: a cell's long word breaks where it must rather than run off the page. */
  .table-scroll { overflow: visible; }
  td { overflow-wrap: anywhere; }
}
`;

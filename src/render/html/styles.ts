/** One stylesheet for the site and the printed report: readable on a projector and on paper. */
export const STYLES = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b63; --line: #d9d9de; --accent: #8e1b1b; --soft: #f6f4f1; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header.site { background: var(--soft); border-bottom: 1px solid var(--line); padding: 0.75rem 1.5rem; display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
header.site a { color: var(--ink); text-decoration: none; font-weight: 600; }
header.site a.brand { color: var(--accent); font-size: 1.1rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
a { color: #1a4f8b; }
.muted { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.chart-data { font-size: 0.85rem; max-width: 40rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 1rem 0; }
.figure { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; }
.figure b { display: block; font-size: 1.7rem; }
.figure span { color: var(--muted); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.num, th.num { text-align: right; }
td:first-child { white-space: nowrap; }
.badge { display: inline-block; padding: 0 0.4rem; border-radius: 4px; border: 1px solid var(--line); font-size: 0.85rem; }
.sev-critical { background: #8e1b1b; color: #fff; } .sev-high { background: #f6d7c7; } .sev-medium { background: #f7ebc4; } .sev-low { background: #e3ebf3; }
.overdue { font-weight: 700; color: var(--accent); }
svg.chart { max-width: 100%; height: auto; display: block; margin: 0.5rem 0 1rem; }
.search input { font: inherit; padding: 0.5rem 0.7rem; width: 100%; max-width: 30rem; border: 1px solid #888; border-radius: 6px; }
.search ul { padding-left: 1.2rem; }
.incident-body { border-top: 1px solid var(--line); margin-top: 1.5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
@media print {
  @page { margin: 14mm; }
  body { font-size: 11pt; }
  header.site, .search, .no-print { display: none; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  tr, .figure, svg.chart { break-inside: avoid; }
  .figures { grid-template-columns: repeat(4, 1fr); }
}
`;

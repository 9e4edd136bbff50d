import { escapeHtml } from "./escape.js";

/**
 * Small SVG charts drawn at build time. Each has a title and a description for screen readers, prints
 * its numbers as text, and tells series apart by pattern as well as colour.
 */
export interface Series {
  name: string;
  values: readonly number[];
}

const WIDTH = 640;
const FONT = 'font-family="system-ui, sans-serif" font-size="12"';
/** Fill and pattern per series position: readable in grey print and without colour vision. */
const STYLES = [
  { color: "#8e1b1b", pattern: "" },
  { color: "#d9622b", pattern: '<path d="M0 6 L6 0" stroke="#fff" stroke-width="1.5"/>' },
  { color: "#e0b03c", pattern: '<circle cx="3" cy="3" r="1.2" fill="#5a4300"/>' },
  { color: "#6f8fb0", pattern: '<path d="M0 3 H6" stroke="#fff" stroke-width="1.2"/>' },
];

const n = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function frame(id: string, title: string, desc: string, height: number, body: string, defs = ""): string {
  const t = escapeHtml(title);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${t}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>${defs ? `<defs>${defs}</defs>` : ""}${body}</svg>`;
}

function fills(id: string, count: number): { defs: string; fill: (i: number) => string } {
  const defs = STYLES.slice(0, count)
    .map((s, i) =>
      s.pattern
        ? `<pattern id="${id}-p${i}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${s.color}"/>${s.pattern}</pattern>`
        : "",
    )
    .join("");
  return {
    defs,
    fill: (i) => (STYLES[i % STYLES.length]!.pattern ? `url(#${id}-p${i % STYLES.length})` : STYLES[i % STYLES.length]!.color),
  };
}

/** Columns per category, stacked by series, with each column's total written above it. */
export function stackedColumns(id: string, title: string, desc: string, categories: readonly string[], series: readonly Series[]): string {
  const height = 260;
  const top = 40;
  const bottom = 200;
  const totals = categories.map((_, c) => series.reduce((sum, s) => sum + (s.values[c] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const slot = (WIDTH - 60) / Math.max(1, categories.length);
  const barWidth = Math.min(48, slot * 0.6);
  const labelEvery = Math.max(1, Math.ceil(64 / slot));
  const { defs, fill } = fills(id, series.length);
  const parts: string[] = [`<line x1="40" y1="${bottom}" x2="${WIDTH - 10}" y2="${bottom}" stroke="#444"/>`];
  categories.forEach((category, c) => {
    const x = 40 + slot * c + (slot - barWidth) / 2;
    let y = bottom;
    series.forEach((s, i) => {
      const value = s.values[c] ?? 0;
      if (value === 0) return;
      const h = ((bottom - top) * value) / max;
      y -= h;
      parts.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${n(barWidth)}" height="${n(h)}" fill="${fill(i)}" stroke="#222" stroke-width="0.5"><title>${escapeHtml(`${category}, ${s.name}: ${value}`)}</title></rect>`,
      );
    });
    parts.push(`<text x="${n(x + barWidth / 2)}" y="${n(y - 6)}" text-anchor="middle" ${FONT}>${totals[c]}</text>`);
    // With many columns only every few get a label, so the labels never run into each other.
    if (c % labelEvery === 0 || c === categories.length - 1) {
      parts.push(`<text x="${n(x + barWidth / 2)}" y="${bottom + 16}" text-anchor="middle" ${FONT}>${escapeHtml(category)}</text>`);
    }
  });
  series.forEach((s, i) => {
    const x = 40 + i * 130;
    parts.push(`<rect x="${x}" y="${height - 24}" width="14" height="14" fill="${fill(i)}" stroke="#222" stroke-width="0.5"/>`);
    parts.push(`<text x="${x + 20}" y="${height - 12}" ${FONT}>${escapeHtml(s.name)}</text>`);
  });
  return frame(id, title, desc, height, parts.join(""), defs);
}

export interface Bar {
  label: string;
  value: number;
  /** The value as a reader should see it, such as "2 h 30 min". */
  text?: string;
}

/** One horizontal bar per row, its value written at its end. */
export function horizontalBars(id: string, title: string, desc: string, rows: readonly Bar[]): string {
  const rowHeight = 24;
  const labelWidth = 190;
  const height = Math.max(1, rows.length) * rowHeight + 16;
  const max = Math.max(1, ...rows.map((r) => r.value));
  // Room after the longest bar for its value, such as "21 h 18 min / 1 d 11 h".
  const span = WIDTH - labelWidth - 170;
  const parts = rows.map((r, i) => {
    const y = 8 + i * rowHeight;
    const w = Math.max(r.value > 0 ? 2 : 0, (span * r.value) / max);
    return (
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" ${FONT}>${escapeHtml(r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${n(w)}" height="${rowHeight - 8}" fill="${STYLES[0]!.color}" opacity="0.85"><title>${escapeHtml(`${r.label}: ${r.text ?? r.value}`)}</title></rect>` +
      `<text x="${n(labelWidth + w + 6)}" y="${y + 15}" ${FONT}>${escapeHtml(r.text ?? String(r.value))}</text>`
    );
  });
  return frame(id, title, desc, height, parts.join(""));
}

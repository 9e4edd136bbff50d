import type { Series } from "./html/charts.js";

/**
 * What a page says, before it is Markdown or HTML. Report sections build blocks from the model once;
 * the two writers (blocks-markdown.ts, html/blocks-html.ts) only decide how each block looks, so the
 * Markdown and the HTML review cannot say different things.
 */
export type Inline =
  | string
  | { kind: "incident"; id: string; file: string; text: string }
  | { kind: "strong"; text: string }
  | { kind: "code"; text: string }
  | { kind: "severity"; value: string; text: string }
  /** A due day: marked overdue in the text itself when the report knows it is. */
  | { kind: "due"; day: string; text: string; overdue: boolean; overdueText: string }
  | Inline[];

export type Chart =
  | { type: "bars"; id: string; title: string; rows: { label: string; value: number; text?: string }[] }
  | { type: "pie"; id: string; title: string; rows: { label: string; value: number }[] }
  | { type: "columns"; id: string; title: string; desc: string; categories: string[]; series: Series[] };

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; content: Inline; muted?: boolean }
  | { kind: "table"; head: string[]; rows: Inline[][]; numeric?: number[] }
  | { kind: "list"; items: Inline[] }
  /** Large headline numbers: tiles on a page, left out of Markdown where the headline table says the same. */
  | { kind: "tiles"; items: { value: string; label: string }[] }
  | { kind: "chart"; chart: Chart };

/** The text of an inline, without any markup. */
export function plain(inline: Inline): string {
  if (typeof inline === "string") return inline;
  if (Array.isArray(inline)) return inline.map(plain).join("");
  return inline.text;
}

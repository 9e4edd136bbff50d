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
  /**
   * A due day. The report knows whether it is overdue; a page that must not depend on today marks an
   * open one in the browser, from the day it carries.
   */
  | { kind: "due"; day: string; text: string; open: boolean; overdue: boolean; overdueText: string }
  /** A date or date-time as people read it, with the value as written for machines. */
  | { kind: "time"; value: string; text: string }
  /** A relative link to another page or file, as a path. */
  | { kind: "link"; href: string; text: string }
  /** A web address written in an incident file; only http and https are ever linked. */
  | { kind: "external"; url: string; text: string }
  | Inline[];

export type Chart =
  | { type: "bars"; id: string; title: string; rows: { label: string; value: number; text?: string }[] }
  | { type: "pie"; id: string; title: string; rows: { label: string; value: number }[] }
  | {
      type: "columns";
      id: string;
      title: string;
      desc: string;
      categories: string[];
      series: Series[];
      /** Markdown charts show one series: a stacked chart whose parts are the point is left to its table there. */
      markdown?: boolean;
    };

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; content: Inline; muted?: boolean }
  /** `rows` may be made as they are written (`rowsOf`): a table of a hundred thousand actions never exists whole. */
  | { kind: "table"; head: string[]; rows: Iterable<Inline[]>; numeric?: number[] }
  | { kind: "list"; items: Inline[] }
  /** Label and value pairs, such as an incident's details. */
  | { kind: "fields"; items: { label: string; value: Inline }[] }
  /** Large headline numbers: tiles on a page, left out of Markdown where the headline table says the same. */
  | { kind: "tiles"; items: { value: string; label: string }[] }
  | { kind: "chart"; chart: Chart };

/** The text of an inline, without any markup. */
export function plain(inline: Inline): string {
  if (typeof inline === "string") return inline;
  if (Array.isArray(inline)) return inline.map(plain).join("");
  return inline.text;
}

/**
 * Text already written for inlines and table rows that several pages show (an incident's row on its
 * cause page and on each of its channels' pages): each is then written once. Only for those that look
 * the same on every page that shows them, so never one with an `incident` link, whose target depends on
 * the page; and a row shared so is always shown under the same table head (rows are made per head).
 */
export type InlineMemo = WeakMap<object, string>;

/** `cache`'s value for `key`, made once by `make`; without a cache, made every time. */
export function cached<K extends object, V>(cache: Map<K, V> | WeakMap<K, V> | undefined, key: K, make: () => V): V {
  if (!cache) return make();
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** Rows made from `items` one at a time, as the table is written; it can be written more than once. */
export function rowsOf<T>(items: Iterable<T>, row: (item: T) => Inline[]): Iterable<Inline[]> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield row(item);
    },
  };
}

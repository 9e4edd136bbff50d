import path from "node:path";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import footnote from "markdown-it-footnote";
import { fasterMarkdownIt } from "./markdown-it-speed.js";

export interface BodyOptions {
  /** Rewrites a relative link or image written in the incident file so it still works from the page. */
  rebase: (url: string) => string;
  /** The incident's title: a leading `# heading` that repeats it is not shown a second time. */
  title?: string;
}

const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|#|\/|\?)/i;

/**
 * Safe by construction: with `html: false` raw HTML in the Markdown is written out as text, so no
 * element, script or event attribute can come from a file; markdown-it's own `validateLink` refuses
 * `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs; `linkify` stays off.
 */
const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false }).use(footnote);
// Line breaks are made plain here instead (`plainBreaks`): markdown-it's own rule rewrites every line
// break of every body, a twentieth of its time on long post-mortems, where most have none to change.
md.core.ruler.disable("normalize");
fasterMarkdownIt(md);

/** Links each memo keeps: a team links the same pages, assets and notes again and again. */
const LINKS_KEPT = 10_000;

/** `answer`, remembered for the last `LINKS_KEPT` keys or so (the memo starts again when full). */
function linkMemo(answer: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let link = known.get(key);
    if (link === undefined) {
      link = answer(key);
      if (known.size >= LINKS_KEPT) known.clear();
      known.set(key, link);
    }
    return link;
  };
}

// Percent-encoding and punycode: markdown-it parses every URL again otherwise, twice for an autolink
// (its address and the text shown).
md.normalizeLink = linkMemo(md.normalizeLink.bind(md));
md.normalizeLinkText = linkMemo(md.normalizeLinkText.bind(md));

/** What markdown-it's `normalize` rule makes of a text: `\r\n` and `\r` as `\n`, NUL as U+FFFD. */
function plainBreaks(text: string): string {
  let out = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (out.includes("\0")) out = out.replace(/\0/g, "\uFFFD");
  return out;
}

const defaultTableOpen = md.renderer.rules.table_open;
const defaultTableClose = md.renderer.rules.table_close;
// A wide table scrolls inside its own box instead of widening the page on a phone.
md.renderer.rules.table_open = (tokens, idx, options, env, self) =>
  `<div class="table-scroll">${defaultTableOpen ? defaultTableOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)}`;
md.renderer.rules.table_close = (tokens, idx, options, env, self) =>
  `${defaultTableClose ? defaultTableClose(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options)}</div>`;

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Drops a first-level heading at the very start of the body when it says the title again. */
function dropRepeatedTitle(tokens: Token[], title: string | undefined): Token[] {
  const first = tokens[0];
  if (!title || first?.type !== "heading_open" || first.tag !== "h1") return tokens;
  const text = tokens[1]?.content ?? "";
  return fold(text) === fold(title) ? tokens.slice(3) : tokens;
}

/** Headings move one level down, under the page's own sections; relative URLs are rebased. */
function adjust(tokens: Token[], options: BodyOptions): void {
  for (const token of tokens) {
    // Only these carry a level or a URL: the rest are passed by on their type alone (a long body has
    // tens of thousands of tokens).
    switch (token.type) {
      case "heading_open":
      case "heading_close":
        if (/^h[1-5]$/.test(token.tag)) token.tag = `h${Number(token.tag[1]) + 1}`;
        break;
      case "inline":
        if (token.children) adjust(token.children, options);
        break;
      case "link_open":
        rebaseAttribute(token, "href", options);
        break;
      case "image":
        rebaseAttribute(token, "src", options);
        if (token.children) adjust(token.children, options);
        break;
    }
  }
}

function rebaseAttribute(token: Token, attribute: string, options: BodyOptions): void {
  const value = token.attrGet(attribute);
  if (typeof value === "string" && value !== "" && RELATIVE.test(value)) token.attrSet(attribute, options.rebase(value));
}

/**
 * An incident's Markdown body (CommonMark with GitHub tables and footnotes) as HTML that cannot run
 * anything. Footnote ids carry a prefix so that they cannot collide with the page's own ids.
 */
export function bodyToHtml(markdown: string, options: BodyOptions): string {
  const env = { docId: "user-content" };
  const tokens = dropRepeatedTitle(md.parse(plainBreaks(markdown), env), options.title);
  adjust(tokens, options);
  return md.renderer.render(tokens, md.options, env);
}

/** An incident's body as its site page shows it: where the page and the incident file are decide its links. */
export interface IncidentBody {
  /** The folder of the incident's page, relative to the working directory (`kb/site/incidents`). */
  page: string;
  /** The incident file, relative to the working directory: relative links in the body start from its folder. */
  file: string;
  title: string;
  body: string;
}

/**
 * `path.posix.relative(page, path.posix.join(from, url))`, for the link `url` written in a file of the
 * folder `from`, seen from the folder `page` (all relative to the working directory). `relative` resolves
 * both paths against the working directory on every call, a fifth of a link-heavy page's time; inside
 * it, the answer depends on the segments alone. A link that climbs out of it is left to `relative`.
 */
export function rebaseLink(page: string, from: string, url: string): string {
  const target = path.posix.join(from, url);
  if (target.startsWith("..") || target.startsWith("/") || page.startsWith("/") || page.split("/").includes(".."))
    return path.posix.relative(page, target);
  const to = target.split("/").filter((s) => s !== "" && s !== ".");
  const base = page.split("/").filter((s) => s !== "" && s !== ".");
  let common = 0;
  while (common < to.length && common < base.length && to[common] === base[common]) common++;
  return [...Array<string>(base.length - common).fill(".."), ...to.slice(common)].join("/");
}

/** Pairs of folders whose rebased links are remembered: a site has one page folder, a team a folder a year or so. */
const FOLDERS_KEPT = 64;
const rebasers = new Map<string, (url: string) => string>();

/** `rebaseLink` for one page folder and one incident folder, remembered by link alone. */
function rebaser(page: string, from: string): (url: string) => string {
  // NUL apart: no path holds it.
  const key = `${page}\0${from}`;
  let rebase = rebasers.get(key);
  if (!rebase) {
    if (rebasers.size >= FOLDERS_KEPT) rebasers.clear();
    rebase = linkMemo((url) => rebaseLink(page, from, url));
    rebasers.set(key, rebase);
  }
  return rebase;
}

export function incidentBodyHtml({ page, file, title, body }: IncidentBody): string {
  return bodyToHtml(body, { title, rebase: rebaser(page, path.posix.dirname(file)) });
}

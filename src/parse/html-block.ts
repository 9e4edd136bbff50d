import { htmlBlockNames } from "micromark-util-html-tag-name";

/**
 * CommonMark's HTML blocks, as its spec defines them line by line (section 4.6): which line starts one,
 * of which of the seven kinds, and which line ends it. The names are micromark's own lists, the ones
 * remark reads with. A comment (kind 2) is left to the outline scan, which also judges whether it is
 * content.
 */
export type HtmlBlockKind = 1 | 3 | 4 | 5 | 6 | 7;

const BLOCK_NAMES = new Set(htmlBlockNames);

const RAW_START = /^ {0,3}<(pre|script|style|textarea)(?=[ \t>]|$)/i;
const BLOCK_START = /^ {0,3}<\/?([a-z][a-z0-9-]*)(?=[ \t]|\/?>|$)/i;
const ATTRIBUTE = String.raw`[ \t]+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
/** A complete open or closing tag alone on its line (spaces and tabs may follow it). */
const LONE_TAG = new RegExp(
  String.raw`^ {0,3}(?:<([a-zA-Z][a-zA-Z0-9-]*)(?:${ATTRIBUTE})*[ \t]*\/?>|<\/([a-zA-Z][a-zA-Z0-9-]*)[ \t]*>)[ \t]*$`,
);

/** The kind of HTML block `line` starts, or `null` when it starts none (a comment included). */
export function htmlBlockStart(line: string): HtmlBlockKind | null {
  if (!/^ {0,3}</.test(line)) return null;
  if (RAW_START.test(line)) return 1;
  const rest = line.trimStart();
  if (rest.startsWith("<?")) return 3;
  if (rest.startsWith("<![CDATA[")) return 5;
  if (/^<![a-zA-Z]/.test(rest)) return 4;
  const block = BLOCK_START.exec(line);
  if (block && BLOCK_NAMES.has(block[1]!.toLowerCase())) return 6;
  // A raw element's open tag reaching here is self-closing (`<script/>`): micromark reads it as kind 7.
  if (LONE_TAG.test(line)) return 7;
  return null;
}

const END_MARK: Record<1 | 3 | 4 | 5, RegExp> = {
  1: /<\/(?:pre|script|style|textarea)>/i,
  3: /\?>/,
  4: />/,
  5: /\]\]>/,
};
const OPENER: Record<1 | 3 | 4 | 5, RegExp> = { 1: /^ {0,3}<[a-z]+/i, 3: /^ {0,3}<\?/, 4: /^ {0,3}<!/, 5: /^ {0,3}<!\[CDATA\[/ };
const BLANK = /^[ \t]*$/;

/**
 * The index of the last line of the HTML block of `kind` that starts at line `start`: the line holding
 * its end mark, or the line before the first blank one (kinds 6 and 7); the last line when none comes.
 */
export function htmlBlockEnd(lineAt: (i: number) => string, count: number, start: number, kind: HtmlBlockKind): number {
  if (kind === 6 || kind === 7) {
    for (let i = start + 1; i < count; i++) if (BLANK.test(lineAt(i))) return i - 1;
    return count - 1;
  }
  // On the first line, the end mark is looked for after the mark that opened the block.
  const first = lineAt(start);
  if (END_MARK[kind].test(first.slice(OPENER[kind].exec(first)![0].length))) return start;
  for (let i = start + 1; i < count; i++) if (END_MARK[kind].test(lineAt(i))) return i;
  return count - 1;
}

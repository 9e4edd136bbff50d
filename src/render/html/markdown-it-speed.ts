import type MarkdownIt from "markdown-it";
import type StateBlock from "markdown-it/lib/rules_block/state_block.mjs";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";
import type Token from "markdown-it/lib/token.mjs";

/**
 * Four of markdown-it's steps done with less work and the same result, token for token: on long
 * post-mortems they were about half of its time (1,000 bodies of 17 KB: 205 → 107 ms), and on a site of such
 * bodies markdown-it is what the build waits for. `markdown-it-speed.test.ts` renders every CommonMark
 * spec example, footnotes and random text both ways; markdown-it is pinned, so a new version is
 * checked again before it is used.
 */
export function fasterMarkdownIt(md: MarkdownIt): void {
  md.inline.ruler.at("text", plainText);
  md.core.ruler.at("inline", plainInlinesAtOnce);
  md.block.State = linesWithIndexOf(md.block.State);
  footnotesOnTheirOwn(md);
}

/**
 * The characters that may start Markdown inline syntax, as markdown-it's `text` rule lists them; it
 * tests them one at a time in a `switch`, a sticky regular expression skips a run of the others at once.
 */
const PLAIN_RUN = /[^\n!#$%&*+\-:<=>@[\\\]^_`{}~]+/y;

function plainText(state: StateInline, silent: boolean): boolean {
  PLAIN_RUN.lastIndex = state.pos;
  if (!PLAIN_RUN.test(state.src)) return false;
  const end = Math.min(PLAIN_RUN.lastIndex, state.posMax);
  if (end <= state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, end);
  state.pos = end;
  return true;
}

/**
 * markdown-it's core step that parses each block's inline text, with text that is all plain given its one
 * text token at once: the inline parser would make exactly that (`text` takes the whole text, and no
 * other rule starts at a plain character), after setting up its state and rules for it. A table of
 * figures has hundreds of such cells, and a cell took as long to parse as a paragraph.
 */
function plainInlinesAtOnce(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "inline") continue;
    if (allPlain(token.content)) {
      const text = new state.Token("text", "", 0);
      text.content = token.content;
      token.children!.push(text);
    } else state.md.inline.parse(token.content, state.md, state.env, token.children!);
  }
}

/**
 * Texts up to this long are looked at before they are parsed: a cell or a heading, where setting up the
 * parser is most of the work. A paragraph seldom is all plain, and would be read twice to learn it.
 */
const SHORT = 200;

/** Whether `text` is short and no character of it may start Markdown inline syntax or a line break. */
function allPlain(text: string): boolean {
  if (text.length > SHORT) return false;
  PLAIN_RUN.lastIndex = 0;
  return PLAIN_RUN.test(text) && PLAIN_RUN.lastIndex === text.length;
}

/**
 * markdown-it's block state finds where each line begins and ends, and its indent, by looking at every
 * character of the body. Here only the indent is read character by character; the end of the line is
 * found with `indexOf`. The state itself is markdown-it's own, made for an empty text (so that every other
 * field is set as markdown-it sets it) and given the lines afterwards.
 */
function linesWithIndexOf(Original: typeof StateBlock): typeof StateBlock {
  function State(src: string, md: MarkdownIt, env: unknown, tokens: Token[]): StateBlock {
    const state = new Original("", md, env, tokens);
    const begins: number[] = [];
    const ends: number[] = [];
    const shifts: number[] = [];
    const counts: number[] = [];
    const length = src.length;
    for (let start = 0; start < length;) {
      let pos = start;
      let indent = 0;
      let width = 0;
      for (; pos < length; pos++, indent++) {
        const ch = src.charCodeAt(pos);
        if (ch === 0x20) width++;
        else if (ch === 0x09) width += 4 - (width % 4);
        else break;
      }
      // Like markdown-it, a last line of spaces and tabs with no line break after it is no line.
      if (pos === length) break;
      const end = src.indexOf("\n", pos);
      begins.push(start);
      ends.push(end < 0 ? length : end);
      shifts.push(indent);
      counts.push(width);
      start = end < 0 ? length : end + 1;
    }
    // markdown-it's closing entry, past the last line.
    begins.push(length);
    ends.push(length);
    shifts.push(0);
    counts.push(0);
    state.src = src;
    state.bMarks = begins;
    state.eMarks = ends;
    state.tShift = shifts;
    state.sCount = counts;
    state.bsCount = counts.map(() => 0);
    state.lineMax = begins.length - 1;
    return state;
  }
  // Called with `new`: the state returned is the object made, with markdown-it's own prototype.
  return State as unknown as typeof StateBlock;
}

/**
 * The footnote plugin's last step takes each footnote's text out of the document and adds it at the end,
 * copying the whole list of tokens once per footnote: quadratic, and a fifth of a second on 10,000
 * bodies with 18 footnotes each. It is given only the footnotes' tokens, the rest set aside before and
 * put back in front after: it keeps the same tokens in the same order.
 */
function footnotesOnTheirOwn(md: MarkdownIt): void {
  const setAside = new WeakMap<StateCore, Token[]>();
  const before = (state: StateCore) => {
    if (!(state.env as { footnotes?: unknown }).footnotes) return;
    const rest: Token[] = [];
    const footnotes: Token[] = [];
    let inside = false;
    // The plugin's own reading: an opening or closing mark always goes, a note in a note ends at its
    // first closing mark, and what follows it up to the outer one stays in the text.
    for (const token of state.tokens) {
      if (token.type === "footnote_reference_open") inside = true;
      else if (token.type === "footnote_reference_close") inside = false;
      else if (!inside) {
        rest.push(token);
        continue;
      }
      footnotes.push(token);
    }
    setAside.set(state, rest);
    state.tokens = footnotes;
  };
  try {
    md.core.ruler.before("footnote_tail", "footnote_tail-set-aside", before);
  } catch {
    return; // No footnote plugin: nothing to do.
  }
  md.core.ruler.after("footnote_tail", "footnote_tail-put-back", (state) => {
    const rest = setAside.get(state);
    if (!rest) return;
    setAside.delete(state);
    state.tokens = state.tokens.length ? rest.concat(state.tokens) : rest;
  });
}

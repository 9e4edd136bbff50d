import { BLAME_PHRASES, NEGATION } from "../../i18n/blame.js";
import { fold } from "../../i18n/fold.js";
import { DEFAULT_SECTIONS, normalizeHeading } from "../../i18n/sections.js";
import { ownString, ownStrings } from "../../model/own-string.js";
import type { DataPath } from "../../schema/index.js";
import { defineRule, type ParsedDocument, type Report } from "../define-rule.js";
import { actionsOf, asList, asRecord, asText } from "../values.js";

/** Matches of the blaming phrases, leaving out those a negation just before turns blameless. */
function blaming(text: string, phrases: Phrases): RegExpExecArray[] {
  // Most text holds none of the phrases: a plain search says so before the whole-word pattern runs.
  if (!phrases.quick.test(text)) return [];
  return [...text.matchAll(phrases.pattern)].filter((m) => !NEGATION.test(text.slice(Math.max(0, m.index - 40), m.index)));
}

interface Phrases {
  pattern: RegExp;
  quick: RegExp;
  /** The phrases with any accent allowed on their letters, to search text before folding it. */
  loose: RegExp;
}

const ACCENTS: Record<string, string> = { a: "aáàâä", e: "eéèêë", i: "iíìîï", o: "oóòôö", u: "uúùûü", n: "nñ", c: "cç" };

function loosely(word: string): string {
  return [...escapeRegExp(word)].map((c) => (ACCENTS[c] ? `[${ACCENTS[c]}]` : c)).join("");
}

const WORD = /[\p{L}\p{N}]/u;

/** The first of `words` found in `text` as a whole word, without compiling a pattern per file. */
function findWord(text: string, words: readonly string[]): string | undefined {
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const before = text[at - 1];
      const after = text[at + word.length];
      if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) return word;
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The words as one alternation that shares their common beginnings (`bl(?:ame(?:d| on))`): a search tries
 * each shared letter once at a position instead of once per word, which halves the time a long section
 * takes. `letter` writes one character of a word as a pattern. The same texts match as with `a|b|c`.
 */
export function alternation(words: readonly string[], letter: (c: string) => string): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const c of word) {
      const key = letter(c);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const write = (node: Node): string => {
    const branches = [...node.next].map(([key, child]) => key + write(child));
    if (branches.length === 0) return "";
    if (branches.length > 1) return `(?:${branches.join("|")})${node.end ? "?" : ""}`;
    return node.end ? `(?:${branches[0]})?` : branches[0]!;
  };
  return write(root);
}

/** One pattern for a list of phrases, matched as whole words, with the phrases for a quick search first. */
function wordsPattern(phrases: readonly string[]): Phrases | null {
  const words = [...new Set(phrases.map((p) => fold(p).trim()).filter((p) => p.length > 0))];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  if (!words.length) return null;
  return { pattern, quick: new RegExp(alternation(words, escapeRegExp)), loose: new RegExp(alternation(words, loosely), "i") };
}

const nameWords = new Map<string, readonly string[]>();

/** A name and its words, folded; only words made of letters count (an owner written as markup names nobody). */
function wordsOfName(name: string): readonly string[] {
  let words = nameWords.get(name);
  if (!words) {
    words = [name, ...name.split(/[\s.,]+/)].filter((t) => t.length >= 3 && /^\p{L}[\p{L}'’ -]*$/u.test(t)).map(fold);
    // Owners repeat across a corpus; the cache stays small.
    if (nameWords.size < 5_000) nameWords.set(ownString(name), ownStrings(words.slice()));
  }
  return words;
}

/** The people named in the incident, folded: owners are the first to be blamed in a cause. */
function peopleOf(doc: ParsedDocument): string[] {
  const names = [asText(doc.data.owner), ...actionsOf(doc.data).map((a) => asText(a.action.owner))];
  return [...new Set(names.flatMap((n) => (n ? wordsOfName(n) : [])))];
}

const BLAMELESS_SECTIONS = [DEFAULT_SECTIONS[2]!, DEFAULT_SECTIONS[3]!].flatMap((s) => s.names.map(normalizeHeading));

export default defineRule({
  id: "blameless-language",
  severity: "warn",
  scope: "file",
  messages: ["phrase", "name", "section"],
  create: ({ config }) => {
    const phrases = wordsPattern([...BLAME_PHRASES, ...config.blamelessPhrases]);
    return (doc, report) => {
      const people = peopleOf(doc);
      const check = (text: unknown, path: DataPath, withNames: boolean) => {
        if (typeof text !== "string") return;
        const folded = fold(text);
        const phrase = phrases ? blaming(folded, phrases)[0]?.[0] : undefined;
        const name = withNames ? findWord(folded, people) : undefined;
        const found = phrase || name;
        if (!found) return;
        const where = path[0] === "cause" ? "cause" : "lesson";
        const r: Report = phrase
          ? { messageId: "phrase", data: { where, phrase }, path, actual: found }
          : { messageId: "name", data: { where, name: name! }, path, actual: found };
        report(r);
      };
      const cause = asRecord(doc.data.cause);
      check(cause?.summary, ["cause", "summary"], true);
      asList(cause?.factors).forEach((factor, i) => {
        check(factor, ["cause", "factors", i], true);
      });
      asList(doc.data.lessons).forEach((lesson, i) => {
        check(asRecord(lesson)?.lesson, ["lessons", i, "lesson"], false);
      });
      if (!phrases) return;
      let lines: string[] | undefined;
      for (const section of doc.outline()) {
        if (!BLAMELESS_SECTIONS.includes(normalizeHeading(section.title))) continue;
        lines ??= doc.body.split("\n");
        const first = section.line + 1 - doc.bodyLine;
        const raw = lines.slice(first, section.endLine - doc.bodyLine + 1).join("\n");
        // A section is long; it is folded only when a phrase may be in it.
        if (!phrases.loose.test(raw)) continue;
        const text = fold(raw);
        for (const match of blaming(text, phrases)) {
          const before = text.slice(0, match.index);
          const lineOffset = before.split("\n").length - 1;
          report({
            messageId: "section",
            data: { section: section.title, phrase: match[0] },
            at: { line: section.line + 1 + lineOffset, column: match.index - before.lastIndexOf("\n") },
            actual: match[0],
          });
        }
      }
    };
  },
});

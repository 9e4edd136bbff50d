import { type LimitName, LIMITS } from "../limits.js";

export interface LimitProblem {
  limit: LimitName;
  /** What the text has, as far as the check read before stopping. */
  found: number;
  max: number;
  /** Offset in the text where the limit was crossed. */
  at: number;
}

/** Plain values never start with these; a `*` there is an alias. */
const ALIAS = /(?:^|[\s[{,])\*[^\s,[\]{}]/g;

/**
 * One linear pass over a front-matter before any parser sees it: line length, nesting (indentation
 * levels, dashes and brackets, counted even inside quotes so that nothing can hide), keys, list items and
 * aliases. Returns the first limit crossed.
 */
export function checkLimits(text: string): LimitProblem | null {
  const indents: number[] = [];
  let keys = 0;
  let items = 0;
  let aliases = 0;
  let flow = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (end - start > LIMITS.lineLength) return { limit: "lineLength", found: end - start, max: LIMITS.lineLength, at: start };
    const line = text.slice(start, end);
    let indent = 0;
    while (line[indent] === " " || line[indent] === "\t") indent++;
    if (indent < line.length && line[indent] !== "#") {
      while (indents.length && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      for (let i = indent; line[i] === "-" && (line[i + 1] === " " || i + 1 === line.length); i += 2) dashes++;
      items += dashes;
      // Character by character only where brackets are; most lines are `key: text`.
      if (flow > 0 || line.includes("[") || line.includes("{")) {
        for (let i = indent; i < line.length; i++) {
          const c = line.charCodeAt(i);
          if (c === 91 || c === 123) {
            flow++;
            const depth = indents.length + dashes + flow;
            if (depth > LIMITS.depth) return { limit: "depth", found: depth, max: LIMITS.depth, at: start + i };
          } else if ((c === 93 || c === 125) && flow > 0) flow--;
          else if (c === 44 && flow > 0) items++;
          else if (c === 58 && (i + 1 === line.length || line[i + 1] === " ")) keys++;
        }
      } else {
        for (let i = line.indexOf(": "); i !== -1; i = line.indexOf(": ", i + 2)) keys++;
        if (line.endsWith(":")) keys++;
      }
      const depth = indents.length + dashes + flow;
      if (depth > LIMITS.depth) return { limit: "depth", found: depth, max: LIMITS.depth, at: start + indent };
      if (keys > LIMITS.keys) return { limit: "keys", found: keys, max: LIMITS.keys, at: start + indent };
      if (items > LIMITS.items) return { limit: "items", found: items, max: LIMITS.items, at: start + indent };
      if (line.includes("*")) {
        for (const m of line.matchAll(ALIAS)) {
          if (++aliases > LIMITS.aliases) return { limit: "aliases", found: aliases, max: LIMITS.aliases, at: start + m.index };
        }
      }
    }
    start = end + 1;
  }
  return null;
}

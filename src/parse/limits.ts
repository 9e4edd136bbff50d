/**
 * What lessonbook reads from one file. Checked before any expensive work, so that time and memory stay
 * linear in the file's size and one hostile file cannot take a run down; each limit crossed is a plain
 * diagnostic on that file. Real incidents stay far below every one of them.
 */
export const LIMITS = {
  /** Bytes in a whole incident file. */
  fileBytes: 1024 * 1024,
  /** Characters on one line of the front-matter. */
  lineLength: 20_000,
  /** Levels of nesting in the front-matter (a lesson's action's field is 4 deep). */
  depth: 64,
  /** Fields (keys) in the whole front-matter; a timeline of 300 entries has 600. */
  keys: 2_000,
  /** Entries of lists and flow collections in the whole front-matter. */
  items: 10_000,
  /** YAML aliases (`*name`) written, and values they may expand to. */
  aliases: 100,
  /** Body size above which the exact Markdown parser is not used; the outline comes from the line scan. */
  bodyExactBytes: 256 * 1024,
} as const;

export type LimitName = Exclude<keyof typeof LIMITS, "bodyExactBytes">;

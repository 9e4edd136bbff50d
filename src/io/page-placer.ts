import path from "node:path";
import { UsageError } from "../model/errors.js";
import { type Generator, hasMark } from "../model/marks.js";
import { FolderLook, type Found, pageParts } from "./output-look.js";
import type { PagePieces } from "../model/page.js";
import { MARK_HEAD_BYTES, piecesBytes, piecesLength, readNoFollow } from "./write.js";

/** What is at a page's path once a link there has been refused. */
export type Seen = Exclude<Found, { kind: "link" }>;

/** Linux limits: one name (bytes), a whole path (bytes, with the final NUL). */
const NAME_MAX = 255;
export const PATH_MAX = 4096;

/** An output folder as seen by whoever puts pages into it. */
export interface FolderAccess {
  root: string;
  /** The staging folder's path, for the length checks, whether or not pages are written. */
  stagingPath: string;
  /** Whose mark lets a file there be replaced. */
  generator: Generator;
  /** How messages name the output folder (e.g. `kb`). */
  shownRoot: string;
}

/**
 * What every page goes through on its way into the output folder: a name that stays inside the folder
 * and fits the file system, a look at what is there without following a link, and the rule that only a
 * file carrying lessonbook's mark is ever replaced.
 */
export class PagePlacer {
  readonly folders: FolderLook;
  constructor(readonly access: FolderAccess) {
    this.folders = new FolderLook(access.root);
  }

  shown(name: string): string {
    return name === "" ? this.access.shownRoot : `${this.access.shownRoot}/${name}`;
  }

  linkError(at: string): UsageError {
    return new UsageError("output.link", { link: this.shown(at) });
  }

  /** Refuses a name that could leave the folder or that the file system could not hold. */
  checkName(name: string): void {
    const parts = pageParts(name);
    if (!parts) throw new UsageError("output.bad-name", { file: this.shown(name) });
    // A UTF-16 unit is at most three bytes: most names are counted in bytes only when they could be too long.
    for (const part of parts) {
      if (part.length * 3 <= NAME_MAX) continue;
      const bytes = Buffer.byteLength(part);
      if (bytes > NAME_MAX) throw new UsageError("output.name-too-long", { file: this.shown(name), bytes, limit: NAME_MAX });
    }
    if ((this.access.stagingPath.length + 1 + name.length) * 3 < PATH_MAX) return;
    const bytes = Buffer.byteLength(path.join(this.access.stagingPath, name));
    if (bytes >= PATH_MAX) throw new UsageError("output.path-too-long", { file: this.shown(name), bytes, limit: PATH_MAX - 1 });
  }

  marked(name: string): boolean {
    return hasMark(this.access.generator, name, readNoFollow(path.join(this.access.root, name), MARK_HEAD_BYTES).toString("utf8"));
  }

  sameText(name: string, size: number, text: string | PagePieces): boolean {
    // Sizes first: a page of many megabytes is encoded only when it may be the same.
    if (typeof text !== "string")
      return size === piecesLength(text) && readNoFollow(path.join(this.access.root, name)).equals(piecesBytes(text));
    return size === Buffer.byteLength(text) && readNoFollow(path.join(this.access.root, name)).equals(Buffer.from(text));
  }

  /** What is at `name`; a link on the way is refused. */
  look(name: string): Seen {
    const found = this.folders.look(name);
    if (found.kind === "link") throw this.linkError(found.at);
    return found;
  }

  /** A file lessonbook did not write is at `found` (or on its way): where, or `null` when not. */
  inTheWay(name: string, found: Seen): string | null {
    if (found.kind === "blocked") return found.at;
    return found.kind === "file" && !this.marked(name) ? name : null;
  }
}

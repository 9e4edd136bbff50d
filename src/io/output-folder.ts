import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../model/errors.js";
import type { Generator } from "../model/marks.js";
import type { PageContent, PagePieces } from "../model/page.js";
import { type Found, pageParts, realFolder, RESERVED_PREFIX, sorted } from "./output-look.js";
import { lockOutput } from "./output-lock.js";
import { PagePlacer, PATH_MAX, type Seen } from "./page-placer.js";
import { openPageWriter, type PageWriter } from "./page-writer.js";
import { fileComparer, lstatIfExists, piecesLength, readNoFollow } from "./write.js";
import { failedWrite, makeFolders, namedAsShown } from "./write-failures.js";

/**
 * The output folder as a sandbox. Every path is a page name joined to the real output folder, looked at
 * with `lstat` one component at a time, so no symbolic link is ever followed; a link on the way is
 * refused. A file is replaced or removed only when its content carries lessonbook's mark
 * (`hasMark`): the manifest only says which marked files a build may have left, it proves nothing.
 *
 * Changed pages are written to a staging folder inside the output folder as they come (memory stays
 * bounded), then renamed into place: one by one, or a whole folder at once where none was (a first
 * build of a site is ten thousand pages in a few new folders). Each rename is atomic, and the manifest
 * lists every page that may be in place before the first rename, so a build killed at any point leaves
 * each page old or new plus one staging folder, which the next build removes.
 */

/** Lists what `build` wrote, so that a later build finds its own stale pages (if they carry the mark). */
export const MANIFEST = ".lessonbook-manifest.json";
const STAGING_PREFIX = ".lessonbook-staging-";
/** Pages kept in memory before the first write to the staging folder: a small build touches the disk only to commit. */
const DEFAULT_MEMORY_BUDGET = 4 * 1024 * 1024;
/** Bytes shared with the writing thread for pages on their way to disk: a slow disk slows the build, it does not fill memory. */
const RING_BYTES = 8 * 1024 * 1024;
/** Bytes shared with the thread that compares pages with the files there: its work is reading, not waiting on a disk. */
const COMPARE_RING_BYTES = 2 * 1024 * 1024;
/** Pages answered by the comparing thread that may stay in its queue before they are taken out of it. */
const SETTLED_KEPT = 64;
/** A streamed page is compared and written in batches of parts of about this many characters. */
const PARTS_BATCH_CHARS = 256 * 1024;
/** A page given in parts is put as its pieces up to this many characters, and streamed past them. */
const PARTS_HELD_BYTES = 1024 * 1024;
/** A manifest larger than this is not a manifest lessonbook wrote: it is ignored. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

export interface FolderPlan {
  /** Pages to write, new or changed. */
  write: string[];
  /** Pages an earlier build wrote (marked, listed in the manifest) that this one no longer produces. */
  stale: string[];
  /** Files in the way that lessonbook did not write: never replaced. */
  conflicts: string[];
}

export interface OutputOptions {
  /** Only compare (`build --check`): nothing is ever written, not even a staging folder; `commit` throws. */
  check?: boolean;
  /** How messages name the output folder (e.g. `kb`); default: its absolute path. */
  shown?: string;
  /** Bytes of changed pages held in memory before they go to the staging folder. */
  memoryBudget?: number;
  /**
   * Write staged pages on a second thread while the caller makes the next ones (see `openPageWriter`):
   * for a build of many pages on a machine with more than one core.
   */
  thread?: boolean;
}

/**
 * An output folder being written page by page: `put` each page, read the `plan`, then `commit` (or
 * `abandon`). The contract `build` relies on: nothing outside `outDir` is written or removed, no link is
 * followed, and a page is replaced or removed only when its content carries lessonbook's mark.
 */
export interface StagedOutput {
  /** Adds a page: its text, or a function writing it in parts (see `PageContent`). */
  put(name: string, content: PageContent): void;
  /**
   * Takes back a page put earlier, as if it never had been: the build found out late that it has no
   * such page, or that the page must be made again (an incident page made while the files were read,
   * whose id a later file shares, or that links an incident with no page or names one with a page).
   */
  withdraw(name: string): void;
  /** What a commit would change: pages to write, stale pages to remove, files in the way. Reads only. */
  plan(): FolderPlan;
  /** Writes the planned changes; refuses (throws) while the plan has conflicts. */
  commit(): void;
  /** Leaves the folder exactly as it was (removes the staging folder). */
  abandon(): void;
}

/** A page being compared, on the comparing thread, with the file at its place. */
interface Comparing {
  name: string;
  text: string | PagePieces;
}

function manifestText(files: Iterable<string>): string {
  return `${JSON.stringify({ generator: "lessonbook build", files: [...files].sort() }, null, 2)}\n`;
}

export function openOutput(outDir: string, generator: Generator, options: OutputOptions = {}): StagedOutput {
  // The folder's parents may be links (a home folder often is); the folder and everything under it may not.
  const root = path.join(realFolder(path.dirname(path.resolve(outDir))), path.basename(path.resolve(outDir)));
  const shownRoot = options.shown ?? root;
  const budget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
  const staging = path.join(root, `${STAGING_PREFIX}${randomBytes(8).toString("hex")}`);

  const top = lstatIfExists(root);
  if (top?.isSymbolicLink()) throw new UsageError("output.link", { link: shownRoot });
  if (top && !top.isDirectory()) throw new UsageError("out.folder-is-file", { out: shownRoot });

  /** Every page name put, for the manifest. */
  const names = new Set<string>();
  /** Pages that differ from what is on disk and may be written (nothing there, or a marked file). */
  const changed = new Set<string>();
  /**
   * Files lessonbook did not write where a page goes (or on its way), by the page: one withdrawn is in no
   * one's way. Known by the plan; a build with any writes nothing.
   */
  const conflicts = new Map<string, string>();
  /**
   * Pages being compared with the file at their place on a thread of their own, which also looks at the
   * way there (in the order queued, from `comparedUpTo` on): the caller goes on making pages meanwhile.
   * Looked at and read back on this thread, ten thousand pages made a build of an unchanged site slower
   * than a first one.
   */
  const comparing: Comparing[] = [];
  let comparedUpTo = 0;
  /** The thread that compares: started once the pages put pass the memory budget, as the writing one is. */
  let compareThread: PageWriter | undefined;
  let putBytes = 0;
  /** Whether pages may be compared on a thread: not where there was no folder to compare with, nor once stopped. */
  let compareOnThread = options.thread === true && top !== null;
  const pending = new Map<string, string | PagePieces>();
  let pendingBytes = 0;
  let stagingOpen = false;
  /** Lets go of the output folder's lock, held from the staging folder's making to its removal. */
  let unlock: (() => void) | undefined;
  /** Writes the pages into the staging folder while it is open. */
  let writer: PageWriter | undefined;
  /** The first folder this build created on the way to the output folder, if it did. */
  let createdFrom: string | undefined;
  let closed = false;
  let committed = false;
  let planned: FolderPlan | undefined;

  const placer = new PagePlacer({ root, stagingPath: staging, generator, shownRoot });
  const shown = (name: string) => placer.shown(name);
  const linkError = (at: string) => placer.linkError(at);
  /** Looks at `name` inside the folder without following a link (see `FolderLook`). */
  const folders = placer.folders;
  const look = (name: string): Found => folders.look(name);
  const marked = (name: string) => placer.marked(name);

  /** Removes staging folders that interrupted builds left behind. */
  function removeLeftovers(): void {
    if (!lstatIfExists(root)?.isDirectory()) return;
    for (const entry of readdirSync(root)) {
      // rm never follows links, neither the entry itself nor anything inside it.
      if (entry.startsWith(STAGING_PREFIX) && path.join(root, entry) !== staging)
        rmSync(path.join(root, entry), { recursive: true, force: true });
    }
  }

  /** `thread`: more pages will come, so a writing thread pays off (when the options allow one). */
  function openStaging(thread = false): void {
    if (stagingOpen) return;
    createdFrom ??= makeFolders(root);
    if (lstatIfExists(root)?.isSymbolicLink()) throw linkError("");
    mkdirSync(staging);
    stagingOpen = true;
    // Before anything is removed: another build's staging folder is a leftover only once that build has ended.
    unlock = lockOutput(root, staging, shownRoot);
    removeLeftovers();
    writer = openPageWriter({ thread: thread && options.thread === true, ringBytes: RING_BYTES });
  }

  /** Writes lessonbook's own file (not a page) into the staging folder now. */
  function writeStaged(name: string, text: string): void {
    const file = path.join(staging, name);
    try {
      makeFolders(path.dirname(file));
      // `wx` creates or fails: it never writes through a link someone put in the staging folder.
      writeFileSync(file, text, { flag: "wx" });
    } catch (error) {
      throw failedWrite(error, file);
    }
  }

  /** Queues a page for the staging folder; `commit` waits for every queued page before the first rename. */
  function stagePage(name: string, text: string | PagePieces): void {
    writer!.write(path.join(staging, name), text);
  }

  function spill(thread = false): void {
    openStaging(thread);
    for (const [name, text] of pending) stagePage(name, text);
    pending.clear();
    pendingBytes = 0;
  }

  /** Removes the staging folder, and the output folder with its parents when this build made them for nothing. */
  function dropStaging(): void {
    pending.clear();
    pendingBytes = 0;
    // The writer is stopped first: no page may land in the staging folder once it is being removed.
    writer?.stop();
    writer = undefined;
    // Comparisons not answered yet are made on this thread from now on (see `settleComparisons`).
    compareThread?.stop();
    compareThread = undefined;
    compareOnThread = false;
    // A writing thread given up on may still finish a page in there: removal retries a folder that filled up.
    if (stagingOpen) rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
    stagingOpen = false;
    unlock?.();
    unlock = undefined;
    if (createdFrom === undefined || committed) return;
    for (let dir = root; dir.length >= createdFrom.length; dir = path.dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        return;
      }
    }
    createdFrom = undefined;
  }

  function stage(name: string, text: string | PagePieces): void {
    if (stagingOpen) return stagePage(name, text);
    pending.set(name, text);
    pendingBytes += typeof text === "string" ? text.length : piecesLength(text);
    if (pendingBytes > budget) spill(true);
  }

  /** The names the last manifest lists, kept only when they are plain page names: a hint, never proof. */
  function previousNames(): Set<string> {
    const found = look(MANIFEST);
    if (found.kind !== "file" || found.size > MANIFEST_MAX_BYTES || !marked(MANIFEST)) return new Set();
    try {
      const files = (JSON.parse(readNoFollow(path.join(root, MANIFEST)).toString("utf8")) as { files?: unknown }).files;
      if (!Array.isArray(files)) return new Set();
      return new Set(files.filter((f): f is string => typeof f === "string" && pageParts(f) !== null && Buffer.byteLength(f) < PATH_MAX));
    } catch {
      return new Set();
    }
  }

  /** Whether `name` is a marked file reached without a link: the only kind of file a build removes. */
  function removable(name: string): boolean {
    const found = look(name);
    return found.kind === "file" && marked(name);
  }

  /** Refuses, now, to replace what is at `name` unless nothing is there or lessonbook wrote it; never through a link. */
  function assertReplaceable(name: string): void {
    const blocked = placer.inTheWay(name, placer.look(name));
    if (blocked !== null) throw new UsageError("output.not-ours", { file: shown(blocked), generator });
  }

  function assertOpen(): void {
    if (closed) throw new Error("the output folder was already committed or abandoned");
  }

  function computePlan(): FolderPlan {
    settleComparisons(true);
    folders.forget();
    const write = new Set(changed);
    const inTheWay = new Set(conflicts.values());
    const manifest = look(MANIFEST);
    if (manifest.kind === "link") throw linkError(manifest.at);
    if (manifest.kind === "blocked") inTheWay.add(manifest.at);
    else if (manifest.kind === "absent" || !placer.sameText(MANIFEST, manifest.size, manifestText(names))) {
      if (manifest.kind === "file" && !marked(MANIFEST)) inTheWay.add(MANIFEST);
      else write.add(MANIFEST);
    }
    const stale = [...previousNames()].filter((name) => !names.has(name) && removable(name));
    // What was staged stays while files are in the way: a page withdrawn takes its file out of the way.
    // `commit` refuses, and it or `abandon` removes the staging folder.
    return { write: sorted(write), stale: sorted(stale), conflicts: sorted(inTheWay) };
  }

  /** Makes the folders above `name`, checking each one: a link or a file in the way stops the commit. */
  const checkedFolders = new Set<string>();
  function ensureFolders(name: string): void {
    const parts = name.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const at = parts.slice(0, i).join("/");
      if (checkedFolders.has(at)) continue;
      const full = path.join(root, at);
      let stats = lstatIfExists(full);
      if (!stats) {
        mkdirSync(full);
        stats = lstatIfExists(full);
      }
      if (stats?.isSymbolicLink()) throw linkError(at);
      if (!stats?.isDirectory()) throw new UsageError("output.not-ours", { file: shown(at), generator });
      checkedFolders.add(at);
    }
  }

  /** Renames a staged file into place; the target was checked just before (absent or marked). */
  function place(stagedName: string, name: string): void {
    ensureFolders(name);
    committed = true;
    renameSync(path.join(staging, stagedName), path.join(root, name));
  }

  function removeEmptyParents(name: string): void {
    const parts = name.split("/").slice(0, -1);
    for (let i = parts.length; i > 0; i--) {
      const full = path.join(root, ...parts.slice(0, i));
      if (!lstatIfExists(full)?.isDirectory()) return;
      try {
        rmdirSync(full);
      } catch {
        return; // not empty: a person's file, or pages still in it
      }
    }
  }

  function writeManifest(files: Iterable<string>, stagedName: string): void {
    assertReplaceable(MANIFEST);
    writeStaged(stagedName, manifestText(files));
    place(stagedName, MANIFEST);
  }

  /**
   * Moves a whole staged folder into place in one rename: the folder was not there when the commit
   * checked, so every page in it is new (a page staged in parts that turned out unchanged may ride
   * along: it is lessonbook's own, listed in the manifest). If something has appeared there since, each
   * page goes the careful way, checked and renamed one by one; an empty folder that appeared in that
   * instant is replaced (rename allows it), with nothing in it to lose.
   */
  function moveFolder(folder: string, pages: readonly string[]): void {
    ensureFolders(folder);
    try {
      // Onto a path that is not there (or an empty folder): never through a link, never over a file.
      committed = true;
      renameSync(path.join(staging, folder), path.join(root, folder));
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST" && code !== "ENOTEMPTY" && code !== "ENOTDIR") throw error;
    }
    for (const name of pages) {
      assertReplaceable(name);
      place(name, name);
    }
  }

  function commit(plan: FolderPlan): void {
    // Check every target before the first rename, so a refusal leaves the folder as it was. Pages in a
    // folder that is not there need no check of their own: that folder is moved into place whole (a
    // first build of a site is ten thousand pages in a few new folders).
    folders.forget();
    const moves = new Map<string, string[]>();
    const single: string[] = [];
    for (const name of plan.write) {
      if (name === MANIFEST) continue;
      const folder = folders.absentFolder(name);
      if (folder !== undefined) {
        const group = moves.get(folder);
        if (group) group.push(name);
        else moves.set(folder, [name]);
        continue;
      }
      assertReplaceable(name);
      single.push(name);
    }
    folders.forget();
    spill();
    writer!.drain();
    const before = previousNames();
    // Before any page lands, the manifest lists every page that may be in place: a build killed midway
    // leaves no marked page the next build would not know about.
    if ([...names].some((name) => !before.has(name))) writeManifest(new Set([...before, ...names]), `${RESERVED_PREFIX}intent.json`);
    for (const [folder, pages] of moves) moveFolder(folder, pages);
    for (const name of single) place(name, name);
    for (const name of plan.stale) {
      if (!removable(name)) continue;
      committed = true;
      unlinkSync(path.join(root, name));
      removeEmptyParents(name);
    }
    writeManifest(names, MANIFEST);
  }

  /**
   * A page given in parts is held until it passes `PARTS_HELD_BYTES` (most pages do not: they are then
   * put as their pieces). Past that, it is staged as it comes (when anything may be written) and compared
   * with what is there at the same time, a batch of parts at a time (parts are small: see `PageParts`);
   * a page that turns out the same leaves its staged copy to go with the staging folder.
   */
  function putInParts(name: string, write: (emit: (part: string) => void) => void, found: Seen): void {
    let held: string[] | undefined = [];
    let heldLength = 0;
    let comparer: ReturnType<typeof fileComparer> | undefined;
    let toStage = false;
    const file = path.join(staging, name);
    let batches = 0;
    let batch: string[] = [];
    let batchLength = 0;
    const sendBatch = () => {
      if (!batch.length) return;
      comparer?.add(batch);
      if (toStage) writer!.write(file, batch, batches > 0);
      batches++;
      batch = [];
      batchLength = 0;
    };
    const send = (part: string) => {
      batch.push(part);
      batchLength += part.length;
      if (batchLength >= PARTS_BATCH_CHARS) sendBatch();
    };
    write((part) => {
      if (!held) return send(part);
      held.push(part);
      heldLength += part.length;
      if (heldLength <= PARTS_HELD_BYTES) return;
      comparer = found.kind === "file" ? fileComparer(path.join(root, name)) : undefined;
      toStage = !options.check;
      if (toStage) spill(true);
      for (const p of held) send(p);
      held = undefined;
    });
    // Given as its pieces: joined, a page of a megabyte would be one more string to collect.
    if (held) return putText(name, held, found);
    sendBatch();
    if (comparer?.end()) return;
    changed.add(name);
  }

  function putPage(name: string, content: PageContent): void {
    placer.checkName(name);
    if (names.has(name)) throw new Error(`page put twice: ${name}`);
    names.add(name);
    planned = undefined;
    // Where its folder may be there (a site built before), the comparing thread, once started, looks and compares.
    if (typeof content !== "function" && !folders.remembersAbsent(name) && compareElsewhere(name, content)) return;
    const found = placer.look(name);
    // A file in the way is known before the page is made: a page in parts is then not made at all.
    const blocked = typeof content === "function" ? placer.inTheWay(name, found) : null;
    if (blocked !== null) return void conflicts.set(name, blocked);
    return typeof content === "function" ? putInParts(name, content, found) : putText(name, content, found);
  }

  function putText(name: string, text: string | PagePieces, found: Seen): void {
    if (found.kind === "file" && placer.sameText(name, found.size, text)) return;
    const blocked = placer.inTheWay(name, found);
    if (blocked !== null) return void conflicts.set(name, blocked);
    changed.add(name);
    if (!options.check) stage(name, text);
  }

  /** Hands the page to the comparing thread; `false` when it is compared on this one (no thread, or few pages so far). */
  function compareElsewhere(name: string, text: string | PagePieces): boolean {
    if (!compareOnThread) return false;
    if (!compareThread) {
      putBytes += typeof text === "string" ? text.length : piecesLength(text);
      if (putBytes <= budget) return false;
      compareThread = openPageWriter({ thread: true, ringBytes: COMPARE_RING_BYTES });
    }
    compareThread.compare(root, name, text);
    comparing.push({ name, text });
    settleComparisons(false);
    return true;
  }

  /**
   * Takes the answers of the comparisons finished (`wait`: of all of them). A page that is not known to be
   * what is there goes the way of any other, looked at and compared on this thread: most often it is new
   * or changed. Once the comparing thread is stopped, what is left goes that way too.
   */
  function settleComparisons(wait: boolean): void {
    if (comparedUpTo === comparing.length) return;
    if (wait) compareThread?.drain();
    for (const same of compareThread?.compared() ?? []) settle(comparing[comparedUpTo++]!, same);
    if (wait || !compareThread) while (comparedUpTo < comparing.length) settle(comparing[comparedUpTo++]!, false);
    // Pages answered are let go (each may hold a batch of pages the page thread made): the thread is
    // often a page or two behind, so the queue is seldom empty.
    if (comparedUpTo === comparing.length || comparedUpTo >= SETTLED_KEPT) {
      comparing.splice(0, comparedUpTo);
      comparedUpTo = 0;
    }
  }

  function settle(page: Comparing, same: boolean): void {
    if (!same) putText(page.name, page.text, placer.look(page.name));
  }

  /**
   * A file-system error about a file in the staging folder (a page that could not be written: the disk
   * is full) names the page where it goes: the staging folder means nothing to the person reading. One
   * about the output folder, a folder in it, or a folder above it, names it as the person did.
   */
  function asPage(error: unknown): unknown {
    const failure = error as NodeJS.ErrnoException | undefined;
    if (typeof failure?.path !== "string") return error;
    const inside = (folder: string) => (failure.path === folder || failure.path!.startsWith(folder + path.sep) ? folder : undefined);
    const folder = inside(staging) ?? inside(root);
    if (folder === undefined) return namedAsShown(error, root, shownRoot);
    // lessonbook's own files (the staging folder, the manifest) are told as the output folder itself.
    const name = path.relative(folder, failure.path).split(path.sep).join("/");
    failure.path = name === "" || name.startsWith(RESERVED_PREFIX) ? shownRoot : shown(name);
    return error;
  }

  return {
    put(name, content) {
      assertOpen();
      try {
        putPage(name, content);
      } catch (error) {
        // A refusal stops the build: the staging folder goes with it.
        dropStaging();
        throw asPage(error);
      }
    },
    withdraw(name) {
      assertOpen();
      if (!names.has(name)) return;
      try {
        // The page's comparison, if still on its way, is answered first: it may stage the page.
        if (comparing.some((page, i) => i >= comparedUpTo && page.name === name)) settleComparisons(true);
      } catch (error) {
        dropStaging();
        throw asPage(error);
      }
      names.delete(name);
      conflicts.delete(name);
      planned = undefined;
      if (!changed.delete(name)) return;
      const waiting = pending.get(name);
      if (waiting !== undefined) {
        pending.delete(name);
        pendingBytes -= typeof waiting === "string" ? waiting.length : piecesLength(waiting);
      } else if (stagingOpen) {
        try {
          // The page may still be on its way to the staging folder: it is removed once there.
          writer!.drain();
          rmSync(path.join(staging, name), { force: true });
        } catch (error) {
          dropStaging();
          throw asPage(error);
        }
      }
    },
    plan() {
      assertOpen();
      try {
        planned ??= computePlan();
      } catch (error) {
        dropStaging();
        throw asPage(error);
      }
      return planned;
    },
    commit() {
      assertOpen();
      if (options.check) throw new Error("commit() on an output folder opened with check: true");
      closed = true;
      try {
        const plan = (planned ??= computePlan());
        if (plan.conflicts.length) throw new UsageError("output.not-ours", { file: shown(plan.conflicts[0]!), generator });
        if (plan.write.length || plan.stale.length) commit(plan);
        committed = true;
        removeLeftovers();
      } catch (error) {
        throw asPage(error);
      } finally {
        dropStaging();
      }
    },
    abandon() {
      closed = true;
      dropStaging();
    },
  };
}

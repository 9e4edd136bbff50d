import type { IncidentRecord } from "../model/index.js";
import type { IncidentPages } from "../render/html/incident-pages.js";
import type { PageRenderer } from "../render/html/page-renderer.js";
import type { IncidentReread } from "./corpus.js";

/**
 * Characters of bodies the page thread has left at the end of the read past which the build makes other
 * pages meanwhile (see `IncidentPagesEnd.behind`): about a tenth of a second of rendering.
 */
const BEHIND_CHARS = 1024 * 1024;
/** Characters of bodies to make again handed to the page thread ahead of it: enough to keep it busy. */
const AGAIN_AHEAD_CHARS = 1024 * 1024;
/** Files read again at a time. */
const AGAIN_GROUP = 32;

/**
 * The incident pages of a site once every file is read: those the page thread still has to make, and
 * those the end of the read says to make again (`IncidentPages.finish`: two files share an id, a file
 * left out is named as related, a related incident expected wrong). The build makes its other pages
 * meanwhile and calls `between` after each, which takes the pages that came back and hands the thread
 * more to make again, their files read and checked again a group at a time (`reread`): never all in
 * memory, and made on the page thread, not in turn on this one (10,000 misnamed files each naming an incident no file holds: every
 * page is made at the end).
 */
export class IncidentPagesEnd {
  readonly #renderer: PageRenderer;
  readonly #pages: IncidentPages;
  readonly #options: { reread: IncidentReread; withdraw: (name: string) => void };
  /** Whether the thread is still there: it is stopped as soon as it has nothing left to make. */
  #open = true;
  #settled = false;
  /** The incidents whose page is to be made again; each is let go once handed over (the build let go of its records). */
  #again: (IncidentRecord | undefined)[] = [];
  #next = 0;

  constructor(renderer: PageRenderer, pages: IncidentPages, options: { reread: IncidentReread; withdraw: (name: string) => void }) {
    this.#renderer = renderer;
    this.#pages = pages;
    this.#options = options;
    // The last pages of the read go to the thread now, without waiting for a batch to fill.
    renderer.flush();
  }

  /**
   * Whether the thread has much left to make (long bodies render slower than they are read: rich
   * post-mortems leave it half a second of work). If not, the build waits for it and lets it stop
   * before making anything else: alive, it holds some 30 MB, which add to the review's peak.
   */
  behind(): boolean {
    return this.#renderer.backlog() > BEHIND_CHARS;
  }

  /**
   * Takes the pages that came back and hands the thread more to make again; stops it once every page is
   * back, rather than at the end of the build (alive, it holds some 30 MB). Never waits.
   */
  between(): void {
    if (!this.#open) return;
    this.#renderer.poll(this.#settled ? this.#pages.remade : this.#pages.made);
    if (!this.#settled) return;
    this.#feed();
    if (this.#next === this.#again.length && this.#renderer.done()) this.#close();
  }

  /**
   * Waits for the pages of the read, then settles them (`IncidentPages.finish` for `records`, the
   * incidents kept): those to make again go to the thread as it makes them.
   */
  async settle(records: readonly IncidentRecord[]): Promise<void> {
    await this.#renderer.settle(this.#pages.made);
    this.#again = this.#pages.finish(records, this.#options.withdraw).again;
    this.#settled = true;
    this.#feed();
    // Little or nothing to make again: waited for, and the thread stopped before anything else is made,
    // as at the end of the read (`behind`).
    if (this.#next === this.#again.length && !this.behind()) await this.finish();
  }

  /**
   * Waits for every page made again. The build has nothing else left to do: the rest of them go to the
   * thread as fast as it takes them (`add` waits while it is far ahead), and come back as they are made.
   */
  async finish(): Promise<void> {
    if (!this.#settled) throw new Error("the incident pages were not settled");
    if (!this.#open) return;
    while (this.#next < this.#again.length) this.#feedGroup();
    await this.#renderer.finish(this.#pages.remade);
    this.#open = false;
  }

  /** Hands over pages to make again until the thread has enough ahead of it. */
  #feed(): void {
    while (this.#next < this.#again.length && this.#renderer.backlog() < AGAIN_AHEAD_CHARS) this.#feedGroup();
  }

  /** Reads again the files of the next group to make again, hands them over, and takes the pages made so far. */
  #feedGroup(): void {
    const group = this.#again.slice(this.#next, this.#next + AGAIN_GROUP) as IncidentRecord[];
    this.#again.fill(undefined, this.#next, this.#next + group.length);
    this.#next += group.length;
    const read = this.#options.reread(group);
    for (const record of group) {
      const { incident, body } = read.get(record.file)!;
      this.#renderer.add(record.file, this.#pages.again(record, body, incident));
    }
    this.#renderer.flush();
    // Taken at once: made on this thread (one core), they would otherwise wait, every one, in memory.
    this.#renderer.poll(this.#pages.remade);
  }

  #close(): void {
    this.#renderer.close();
    this.#open = false;
  }
}

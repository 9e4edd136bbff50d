import path from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { idInFileName } from "../../model/file-id.js";
import type { Incident, IncidentMeasures, IncidentRecord, PagePieces } from "../../model/index.js";
import type { Language } from "../../schema/index.js";
import { incidentBlocks, type IncidentLinks } from "../incident-blocks.js";
import { relativeLinker } from "../markdown.js";
import { humanDay } from "../when.js";
import { type IncidentBody, incidentBodyHtml } from "./body.js";
import { blocksToHtmlPieces } from "./blocks-html.js";
import { escapeHtml, href } from "./escape.js";
import { causePage, channelPage, frameAround, incidentPage, type Labels, labelsFor, linker, noLinks, pageTitle } from "./site.js";

/** What an incident's page needs to render its body: given to `incidentBodyHtml`, on whichever thread. */
export function incidentBody(r: IncidentRecord, body: string, out: string): IncidentBody {
  return { page: path.posix.dirname(`${out}/${incidentPage(r.incident.id)}`), file: r.file, title: r.incident.title, body };
}

export interface IncidentPageOptions {
  lang: Language;
  /** The site folder relative to the working directory (`kb/site`). */
  out: string;
  /** The incident's own times against their targets (`incidentMeasures`). */
  measures: IncidentMeasures;
  /** The ids of the incidents that have a page: a related incident without one is named, not linked. */
  known: Pick<ReadonlySet<string>, "has">;
}

/**
 * What every incident page of a site shares: all of them sit in one folder (`incidents/`, one down from
 * the site's top), so their frame but the title, their links and the way back to the incident files are
 * the same (`relativeLinker` works that way out once per folder of incident files). Made once per
 * language and site folder, not once per page.
 */
interface PageKit {
  labels: Labels;
  /** The frame before and after the title; what opens the body's section, and what follows the body. */
  beforeTitle: string;
  afterTitle: string;
  bodyOpen: string;
  end: string;
  /** The way from the pages' folder to an incident file. */
  source: (file: string) => string;
  links: IncidentLinks;
}

/** `text` as one flat string: joining two pieces always makes a new one. */
const flat = (text: string): string => (text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join(""));

const kits = new Map<string, PageKit>();
function pageKit(lang: Language, out: string): PageKit {
  const key = `${lang}\0${out}`;
  let kit = kits.get(key);
  if (!kit) {
    const labels = labelsFor({ lang, withReport: true });
    const any = incidentPage("x");
    const to = linker(any);
    const around = frameAround(any.split("/").length - 1, labels, ["overdue.js"]);
    kit = {
      labels,
      // Flat copies: a string made by adding pieces stays a tree of them, walked again on every page.
      beforeTitle: flat(around.beforeTitle),
      afterTitle: flat(around.afterTitle),
      bodyOpen: flat(`\n    <section class="incident-body">\n      <h2>${escapeHtml(labels.s.postMortem)}</h2>\n      `),
      end: flat(`\n    </section>${around.tail}`),
      source: relativeLinker(`${out}/${any}`),
      links: { cause: (c) => to(causePage(c)), channel: (c) => to(channelPage(c)), incident: (id) => to(incidentPage(id)) },
    };
    kits.set(key, kit);
  }
  return kit;
}

/** The page of an incident around its body: the HTML before the body and after it. */
function incidentPageFrame(r: IncidentRecord, options: IncidentPageOptions): [before: string, after: string] {
  const { lang, known } = options;
  const kit = pageKit(lang, options.out);
  const i = r.incident;
  const blocks = incidentBlocks(r, {
    lang,
    measures: options.measures,
    links: { cause: kit.links.cause, channel: kit.links.channel, incident: (id) => (known.has(id) ? kit.links.incident(id) : null) },
  });
  // Joined once around the body.
  const out = [
    kit.beforeTitle,
    pageTitle(i.title, kit.labels),
    kit.afterTitle,
    `<p class="muted">${escapeHtml(humanDay(i.started, lang))} · <a href="${href(kit.source(r.file))}">${escapeHtml(r.file)}</a></p>\n    `,
  ];
  blocksToHtmlPieces(blocks, noLinks, undefined, out);
  out.push(kit.bodyOpen);
  return [out.join(""), kit.end];
}

/** What a site's incident page is made from, on whichever thread (`PageRenderer`); made by `IncidentPages.read`. */
export interface IncidentPageJob {
  record: IncidentRecord;
  measures: IncidentMeasures;
  /** The Markdown body of the incident file. */
  body: string;
  /** The related incidents the page links, expected to have a page; it names the others. */
  linked: readonly string[];
}

/**
 * A whole incident page as text, in pieces, made before the read ends: the related incidents expected to
 * have a page are linked (`IncidentPages.finish` has the rare page remade that expected wrong).
 */
export function incidentPageText(job: IncidentPageJob, site: { lang: Language; out: string }): [string, string, string] {
  const [before, after] = incidentPageFrame(job.record, { ...site, measures: job.measures, known: new Set(job.linked) });
  return [before, incidentBodyHtml(incidentBody(job.record, job.body, site.out)), after];
}

/**
 * Bytes of pages held as they are; past them, each page held is kept compressed (deflate, fast level)
 * until it is put. Few pages wait (see `IncidentPages`), but a corpus whose files often share an id, or a
 * site folder full of a person's files, could hold most of ten thousand long post-mortems: 250 MB of HTML.
 */
const RAW_BYTES = 24 * 1024 * 1024;

/** One file in this many read, misnamed, and a page may bet on a related incident no file is named after (see `IncidentPages.read`). */
const MISNAMED_SHARE = 8;
/**
 * The bet is made while at least this many incidents named that way were held by a file read later for
 * each not held yet: a wrong bet costs a page made twice and one withdrawn, a page left for the end only
 * the overlap with the read.
 */
const BET_ODDS = 4;

/** What a page is made from: the record as kept, with the whole incident when the record keeps less of it. */
const pageRecord = (record: IncidentRecord, incident: Incident): IncidentRecord =>
  incident === record.incident ? record : { file: record.file, incident };

/** Pages that wait for the end of the read, by incident file. */
class HeldPages {
  readonly #html = new Map<string, { bytes: Uint8Array; packed: boolean }>();
  #rawBytes = 0;
  constructor(readonly budget = RAW_BYTES) {}
  set(file: string, bytes: Uint8Array): void {
    const packed = this.#rawBytes + bytes.length > this.budget;
    if (!packed) this.#rawBytes += bytes.length;
    // A copy: the page may be a view into a batch of pages, which it would keep whole.
    this.#html.set(file, packed ? { bytes: deflateRawSync(bytes, { level: 1 }), packed } : { bytes: bytes.slice(), packed });
  }
  take(file: string): Uint8Array | undefined {
    const held = this.#html.get(file);
    if (!held) return undefined;
    this.#html.delete(file);
    if (held.packed) return new Uint8Array(inflateRawSync(held.bytes));
    this.#rawBytes -= held.bytes.length;
    return held.bytes;
  }
}

export interface IncidentPagesOptions {
  lang: Language;
  /** The site folder relative to the working directory (`kb/site`). */
  out: string;
  /** Each incident's own times against their targets (`incidentMeasures`). */
  measures: (incident: Incident) => IncidentMeasures;
  /** Takes each page made, by its name inside the site. */
  put: (name: string, page: PagePieces) => void;
  /** Bytes of pages held as they are before the next ones are held compressed (default `RAW_BYTES`; for tests). */
  rawBytes?: number;
}

/** What the end of the read changes about the pages made during it (see `IncidentPages.finish`). */
export interface PagesToRedo {
  /**
   * Pages put during the read that must go: their incident turned out to share its id (so it has no page)
   * or to link one that has no page, or name one that has (its page is made again).
   */
  withdrawn: string[];
  /**
   * Incidents whose page must be made again (`again`), once withdrawn if it was put: a related incident it
   * links turned out to have no page, or one it names to have one; or made for the first time, `read`
   * having left it for the end. Only their page was kept, not their body.
   */
  again: IncidentRecord[];
}

/**
 * The incident pages of a site, made while the files are still read (`incidentPageText`, on the page
 * thread), linking the related incidents expected to have a page (see `willRead`). A page is put as
 * soon as it comes when its id is not shared so far; its bytes are let go at once, so memory does not
 * grow with the corpus. Any other page is held until `finish`. The rare page that the end of the read
 * changes (its id turns out shared, or it expected wrong which related incidents have a page) is
 * reported to be withdrawn or made again. Pure: pages go to `put`.
 */
export class IncidentPages {
  readonly #options: IncidentPagesOptions;
  /** Files read whose page has not come yet. */
  readonly #waiting = new Map<string, IncidentRecord>();
  /** How many files read so far carry each id. */
  readonly #ids = new Map<string, number>();
  /** Pages put during the read, by incident file. */
  readonly #made = new Map<string, IncidentRecord>();
  readonly #held: HeldPages;
  /** Whether an incident is expected to have a page (see `willRead`); until then, every one is. */
  #expected: (id: string) => boolean = () => true;
  /** The ids of the incidents that have a page, once `finish` knows them. */
  #known: ReadonlySet<string> | undefined;
  /** The related incidents each page made so far links, by incident file, for those that name any. */
  readonly #linked = new Map<string, readonly string[]>();
  /** Pages being made again (`again`), by incident file. */
  readonly #again = new Map<string, IncidentRecord>();
  /** Files read so far, and those of them holding an incident that is not their name (see `read`). */
  #readCount = 0;
  #misnamedCount = 0;
  /** Related incidents a page named before any file read held them, and not held since (see `read`). */
  readonly #namedAhead = new Set<string>();
  /** How many incidents named that way a file read later held. */
  #heldAfterNamed = 0;

  constructor(options: IncidentPagesOptions) {
    this.#options = options;
    this.#held = new HeldPages(options.rawBytes);
  }

  /**
   * The incident files about to be read. The format names each file after its incident's id, so a related
   * incident is expected to have a page when a file bears its name, or when a file read so far holds it
   * (an incident names earlier ones more often than later ones): right for every corpus that passes lint
   * with `id-matches-filename` on (one naming incidents no file has, most of all), and made right at the
   * end when a file's id and name differ or a file is left out.
   */
  willRead(files: readonly string[]): void {
    const names = new Set(files.map(idInFileName));
    this.#expected = (id) => names.has(id) || this.#ids.has(id);
  }

  /**
   * A file read and kept so far, before its page is made: its id counts from now on. Gives what its page is
   * made from (`incident`, the whole of it, where the record keeps less), or nothing when the page is better
   * made once at the end (`finish` then asks for it again). That is a bet on a related incident no file is
   * named after, made only where many files read hold an incident that is not their name (one in
   * `MISNAMED_SHARE` or more): where few are, such an incident is most likely missing and the page names it
   * (one misnamed file among 10,000 naming missing incidents would otherwise send every page to the end:
   * 4.29 → 5.27 s). Where many are, the read so far tells: if nearly all of the incidents named that way so
   * far were held by a file read later (a team naming its files its own way), the page links it and is most
   * likely made once; if not (they are missing), it waits for the end rather than being made now and again
   * then.
   */
  read(record: IncidentRecord, body: string, incident: Incident = record.incident): IncidentPageJob | undefined {
    const id = record.incident.id;
    this.#ids.set(id, (this.#ids.get(id) ?? 0) + 1);
    this.#readCount++;
    if (idInFileName(record.file) !== id) this.#misnamedCount++;
    if (this.#namedAhead.delete(id)) this.#heldAfterNamed++;
    const related = record.incident.related ?? [];
    let linked = related.filter((other) => this.#expected(other));
    if (linked.length < related.length && this.#misnamedCount * MISNAMED_SHARE >= this.#readCount) {
      const comesLater = this.#heldAfterNamed >= BET_ODDS * this.#namedAhead.size;
      for (const other of related) if (!this.#expected(other)) this.#namedAhead.add(other);
      if (!comesLater) return undefined;
      linked = related;
    }
    this.#waiting.set(record.file, record);
    if (related.length) this.#linked.set(record.file, linked);
    return { record: pageRecord(record, incident), measures: this.#options.measures(record.incident), body, linked };
  }

  /** The page of a file read, as UTF-8 (`incidentPageText`): put now if no file read so far shares its id, else at `finish`. */
  readonly made = (file: string, page: Uint8Array): void => {
    const record = this.#waiting.get(file);
    if (!record) return;
    this.#waiting.delete(file);
    const name = incidentPage(record.incident.id);
    if (this.#ids.get(record.incident.id) !== 1) {
      this.#held.set(file, page);
      return;
    }
    this.#made.set(file, record);
    this.#options.put(name, [page]);
  };

  /**
   * What the page of `record` is made again from, once `finish` has asked for it: its body and its whole
   * `incident` read anew, the related incidents that have a page linked as `finish` found them. The page
   * comes back to `remade`.
   */
  again(record: IncidentRecord, body: string, incident: Incident = record.incident): IncidentPageJob {
    const known = this.#known;
    if (!known) throw new Error("an incident page is made again only once the read is finished");
    this.#again.set(record.file, record);
    const linked = (record.incident.related ?? []).filter((id) => known.has(id));
    return { record: pageRecord(record, incident), measures: this.#options.measures(record.incident), body, linked };
  }

  /** A page made again (`again`), as UTF-8: put. */
  readonly remade = (file: string, page: Uint8Array): void => {
    const record = this.#again.get(file);
    if (!record) return;
    this.#again.delete(file);
    this.#options.put(incidentPage(record.incident.id), [page]);
  };

  /**
   * Every file is read and its page made; `records` are the incidents kept. Says which pages put earlier
   * must go, to `withdraw`, before it puts the pages held back (one may take the place of one withdrawn),
   * and which incidents' pages must be made again: those that expected wrong which related incidents
   * have a page, and a kept incident whose page never came.
   */
  finish(records: readonly IncidentRecord[], withdraw: (name: string) => void): PagesToRedo {
    const known = new Set(records.map((r) => r.incident.id));
    this.#known = known;
    const kept = new Set(records.map((r) => r.file));
    const linksRight = (r: IncidentRecord) => {
      const linked = this.#linked.get(r.file) ?? [];
      return (r.incident.related ?? []).every((id) => linked.includes(id) === known.has(id));
    };
    const redo: PagesToRedo = { withdrawn: [], again: [] };
    for (const [file, record] of this.#made) {
      if (!kept.has(file)) redo.withdrawn.push(incidentPage(record.incident.id));
      else if (!linksRight(record)) {
        redo.withdrawn.push(incidentPage(record.incident.id));
        redo.again.push(record);
      }
    }
    for (const name of redo.withdrawn) withdraw(name);
    for (const record of records) {
      if (this.#made.has(record.file)) continue;
      const page = this.#held.take(record.file);
      if (page && linksRight(record)) this.#options.put(incidentPage(record.incident.id), [page]);
      else redo.again.push(record);
    }
    this.#made.clear();
    this.#waiting.clear();
    this.#linked.clear();
    this.#namedAhead.clear();
    this.#expected = () => true;
    return redo;
  }
}

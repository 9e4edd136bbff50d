import { availableParallelism } from "node:os";
import { isMainThread, MessageChannel, type MessagePort, parentPort, receiveMessageOnPort, Worker, workerData } from "node:worker_threads";
import type { Language } from "../../schema/index.js";
import { type IncidentPageJob, incidentPageText } from "./incident-pages.js";

/**
 * Incident pages as HTML: the largest single cost of a site (markdown-it, 30 µs for a short body, 300 µs
 * for a long post-mortem; then the page around it, its tables of times and actions). They are made on a
 * second thread while the main one is still reading and checking the files, and handed back as they
 * come, so that they are written during the read and no page waits in memory for the end. The result is
 * `incidentPageText`'s, byte for byte, as UTF-8.
 *
 * The thread runs this very module (it knows itself by `workerData`), so it loads only markdown-it and
 * what makes a page. It reads and writes no file. From TypeScript sources (tests) or on a single core,
 * the pages are made on the calling thread instead; with the thread far behind, some are made here too.
 */
export interface PageRenderer {
  /** Hands over one page to make; `key` names it when it comes back (the incident file). */
  add(key: string, job: IncidentPageJob): void;
  /** Hands each page made since the last call to `each`, at once: it never waits. */
  poll(each: RenderedPage): void;
  /** Sends the pages added so far to be made now, without waiting for a batch to fill: the last ones. */
  flush(): void;
  /** Characters of the bodies sent and not made yet: how much work the renderer has left. */
  backlog(): number;
  /** Whether every page added has been handed over (by `poll`): nothing is left to wait for. */
  done(): boolean;
  /** Waits for every page added so far and hands each one not yet handed over to `each`; more may be added. */
  settle(each: RenderedPage): Promise<void>;
  /** Waits for every page added and hands each one not yet handed over to `each`. The renderer is closed afterwards. */
  finish(each: RenderedPage): Promise<void>;
  /** Stops the second thread without waiting for it: for a build that stops midway. */
  close(): void;
}

/** A page's HTML as UTF-8 bytes, which it is written as. */
export type RenderedPage = (key: string, html: Uint8Array) => void;

/** The site the pages belong to: its language, and its folder relative to the working directory (`kb/site`). */
export interface PageSite {
  lang: Language;
  out: string;
}

const SERVICE = "lessonbook:incident-pages";
/** Pages per message: one message per page would cost more than a small one takes to make. */
const BATCH = 64;
/**
 * Characters per message, at most (one body may pass it alone): a body waits on this thread until its
 * batch is sent, and on the other until the bodies before it in the batch are rendered, and every
 * collection of the young generation meanwhile copies it.
 */
const BATCH_CHARS = 128 * 1024;
/**
 * Characters of bodies sent and not yet rendered, past which the reading thread waits for the renderer:
 * long bodies read faster than they render, and every one waiting would sit in memory (10,000 bodies of
 * 17 KB filled 490 MB). Rendering them on the reading thread instead, while it would wait, was measured
 * slower: markdown-it on both threads, and the pages written meanwhile, left less of the second core.
 */
const AHEAD_CHARS = 4 * 1024 * 1024;
/**
 * The thread's young generation, in MB (V8's default is 48). Its objects live for one page, so a smaller
 * one is collected more often for little more work, and holds less: on 10,000 long post-mortems the
 * build's peak was 289–297 MB instead of 315–333, rich bodies 225–228 instead of 235–251, in as much time
 * (4 alternating runs each, on a build that also made its knowledge base while this thread finished,
 * which was not kept).
 */
const YOUNG_GENERATION_MB = 16;
/**
 * Milliseconds the reading thread may wait for room, in all, before it makes the pages itself whenever
 * the page thread is behind. Where bodies are long (essays of 100 KB), markdown-it is most of a build and
 * the reading thread would wait for most of it: 2,000 such files, `build --html` 10.1 → 6.9 s. Where the page
 * thread keeps up, as with the bodies most teams write, the reading thread waits far less than this in a
 * whole build and renders nothing (rendering on both threads there was measured slower: see above).
 */
const SHARE_AFTER_MS = 250;
/** Written in place of the count of rendered batches when the thread fails. */
const FAILED = -1;
/** A renderer that renders nothing for this long has stopped (killed, out of memory): the build gives up. */
const STALL_MS = 120_000;

type Job = [key: string, job: IncidentPageJob];
interface Done {
  keys: string[];
  /** Where each page's bytes end in `bytes`. */
  ends: number[];
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

class SameThread implements PageRenderer {
  #ready: [string, Uint8Array][] = [];
  constructor(readonly site: PageSite) {}
  add(key: string, job: IncidentPageJob): void {
    this.#ready.push([key, encoder.encode(incidentPageText(job, this.site).join(""))]);
  }
  poll(each: RenderedPage): void {
    const ready = this.#ready;
    this.#ready = [];
    for (const [key, html] of ready) each(key, html);
  }
  flush(): void {}
  backlog(): number {
    return 0;
  }
  done(): boolean {
    return this.#ready.length === 0;
  }
  settle(each: RenderedPage): Promise<void> {
    try {
      this.poll(each);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
  finish(each: RenderedPage): Promise<void> {
    return this.settle(each);
  }
  close(): void {
    this.#ready = [];
  }
}

class SecondThread implements PageRenderer {
  readonly #worker: Worker;
  /** Where the thread sends the pages it made: read without waiting, between two files. */
  readonly #port: MessagePort;
  #batch: Job[] = [];
  #batchChars = 0;
  /** Batches the thread has rendered, counted by the thread in shared memory. */
  readonly #rendered: Int32Array;
  /** Characters of each batch sent, oldest first, until the thread has rendered it. */
  readonly #ahead: number[] = [];
  #aheadChars = 0;
  #batchesSent = 0;
  #sent = 0;
  #received = 0;
  #failure: Error | undefined;
  #closed = false;
  readonly #aheadLimit: number;
  readonly #site: PageSite;
  /** Milliseconds spent waiting for room so far. */
  #waited = 0;
  readonly #shareAfter: number;
  /** Pages this thread made itself, not handed over yet. */
  #ready: [string, Uint8Array][] = [];

  constructor(
    worker: Worker,
    port: MessagePort,
    rendered: Int32Array,
    site: PageSite,
    options: { aheadChars?: number | undefined; shareAfterMs?: number | undefined },
  ) {
    this.#worker = worker;
    this.#port = port;
    this.#rendered = rendered;
    this.#site = site;
    this.#aheadLimit = options.aheadChars ?? AHEAD_CHARS;
    this.#shareAfter = options.shareAfterMs ?? SHARE_AFTER_MS;
    // The thread must not keep a failed build's process alive.
    worker.unref();
    port.unref();
    worker.on("error", (error) => (this.#failure ??= error));
    worker.on("exit", (code) => (this.#failure ??= new Error(`the page renderer stopped (exit code ${code})`)));
  }

  add(key: string, job: IncidentPageJob): void {
    if (this.#closed) throw new Error("the page renderer was closed");
    this.#batch.push([key, job]);
    this.#batchChars += job.body.length;
    if (this.#batch.length >= BATCH || this.#batchChars >= BATCH_CHARS) this.#flush();
  }

  /** Counts off the batches the thread has rendered since the last look; gives how many it has in all. */
  #forget(): number {
    const rendered = Atomics.load(this.#rendered, 0);
    if (rendered === FAILED) throw new Error("the rendering thread stopped on an error");
    while (this.#batchesSent - this.#ahead.length < rendered) this.#aheadChars -= this.#ahead.shift()!;
    return rendered;
  }

  backlog(): number {
    this.#forget();
    return this.#aheadChars + this.#batchChars;
  }

  done(): boolean {
    return this.#batch.length === 0 && this.#ready.length === 0 && this.#received === this.#sent;
  }

  /** Blocks while the bodies sent and not yet rendered pass `AHEAD_CHARS`: memory stays bounded. */
  #waitForRoom(): void {
    let rendered = this.#forget();
    let deadline = Date.now() + STALL_MS;
    while (this.#aheadChars > this.#aheadLimit) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no incident page was made for ${STALL_MS / 1000} seconds; the rendering thread stopped`);
      Atomics.wait(this.#rendered, 0, rendered, left);
      const now = this.#forget();
      if (now !== rendered) deadline = Date.now() + STALL_MS;
      rendered = now;
    }
  }

  flush(): void {
    if (this.#closed) throw new Error("the page renderer was closed");
    this.#flush();
  }

  #flush(): void {
    if (!this.#batch.length) return;
    this.#forget();
    if (this.#aheadChars > this.#aheadLimit && this.#waited >= this.#shareAfter) {
      // The page thread is behind and has kept this one waiting long enough: this batch is made here.
      for (const [key, job] of this.#batch) this.#ready.push([key, encoder.encode(incidentPageText(job, this.#site).join(""))]);
      this.#batch = [];
      this.#batchChars = 0;
      return;
    }
    const waitFrom = Date.now();
    this.#waitForRoom();
    this.#waited += Date.now() - waitFrom;
    this.#worker.postMessage(this.#batch);
    this.#sent += this.#batch.length;
    this.#batchesSent++;
    this.#ahead.push(this.#batchChars);
    this.#aheadChars += this.#batchChars;
    this.#batch = [];
    this.#batchChars = 0;
  }

  poll(each: RenderedPage): void {
    const ready = this.#ready;
    this.#ready = [];
    for (const [key, html] of ready) each(key, html);
    for (let got = receiveMessageOnPort(this.#port); got; got = receiveMessageOnPort(this.#port)) {
      const done = got.message as Done;
      this.#received += done.keys.length;
      let start = 0;
      done.keys.forEach((key, i) => {
        each(key, done.bytes.subarray(start, done.ends[i]));
        start = done.ends[i]!;
      });
    }
  }

  async settle(each: RenderedPage): Promise<void> {
    if (this.#closed) throw new Error("the page renderer was closed");
    this.#flush();
    for (;;) {
      this.poll(each);
      if (this.#received === this.#sent) return;
      if (this.#failure || Atomics.load(this.#rendered, 0) === FAILED)
        throw this.#failure ?? new Error("the rendering thread stopped on an error");
      // Gives way, so that a thread that fails is heard of ("error", "exit"), while the bodies come.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async finish(each: RenderedPage): Promise<void> {
    try {
      await this.settle(each);
    } finally {
      this.close();
    }
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#worker.removeAllListeners("exit");
    this.#port.close();
    void this.#worker.terminate();
  }
}

/** The thread's side: make each batch's pages, send them back as one transferred buffer, count it. */
function serve(site: PageSite, rendered: Int32Array, out: MessagePort): void {
  // Each batch's HTML is encoded straight into this buffer, kept from batch to batch, and copied out once.
  let scratch = new Uint8Array(1 << 20);
  parentPort!.on("message", (jobs: (Job | undefined)[]) => {
    const keys: string[] = [];
    const ends: number[] = [];
    let used = 0;
    try {
      for (let i = 0; i < jobs.length; i++) {
        const [key, job] = jobs[i]!;
        // Each job and its HTML are let go as soon as they are encoded: whatever is still referenced
        // when the young generation fills is copied by the collector, and a whole batch of long bodies
        // kept to the end made each collection on this thread copy megabytes (two fifths of its time).
        jobs[i] = undefined;
        const pieces = incidentPageText(job, site);
        // UTF-8 takes at most three bytes for each UTF-16 unit.
        const room = (pieces[0].length + pieces[1].length + pieces[2].length) * 3;
        if (used + room > scratch.length) {
          const larger = new Uint8Array(Math.max(used + room, scratch.length * 2));
          larger.set(scratch.subarray(0, used));
          scratch = larger;
        }
        for (const piece of pieces) used += encoder.encodeInto(piece, scratch.subarray(used)).written;
        keys.push(key);
        ends.push(used);
      }
    } catch (error) {
      // The sender may be waiting for room (`#waitForRoom`), where no message reaches it: it reads this.
      Atomics.store(rendered, 0, FAILED);
      Atomics.notify(rendered, 0);
      throw error;
    }
    const bytes = scratch.slice(0, used);
    const done: Done = { keys, ends, bytes };
    // Counted before it is sent: a page handed back is never still counted as left to make (`backlog`).
    Atomics.add(rendered, 0, 1);
    Atomics.notify(rendered, 0);
    out.postMessage(done, [bytes.buffer]);
  });
}

const data = workerData as { service?: unknown; site?: PageSite; rendered?: Int32Array; out?: MessagePort } | null;
if (!isMainThread && data?.service === SERVICE) serve(data.site!, data.rendered!, data.out!);

export interface PageRendererOptions {
  /** `false` keeps everything on this thread. */
  thread?: boolean;
  /** Characters of bodies sent ahead of the thread before the sender waits (default `AHEAD_CHARS`; for tests). */
  aheadChars?: number;
  /** Milliseconds of waiting after which the sender makes pages itself (default `SHARE_AFTER_MS`; for tests). */
  shareAfterMs?: number;
}

/**
 * A renderer of the incident pages of `site`, on a second thread when one helps and this module can run
 * there, else on this one. The thread loads the file this module was bundled into, so that file must do
 * nothing but define modules (true of `dist/`, whose bin is a separate file).
 */
export function openPageRenderer(site: PageSite, options: PageRendererOptions = {}): PageRenderer {
  const self = new URL(import.meta.url);
  if (options.thread === false || self.pathname.endsWith(".ts") || availableParallelism() < 2) return new SameThread(site);
  try {
    const rendered = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const workerData = { service: SERVICE, site: { lang: site.lang, out: site.out }, rendered, out: port2 };
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    const worker = new Worker(self, { workerData, transferList: [port2], resourceLimits });
    return new SecondThread(worker, port1, rendered, site, options);
  } catch {
    return new SameThread(site);
  }
}

import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { type IncidentBody, incidentBodyHtml } from "./body.js";

/**
 * Incident bodies as HTML: the largest single cost of a site (markdown-it, some 30 to 80 µs a body). They
 * are rendered on a second thread while the main one is still reading and checking the files, so on a
 * machine with two cores they cost almost nothing; the result is the same function's, byte for byte.
 * The HTML is kept as UTF-8 bytes, about half what the same text takes as a JavaScript string.
 *
 * The thread runs this very module (it knows itself by `workerData`), so it loads only markdown-it and
 * the body renderer. It reads and writes no file. From TypeScript sources (tests) or on a single core,
 * the bodies are rendered on the calling thread instead.
 */
export interface BodyRenderer {
  /** Hands over one body; `key` names it in the result (the incident file). */
  add(key: string, body: IncidentBody): void;
  /** Every body added, once all are rendered. The renderer is closed afterwards. */
  finish(): Promise<RenderedBodies>;
  /** Stops the second thread without waiting for it: for a build that stops midway. */
  close(): void;
}

export interface RenderedBodies {
  /**
   * The HTML of the body added under `key`, as UTF-8 bytes (a page is written with them as they are),
   * or `undefined` if none was; it is let go once taken.
   */
  take(key: string): Uint8Array | undefined;
}

const SERVICE = "lessonbook:incident-bodies";
/** Bodies per message: one message per body would cost more than a small body takes to render. */
const BATCH = 64;
/**
 * Characters of bodies sent and not yet rendered, past which the reading thread waits for the renderer:
 * long bodies read faster than they render, and every one waiting would sit in memory (10,000 bodies of
 * 17 KB filled 490 MB).
 */
const AHEAD_CHARS = 4 * 1024 * 1024;
/** Written in place of the count of rendered batches when the thread fails. */
const FAILED = -1;
/** A renderer that renders nothing for this long has stopped (killed, out of memory): the build gives up. */
const STALL_MS = 120_000;

type Job = [key: string, page: string, file: string, title: string, body: string];
interface Done {
  keys: string[];
  /** Where each body's bytes end in `bytes`. */
  ends: number[];
  bytes: Uint8Array;
  /** The bodies from this one on are compressed (`Packer`: once one is, every later one is). */
  packedFrom: number;
}

/**
 * Bytes of body HTML kept as they are; past them, each body is kept compressed (deflate, fast level)
 * until its page is made. Ten thousand long post-mortems are 250 MB of HTML, which would not fit the
 * build's memory; most corpora stay under this and pay nothing.
 */
const RAW_BYTES = 24 * 1024 * 1024;

/** Decides, body by body, whether the bodies made so far are past `RAW_BYTES`, and compresses those that are. */
class Packer {
  #made = 0;
  constructor(readonly rawBytes = RAW_BYTES) {}
  pack(bytes: Uint8Array): { bytes: Uint8Array; packed: boolean } {
    this.#made += bytes.length;
    return this.#made > this.rawBytes ? { bytes: deflateRawSync(bytes, { level: 1 }), packed: true } : { bytes, packed: false };
  }
}

const encoder = new TextEncoder();

function render([, page, file, title, body]: Job): string {
  return incidentBodyHtml({ page, file, title, body });
}

class Store implements RenderedBodies {
  readonly #html = new Map<string, Uint8Array>();
  readonly #packed = new Set<string>();
  set(key: string, bytes: Uint8Array, packed: boolean): void {
    this.#html.set(key, bytes);
    if (packed) this.#packed.add(key);
  }
  take(key: string): Uint8Array | undefined {
    const bytes = this.#html.get(key);
    this.#html.delete(key);
    if (bytes && this.#packed.delete(key)) return new Uint8Array(inflateRawSync(bytes));
    return bytes;
  }
}

class SameThread implements BodyRenderer {
  readonly #store = new Store();
  readonly #packer: Packer;
  constructor(rawBytes?: number) {
    this.#packer = new Packer(rawBytes);
  }
  add(key: string, body: IncidentBody): void {
    const { bytes, packed } = this.#packer.pack(encoder.encode(incidentBodyHtml(body)));
    this.#store.set(key, bytes, packed);
  }
  finish(): Promise<RenderedBodies> {
    return Promise.resolve(this.#store);
  }
  close(): void {}
}

class SecondThread implements BodyRenderer {
  readonly #store = new Store();
  readonly #worker: Worker;
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
  #waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;

  readonly #aheadLimit: number;

  constructor(worker: Worker, rendered: Int32Array, aheadChars = AHEAD_CHARS) {
    this.#worker = worker;
    this.#rendered = rendered;
    this.#aheadLimit = aheadChars;
    // Until `finish` waits for it, the thread must not keep a failed build's process alive.
    worker.unref();
    worker.on("message", (done: Done) => {
      let start = 0;
      done.keys.forEach((key, i) => {
        const end = done.ends[i]!;
        this.#store.set(key, done.bytes.subarray(start, end), i >= done.packedFrom);
        start = end;
      });
      this.#received += done.keys.length;
      this.#settle();
    });
    worker.on("error", (error) => this.#fail(error));
    worker.on("exit", (code) => this.#fail(new Error(`the body renderer stopped (exit code ${code})`)));
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    this.#settle();
  }

  #settle(): void {
    if (!this.#waiting) return;
    if (this.#received === this.#sent) this.#waiting.resolve();
    else if (this.#failure) this.#waiting.reject(this.#failure);
  }

  #flush(): void {
    if (!this.#batch.length) return;
    this.#waitForRoom();
    this.#worker.postMessage(this.#batch);
    this.#sent += this.#batch.length;
    this.#batchesSent++;
    this.#ahead.push(this.#batchChars);
    this.#aheadChars += this.#batchChars;
    this.#batch = [];
    this.#batchChars = 0;
  }

  /** Blocks while the bodies sent and not yet rendered pass `AHEAD_CHARS`: memory stays bounded. */
  #waitForRoom(): void {
    const forget = () => {
      const rendered = Atomics.load(this.#rendered, 0);
      if (rendered === FAILED) throw new Error("the rendering thread stopped on an error");
      while (this.#batchesSent - this.#ahead.length < rendered) this.#aheadChars -= this.#ahead.shift()!;
      return rendered;
    };
    let rendered = forget();
    let deadline = Date.now() + STALL_MS;
    while (this.#aheadChars > this.#aheadLimit) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no incident body was rendered for ${STALL_MS / 1000} seconds; the rendering thread stopped`);
      Atomics.wait(this.#rendered, 0, rendered, left);
      const now = forget();
      if (now !== rendered) deadline = Date.now() + STALL_MS;
      rendered = now;
    }
  }

  add(key: string, { page, file, title, body }: IncidentBody): void {
    this.#batch.push([key, page, file, title, body]);
    this.#batchChars += body.length;
    if (this.#batch.length >= BATCH) this.#flush();
  }

  async finish(): Promise<RenderedBodies> {
    if (this.#closed) throw new Error("the body renderer was closed");
    this.#flush();
    this.#worker.ref();
    try {
      await new Promise<void>((resolve, reject) => {
        this.#waiting = { resolve, reject };
        this.#settle();
      });
    } finally {
      this.close();
    }
    return this.#store;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#waiting?.reject(new Error("the body renderer was closed"));
    this.#waiting = undefined;
    this.#worker.removeAllListeners("exit");
    void this.#worker.terminate();
  }
}

/** The thread's side: render each batch, send the HTML back as one transferred buffer, count it. */
function serve(rendered: Int32Array, rawBytes?: number): void {
  const port = parentPort!;
  const packer = new Packer(rawBytes);
  port.on("message", (jobs: Job[]) => {
    let packedFrom = jobs.length;
    let parts: Uint8Array[];
    try {
      parts = jobs.map((job, i) => {
        const made = packer.pack(encoder.encode(render(job)));
        if (made.packed) packedFrom = Math.min(packedFrom, i);
        return made.bytes;
      });
    } catch (error) {
      // The sender may be waiting for room (`#waitForRoom`), where no message reaches it: it reads this.
      Atomics.store(rendered, 0, FAILED);
      Atomics.notify(rendered, 0);
      throw error;
    }
    const ends: number[] = [];
    let total = 0;
    for (const part of parts) ends.push((total += part.length));
    const bytes = new Uint8Array(total);
    parts.forEach((part, i) => bytes.set(part, i ? ends[i - 1]! : 0));
    const done: Done = { keys: jobs.map(([key]) => key), ends, bytes, packedFrom };
    port.postMessage(done, [bytes.buffer]);
    Atomics.add(rendered, 0, 1);
    Atomics.notify(rendered, 0);
  });
}

const data = workerData as { service?: unknown; rendered?: Int32Array; rawBytes?: number } | null;
if (!isMainThread && data?.service === SERVICE) serve(data.rendered!, data.rawBytes);

export interface BodyRendererOptions {
  /** `false` keeps everything on this thread. */
  thread?: boolean;
  /** Bytes of HTML kept as they are before bodies are kept compressed (default `RAW_BYTES`; for tests). */
  rawBytes?: number;
  /** Characters sent ahead of the thread before the sender waits (default `AHEAD_CHARS`; for tests). */
  aheadChars?: number;
}

/**
 * A renderer on a second thread when one helps and this module can run there, else on this one. The
 * thread loads the file this module was bundled into, so that file must do nothing but define modules
 * (true of `dist/`, whose bin is a separate file).
 */
export function openBodyRenderer(options: BodyRendererOptions = {}): BodyRenderer {
  const self = new URL(import.meta.url);
  if (options.thread === false || self.pathname.endsWith(".ts") || availableParallelism() < 2) return new SameThread(options.rawBytes);
  try {
    const rendered = new Int32Array(new SharedArrayBuffer(4));
    const workerData = { service: SERVICE, rendered, rawBytes: options.rawBytes };
    return new SecondThread(new Worker(self, { workerData }), rendered, options.aheadChars);
  } catch {
    return new SameThread(options.rawBytes);
  }
}

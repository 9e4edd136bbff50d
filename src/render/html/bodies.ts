import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
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

type Job = [key: string, page: string, file: string, title: string, body: string];
interface Done {
  keys: string[];
  /** Where each body's bytes end in `bytes`. */
  ends: number[];
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

function render([, page, file, title, body]: Job): string {
  return incidentBodyHtml({ page, file, title, body });
}

class Store implements RenderedBodies {
  readonly #html = new Map<string, Uint8Array>();
  set(key: string, bytes: Uint8Array): void {
    this.#html.set(key, bytes);
  }
  take(key: string): Uint8Array | undefined {
    const bytes = this.#html.get(key);
    this.#html.delete(key);
    return bytes;
  }
}

class SameThread implements BodyRenderer {
  readonly #store = new Store();
  add(key: string, body: IncidentBody): void {
    this.#store.set(key, encoder.encode(incidentBodyHtml(body)));
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
  #sent = 0;
  #received = 0;
  #failure: Error | undefined;
  #closed = false;
  #waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(worker: Worker) {
    this.#worker = worker;
    // Until `finish` waits for it, the thread must not keep a failed build's process alive.
    worker.unref();
    worker.on("message", (done: Done) => {
      let start = 0;
      done.keys.forEach((key, i) => {
        const end = done.ends[i]!;
        this.#store.set(key, done.bytes.subarray(start, end));
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
    this.#worker.postMessage(this.#batch);
    this.#sent += this.#batch.length;
    this.#batch = [];
  }

  add(key: string, { page, file, title, body }: IncidentBody): void {
    this.#batch.push([key, page, file, title, body]);
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

/** The thread's side: render each batch, send the HTML back as one transferred buffer. */
function serve(): void {
  const port = parentPort!;
  port.on("message", (jobs: Job[]) => {
    const parts = jobs.map((job) => encoder.encode(render(job)));
    const ends: number[] = [];
    let total = 0;
    for (const part of parts) ends.push((total += part.length));
    const bytes = new Uint8Array(total);
    parts.forEach((part, i) => bytes.set(part, i ? ends[i - 1]! : 0));
    const done: Done = { keys: jobs.map(([key]) => key), ends, bytes };
    port.postMessage(done, [bytes.buffer]);
  });
}

if (!isMainThread && (workerData as { service?: unknown } | null)?.service === SERVICE) serve();

/**
 * A renderer on a second thread when one helps and this module can run there, else on this one. The
 * thread loads the file this module was bundled into, so that file must do nothing but define modules
 * (true of `dist/`, whose bin is a separate file); `thread: false` keeps everything on this thread.
 */
export function openBodyRenderer(options: { thread?: boolean } = {}): BodyRenderer {
  const self = new URL(import.meta.url);
  if (options.thread === false || self.pathname.endsWith(".ts") || availableParallelism() < 2) return new SameThread();
  try {
    return new SecondThread(new Worker(self, { workerData: { service: SERVICE } }));
  } catch {
    return new SameThread();
  }
}

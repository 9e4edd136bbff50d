import { closeSync, constants, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { PagePieces } from "../model/page.js";
import { holdsInside, piecesBytes } from "./write.js";
import { failedWrite } from "./write-failures.js";

/**
 * Writes new files (`wx`: create or fail, never through a link) on a second thread while the caller goes
 * on making the next ones. Creating a file cost the kernel some 150 µs on the machine we measured
 * (more than rendering the page), and a site has one page per incident: on a second core that cost
 * overlaps the rendering instead of adding to it.
 *
 * Everything here is synchronous for the caller: it waits for the thread with `Atomics.wait` and reads
 * failures with `receiveMessageOnPort`, so the output folder keeps its plain, synchronous contract.
 */
export interface PageWriter {
  /**
   * Queues `text` for `file`; blocks while the pages still waiting to be written leave no room for it.
   * `append`: `text` continues the file an earlier `write` created (a page written in parts).
   */
  write(file: string, text: string | PagePieces, append?: boolean): void;
  /**
   * Blocks until every queued file is written; throws the first failure, as a file-system error whose
   * `path` is the file that could not be written.
   */
  drain(): void;
  /** Skips whatever is still queued, waits for the file being written, stops the thread. */
  stop(): void;
  /**
   * Queues a comparison of the file `name` inside `folder` with `text`, in turn with the pages to write.
   * It is the same only as a regular file reached without a link: each folder on the way is looked at
   * with `lstat`, and the file opened without following one. `compared` gives the answer.
   */
  compare(folder: string, name: string, text: string | PagePieces): void;
  /**
   * The comparisons finished since the last call, in the order queued: `true` where the file held
   * exactly the text. Never waits (`drain` does); a stopped writer answers no more.
   */
  compared(): boolean[];
}

/** The rest of a page goes only onto the file its first part created, never through a link. */
const APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW;
/** A file compared is read without following a link, nor waiting on a pipe someone put there. */
const READ_NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** How long the caller waits for the thread to write one page before deciding it stopped. */
const STALL_MS = 120_000;

/** Slots of the shared counters: pages written (or compared), pages queued, writing cancelled, thread to stop. */
const WRITTEN = 0;
const QUEUED = 1;
const CANCELLED = 2;
const STOP = 3;
/** Pages that may wait at once; each takes a slot of four numbers: where it starts, name and text lengths, what to do. */
const SLOTS = 4096;
/** What to do with a slot's page: create its file, add to the file an earlier slot created, or compare it with the file. */
const CREATE = 0;
const CONTINUE = 1;
const COMPARE = 2;

/**
 * The thread's code, as source: it is tiny, needs only `fs`, and evaluated this way it runs the same from
 * the TypeScript sources (tests) and from the bundle, with no file of its own to find. It takes the pages
 * in order from the shared slots (the file's name, then its bytes, lie in the ring) and sleeps on the
 * queued count when there is none: no message per page, which cost more than writing a small one.
 */
const THREAD = `
const { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, writeFileSync } = require("node:fs");
const { dirname } = require("node:path");
const { workerData } = require("node:worker_threads");
const { counters, ring, slots, results, failures } = workerData;
const bytes = new Uint8Array(ring);
const text = Buffer.from(ring);
const made = new Set();
const failed = new Set();
const APPEND = ${APPEND};
const READ = ${READ_NO_FOLLOW};
let scratch = Buffer.alloc(64 * 1024);
// Whether the file named inside a folder ("folder NUL name") is a regular file, reached through plain
// folders, that holds exactly page; anything else (no file, a link on the way, another kind) is no.
function same(inside, page) {
  const cut = inside.indexOf("\\0");
  let file = inside.slice(0, cut);
  const parts = inside.slice(cut + 1).split("/");
  let fd;
  try {
    for (let i = 0; i < parts.length - 1; i++) {
      file += "/" + parts[i];
      if (!lstatSync(file).isDirectory()) return false;
    }
    file += "/" + parts[parts.length - 1];
    fd = openSync(file, READ);
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size !== page.length) return false;
    if (scratch.length < page.length + 1) scratch = Buffer.alloc(Math.max(page.length + 1, scratch.length * 2));
    // One byte more than the page: a file that grew since fstat is not the same.
    let got = 0;
    for (let n; got <= page.length && (n = readSync(fd, scratch, got, page.length + 1 - got, null)) > 0; ) got += n;
    return got === page.length && scratch.subarray(0, got).equals(page);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
for (let done = 0; ; ) {
  const queued = Atomics.load(counters, ${QUEUED});
  if (done === queued) {
    if (Atomics.load(counters, ${STOP}) === 1) break;
    // A timeout, so that a STOP set just after the check above is seen even without its notice.
    Atomics.wait(counters, ${QUEUED}, queued, 1000);
    continue;
  }
  const at = (done % ${SLOTS}) * 4;
  const start = slots[at], nameLength = slots[at + 1], length = slots[at + 2], rest = slots[at + 3] === ${CONTINUE};
  const file = text.toString("utf8", start, start + nameLength);
  if (slots[at + 3] === ${COMPARE}) {
    const from = start + nameLength;
    results[done % ${SLOTS}] = Atomics.load(counters, ${CANCELLED}) === 0 && same(file, text.subarray(from, from + length)) ? 1 : 0;
  } else if (Atomics.load(counters, ${CANCELLED}) === 0 && !(rest && failed.has(file))) {
    try {
      const folder = dirname(file);
      if (!made.has(folder)) { mkdirSync(folder, { recursive: true }); made.add(folder); }
      const from = start + nameLength;
      writeFileSync(file, bytes.subarray(from, from + length), { flag: rest ? APPEND : "wx" });
    } catch (error) {
      failed.add(file);
      failures.postMessage({ code: error.code, message: String(error.message), file });
    }
  }
  done++;
  Atomics.store(counters, ${WRITTEN}, done);
  Atomics.notify(counters, ${WRITTEN});
}
`;

/** The same contract on the calling thread: for small outputs, or where no thread can start. */
class SameThreadWriter implements PageWriter {
  readonly #made = new Set<string>();
  #stopped = false;
  write(file: string, content: string | PagePieces, append = false): void {
    if (this.#stopped) throw new Error("the page writer was stopped");
    try {
      this.#write(file, content, append);
    } catch (error) {
      throw failedWrite(error, file);
    }
  }
  #write(file: string, content: string | PagePieces, append: boolean): void {
    const text = typeof content === "string" ? content : piecesBytes(content);
    const folder = path.dirname(file);
    if (!this.#made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#made.add(folder);
    }
    if (!append) return writeFileSync(file, text, { flag: "wx" });
    const fd = openSync(file, APPEND);
    try {
      writeFileSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }
  drain(): void {}
  stop(): void {
    this.#stopped = true;
  }
  #answers: boolean[] = [];
  compare(folder: string, name: string, text: string | PagePieces): void {
    if (this.#stopped) throw new Error("the page writer was stopped");
    this.#answers.push(holdsInside(folder, name, text));
  }
  compared(): boolean[] {
    const answers = this.#answers;
    this.#answers = [];
    return this.#stopped ? [] : answers;
  }
}

const encoder = new TextEncoder();

/**
 * Bytes enough for the pieces as UTF-8: three per UTF-16 unit at most (a pair of them, four). Counting
 * their exact length first would read every page twice; a page uses what it needs of its room.
 */
function utf8Room(pieces: PagePieces): number {
  let room = 0;
  for (const piece of pieces) room += typeof piece === "string" ? piece.length * 3 : piece.length;
  return room;
}

/**
 * Pages travel to the thread as UTF-8 in one shared ring of bytes: no copy of a page is made per page on
 * either side, so memory stays the ring's size however many pages there are. A page too large for the
 * ring goes in parts, the first creating the file and the others appended to it.
 */
class ThreadWriter implements PageWriter {
  readonly #worker: Worker;
  readonly #counters = new Int32Array(new SharedArrayBuffer(16));
  readonly #slots = new Int32Array(new SharedArrayBuffer(SLOTS * 16));
  /** The thread's answer to each comparison, in the slot's place: 1 when the file held the page. */
  readonly #results = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  /** The queued comparisons, by their place in the queue, from `#nextCompare` on not yet answered. */
  readonly #compares: number[] = [];
  #nextCompare = 0;
  #answers: boolean[] = [];
  readonly #ring: Uint8Array;
  readonly #failures: MessagePort;
  /** Where each queued page starts in the ring, in order; `#seen` of them are known to be written. */
  readonly #queued: number[] = [];
  #seen = 0;
  /** Where the next page goes. */
  #head = 0;
  #stopped = false;
  /** The thread stalled or died: nothing more is waited for. */
  #giveUp = false;
  #died: Error | undefined;

  constructor(ringBytes: number) {
    const ring = new SharedArrayBuffer(ringBytes);
    this.#ring = new Uint8Array(ring);
    const { port1, port2 } = new MessageChannel();
    this.#failures = port1;
    this.#worker = new Worker(THREAD, {
      eval: true,
      workerData: { counters: this.#counters, ring, slots: this.#slots, results: this.#results, failures: port2 },
      transferList: [port2],
      // It holds no page of its own: a small young generation keeps its memory small.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    // The thread must never keep a finished or failed build's process alive; if it dies, the next
    // write or wait says so instead of the process crashing on an unheard error.
    this.#worker.unref();
    this.#worker.on("error", (error) => {
      this.#died ??= error;
      this.#giveUp = true;
    });
    port1.unref();
  }

  /**
   * Takes note of the pages written (and compared) since last time, and of the answers to the comparisons
   * among them: read before another page is queued, whose slot could be the place of an answer.
   */
  #update(): void {
    this.#seen = Math.max(this.#seen, Atomics.load(this.#counters, WRITTEN));
    while (this.#nextCompare < this.#compares.length && this.#compares[this.#nextCompare]! < this.#seen) {
      this.#answers.push(this.#results[this.#compares[this.#nextCompare++]! % SLOTS] === 1);
    }
  }

  /**
   * Blocks until the thread has written at least one more page. A thread that stopped (killed, out of
   * memory) would never say so while this one waits: past `STALL_MS` without a page written, the writer
   * gives up with an error instead of waiting forever.
   */
  #waitForOne(): void {
    const seen = this.#seen;
    const deadline = Date.now() + STALL_MS;
    for (;;) {
      // A wake-up may be the late notice of a page already counted: only a timeout with no page is a stall.
      const left = deadline - Date.now();
      const result = left > 0 ? Atomics.wait(this.#counters, WRITTEN, seen, left) : "timed-out";
      this.#update();
      if (this.#seen !== seen) return;
      if (this.#died) throw this.#died;
      if (result === "timed-out") {
        this.#giveUp = true;
        throw new Error(`no page was written for ${STALL_MS / 1000} seconds; the writing thread stopped`);
      }
    }
  }

  /** Where `length` bytes fit in the ring now, or `undefined` while unwritten pages are in the way. */
  #place(length: number): number | undefined {
    const size = this.#ring.length;
    if (this.#seen === this.#queued.length) return length <= size - this.#head ? this.#head : 0;
    const oldest = this.#queued[this.#seen]!;
    // Unwritten pages lie from `oldest` up to `#head`, going round the end of the ring when oldest ≥ head.
    if (oldest < this.#head) {
      if (length <= size - this.#head) return this.#head;
      return length < oldest ? 0 : undefined;
    }
    return this.#head + length < oldest ? this.#head : undefined;
  }

  #throwFailure(): void {
    if (this.#died) {
      this.stop();
      throw this.#died;
    }
    const failure = receiveMessageOnPort(this.#failures)?.message as { code?: string; message: string; file: string } | undefined;
    if (!failure) return;
    this.stop();
    throw failedWrite(Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {}), failure.file);
  }

  write(file: string, content: string | PagePieces, append = false): void {
    if (this.#stopped) throw new Error("the page writer was stopped");
    this.#throwFailure();
    const nameLength = Buffer.byteLength(file);
    const pieces = typeof content === "string" ? [content] : content;
    const room = utf8Room(pieces);
    if (nameLength + room <= this.#ring.length / 2) return this.#send(file, nameLength, pieces, room, append ? CONTINUE : CREATE);
    // Too large for the ring in one go: its bytes in parts of a quarter of the ring, the first creating
    // the file and the others appended as they are (they may cut a character: the file is their sum).
    const bytes = piecesBytes(pieces);
    const partBytes = Math.max(1, Math.floor(this.#ring.length / 4) - nameLength);
    for (let at = 0; at < bytes.length; at += partBytes) {
      const part = bytes.subarray(at, Math.min(bytes.length, at + partBytes));
      this.#send(file, nameLength, [part], part.length, append || at > 0 ? CONTINUE : CREATE);
    }
  }

  compare(folder: string, name: string, content: string | PagePieces): void {
    if (this.#stopped) throw new Error("the page writer was stopped");
    // Told to the thread as one name: a page's name holds no NUL.
    const file = `${folder}\0${name}`;
    const nameLength = Buffer.byteLength(file);
    const pieces = typeof content === "string" ? [content] : content;
    const room = utf8Room(pieces);
    if (nameLength + room <= this.#ring.length / 2) {
      this.#compares.push(this.#queued.length);
      return this.#send(file, nameLength, pieces, room, COMPARE);
    }
    // Too large for the ring: compared here, once the answers before it are in.
    this.drain();
    this.#answers.push(holdsInside(folder, name, content));
  }

  compared(): boolean[] {
    if (this.#stopped) return [];
    this.#update();
    const answers = this.#answers;
    this.#answers = [];
    return answers;
  }

  /** Queues a page in `room` bytes of the ring, at least its UTF-8 length; the bytes left over stay free. */
  #send(file: string, nameLength: number, pieces: PagePieces, room: number, kind: number): void {
    this.#update();
    const size = nameLength + room;
    let start = this.#queued.length - this.#seen < SLOTS ? this.#place(size) : undefined;
    while (start === undefined) {
      this.#waitForOne();
      start = this.#queued.length - this.#seen < SLOTS ? this.#place(size) : undefined;
    }
    encoder.encodeInto(file, this.#ring.subarray(start, start + nameLength));
    let at = start + nameLength;
    for (const piece of pieces) {
      if (typeof piece !== "string") this.#ring.set(piece, at);
      at += typeof piece === "string" ? encoder.encodeInto(piece, this.#ring.subarray(at, start + size)).written : piece.length;
    }
    const slot = (this.#queued.length % SLOTS) * 4;
    this.#slots.set([start, nameLength, at - start - nameLength, kind], slot);
    this.#queued.push(start);
    this.#head = at;
    // The slot and the bytes are written before the count says so: the thread reads them only after it.
    Atomics.store(this.#counters, QUEUED, this.#queued.length);
    Atomics.notify(this.#counters, QUEUED);
  }

  drain(): void {
    if (this.#stopped) return;
    for (this.#update(); this.#seen < this.#queued.length;) this.#waitForOne();
    this.#throwFailure();
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    Atomics.store(this.#counters, CANCELLED, 1);
    // The page being written is finished before anyone removes its folder; the rest are skipped quickly.
    try {
      for (this.#update(); this.#seen < this.#queued.length && !this.#giveUp;) this.#waitForOne();
    } catch {
      // A stalled thread: it is stopped below, and what it left in the staging folder goes with it.
    }
    Atomics.store(this.#counters, STOP, 1);
    Atomics.notify(this.#counters, QUEUED);
    void this.#worker.terminate();
    this.#failures.close();
  }
}

/**
 * A writer on a second thread (`thread`) that shares a ring of `ringBytes` with it, or one that writes
 * before returning.
 */
export function openPageWriter(options: { thread: boolean; ringBytes: number }): PageWriter {
  if (!options.thread) return new SameThreadWriter();
  try {
    return new ThreadWriter(options.ringBytes);
  } catch {
    return new SameThreadWriter();
  }
}

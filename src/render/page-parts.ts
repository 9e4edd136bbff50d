/** Where rendered pieces go: an array (joined at the end), or `PageParts`. */
export interface PieceSink {
  push(...pieces: string[]): unknown;
}

/**
 * Pieces of a page gathered into parts of about `size` characters, each handed to `emit` as one string:
 * a page of many megabytes then never exists whole (see `PageContent`). Parts stay small, under V8's
 * large-object size (128 KB): on the rich shape of `npm run bench` (10,000 incidents), `build --html
 * --check` took 5 % less CPU and 17 MB less memory with parts of 16 K characters than of 256 K. The
 * output folder writes them in larger batches.
 */
export class PageParts implements PieceSink {
  #pending: string[] = [];
  #length = 0;
  constructor(
    readonly emit: (part: string) => void,
    readonly size = 16 * 1024,
  ) {}
  push(...pieces: string[]): void {
    for (const piece of pieces) {
      this.#pending.push(piece);
      this.#length += piece.length;
    }
    if (this.#length >= this.size) this.flush();
  }
  flush(): void {
    if (!this.#pending.length) return;
    this.emit(this.#pending.join(""));
    this.#pending = [];
    this.#length = 0;
  }
}

/**
 * Lines of Markdown in parts (`PageParts`), giving the same text as `lines.join("\n").trimEnd() + "\n"`.
 * Whitespace at the end of a part is held back until text follows it, so the page ends trimmed exactly
 * as the whole text would.
 */
export class MarkdownParts implements PieceSink {
  readonly #parts: PageParts;
  readonly #emit: (part: string) => void;
  #held = "";
  #started = false;
  constructor(emit: (part: string) => void, size?: number) {
    this.#emit = emit;
    this.#parts = new PageParts((part) => {
      const joined = this.#held + part;
      const kept = joined.trimEnd();
      this.#held = joined.slice(kept.length);
      if (kept) emit(kept);
    }, size);
  }
  push(...lines: string[]): void {
    for (const line of lines) {
      if (this.#started) this.#parts.push("\n", line);
      else this.#parts.push(line);
      this.#started = true;
    }
  }
  /** Emits the rest, ending the page with one line break. */
  end(): void {
    this.#parts.flush();
    this.#emit("\n");
  }
}

import type { Diagnostic, Fix, FileResult, LintCache, LintResults } from "../model/index.js";
import { ownStrings } from "../model/own-string.js";
import { type CalendarDay, compareDays, formatDay } from "../dates/index.js";
import {
  applyEdits,
  type Identity,
  type IncidentDocument,
  loadExactOutline,
  NeedsExactOutline,
  type ParseOptions,
  parseIncidentBytes,
  parseIncidentText,
  unreadableDocument,
} from "../parse/index.js";
import { type CorpusCheck, type FileCheck, type ParsedDocument, type Report, RULES, type Rule, type RunContext } from "../rules/index.js";
import { compareDiagnostics, diagnose, severityOf } from "./diagnose.js";

/** A file as the reader found it: its bytes, or why it could not be read. */
export type Source =
  { file: string; bytes: Uint8Array } | { file: string; error: { messageId: string; data?: Record<string, string | number> } };

export interface LinterOptions {
  rules?: readonly Rule[];
  parse: ParseOptions;
  /** Apply certain fixes, re-checking after each round (as ESLint does, at most ten rounds). */
  fix?: boolean;
  /** Run the rules whose errors make data untrustworthy even when the configuration turns them off. */
  alwaysCheckData?: boolean;
  /**
   * Outcomes of earlier runs (`lint --cache`): `reuse` takes a file's from here when its bytes are the
   * same, and every file linted is stored. Not with `fix`, whose results are those of the fixed text.
   */
  cache?: LintCache;
}

/** One file's outcome: its problems and, after `fix`, its corrected text. */
export interface FileLint {
  result: FileResult;
  /** The document the last round read: callers that need the data (report, build) take it from here. */
  doc: IncidentDocument;
  /** The corrected text, with the byte-order mark if the file had one; absent when nothing changed. */
  output?: string;
}

const MAX_FIX_ROUNDS = 10;

/** The days a file's outcome stands between: from `since` (or always), until the day before `until` (or ever). */
interface Standing {
  since?: CalendarDay;
  until?: CalendarDay;
}

const ignoreDay = (): void => {};

function internalFailure(rule: Rule, error: unknown): Report {
  return { messageId: "internal", data: { reason: `${rule.id}: ${error instanceof Error ? error.message : String(error)}` } };
}

/** Non-overlapping fixes, first come first served in position order: the rest wait for the next round. */
function chooseFixes(diagnostics: readonly Diagnostic[]): Fix[] {
  const chosen: Fix[] = [];
  let end = -1;
  for (const fix of diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])).sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (fix.start < end || (fix.start === end && chosen.at(-1)?.start === fix.start)) continue;
    chosen.push(fix);
    end = Math.max(end, fix.end);
  }
  return chosen;
}

/**
 * Lints a corpus a group of files at a time: each document is parsed, checked by every file rule,
 * reduced to what the corpus rules need, and let go with its group, so memory holds diagnostics rather
 * than documents. `finish` runs the corpus rules and returns the results. Pure: bytes in, results out;
 * the caller reads and writes files.
 */
export class Linter {
  readonly #run: RunContext;
  readonly #options: LinterOptions;
  readonly #rules: { rule: Rule; severity: Diagnostic["severity"] }[];
  readonly #fileChecks: {
    rule: Rule;
    severity: Diagnostic["severity"];
    check: FileCheck;
  }[];
  readonly #corpus: {
    rule: Rule;
    severity: Diagnostic["severity"];
    check: CorpusCheck<unknown>;
    entries: { file: string; value: unknown }[];
  }[];
  readonly #results = new Map<string, Diagnostic[]>();
  readonly #order: Map<string, number>;
  /** Never with `fix`: the results of a run that fixes are those of the fixed text. */
  readonly #cache: LintCache | undefined;

  constructor(run: RunContext, options: LinterOptions) {
    this.#run = run;
    this.#options = options;
    this.#cache = options.fix ? undefined : options.cache;
    const rules = options.rules ?? RULES;
    this.#order = new Map(rules.map((r, i) => [r.id, i]));
    this.#rules = rules.flatMap((rule) => {
      const severity = severityOf(rule, run) ?? (options.alwaysCheckData && rule.affectsData ? "error" : null);
      return severity ? [{ rule, severity }] : [];
    });
    this.#fileChecks = this.#rules.flatMap(({ rule, severity }) =>
      rule.scope === "file" ? [{ rule, severity, check: rule.create(run) }] : [],
    );
    this.#corpus = this.#rules.flatMap(({ rule, severity }) =>
      rule.scope === "corpus" ? [{ rule, severity, check: rule.create(run), entries: [] }] : [],
    );
  }

  #parse(source: Source): IncidentDocument {
    if ("error" in source) return unreadableDocument(source.file, source.error.messageId, source.error.data);
    return parseIncidentBytes(source.file, source.bytes, this.#options.parse);
  }

  /**
   * The file rules' diagnostics for each document, rule by rule: one rule runs over the whole group before
   * the next, so its code stays in the processor's caches (lint of 10,000 small files: 10 % faster than
   * file by file, on top of reading them in groups). A rule that throws becomes that file's problem only.
   * `days` gets, per document, the days between which its outcome stands (see `FileCheck`).
   */
  #check(docs: readonly IncidentDocument[], days?: Standing[]): Diagnostic[][] {
    const outs: Diagnostic[][] = docs.map(() => []);
    const today = this.#run.today;
    const changesOn = docs.map((_, i) =>
      days
        ? (day: CalendarDay) => {
            const d = (days[i] ??= {});
            if (compareDays(day, today) > 0) {
              if (!d.until || compareDays(day, d.until) < 0) d.until = day;
            } else if (!d.since || compareDays(day, d.since) > 0) d.since = day;
          }
        : ignoreDay,
    );
    for (const { rule, severity, check } of this.#fileChecks) {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const out = outs[i]!;
        if (!doc.data && !rule.onUnreadable) continue;
        const add = (report: Report) => {
          const d = diagnose(doc, rule, severity, report, this.#run);
          // A rule's problem on a line the parser could not read would only repeat the parser's.
          if (rule.onUnreadable || !doc.brokenLines.has(d.line)) out.push(d);
        };
        try {
          check(doc as ParsedDocument, add, changesOn[i]!);
        } catch (error) {
          // Not a failure: the caller loads the exact Markdown parser and lints these files again.
          if (error instanceof NeedsExactOutline) throw error;
          const read = this.#rules.find((r) => r.rule.id === "read");
          if (read) out.push(diagnose(doc, read.rule, "error", { ...internalFailure(rule, error), fatal: true }, this.#run));
        }
      }
    }
    return outs;
  }

  /** Lints one file and keeps what the corpus rules need of it. */
  lint(source: Source): FileLint {
    return this.lintBatch([source])[0]!;
  }

  /**
   * Lints a group of files (sixteen at most, as the reader hands them over) and keeps what the corpus rules
   * need of each. Nothing is kept before every file of the group is checked, so a group that throws
   * `NeedsExactOutline` can be linted again whole.
   */
  lintBatch(sources: readonly Source[]): FileLint[] {
    const docs = sources.map((source) => this.#parse(source));
    const days: Standing[] = [];
    const checked = this.#check(docs, this.#cache ? days : undefined);
    const outcomes = docs.map((first, i): FileLint => {
      let doc = first;
      let diagnostics = checked[i]!;
      let output: string | undefined;
      for (let round = 0; this.#options.fix && round < MAX_FIX_ROUNDS; round++) {
        const fixes = chooseFixes(diagnostics);
        if (fixes.length === 0) break;
        const text = applyEdits(doc.text, fixes);
        if (text === doc.text) break;
        output = text;
        doc = parseIncidentText(doc.file, text, this.#options.parse, doc.bom);
        diagnostics = this.#check([doc])[0]!;
      }
      return {
        result: { file: doc.file, diagnostics },
        doc,
        ...(output !== undefined ? { output: doc.bom ? `\uFEFF${output}` : output } : {}),
      };
    });
    const cache = this.#cache;
    outcomes.forEach(({ result, doc }, i) => {
      const collected = doc.data ? this.#collect(doc as ParsedDocument) : this.#corpus.map(() => null);
      this.#results.set(doc.file, result.diagnostics);
      const source = sources[i]!;
      // A copy of the list: the corpus rules add to it at `finish`, and those are made again each run.
      if (cache && "bytes" in source) {
        const { since, until } = days[i] ?? {};
        cache.set(source.file, source.bytes, {
          diagnostics: [...result.diagnostics],
          corpus: collected,
          ...(since && { since: formatDay(since) }),
          ...(until && { until: formatDay(until) }),
        });
      }
    });
    return outcomes;
  }

  /**
   * Takes the outcome of an earlier run for `source` when the cache holds one for these very bytes;
   * says whether it did. A file taken is not parsed: its diagnostics and what the corpus rules collected
   * of it come from the cache.
   */
  reuse(source: Source): boolean {
    const cache = this.#cache;
    if (!cache || !("bytes" in source)) return false;
    const cached = cache.get(source.file, source.bytes);
    if (!cached || cached.corpus.length !== this.#corpus.length) return false;
    // What does not fit is linted again: a rule this run does not know, a value a corpus rule did not make.
    if (!cached.diagnostics.every((d) => this.#order.has(d.rule))) return false;
    if (!this.#corpus.every((c, i) => cached.corpus[i] === null || c.check.isCollected(cached.corpus[i]))) return false;
    this.#results.set(source.file, [...cached.diagnostics]);
    this.#corpus.forEach((corpus, i) => {
      const value = cached.corpus[i];
      if (value !== null && value !== undefined) corpus.entries.push({ file: source.file, value });
    });
    return true;
  }

  /**
   * A file that is not reported on but that the corpus rules must see (its id, what it relates to).
   * With only its identity, the file is never parsed; a related id still gets located, by a parse.
   */
  context(source: Source, identity: Identity | null): void {
    let doc: IncidentDocument;
    if (identity && identity.related.length === 0) {
      const data: Record<string, unknown> = identity.id === undefined ? {} : { id: identity.id };
      doc = { ...unreadableDocument(source.file, "unreadable"), data, problems: [], fatal: false };
    } else {
      doc = this.#parse(source);
    }
    if (!this.#results.has(doc.file)) this.#results.set(doc.file, []);
    if (doc.data) this.#collect(doc as ParsedDocument);
  }

  /** What each corpus rule collects of `doc`, kept for `finish`; `null` where a rule collected nothing. */
  #collect(doc: ParsedDocument): unknown[] {
    return this.#corpus.map((corpus) => {
      try {
        const value = corpus.check.collect(doc);
        if (value === undefined) return null;
        const own = ownStrings(value);
        corpus.entries.push({ file: doc.file, value: own });
        return own;
      } catch {
        // A corpus rule that cannot read this file leaves it out of its comparison.
        return null;
      }
    });
  }

  /** Runs the corpus rules over everything linted so far and returns every file's results, sorted. */
  finish(): LintResults {
    for (const { rule, severity, check, entries } of this.#corpus) {
      // In file order, whatever order the files came in (from the cache, linted, read for their ids only):
      // the rules' words depend on it (the other files that share an id, the first close id suggested).
      entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const stub = (file: string) => unreadableDocument(file, "unreadable");
      check.check(entries, (file, report) => {
        const list = this.#results.get(file);
        list?.push(diagnose(stub(file), rule, severity, report, this.#run));
      });
    }
    const compare = compareDiagnostics(this.#order);
    const files: FileResult[] = [...this.#results]
      .map(([file, diagnostics]) => ({ file, diagnostics: diagnostics.sort(compare) }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return summarize(files);
  }
}

export function summarize(files: FileResult[]): LintResults {
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === "error") errors++;
      else warnings++;
    }
  }
  return { summary: { files: files.length, errors, warnings }, files };
}

/**
 * Lints a group of files, loading the exact Markdown parser first when a body needs it (most bodies do not,
 * and loading it is a third of a one-file lint's time).
 */
export async function lintWithParser(linter: Linter, sources: readonly Source[]): Promise<FileLint[]> {
  try {
    return linter.lintBatch(sources);
  } catch (error) {
    if (!(error instanceof NeedsExactOutline)) throw error;
    await loadExactOutline();
    return linter.lintBatch(sources);
  }
}

/** Lints in-memory sources together as one corpus: the whole pipeline, for tests and small callers. */
export function lintSources(sources: Iterable<Source>, run: RunContext, options: LinterOptions): LintResults {
  const linter = new Linter(run, options);
  for (const source of sources) linter.lint(source);
  return linter.finish();
}

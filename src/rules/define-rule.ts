import type { CalendarDay } from "../dates/index.js";
import type { Language } from "../i18n/language.js";
import type { Fix, Located, Position } from "../model/index.js";
import type { IncidentDocument } from "../parse/index.js";
import type { DataPath, ResolvedConfig } from "../schema/index.js";

/** How a rule's fix is expressed: a new value or key at a path, or a raw edit of the text. */
export type FixIntent = { value: string; raw?: boolean } | { key: string } | Fix;

/** What a rule says about one place; the engine locates it and words it in the run's language. */
export interface Report {
  /** One of the rule's declared message ids; its words are `<rule>/<messageId>` in src/i18n. */
  messageId: string;
  /** Placeholders of the message. `field` (and `parent`) are filled from `path` when not given. */
  data?: Record<string, string | number>;
  /** A front-matter path; a missing one is located at its parent. */
  path?: DataPath;
  /** Point at the key rather than its value. */
  key?: boolean;
  /** A place in the body, when the problem is not in the front-matter. */
  at?: Position;
  /** A place found by the parser, with its range. */
  located?: Pick<Located, "line" | "column" | "endLine" | "endColumn">;
  expected?: string;
  actual?: string;
  /** The certain correction; only rules that declare `fixable` give one. */
  fix?: FixIntent;
  /** Per problem, for rules whose problems differ (parse: a tag leaves the data readable). */
  fatal?: boolean;
  /** The id of another incident this problem is about. */
  about?: string;
}

/** A document whose front-matter could be read, at least in part. */
export type ParsedDocument = IncidentDocument & { readonly data: Record<string, unknown> };

export interface RunContext {
  config: ResolvedConfig;
  /** Today's calendar day, given by the caller so that results never depend on the machine's clock. */
  today: CalendarDay;
  /** The language messages are worded in; rules that build words (lists, paths) use it. */
  lang: Language;
}

/**
 * A file rule's check. `changesOn` is for the rare rule whose verdict depends on the day: it names each
 * day, past or to come, from which the rule says something else of this very text (an open action falls
 * due: the day after its due day). Between two such days the verdict stands, so `lint --cache` keeps a
 * file's outcome for the days between the last one past and the next one to come.
 */
export type FileCheck = (doc: ParsedDocument, report: (r: Report) => void, changesOn: (day: CalendarDay) => void) => void;

/**
 * A rule over the whole corpus, run file by file: `collect` keeps what it needs of each document (the
 * document itself is not kept), `check` sees all of it at the end.
 */
export interface CorpusCheck<T> {
  collect(doc: ParsedDocument): T | undefined;
  /** Whether a value read back from `lint --cache` is one `collect` could have made: a cache on disk may hold anything. */
  isCollected(value: unknown): value is T;
  check(entries: readonly { file: string; value: T }[], report: (file: string, r: Report) => void): void;
}

interface RuleBase {
  /** Stable kebab-case id, used in output and configuration. */
  id: string;
  severity: "error" | "warn";
  /** The message ids it reports; the description is `<id>/description`. A test checks both languages. */
  messages: readonly string[];
  /**
   * Its errors make the file's data untrustworthy for figures: report and build leave the file out. A
   * report's own `fatal` says otherwise for one problem (`unknown-key`: only a typo of a required field).
   */
  affectsData?: boolean;
  /** It offers certain fixes for `lint --fix`. */
  fixable?: boolean;
  /** It runs on documents whose front-matter could not be read at all (only read and parse do). */
  onUnreadable?: boolean;
}

export interface FileRule extends RuleBase {
  scope: "file";
  create(run: RunContext): FileCheck;
}

export interface CorpusRule extends RuleBase {
  scope: "corpus";
  create(run: RunContext): CorpusCheck<unknown>;
}

export type Rule = FileRule | CorpusRule;

export function defineRule<R extends FileRule>(rule: R): R;
export function defineRule<T>(rule: Omit<CorpusRule, "create"> & { create(run: RunContext): CorpusCheck<T> }): CorpusRule;
export function defineRule(rule: Rule): Rule {
  return rule;
}

import type { CalendarDay } from "../dates/index.js";
import type { Position } from "../model/index.js";
import type { IncidentDocument } from "../parse/index.js";
import type { DataPath, ResolvedConfig } from "../schema/index.js";

/** What a rule says about one place; the engine turns it into a located diagnostic. */
export interface Report {
  message: string;
  /** A front-matter path; a missing one is located at its parent. */
  path?: DataPath;
  /** Point at the key rather than its value. */
  key?: boolean;
  /** A place in the body, when the problem is not in the front-matter. */
  at?: Position;
  expected?: string;
  actual?: string;
}

/** A document whose front-matter parsed to a mapping. */
export type ParsedDocument = IncidentDocument & { readonly data: Record<string, unknown> };

export interface RunContext {
  config: ResolvedConfig;
  /** Today's calendar day, given by the caller so that results never depend on the machine's clock. */
  today: CalendarDay;
}

export type FileCheck = (doc: ParsedDocument, report: (r: Report) => void) => void;
export type CorpusCheck = (docs: readonly ParsedDocument[], report: (doc: ParsedDocument, r: Report) => void) => void;

interface RuleBase {
  /** Stable kebab-case id, used in output and configuration. */
  id: string;
  severity: "error" | "warn";
  /** One line for `lessonbook rules` and the README. */
  description: string;
}

export interface FileRule extends RuleBase {
  scope: "file";
  create(run: RunContext): FileCheck;
}

/** A rule that needs the whole corpus, such as unique ids. */
export interface CorpusRule extends RuleBase {
  scope: "corpus";
  create(run: RunContext): CorpusCheck;
}

export type Rule = FileRule | CorpusRule;

export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

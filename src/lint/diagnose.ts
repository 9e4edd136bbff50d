import { describePath } from "../i18n/fields.js";
import { translate } from "../i18n/translate.js";
import type { Diagnostic, Fix, Severity } from "../model/index.js";
import type { Language } from "../i18n/language.js";
import { ownString, ownStrings } from "../model/own-string.js";
import type { IncidentDocument } from "../parse/index.js";
import type { FixIntent, Report, Rule, RunContext } from "../rules/index.js";

/** Plain values that stay the same string when written without quotes (core schema, no special start). */
const SAFE_PLAIN = /^(?:[A-Za-z][A-Za-z0-9-]*|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2}))?)$/;
const RESERVED_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A value written the way the value it replaces was written: plain stays plain where it can, quotes stay. */
function writeValue(value: string, style: string | undefined, raw: boolean): string | null {
  if (raw) return value;
  switch (style) {
    case "plain":
      return SAFE_PLAIN.test(value) && !RESERVED_WORDS.test(value) ? value : JSON.stringify(value);
    case "double":
      return JSON.stringify(value);
    case "single":
      return `'${value.replace(/'/g, "''")}'`;
    default:
      return null;
  }
}

/** The text edit a rule's fix means, or nothing when the place cannot be edited with certainty. */
export function resolveFix(doc: IncidentDocument, report: Report, intent: FixIntent): Fix | undefined {
  if ("start" in intent) return intent;
  const path = report.path ?? [];
  if ("key" in intent) {
    const at = doc.locate(path, { key: true });
    return at.found && at.start !== undefined && at.end !== undefined ? { start: at.start, end: at.end, text: intent.key } : undefined;
  }
  const at = doc.locate(path);
  if (!at.found || at.start === undefined || at.end === undefined) return undefined;
  const text = writeValue(intent.value, at.style, intent.raw ?? false);
  return text === null ? undefined : { start: at.start, end: at.end, text };
}

const described = new Map<string, string>();

/** `describePath`, remembered: the same few paths come back in every file, and one copy of each is enough. */
function describedPath(lang: Language, path: readonly (string | number)[]): string {
  const key = `${lang}${JSON.stringify(path)}`;
  let text = described.get(key);
  if (text === undefined) {
    // Unknown keys make paths of their own; a bound keeps a hostile file from growing the memory.
    if (described.size >= 10_000) described.clear();
    text = ownString(describePath(lang, path));
    described.set(key, text);
  }
  return text;
}

/** `off`, or the severity a rule runs with under this configuration. */
export function severityOf(rule: Rule, run: RunContext): Severity | null {
  const setting = run.config.rules[rule.id] ?? rule.severity;
  if (setting === "off") return null;
  return setting === "warn" ? "warning" : "error";
}

/** A rule's report, located in the file and worded in the run's language. */
export function diagnose(doc: IncidentDocument, rule: Rule, severity: Severity, report: Report, run: RunContext): Diagnostic {
  let place: Pick<Diagnostic, "line" | "column" | "endLine" | "endColumn">;
  if (report.located) place = report.located;
  else if (report.at) place = { line: report.at.line, column: report.at.column };
  else {
    const at = doc.locate(report.path ?? [], { key: report.key ?? false });
    // An end is given only where the range is the node itself, not a parent standing in for a missing key.
    place =
      at.found && at.endLine !== undefined
        ? { line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn }
        : { line: at.line, column: at.column };
  }
  const path = report.path ?? [];
  // Built key by key: V8 gives an object made by spreading others a shape of its own, and a run can keep
  // tens of thousands of these. Values from the file are copied so as not to keep its text alive.
  const data: Record<string, string | number> = {};
  if (path.length) {
    data.field = describedPath(run.lang, path);
    data.parent = path.length > 1 ? describedPath(run.lang, path.slice(0, -1)) : "none";
  }
  if (report.data) for (const key of Object.keys(report.data)) data[key] = ownStrings(report.data[key]!);
  const fix = report.fix ? resolveFix(doc, report, report.fix) : undefined;
  const diagnostic: Diagnostic = {
    file: doc.file,
    line: place.line,
    column: place.column,
    severity,
    rule: rule.id,
    messageId: report.messageId,
    data,
    message: ownString(translate(run.lang, `${rule.id}/${report.messageId}`, data)),
  };
  // Optional fields are set one by one rather than spread in: see `data` above.
  if (place.endLine !== undefined && place.endColumn !== undefined) {
    diagnostic.endLine = place.endLine;
    diagnostic.endColumn = place.endColumn;
  }
  if (report.fatal ?? rule.affectsData) diagnostic.fatal = true;
  if (report.expected !== undefined) diagnostic.expected = ownString(report.expected);
  if (report.actual !== undefined) diagnostic.actual = ownString(report.actual);
  if (fix) diagnostic.fix = { start: fix.start, end: fix.end, text: ownString(fix.text) };
  if (report.about !== undefined) diagnostic.about = ownString(report.about);
  return diagnostic;
}

/** Diagnostics by place, then in the order of the rule registry. */
export function compareDiagnostics(order: ReadonlyMap<string, number>) {
  return (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0);
}

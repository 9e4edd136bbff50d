import type { Diagnostic, FileResult, LintResults, Severity } from "../model/index.js";
import type { IncidentDocument } from "../parse/index.js";
import { type ParsedDocument, type Report, RULES, type Rule, type RunContext } from "../rules/index.js";

function severityOf(rule: Rule, run: RunContext): Severity | null {
  const setting = run.config.rules[rule.id] ?? rule.severity;
  if (setting === "off") return null;
  return setting === "warn" ? "warning" : "error";
}

function locate(doc: IncidentDocument, report: Report): Pick<Diagnostic, "line" | "column" | "endLine" | "endColumn"> {
  if (report.at) return { line: report.at.line, column: report.at.column };
  const range = doc.locate(report.path ?? [], { key: report.key ?? false });
  const { start, end } = range;
  // An end is given only where the range is the node itself, not a parent standing in for a missing key.
  if (!range.found || !end) return { line: start.line, column: start.column };
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function diagnostic(doc: IncidentDocument, rule: string, severity: Severity, report: Report): Diagnostic {
  return {
    file: doc.file,
    ...locate(doc, report),
    severity,
    rule,
    message: report.message,
    ...(report.expected !== undefined ? { expected: report.expected } : {}),
    ...(report.actual !== undefined ? { actual: report.actual } : {}),
  };
}

function failure(rule: Rule, error: unknown): Report {
  const reason = error instanceof Error ? error.message : String(error);
  return { message: `lessonbook could not apply rule "${rule.id}" to this file (a bug, please report it): ${reason}` };
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Runs every enabled rule over the documents: file rules on each one, corpus rules on all of them
 * together. Pure: documents and options in, results out.
 */
export function lintDocuments(docs: readonly IncidentDocument[], run: RunContext, rules: readonly Rule[] = RULES): LintResults {
  const byFile = new Map<IncidentDocument, Diagnostic[]>(docs.map((d) => [d, []]));
  const parsed = docs.filter((d): d is ParsedDocument => d.data !== undefined);
  for (const doc of docs) {
    if (doc.problem) {
      const { rule, ...report } = doc.problem;
      byFile.get(doc)!.push(diagnostic(doc, rule, "error", report));
    }
  }
  for (const rule of rules) {
    const severity = severityOf(rule, run);
    if (!severity) continue;
    const add = (doc: ParsedDocument, report: Report) => byFile.get(doc)!.push(diagnostic(doc, rule.id, severity, report));
    if (rule.scope === "corpus") {
      const check = rule.create(run);
      try {
        check(parsed, add);
      } catch (error) {
        for (const doc of parsed) add(doc, failure(rule, error));
      }
      continue;
    }
    const check = rule.create(run);
    for (const doc of parsed) {
      try {
        check(doc, (report) => add(doc, report));
      } catch (error) {
        add(doc, failure(rule, error));
      }
    }
  }
  const files: FileResult[] = [...byFile]
    .map(([doc, diagnostics]) => ({ file: doc.file, diagnostics: diagnostics.sort(compare) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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

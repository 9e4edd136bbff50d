import { translate } from "../i18n/translate.js";
import type { Diagnostic, LintResults } from "../model/index.js";
import { encodePath } from "../render/url.js";
import { jsonItems } from "./json.js";
import type { ReporterOptions } from "./types.js";

function region(d: Diagnostic) {
  return {
    startLine: d.line,
    startColumn: d.column,
    ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
    ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
  };
}

/** Stands for the results in the log written around them; a text no JSON string can hold unescaped. */
const RESULTS = "\u0000results";

/**
 * SARIF 2.1.0 for code scanning: every rule described, every problem located, paths from the repository
 * root. The same text as the whole log through `JSON.stringify(…, null, 2)`, its results made a file at a time.
 */
export function* sarif(results: LintResults, options: ReporterOptions): Generator<string> {
  const { tool } = options;
  const rules = tool.rules;
  const describe = (id: string) => translate(options.lang, `${id}/description`);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const toRepo = options.repoPath ?? ((f: string) => f);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: describe(r.id) },
              fullDescription: { text: describe(r.id) },
              // The README's rule table; one anchor for all, since a table row has none of its own.
              helpUri: `${tool.informationUri}#rules-lessonbook-rules`,
              defaultConfiguration: { level: r.severity === "warn" ? "warning" : "error" },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results: RESULTS,
      },
    ],
  };
  const result = (d: Diagnostic) => ({
    ruleId: d.rule,
    ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
    level: d.severity === "warning" ? "warning" : "error",
    message: { text: d.message },
    properties: { messageId: d.messageId },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(toRepo(d.file)), uriBaseId: "%SRCROOT%" }, region: region(d) } }],
  });
  // The results sit three levels down: the log, its runs, the run.
  const [before, after] = JSON.stringify(log, null, 2).split(JSON.stringify(RESULTS)) as [string, string];
  yield `${before}[`;
  yield* jsonItems(results, result, 3);
  yield `${after}\n`;
}

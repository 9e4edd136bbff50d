import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/aggregate/index.js";
import type { IncidentRecord } from "../../src/model/index.js";
import { renderKnowledgeBase } from "../../src/render/kb.js";
import { record } from "../aggregate/records.js";
import { pageText } from "../support/page-text.js";

function page(records: readonly IncidentRecord[], name: string, lang: "en" | "es", latestDone?: number): string {
  const model = buildKnowledgeBase(records, [], { latestDone });
  return pageText(new Map(renderKnowledgeBase(model, { lang, out: "kb" })).get(name)!);
}

const corpus = [
  record({ id: "2025-01-10-a", started: "2025-01-10" }, [
    { task: "Brief the agency", due: "2025-01-20", status: "done", done: "2025-01-18" },
    { task: "Add a news check", due: "2025-02-01", status: "open" },
  ]),
  record({ id: "2025-03-02-b", started: "2025-03-02" }, [
    { task: "Train the night shift", due: "2025-04-01", status: "done", done: "2025-03-30" },
    { task: "Ask legal to read replies", due: "2025-03-10", status: "done" },
  ]),
];

/** The task column of the table under `heading`. */
const tasks = (md: string, heading: string) =>
  md
    .split(`${heading}\n`)[1]!
    .trimStart()
    .split(/\n\n(?=\S)/)
    .find((part) => part.startsWith("|"))!
    .split("\n")
    .slice(2)
    .map((row) => row.split(" | ")[1]);

describe("the knowledge base's action tracker", () => {
  it("lists open actions by due date and every done one, latest first, when they are few", () => {
    const md = page(corpus, "actions.md", "en");
    expect(tasks(md, "## Open (1)")).toEqual(["Add a news check"]);
    expect(tasks(md, "## Done (3)")).toEqual(["Train the night shift", "Ask legal to read replies", "Brief the agency"]);
    expect(md).not.toContain("most recently done");
  });

  it("lists only the latest done ones past the limit, says so in the reader's language and points to the files", () => {
    const en = page(corpus, "actions.md", "en", 2);
    expect(en).toContain(
      "## Done (3)\n\nShowing the 2 most recently done of 3 done actions. Every action, done or not, is also in its incident's file.",
    );
    expect(tasks(en, "## Done (3)")).toEqual(["Train the night shift", "Ask legal to read replies"]);
    const es = page(corpus, "actions.md", "es", 2);
    expect(es).toContain("## Cumplidas (3)\n\nSe muestran las 2 acciones cumplidas más recientes de un total de 3.");
  });

  it("counts open actions on the entry page from the tracker's open list", () => {
    expect(page(corpus, "README.md", "en", 0)).toMatch(
      /\| Incidents \| By severity \| Open actions \|[^\n]*\n[^\n]*\n\| 2 \| [^|]+ \| 1 \|/,
    );
  });
});

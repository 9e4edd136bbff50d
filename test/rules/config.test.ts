/** Rules under a configuration: severities, an extended cause taxonomy, restricted channels, own sections and phrases. */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/index.js";
import type { ConfigInput } from "../../src/schema/index.js";
import { lintText } from "../support/lint.js";
import { validIncident } from "../support/valid.js";

const ID = "2026-03-14-promo-code-at-90-percent";
const FILE = `incidents/2026/${ID}.md`;
const VALID = validIncident(ID);

/** Line and column of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, index);
  return { line: before.split("\n").length, column: index - before.lastIndexOf("\n") };
}

const lint = (text: string, config: ConfigInput = {}) =>
  lintText(FILE, text, config).map((d: Diagnostic) => ({
    line: d.line,
    column: d.column,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
  }));

const OVERDUE = VALID.replace("status: done\n        done: 2026-04-20\n", "status: open\n");

describe("rule severities", () => {
  it("the valid incident is clean under every configuration used below", () => {
    for (const config of [
      {},
      { causes: ["legal-review"] },
      { channels: ["email", "web"] },
      { blameless: { phrases: ["dropped the ball"] } },
    ]) {
      expect(lint(VALID, config)).toEqual([]);
    }
  });

  it("an overdue action warns by default", () => {
    expect(lint(OVERDUE)).toEqual([
      { ...at(OVERDUE, "2026-04-30"), rule: "overdue-action", severity: "warning", message: expect.stringContaining("2026-04-30") },
    ]);
  });

  it('"off" silences the rule', () => {
    expect(lint(OVERDUE, { rules: { "overdue-action": "off" } })).toEqual([]);
  });

  it('"error" raises a warning rule to an error, at the same place', () => {
    const text = VALID.replace("and no second check existed", "because of human error");
    expect(lint(text)).toEqual([
      { ...at(text, "The discount field"), rule: "blameless-language", severity: "warning", message: expect.any(String) },
    ]);
    expect(lint(text, { rules: { "blameless-language": "error" } })).toEqual([
      { ...at(text, "The discount field"), rule: "blameless-language", severity: "error", message: expect.stringContaining("human error") },
    ]);
  });

  it('"warn" lowers an error rule to a warning', () => {
    const text = VALID.replace("        owner: Luis Pardo\n", "");
    expect(lint(text, { rules: { "action-owner-due": "warn" } })).toEqual([
      { ...at(text, "task: Add"), rule: "action-owner-due", severity: "warning", message: expect.stringContaining("owner") },
    ]);
    expect(lint(text, { rules: { "action-owner-due": "off" } })).toEqual([]);
  });
});

describe("cause taxonomy", () => {
  const text = VALID.replace("category: pricing", "category: legal-review");

  it("rejects a category outside the default taxonomy", () => {
    expect(lint(text)).toEqual([
      {
        ...at(text, "legal-review"),
        rule: "schema",
        severity: "error",
        message: expect.stringContaining('"cause.category" must be'),
      },
    ]);
  });

  it("accepts a category the configuration adds, and keeps the default ones", () => {
    expect(lint(text, { causes: ["legal-review"] })).toEqual([]);
    expect(lint(VALID, { causes: ["legal-review"] })).toEqual([]);
  });
});

describe("channels", () => {
  const text = VALID.replace("channels: [email, web]", "channels: [email, instagram]");

  it("any lower-case channel is accepted by default", () => {
    expect(lint(text)).toEqual([]);
  });

  it("only the configured channels are accepted", () => {
    expect(lint(text, { channels: ["email"] })).toEqual([
      { ...at(text, "instagram"), rule: "schema", severity: "error", message: expect.stringContaining('must be email; found "instagram"') },
    ]);
    expect(lint(VALID.replace("channels: [email, web]", "channels: [email]"), { channels: ["email"] })).toEqual([]);
  });
});

describe("required sections", () => {
  const only = (heading: string) => validIncident(ID, "", `\n${heading}\n\nA newsletter offered 90% off instead of 9% for two hours.\n`);
  const config: ConfigInput = { sections: [["Resumen", "Summary"]] };

  it("by default a body with only a summary misses three sections", () => {
    expect(lint(only("## Summary")).map((d) => [d.rule, d.line, d.column])).toEqual([
      ["required-sections", 32, 1],
      ["required-sections", 32, 1],
      ["required-sections", 32, 1],
    ]);
  });

  it("configured sections replace the default ones, and any heading of an entry counts", () => {
    expect(lint(only("## Summary"), config)).toEqual([]);
    expect(lint(only("## Resumen"), config)).toEqual([]);
  });

  it("a missing configured section is named by its first heading", () => {
    const text = only("## Overview");
    expect(lint(text, config)).toEqual([
      { line: 32, column: 1, rule: "required-sections", severity: "error", message: expect.stringContaining('"## Resumen"') },
    ]);
  });
});

describe("blameless phrases", () => {
  const config: ConfigInput = { blameless: { phrases: ["dropped the ball"] } };

  it("a configured phrase is flagged in the cause, whatever its case", () => {
    const text = VALID.replace("The discount field accepted", "The agency Dropped The Ball and the discount field accepted");
    expect(lint(text)).toEqual([]);
    expect(lint(text, config)).toEqual([
      { ...at(text, "The agency"), rule: "blameless-language", severity: "warning", message: expect.stringContaining("dropped the ball") },
    ]);
  });

  it("a configured phrase is flagged in the Root cause section at its own line and column", () => {
    const text = VALID.replace("no upper bound and no review step.", "no upper bound, and the agency dropped the ball.");
    expect(lint(text, config)).toEqual([
      {
        ...at(text, "dropped the ball"),
        rule: "blameless-language",
        severity: "warning",
        message: expect.stringContaining("dropped the ball"),
      },
    ]);
  });

  it("the built-in phrases still apply", () => {
    const text = VALID.replace("Every promo code is checked", "The agency was to blame; every promo code is now checked");
    expect(lint(text, config)).toEqual([
      { ...at(text, "The agency was"), rule: "blameless-language", severity: "warning", message: expect.stringContaining("to blame") },
    ]);
  });
});

describe("a misspelt field, told once", () => {
  const rulesOf = (text: string, config: ConfigInput = {}) => lint(text, config).map((d) => `${d.rule} ${d.severity}`);
  const SEVERITY_TYPO = VALID.replace("severity: high", "severty: high");
  const OWNER_TYPO = VALID.replace("        owner: Luis Pardo", "        ownr: Luis Pardo");
  const DONE_TYPO = VALID.replace("        done: 2026-04-20", "        doen: 2026-04-20");

  it("is left to unknown-key while it reports errors: one message, which lint --fix can apply", () => {
    expect(rulesOf(SEVERITY_TYPO)).toEqual(["unknown-key error"]);
    expect(rulesOf(OWNER_TYPO)).toEqual(["unknown-key error"]);
    expect(rulesOf(DONE_TYPO)).toEqual(["unknown-key error"]);
  });

  it('is reported as a missing field when unknown-key is "off" or "warn", so that it still fails the check', () => {
    for (const setting of ["off", "warn"] as const) {
      const config: ConfigInput = { rules: { "unknown-key": setting } };
      const extra = setting === "warn" ? ["unknown-key warning"] : [];
      expect(rulesOf(SEVERITY_TYPO, config).sort()).toEqual(["schema error", ...extra].sort());
      expect(rulesOf(OWNER_TYPO, config).sort()).toEqual(["action-owner-due error", ...extra].sort());
      expect(rulesOf(DONE_TYPO, config).sort()).toEqual(["action-done-date warning", ...extra].sort());
    }
  });

  it("is reported as missing too when the key is as close to another missing field (due or done?)", () => {
    const text = VALID.replace("        due: 2026-04-30\n", "        dne: 2026-04-30\n").replace("        done: 2026-04-20\n", "");
    expect(lint(text).map((d) => [d.rule, d.message])).toEqual([
      ["action-owner-due", expect.stringContaining("no due date")],
      ["unknown-key", expect.stringContaining('"dne"')],
      ["action-done-date", expect.stringContaining("no done date")],
    ]);
  });
});

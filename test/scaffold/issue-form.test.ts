import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { FORM_WORDS } from "../../src/i18n/form.js";
import { translator } from "../../src/i18n/translate.js";
import { draftFromIssue } from "../../src/scaffold/from-issue.js";
import { issueFormYaml } from "../../src/scaffold/issue-form.js";
import { DEFAULT_CAUSES, DETECTION_SOURCES, SEVERITIES } from "../../src/schema/index.js";
import { renderIssueBody } from "./issue-body.js";

const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/github-issue-forms.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

interface Field {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[]; multiple?: boolean };
  validations?: { required?: boolean };
}

describe.each(["en", "es"] as const)("the issue form in %s", (lang) => {
  const form = parse(issueFormYaml(lang)) as { labels: string[]; body: Field[] };
  const fields = form.body.filter((f) => f.type !== "markdown");

  it("is checked by a schema that refuses a broken form", () => {
    expect(validate({ ...form, body: [{ type: "dropdown", id: "x", attributes: { label: "X" } }] })).toBe(false);
    expect(validate({ ...form, name: undefined })).toBe(false);
  });

  it("is valid against the published GitHub issue-forms schema", () => {
    const valid = validate(form);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it("names its fields with the incident's own names, in order, and files the issue with the incident label", () => {
    expect(fields.map((f) => f.id)).toEqual([
      "started",
      "detected",
      "severity",
      "category",
      "channels",
      "owner",
      "source",
      "summary",
      "what-happened",
      "response",
      "lessons",
    ]);
    expect(form.labels).toEqual(["incident"]);
    expect(fields.find((f) => f.id === "channels")!.attributes.multiple).toBe(true);
  });

  it("follows GitHub's rules the schema does not check: unique labels, ids of letters, digits, - and _", () => {
    const labels = fields.map((f) => f.attributes.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const f of fields) expect(f.id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("offers one plain option per value of the format, none with the separator of multiple choices", () => {
    const options = (id: string) => fields.find((f) => f.id === id)!.attributes.options!;
    expect(options("severity")).toHaveLength(SEVERITIES.length);
    expect(options("category")).toHaveLength(DEFAULT_CAUSES.length);
    expect(options("source")).toHaveLength(DETECTION_SOURCES.length);
    for (const f of fields) for (const option of f.attributes.options ?? []) expect(option).not.toContain(", ");
  });

  it("reads back every option it offers, whatever the language of the draft", () => {
    const words = FORM_WORDS[lang];
    for (const [value, label] of Object.entries(words.severity))
      expect(
        draftFromIssue(renderIssueBody(lang, { severity: label }), {
          causes: [...DEFAULT_CAUSES],
          today: "2026-11-23",
          t: translator("en"),
        }).severity,
      ).toBe(value);
    for (const [value, label] of Object.entries(words.category))
      expect(
        draftFromIssue(renderIssueBody(lang, { category: label }), {
          causes: [...DEFAULT_CAUSES],
          today: "2026-11-23",
          t: translator("es"),
        }).cause,
      ).toBe(value);
    const channels = draftFromIssue(renderIssueBody(lang, { channels: Object.values(words.channels) }), {
      causes: [...DEFAULT_CAUSES],
      today: "2026-11-23",
      t: translator("en"),
    });
    expect(channels.channels).toEqual(Object.keys(words.channels));
    for (const [value, label] of Object.entries(words.source))
      expect(
        draftFromIssue(renderIssueBody(lang, { source: label }), { causes: [...DEFAULT_CAUSES], today: "2026-11-23", t: translator("en") })
          .source,
      ).toBe(value);
  });
});

describe("the form's words", () => {
  it("exist in both languages for the same values", () => {
    for (const key of ["severity", "category", "channels", "source"] as const)
      expect(Object.keys(FORM_WORDS.es[key])).toEqual(Object.keys(FORM_WORDS.en[key]));
    expect(Object.keys(FORM_WORDS.en.severity)).toEqual([...SEVERITIES]);
    expect(Object.keys(FORM_WORDS.en.category)).toEqual([...DEFAULT_CAUSES]);
    expect(Object.keys(FORM_WORDS.en.source)).toEqual([...DETECTION_SOURCES]);
  });
});

import type { z } from "zod";
import { readHumanDate } from "../dates/index.js";
import { listWords } from "../i18n/fields.js";
import type { Language } from "../i18n/language.js";
import { suggest } from "./suggest.js";
import { KNOWN_CHANNELS, SLUG_PATTERN } from "./taxonomy.js";
import { normalizeValue, type Vocabulary } from "./vocabulary.js";

export type DataPath = ReadonlyArray<string | number>;

/** A schema problem as a rule reports it: a message id, its data and, when certain, the fix. */
export interface IssueReport {
  path: DataPath;
  messageId: string;
  data: Record<string, string | number>;
  /** The replacement value for the field, when it is certain. */
  fix?: { value: string; raw?: boolean };
  expected?: string;
  actual?: string;
}

export interface IssueContext {
  lang: Language;
  /** The channels the configuration allows, when it restricts them. */
  channels?: readonly string[];
}

/** Which fixed vocabulary a path holds, so that a value typed another way can be recognised. */
function vocabularyOf(path: DataPath): Vocabulary | null {
  const last = path.at(-1);
  if (path.length === 1 && last === "severity") return "severity";
  if (path.length === 1 && last === "status") return "status";
  if (path[0] === "lessons" && last === "status") return "actionStatus";
  if (path[0] === "channels" && path.length === 2) return "channel";
  if (path[0] === "cause" && last === "category") return "cause";
  if (path[0] === "detection" && last === "source") return "detectionSource";
  return null;
}

/** A value as a reader would name it in a sentence: quoted text, a number, or what kind of thing it is. */
function found(value: unknown, lang: Language): string {
  const es = lang === "es";
  if (value === undefined || value === null) return es ? "un valor vacío" : "an empty value";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return es ? "una lista" : "a list";
  if (typeof value === "object") return es ? "un grupo de campos" : "a group of fields";
  return String(value);
}

/** `1,200`, `52.000`, `12k`, `1.2M` typed as text: the number meant, when there is one reading. */
function numberFromText(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s/g, "");
  const m = /^(\d+(?:[.,]\d+)?)(k|m|mil|millones)?$/.exec(t);
  if (m) {
    const [, digits, unit] = m;
    const scale = unit === "k" || unit === "mil" ? 1_000 : unit ? 1_000_000 : 1;
    if (!unit)
      return /^\d+$/.test(digits!) ? Number(digits) : /^\d{1,3}([.,]\d{3})+$/.test(digits!) ? Number(digits!.replace(/[.,]/g, "")) : null;
    const value = Number(digits!.replace(",", ".")) * scale;
    return Number.isInteger(value) ? value : null;
  }
  return /^\d{1,3}([.,]\d{3})+$/.test(t) ? Number(t.replace(/[.,]/g, "")) : null;
}

function dateReport(path: DataPath, text: string, allowTime: boolean): IssueReport {
  const reading = readHumanDate(text, allowTime);
  const base = { path, actual: text };
  switch (reading.kind) {
    case "rewrite":
      return {
        ...base,
        messageId: reading.value.includes("T") ? "date-time-rewrite" : "date-rewrite",
        data: { found: text, value: reading.value },
        fix: { value: reading.value },
        expected: reading.value,
      };
    case "ambiguous":
      return { ...base, messageId: "date-ambiguous", data: { found: text, dayFirst: reading.dayFirst, monthFirst: reading.monthFirst } };
    case "no-offset":
      return { ...base, messageId: "date-no-offset", data: { found: text, day: reading.day, time: reading.time } };
    case "time-not-allowed":
      return {
        ...base,
        messageId: "date-time-not-allowed",
        data: { found: text, day: reading.day },
        fix: { value: reading.day },
        expected: reading.day,
      };
    case "impossible":
      return { ...base, messageId: "date-impossible", data: { found: text } };
    default:
      return { ...base, messageId: allowTime ? "date" : "date-only", data: { found: text } };
  }
}

/** A value that is not one of `allowed`: a certain correction (case, synonym), a likely typo, or neither. */
function choiceReport(
  path: DataPath,
  value: string,
  allowed: readonly string[],
  vocabulary: Vocabulary | null,
  ctx: IssueContext,
): IssueReport {
  const words = listWords(ctx.lang, allowed);
  const normal = vocabulary ? normalizeValue(vocabulary, value, allowed) : null;
  const base = { path, actual: value, expected: allowed.join("|") };
  if (normal) {
    return {
      ...base,
      messageId: normal.via === "case" ? "case" : "synonym",
      data: { found: value, value: normal.value, allowed: words },
      fix: { value: normal.value },
    };
  }
  const hint = suggest(value, allowed);
  return hint
    ? { ...base, messageId: "not-one-of-suggest", data: { found: value, allowed: words, suggestion: hint } }
    : { ...base, messageId: "not-one-of", data: { found: value, allowed: words } };
}

/** A channel, when the configuration does not restrict them: any slug, and a typed name made into one. */
function channelReport(path: DataPath, value: string, ctx: IssueContext): IssueReport {
  const normal = normalizeValue("channel", value, KNOWN_CHANNELS);
  if (normal) return choiceReport(path, value, KNOWN_CHANNELS, "channel", ctx);
  const slugged = value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, "-");
  if (SLUG_PATTERN.test(slugged)) {
    return { path, actual: value, expected: slugged, messageId: "case", data: { found: value, value: slugged }, fix: { value: slugged } };
  }
  return { path, actual: value, messageId: "slug", data: { found: value } };
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "number",
  int: "int",
  boolean: "boolean",
  array: "list",
  object: "map",
};

/** Turns one Zod issue into the schema rule's report: what is wrong, in the reader's terms, and the fix. */
export function issueReport(issue: z.core.$ZodIssue, ctx: IssueContext): IssueReport {
  const path = issue.path as DataPath;
  const input = (issue as { input?: unknown }).input;
  const params = (issue as { params?: { kind?: string } }).params;
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return path.length > 1
      ? { path, messageId: "missing-in", data: { field: `"${String(path.at(-1))}"` }, actual: "nothing" }
      : { path, messageId: "missing", data: {}, actual: "nothing" };
  }
  switch (issue.code) {
    case "invalid_type": {
      if (issue.expected === "object" && path.at(-1) === "cost")
        return { path, messageId: "cost-shape", data: {}, actual: found(input, ctx.lang) };
      if ((issue.expected === "number" || issue.expected === "int") && typeof input === "string") {
        const value = numberFromText(input);
        if (value !== null)
          return { path, messageId: "number-as-text", data: { found: input, value }, actual: input, expected: String(value) };
      }
      if (issue.expected === "boolean" && typeof input === "string") {
        const value = normalizeValue("yesNo", input, ["true", "false"]);
        if (value)
          return {
            path,
            messageId: "yes-no-as-text",
            data: { found: input, value: value.value },
            actual: input,
            expected: value.value,
            fix: { value: value.value, raw: true },
          };
      }
      // `title: 2026` or `tags: [true]`: YAML read a word meant as text as a number or true/false. The fix
      // (made by the rule, which sees the value as written) puts it in quotes.
      if (issue.expected === "string" && (typeof input === "number" || typeof input === "boolean"))
        return {
          path,
          messageId: "text-unquoted",
          data: { found: String(input), kind: typeof input },
          expected: "text",
          actual: String(input),
        };
      if (issue.expected === "int" && typeof input === "number")
        return { path, messageId: "not-whole", data: { found: input }, actual: String(input) };
      if (issue.expected === "array" && typeof input === "string" && path.length === 1 && path[0] === "channels") {
        // `channels: instagram` meant a list of one.
        return {
          path,
          messageId: "wrong-type",
          data: { expected: "list", found: found(input, ctx.lang) },
          actual: input,
          fix: { value: `[${input}]`, raw: true },
        };
      }
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return { path, messageId: "wrong-type", data: { expected, found: found(input, ctx.lang) }, expected, actual: found(input, "en") };
    }
    case "invalid_value": {
      const allowed = issue.values.map(String);
      if (typeof input !== "string") {
        return {
          path,
          messageId: "not-one-of",
          data: { found: found(input, ctx.lang), allowed: listWords(ctx.lang, allowed) },
          expected: allowed.join("|"),
        };
      }
      const vocabulary = vocabularyOf(path);
      if (vocabulary === "channel" && ctx.channels) return choiceReport(path, input, ctx.channels, "channel", ctx);
      return choiceReport(path, input, allowed, vocabulary, ctx);
    }
    case "too_small":
      if (issue.origin === "array") return { path, messageId: "not-enough", data: {}, actual: "[]" };
      return { path, messageId: "negative", data: { found: String(input) }, actual: String(input) };
    case "too_big":
      return { path, messageId: "too-long", data: { length: String(input).length, max: Number(issue.maximum) }, actual: String(input) };
    case "custom": {
      const text = typeof input === "string" ? input : "";
      switch (params?.kind) {
        case "date":
        case "date-only":
          return dateReport(path, text, params.kind === "date");
        case "text":
          return { path, messageId: "empty", data: {}, actual: text };
        case "slug":
          return path[0] === "channels" ? channelReport(path, text, ctx) : { path, messageId: "slug", data: { found: text }, actual: text };
        case "currency": {
          const upper = text.trim().toUpperCase();
          const symbol: Record<string, string> = { "€": "EUR", "£": "GBP" };
          const value = /^[A-Z]{3}$/.test(upper) ? upper : symbol[upper];
          return value
            ? { path, messageId: "currency-case", data: { found: text, value }, fix: { value }, actual: text, expected: value }
            : { path, messageId: "currency", data: { found: text }, actual: text };
        }
      }
      return { path, messageId: "wrong-type", data: { expected: "text", found: found(input, ctx.lang) } };
    }
    default:
      return { path, messageId: "wrong-type", data: { expected: "text", found: found(input, ctx.lang) } };
  }
}

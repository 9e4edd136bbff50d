import { parseIssue } from "@github/issue-parser";
import { compareTemporal, parseTemporal, readHumanDate } from "../dates/index.js";
import { FORM_WORDS, type FormFieldId } from "../i18n/form.js";
import { LANGUAGES } from "../i18n/language.js";
import { vocabularyKey } from "../i18n/synonyms.js";
import { UNASSIGNED_OWNER } from "../i18n/template.js";
import type { Translate } from "../i18n/translate.js";
import { DETECTION_SOURCES, SEVERITIES } from "../schema/index.js";
import { channelValue, KNOWN_CHANNELS } from "./answers.js";
import { normalizeValue, type Vocabulary } from "../schema/vocabulary.js";
import { FORM_FIELDS, type FormField } from "./issue-form.js";
import { cleanText, oneLine } from "./quote.js";
import type { Answerable, Unplaced } from "./template.js";

export interface IssueOptions {
  /** What the configuration allows: the cause taxonomy, and the channels when it restricts them. */
  causes: readonly string[];
  channels?: readonly string[];
  /** YYYY-MM-DD: the start day when the form gives none that can be read. */
  today: string;
  /** Words the reasons in the language of the draft. */
  t: Translate;
}

export interface IssueDraft {
  started: string;
  detected: string;
  severity: string;
  cause: string;
  channels: string[];
  owner: string;
  summary?: string;
  source?: string;
  answers: { "what-happened"?: string; response?: string; lessons?: string };
  unanswered: Set<Answerable>;
  unplaced: Unplaced[];
  /** Headings the form does not have, found inside a long answer and left there: a person may write them. */
  keptInside: string[];
}

export class NotAFormError extends Error {}

/** The field a `### label` heading stands for, in either language, and that label. */
const LABELS = new Map<string, { field: FormField; label: string }>();
for (const lang of LANGUAGES)
  for (const field of FORM_FIELDS) {
    const label = FORM_WORDS[lang].fields[field.id].label;
    LABELS.set(label, { field, label });
  }

/**
 * Every field as a text area, in both languages, for the issue parser: it then returns each answer as
 * written, treats `_No response_` as empty, and keeps a heading that is not a question of the form
 * inside the answer above it (where a person's own `###` in a long answer belongs).
 */
const PARSER_TEMPLATE = JSON.stringify({
  body: LANGUAGES.flatMap((lang) =>
    FORM_FIELDS.map((field) => ({
      type: "textarea",
      id: `${lang}:${field.id}`,
      attributes: { label: FORM_WORDS[lang].fields[field.id].label },
    })),
  ),
});

const HEADING = /^### *(.*?)\s*$/;
/** How GitHub and the issue parser write an answer left empty. */
const EMPTY = /^(_no response_|none)?$/i;

/** The label a field was answered under, for messages: the body's own words. */
function labelOf(id: FormFieldId, parsed: Record<string, unknown>): string {
  for (const lang of LANGUAGES) if (typeof parsed[`${lang}:${id}`] === "string") return FORM_WORDS[lang].fields[id].label;
  return FORM_WORDS.en.fields[id].label;
}

/** Sections of a body that the form does not have, as label and answer. */
function unknownSections(text: string): { label: string; text: string }[] {
  return Object.entries(parseIssue(text))
    .map(([label, value]) => ({ label, text: typeof value === "string" ? value : "" }))
    .filter((section) => !EMPTY.test(section.text.trim()));
}

/** The format's value for an answer: an option label of the form (either language), the value, or a synonym. */
function choose(answer: string, labels: Record<string, string>[], vocabulary: Vocabulary, allowed: readonly string[]): string | null {
  const key = vocabularyKey(answer);
  for (const words of labels)
    for (const [value, label] of Object.entries(words)) if (vocabularyKey(label) === key && allowed.includes(value)) return value;
  if (allowed.includes(answer)) return answer;
  return normalizeValue(vocabulary, answer, allowed)?.value ?? null;
}

/** The choices of a multiple dropdown (`a, b`) or of checkboxes (`- [X] a`). */
function choices(answer: string): string[] {
  const boxes = answer.split("\n").filter((line) => /^\s*-\s\[[ xX]\]\s/.test(line));
  if (boxes.length)
    return boxes.filter((line) => /^\s*-\s\[[xX]\]\s/.test(line)).map((line) => line.replace(/^\s*-\s\[[xX]\]\s+/, "").trim());
  return answer
    .split(/,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads the body of an issue filed with the incident form (as GitHub renders it: `### label`, a blank
 * line, the answer) into the values of a draft incident. Every answer ends up somewhere: in its field,
 * in its body section, or, when it cannot be read as the format needs, in `unplaced` with the reason.
 */
export function draftFromIssue(body: string, options: IssueOptions): IssueDraft {
  const { t } = options;
  const text = cleanText(body);
  const lines = text.split("\n");
  const first = lines.findIndex((line) => LABELS.has(HEADING.exec(line)?.[1] ?? "\u0000"));
  if (first < 0) throw new NotAFormError();
  const unplaced: Unplaced[] = [];
  const keptInside: string[] = [];
  const preamble = lines.slice(0, first).join("\n").trim();
  if (preamble) unplaced.push({ label: t("new.issue.before-form"), text: preamble, reason: t("new.issue.not-a-question") });

  const parsed = parseIssue(lines.slice(first).join("\n"), PARSER_TEMPLATE) as Record<string, unknown>;
  const answer = (id: FormFieldId): string | undefined => {
    for (const lang of LANGUAGES) {
      const value = parsed[`${lang}:${id}`];
      if (typeof value !== "string") continue;
      const field = LABELS.get(FORM_WORDS[lang].fields[id].label)!.field;
      if (field.type === "textarea") {
        for (const line of value.split("\n")) {
          const label = HEADING.exec(line)?.[1];
          if (label) keptInside.push(label);
        }
        return value;
      }
      // A short answer ends at its line; a heading after it is a question the form does not have.
      const cut = value.search(/\n(?=###)/);
      if (cut < 0) return value.trim();
      for (const section of unknownSections(value.slice(cut + 1))) unplaced.push({ ...section, reason: t("new.issue.not-a-question") });
      const before = value.slice(0, cut).trim();
      return EMPTY.test(before) ? undefined : before;
    }
    return undefined;
  };
  const unanswered = new Set<Answerable>();
  const keep = (id: FormFieldId, value: string, reason: string) => unplaced.push({ label: labelOf(id, parsed), text: value, reason });

  const date = (id: "started" | "detected"): string | null => {
    const value = answer(id);
    if (value === undefined) return null;
    const reading = readHumanDate(oneLine(value), true);
    if (reading.kind === "valid") return oneLine(value);
    if (reading.kind === "rewrite") return reading.value;
    if (reading.kind === "no-offset" || reading.kind === "time-not-allowed") {
      keep(id, value, t("new.issue.date-no-offset", { value: oneLine(value), day: reading.day }));
      return reading.day;
    }
    const why =
      reading.kind === "ambiguous"
        ? t("new.issue.date-ambiguous", { value: oneLine(value), dayFirst: reading.dayFirst, monthFirst: reading.monthFirst })
        : t("new.issue.date-unreadable", { value: oneLine(value) });
    keep(id, value, why);
    return null;
  };
  let started = date("started");
  let detected = date("detected");
  if (started === null) unanswered.add("started");
  if (detected === null) unanswered.add("detected");
  started ??= detected ?? options.today;
  detected ??= started;
  if (compareTemporal(parseTemporal(detected)!, parseTemporal(started)!) < 0) {
    keep("detected", detected, t("new.issue.detected-before-started", { detected, started }));
    detected = started;
    unanswered.add("detected");
  }

  const single = (id: "severity" | "category" | "source", vocabulary: Vocabulary, allowed: readonly string[]): string | undefined => {
    const value = answer(id);
    if (value === undefined) return undefined;
    const picked = choices(value);
    const chosen =
      picked.length === 1
        ? choose(
            picked[0]!,
            LANGUAGES.map((l) => FORM_WORDS[l][id]),
            vocabulary,
            allowed,
          )
        : null;
    if (chosen) return chosen;
    keep(id, value, t("new.issue.not-a-choice", { value: oneLine(value) }));
    return undefined;
  };
  const severity = single("severity", "severity", SEVERITIES);
  const cause = single("category", "cause", options.causes);
  const source = single("source", "detectionSource", DETECTION_SOURCES);
  if (!severity) unanswered.add("severity");
  if (!cause) unanswered.add("category");

  const channels: string[] = [];
  for (const typed of choices(answer("channels") ?? "")) {
    const labelled = choose(
      typed,
      LANGUAGES.map((l) => FORM_WORDS[l].channels),
      "channel",
      options.channels ?? KNOWN_CHANNELS,
    );
    const value = labelled ?? channelValue(typed, options.channels);
    if (value && !channels.includes(value)) channels.push(value);
    else if (!value)
      keep(
        "channels",
        typed,
        options.channels
          ? t("new.issue.channel-not-allowed", { value: typed, allowed: options.channels.join(", ") })
          : t("new.issue.not-a-choice", { value: typed }),
      );
  }
  if (channels.length === 0) {
    unanswered.add("channels");
    channels.push(options.channels?.[0] ?? "web");
  }

  const owner = oneLine(answer("owner") ?? "");
  if (!owner) unanswered.add("owner");
  const long = (id: FormFieldId) => {
    const value = answer(id)?.trim();
    return value ? value : undefined;
  };
  const draft: IssueDraft = {
    started,
    detected,
    severity: severity ?? "medium",
    cause: cause ?? (options.causes.includes("concept") ? "concept" : options.causes[0]!),
    channels,
    owner: owner || UNASSIGNED_OWNER,
    answers: {},
    unanswered,
    unplaced,
    keptInside,
  };
  const summary = long("summary");
  if (summary) draft.summary = summary;
  if (source) draft.source = source;
  for (const id of ["what-happened", "response", "lessons"] as const) {
    const value = long(id);
    if (value) draft.answers[id] = value;
  }
  return draft;
}

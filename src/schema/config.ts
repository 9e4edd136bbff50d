import * as z from "zod";
import { LANGUAGES, type Language } from "../i18n/language.js";
import { DEFAULT_SECTIONS, type SectionRequirement } from "../i18n/sections.js";
import { slug, text } from "./fields.js";
import { DEFAULT_CAUSES, SEVERITIES } from "./taxonomy.js";

export const RULE_SETTINGS = ["off", "warn", "error"] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];
export { LANGUAGES, type Language };

export const TARGET_MEASURES = ["detect", "respond", "resolve"] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];
export const RECURRENCE_KEYS = ["cause", "brand"] as const;
export type RecurrenceKey = (typeof RECURRENCE_KEYS)[number];

/** `30m`, `4h`, `2d` or a sum such as `1h30m`: how long a target allows. */
export const DURATION_PATTERN = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** Minutes in a written duration, or `null` when it is not one (or is zero). */
export function durationMinutes(text: string): number | null {
  const m = DURATION_PATTERN.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return minutes > 0 ? minutes : null;
}

const duration = () =>
  z
    .string()
    .refine((v) => durationMinutes(v) !== null, { params: { kind: "duration" } })
    .meta({ pattern: DURATION_PATTERN.source, description: "A duration: 30m, 4h, 2d or 1h30m" });

export const CONFIG_FILE = "lessonbook.config.json";

/** `lessonbook.config.json`. Rule ids come from the rule registry, so a misspelt rule is caught. */
export function createConfigSchema(ruleIds: readonly string[]) {
  return z
    .strictObject({
      $schema: z.string().optional(),
      paths: z.array(text()).min(1).optional().describe("Folders or globs linted when no path is given (default: incidents)."),
      lang: z
        .enum(LANGUAGES)
        .optional()
        .describe("Language of every message, report, page and template (default: the environment's LANG, else en)."),
      causes: z.array(slug()).optional().describe("Cause categories added to the default taxonomy."),
      channels: z.array(slug()).min(1).optional().describe("When set, the only channels allowed."),
      sections: z
        .array(z.union([text(), z.array(text()).min(1)]))
        .optional()
        .describe("Required second-level sections; an entry that is a list accepts any of its headings."),
      rules: z
        .partialRecord(z.enum(ruleIds as [string, ...string[]]), z.enum(RULE_SETTINGS))
        .optional()
        .describe("Severity of each rule: off, warn or error."),
      html: z.boolean().optional().describe("Also write the static site to kb/site/ on every build (as build --html)."),
      targets: z
        .partialRecord(z.enum(TARGET_MEASURES), z.partialRecord(z.enum(SEVERITIES), duration()))
        .optional()
        .describe(
          'Targets set in advance, per measure and severity: {"respond": {"critical": "1h"}} means a first public response within an hour of detecting a critical incident.',
        ),
      recurrence: z
        .strictObject({
          by: z
            .array(z.enum(RECURRENCE_KEYS))
            .min(1)
            .refine((keys) => keys.includes("cause"), { params: { kind: "includes-cause" } })
            .optional()
            .describe(
              'What makes two incidents the same problem: ["cause"] (default) or ["cause", "brand"] for an agency with several clients.',
            ),
        })
        .optional(),
      blameless: z
        .strictObject({
          phrases: z.array(text()).optional().describe("Phrases flagged in causes and lessons, added to the built-in ones."),
        })
        .optional(),
    })
    .meta({ title: "lessonbook configuration" });
}

export type ConfigInput = z.infer<ReturnType<typeof createConfigSchema>>;

export interface ResolvedConfig {
  paths: string[];
  /** Absent when the configuration does not choose: the command line or the environment decides. */
  lang?: Language;
  causes: string[];
  channels?: string[];
  sections: SectionRequirement[];
  rules: Partial<Record<string, RuleSetting>>;
  blamelessPhrases: string[];
  html: boolean;
  /** One entry per configured target, in measure then severity order. */
  targets: ResponseTarget[];
  recurrenceBy: RecurrenceKey[];
}

export interface ResponseTarget {
  measure: TargetMeasure;
  severity: (typeof SEVERITIES)[number];
  /** As written in the configuration, e.g. `1h`. */
  text: string;
  minutes: number;
}

export function resolveConfig(input: ConfigInput = {}): ResolvedConfig {
  const extraCauses = (input.causes ?? []).filter((c) => !(DEFAULT_CAUSES as readonly string[]).includes(c));
  return {
    paths: input.paths ?? ["incidents"],
    ...(input.lang ? { lang: input.lang } : {}),
    causes: [...DEFAULT_CAUSES, ...extraCauses],
    ...(input.channels ? { channels: [...input.channels] } : {}),
    sections: input.sections ? input.sections.map((s) => ({ names: typeof s === "string" ? [s] : [...s] })) : [...DEFAULT_SECTIONS],
    rules: { ...(input.rules ?? {}) },
    blamelessPhrases: input.blameless?.phrases ?? [],
    html: input.html ?? false,
    targets: TARGET_MEASURES.flatMap((measure) =>
      SEVERITIES.flatMap((severity) => {
        const text = input.targets?.[measure]?.[severity];
        const minutes = text === undefined ? null : durationMinutes(text);
        return text === undefined || minutes === null ? [] : [{ measure, severity, text, minutes }];
      }),
    ),
    recurrenceBy: input.recurrence?.by ? [...new Set(input.recurrence.by)] : ["cause"],
  };
}

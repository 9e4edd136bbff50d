import { z } from "zod";
import { DEFAULT_SECTIONS, type SectionRequirement } from "../i18n/sections.js";
import { slug, text } from "./fields.js";
import { DEFAULT_CAUSES } from "./taxonomy.js";

export const RULE_SETTINGS = ["off", "warn", "error"] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];
export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export const CONFIG_FILE = "lessonbook.config.json";

/** `lessonbook.config.json`. Rule ids come from the rule registry, so a misspelt rule is caught. */
export function createConfigSchema(ruleIds: readonly string[]) {
  return z
    .strictObject({
      $schema: z.string().optional(),
      paths: z
        .array(text())
        .min(1, { error: "needs at least one folder or glob" })
        .optional()
        .describe("Folders or globs linted when no path is given (default: incidents)."),
      lang: z.enum(LANGUAGES).optional().describe("Language of reports and of `new` templates (default: en)."),
      causes: z.array(slug()).optional().describe("Cause categories added to the default taxonomy."),
      channels: z.array(slug()).min(1, { error: "needs at least one channel" }).optional().describe("When set, the only channels allowed."),
      sections: z
        .array(z.union([text(), z.array(text()).min(1, { error: "needs at least one heading" })]))
        .optional()
        .describe("Required second-level sections; an entry that is a list accepts any of its headings."),
      rules: z
        .partialRecord(z.enum(ruleIds as [string, ...string[]]), z.enum(RULE_SETTINGS))
        .optional()
        .describe("Severity of each rule: off, warn or error."),
      html: z.boolean().optional().describe("Also write the static site to kb/site/ on every build (as build --html)."),
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
  lang: Language;
  causes: string[];
  channels?: string[];
  sections: SectionRequirement[];
  rules: Partial<Record<string, RuleSetting>>;
  blamelessPhrases: string[];
  html: boolean;
}

export function resolveConfig(input: ConfigInput = {}): ResolvedConfig {
  const extraCauses = (input.causes ?? []).filter((c) => !(DEFAULT_CAUSES as readonly string[]).includes(c));
  return {
    paths: input.paths ?? ["incidents"],
    lang: input.lang ?? "en",
    causes: [...DEFAULT_CAUSES, ...extraCauses],
    ...(input.channels ? { channels: [...input.channels] } : {}),
    sections: input.sections ? input.sections.map((s) => ({ names: typeof s === "string" ? [s] : [...s] })) : [...DEFAULT_SECTIONS],
    rules: { ...(input.rules ?? {}) },
    blamelessPhrases: input.blameless?.phrases ?? [],
    html: input.html ?? false,
  };
}

import * as z from "zod";
import type { Incident } from "../model/index.js";
import { count, currency, dateOnly, dateOrDateTime, slug, text } from "./fields.js";
import { ACTION_STATUSES, DEFAULT_CAUSES, DETECTION_SOURCES, MAX_ID_LENGTH, SEVERITIES, STATUSES } from "./taxonomy.js";

export interface IncidentSchemaOptions {
  /** The whole cause taxonomy: the default one plus the configuration's additions. */
  causes: readonly string[];
  /** When set, the only channels allowed. */
  channels?: readonly string[];
}

export const DEFAULT_SCHEMA_OPTIONS: IncidentSchemaOptions = { causes: DEFAULT_CAUSES };

const enumOf = (values: readonly string[]) => z.enum(values as [string, ...string[]]);

/**
 * The front-matter of an incident. Unknown keys are left to the `unknown-key` rule, which can suggest
 * the field that was meant; owners and due dates of actions are left to `action-owner-due`.
 */
export function createIncidentSchema(options: IncidentSchemaOptions = DEFAULT_SCHEMA_OPTIONS) {
  const channel = options.channels ? enumOf(options.channels) : slug();
  const action = z.object({
    task: text(),
    // An empty owner or due date is the `action-owner-due` rule's to report, in its own words.
    owner: text().nullish(),
    due: dateOnly().nullish(),
    status: z.enum(ACTION_STATUSES),
    done: dateOnly().optional(),
  });
  const money = z.object({ amount: z.number().min(0), currency: currency() });
  return z.object({
    // A page is written per incident: an id longer than this would make file names some systems refuse.
    id: slug().max(MAX_ID_LENGTH),
    title: text(),
    status: z.enum(STATUSES),
    severity: z.enum(SEVERITIES),
    started: dateOrDateTime(),
    detected: dateOrDateTime(),
    responded: dateOrDateTime().optional(),
    resolved: dateOrDateTime().optional(),
    brand: text().optional(),
    campaign: text().optional(),
    channels: z.array(channel).min(1),
    owner: text(),
    detection: z.object({ source: z.enum(DETECTION_SOURCES).optional(), tool: text().optional() }).optional(),
    cause: z.object({
      category: enumOf(options.causes),
      summary: text(),
      factors: z.array(text()).optional(),
    }),
    timeline: z.array(z.object({ at: dateOrDateTime(), event: text() })).min(1),
    lessons: z.array(z.object({ lesson: text(), actions: z.array(action).optional() })),
    impact: z
      .looseObject({
        reach: count().optional(),
        mentions: count().optional(),
        negativeMentions: count().optional(),
        complaints: count().optional(),
        engagement: count().optional(),
        sentimentBefore: z.number().optional(),
        sentimentAfter: z.number().optional(),
        followersLost: count().optional(),
        customersAffected: count().optional(),
        cost: money.optional(),
      })
      .optional(),
    response: z
      .object({
        apology: z.boolean().optional(),
        statement: text().optional(),
        postsDeleted: count().optional(),
        commentsDeleted: count().optional(),
        commentsDeletedReason: text().optional(),
        redress: text().optional(),
      })
      .optional(),
    tags: z.array(text()).optional(),
    related: z.array(slug()).optional(),
  }) satisfies z.ZodType<Incident>;
}

export type IncidentSchema = ReturnType<typeof createIncidentSchema>;
